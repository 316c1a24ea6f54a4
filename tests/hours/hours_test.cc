// Weekly hours: the requirement reduced by holidays, closing days, partial
// weeks and approved absence; phases; conversation dates; plan files and
// attendance logs. Expected figures are worked out by hand in the comments.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "base/duration.h"
#include "hours/hours.h"
#include "load/attendance.h"
#include "load/citizen_reader.h"
#include "load/plans.h"
#include "load/rules.h"

using namespace nytte;

namespace {

std::string rule_file(const char* name) {
  return fmt::format("{}/rules/{}", NYTTE_SOURCE_DIR, name);
}

Plan plan_of(double hours, Date start) {
  Plan p;
  p.id = std::string("plan-person");
  p.start = start;
  p.required_weekly_minutes = hours_to_minutes(hours);
  return p;
}

Date d(int y, int m, int day) {
  return Date::from_ymd(y, m, day);
}

}  // namespace

TEST_CASE("hours: a full week is the requirement; a weekday holiday takes its share") {
  RuleSet rules = load_builtin_rules();
  Plan plan = plan_of(37, d(2026, 5, 4));
  // 2026-05-14 is Kristi himmelfartsdag, a Thursday: week 20 loses 7.4 hours.
  PersonHours p = plan_weeks(rules, nullptr, &plan, plan.start, {d(2026, 5, 4), d(2026, 5, 24)});
  finish(p);
  REQUIRE(p.weeks.size() == 3);
  CHECK(p.weeks[0].week.week == 19);
  CHECK(p.weeks[0].required_minutes == 2220);
  CHECK(p.weeks[1].required_minutes == 1776);
  REQUIRE(p.weeks[1].days_off.size() == 1);
  CHECK(p.weeks[1].days_off[0].id == "kristi_himmelfartsdag");
  CHECK(p.weeks[2].required_minutes == 2220);
}

TEST_CASE("hours: 12 hours a week lose 12/5 a holiday; a Wednesday start gives 3/5") {
  RuleSet rules = load_builtin_rules();
  Plan plan = plan_of(12, d(2026, 5, 13));  // a Wednesday
  PersonHours p = plan_weeks(rules, nullptr, &plan, plan.start, {d(2026, 5, 13), d(2026, 5, 31)});
  finish(p);
  REQUIRE(p.weeks.size() == 3);
  // Wednesday and Friday are open (Thursday is Kristi himmelfartsdag): 2 x 2.4.
  CHECK(p.weeks[0].course_weekdays == 3);
  CHECK(p.weeks[0].open_days == 2);
  CHECK(p.weeks[0].required_minutes == 288);
  CHECK(p.weeks[0].first == d(2026, 5, 13));
  // Week 22 holds 2. pinsedag, Monday 25 May 2026.
  CHECK(p.weeks[2].required_minutes == 576);
  CHECK(p.summary.required_minutes == 288 + 720 + 576);
}

TEST_CASE("hours: planned hours skip holidays; attendance and approved absence") {
  RuleSet rules = load_builtin_rules();
  Plan plan = plan_of(12, d(2025, 9, 1));
  for (Weekday day : {Weekday::mon, Weekday::wed, Weekday::thu}) {
    plan.blocks.push_back({day, {540}, {780}, "o", "praktik", 240, "", {}});
  }
  PersonHours p = plan_weeks(rules, nullptr, &plan, plan.start, {d(2025, 9, 1), d(2025, 9, 14)});
  mark_attendance_given(p);
  CHECK(add_attendance(p, d(2025, 9, 1), 4, AttendanceStatus::present));
  CHECK(add_attendance(p, d(2025, 9, 3), 4, AttendanceStatus::present));
  CHECK(add_attendance(p, d(2025, 9, 4), 4, AttendanceStatus::present));
  // Week 37: two sick days of 4 hours; 4 hours attended; nothing short.
  CHECK(add_attendance(p, d(2025, 9, 8), 4, AttendanceStatus::present));
  CHECK(add_attendance(p, d(2025, 9, 10), 4, AttendanceStatus::sick));
  CHECK(add_attendance(p, d(2025, 9, 11), 4, AttendanceStatus::sick));
  CHECK_FALSE(add_attendance(p, d(2025, 9, 15), 4, AttendanceStatus::present));
  finish(p);
  CHECK(*p.weeks[0].planned_minutes == 720);
  CHECK(*p.weeks[0].attended_minutes == 720);
  CHECK(p.weeks[1].required_minutes == 240);
  CHECK(p.weeks[1].approved_absence_minutes == 480);
  CHECK(p.weeks[1].shortfall_minutes == 0);
  CHECK(p.summary.weeks_below == 0);
  CHECK(p.summary.longest_full_run == 2);
  CHECK(*p.summary.attendance_rate == doctest::Approx(1.0));
}

