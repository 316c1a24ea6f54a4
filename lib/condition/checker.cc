#include "condition/checker.h"

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

#include <fmt/format.h>

#include "base/codes.h"
#include "base/plural.h"
#include "condition/functions.h"
#include "nytte/i18n.h"

namespace nytte::condition {

// type_name's words in English.
const char* type_text(Type t) {
  switch (t) {
    case Type::boolean:
      return tr("bool");
    case Type::number:
      return tr("number");
    case Type::string:
      return tr("string");
    case Type::date:
      return tr("date");
    case Type::string_list:
      return tr("list of strings");
  }
  return "?";
}

namespace {

constexpr std::array<std::string_view, 7> kWeekdays = {"mon", "tue", "wed", "thu",
                                                       "fri", "sat", "sun"};

Op op_of(AstKind k) {
  switch (k) {
    case AstKind::not_:
      return Op::not_;
    case AstKind::neg:
      return Op::neg;
    case AstKind::and_:
      return Op::and_;
    case AstKind::or_:
      return Op::or_;
    case AstKind::eq:
      return Op::eq;
    case AstKind::ne:
      return Op::ne;
    case AstKind::lt:
      return Op::lt;
    case AstKind::le:
      return Op::le;
    case AstKind::gt:
      return Op::gt;
    case AstKind::ge:
      return Op::ge;
    case AstKind::in:
      return Op::in;
    case AstKind::add:
      return Op::add;
    case AstKind::sub:
      return Op::sub;
    case AstKind::mul:
      return Op::mul;
    case AstKind::div:
      return Op::div;
    default:
      return Op::call;
  }
}

Type type_of(Param p) {
  switch (p) {
    case Param::boolean:
      return Type::boolean;
    case Param::string:
      return Type::string;
    case Param::date:
      return Type::date;
    case Param::list:
      return Type::string_list;
    default:
      return Type::number;
  }
}

// The literal that stands for a value of type `t` (a constant's).
Op literal_op(Type t) {
  switch (t) {
    case Type::boolean:
      return Op::lit_bool;
    case Type::number:
      return Op::lit_number;
    case Type::string:
      return Op::lit_string;
    case Type::date:
      return Op::lit_date;
    case Type::string_list:
      break;
  }
  return Op::lit_list;
}

class Checker {
 public:
  Checker(const Source& src, const Schema& schema, Checked& out)
      : src_(src), schema_(schema), reads_(out.reads), constants_(out.constants) {}

  ExprNode check(const Ast& a) {
    switch (a.kind) {
      case AstKind::boolean: {
        ExprNode n = literal(Type::boolean, a);
        n.literal.boolean = a.boolean;
        return n;
      }
      case AstKind::number: {
        ExprNode n = literal(Type::number, a);
        n.literal.number = a.number;
        return n;
      }
      case AstKind::string: {
        ExprNode n = literal(Type::string, a);
        n.literal.text = a.text;
        return n;
      }
      case AstKind::date: {
        ExprNode n = literal(Type::date, a);
        n.literal.date = a.date;
        return n;
      }
      case AstKind::list: {
        ExprNode n = literal(Type::string_list, a);
        n.literal.list = a.list;
        return n;
      }
      case AstKind::name:
        return name_ref(a);
      case AstKind::call:
        return call(a);
      case AstKind::not_:
      case AstKind::neg:
        return unary(a);
      case AstKind::and_:
      case AstKind::or_:
        return chain(a);
      case AstKind::eq:
      case AstKind::ne:
      case AstKind::lt:
      case AstKind::le:
      case AstKind::gt:
      case AstKind::ge:
        return comparison(a);
      case AstKind::in:
        return in(a);
      case AstKind::add:
      case AstKind::sub:
      case AstKind::mul:
      case AstKind::div:
        return arithmetic(a);
    }
    return node(Op::lit_bool, Type::boolean, a);
  }

 private:
  ExprNode node(Op op, Type type, const Ast& a, std::vector<ExprNode> args = {}) {
    ExprNode n;
    n.op = op;
    n.type = type;
    n.begin = a.begin;
    n.end = a.end;
    n.args = std::move(args);
    return n;
  }

