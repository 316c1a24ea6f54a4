// The laid-out report: budget lines, and people whose hours are not stated
// counted apart (and hidden when few).
#include <doctest/doctest.h>
#include <fmt/format.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <mutex>

#include "base/duration.h"
#include "format/output.h"
#include "load/attendance.h"
#include "load/citizen_reader.h"
#include "load/rules.h"
#include "report/report.h"
#include "run/batch.h"

using namespace nytte;

TEST_CASE("budget lines: the amount a year over whole months, or over days") {
  BudgetLine b;
  b.amount = 10'000'000;
  b.h.valid = {Date::from_ymd(2022, 3, 9), Date::from_ymd(2024, 3, 8)};
  CHECK(b.per_year() == doctest::Approx(5'000'000));
  b.amount = 600'000;
  b.h.valid = {Date::from_ymd(2021, 1, 1), Date::from_ymd(2021, 12, 31)};
  CHECK(b.per_year() == doctest::Approx(600'000));
  b.h.valid = {Date::from_ymd(2021, 1, 1), Date::from_ymd(2021, 7, 1)};  // 182 days
  CHECK(b.per_year() == doctest::Approx(600'000 * 365.25 / 182));
  b.h.valid = {Date::from_ymd(2021, 1, 1), std::nullopt};
  CHECK(b.per_year() == doctest::Approx(600'000));
}

namespace {

// Two groups: one whose track states 37 hours, one whose source states none.
constexpr const char* kSilentRules = R"(
[ruleset]
id = "silent"
title = "Hours stated and not stated"

[[source]]
id = "s"
title = "A source"

[[target_group]]
id = "stated"
when = 'category == "jobparat"'
source = "s"
quote = "q"

[[target_group]]
id = "silent"
when = 'category == "aktivitetsparat"'
source = "s"
quote = "q"

[[track]]
id = "full"
groups = ["stated"]
hours = '37'
source = "s"
quote = "q"

[[track]]
id = "no_hours"
groups = ["silent"]
source = "s"
quote = "q"
)";

Citizen with_category(int i, Category category) {
  Citizen c;
  c.id = fmt::format("p{}", i);
  c.category = category;
  return c;
}

const ReportCell& cell(const Report& r, std::string_view table, std::string_view row) {
  for (const ReportSection& s : r.sections)
    for (const ReportTable& t : s.tables)
      if (t.id == table)
        for (const ReportRow& rr : t.rows)
          if (rr.key == row) return rr.cells[1];
  FAIL("no such cell");
  static ReportCell none;
  return none;
}

}  // namespace

TEST_CASE("report: people whose hours are not stated are counted apart, out of every sum") {
  RuleSet rules = load_rules_text(kSilentRules, "silent.toml");
  ReportOptions o;
  o.dates = {Date::from_ymd(2025, 9, 1)};
  o.packages = false;
  ReportTally tally(rules, o);
  for (int i = 0; i < 20; ++i) tally.add(with_category(i, Category::jobparat));
  for (int i = 20; i < 27; ++i) tally.add(with_category(i, Category::aktivitetsparat));
  const DateTally& t = tally.dates[0];
  CHECK(t.by_status[0] == 27);
  CHECK(t.hours_stated == 20);
  CHECK(t.hours_not_stated == 7);
  CHECK(t.hours_unknown == 0);
  CHECK(t.required_minutes == 20 * 2220);  // not 27 people, and no 0 hours for 7
  CHECK(t.reduced == 0);                   // the 7 are not "fewer than 37 hours"

  Report r = make_report(rules, o, tally, 0, false, 0);
  CHECK(cell(r, "required", "hours_not_stated").value == 7);
  CHECK(cell(r, "required", "required_hours").value == 740);
  CHECK(cell(r, "required", "fte").value == 20);
  CHECK(cell(r, "required", "average_hours").value == 37);  // over 20, not 27
  // The track whose source states no hours has no hours, not 0.
  CHECK(cell(r, "by_track", "no_hours").kind == CellKind::count);
  bool found = false;
  for (const ReportSection& s : r.sections)
    for (const ReportTable& tb : s.tables)
      for (const ReportRow& row : tb.rows)
        if (tb.id == "by_track" && row.key == "no_hours") {
          found = true;
          CHECK(row.cells[1].value == 7);
          CHECK(row.cells[2].kind == CellKind::none);
          CHECK(row.cells[3].kind == CellKind::none);
        }
  CHECK(found);
  std::string text = write_report_text(r);
  CHECK(text.find("Hours not stated by the source") != std::string::npos);
  std::string json = write_report_json(r);
  CHECK(json.find("\"hours_not_stated\"") != std::string::npos);
}

TEST_CASE("report: a small count of hours not stated is hidden, and what would give it away") {
  RuleSet rules = load_rules_text(kSilentRules, "silent.toml");
  ReportOptions o;
  o.dates = {Date::from_ymd(2025, 9, 1)};
  o.packages = false;
  ReportTally tally(rules, o);
  for (int i = 0; i < 20; ++i) tally.add(with_category(i, Category::jobparat));
  for (int i = 20; i < 23; ++i) tally.add(with_category(i, Category::aktivitetsparat));
  Report r = make_report(rules, o, tally, 0, false, 0);
  suppress(r);
  CHECK(cell(r, "required", "covered").hidden == Hidden::no);
  CHECK(cell(r, "required", "hours_not_stated").hidden == Hidden::small);
  // Covered minus stated would give the 3 away: the stated count is hidden
  // too, and the hours (37 x 20), the FTE and the average with it.
  CHECK(cell(r, "required", "hours_stated").hidden == Hidden::complement);
  CHECK(cell(r, "required", "required_hours").hidden != Hidden::no);
  CHECK(cell(r, "required", "fte").hidden != Hidden::no);
  CHECK(cell(r, "required", "average_hours").hidden != Hidden::no);
  for (const ReportSection& s : r.sections)
    for (const ReportTable& tb : s.tables)
      for (const ReportRow& row : tb.rows)
        if (tb.id == "by_track" && row.key == "total") {
          CHECK(row.cells[1].hidden == Hidden::no);  // the covered, 23
          CHECK(row.cells[2].hidden != Hidden::no);  // 740 hours = 20 people at 37
          CHECK(row.cells[3].hidden != Hidden::no);
        }
  // With 5 or more not stated, nothing is hidden.
  for (int i = 23; i < 25; ++i) tally.add(with_category(i, Category::aktivitetsparat));
  Report shown = make_report(rules, o, tally, 0, false, 0);
  suppress(shown);
  CHECK(cell(shown, "required", "hours_not_stated").hidden == Hidden::no);
  CHECK(cell(shown, "required", "required_hours").hidden == Hidden::no);
}