TEST_CASE("hours: unexcused absence leaves a shortfall and breaks the run") {
  RuleSet rules = load_builtin_rules();
  Plan plan = plan_of(10, d(2025, 9, 1));
  PersonHours p = plan_weeks(rules, nullptr, &plan, plan.start, {d(2025, 9, 1), d(2025, 9, 28)});
  mark_attendance_given(p);
  add_attendance(p, d(2025, 9, 1), 10, AttendanceStatus::present);
  add_attendance(p, d(2025, 9, 8), 6, AttendanceStatus::present);
  add_attendance(p, d(2025, 9, 9), 4, AttendanceStatus::unexcused);
  add_attendance(p, d(2025, 9, 15), 10, AttendanceStatus::present);
  add_attendance(p, d(2025, 9, 22), 10, AttendanceStatus::present);
  finish(p);
  CHECK(p.weeks[1].shortfall_minutes == 240);
  CHECK(p.weeks[1].unexcused_absence_minutes == 240);
  CHECK(p.summary.weeks_below == 1);
  CHECK(p.summary.longest_full_run == 2);
  CHECK(*p.summary.attended_minutes == 2160);
  CHECK(*p.summary.attendance_rate == doctest::Approx(0.9));
}

TEST_CASE("hours: closing days a rule set declares reduce the week too") {
  RuleSet rules = load_rules_text(
      "[ruleset]\nid = \"c\"\ntitle = \"c\"\nextends = \"national\"\n"
      "[calendar]\nclosing_days = [\"grundlovsdag\", \"juleaftensdag\", 2025-12-29]\n",
      "c.toml");
  Plan plan = plan_of(37, d(2025, 12, 1));
  PersonHours p = plan_weeks(rules, nullptr, &plan, plan.start, {d(2025, 12, 22), d(2026, 1, 4)});
  finish(p);
  REQUIRE(p.weeks.size() == 2);
  // Week 52 of 2025: 24 (closing), 25 and 26 December (holidays): 2 days left.
  CHECK(p.weeks[0].open_days == 2);
  CHECK(p.weeks[0].required_minutes == 888);
  // Week 1 of 2026: 29 December (closing), 1 January (holiday).
  CHECK(p.weeks[1].required_minutes == 1332);
  CHECK(p.weeks[1].week.year == 2026);
}

TEST_CASE("hours: København's phases by day of the course") {
  RuleSet rules = load_rules_file(rule_file("koebenhavn.toml"));
  Plan plan = plan_of(37, d(2025, 9, 3));
  plan.track = "projektplads";
  PersonHours p = plan_weeks(rules, nullptr, &plan, plan.start, {d(2025, 9, 3), d(2025, 9, 28)});
  REQUIRE(p.weeks.size() == 4);
  auto ids = [](const WeekHours& w) {
    std::vector<std::string> out;
    for (const Phase* ph : w.phases) out.push_back(ph->h.id);
    return out;
  };
  // Days 0-13 are 3-16 September; day 14 is Wednesday 17 September (week 38).
  CHECK(ids(p.weeks[0]) == std::vector<std::string>{"kun_nytteindsats"});
  CHECK(ids(p.weeks[1]) == std::vector<std::string>{"kun_nytteindsats"});
  CHECK(ids(p.weeks[2]) ==
        std::vector<std::string>{"kun_nytteindsats", "nytteindsats_og_jobsoegning"});
  CHECK(ids(p.weeks[3]) == std::vector<std::string>{"nytteindsats_og_jobsoegning"});
}