  // A literal of type `type`, its value to be set.
  ExprNode literal(Type type, const Ast& a) {
    ExprNode n = node(literal_op(type), type, a);
    n.literal.type = type;
    n.literal.known = true;
    return n;
  }

  std::string_view slice(const ExprNode& n) const { return src_.slice(n.begin, n.end); }
  std::string_view op_text(const Ast& a) const { return src_.slice(a.op_at, a.op_end); }

  void need(const ExprNode& n, Type t, std::string_view role) {
    if (n.type != t) {
      src_.error(
          n.begin,
          trf("{} must be a {}, but '{}' is a {}", role, type_text(t), slice(n), type_text(n.type)),
          "type");
    }
  }

  // The operands in order, each checked before the next is looked at, as
  // the parser read them: `and` (or `&&`) needs booleans on each side.
  ExprNode chain(const Ast& a) {
    std::vector<ExprNode> args;
    for (size_t i = 0; i < a.args.size(); ++i) {
      args.push_back(check(a.args[i]));
      if (i == 0) continue;
      std::string role = trf("each side of '{}'", a.list[i - 1]);
      if (i == 1) need(args[0], Type::boolean, role);
      need(args[i], Type::boolean, role);
    }
    return node(op_of(a.kind), Type::boolean, a, std::move(args));
  }

  ExprNode unary(const Ast& a) {
    ExprNode operand = check(a.args[0]);
    if (a.kind == AstKind::not_) {
      need(operand, Type::boolean, tr("the operand of 'not'"));
      return node(Op::not_, Type::boolean, a, vec(std::move(operand)));
    }
    need(operand, Type::number, tr("the operand of '-'"));
    if (operand.op == Op::lit_number) {  // -constant: a literal
      operand.literal.number = -operand.literal.number;
      operand.begin = a.begin;
      return operand;
    }
    return node(Op::neg, Type::number, a, vec(std::move(operand)));
  }

  static std::vector<ExprNode> vec(ExprNode a) {
    std::vector<ExprNode> v;
    v.push_back(std::move(a));
    return v;
  }
  static std::vector<ExprNode> vec(ExprNode a, ExprNode b) {
    std::vector<ExprNode> v;
    v.push_back(std::move(a));
    v.push_back(std::move(b));
    return v;
  }

  ExprNode comparison(const Ast& a) {
    ExprNode left = check(a.args[0]);
    ExprNode right = check(a.args[1]);
    Op op = op_of(a.kind);
    std::string_view op_text = this->op_text(a);
    bool ordering = op != Op::eq && op != Op::ne;
    if (left.type != right.type) {
      src_.error(a.op_at,
                 trf("cannot compare '{}' ({}) with '{}' ({}) using '{}'", slice(left),
                     type_text(left.type), slice(right), type_text(right.type), op_text),
                 "type");
    }
    if (left.type == Type::string_list) {
      src_.error(a.op_at, trf("'{}' cannot compare lists; use 'in' to test membership", op_text),
                 "type");
    }
    if (ordering && left.type != Type::number && left.type != Type::date) {
      src_.error(a.op_at,
                 trf("'{}' needs two numbers or two dates, but '{}' and '{}' are {}s", op_text,
                     slice(left), slice(right), type_text(left.type)),
                 "type");
    }
    if (left.type == Type::string) {
      // A coded value compared with a literal: check and canonicalize it.
      if (left.codes != CodeKind::none && right.op == Op::lit_string) {
        right.literal.text = check_code(left, right.literal.text, right.begin);
      } else if (right.codes != CodeKind::none && left.op == Op::lit_string) {
        left.literal.text = check_code(right, left.literal.text, left.begin);
      }
    }
    return node(op, Type::boolean, a, vec(std::move(left), std::move(right)));
  }

