// weekly-hours' run: a plan with its attendance log week by week, the
// summary line, the exit status of -q and --fail-under, --holidays.
#include "nytte/hours_run.h"

#include <doctest/doctest.h>

#include "command_run.h"
#include "nytte/error.h"

namespace nytte {
namespace {

using test::CapturedErr;
using test::file_text;
using test::RunDir;
using test::source;

HoursRunOptions nordfyns_plan() {
  HoursRunOptions o;
  o.inputs = {source("examples/plans/nordfyns-49.toml")};
  o.common.rules = {source("rules/nordfyns.toml")};
  o.attendance = {source("examples/attendance/nordfyns-49.csv")};
  return o;
}

TEST_CASE("run_weekly_hours: a plan's weeks with the attendance log, the summary on stderr") {
  RunDir dir("hours-csv");
  HoursRunOptions o = nordfyns_plan();
  o.common.format = "csv";
  o.common.output = dir / "weeks.csv";
  o.shortfalls = dir / "short.csv";
  NoProgress progress;
  CapturedErr err;
  CHECK(run_weekly_hours(o, progress, err.f) == 0);
  std::string out = file_text(o.common.output);
  CHECK(out.starts_with("id,week,from,to,requirement,required,planned,attended,"));
  CHECK(out.find(
            "\nnordfyns-49,2025-W38,2025-09-15,2025-09-19,12,12,12,6,0,4,6,,,,unexcused;short,") !=
        std::string::npos);
  // The one short week, in the shortfall file too.
  std::string shortfalls = file_text(o.shortfalls);
  CHECK(shortfalls.find("\nnordfyns-49,2025-W38,2025-09-15,2025-09-19,short,720,360,360,6.00,") !=
        std::string::npos);
  CHECK(err.text() ==
        "nytte: 1 person with rules nordfyns: 1 below the requirement in 1 week (6:00 short in "
        "total); attendance: 12 rows counted; 0 errors\n");
}

TEST_CASE("run_weekly_hours: a short week is exit 1 with -q or --fail-under, else 0") {
  NoProgress progress;
  HoursRunOptions o = nordfyns_plan();
  o.common.output = "/dev/null";
  {
    CapturedErr err;
    CHECK(run_weekly_hours(o, progress, err.f) == 0);
  }
  o.fail_under = true;
  {
    CapturedErr err;
    CHECK(run_weekly_hours(o, progress, err.f) == 1);
  }
  o.fail_under = false;
  o.common.quiet = true;
  CapturedErr err;
  CHECK(run_weekly_hours(o, progress, err.f) == 1);
  CHECK(err.text().empty());
}

TEST_CASE("run_weekly_hours --holidays YEAR lists the days off; a year out of range is refused") {
  RunDir dir("hours-holidays");
  HoursRunOptions o;
  o.holidays_year = 2026;
  o.common.format = "csv";
  o.common.output = dir / "days.csv";
  NoProgress progress;
  CapturedErr err;
  CHECK(run_weekly_hours(o, progress, err.f) == 0);
  CHECK(
      file_text(o.common.output)
          .starts_with("date,weekday,id,name,kind\n2026-01-01,thu,nytaarsdag,Nytårsdag,holiday\n"));
  o.holidays_year = 1800;
  CHECK_THROWS_WITH_AS(run_weekly_hours(o, progress, err.f),
                       "--holidays: 1800 is outside 1900-2200", UsageError);
}

TEST_CASE("run_weekly_hours refuses a period that does not fit together") {
  NoProgress progress;
  CapturedErr err;
  HoursRunOptions o = nordfyns_plan();
  o.from = "2025-10-01";
  o.to = "2025-09-01";
  CHECK_THROWS_WITH_AS(run_weekly_hours(o, progress, err.f), "--to is before --from", UsageError);
  o.from.clear();
  o.weeks = 3;
  CHECK_THROWS_WITH_AS(run_weekly_hours(o, progress, err.f), "give --to or --weeks, not both",
                       UsageError);
  o = HoursRunOptions{};
  CHECK_THROWS_WITH_AS(
      run_weekly_hours(o, progress, err.f),
      "no input: give citizen files (with --rules), plan files, or --holidays YEAR", UsageError);
}

}  // namespace
}  // namespace nytte