TEST_CASE("hours: Greve's six conversations, one a month, on working days") {
  RuleSet rules = load_rules_file(rule_file("greve.toml"));
  REQUIRE(rules.conversations.size() == 1);
  std::vector<Conversation> c =
      conversation_dates(rules.conversations[0], d(2025, 11, 1), rules.calendar.closing_days);
  REQUIRE(c.size() == 6);
  // 1 Nov 2025 is a Saturday -> Monday 3 Nov; 1 Jan 2026 a holiday -> 2 Jan;
  // 1 Feb 2026 a Sunday -> 2 Feb; 1 Mar a Sunday -> 2 Mar; 1 Apr a Wednesday.
  std::vector<std::string> dates;
  for (const Conversation& x : c) dates.push_back(x.date.iso());
  CHECK(dates == std::vector<std::string>{"2025-11-03", "2025-12-01", "2026-01-02", "2026-02-02",
                                          "2026-03-02", "2026-04-01"});
  for (const Conversation& x : c) CHECK(x.date - d(2025, 11, 1) < 26 * 7);
}

namespace {
std::vector<std::string> conversation_isos(const RuleSet& rules, Date start,
                                           const std::vector<ClosingDay>& closing) {
  std::vector<std::string> out;
  for (const Conversation& x : conversation_dates(rules.conversations[0], start, closing))
    out.push_back(x.date.iso());
  return out;
}
}  // namespace

TEST_CASE("hours: a conversation moved off a weekend or holiday stays in its calendar month") {
  RuleSet rules = load_rules_file(rule_file("greve.toml"));
  REQUIRE(rules.conversations.size() == 1);
  const std::vector<ClosingDay> none;
  // A start on the 31st: 30 Nov 2025 is a Sunday (next working day 1 Dec, in
  // December) -> Friday 28 Nov; 31 Jan 2026 a Saturday -> Friday 30 Jan;
  // 28 Feb 2026 (the month's last day) a Saturday -> Friday 27 Feb.
  CHECK(conversation_isos(rules, d(2025, 10, 31), none) ==
        std::vector<std::string>{"2025-10-31", "2025-11-28", "2025-12-31", "2026-01-30",
                                 "2026-02-27", "2026-03-31"});
  // Easter 2024 ends March: Sunday 31 March is Påskedag and Monday 1 April
  // 2. påskedag; Skærtorsdag 28 and Langfredag 29 March are holidays too, so
  // the March conversation is on Wednesday 27 March. 30 June 2024 a Sunday
  // -> Friday 28 June.
  CHECK(conversation_isos(rules, d(2024, 1, 31), none) ==
        std::vector<std::string>{"2024-01-31", "2024-02-29", "2024-03-27", "2024-04-30",
                                 "2024-05-31", "2024-06-28"});
  // A start on the 30th with 31 December a closing day: 1 January is a
  // holiday and 2 January in the next month -> Tuesday 30 December; 30 Nov a
  // Sunday -> Friday 28 Nov; 30 Aug a Saturday -> Friday 29 Aug.
  std::vector<ClosingDay> closing = {*known_closing_day("nytaarsaftensdag")};
  CHECK(conversation_isos(rules, d(2025, 7, 30), closing) ==
        std::vector<std::string>{"2025-07-30", "2025-08-29", "2025-09-30", "2025-10-30",
                                 "2025-11-28", "2025-12-30"});
  // Forward moves that stay in the month are kept: 1 January 2026 (a
  // holiday) -> Friday 2 January; Saturday 1 November -> Monday 3 November.
  CHECK(conversation_isos(rules, d(2025, 11, 1), none)[2] == "2026-01-02");
  CHECK(conversation_isos(rules, d(2025, 11, 1), none)[0] == "2025-11-03");
}

TEST_CASE("hours: working_day_in_month, both sides") {
  const std::vector<ClosingDay> none;
  // A working day is kept.
  CHECK(working_day_in_month(d(2025, 11, 28), d(2025, 1, 1), none) == d(2025, 11, 28));
  // Sunday 29 June 2025: next working day Monday 30 June, still in June.
  CHECK(working_day_in_month(d(2025, 6, 29), d(2025, 1, 1), none) == d(2025, 6, 30));
  // Sunday 30 November 2025: Monday is 1 December -> back to Friday 28 Nov.
  CHECK(working_day_in_month(d(2025, 11, 30), d(2025, 1, 1), none) == d(2025, 11, 28));
  // Never before the course start: a course starting on Saturday 31 May 2025
  // has no working day left in May, so its first conversation is Monday 2 June.
  CHECK(working_day_in_month(d(2025, 5, 31), d(2025, 5, 31), none) == d(2025, 6, 2));
  CHECK(working_day_in_month(d(2025, 5, 31), d(2025, 5, 30), none) == d(2025, 5, 30));
}