  ExprNode in(const Ast& a) {
    ExprNode left = check(a.args[0]);
    ExprNode right = check(a.args[1]);
    if (right.type != Type::string_list) {
      src_.error(right.begin,
                 trf("the right side of 'in' must be a list, but '{}' is a {}", slice(right),
                     type_text(right.type)),
                 "type");
    }
    if (left.type != Type::string) {
      src_.error(left.begin,
                 trf("the left side of 'in' must be a string, but '{}' is a {}", slice(left),
                     type_text(left.type)),
                 "type");
    }
    // Check codes: a coded value in a fixed list, or a literal in a coded list.
    if (left.codes != CodeKind::none && right.op == Op::lit_list) {
      for (std::string& item : right.literal.list) {
        item = check_code(left, item, right.begin, right.name);
      }
    } else if (right.codes != CodeKind::none && left.op == Op::lit_string) {
      left.literal.text = check_code(right, left.literal.text, left.begin);
    }
    ExprNode n = node(Op::in, Type::boolean, a, vec(std::move(left), std::move(right)));
    n.negate = a.negate;
    return n;
  }

  ExprNode arithmetic(const Ast& a) {
    ExprNode left = check(a.args[0]);
    ExprNode right = check(a.args[1]);
    Op op = op_of(a.kind);
    if (op == Op::add || op == Op::sub) {
      bool ok = left.type == Type::number && right.type == Type::number;
      if (op == Op::sub && left.type == Type::date && right.type == Type::date) ok = true;
      if (!ok) {
        src_.error(
            a.op_at,
            trf("'{}' needs two numbers{}, but '{}' is a {} and '{}' is a {}{}",
                op == Op::add ? "+" : "-", op == Op::sub ? tr(" (or two dates)") : "", slice(left),
                type_text(left.type), slice(right), type_text(right.type),
                left.type == Type::date ? tr("; use add_days() or add_months() on dates") : ""),
            "type");
      }
    } else if (left.type != Type::number || right.type != Type::number) {
      src_.error(a.op_at,
                 trf("'{}' needs two numbers, but '{}' is a {} and '{}' is a {}",
                     op == Op::mul ? "*" : "/", slice(left), type_text(left.type), slice(right),
                     type_text(right.type)),
                 "type");
    }
    if (op == Op::div) {
      if (std::optional<double> d = constant_number(right); d && *d == 0) {
        src_.error(a.op_at,
                   trf("division by zero: '{}' is 0 for every person{}", slice(right),
                       right.name.empty() ? "" : tr(" (a constant)")),
                   "division-by-zero");
      }
    }
    return node(op, Type::number, a, vec(std::move(left), std::move(right)));
  }

  // The value of a number the person does not change: a literal, a constant,
  // or arithmetic of those; nullopt for anything that reads the person.
  static std::optional<double> constant_number(const ExprNode& n) {
    switch (n.op) {
      case Op::lit_number:
        return n.literal.number;
      case Op::neg:
        if (std::optional<double> v = constant_number(n.args[0])) return -*v;
        return std::nullopt;
      case Op::add:
      case Op::sub:
      case Op::mul:
      case Op::div: {
        if (n.args[0].type == Type::date) {  // days between two dates
          if (n.args[0].op != Op::lit_date || n.args[1].op != Op::lit_date) return std::nullopt;
          return static_cast<double>(n.args[0].literal.date - n.args[1].literal.date);
        }
        std::optional<double> l = constant_number(n.args[0]);
        std::optional<double> r = l ? constant_number(n.args[1]) : std::nullopt;
        if (!r) return std::nullopt;
        return n.op == Op::add   ? *l + *r
               : n.op == Op::sub ? *l - *r
               : n.op == Op::mul ? *l * *r
                                 : *l / *r;
      }
      default:
        return std::nullopt;
    }
  }

