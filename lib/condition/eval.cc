#include "condition/eval.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <utility>

#include "base/codes.h"
#include "condition/functions.h"

namespace nytte::condition {

uint64_t benefit_mask(const std::vector<std::string>& codes) {
  uint64_t m = 0;
  const CodeList& l = benefit_codes();
  for (size_t i = 0; i < l.codes.size(); ++i) {
    if (std::find(codes.begin(), codes.end(), l.codes[i]) != codes.end()) m |= uint64_t{1} << i;
  }
  return m;
}

namespace {

void add_missing(const Ctx& x, std::string_view name) {
  if (!x.missing) return;
  if (std::find(x.missing->begin(), x.missing->end(), name) == x.missing->end()) {
    x.missing->push_back(name);
  }
}

}  // namespace

Val missing_field(const Ctx& x, std::string_view name) {
  add_missing(x, name);
  return unknown();
}

bool unasked_arg(const ExprNode& f, const Ctx& x) {
  if (!x.unasked) return false;
  if (f.op == Op::declared) return x.unasked->declared_field(f.declared);
  return x.unasked->field(f.field);
}

Tri has_field(const ExprNode& f, const Ctx& x) {
  if (unasked_arg(f, x)) [[unlikely]] {
    add_missing(x, f.op == Op::declared ? std::string_view(f.name) : field_info(f.field).name);
    return Tri::unknown;
  }
  const Citizen& c = x.c;
  if (f.op == Op::declared) {
    return f.declared < c.extra.size() && c.extra[f.declared].known ? Tri::yes : Tri::no;
  }
  return c.has(f.field) ? Tri::yes : Tri::no;
}

namespace {

// The value of a built-in number field, nullopt when the record lacks it
// (work_capacity_hours is never missing: full capacity, 37).
std::optional<double> number_field(Field f, const Citizen& c) {
  switch (f) {
    case Field::school_years:
      if (c.school_years) return *c.school_years;
      return std::nullopt;
    case Field::residence_years_last_10:
      return c.residence_years_last_10;
    case Field::fulltime_work_years_last_10:
      return c.fulltime_work_years_last_10;
    case Field::ordinary_hours:
      return c.ordinary_hours;
    case Field::work_capacity_hours:
      return c.work_capacity_hours.value_or(37.0);
    default:
      return std::nullopt;  // not a number field
  }
}

}  // namespace

Val read_field(const ExprNode& n, const Ctx& x) {
  const Citizen& c = x.c;
  Val v;
  if (unasked(x, n.field)) [[unlikely]] {
    add_missing(x, field_info(n.field).name);
    v.known = false;
    return v;
  }
  switch (n.field) {
    case Field::id:
      v.s = c.id;
      return v;
    case Field::birth_date:
      if (!c.birth_date) break;
      v.d = *c.birth_date;
      return v;
    case Field::sex:
      if (!c.sex) break;
      v.s = sex_code(*c.sex);
      return v;
    case Field::municipality:
      if (!c.municipality) break;
      v.s = *c.municipality;
      return v;
    case Field::benefit:
      if (!c.benefit) break;
      v.s = benefit_code(*c.benefit);
      return v;
    case Field::category:
      if (!c.category) break;
      v.s = category_code(*c.category);
      return v;
    case Field::danish_tests:
      if (!c.danish_tests) break;
      v.tests = &*c.danish_tests;
      return v;
    case Field::school_years:
    case Field::residence_years_last_10:
    case Field::fulltime_work_years_last_10:
    case Field::ordinary_hours:
    case Field::work_capacity_hours: {
      std::optional<double> number = number_field(n.field, c);
      if (!number) break;
      v.n = *number;
      return v;
    }
    case Field::unemployed_since:
      if (!c.unemployed_since) break;
      v.d = *c.unemployed_since;
      return v;
    case Field::exemptions:
      if (!c.exemptions) break;
      v.strings = &*c.exemptions;
      return v;
    case Field::residence_area:
      if (!c.residence_area) break;
      v.s = *c.residence_area;
      return v;
    case Field::start_date:
      if (!c.start_date) break;
      v.d = *c.start_date;
      return v;
    case Field::assigned_track:
      if (!c.assigned_track) break;
      v.s = *c.assigned_track;
      return v;
    case Field::born_in_denmark:
      if (!c.born_in_denmark) break;
      v.b = *c.born_in_denmark;
      return v;
    case Field::first_entry_date:
      if (!c.first_entry_date) break;
      v.d = *c.first_entry_date;
      return v;
    case Field::cpr:
    case Field::benefit_history:
    case Field::unavailable:
    case Field::count_:
      v.known = false;  // not readable in conditions (the parser refuses them)
      return v;
  }
  // Every return is of `v`, so that it is built in the caller's place.
  add_missing(x, field_info(n.field).name);
  v.known = false;
  return v;
}

namespace {

Val read_declared(const ExprNode& n, const Ctx& x) {
  if (n.declared >= x.c.extra.size() || !x.c.extra[n.declared].known ||
      (x.unasked && x.unasked->declared_field(n.declared))) {
    return missing_field(x, n.name);
  }
  return val_of(x.c.extra[n.declared]);
}

bool list_contains(const Val& list, std::string_view s) {
  if (list.tests) {
    for (DanishTest t : *list.tests) {
      if (danish_test_code(t) == s) return true;
    }
    return false;
  }
  if (list.strings) {
    for (const std::string& item : *list.strings) {
      if (item == s) return true;
    }
  }
  return false;
}

}  // namespace

// age_on() with the last answer remembered in the cache: age() is asked for
// many times a person, and the date is the same for a whole batch, so its
// year, month and day are kept too (a person seen again by another stage, the
// writers after decide(), costs half a date conversion).
int age_at(Date birth, Date on, EvalCache* cache) {
  if (!cache) return age_on(birth, on);
  if (on.days != cache->age_on) {
    cache->age_on = on.days;
    cache->age_on_ymd = on.ymd();
    cache->age_birth = INT32_MIN;
  }
  if (birth.days != cache->age_birth) {
    cache->age_birth = birth.days;
    cache->age = age_on(birth.ymd(), cache->age_on_ymd);
  }
  return cache->age;
}

// Evaluates `n` and forgets the missing fields it named when it turned out
// known: only the fields that leave a result unknown are reported.
Val eval_scoped(const ExprNode& n, const Ctx& x) {
  size_t mark = x.missing ? x.missing->size() : 0;
  Val v = eval(n, x);
  if (v.known && x.missing) x.missing->resize(mark);
  return v;
}

namespace {

// A call: the function's implementation in the table (functions.cc), the
// number one for the functions that give a number in registers.
[[gnu::noinline]] Val eval_call(const ExprNode& n, const Ctx& x) {
  const FnDecl& f = function(n.fn);
  if (f.eval) return f.eval(n, x);
  Num v = f.number(n, x);
  return v.known ? number(v.v) : unknown();
}

// <0, 0 or >0 as a is below, equal to or above b.
template <class T>
int three_way(const T& a, const T& b) {
  return a < b ? -1 : b < a ? 1 : 0;
}

// Whether comparison `op` holds of a three-way result.
bool holds(Op op, int c) {
  switch (op) {
    case Op::eq:
      return c == 0;
    case Op::ne:
      return c != 0;
    case Op::lt:
      return c < 0;
    case Op::le:
      return c <= 0;
    case Op::gt:
      return c > 0;
    default:  // Op::ge
      return c >= 0;
  }
}

Tri tri(bool b) {
  return b ? Tri::yes : Tri::no;
}

Val from_tri(Tri t) {
  return t == Tri::unknown ? unknown() : boolean(t == Tri::yes);
}

// A comparison of two values of the same type; numbers are read by num()
// (in registers), most often against a number or a rule set's constant.
[[gnu::noinline]] Tri compare(const ExprNode& n, const Ctx& x) {
  int c = 0;  // <0, 0, >0
  if (n.args[0].type == Type::number) {
    Num l = num(n.args[0], x);
    const ExprNode& b = n.args[1];
    Num r = b.op == Op::lit_number ? Num{b.literal.number, true} : num(b, x);
    if (!l.known || !r.known) return Tri::unknown;
    c = three_way(l.v, r.v);
  } else {
    Val l = eval(n.args[0], x);
    Val r = eval(n.args[1], x);
    if (!l.known || !r.known) return Tri::unknown;
    switch (n.args[0].type) {
      case Type::date:
        c = three_way(l.d, r.d);
        break;
      case Type::string:
        c = three_way(l.s, r.s);
        break;
      case Type::boolean:
        c = static_cast<int>(l.b) - static_cast<int>(r.b);
        break;
      case Type::number:
      case Type::string_list:
        break;
    }
  }
  return tri(holds(n.op, c));
}

}  // namespace

// The cases of eval() that are more than a read, each out of line so that
// eval() itself stays a small dispatch (it runs for every node).

namespace {

[[gnu::noinline]] Val eval_in(const ExprNode& n, const Ctx& x) {
  Val l = eval(n.args[0], x);
  Val r = eval(n.args[1], x);
  if (!l.known || !r.known) return unknown();
  return boolean(list_contains(r, l.s) != n.negate);
}

// benefit/category/sex in a fixed set of codes: a bit of the node's mask.
Tri in_code_set(const ExprNode& n, const Ctx& x) {
  const Citizen& c = x.c;
  int bit = -1;
  switch (n.args[0].field) {
    case Field::benefit:
      if (c.benefit) bit = static_cast<int>(*c.benefit);
      break;
    case Field::category:
      if (c.category) bit = static_cast<int>(*c.category);
      break;
    case Field::sex:
      if (c.sex) bit = static_cast<int>(*c.sex);
      break;
    default:
      break;
  }
  if (bit < 0 || unasked(x, n.args[0].field)) {
    add_missing(x, field_info(n.args[0].field).name);
    return Tri::unknown;
  }
  return ((n.mask >> bit) & 1) != n.negate ? Tri::yes : Tri::no;
}

[[gnu::noinline]] Val eval_negate(const ExprNode& n, const Ctx& x) {
  Val v = eval(n.args[0], x);
  if (!v.known) return v;
  return number(-v.n);
}

[[gnu::noinline]] Val eval_arithmetic(const ExprNode& n, const Ctx& x) {
  Val l = eval(n.args[0], x);
  Val r = eval(n.args[1], x);
  if (!l.known || !r.known) return unknown();
  if (n.args[0].type == Type::date) return number(l.d - r.d);
  switch (n.op) {
    case Op::add:
      return number(l.n + r.n);
    case Op::sub:
      return number(l.n - r.n);
    case Op::mul:
      return number(l.n * r.n);
    default:
      return number(l.n / r.n);
  }
}

}  // namespace

Val eval(const ExprNode& n, const Ctx& x) {
  switch (n.op) {
    case Op::lit_bool:
    case Op::lit_number:
    case Op::lit_string:
    case Op::lit_date:
    case Op::lit_list:
      return val_of(n.literal);
    case Op::field:
      return read_field(n, x);
    case Op::declared:
      return read_declared(n, x);
    case Op::on_date:
      return date_val(x.on);
    case Op::neg:
      return eval_negate(n, x);
    case Op::not_:
    case Op::and_:
    case Op::or_:
    case Op::eq:
    case Op::ne:
    case Op::lt:
    case Op::le:
    case Op::gt:
    case Op::ge:
    case Op::in_enum_set:
      return from_tri(test(n, x));  // the logic is test()'s
    case Op::in:
      return eval_in(n, x);
    case Op::add:
    case Op::sub:
    case Op::mul:
    case Op::div:
      return eval_arithmetic(n, x);
    case Op::call:
      return eval_call(n, x);
  }
  return unknown();
}

// ------------------------------------------------------ typed evaluation --
// eval() gives any value; num() the same for a number, returned in registers
// (eval()'s Val goes through memory), and test() for a boolean. They are one
// evaluator: each operation is written in one of them and the others hand it
// on (the logic and comparisons are test()'s, the number functions num()'s).

Num age_num(const ExprNode&, const Ctx& x) {
  if (!x.c.birth_date || unasked(x, Field::birth_date)) {
    add_missing(x, "birth_date");
    return {0, false};
  }
  return {static_cast<double>(age_at(*x.c.birth_date, x.on, x.cache)), true};
}

namespace {

[[gnu::noinline]] Num num_call(const ExprNode& n, const Ctx& x) {
  const FnDecl& f = function(n.fn);
  if (f.number) return f.number(n, x);
  Val w = f.eval(n, x);
  return {w.n, w.known};
}

}  // namespace

Num num(const ExprNode& n, const Ctx& x) {
  switch (n.op) {
    case Op::lit_number:
      return {n.literal.number, true};
    case Op::field:  // a number-typed field is one of the number fields
      if (std::optional<double> v = number_field(n.field, x.c); v && !unasked(x, n.field)) {
        return {*v, true};
      }
      add_missing(x, field_info(n.field).name);
      return {0, false};
    case Op::call:
      // age(), the most asked for, without the table's indirect call.
      if (n.fn == Fn::age) return age_num(n, x);
      return num_call(n, x);
    default:
      break;
  }
  Val w = eval(n, x);
  return {w.n, w.known};
}

Tri test(const ExprNode& n, const Ctx& x) {
  switch (n.op) {
    case Op::and_:
    case Op::or_: {
      // Kleene logic: false and unknown = false; true or unknown = true. The
      // operands of a chain in order, as the tree (((a and b) and c) ...) was;
      // the missing fields of operands before the deciding one are forgotten.
      bool decisive = n.op == Op::or_;  // the value that settles the result
      size_t mark = x.missing ? x.missing->size() : 0;
      bool any_unknown = false;
      for (size_t i = 0; i < n.args.size(); ++i) {
        Tri v = test(n.args[i], x);
        if (v != Tri::unknown && (v == Tri::yes) == decisive) {
          if (i > 0 && x.missing) x.missing->resize(mark);
          return tri(decisive);
        }
        any_unknown |= v == Tri::unknown;
      }
      return any_unknown ? Tri::unknown : tri(!decisive);
    }
    case Op::not_: {
      Tri v = test(n.args[0], x);
      if (v == Tri::unknown) return v;
      return tri(v == Tri::no);
    }
    case Op::in_enum_set:
      return in_code_set(n, x);
    case Op::eq:
    case Op::ne:
    case Op::lt:
    case Op::le:
    case Op::gt:
    case Op::ge:
      return compare(n, x);
    case Op::call:
      if (n.fn == Fn::has) return has_field(n.args[0], x);  // the table's has()
      break;
    default:
      break;
  }
  Val v = eval(n, x);  // fields, constants and functions that give a boolean
  if (!v.known) return Tri::unknown;
  return tri(v.b);
}

}  // namespace nytte::condition

namespace nytte {

Tri eval_condition(const CompiledExpr& e, const EvalContext& ctx,
                   std::vector<std::string_view>* missing) {
  condition::Ctx x{ctx.citizen, ctx.on, missing, ctx.cache, ctx.unasked};
  size_t mark = missing ? missing->size() : 0;
  Tri t = condition::test(*e.root, x);
  // Only the fields that leave the result unknown are reported (eval_scoped).
  if (t != Tri::unknown && missing) missing->resize(mark);
  return t;
}

std::optional<double> eval_number(const CompiledExpr& e, const EvalContext& ctx,
                                  std::vector<std::string_view>* missing) {
  condition::Ctx x{ctx.citizen, ctx.on, missing, ctx.cache, ctx.unasked};
  condition::Val v = condition::eval_scoped(*e.root, x);
  if (!v.known) return std::nullopt;
  return v.n;
}

}  // namespace nytte