TEST_CASE("hours: Greve's conversations are one a calendar month for every start date") {
  RuleSet rules = load_rules_file(rule_file("greve.toml"));
  const std::vector<ClosingDay> closing = {*known_closing_day("juleaftensdag"),
                                           *known_closing_day("nytaarsaftensdag"),
                                           *known_closing_day("grundlovsdag")};
  for (Date start = d(2023, 1, 1); start <= d(2027, 12, 31); start = start.plus_days(1)) {
    if (!is_working_day(start, closing)) continue;  // a course starts on a working day
    std::vector<Conversation> c = conversation_dates(rules.conversations[0], start, closing);
    REQUIRE(c.size() == 6);
    for (size_t k = 0; k < c.size(); ++k) {
      CHECK(is_working_day(c[k].date, closing));
      CHECK(c[k].date >= start);
      CHECK(c[k].date - start < 26 * 7);
      // Each in the calendar month it was planned in.
      CHECK(c[k].date.ymd().month == c[k].planned.ymd().month);
      CHECK(c[k].date.ymd().year == c[k].planned.ymd().year);
      if (k > 0) CHECK(c[k].planned.ymd().month != c[k - 1].planned.ymd().month);
    }
  }
}

TEST_CASE("hours: a plan whose hours are not stated: no requirement, no shortfall") {
  std::vector<Plan> plans = load_plans_text(
      "[[plan]]\nid = \"a\"\nstart = 2025-09-01\nhours_stated = false\n[[plan.block]]\n"
      "day = \"tue\"\nfrom = 09:00:00\nto = 11:30:00\noffer = \"dansk\"\n",
      "p.toml");
  REQUIRE(plans.size() == 1);
  RuleSet rules = load_builtin_rules();
  PersonHours p =
      plan_weeks(rules, nullptr, &plans[0], d(2025, 9, 1), {d(2025, 9, 1), d(2025, 9, 14)});
  mark_attendance_given(p);
  add_attendance(p, d(2025, 9, 2), 1.0, AttendanceStatus::present);
  add_attendance(p, d(2025, 9, 9), 2.5, AttendanceStatus::sick);
  finish(p);
  REQUIRE(p.weeks.size() == 2);
  for (const WeekHours& w : p.weeks) {
    CHECK_FALSE(w.requirement_minutes.has_value());
    CHECK_FALSE(w.required_minutes.has_value());
    CHECK(w.shortfall_minutes == 0);  // 1 hour attended of an unknown requirement is not short
    CHECK(std::find(w.flags.begin(), w.flags.end(), "hours_not_stated") != w.flags.end());
    CHECK(std::find(w.flags.begin(), w.flags.end(), "short") == w.flags.end());
  }
  CHECK(p.summary.weeks_below == 0);
  CHECK(p.summary.weeks_not_stated == 2);
  CHECK(p.summary.required_minutes == 0);
  CHECK_FALSE(p.summary.attendance_rate.has_value());
}

TEST_CASE("hours: a citizen whose hours the source does not state, week by week") {
  RuleSet rules = load_rules_text(R"(
[ruleset]
id = "silent"
title = "Hours not stated"

[[source]]
id = "s"
title = "A source"

[[target_group]]
id = "g"
when = 'category == "jobparat"'
source = "s"
quote = "q"

[[track]]
id = "t"
groups = ["g"]
source = "s"
quote = "q"
)",
                                  "silent.toml");
  Citizen c;
  c.id = std::string(1, 'c');
  c.category = Category::jobparat;
  PersonHours p = plan_weeks(rules, &c, nullptr, d(2025, 9, 1), {d(2025, 9, 1), d(2025, 9, 7)});
  finish(p);
  REQUIRE(p.weeks.size() == 1);
  CHECK_FALSE(p.weeks[0].requirement_minutes.has_value());
  CHECK(p.weeks[0].status == Status::eligible);
  CHECK(std::find(p.weeks[0].flags.begin(), p.weeks[0].flags.end(), "hours_not_stated") !=
        p.weeks[0].flags.end());
  // Not eligible: 0 hours are required, as before.
  c.category = Category::aktivitetsparat;
  PersonHours q = plan_weeks(rules, &c, nullptr, d(2025, 9, 1), {d(2025, 9, 1), d(2025, 9, 7)});
  finish(q);
  CHECK(q.weeks[0].requirement_minutes == 0);
  CHECK(q.weeks[0].required_minutes == 0);
}