  // Checks `literal` against the codes of `coded`; returns its canonical
  // spelling. `constant` names the constant the literal came from, if any.
  std::string check_code(const ExprNode& coded, const std::string& literal, uint32_t at,
                         std::string_view constant = "") {
    std::vector<std::string_view> candidates;
    // The message, with the kind of code in it (a whole sentence for each,
    // so that a translation can say it its own way).
    const char* message = nullptr;
    auto from_list = [&](const CodeList& l) {
      for (std::string_view c : l.codes) candidates.push_back(c);
      auto i = find_code(l, literal);
      return i ? std::optional<std::string>(std::string(l.codes[*i])) : std::nullopt;
    };
    std::optional<std::string> found;
    switch (coded.codes) {
      case CodeKind::none:
        return literal;
      case CodeKind::benefit:
        found = from_list(benefit_codes());
        message = tr("'{}'{} is not a benefit code of '{}'{}{}");
        break;
      case CodeKind::category:
        found = from_list(category_codes());
        message = tr("'{}'{} is not a category code of '{}'{}{}");
        break;
      case CodeKind::sex:
        found = from_list(sex_codes());
        message = tr("'{}'{} is not a sex code of '{}'{}{}");
        break;
      case CodeKind::danish_test:
        found = from_list(danish_test_codes());
        message = tr("'{}'{} is not a Danish test code of '{}'{}{}");
        if (!found && literal == "none") found = "none";
        if (coded.op == Op::call) candidates.push_back("none");
        break;
      case CodeKind::municipality:
        found = municipality_code(literal);
        message = tr("'{}'{} is not a municipality (kommunekode or name) code of '{}'{}{}");
        break;
      case CodeKind::weekday:
        for (std::string_view d : kWeekdays) candidates.push_back(d);
        message = tr("'{}'{} is not a weekday code of '{}'{}{}");
        if (parse_weekday(literal)) found = literal;
        break;
      case CodeKind::track:
      case CodeKind::exemption:
      case CodeKind::declared: {
        const std::vector<std::string>* codes = coded.codes == CodeKind::track ? &schema_.track_ids
                                                : coded.codes == CodeKind::exemption
                                                    ? &schema_.exemption_codes
                                                    : &schema_.fields[coded.declared].codes;
        message = coded.codes == CodeKind::track ? tr("'{}'{} is not a track code of '{}'{}{}")
                  : coded.codes == CodeKind::exemption
                      ? tr("'{}'{} is not a exemption code of '{}'{}{}")
                      : tr("'{}'{} is not a code code of '{}'{}{}");
        if (codes->empty()) return literal;  // nothing declared: any value
        for (const std::string& c : *codes) {
          candidates.push_back(c);
          if (fold_danish(c) == fold_danish(literal)) found = c;
        }
        break;
      }
    }
    if (found) return *found;
    std::string hint = did_you_mean(literal, candidates);
    std::string where = constant.empty() ? std::string() : trf(" (in constant '{}')", constant);
    std::string expected;
    if (hint.empty() && !candidates.empty() && candidates.size() <= 12) {
      expected = tr("; expected one of: ");
      for (size_t i = 0; i < candidates.size(); ++i) {
        expected += (i ? ", " : "") + std::string(candidates[i]);
      }
    }
    src_.error(at,
               fmt::format(fmt::runtime(message), excerpt(literal), where, slice(coded),
                           hint.empty() ? "" : "; " + hint, expected),
               "unknown-code");
  }

  void note_read(std::string_view name) {
    if (std::find(reads_.begin(), reads_.end(), name) == reads_.end()) reads_.emplace_back(name);
  }

