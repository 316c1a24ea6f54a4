#include "condition/functions.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <utility>

namespace nytte::condition {

namespace {

// --------------------------------------------------- benefit history --

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

// ------------------------------------------------------ implementations --
// A missing field named by a call (birth_date for age()) is reported as the
// field; calls with missing arguments are unknown.

Val age_on_date(const ExprNode& n, const Ctx& x) {
  if (!x.c.birth_date || unasked(x, Field::birth_date)) return missing_field(x, "birth_date");
  Val d = eval(n.args[0], x);
  if (!d.known) return d;
  return number(age_at(*x.c.birth_date, d.d, x.cache));
}

// value_or(field, default): the field, or the default when it is missing
// (whose absence is then not reported); for any type, in eval() or num().
template <class V, V (*Eval)(const ExprNode&, const Ctx&)>
V value_or(const ExprNode& n, const Ctx& x) {
  // A field not yet asked is unknown, not the default (eval.h's unasked).
  if (unasked_arg(n.args[0], x)) [[unlikely]]
    return Eval(n.args[0], x);
  Ctx quiet{x.c, x.on, nullptr, x.cache};
  V v = Eval(n.args[0], quiet);
  if (v.known) return v;
  return Eval(n.args[1], x);
}

// months_on(benefits, months) and days_on(benefits, days).
Num time_on(const ExprNode& n, const Ctx& x) {
  const Citizen& c = x.c;
  const auto& a = n.args;
  if (!c.benefit_history || unasked(x, Field::benefit_history)) {
    missing_field(x, "benefit_history");
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

Num min_max(const ExprNode& n, const Ctx& x) {
  double r = 0;
  for (size_t i = 0; i < n.args.size(); ++i) {
    Num v = num(n.args[i], x);
    if (!v.known) return {0, false};
    if (i == 0 || (n.fn == Fn::min ? v.v < r : v.v > r)) r = v.v;
  }
  return {r, true};
}

Val passed_danish(const ExprNode& n, const Ctx& x) {
  if (!x.c.danish_tests || unasked(x, Field::danish_tests)) {
    return missing_field(x, "danish_tests");
  }
  auto need = static_cast<int>(n.args[0].literal.number);
  auto best = x.c.highest_danish_test();
  return boolean(best && static_cast<int>(*best) >= need);
}

Val highest_danish_test(const ExprNode&, const Ctx& x) {
  if (!x.c.danish_tests || unasked(x, Field::danish_tests)) {
    return missing_field(x, "danish_tests");
  }
  Val v;
  v.s = danish_test_code(x.c.highest_danish_test().value_or(DanishTest::none));
  return v;
}

Val has(const ExprNode& n, const Ctx& x) {
  Tri t = has_field(n.args[0], x);
  return t == Tri::unknown ? unknown() : boolean(t == Tri::yes);
}

Val len(const ExprNode& n, const Ctx& x) {
  Val v = eval(n.args[0], x);
  if (!v.known) return v;
  return number(static_cast<double>(list_size(v)));
}

Val abs(const ExprNode& n, const Ctx& x) {
  Val v = eval(n.args[0], x);
  if (!v.known) return v;
  return number(std::fabs(v.n));
}

Val between(const ExprNode& n, const Ctx& x) {
  Val p = eval(n.args[0], x);
  Val q = eval(n.args[1], x);
  if (!p.known || !q.known) return unknown();
  if (n.fn == Fn::days_between) return number(q.d - p.d);
  if (n.fn == Fn::months_between) return number(whole_months_between(p.d, q.d));
  return number(q.d >= p.d ? age_on(p.d, q.d) : -age_on(q.d, p.d));
}

Val months_since(const ExprNode& n, const Ctx& x) {
  Val p = eval(n.args[0], x);
  if (!p.known) return p;
  return number(whole_months_between(p.d, x.on));
}

Val add_to_date(const ExprNode& n, const Ctx& x) {
  Val p = eval(n.args[0], x);
  Val k = eval(n.args[1], x);
  if (!p.known || !k.known) return unknown();
  int k_int = clamp_int(k.n);
  return date_val(n.fn == Fn::add_days ? p.d.plus_days(k_int) : p.d.plus_months(k_int));
}

Val weekday(const ExprNode& n, const Ctx& x) {
  Val p = eval(n.args[0], x);
  if (!p.known) return p;
  Val v;
  v.s = weekday_code(p.d.weekday());
  return v;
}

Val folded(const ExprNode&, const Ctx&) {
  return unknown();  // date("...") is folded into a literal when compiled
}

// -------------------------------------------------------------- the table --

using P = Param;
constexpr std::array<Param, 2> none = {P::number, P::number};

}  // namespace

constexpr std::array<FnDecl, 20> kFunctionTable = {{
    {Fn::age, "age", none, 0, false, P::number, CodeKind::none, "birth_date", ArgCheck::none,
     "age() -> number", nullptr, age_num},
    {Fn::age_on,
     "age_on",
     {P::date, P::date},
     1,
     false,
     P::number,
     CodeKind::none,
     "birth_date",
     ArgCheck::none,
     "age_on(date) -> number",
     age_on_date,
     nullptr},
    {Fn::months_on,
     "months_on",
     {P::list, P::number},
     2,
     false,
     P::number,
     CodeKind::none,
     "benefit_history",
     ArgCheck::benefit_list,
     "months_on(list of benefits, number of months) -> number",
     nullptr,
     time_on},
    {Fn::days_on,
     "days_on",
     {P::list, P::number},
     2,
     false,
     P::number,
     CodeKind::none,
     "benefit_history",
     ArgCheck::benefit_list,
     "days_on(list of benefits, number of days) -> number",
     nullptr,
     time_on},
    {Fn::passed_danish,
     "passed_danish",
     {P::string, P::string},
     1,
     false,
     P::boolean,
     CodeKind::none,
     "danish_tests",
     ArgCheck::danish_test,
     "passed_danish(\"PD1\"|\"PD2\"|\"PD3\"|\"studieproeven\") -> bool",
     passed_danish,
     nullptr},
    {Fn::highest_danish_test, "highest_danish_test", none, 0, false, P::string,
     CodeKind::danish_test, "danish_tests", ArgCheck::none, "highest_danish_test() -> string",
     highest_danish_test, nullptr},
    {Fn::has,
     "has",
     {P::field, P::field},
     1,
     false,
     P::boolean,
     CodeKind::none,
     "",
     ArgCheck::none,
     "has(field) -> bool",
     has,
     nullptr},
    {Fn::value_or,
     "value_or",
     {P::field, P::as_first},
     2,
     false,
     P::as_first,
     CodeKind::none,
     "",
     ArgCheck::none,
     "value_or(field, default) -> the field's type",
     value_or<Val, eval>,
     value_or<Num, num>},
    {Fn::min,
     "min",
     {P::number, P::number},
     1,
     true,
     P::number,
     CodeKind::none,
     "",
     ArgCheck::none,
     "min(number, number, ...) -> number",
     nullptr,
     min_max},
    {Fn::max,
     "max",
     {P::number, P::number},
     1,
     true,
     P::number,
     CodeKind::none,
     "",
     ArgCheck::none,
     "max(number, number, ...) -> number",
     nullptr,
     min_max},
    {Fn::len,
     "len",
     {P::list, P::list},
     1,
     false,
     P::number,
     CodeKind::none,
     "",
     ArgCheck::none,
     "len(list) -> number",
     len,
     nullptr},
    {Fn::abs,
     "abs",
     {P::number, P::number},
     1,
     false,
     P::number,
     CodeKind::none,
     "",
     ArgCheck::none,
     "abs(number) -> number",
     abs,
     nullptr},
    {Fn::days_between,
     "days_between",
     {P::date, P::date},
     2,
     false,
     P::number,
     CodeKind::none,
     "",
     ArgCheck::none,
     "days_between(date, date) -> number",
     between,
     nullptr},
    {Fn::months_between,
     "months_between",
     {P::date, P::date},
     2,
     false,
     P::number,
     CodeKind::none,
     "",
     ArgCheck::none,
     "months_between(date, date) -> number",
     between,
     nullptr},
    {Fn::years_between,
     "years_between",
     {P::date, P::date},
     2,
     false,
     P::number,
     CodeKind::none,
     "",
     ArgCheck::none,
     "years_between(date, date) -> number",
     between,
     nullptr},
    {Fn::months_since,
     "months_since",
     {P::date, P::date},
     1,
     false,
     P::number,
     CodeKind::none,
     "",
     ArgCheck::none,
     "months_since(date) -> number",
     months_since,
     nullptr},
    {Fn::add_days,
     "add_days",
     {P::date, P::number},
     2,
     false,
     P::date,
     CodeKind::none,
     "",
     ArgCheck::none,
     "add_days(date, number) -> date",
     add_to_date,
     nullptr},
    {Fn::add_months,
     "add_months",
     {P::date, P::number},
     2,
     false,
     P::date,
     CodeKind::none,
     "",
     ArgCheck::none,
     "add_months(date, number) -> date",
     add_to_date,
     nullptr},
    {Fn::weekday,
     "weekday",
     {P::date, P::date},
     1,
     false,
     P::string,
     CodeKind::weekday,
     "",
     ArgCheck::none,
     "weekday(date) -> string",
     weekday,
     nullptr},
    {Fn::date,
     "date",
     {P::string, P::string},
     1,
     false,
     P::date,
     CodeKind::none,
     "",
     ArgCheck::date_literal,
     "date(\"YYYY-MM-DD\") -> date",
     folded,
     nullptr},
}};

namespace {

// function(fn) indexes the table by Fn.
constexpr bool in_order() {
  for (size_t i = 0; i < kFunctionTable.size(); ++i) {
    if (static_cast<size_t>(kFunctionTable[i].fn) != i) return false;
  }
  return true;
}
static_assert(in_order(), "kFunctionTable must list the functions in the order of Fn");

}  // namespace

const FnDecl* find_function(std::string_view name) {
  for (const FnDecl& f : kFunctionTable) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

}  // namespace nytte::condition
