#include "condition/explain.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "base/codes.h"
#include "condition/source.h"

namespace nytte {

namespace condition {

// Sets what the readers of an Observed of this type look at (a missing value:
// nothing but `known`), leaving the rest as the slot's last use left it.
void fill_observed(const Val& v, Type type, Observed& o) {
  o.type = type;
  o.known = v.known;
  if (!v.known) return;
  switch (type) {
    case Type::boolean:
      o.boolean = v.b;
      break;
    case Type::number:
      o.number = v.n;
      break;
    case Type::date:
      o.date = v.d;
      break;
    case Type::string:
      o.text = v.s;
      break;
    case Type::string_list:
      o.text = {};
      o.list.clear();
      if (v.tests) {
        for (DanishTest t : *v.tests) o.list.push_back(danish_test_code(t));
      } else if (v.strings) {
        for (const std::string& s : *v.strings) o.list.push_back(s);
      }
      break;
  }
}

namespace {

// A code field observed in one step, what fill_observed makes of read_field;
// false for other fields.
bool observe_code(Field f, const Citizen& c, Observed& o) {
  std::optional<std::string_view> code;
  if (!code_field(f, c, code)) return false;
  o.type = Type::string;
  o.known = code.has_value();
  if (code) o.text = *code;
  return true;
}

void node_text(const CompiledExpr& e, const ExprNode& n, std::string& out) {
  one_line(std::string_view(e.text).substr(n.begin, n.end - n.begin), out);
}

ExplainNode explain_node(const CompiledExpr& e, const ExprNode& n, const Ctx& x) {
  ExplainNode out;
  node_text(e, n, out.text);
  fill_observed(eval(n, x), n.type, out.value);
  out.value.assumed = assumed_value(n, x.c);
  bool leaf = n.op == Op::lit_bool || n.op == Op::lit_number || n.op == Op::lit_string ||
              n.op == Op::lit_date || n.op == Op::lit_list || n.op == Op::field ||
              n.op == Op::declared || n.op == Op::on_date || (n.op == Op::call && n.fn == Fn::has);
  if (leaf) return out;
  if (n.op == Op::in_enum_set) {
    out.children.push_back(explain_node(e, n.args[0], x));
    ExplainNode set;
    set.text = n.literal.text.empty() ? fmt::format("{}", fmt::join(n.literal.list, ", "))
                                      : n.literal.text;
    set.value.known = true;
    set.value.type = n.literal.text.empty() ? Type::string : Type::string_list;
    if (n.literal.text.empty()) {
      // `benefit == "x"`: show the literal
      for (size_t i = 0; i < 64; ++i) {
        if ((n.mask >> i) & 1) {
          const CodeList& l = n.args[0].field == Field::benefit    ? benefit_codes()
                              : n.args[0].field == Field::category ? category_codes()
                                                                   : sex_codes();
          if (i < l.codes.size()) set.value.text = l.codes[i];
        }
      }
      set.text = fmt::format("\"{}\"", set.value.text);
    } else {
      for (const std::string& item : n.literal.list) set.value.list.push_back(item);
    }
    out.children.push_back(std::move(set));
    return out;
  }
  for (const ExprNode& a : n.args) out.children.push_back(explain_node(e, a, x));
  return out;
}

}  // namespace

}  // namespace condition

using condition::assumed_value;
using condition::Ctx;
using condition::ExprNode;
using condition::fill_observed;
using condition::Fn;
using condition::Num;
using condition::observe_code;
using condition::Op;
using condition::Val;

std::string_view tri_name(Tri t) {
  switch (t) {
    case Tri::no:
      return "false";
    case Tri::yes:
      return "true";
    case Tri::unknown:
      return "unknown";
  }
  return "unknown";
}

std::span<const Observed> observe_into(const CompiledExpr& e, const EvalContext& ctx,
                                       std::vector<Observed>& scratch) {
  Ctx x{ctx.citizen, ctx.on, nullptr, ctx.cache};
  const auto& nodes = e.root->observables;
  if (scratch.size() < nodes.size()) scratch.resize(nodes.size());
  for (size_t i = 0; i < nodes.size(); ++i) {
    const ExprNode& n = *nodes[i];
    Observed& o = scratch[i];
    o.name = e.root->observable_names[i];
    o.assumed = assumed_value(n, x.c);
    if (n.op == Op::field && observe_code(n.field, x.c, o)) continue;
    if (n.type == Type::number) {  // number fields, age() and the like, without a Val
      Num v = num(n, x);
      o.type = Type::number;
      o.known = v.known;
      o.number = v.v;
      continue;
    }
    fill_observed(n.op == Op::field ? read_field(n, x) : eval(n, x), n.type, o);
  }
  return {scratch.data(), nodes.size()};
}

bool observed_assumed(const CompiledExpr& e, const EvalContext& ctx, size_t index) {
  const auto& nodes = e.root->observables;
  return index < nodes.size() && assumed_value(*nodes[index], ctx.citizen);
}

std::span<const std::string_view> observed_names(const CompiledExpr& e) {
  return e.root->observable_names;
}

bool same_observations(const CompiledExpr& a, const CompiledExpr& b) {
  const auto& p = a.root->observables;
  const auto& q = b.root->observables;
  auto same_field = [](const ExprNode* m, const ExprNode* n) {
    if (m->op != n->op) return false;
    if (m->op == Op::field) return m->field == n->field;
    return m->op == Op::declared && m->declared == n->declared;
  };
  return p.size() == q.size() && std::equal(p.begin(), p.end(), q.begin(), same_field);
}

void observe(const CompiledExpr& e, const EvalContext& ctx, std::vector<Observed>& out) {
  size_t n = observe_into(e, ctx, out).size();
  out.resize(n);
}

ExplainNode explain(const CompiledExpr& e, const EvalContext& ctx) {
  Ctx x{ctx.citizen, ctx.on, nullptr, ctx.cache};
  return condition::explain_node(e, *e.root, x);
}

}  // namespace nytte
