// The condition language: parsing, type errors with positions, evaluation
// with three-valued logic, missing fields, observation and explanation.
#include <doctest/doctest.h>

#include <deque>

#include <fmt/format.h>

#include "condition/condition.h"
#include "format/decision_format.h"

namespace nytte {
namespace {

Schema test_schema() {
  Schema s;
  Constant sho;
  sho.name = "sho";
  sho.value.known = true;
  sho.value.type = Type::string_list;
  sho.value.list = {"selvforsoergelsesydelse", "hjemrejseydelse", "overgangsydelse"};
  s.constants.push_back(sho);
  Constant bad;
  bad.name = "bad_benefits";
  bad.value.known = true;
  bad.value.type = Type::string_list;
  bad.value.list = {"kontanthjaelp", "kontanthjalp"};
  s.constants.push_back(bad);
  Constant limit;
  limit.name = "limit";
  limit.value.known = true;
  limit.value.type = Type::number;
  limit.value.number = 30;
  s.constants.push_back(limit);
  Constant start;
  start.name = "start";
  start.value.known = true;
  start.value.type = Type::date;
  start.value.date = Date::from_ymd(2025, 7, 1);
  s.constants.push_back(start);
  DeclaredField f;
  f.name = "housing";
  f.type = Type::string;
  f.codes = {"rent", "own"};
  s.fields.push_back(f);
  DeclaredField n;
  n.name = "children";
  n.type = Type::number;
  s.fields.push_back(n);
  s.exemption_codes = {"ukraine_special_act", "health"};
  s.track_ids = {"jobpakke", "igu"};
  return s;
}

const Schema& schema() {
  static const Schema s = test_schema();
  return s;
}

CompiledExpr compile(std::string_view text, Type t = Type::boolean) {
  return compile_expression(text, TextOrigin{"r.toml", 10, 9}, schema(), t);
}

// The message of the error compiling `text`, "" if it compiles.
std::string error_of(std::string_view text, Type t = Type::boolean) {
  try {
    compile(text, t);
  } catch (const Error& e) {
    return e.diagnostic().str();
  }
  return "";
}

Citizen person() {
  Citizen c;
  c.id = "p1";
  c.birth_date = Date::from_ymd(1976, 5, 20);
  c.sex = Sex::F;
  c.municipality = "751";
  c.benefit = Benefit::kontanthjaelp;
  c.category = Category::aktivitetsparat;
  c.danish_tests = std::vector<DanishTest>{DanishTest::PD1, DanishTest::PD2};
  c.school_years = 5;
  c.residence_years_last_10 = 6.5;
  c.fulltime_work_years_last_10 = 1;
  c.exemptions = std::vector<std::string>{};
  c.extra.resize(2);
  return c;
}

const Date kOn = Date::from_ymd(2025, 9, 1);

Tri eval(std::string_view text, const Citizen& c, std::vector<std::string_view>* missing = nullptr,
         Date on = kOn) {
  // Missing-field names point into the compiled expression (as into a rule
  // set): keep every expression alive for the whole test run.
  static std::deque<CompiledExpr> keep;
  const CompiledExpr& e = keep.emplace_back(compile(text));
  return eval_condition(e, EvalContext{c, on}, missing);
}

double num(std::string_view text, const Citizen& c, Date on = kOn) {
  CompiledExpr e = compile(text, Type::number);
  auto v = eval_number(e, EvalContext{c, on});
  REQUIRE(v.has_value());
  return *v;
}

}  // namespace

TEST_CASE("condition: comparisons, logic, arithmetic and precedence") {
  Citizen c = person();
  CHECK(eval("1 + 2 * 3 == 7", c) == Tri::yes);
  CHECK(eval("(1 + 2) * 3 == 9", c) == Tri::yes);
  CHECK(eval("10 / 4 == 2.5", c) == Tri::yes);
  CHECK(eval("-3 < 0 and 2 - 5 == -3", c) == Tri::yes);
  CHECK(eval("not 1 > 2", c) == Tri::yes);
  CHECK(eval("true or false and false", c) == Tri::yes);  // and binds tighter
  CHECK(eval("(true or false) and false", c) == Tri::no);
  CHECK(eval("1 != 2 && !(2 >= 3) || false", c) == Tri::yes);
  CHECK(eval("school_years <= 5 and school_years >= 5 and school_years < 6", c) == Tri::yes);
  CHECK(eval("residence_years_last_10 > 6.4", c) == Tri::yes);
  CHECK(eval("\"a\" == 'a'", c) == Tri::yes);
  CHECK(eval("# a comment\nschool_years == 5 # and another\n", c) == Tri::yes);
  CHECK(num("1_000 + 0.25", c) == 1000.25);
}

TEST_CASE("condition: codes, sets and Danish spellings") {
  Citizen c = person();
  CHECK(eval("benefit == \"kontanthjaelp\"", c) == Tri::yes);
  CHECK(eval("benefit == \"kontanthjælp\"", c) == Tri::yes);  // Danish spelling
  CHECK(eval("benefit != \"su\"", c) == Tri::yes);
  CHECK(eval("benefit in sho", c) == Tri::no);
  CHECK(eval("benefit not in sho", c) == Tri::yes);
  CHECK(eval("benefit in [\"su\", \"kontanthjælp\"]", c) == Tri::yes);
  CHECK(eval("category == \"aktivitetsparat\" and sex == \"F\"", c) == Tri::yes);
  CHECK(eval("municipality == \"Aarhus\"", c) == Tri::yes);  // a name reads as its code
  CHECK(eval("municipality in [\"Greve\", \"751\"]", c) == Tri::yes);
  CHECK(eval("\"PD2\" in danish_tests", c) == Tri::yes);
  CHECK(eval("\"PD3\" in danish_tests", c) == Tri::no);
  CHECK(eval("\"health\" in exemptions", c) == Tri::no);
  c.benefit = Benefit::hjemrejseydelse;
  CHECK(eval("benefit in sho", c) == Tri::yes);
}

TEST_CASE("condition: functions") {
  Citizen c = person();
  CHECK(num("age()", c) == 49);
  CHECK(num("age()", c, Date::from_ymd(2025, 5, 19)) == 48);
  CHECK(num("age()", c, Date::from_ymd(2025, 5, 20)) == 49);
  CHECK(num("age_on(2030-01-01)", c) == 53);
  CHECK(eval("passed_danish(\"PD2\")", c) == Tri::yes);
  CHECK(eval("passed_danish(\"PD1\")", c) == Tri::yes);  // PD2 is above PD1
  CHECK(eval("passed_danish(\"PD3\")", c) == Tri::no);
  CHECK(eval("passed_danish(\"studieprøven\")", c) == Tri::no);
  CHECK(eval("highest_danish_test() == \"PD2\"", c) == Tri::yes);
  c.danish_tests = std::vector<DanishTest>{};
  CHECK(eval("highest_danish_test() == \"none\"", c) == Tri::yes);
  CHECK(eval("has(benefit) and not has(unemployed_since) and not has(housing)", c) == Tri::yes);
  CHECK(num("value_or(ordinary_hours, 0)", c) == 0);
  c.ordinary_hours = 4.5;
  CHECK(num("value_or(ordinary_hours, 0)", c) == 4.5);
  CHECK(num("min(37, work_capacity_hours)", c) == 37);  // missing capacity = 37
  c.work_capacity_hours = 12;
  CHECK(num("min(37, work_capacity_hours)", c) == 12);
  CHECK(num("max(1, 5, 3)", c) == 5);
  CHECK(num("abs(-2)", c) == 2);
  CHECK(num("len(sho)", c) == 3);
  CHECK(num("days_between(2024-02-28, 2024-03-01)", c) == 2);  // leap year
  CHECK(num("days_between(2023-02-28, 2023-03-01)", c) == 1);
  CHECK(num("months_between(2024-01-31, 2024-02-29)", c) == 1);  // as add_months
  CHECK(num("months_between(2024-01-31, 2024-02-28)", c) == 0);
  CHECK(num("months_between(2024-01-15, 2024-03-15)", c) == 2);
  CHECK(num("years_between(2000-02-29, 2001-02-28)", c) == 0);
  CHECK(num("years_between(2000-02-29, 2001-03-01)", c) == 1);
  CHECK(num("months_since(2025-03-01)", c) == 6);
  CHECK(eval("add_days(2024-02-28, 1) == 2024-02-29", c) == Tri::yes);
  CHECK(eval("add_months(2024-01-31, 1) == 2024-02-29", c) == Tri::yes);
  CHECK(eval("add_months(2023-01-31, 1) == date(\"2023-02-28\")", c) == Tri::yes);
  CHECK(eval("weekday(2025-09-01) == \"mon\"", c) == Tri::yes);
  CHECK(eval("on_date >= start and on_date - start == 62", c) == Tri::yes);
}

TEST_CASE("condition: months_on counts whole months covered in the window") {
  Citizen c = person();
  std::vector<std::string> kontant = {"kontanthjaelp", "uddannelseshjaelp"};
  auto history = [&](std::vector<BenefitPeriod> periods) { c.benefit_history = periods; };
  Date on = Date::from_ymd(2025, 9, 1);
  auto months = [&](std::string_view expr) {
    CompiledExpr e = compile(expr, Type::number);
    auto v = eval_number(e, EvalContext{c, on});
    REQUIRE(v.has_value());
    return *v;
  };
  // Still running since 2022-09-01: 36 whole months up to 2025-09-01.
  history({{Benefit::kontanthjaelp, Date::from_ymd(2022, 9, 1), std::nullopt}});
  CHECK(months("months_on([\"kontanthjaelp\"], 48)") == 36);
  // One day later start: the oldest month is not whole.
  history({{Benefit::kontanthjaelp, Date::from_ymd(2022, 9, 2), std::nullopt}});
  CHECK(months("months_on([\"kontanthjaelp\"], 48)") == 35);
  // Two adjoining periods on different benefits of the set count together.
  history({{Benefit::uddannelseshjaelp, Date::from_ymd(2021, 9, 1), Date::from_ymd(2023, 8, 31)},
           {Benefit::kontanthjaelp, Date::from_ymd(2023, 9, 1), std::nullopt}});
  CHECK(months("months_on([\"kontanthjaelp\", \"uddannelseshjaelp\"], 48)") == 48);
  CHECK(months("months_on([\"kontanthjaelp\"], 48)") == 24);
  // The window limits the count; a benefit outside the set does not count.
  CHECK(months("months_on([\"kontanthjaelp\", \"uddannelseshjaelp\"], 12)") == 12);
  CHECK(months("months_on(sho, 48)") == 0);
  // A gap of one day breaks the month it falls in.
  history({{Benefit::kontanthjaelp, Date::from_ymd(2024, 9, 1), Date::from_ymd(2025, 3, 14)},
           {Benefit::kontanthjaelp, Date::from_ymd(2025, 3, 16), std::nullopt}});
  CHECK(months("months_on([\"kontanthjaelp\"], 12)") == 11);
  // A leap-year February is a whole month like any other.
  on = Date::from_ymd(2024, 3, 1);
  history({{Benefit::kontanthjaelp, Date::from_ymd(2024, 2, 1), Date::from_ymd(2024, 2, 29)}});
  CHECK(months("months_on([\"kontanthjaelp\"], 1)") == 1);
  history({{Benefit::kontanthjaelp, Date::from_ymd(2024, 2, 1), Date::from_ymd(2024, 2, 28)}});
  CHECK(months("months_on([\"kontanthjaelp\"], 1)") == 0);
  // A constant's list counts its benefits (Danish spellings are read as the
  // codes); a list of other strings counts none.
  on = Date::from_ymd(2025, 9, 1);
  history({{Benefit::hjemrejseydelse, Date::from_ymd(2024, 9, 1), std::nullopt},
           {Benefit::kontanthjaelp, Date::from_ymd(2023, 9, 1), Date::from_ymd(2024, 8, 31)}});
  CHECK(months("months_on(sho, 48)") == 12);
  CHECK(months("months_on([\"hjemrejseydelse\", \"kontanthjælp\"], 48)") == 24);
  CHECK(months("months_on([\"overgangsydelse\"], 48)") == 0);
  c.exemptions = std::vector<std::string>{"hjemrejseydelse"};
  CHECK(months("months_on(exemptions, 48)") == 12);
  c.exemptions = std::vector<std::string>{"health"};
  CHECK(months("months_on(exemptions, 48)") == 0);
  // An empty history is known: zero months.
  history({});
  CHECK(months("months_on(sho, 48)") == 0);
}

TEST_CASE("condition: days_on counts the days covered in the window, both ends included") {
  Citizen c = person();
  auto history = [&](std::vector<BenefitPeriod> periods) { c.benefit_history = periods; };
  Date on = Date::from_ymd(2025, 9, 1);
  auto days = [&](std::string_view expr) {
    CompiledExpr e = compile(expr, Type::number);
    auto v = eval_number(e, EvalContext{c, on});
    REQUIRE(v.has_value());
    // The condition evaluator (test/num) and the explanation agree with it.
    CompiledExpr b = compile(fmt::format("{} == {}", expr, *v));
    CHECK(eval_condition(b, EvalContext{c, on}) == Tri::yes);
    CHECK(explain(e, EvalContext{c, on}).value.number == *v);
    return *v;
  };
  auto d = [](int y, int m, int day) { return Date::from_ymd(y, m, day); };
  // Mid-month start and end, both days included: 2025-08-11 .. 2025-08-20.
  history({{Benefit::kontanthjaelp, d(2025, 8, 11), d(2025, 8, 20)}});
  CHECK(days("days_on([\"kontanthjaelp\"], 365)") == 10);
  // The window is on_date - n .. on_date - 1: a period ending the day before
  // on_date counts that day; the window's first day is on_date - n.
  history({{Benefit::kontanthjaelp, d(2025, 8, 11), d(2025, 8, 31)}});
  CHECK(days("days_on([\"kontanthjaelp\"], 21)") == 21);
  CHECK(days("days_on([\"kontanthjaelp\"], 20)") == 20);
  CHECK(days("days_on([\"kontanthjaelp\"], 0)") == 0);
  CHECK(days("days_on([\"kontanthjaelp\"], -5)") == 0);
  // A gap of three days loses exactly three days (months_on loses the month).
  history({{Benefit::kontanthjaelp, d(2024, 9, 1), d(2025, 3, 14)},
           {Benefit::kontanthjaelp, d(2025, 3, 18), std::nullopt}});
  CHECK(days("days_on([\"kontanthjaelp\"], 365)") == 362);
  CHECK(days("months_on([\"kontanthjaelp\"], 12)") == 11);
  // Overlapping periods, on two benefits of the list and out of order, are
  // counted once; a benefit not listed does not count.
  history({{Benefit::uddannelseshjaelp, d(2025, 6, 1), d(2025, 7, 31)},
           {Benefit::kontanthjaelp, d(2025, 5, 1), d(2025, 6, 30)},
           {Benefit::kontanthjaelp, d(2025, 6, 10), d(2025, 6, 20)},
           {Benefit::su, d(2025, 8, 1), std::nullopt}});
  CHECK(days("days_on([\"kontanthjaelp\", \"uddannelseshjaelp\"], 365)") == 92);  // May-July
  CHECK(days("days_on([\"kontanthjaelp\"], 365)") == 61);
  CHECK(days("days_on([\"su\"], 365)") == 31);  // an open period runs on to on_date
  // The same periods in order give the same counts.
  history({{Benefit::kontanthjaelp, d(2025, 5, 1), d(2025, 6, 30)},
           {Benefit::uddannelseshjaelp, d(2025, 6, 1), d(2025, 7, 31)},
           {Benefit::kontanthjaelp, d(2025, 6, 10), d(2025, 6, 20)}});
  CHECK(days("days_on([\"kontanthjaelp\", \"uddannelseshjaelp\"], 365)") == 92);
  // A period after on_date, or the part of one, is not counted.
  history({{Benefit::kontanthjaelp, d(2025, 9, 1), std::nullopt},
           {Benefit::kontanthjaelp, d(2025, 10, 1), d(2025, 12, 31)},
           {Benefit::uddannelseshjaelp, d(2025, 8, 25), d(2025, 12, 31)}});
  CHECK(days("days_on([\"kontanthjaelp\"], 365)") == 0);
  CHECK(days("days_on([\"kontanthjaelp\", \"uddannelseshjaelp\"], 365)") == 7);
  // A constant's list, Danish spellings, and a list read from the record.
  history({{Benefit::hjemrejseydelse, d(2025, 8, 22), std::nullopt}});
  CHECK(days("days_on(sho, 30)") == 10);
  CHECK(days("days_on([\"kontanthjælp\", \"hjemrejseydelse\"], 30)") == 10);
  c.exemptions = std::vector<std::string>{"hjemrejseydelse"};
  CHECK(days("days_on(exemptions, 30)") == 10);
  // n is capped at 200 years of days.
  history({{Benefit::kontanthjaelp, d(1700, 1, 1), std::nullopt}});
  CHECK(days("days_on([\"kontanthjaelp\"], 1000000)") == 73050);
  history({});
  CHECK(days("days_on(sho, 48)") == 0);
}

TEST_CASE("condition: days_on reads three of the last four years as 1,096 of 1,461 days") {
  Citizen c = person();
  Date on = Date::from_ymd(2025, 9, 1);
  CompiledExpr e = compile("days_on([\"kontanthjaelp\", \"uddannelseshjaelp\"], 1461) >= 1096");
  auto held = [&](std::vector<BenefitPeriod> periods) {
    c.benefit_history = periods;
    return eval_condition(e, EvalContext{c, on});
  };
  // on - 1096 is 2022-09-01: from then on, 1,096 days; a day later, 1,095.
  CHECK(on.plus_days(-1096) == Date::from_ymd(2022, 9, 1));
  CHECK(held({{Benefit::kontanthjaelp, Date::from_ymd(2022, 9, 1), std::nullopt}}) == Tri::yes);
  CHECK(held({{Benefit::kontanthjaelp, Date::from_ymd(2022, 9, 2), std::nullopt}}) == Tri::no);
  // Ended the day before on_date, or ended earlier with the same days: held.
  CHECK(held({{Benefit::kontanthjaelp, Date::from_ymd(2022, 9, 1), Date::from_ymd(2025, 8, 31)}}) ==
        Tri::yes);
  CHECK(held({{Benefit::kontanthjaelp, Date::from_ymd(2022, 9, 1), Date::from_ymd(2025, 8, 30)}}) ==
        Tri::no);
  // Mid-month periods with a short gap between them: the days add up exactly.
  // 2021-09-15 .. 2023-03-14 is 546 days, 2023-03-20 .. 2024-09-21 is 552.
  std::vector<BenefitPeriod> two = {
      {Benefit::uddannelseshjaelp, Date::from_ymd(2021, 9, 15), Date::from_ymd(2023, 3, 14)},
      {Benefit::kontanthjaelp, Date::from_ymd(2023, 3, 20), Date::from_ymd(2024, 9, 21)}};
  CompiledExpr count =
      compile("days_on([\"kontanthjaelp\", \"uddannelseshjaelp\"], 1461)", Type::number);
  c.benefit_history = two;
  CHECK(eval_number(count, EvalContext{c, on}) == 1098);
  CHECK(held(two) == Tri::yes);
  two[1].to = Date::from_ymd(2024, 9, 18);  // three days fewer: 1,095
  CHECK(held(two) == Tri::no);
  two[1].to = Date::from_ymd(2024, 9, 19);  // 1,096
  CHECK(held(two) == Tri::yes);
  // Without a benefit history the answer is unknown, and the field is named.
  c.benefit_history.reset();
  std::vector<std::string_view> missing;
  CHECK(eval_condition(e, EvalContext{c, on}, &missing) == Tri::unknown);
  CHECK(missing == std::vector<std::string_view>{"benefit_history"});
  CHECK_FALSE(eval_number(count, EvalContext{c, on}).has_value());
  std::vector<Observed> seen;
  observe(e, EvalContext{c, on}, seen);
  REQUIRE(seen.size() == 1);
  CHECK(seen[0].name == "days_on([\"kontanthjaelp\", \"uddannelseshjaelp\"], 1461)");
  CHECK_FALSE(seen[0].known);
}

TEST_CASE("condition: days_on is type- and code-checked as months_on") {
  CHECK(error_of("days_on([\"kontanthjalp\"], 10) > 1") ==
        "r.toml:10:17: error: 'kontanthjalp' is not a benefit code; did you mean 'kontanthjaelp'?");
  CHECK(error_of("days_on(bad_benefits, 10) > 1") ==
        "r.toml:10:17: error: 'kontanthjalp' (in constant 'bad_benefits') is not a benefit code; "
        "did you mean 'kontanthjaelp'?");
  CHECK(error_of("days_on(\"kontanthjaelp\", 10) > 1") ==
        "r.toml:10:17: error: argument 1 of days_on must be a list of strings, but "
        "'\"kontanthjaelp\"' is a "
        "string: days_on(list of benefits, number of days) -> number");
  CHECK(error_of("days_on(sho) > 1").starts_with("r.toml:10:9: error: days_on takes 2 arguments"));
  CHECK(error_of("days_on(sho, 10)") ==
        "r.toml:10:9: error: expected a bool expression, but 'days_on(sho, 10)' is a number");
  CHECK(compile("days_on(sho, 10) > 1").reads == std::vector<std::string>{"benefit_history"});
}

TEST_CASE("condition: the constants an expression compares with, in first-use order") {
  Schema s = test_schema();
  Constant min_age;
  min_age.name = "min_age";
  min_age.value.known = true;
  min_age.value.type = Type::number;
  min_age.value.number = 18;
  s.constants.push_back(min_age);
  Constant max_age = min_age;
  max_age.name = "max_age";
  max_age.value.number = 67;
  s.constants.push_back(max_age);
  CompiledExpr e = compile_expression(
      "age() >= min_age and age() <= max_age and benefit in sho and age() >= min_age and "
      "on_date > start",
      TextOrigin{"r.toml", 1, 1}, s, Type::boolean);
  REQUIRE(e.constants.size() == 4);
  CHECK(e.constants[0].name == "min_age");
  CHECK(e.constants[0].value.type == Type::number);
  CHECK(e.constants[0].value.number == 18);
  CHECK(e.constants[1].name == "max_age");
  CHECK(e.constants[1].value.number == 67);
  CHECK(e.constants[2].name == "sho");
  CHECK(e.constants[2].value.list.size() == 3);
  CHECK(e.constants[3].name == "start");
  CHECK(e.constants[3].value.date == Date::from_ymd(2025, 7, 1));
  // Only the constants referred to; literals are not constants.
  CHECK(compile_expression("age() >= 18", TextOrigin{}, s, Type::boolean).constants.empty());
  CompiledExpr m = compile_expression("months_on(sho, 12) > limit", TextOrigin{}, s, Type::boolean);
  REQUIRE(m.constants.size() == 2);
  CHECK(m.constants[0].name == "sho");
  CHECK(m.constants[1].name == "limit");
  CHECK(m.constants[1].value.number == 30);
}

TEST_CASE("condition: a missing work capacity is observed as 37, assumed") {
  Citizen c = person();
  CompiledExpr e =
      compile("work_capacity_hours > 0 and min(37, work_capacity_hours) > school_years");
  std::vector<Observed> seen;
  observe(e, EvalContext{c, kOn}, seen);
  REQUIRE(seen.size() == 3);
  CHECK(seen[0].name == "work_capacity_hours");
  CHECK(seen[0].known);
  CHECK(seen[0].number == 37);
  CHECK(seen[0].assumed);
  CHECK(observed_assumed(e, EvalContext{c, kOn}, 0));
  CHECK_FALSE(seen[1].assumed);  // min(...) is computed, not read
  CHECK_FALSE(seen[2].assumed);  // school_years is recorded
  CHECK_FALSE(observed_assumed(e, EvalContext{c, kOn}, 2));
  CHECK_FALSE(observed_assumed(e, EvalContext{c, kOn}, 99));
  CHECK(eval_condition(e, EvalContext{c, kOn}) == Tri::yes);
  ExplainNode tree = explain(e, EvalContext{c, kOn});
  REQUIRE(tree.children.size() == 2);
  REQUIRE(tree.children[0].children.size() == 2);
  CHECK(tree.children[0].children[0].value.assumed);
  CHECK(tree.children[0].children[0].value.number == 37);
  CHECK_FALSE(tree.children[0].value.assumed);
  // Recorded: not assumed, in the same scratch slot.
  c.work_capacity_hours = 12;
  observe(e, EvalContext{c, kOn}, seen);
  CHECK(seen[0].number == 12);
  CHECK_FALSE(seen[0].assumed);
  CHECK_FALSE(observed_assumed(e, EvalContext{c, kOn}, 0));
  CHECK_FALSE(explain(e, EvalContext{c, kOn}).children[0].children[0].value.assumed);
}

TEST_CASE("condition: a missing field makes the result unknown and is named") {
  Citizen c = person();
  c.birth_date.reset();
  std::vector<std::string_view> missing;
  CHECK(eval("age() >= 18", c, &missing) == Tri::unknown);
  REQUIRE(missing.size() == 1);
  CHECK(missing[0] == "birth_date");

  // false and unknown = false, and the missing field is not reported.
  missing.clear();
  CHECK(eval("benefit == \"su\" and age() >= 18", c, &missing) == Tri::no);
  CHECK(eval("age() >= 18 and benefit == \"su\"", c, &missing) == Tri::no);
  CHECK(missing.empty());
  // true or unknown = true.
  CHECK(eval("age() >= 18 or benefit == \"kontanthjaelp\"", c, &missing) == Tri::yes);
  CHECK(missing.empty());
  // true and unknown = unknown, with every missing field listed once.
  CHECK(eval("benefit == \"kontanthjaelp\" and age() >= 18 and age_on(2020-01-01) > 1 and "
             "unemployed_since < on_date",
             c, &missing) == Tri::unknown);
  CHECK(missing == std::vector<std::string_view>{"birth_date", "unemployed_since"});
  missing.clear();
  CHECK(eval("not (age() > 1)", c, &missing) == Tri::unknown);
  CHECK(eval("months_on(sho, 12) > 1", c, &missing) == Tri::unknown);
  CHECK(eval("passed_danish(\"PD1\")", Citizen{}, &missing) == Tri::unknown);
  CHECK(eval("housing == \"rent\"", c, &missing) == Tri::unknown);
  CHECK(missing ==
        std::vector<std::string_view>{"birth_date", "benefit_history", "danish_tests", "housing"});
  // has() and value_or() never need the field.
  missing.clear();
  CHECK(eval("not has(birth_date) and value_or(school_years, 0) == 5", c, &missing) == Tri::yes);
  CHECK(missing.empty());
  // A number that depends on a missing field is nullopt, never zero.
  CompiledExpr e = compile("residence_years_last_10 + 1", Type::number);
  c.residence_years_last_10.reset();
  CHECK_FALSE(eval_number(e, EvalContext{c, kOn}).has_value());
}

TEST_CASE("condition: declared fields") {
  Citizen c = person();
  c.extra[0].known = true;
  c.extra[0].text = "rent";
  c.extra[1].known = true;
  c.extra[1].number = 2;
  CHECK(eval("housing == \"rent\" and children >= 2", c) == Tri::yes);
  CHECK(eval("has(housing)", c) == Tri::yes);
}

TEST_CASE("condition: parse errors point at the offending token") {
  // The expression starts at r.toml:10:9.
  CHECK(error_of("age() >=") ==
        "r.toml:10:17: error: expected a value (a field, a number, a "
        "string, a date, a list or a function call), found end of "
        "expression");
  CHECK(error_of("age() >= 18 18") ==
        "r.toml:10:21: error: unexpected '18' after a complete expression; expected an operator "
        "such as 'and', 'or' or '=='");
  CHECK(error_of("(age() >= 18") ==
        "r.toml:10:21: error: expected ')' to close the '(' at 10:9, found end of expression");
  CHECK(error_of("benefit = \"su\"") ==
        "r.toml:10:17: error: '=' is not an operator here; write '==' to compare");
  CHECK(error_of("benefit == \"su") ==
        "r.toml:10:20: error: string not closed: expected '\"' before the end of the line");
  CHECK(error_of("on_date > 2025-02-30") ==
        "r.toml:10:19: error: '2025-02-30' is not a date "
        "that exists");
  CHECK(error_of("") == "r.toml:10:9: error: empty expression; expected a bool");
  CHECK(error_of("age() >= 18 €") == "r.toml:10:21: error: unexpected character '€'");
  // On a later line of a multi-line condition, columns count from 1.
  CHECK(error_of("age() >= 18\nand\n  benfit == \"su\"") ==
        "r.toml:12:3: error: unknown field 'benfit'; did you mean 'benefit'?");
  CHECK(
      error_of("benefit not \"su\"").starts_with("r.toml:10:17: error: expected 'in' after 'not'"));
}

TEST_CASE("condition: names, functions and codes are checked with suggestions") {
  CHECK(error_of("agee() > 1") ==
        "r.toml:10:9: error: unknown function 'agee'; did you mean 'age'?");
  CHECK(error_of("age > 1") ==
        "r.toml:10:9: error: 'age' is a function; call it as age() -> number");
  CHECK(error_of("limt > 1") == "r.toml:10:9: error: unknown field 'limt'; did you mean 'limit'?");
  CHECK(error_of("benefit == \"kontanthjalp\"") ==
        "r.toml:10:20: error: 'kontanthjalp' is not a benefit code of 'benefit'; did you mean "
        "'kontanthjaelp'?");
  CHECK(error_of("category in [\"jobparat\", \"aktivitetspar\"]")
            .starts_with("r.toml:10:21: error: 'aktivitetspar' is not a category code"));
  CHECK(error_of("benefit in bad_benefits") ==
        "r.toml:10:20: error: 'kontanthjalp' (in constant 'bad_benefits') is not a benefit code "
        "of 'benefit'; did you mean 'kontanthjaelp'?");
  CHECK(error_of("passed_danish(\"PD4\")")
            .starts_with("r.toml:10:23: error: 'PD4' is not a Danish "
                         "test"));
  CHECK(error_of("\"ukraine\" in exemptions")
            .starts_with("r.toml:10:9: error: 'ukraine' is not a exemption code"));
  CHECK(error_of("assigned_track == \"jobpakken\"").find("did you mean 'jobpakke'?") !=
        std::string::npos);
  CHECK(error_of("housing == \"rented\"").find("did you mean 'rent'?") != std::string::npos);
  CHECK(error_of("municipality == \"Atlantis\"")
            .starts_with("r.toml:10:25: error: 'Atlantis' is not a municipality"));
  CHECK(error_of("benefit_history == 1")
            .starts_with("r.toml:10:9: error: field 'benefit_history' cannot be read directly"));
  CHECK(error_of("cpr == \"x\"").starts_with("r.toml:10:9: error: field 'cpr' cannot be read"));
  CHECK(error_of("min()").starts_with("r.toml:10:9: error: min takes at least 1 argument"));
  CHECK(error_of("age(1) > 2").starts_with("r.toml:10:9: error: age takes 0 arguments, given 1"));
  CHECK(error_of("has(limit)") ==
        "r.toml:10:13: error: has needs a citizen field, but 'limit' is a constant");
}

TEST_CASE("condition: type errors name both sides") {
  CHECK(error_of("benefit > 3") ==
        "r.toml:10:17: error: cannot compare 'benefit' (string) with '3' (number) using '>'");
  CHECK(error_of("benefit > \"su\"") ==
        "r.toml:10:17: error: '>' needs two numbers or two dates, but 'benefit' and '\"su\"' are "
        "strings");
  CHECK(error_of("age() and true") ==
        "r.toml:10:9: error: each side of 'and' must be a bool, but 'age()' is a number");
  CHECK(error_of("not age()") ==
        "r.toml:10:13: error: the operand of 'not' must be a bool, but 'age()' is a number");
  CHECK(error_of("3 in sho") ==
        "r.toml:10:9: error: the left side of 'in' must be a string, but '3' is a number");
  CHECK(error_of("benefit in \"su\"") ==
        "r.toml:10:20: error: the right side of 'in' must be a list, but '\"su\"' is a string");
  CHECK(error_of("start + 1 > start").starts_with("r.toml:10:15: error: '+' needs two numbers"));
  CHECK(error_of("age_on(3) > 1") ==
        "r.toml:10:16: error: argument 1 of age_on must be a date, but '3' is a number: "
        "age_on(date) -> number");
  CHECK(error_of("age() + 1") ==
        "r.toml:10:9: error: expected a bool expression, but 'age() + 1' is a number");
  CHECK(error_of("benefit == \"su\"", Type::number) ==
        "r.toml:10:9: error: expected a number expression, but 'benefit == \"su\"' is a bool");
  CHECK(error_of("sho == sho").find("cannot compare lists") != std::string::npos);
}

TEST_CASE("condition: reads lists the fields in first-use order, functions included") {
  CompiledExpr e = compile(
      "age() >= 18 and benefit in sho and months_on(sho, 12) > 1 and "
      "benefit != \"su\" and has(housing)");
  CHECK(e.reads == std::vector<std::string>{"birth_date", "benefit", "benefit_history", "housing"});
}

TEST_CASE(
    "condition: observe_into reuses its scratch; a slot used before shows only the new value") {
  Citizen c = person();
  std::vector<Observed> scratch;
  CompiledExpr lists = compile("\"PD2\" in danish_tests and age() > 18 and benefit in sho");
  std::span<const Observed> a = observe_into(lists, EvalContext{c, kOn}, scratch);
  REQUIRE(a.size() == 3);
  CHECK(a[0].list == std::vector<std::string_view>{"PD1", "PD2"});
  // Fewer values, of other types, in the same slots: the scratch keeps its size.
  CompiledExpr numbers = compile("school_years > 3 or has(danish_tests)");
  std::span<const Observed> b = observe_into(numbers, EvalContext{c, kOn}, scratch);
  REQUIRE(b.size() == 2);
  CHECK(scratch.size() == 3);
  CHECK(b[0].name == "school_years");
  CHECK(b[0].type == Type::number);
  CHECK(b[0].known);
  CHECK(b[0].number == *c.school_years);
  CHECK(b[1].name == "has(danish_tests)");
  CHECK(b[1].type == Type::boolean);
  CHECK(b[1].boolean);
  // A list in a slot that held a number, then a missing value.
  c.danish_tests = std::vector<DanishTest>{DanishTest::PD3};
  std::span<const Observed> d =
      observe_into(compile("\"PD3\" in danish_tests"), EvalContext{c, kOn}, scratch);
  REQUIRE(d.size() == 1);
  CHECK(d[0].list == std::vector<std::string_view>{"PD3"});
  c.school_years.reset();
  std::span<const Observed> e = observe_into(numbers, EvalContext{c, kOn}, scratch);
  CHECK_FALSE(e[0].known);
  std::vector<Observed> fresh;
  observe(numbers, EvalContext{c, kOn}, fresh);
  REQUIRE(fresh.size() == 2);
  CHECK(observed_text(fresh[0]) == observed_text(e[0]));
  CHECK(observed_text(fresh[1]) == observed_text(e[1]));
}

TEST_CASE("condition: observe gives each value read once, and explain the tree") {
  Citizen c = person();
  c.birth_date.reset();
  CompiledExpr e =
      compile("benefit in sho or age() >= limit and \"PD2\" in danish_tests and benefit != \"su\"");
  std::vector<Observed> seen;
  observe(e, EvalContext{c, kOn}, seen);
  REQUIRE(seen.size() == 3);
  CHECK(seen[0].name == "benefit");
  CHECK(seen[0].known);
  CHECK(seen[0].text == "kontanthjaelp");
  CHECK(seen[1].name == "age()");
  CHECK_FALSE(seen[1].known);
  CHECK(seen[2].name == "danish_tests");
  CHECK(seen[2].list == std::vector<std::string_view>{"PD1", "PD2"});

  ExplainNode root = explain(e, EvalContext{c, kOn});
  CHECK(root.text == e.text);
  CHECK_FALSE(root.value.known);  // false or (unknown and true and true)
  REQUIRE(root.children.size() == 2);
  CHECK(root.children[0].text == "benefit in sho");
  CHECK(root.children[0].value.known);
  CHECK_FALSE(root.children[0].value.boolean);
  REQUIRE(root.children[0].children.size() == 2);
  CHECK(root.children[0].children[1].value.list.size() == 3);

  // Multi-line text is shown on one line.
  CompiledExpr m = compile("age() >= 18\n  and benefit == \"su\"");
  ExplainNode r = explain(m, EvalContext{person(), kOn});
  CHECK(r.text == "age() >= 18 and benefit == \"su\"");
  CHECK(r.value.known);
  CHECK_FALSE(r.value.boolean);
  CHECK(r.children[0].value.boolean);
}

}  // namespace nytte

