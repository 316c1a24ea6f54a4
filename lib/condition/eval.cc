#include "condition/eval.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <utility>

#include "codes.h"
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

Val unknown() {
  Val v;
  v.known = false;
  return v;
}

void add_missing(const Ctx& x, std::string_view name) {
  if (!x.missing) return;
  if (std::find(x.missing->begin(), x.missing->end(), name) == x.missing->end()) {
    x.missing->push_back(name);
  }
}

Val missing_field(const Ctx& x, std::string_view name) {
  add_missing(x, name);
  return unknown();
}

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

Val read_field(const ExprNode& n, const Ctx& x) {
  const Citizen& c = x.c;
  Val v;
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

Val read_declared(const ExprNode& n, const Ctx& x) {
  if (n.declared >= x.c.extra.size() || !x.c.extra[n.declared].present) {
    return missing_field(x, n.name);
  }
  const ExtraValue& e = x.c.extra[n.declared];
  Val v;
  v.b = e.boolean;
  v.n = e.number;
  v.d = e.date;
  v.s = e.string;
  v.strings = &e.list;
  return v;
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

size_t list_size(const Val& list) {
  if (list.tests) return list.tests->size();
  if (list.strings) return list.strings->size();
  return 0;
}

// months_on() looks back at most 200 years.
constexpr int kMaxMonths = 2400;

// Whole months of the last `months` months before `on` that periods on one of
// `benefits` cover completely. Month i (0 = the latest) runs from
// on - (i+1) months to on - i months, end exclusive.
int months_on(const std::vector<BenefitPeriod>& history, uint64_t benefits, int months, Date on,
              EvalCache& cache) {
  if (months <= 0) return 0;
  months = std::min(months, kMaxMonths);
  // Matching periods as half-open [from, to + 1), merged (vectors of the
  // cache: nothing is allocated once warm).
  auto& spans = cache.spans;
  auto& merged = cache.merged;
  spans.clear();
  merged.clear();
  for (const BenefitPeriod& p : history) {
    if (!((benefits >> static_cast<unsigned>(p.benefit)) & 1)) continue;
    int32_t end = p.to ? p.to->days + 1 : on.days + 1;
    if (p.to && p.to->days >= on.days) end = std::max(end, on.days + 1);
    if (end > p.from.days) spans.emplace_back(p.from.days, end);
  }
  if (spans.empty()) return 0;
  std::sort(spans.begin(), spans.end());
  for (auto s : spans) {
    if (!merged.empty() && s.first <= merged.back().second) {
      merged.back().second = std::max(merged.back().second, s.second);
    } else {
      merged.push_back(s);
    }
  }
  // Month boundaries, newest first: on - i months, the day clamped to the
  // length of the month (as Date::plus_months does). The date is the same for
  // a whole batch: the table is kept in the cache.
  std::vector<int32_t>& table = cache.month_starts;
  if (cache.month_starts_on != on.days) {
    cache.month_starts_on = on.days;
    table.clear();
  }
  if (table.size() <= static_cast<size_t>(months)) {
    YearMonthDay v = on.ymd();
    for (int i = static_cast<int>(table.size()); i <= months; ++i) {
      int total = v.year * 12 + (v.month - 1) - i;
      int y = total >= 0 ? total / 12 : (total - 11) / 12;
      int m = total - y * 12 + 1;
      table.push_back(Date::from_ymd(y, m, std::min(v.day, days_in_month(y, m))).days);
    }
  }
  // Month i is covered when one merged span holds it whole: table[i + 1] >=
  // span start and table[i] <= span end. The boundaries fall as i grows, so
  // the months a span covers are one run of i, found by binary search; spans
  // are disjoint, so no month is counted twice.
  const int32_t* first = table.data();
  const int32_t* last = first + months + 1;
  int count = 0;
  for (const auto& span : merged) {
    // Named copies, not a structured binding: clang 14 cannot capture one.
    int32_t start = span.first, end = span.second;
    auto lo = std::partition_point(first, last, [&](int32_t b) { return b > end; }) - first;
    auto k = std::partition_point(first, last, [&](int32_t b) { return b >= start; }) - first;
    auto hi = std::min<ptrdiff_t>(k - 2, months - 1);
    if (hi >= lo) count += static_cast<int>(hi - lo + 1);
  }
  return count;
}

// days_on() looks back at most 200 years.
constexpr int kMaxDays = 73050;

// Days of the window [lo, hi) that periods on one of `benefits` cover (their
// union: overlapping periods are not counted twice), or -1 when the periods
// on them do not come in order of their start, which the single pass needs.
int days_covered_in_order(const std::vector<BenefitPeriod>& history, uint64_t benefits, int32_t lo,
                          int32_t hi) {
  int32_t cursor = lo;  // the days before it are counted
  int32_t last_from = INT32_MIN;
  int count = 0;
  for (const BenefitPeriod& p : history) {
    if (!((benefits >> static_cast<unsigned>(p.benefit)) & 1)) continue;
    if (p.from.days < last_from) return -1;
    last_from = p.from.days;
    int32_t end = p.to ? std::min(p.to->days + 1, hi) : hi;
    int32_t start = std::max(p.from.days, cursor);
    if (end > start) {
      count += end - start;
      cursor = end;
    }
  }
  return count;
}

// The same for periods in any order: the span that starts first of those
// that reach past the counted days is counted next (quadratic, but records
// hold a few periods, and mostly in order).
int days_covered(const std::vector<BenefitPeriod>& history, uint64_t benefits, int32_t lo,
                 int32_t hi) {
  int count = days_covered_in_order(history, benefits, lo, hi);
  if (count >= 0) return count;
  count = 0;
  int32_t cursor = lo;
  while (true) {
    int32_t best_start = INT32_MAX, best_end = cursor;
    for (const BenefitPeriod& p : history) {
      if (!((benefits >> static_cast<unsigned>(p.benefit)) & 1)) continue;
      int32_t end = p.to ? std::min(p.to->days + 1, hi) : hi;
      int32_t start = std::max(p.from.days, cursor);
      if (end > start && start < best_start) {
        best_start = start;
        best_end = end;
      }
    }
    if (best_start == INT32_MAX) return count;
    count += best_end - best_start;
    cursor = best_end;
  }
}

// Days of the last `days` days before `on` (on - days .. on - 1) that periods
// on one of `benefits` cover; both ends of a period are days on it, and a
// period without `to` runs on to `on`. Nothing is allocated.
int days_on(const std::vector<BenefitPeriod>& history, uint64_t benefits, int days, Date on) {
  if (days <= 0) return 0;
  days = std::min(days, kMaxDays);
  return days_covered(history, benefits, on.days - days, on.days);
}

// age_on() with the last answer remembered in the cache: the date is the same
// for a whole batch, and age() is asked for many times a person.
int age_at(Date birth, Date on, EvalCache* cache) {
  if (!cache) return age_on(birth, on);
  if (on.days != cache->age_on || birth.days != cache->age_birth) {
    cache->age_on = on.days;
    cache->age_birth = birth.days;
    cache->age = age_on(birth, on);
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

Val boolean(bool b) {
  Val v;
  v.b = b;
  return v;
}
Val number(double d) {
  Val v;
  v.n = d;
  return v;
}
Val date_val(Date d) {
  Val v;
  v.d = d;
  return v;
}

// has(field): whether the record gives the field.
bool has_field(const ExprNode& f, const Citizen& c) {
  if (f.op == Op::declared) return f.declared < c.extra.size() && c.extra[f.declared].present;
  return c.has(f.field);
}

int clamp_int(double d) {
  if (!(d > -1e6)) return -1000000;
  if (d > 1e6) return 1000000;
  return static_cast<int>(std::floor(d));
}

// A call: the function's implementation in the table (functions.cc).
[[gnu::noinline]] Val eval_call(const ExprNode& n, const Ctx& x) {
  return function(n.fn).eval(n, x);
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

[[gnu::noinline]] Val compare(const ExprNode& n, const Ctx& x) {
  Val l = eval(n.args[0], x);
  Val r = eval(n.args[1], x);
  if (!l.known || !r.known) return unknown();
  int c = 0;  // <0, 0, >0
  switch (n.args[0].type) {
    case Type::number:
      c = three_way(l.n, r.n);
      break;
    case Type::date:
      c = three_way(l.d, r.d);
      break;
    case Type::string:
      c = three_way(l.s, r.s);
      break;
    case Type::boolean:
      c = static_cast<int>(l.b) - static_cast<int>(r.b);
      break;
    case Type::string_list:
      break;
  }
  return boolean(holds(n.op, c));
}

// The cases of eval() that are more than a read, each out of line so that
// eval() itself stays a small dispatch (it runs for every node).

[[gnu::noinline]] Val eval_logic(const ExprNode& n, const Ctx& x) {
  // Kleene logic: false and unknown = false; true or unknown = true. The
  // operands of a chain in order, as the tree (((a and b) and c) ...) was.
  bool decisive = n.op == Op::or_;  // the value that settles the result
  size_t mark = x.missing ? x.missing->size() : 0;
  bool any_unknown = false;
  for (size_t i = 0; i < n.args.size(); ++i) {
    Val v = eval(n.args[i], x);
    if (v.known && v.b == decisive) {
      if (i > 0 && x.missing) x.missing->resize(mark);
      return boolean(decisive);
    }
    any_unknown |= !v.known;
  }
  if (any_unknown) return unknown();
  return boolean(!decisive);
}

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
  if (bit < 0) {
    add_missing(x, field_info(n.args[0].field).name);
    return Tri::unknown;
  }
  return ((n.mask >> bit) & 1) != n.negate ? Tri::yes : Tri::no;
}

[[gnu::noinline]] Val eval_in_enum_set(const ExprNode& n, const Ctx& x) {
  Tri t = in_code_set(n, x);
  if (t == Tri::unknown) return unknown();
  return boolean(t == Tri::yes);
}

[[gnu::noinline]] Val eval_negate(const ExprNode& n, const Ctx& x) {
  Val v = eval(n.args[0], x);
  if (!v.known) return v;
  if (n.op == Op::not_) return boolean(!v.b);
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

Val eval(const ExprNode& n, const Ctx& x) {
  switch (n.op) {
    case Op::lit_bool:
      return boolean(n.b);
    case Op::lit_number:
      return number(n.number);
    case Op::lit_string: {
      Val v;
      v.s = n.string;
      return v;
    }
    case Op::lit_date:
      return date_val(n.date);
    case Op::lit_list: {
      Val v;
      v.strings = &n.list;
      return v;
    }
    case Op::field:
      return read_field(n, x);
    case Op::declared:
      return read_declared(n, x);
    case Op::on_date:
      return date_val(x.on);
    case Op::not_:
    case Op::neg:
      return eval_negate(n, x);
    case Op::and_:
    case Op::or_:
      return eval_logic(n, x);
    case Op::eq:
    case Op::ne:
    case Op::lt:
    case Op::le:
    case Op::gt:
    case Op::ge:
      return compare(n, x);
    case Op::in:
      return eval_in(n, x);
    case Op::in_enum_set:
      return eval_in_enum_set(n, x);
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
// Conditions are decided by test() and the numbers they compare read by
// num(): the same results, missing fields and short cuts as eval(), with the
// value returned in registers (eval()'s Val goes through memory). Anything
// they do not handle themselves they hand to eval().

// The calls that give a number, as eval_call() would (it hands them here).
[[gnu::noinline]] Num num_call(const ExprNode& n, const Ctx& x) {
  const Citizen& c = x.c;
  const auto& a = n.args;
  switch (n.fn) {
    case Fn::age:
      if (!c.birth_date) {
        add_missing(x, "birth_date");
        return {0, false};
      }
      return {static_cast<double>(age_at(*c.birth_date, x.on, x.cache)), true};
    case Fn::months_on:
    case Fn::days_on: {
      if (!c.benefit_history) {
        add_missing(x, "benefit_history");
        return {0, false};
      }
      uint64_t benefits = a[0].mask;  // the benefits of a list written in the rule
      bool known = true;
      if (a[0].op != Op::lit_list) {
        Val list = eval(a[0], x);
        known = list.known;
        benefits = list.strings ? benefit_mask(*list.strings) : 0;
      }
      Num m = num(a[1], x);
      if (!known || !m.known) return {0, false};
      int count = 0;
      if (n.fn == Fn::days_on) {
        count = days_on(*c.benefit_history, benefits, clamp_int(m.v), x.on);
      } else if (x.cache) {
        count = months_on(*c.benefit_history, benefits, clamp_int(m.v), x.on, *x.cache);
      } else {
        EvalCache once;
        count = months_on(*c.benefit_history, benefits, clamp_int(m.v), x.on, once);
      }
      return {static_cast<double>(count), true};
    }
    case Fn::value_or:
      if (n.type == Type::number) {
        Ctx quiet{c, x.on, nullptr, x.cache};
        Num v = num(a[0], quiet);
        if (v.known) return v;
        return num(a[1], x);
      }
      break;
    case Fn::min:
    case Fn::max: {
      double r = 0;
      for (size_t i = 0; i < a.size(); ++i) {
        Num v = num(a[i], x);
        if (!v.known) return {0, false};
        if (i == 0 || (n.fn == Fn::min ? v.v < r : v.v > r)) r = v.v;
      }
      return {r, true};
    }
    default:
      break;
  }
  Val w = eval(n, x);
  return {w.n, w.known};
}

Num num(const ExprNode& n, const Ctx& x) {
  const Citizen& c = x.c;
  switch (n.op) {
    case Op::lit_number:
      return {n.number, true};
    case Op::field:  // a number-typed field is one of the number fields
      if (std::optional<double> v = number_field(n.field, c)) return {*v, true};
      add_missing(x, field_info(n.field).name);
      return {0, false};
    case Op::call:
      // age(), the most asked for, without the call (num_call is large).
      if (n.fn == Fn::age && c.birth_date) {
        return {static_cast<double>(age_at(*c.birth_date, x.on, x.cache)), true};
      }
      return num_call(n, x);
    default:
      break;
  }
  Val w = eval(n, x);
  return {w.n, w.known};
}

Tri tri(bool b) {
  return b ? Tri::yes : Tri::no;
}

Tri test(const ExprNode& n, const Ctx& x) {
  switch (n.op) {
    case Op::and_:
    case Op::or_: {
      // Kleene logic, as eval_logic().
      bool decisive = n.op == Op::or_;
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
    case Op::call:
      if (n.fn == Fn::has) return tri(has_field(n.args[0], x.c));
      break;
    case Op::eq:
    case Op::ne:
    case Op::lt:
    case Op::le:
    case Op::gt:
    case Op::ge: {
      if (n.args[0].type != Type::number) break;
      Num l = num(n.args[0], x);
      // Most comparisons are with a number or a rule set's constant.
      const ExprNode& b = n.args[1];
      Num r = b.op == Op::lit_number ? Num{b.number, true} : num(b, x);
      if (!l.known || !r.known) return Tri::unknown;
      return tri(holds(n.op, three_way(l.v, r.v)));
    }
    default:
      break;
  }
  Val v = eval(n, x);
  if (!v.known) return Tri::unknown;
  return tri(v.b);
}

}  // namespace nytte::condition

namespace nytte {

Tri eval_condition(const CompiledExpr& e, const EvalContext& ctx,
                   std::vector<std::string_view>* missing) {
  condition::Ctx x{ctx.citizen, ctx.on, missing, ctx.cache};
  size_t mark = missing ? missing->size() : 0;
  Tri t = condition::test(*e.root, x);
  // Only the fields that leave the result unknown are reported (eval_scoped).
  if (t != Tri::unknown && missing) missing->resize(mark);
  return t;
}

std::optional<double> eval_number(const CompiledExpr& e, const EvalContext& ctx,
                                  std::vector<std::string_view>* missing) {
  condition::Ctx x{ctx.citizen, ctx.on, missing, ctx.cache};
  condition::Val v = condition::eval_scoped(*e.root, x);
  if (!v.known) return std::nullopt;
  return v.n;
}

}  // namespace nytte