TEST_CASE("attendance: CSV rows, bad rows reported at their cell, the rest counted") {
  std::vector<AttendanceRow> rows;
  std::vector<std::string> errors;
  std::vector<std::string> ids;
  AttendanceReadCounts n = read_attendance_text(
      "id,date,offer,hours,status\n"
      "a,2025-09-01,x,7.4,present\n"
      "a,2025-09-31,x,7.4,present\n"
      "b,2025-09-02,\"y, z\",3,sick\n"
      "b,2025-09-03,y,three,present\n"
      "b,2025-09-04,y,25,present\n"
      "c,2025-09-04,y,1,presnt\n"
      "c,2025-09-05,y,1\n"
      "\n"
      "c,2025-09-05,y,1,unexcused\n",
      "log.csv", true,
      [&](const AttendanceRow& r) {
        rows.push_back(r);
        ids.emplace_back(r.id);
      },
      [&](const Diagnostic& d) { errors.push_back(d.str()); });
  CHECK(n.rows == 3);
  CHECK(n.errors == 5);
  CHECK(ids == std::vector<std::string>{"a", "b", "c"});
  REQUIRE(errors.size() == 5);
  CHECK(errors[0] == "log.csv:3:3: error: date must be a date like 2025-09-01, found '2025-09-31'");
  CHECK(errors[1] == "log.csv:5:16: error: hours must be a number like 7.4, found 'three'");
  CHECK(errors[2] == "log.csv:6:16: error: hours must be between 0 and 24 a day, found 25");
  CHECK(errors[3] ==
        "log.csv:7:18: error: unknown status 'presnt': expected present, sick, approved_absence "
        "or unexcused; did you mean 'present'?");
  CHECK(errors[4] == "log.csv:8:1: error: row has 4 cells, the header has 5 columns");
}

TEST_CASE("attendance: TOML rows; a broken record loses only itself") {
  std::vector<std::string> ids, errors;
  AttendanceReadCounts n = read_attendance_text(
      "[[attendance]]\nid = \"a\"\ndate = 2025-09-01\nhours = 4\nstatus = \"present\"\n\n"
      "[[attendance]]\nid = \"b\"\ndate = 2025-09-01\nhours = 4\nstatus = \"sick\n\n"
      "[[attendance]]\nid = \"c\"\ndate = 2025-09-01\nhours = 4.5\nstatus = \"unexcused\"\n",
      "log.toml", false, [&](const AttendanceRow& r) { ids.emplace_back(r.id); },
      [&](const Diagnostic& d) { errors.push_back(d.str()); });
  CHECK(n.rows == 2);
  CHECK(ids == std::vector<std::string>{"a", "c"});
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].starts_with("log.toml:11:"));
}

TEST_CASE("hours: a course starting on a day off at a month's end: still one a month") {
  RuleSet rules = load_rules_file(rule_file("greve.toml"));
  const std::vector<ClosingDay> none;
  // Saturday 31 May 2025: no working day left in May, so the first is Monday
  // 2 June and the others follow from it (not a second one on 30 June).
  std::vector<Conversation> c = conversation_dates(rules.conversations[0], d(2025, 5, 31), none);
  REQUIRE(c.size() == 6);
  CHECK(c[0].date == d(2025, 6, 2));
  CHECK(c[1].date == d(2025, 7, 2));
  // Every start, working day or not: never two conversations in one month.
  for (Date start = d(2023, 1, 1); start <= d(2027, 12, 31); start = start.plus_days(1)) {
    std::vector<Conversation> cs = conversation_dates(rules.conversations[0], start, none);
    for (size_t k = 1; k < cs.size(); ++k) {
      YearMonthDay a = cs[k - 1].date.ymd(), b = cs[k].date.ymd();
      CHECK((a.year != b.year || a.month != b.month));
    }
  }
}

TEST_CASE(
    "hours: a plan file's exact minutes and an older file's decimal hours give the same week") {
  std::vector<Plan> plans =
      load_plans(fmt::format("{}/tests/data/plans/minutes-and-hours.toml", NYTTE_SOURCE_DIR));
  REQUIRE(plans.size() == 3);
  // The old plan and the new one give the same week.
  RuleSet rules = load_builtin_rules();
  for (const Plan& plan : {plans[0], plans[1]}) {
    PersonHours p = plan_weeks(rules, nullptr, &plan, plan.start, {d(2025, 9, 1), d(2025, 9, 7)});
    finish(p);
    REQUIRE(p.weeks.size() == 1);
    CHECK(p.weeks[0].required_minutes == 2220);
  }
}

