// The days-off table (hours/days_off.h): holidays and closing days by date, in
// and outside the years filled.
#include "hours/days_off.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "hours/hours.h"
#include "load/rules.h"

using namespace nytte;

namespace {

Date d(int y, int m, int day) {
  return Date::from_ymd(y, m, day);
}

std::string id_on(DaysOff& off, Date day) {
  const NamedDay* n = off.find(day);
  return n ? n->id : "";
}

}  // namespace

TEST_CASE("days off: holidays and closing days, and the days between") {
  std::vector<ClosingDay> closing = {*known_closing_day("grundlovsdag"),
                                     {"lukkedag", "Lukkedag", 0, 0, d(2026, 3, 13)}};
  DaysOff off(closing);
  CHECK(id_on(off, d(2026, 1, 1)) == "nytaarsdag");
  CHECK(id_on(off, d(2026, 4, 3)) == "langfredag");
  CHECK(off.find(d(2026, 4, 3))->kind == DayKind::holiday);
  CHECK(id_on(off, d(2026, 6, 5)) == "grundlovsdag");
  CHECK(off.find(d(2026, 6, 5))->kind == DayKind::closing);
  CHECK(id_on(off, d(2026, 3, 13)) == "lukkedag");
  CHECK(off.find(d(2026, 3, 12)) == nullptr);
  CHECK(off.find(d(2027, 3, 13)) == nullptr);  // a one-date closing day
  // Far outside the years first filled: filled again around that date.
  CHECK(id_on(off, d(2040, 12, 25)) == "juledag");
  CHECK(id_on(off, d(2019, 5, 17)) == "store_bededag");
  CHECK(id_on(off, d(2026, 1, 1)) == "nytaarsdag");
}

TEST_CASE("days off: a table for a period holds its whole weeks, and more when asked") {
  std::vector<ClosingDay> closing;
  // 2025-12-31 is a Wednesday, 2027-01-01 a Friday: the weeks run from
  // 2025-12-29 to 2027-01-03.
  DaysOff off(closing, d(2025, 12, 31), d(2027, 1, 1));
  CHECK(off.find(d(2025, 12, 29)) == nullptr);
  CHECK(id_on(off, d(2025, 12, 26)) == "anden_juledag");
  CHECK(id_on(off, d(2026, 1, 1)) == "nytaarsdag");
  CHECK(id_on(off, d(2027, 1, 1)) == "nytaarsdag");
  CHECK(id_on(off, d(2031, 12, 25)) == "juledag");
}

TEST_CASE("days off: plan_weeks gives the same weeks with a table held over people") {
  RuleSet rules = load_builtin_rules();
  rules.calendar.closing_days = {*known_closing_day("grundlovsdag"),
                                 *known_closing_day("juleaftensdag")};
  DaysOff held(rules.calendar.closing_days);
  for (Date start : {d(2025, 12, 15), d(2026, 5, 25), d(2030, 1, 2)}) {
    Plan plan;
    plan.id = "p";
    plan.start = start;
    plan.required_weekly_minutes = 37 * 60;
    Period period{start, start.plus_days(7 * 6)};
    PersonHours own = plan_weeks(rules, nullptr, &plan, start, period);
    PersonHours shared = plan_weeks(rules, nullptr, &plan, start, period, held);
    REQUIRE(own.weeks.size() == shared.weeks.size());
    for (size_t w = 0; w < own.weeks.size(); ++w) {
      CAPTURE(w);
      CHECK(own.weeks[w].required_minutes == shared.weeks[w].required_minutes);
      CHECK(own.weeks[w].open_days == shared.weeks[w].open_days);
      REQUIRE(own.weeks[w].days_off.size() == shared.weeks[w].days_off.size());
      for (size_t k = 0; k < own.weeks[w].days_off.size(); ++k) {
        CHECK(own.weeks[w].days_off[k].id == shared.weeks[w].days_off[k].id);
      }
    }
  }
}
