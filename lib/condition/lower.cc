#include "condition/lower.h"

#include <unordered_set>
#include <utility>

#include "base/codes.h"
#include "condition/eval.h"

namespace nytte::condition {

namespace {

bool enum_field(Field f) {
  return f == Field::benefit || f == Field::category || f == Field::sex;
}

uint64_t enum_bit(Field f, std::string_view code) {
  const CodeList& list = f == Field::benefit    ? benefit_codes()
                         : f == Field::category ? category_codes()
                                                : sex_codes();
  auto i = find_code(list, code);
  return i ? uint64_t{1} << *i : 0;
}

// `field == "x"`, `field != "x"` and `field in [..]` of benefit, category or
// sex: a node of Op::in_enum_set with the codes' bits, or `n` as it is.
void fold_enum_set(ExprNode& n, const Source& src) {
  const ExprNode& left = n.args[0];
  if (left.op != Op::field || !enum_field(left.field)) return;
  const ExprNode& right = n.args[1];
  ExprNode set;
  set.op = Op::in_enum_set;
  set.type = Type::boolean;
  set.begin = n.begin;
  set.end = n.end;
  if (n.op == Op::in) {
    if (right.op != Op::lit_list) return;
    for (const std::string& item : right.literal.list) set.mask |= enum_bit(left.field, item);
    set.negate = n.negate;
    set.literal.text = std::string(src.slice(right.begin, right.end));  // for explanations
    set.literal.list = right.literal.list;
  } else {
    if (right.op != Op::lit_string) return;
    set.mask = enum_bit(left.field, right.literal.text);
    set.negate = n.op == Op::ne;
  }
  set.args.push_back(std::move(n.args[0]));
  n = std::move(set);
}

void lower_node(ExprNode& n, const Source& src) {
  for (ExprNode& a : n.args) lower_node(a, src);
  switch (n.op) {
    case Op::eq:
    case Op::ne:
      if (n.args[0].type == Type::string) fold_enum_set(n, src);
      break;
    case Op::in:
      fold_enum_set(n, src);
      break;
    case Op::call:
      if (n.fn == Fn::months_on || n.fn == Fn::days_on) {
        // The codes as bits of Benefit, which months_on() and days_on() test
        // each period against (instead of comparing its code with each string).
        ExprNode& list = n.args[0];
        if (list.op == Op::lit_list) list.mask = benefit_mask(list.literal.list);
      } else if (n.fn == Fn::date) {
        ExprNode lit;
        lit.op = Op::lit_date;
        lit.type = Type::date;
        lit.begin = n.begin;
        lit.end = n.end;
        lit.literal.type = Type::date;
        lit.literal.known = true;
        lit.literal.date = *Date::parse(n.args[0].literal.text);  // the checker made sure
        n = std::move(lit);
      }
      break;
    default:
      break;
  }
}

std::string_view observed_name(const ExprNode& n) {
  if (n.op == Op::field) return field_info(n.field).name;
  if (n.op == Op::declared) return n.name;
  return n.label;
}

// Collects the observables of a tree (`seen`: their names, so that a chain
// of thousands of calls is not quadratic).
void collect_observables(const ExprNode& n, std::vector<const ExprNode*>& out,
                         std::unordered_set<std::string_view>& seen) {
  bool named = n.op == Op::field || n.op == Op::declared || n.op == Op::call;
  if (named && seen.insert(observed_name(n)).second) out.push_back(&n);
  if (n.op == Op::field || n.op == Op::declared) return;
  if (n.op == Op::call && n.fn == Fn::has) return;  // has(f) does not read f's value
  for (const ExprNode& a : n.args) collect_observables(a, out, seen);
}

}  // namespace

void lower(ExprNode& root, const Source& src) {
  lower_node(root, src);
}

// The root's observables point into the tree: listed once the tree is in
// its final place.
void list_observables(ExprNode& root) {
  std::unordered_set<std::string_view> seen;
  collect_observables(root, root.observables, seen);
  for (const ExprNode* o : root.observables) root.observable_names.push_back(observed_name(*o));
}

}  // namespace nytte::condition