  // A field, a declared field, a constant or `on_date`.
  ExprNode name_ref(const Ast& t) {
    const std::string& name = t.text;
    if (name == "on_date") return node(Op::on_date, Type::date, t);
    if (auto f = find_field(name)) {
      if (*f == Field::benefit_history || *f == Field::unavailable || *f == Field::cpr) {
        src_.error(
            t.begin,
            trf("field '{}' cannot be read directly in a condition; use has({}){}", name, name,
                *f == Field::benefit_history
                    ? tr(" or months_on(benefits, months) or days_on(benefits, days)")
                    : ""),
            "type");
      }
      ExprNode n = node(Op::field, field_info(*f).type, t);
      n.field = *f;
      n.name = name;
      switch (*f) {
        case Field::benefit:
          n.codes = CodeKind::benefit;
          break;
        case Field::category:
          n.codes = CodeKind::category;
          break;
        case Field::sex:
          n.codes = CodeKind::sex;
          break;
        case Field::municipality:
          n.codes = CodeKind::municipality;
          break;
        case Field::danish_tests:
          n.codes = CodeKind::danish_test;
          break;
        case Field::exemptions:
          n.codes = CodeKind::exemption;
          break;
        case Field::assigned_track:
          n.codes = CodeKind::track;
          break;
        default:
          break;
      }
      note_read(name);
      return n;
    }
    for (size_t i = 0; i < schema_.fields.size(); ++i) {
      const DeclaredField& f = schema_.fields[i];
      if (f.name != name) continue;
      ExprNode n = node(Op::declared, f.type, t);
      n.declared = static_cast<uint16_t>(i);
      n.name = name;
      if (!f.codes.empty()) n.codes = CodeKind::declared;
      note_read(name);
      return n;
    }
    for (const Constant& c : schema_.constants) {
      if (c.name != name) continue;
      ExprNode n = literal(c.value.type, t);
      n.literal = c.value;
      n.literal.known = true;
      n.name = name;  // a constant: used in messages about its items
      bool seen = std::any_of(constants_.begin(), constants_.end(),
                              [&](const Constant& k) { return k.name == name; });
      if (!seen) constants_.push_back(c);
      return n;
    }
    std::vector<std::string_view> candidates = builtin_field_names();
    for (const DeclaredField& f : schema_.fields) candidates.push_back(f.name);
    for (const Constant& c : schema_.constants) candidates.push_back(c.name);
    candidates.push_back("on_date");
    std::string hint = did_you_mean(name, candidates);
    if (const FnDecl* fi = find_function(name)) {
      {
        src_.error(t.begin, trf("'{}' is a function; call it as {}", name, fi->signature),
                   "unknown-field");
      }
    }
    src_.error(t.begin,
               trf("unknown field '{}'{}{}", excerpt(name), hint.empty() ? "" : "; ",
                   hint.empty() ? tr("; expected a citizen field, a field the rule set declares, "
                                     "a constant or on_date")
                                : hint),
               "unknown-field");
  }

  ExprNode call(const Ast& a) {
    const std::string& name = a.text;
    const FnDecl* info = find_function(name);
    if (!info) {
      std::vector<std::string_view> names;
      for (const FnDecl& f : functions()) names.push_back(f.name);
      std::string hint = did_you_mean(name, names);
      src_.error(a.begin,
                 trf("unknown function '{}'{}", excerpt(name),
                     hint.empty() ? tr("; see docs/rules.md for the functions") : "; " + hint),
                 "unknown-function");
    }
    std::vector<ExprNode> args;
    for (const Ast& arg : a.args) {
      args.push_back(arg.field_arg ? field_arg(arg, *info) : check(arg));
    }
    ExprNode n = node(Op::call, Type::number, a, std::move(args));
    n.fn = info->fn;
    n.name = name;
    one_line(slice(n), n.label);
    type_call(n, *info);
    return n;
  }

  // The argument of has() and the first of value_or(): a field by name.
  ExprNode field_arg(const Ast& t, const FnDecl& info) {
    if (auto f = find_field(t.text)) {
      ExprNode n = node(Op::field, field_info(*f).type, t);
      n.field = *f;
      n.name = t.text;
      note_read(t.text);
      if (info.fn == Fn::value_or &&
          (*f == Field::benefit_history || *f == Field::unavailable || *f == Field::cpr)) {
        src_.error(t.begin, trf("value_or cannot read '{}'; use has({})", t.text, t.text), "type");
      }
      return n;
    }
    ExprNode n = name_ref(t);
    if (n.op != Op::declared) {
      src_.error(t.begin,
                 trf("{} needs a citizen field, but '{}' is a constant", info.name, t.text),
                 "type");
    }
    return n;
  }