TEST_CASE("hours: a full plan of 20-minute legs is full, not 0.02 hours short") {
  // Six 20-minute legs and blocks that make exactly 37:00 with them; at
  // hundredths of an hour (0.33 a leg) the week came to 36:59 (plan_short).
  Plan plan = plan_of(37, d(2025, 9, 1));
  for (Weekday day : {Weekday::mon, Weekday::tue, Weekday::wed}) {
    plan.blocks.push_back({day, {480}, {500}, "transport", "transport", 20, "", {}});
    plan.blocks.push_back({day, {500}, {920}, "o", "praktik", 420, "", {}});
    plan.blocks.push_back({day, {920}, {940}, "transport", "transport", 20, "", {}});
  }
  plan.blocks.push_back({Weekday::thu, {480}, {960}, "o", "praktik", 480, "", {}});
  plan.blocks.push_back({Weekday::fri, {480}, {960}, "o", "praktik", 360, "", {}});
  RuleSet rules = load_builtin_rules();
  PersonHours p = plan_weeks(rules, nullptr, &plan, plan.start, {d(2025, 9, 1), d(2025, 9, 7)});
  finish(p);
  REQUIRE(p.weeks.size() == 1);
  CHECK(p.weeks[0].planned_minutes == 2220);
  CHECK(p.weeks[0].shortfall_minutes == 0);
  CHECK(std::find(p.weeks[0].flags.begin(), p.weeks[0].flags.end(), "plan_short") ==
        p.weeks[0].flags.end());
}

TEST_CASE("hours: attendance rows are rounded to the minute one by one") {
  Plan plan = plan_of(1, d(2025, 9, 1));
  RuleSet rules = load_builtin_rules();
  PersonHours p = plan_weeks(rules, nullptr, &plan, plan.start, {d(2025, 9, 1), d(2025, 9, 7)});
  mark_attendance_given(p);
  // Three 20-minute sessions logged as 0.33 hours: 60 minutes, the hour required.
  for (int day = 1; day <= 3; ++day)
    add_attendance(p, d(2025, 9, day), 0.33, AttendanceStatus::present);
  finish(p);
  CHECK(p.weeks[0].attended_minutes == 60);
  CHECK(p.weeks[0].shortfall_minutes == 0);
  CHECK(p.summary.weeks_below == 0);
}

TEST_CASE("hours: a period that starts on a weekend: no week ends before it begins") {
  RuleSet rules = load_builtin_rules();
  Plan plan = plan_of(37, d(2025, 9, 1));
  for (Date from : {d(2025, 9, 6), d(2025, 9, 7)}) {  // a Saturday, a Sunday
    PersonHours p = plan_weeks(rules, nullptr, &plan, plan.start, {from, d(2025, 9, 21)});
    finish(p);
    REQUIRE(p.weeks.size() == 3);
    for (const WeekHours& w : p.weeks) CHECK(w.first <= w.last);
    // The weekend week holds no weekday: nothing required, its days are the period's.
    CHECK(p.weeks[0].first == from);
    CHECK(p.weeks[0].last == d(2025, 9, 7));
    CHECK(p.weeks[0].required_minutes == 0);
    // Inside the course (it began on 1 September): a weekend, not outside it.
    CHECK(p.weeks[0].flags == std::vector<std::string_view>{"weekend"});
    CHECK(p.weeks[1].first == d(2025, 9, 8));
    CHECK(p.weeks[1].last == d(2025, 9, 12));
  }
  // And one that ends on a weekend before the course starts on Monday.
  Plan later = plan_of(37, d(2025, 9, 8));
  PersonHours q = plan_weeks(rules, nullptr, &later, later.start, {d(2025, 9, 6), d(2025, 9, 7)});
  finish(q);
  REQUIRE(q.weeks.size() == 1);
  CHECK(q.weeks[0].first <= q.weeks[0].last);
  CHECK(q.weeks[0].flags == std::vector<std::string_view>{"outside_course"});
  // A course that starts on a Saturday, seen from the Monday before: the
  // week shows the weekend days of the course, not all seven.
  Plan saturday = plan_of(37, d(2025, 9, 6));
  PersonHours s =
      plan_weeks(rules, nullptr, &saturday, saturday.start, {d(2025, 9, 1), d(2025, 9, 14)});
  finish(s);
  REQUIRE(s.weeks.size() == 2);
  CHECK(s.weeks[0].first == d(2025, 9, 6));
  CHECK(s.weeks[0].last == d(2025, 9, 7));
  CHECK(s.weeks[0].flags == std::vector<std::string_view>{"weekend"});
}

