// lib/hours_batch: weekly-hours' period arithmetic and the attendance log
// summed by person and week.
#include <doctest/doctest.h>

#include "hours/hours_batch.h"

using namespace nytte;

namespace {

HoursPerson plan_person(std::string id, Date start) {
  HoursPerson p;
  Plan plan;
  plan.id = std::move(id);
  plan.start = start;
  p.plan = std::move(plan);
  return p;
}

}  // namespace

TEST_CASE("choose_period: four ISO weeks from the course start, --weeks, --from/--to") {
  const Date wed = Date::from_ymd(2025, 9, 3);
  HoursPerson p = plan_person("a", wed);
  choose_period(p, {});
  CHECK(p.problem.empty());
  CHECK(p.period.from == wed);
  CHECK(p.first_monday == Date::from_ymd(2025, 9, 1));
  CHECK(p.period.to == Date::from_ymd(2025, 9, 28));  // the Sunday of the fourth week
  CHECK(p.weeks == 4);

  HoursPerson q = plan_person("b", wed);
  choose_period(q, {std::nullopt, std::nullopt, 2});
  CHECK(q.period.to == Date::from_ymd(2025, 9, 14));
  CHECK(q.weeks == 2);

  HoursPerson r = plan_person("c", wed);
  choose_period(r, {Date::from_ymd(2025, 9, 6), Date::from_ymd(2025, 9, 8), 0});
  CHECK(r.period.from == Date::from_ymd(2025, 9, 6));
  CHECK(r.weeks == 2);

  HoursPerson late = plan_person("d", wed);
  choose_period(late, {std::nullopt, Date::from_ymd(2025, 9, 1), 0});
  CHECK(late.problem == "the course starts 2025-09-03 after --to 2025-09-01");
}

TEST_CASE("AttendanceLog: rows summed by week and status; unknown ids and rows outside counted") {
  std::vector<HoursPerson> people;
  people.push_back(plan_person("a", Date::from_ymd(2025, 9, 1)));
  choose_period(people[0], {});
  std::unordered_map<std::string, size_t> index{{"a", 0}};
  AttendanceLog log(people, index);
  log.start_file();
  AttendanceRow row;
  row.id = "a";
  row.date = Date::from_ymd(2025, 9, 9);  // week 2
  row.hours = 1.5;
  row.status = AttendanceStatus::present;
  row.line = 2;
  log.add("log.csv", row);
  log.add("log.csv", row);
  row.date = Date::from_ymd(2025, 12, 1);  // after the period
  log.add("log.csv", row);
  row.id = "nobody";
  row.line = 5;
  log.add("log.csv", row);
  CHECK(log.rows == 2);
  CHECK(log.outside == 1);
  CHECK(log.unknown == 1);
  CHECK(log.first_unknown == "log.csv:5: 'nobody'");
  REQUIRE(people[0].sums.size() == 16);
  CHECK(people[0].sums[1 * 4 + static_cast<size_t>(AttendanceStatus::present)] == 180);
}