namespace nytte {
namespace {

std::string repeat(std::string_view s, size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

// The error compiling `text` at r.toml:10:(9 + offset), of code too-complex.
void check_too_complex(const std::string& text, size_t offset, std::string_view what) {
  try {
    compile(text);
    FAIL("compiled: " << text.substr(0, 40));
  } catch (const Error& e) {
    const Diagnostic& d = e.diagnostic();
    CHECK(d.code == "too-complex");
    CHECK(d.pos.file == "r.toml");
    CHECK(d.pos.line == 10);
    CHECK(d.pos.column == 9 + offset);
    CHECK(d.message.find(what) != std::string::npos);
  }
}

}  // namespace

TEST_CASE("condition: nesting is limited where it crosses the limit, far above real rules") {
  Citizen c = person();
  const size_t k = kMaxNesting;
  // Parentheses: the last level allowed evaluates; one more is refused at its
  // '(' (the input that crashed the parser: 1,500 deep).
  CHECK(eval(repeat("(", k) + "school_years > 1" + repeat(")", k), c) == Tri::yes);
  check_too_complex(repeat("(", k) + "age() > 1" + repeat(")", k), k, "levels");  // a call too
  check_too_complex(repeat("(", k + 1) + "true" + repeat(")", k + 1), k, "levels of parentheses");
  check_too_complex(repeat("(", 1500) + "true" + repeat(")", 1500), k, "more than 100 levels");
  // Calls inside calls (2,000 crashed it).
  CHECK(num(repeat("abs(", k - 1) + "-2" + repeat(")", k - 1), c) == 2);  // and the minus
  check_too_complex(repeat("abs(", 2000) + "1" + repeat(")", 2000) + " > 0", 4 * k, "calls");
  // `not` and `!`, and unary minus (10,000 crashed it).
  CHECK(eval(repeat("not ", k) + "true", c) == Tri::yes);  // an even number of them
  check_too_complex(repeat("not ", 10000) + "true", 4 * k, "'not'");
  check_too_complex(repeat("!", 10000) + "true", k, "'not'");
  CHECK(num(repeat("-", k) + "school_years", c) == 5);
  CHECK(num(repeat("- ", k - 1) + "3", c) == -3);
  check_too_complex(repeat("-", 10000) + "1 > 0", k, "'-'");
  // The levels add up, whichever kind they are.
  check_too_complex(repeat("not (", 50) + repeat("-abs(", 1) + "1) > 0" + repeat(")", 50), 5 * 50,
                    "levels");
}

TEST_CASE("condition: a chain of and/or is one flat node, limited in length") {
  Citizen c = person();
  // 10,000 operands, one unknown in the middle: Kleene's logic as before, the
  // missing field named once; the whole chain explained as one node.
  std::string chain = repeat("school_years == 5 and ", kMaxChain / 2 - 1) +
                      "age_on(start) > 1 and " +
                      repeat("school_years < 6 and ", kMaxChain / 2 - 1) + "true";
  Citizen no_birth = c;
  no_birth.birth_date.reset();
  std::vector<std::string_view> missing;
  CHECK(eval(chain, no_birth, &missing) == Tri::unknown);
  CHECK(missing == std::vector<std::string_view>{"birth_date"});
  CHECK(eval(chain, c) == Tri::yes);
  CompiledExpr e = compile(chain);
  ExplainNode root = explain(e, EvalContext{c, kOn});
  CHECK(root.children.size() == kMaxChain);
  CHECK(root.children[kMaxChain / 2 - 1].text == "age_on(start) > 1");
  std::vector<Observed> seen;
  observe(e, EvalContext{c, kOn}, seen);
  CHECK(seen.size() == 2);  // school_years, age_on(start)
  // A decisive operand settles it and forgets the fields missing before it.
  missing.clear();
  CHECK(eval("age() > 1 or " + repeat("false or ", 500) + "true", no_birth, &missing) == Tri::yes);
  CHECK(missing.empty());
  CHECK(eval("age() > 1 and " + repeat("true and ", 500) + "false", no_birth, &missing) == Tri::no);
  CHECK(missing.empty());
  // One operand more is refused at the operator that adds it: "true and " is
  // 9 bytes, its `and` at 5 (the chain of 100,000 crashed the observer).
  check_too_complex(repeat("true and ", 100000) + "true", 9 * (kMaxChain - 1) + 5,
                    "more than 10000 operands of one chain of 'and'");
  check_too_complex(repeat("false || ", kMaxChain) + "true", 9 * (kMaxChain - 1) + 6,
                    "chain of '||'");
  // Each parenthesised chain is a chain of its own.
  std::string half = "(" + repeat("true and ", kMaxChain - 1) + "true)";
  CHECK(eval(half + " or " + half, c) == Tri::yes);
  // Many distinct calls are observed each once, in linear time.
  std::string calls;
  for (int i = 0; i < 5000; ++i) calls += fmt::format("age_on(add_days(start, {})) > 1 or ", i);
  CompiledExpr many = compile(calls + "false");
  observe(many, EvalContext{c, kOn}, seen);
  CHECK(seen.size() == 10000);  // age_on(...) and add_days(...) each
}

TEST_CASE("condition: arithmetic chains nest one level an operator, limited in depth") {
  Citizen c = person();
  // `1 + 1 + ... > 0`: the k-th '+' makes a tree k + 1 deep, under the
  // comparison; the deepest allowed evaluates (and explains, and is freed).
  size_t most = kMaxDepth - 2;
  CHECK(num(repeat("1 + ", most) + "1", c) == static_cast<double>(most + 1));
  CompiledExpr e = compile(repeat("1 + ", most) + "school_years > 0");
  CHECK(eval_condition(e, EvalContext{c, kOn}) == Tri::yes);
  CHECK(explain(e, EvalContext{c, kOn}).children.size() == 2);
  // A chain of 100,000 is refused at the '+' past the limit ("1 + " is 4
  // bytes, its '+' at 2).
  check_too_complex(repeat("1 + ", 100000) + "1 > 0", 4 * (kMaxDepth - 1) + 2,
                    "more than 500 operators inside one another");
  check_too_complex(repeat("2 * ", 100000) + "1 > 0", 4 * (kMaxDepth - 1) + 2, "'*'");
  check_too_complex("0 < " + repeat("1 - ", 100000) + "1", 4 + 4 * (kMaxDepth - 1) + 2, "'-'");
}

TEST_CASE("condition: a number literal too large for a double is refused") {
  CHECK(error_of(repeat("9", 400) + " > 1") == "r.toml:10:9: error: number too large: 400 digits");
  CHECK(error_of(repeat("9", 300) + " > 1").empty());
}

TEST_CASE("condition: a division by a number that is 0 for everyone is refused at the '/'") {
  CHECK(error_of("37 / 0", Type::number) ==
        "r.toml:10:12: error: division by zero: '0' is 0 for every person");
  CHECK(error_of("children / (limit - 30) > 1") ==
        "r.toml:10:18: error: division by zero: 'limit - 30' is 0 for every person");
  CHECK(error_of("children / -0.0 > 1").starts_with("r.toml:10:18: error: division by zero"));
  CHECK(error_of("age() / (1 / 2 - 0.5) > 1").starts_with("r.toml:10:15: error: division by"));
  CHECK(error_of("min(37, 2 / (limit * 0))", Type::number)
            .starts_with("r.toml:10:19: error: division by zero: 'limit * 0'"));
  // What depends on the person is decided for each (the hours: docs/check-eligibility.md).
  CHECK(error_of("37 / (age() - age())", Type::number).empty());
  CHECK(error_of("37 / children", Type::number).empty());
  CHECK(error_of("0 / limit", Type::number).empty());
  CHECK(error_of("(start - start) / 1 > 0").empty());  // days between dates, divided
  CHECK(error_of("1 / (start - start) > 0").starts_with("r.toml:10:11: error: division by zero"));
  CHECK(error_of("1 / (on_date - start) > 0").empty());
}

}  // namespace nytte