TEST_CASE("hours: a plan's ordinary paid work counts, less a day's share a day off") {
  // build-package counts ordinary hours first; the plan carries them, so a
  // person with 13 hours of paid work and 24 planned is not 13 hours short.
  std::vector<Plan> plans = load_plans_text(
      "[[plan]]\nid = \"a\"\nstart = 2026-05-04\nrequired_weekly_minutes = 2220\n"
      "ordinary_weekly_minutes = 780\n"
      "[[plan.block]]\nday = \"mon\"\nfrom = 08:00:00\nto = 16:00:00\nminutes = 480\n"
      "[[plan.block]]\nday = \"tue\"\nfrom = 08:00:00\nto = 16:00:00\nminutes = 480\n"
      "[[plan.block]]\nday = \"wed\"\nfrom = 08:00:00\nto = 16:00:00\nminutes = 480\n",
      "p.toml");
  REQUIRE(plans.size() == 1);
  CHECK(plans[0].ordinary_weekly_minutes == 780);
  RuleSet rules = load_builtin_rules();
  PersonHours p =
      plan_weeks(rules, nullptr, &plans[0], plans[0].start, {d(2026, 5, 4), d(2026, 5, 17)});
  finish(p);
  REQUIRE(p.weeks.size() == 2);
  CHECK(p.weeks[0].planned_minutes == 2220);
  CHECK(p.weeks[0].shortfall_minutes == 0);
  // Week 20 holds Kristi himmelfartsdag (Thursday): 4/5 of 13:00 is 10:24.
  CHECK(p.weeks[1].planned_minutes == 1440 + 624);
  CHECK(p.weeks[1].required_minutes == 1776);
}

TEST_CASE("hours: a day off takes a day share or what the plan loses that day, whichever is more") {
  RuleSet rules = load_builtin_rules();
  // 37:00 a week: 8:00 on Monday, 7:15 Tuesday to Friday. Week 15 of 2026
  // holds 2. påskedag (Monday 6 April): a day share is 7:24, the plan loses
  // 8:00 that day, so 29:00 are required and the plan's 29:00 reach them.
  Plan plan = plan_of(37, d(2026, 3, 30));
  plan.blocks.push_back({Weekday::mon, {480}, {960}, "o", "praktik", 480, "", {}});
  for (Weekday day : {Weekday::tue, Weekday::wed, Weekday::thu, Weekday::fri})
    plan.blocks.push_back({day, {480}, {915}, "o", "praktik", 435, "", {}});
  PersonHours p = plan_weeks(rules, nullptr, &plan, plan.start, {d(2026, 3, 30), d(2026, 4, 12)});
  finish(p);
  REQUIRE(p.weeks.size() == 2);
  // Week 14: Skærtorsdag and Langfredag (2 and 3 April) lose 7:15 each,
  // less than their day shares (2 x 7:24): the day shares count, 22:12.
  CHECK(p.weeks[0].required_minutes == 2220 - 2 * 444);
  CHECK(p.weeks[0].planned_minutes == 2220 - 2 * 435);
  CHECK(p.weeks[0].shortfall_minutes == 0);
  CHECK(p.weeks[1].required_minutes == 2220 - 480);
  CHECK(p.weeks[1].planned_minutes == 2220 - 480);
  CHECK(p.weeks[1].shortfall_minutes == 0);
  CHECK(p.summary.weeks_below == 0);

  // A course starting on Tuesday 31 March: Monday is not a course day. The
  // three days not open are compared together: day shares 3 x 7:24 = 22:12,
  // the plan loses 8:00 + 2 x 7:15 = 22:30, the more of the two counts.
  Plan late = plan;
  late.start = d(2026, 3, 31);
  PersonHours q = plan_weeks(rules, nullptr, &late, late.start, {d(2026, 3, 30), d(2026, 4, 5)});
  finish(q);
  REQUIRE(q.weeks.size() == 1);
  CHECK(q.weeks[0].required_minutes == 2220 - 480 - 2 * 435);
  CHECK(q.weeks[0].shortfall_minutes == 0);
}
