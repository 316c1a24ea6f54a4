// build-package's run: options checked with their messages, the packages
// written where and how they are asked for, the exit status of -q.
#include "nytte/package_run.h"

#include <doctest/doctest.h>

#include <filesystem>

#include "command_run.h"
#include "nytte/error.h"

namespace nytte {
namespace {

using test::CapturedErr;
using test::file_text;
using test::RunDir;
using test::source;

PackageRunOptions nordfyns_49() {
  PackageRunOptions o;
  o.inputs = {source("examples/citizens/nordfyns-49.toml")};
  o.common.rules = {source("rules/nordfyns.toml")};
  o.start = "2025-09-01";
  return o;
}

std::string usage_error(const PackageRunOptions& o) {
  NoProgress progress;
  CapturedErr err;
  try {
    run_packages(o, progress, err.f);
  } catch (const UsageError& e) {
    return e.what();
  }
  return "";
}

TEST_CASE("run_packages writes one person's package as CSV to -o FILE, nothing on stderr") {
  RunDir dir("package-csv");
  PackageRunOptions o = nordfyns_49();
  o.common.format = "csv";
  o.common.output = dir / "out.csv";
  NoProgress progress;
  CapturedErr err;
  CHECK(run_packages(o, progress, err.f) == 0);
  std::string out = file_text(o.common.output);
  CHECK(out.starts_with("id,track,phase,day,from,to,hours,kind,offer,location,"));
  CHECK(out.find("\nnordfyns-49,virksomhedsrettet,,mon,09:00,13:00,4,praktik,praktik_kontor,") !=
        std::string::npos);
  CHECK(err.text().empty());
}

TEST_CASE("run_packages with --csv-sep ';' and --shortfalls: both files in that form") {
  RunDir dir("package-semi");
  PackageRunOptions o;
  o.inputs = {source("examples/citizens/")};
  o.common.rules = {source("rules/aarhus.toml")};
  o.start = "2025-09-01";
  o.common.format = "csv";
  o.common.csv_sep.assign(1, ';');
  o.common.output = dir / "out.csv";
  o.shortfalls = dir / "short.csv";
  NoProgress progress;
  CapturedErr err;
  CHECK(run_packages(o, progress, err.f) == 0);
  CHECK(file_text(o.common.output).starts_with("id;track;phase;day;"));
  CHECK(file_text(o.shortfalls)
            .starts_with("id;status;phase;missing_minutes;missing_hours;reason\n"));
  // A batch ends with its summary line on the run's standard error.
  std::string e = err.text();
  CHECK(e.find("people with rules aarhus: ") != std::string::npos);
  CHECK(e.ends_with("0 errors\n"));
}

TEST_CASE("run_packages -q: nothing printed, 1 when someone is short or has no package") {
  PackageRunOptions o;
  o.inputs = {source("examples/citizens/")};
  o.common.rules = {source("rules/aarhus.toml")};
  o.start = "2025-09-01";
  o.common.quiet = true;
  NoProgress progress;
  CapturedErr err;
  CHECK(run_packages(o, progress, err.f) == 1);
  CHECK(err.text().empty());
}

TEST_CASE("run_packages --split: one calendar a person, DIR/ID.ics") {
  RunDir dir("package-split");
  PackageRunOptions o = nordfyns_49();
  o.common.format = "ics";
  o.split = dir / "cal";
  o.weeks = 4;
  NoProgress progress;
  CapturedErr err;
  CHECK(run_packages(o, progress, err.f) == 0);
  std::string cal = file_text(dir / "cal/nordfyns-49.ics");
  CHECK(cal.starts_with("BEGIN:VCALENDAR\r\n"));
  CHECK(cal.find("RRULE:FREQ=WEEKLY") != std::string::npos);
}

TEST_CASE("run_packages refuses options that do not fit, with the same messages") {
  PackageRunOptions o = nordfyns_49();
  o.hours.assign(1, 'x');
  CHECK(usage_error(o) == "--hours: 'x' is not a number of hours a week (like 20 or 18.5)");
  o.hours = "200";
  CHECK(usage_error(o) ==
        "--hours: 200 is outside the hours of a week: give more than 0 and at most 168");
  o = nordfyns_49();
  o.split = "cal";
  CHECK(usage_error(o) == "--split writes calendars: give --format ics");
  o = nordfyns_49();
  o.weeks = 4;
  CHECK(usage_error(o) == "--weeks and --until end a calendar: give --format ics");
  o.until = "2025-12-01";
  CHECK(usage_error(o) == "give --weeks or --until, not both");
  o.weeks = 0;
  o.until = "2025-08-01";
  o.common.format = "ics";
  CHECK(usage_error(o) ==
        "--until 2025-08-01 is before --start 2025-09-01: the course would end before it "
        "begins");
  o = nordfyns_49();
  o.start = "1.9.2025";
  CHECK(usage_error(o) ==
        "--start: '1.9.2025' is not a date; expected YYYY-MM-DD, e.g. 2025-09-01");
  o = nordfyns_49();
  o.inputs = {source("examples/citizens/")};
  o.common.rules = {source("rules/aarhus.toml")};
  o.common.format = "ics";
  CHECK(
      usage_error(o).find("people in one calendar would mix everyone's events: give --split DIR") !=
      std::string::npos);
  o = nordfyns_49();
  o.inputs.clear();
  CHECK(usage_error(o) == "no input: give citizen files (TOML or CSV) or -");
}

}  // namespace
}  // namespace nytte