  // The number and types of the arguments, from the table; then the checks
  // of their values the table names, and the result's type.
  void type_call(ExprNode& n, const FnDecl& info) {
    size_t k = n.args.size();
    size_t lo = info.arity;
    size_t hi = info.variadic ? SIZE_MAX : info.arity;
    if (k < lo || k > hi) {
      std::string want = lo == hi         ? fmt::format("{}", lo)
                         : hi == SIZE_MAX ? trf("at least {}", lo)
                                          : trf("{} to {}", lo, hi);
      src_.error(n.begin,
                 trf("{} takes {} {}, given {}: {}", info.name, want,
                     plural_noun(lo == hi || hi == SIZE_MAX ? lo : hi, "argument", "arguments"), k,
                     info.signature),
                 "arity");
    }
    for (size_t i = 0; i < k; ++i) {
      Param p = info.params[std::min<size_t>(i, info.arity - 1)];
      if (p == Param::field) continue;
      Type t = p == Param::as_first ? n.args[0].type : type_of(p);
      const ExprNode& a = n.args[i];
      if (a.type != t) {
        src_.error(a.begin,
                   trf("argument {} of {} must be a {}, but '{}' is a {}: {}", i + 1, info.name,
                       type_text(t), slice(a), type_text(a.type), info.signature),
                   "type");
      }
    }
    switch (info.check) {
      case ArgCheck::none:
        break;
      case ArgCheck::benefit_list: {
        ExprNode& list = n.args[0];
        if (list.op == Op::lit_list) {
          for (std::string& item : list.literal.list)
            item = check_benefit(item, list.begin, list.name);
        }
        break;
      }
      case ArgCheck::danish_test:
        check_danish_test(n.args[0]);
        break;
      case ArgCheck::date_literal:
        check_date(n.args[0]);
        break;
    }
    if (!info.reads.empty()) note_read(info.reads);
    n.type = info.result == Param::as_first ? n.args[0].type : type_of(info.result);
    n.codes = info.codes;
    if (info.result == Param::as_first) {
      n.codes = n.args[0].codes;
      n.declared = n.args[0].declared;
    }
  }

  void check_danish_test(ExprNode& a) {
    if (a.op != Op::lit_string) {
      src_.error(a.begin, tr("passed_danish needs a test name written out, such as \"PD2\""),
                 "type");
    }
    auto i = find_code(danish_test_codes(), a.literal.text);
    if (!i) {
      std::vector<std::string_view> c(danish_test_codes().codes.begin(),
                                      danish_test_codes().codes.end());
      std::string hint = did_you_mean(a.literal.text, c);
      src_.error(a.begin,
                 trf("'{}' is not a Danish test{}; expected PD1, PD2, PD3 or "
                     "studieproeven",
                     excerpt(a.literal.text), hint.empty() ? "" : "; " + hint),
                 "unknown-code");
    }
    a.literal.text = std::string(danish_test_codes().codes[*i]);
    a.literal.number = static_cast<double>(*i + 1);  // the DanishTest value
  }

  void check_date(const ExprNode& a) {
    if (a.op != Op::lit_string) {
      src_.error(a.begin, tr("date() needs a date written out, such as \"2025-07-01\""), "type");
    }
    if (!Date::parse(a.literal.text)) {
      src_.error(
          a.begin,
          trf("'{}' is not a date; expected YYYY-MM-DD naming a day that exists", a.literal.text),
          "bad-date");
    }
  }

  // Checks a benefit code given to months_on() or days_on().
  std::string check_benefit(const std::string& literal, uint32_t at, std::string_view constant) {
    const CodeList& l = benefit_codes();
    if (auto i = find_code(l, literal)) return std::string(l.codes[*i]);
    std::vector<std::string_view> candidates(l.codes.begin(), l.codes.end());
    std::string hint = did_you_mean(literal, candidates);
    src_.error(at,
               trf("'{}'{} is not a benefit code{}", excerpt(literal),
                   constant.empty() ? "" : trf(" (in constant '{}')", constant),
                   hint.empty() ? "" : "; " + hint),
               "unknown-code");
  }

  const Source& src_;
  const Schema& schema_;
  std::vector<std::string>& reads_;
  std::vector<Constant>& constants_;  // the constants referred to, in first-use order
};

}  // namespace

Checked check(const Ast& ast, const Source& src, const Schema& schema) {
  Checked out;
  Checker c(src, schema, out);
  out.root = c.check(ast);
  return out;
}

}  // namespace nytte::condition
