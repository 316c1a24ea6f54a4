#include "condition/functions.h"

#include <cmath>

namespace nytte::condition {

namespace {

// ------------------------------------------------------ implementations --
// A missing field named by a call (birth_date for age()) is reported as the
// field; calls with missing arguments are unknown.

Val age(const ExprNode&, const Ctx& x) {
  if (!x.c.birth_date) return missing_field(x, "birth_date");
  return number(age_at(*x.c.birth_date, x.on, x.cache));
}

Val age_on_date(const ExprNode& n, const Ctx& x) {
  if (!x.c.birth_date) return missing_field(x, "birth_date");
  Val d = eval(n.args[0], x);
  if (!d.known) return d;
  return number(age_at(*x.c.birth_date, d.d, x.cache));
}

// The calls whose value is a number num() works out.
Val by_num(const ExprNode& n, const Ctx& x) {
  Num v = num(n, x);
  return v.known ? number(v.v) : unknown();
}

Val value_or(const ExprNode& n, const Ctx& x) {
  if (n.type == Type::number) return by_num(n, x);
  Ctx quiet{x.c, x.on, nullptr, x.cache};
  Val v = eval(n.args[0], quiet);
  if (v.known) return v;
  return eval(n.args[1], x);
}

Val passed_danish(const ExprNode& n, const Ctx& x) {
  if (!x.c.danish_tests) return missing_field(x, "danish_tests");
  auto need = static_cast<int>(n.args[0].number);
  auto best = x.c.highest_danish_test();
  return boolean(best && static_cast<int>(*best) >= need);
}

Val highest_danish_test(const ExprNode&, const Ctx& x) {
  if (!x.c.danish_tests) return missing_field(x, "danish_tests");
  Val v;
  v.s = danish_test_code(x.c.highest_danish_test().value_or(DanishTest::none));
  return v;
}

Val has(const ExprNode& n, const Ctx& x) {
  return boolean(has_field(n.args[0], x.c));
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

constexpr std::array<FnDecl, 20> kFunctions = {{
    {Fn::age, "age", none, 0, false, P::number, CodeKind::none, "birth_date", ArgCheck::none,
     "age() -> number", age},
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
     age_on_date},
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
     by_num},
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
     by_num},
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
     passed_danish},
    {Fn::highest_danish_test, "highest_danish_test", none, 0, false, P::string,
     CodeKind::danish_test, "danish_tests", ArgCheck::none, "highest_danish_test() -> string",
     highest_danish_test},
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
     has},
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
     value_or},
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
     by_num},
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
     by_num},
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
     len},
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
     abs},
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
     between},
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
     between},
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
     between},
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
     months_since},
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
     add_to_date},
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
     add_to_date},
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
     weekday},
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
     folded},
}};

// function(fn) indexes the table by Fn.
constexpr bool in_order() {
  for (size_t i = 0; i < kFunctions.size(); ++i) {
    if (static_cast<size_t>(kFunctions[i].fn) != i) return false;
  }
  return true;
}
static_assert(in_order(), "kFunctions must list the functions in the order of Fn");

}  // namespace

std::span<const FnDecl> functions() {
  return kFunctions;
}

const FnDecl* find_function(std::string_view name) {
  for (const FnDecl& f : kFunctions) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

}  // namespace nytte::condition
