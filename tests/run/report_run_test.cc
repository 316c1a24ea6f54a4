// report's run: the population counted and written in the format asked for,
// the summary line, --by checked against the schema.
#include "nytte/report_run.h"

#include <doctest/doctest.h>

#include "command_run.h"
#include "nytte/error.h"

namespace nytte {
namespace {

using test::CapturedErr;
using test::file_text;
using test::RunDir;
using test::source;

ReportRunOptions aarhus_2000() {
  ReportRunOptions o;
  o.inputs = {source("examples/population/aarhus-2000.csv")};
  o.common.rules = {source("rules/aarhus.toml")};
  o.common.on = "2025-09-01";
  o.threads = 2;
  return o;
}

TEST_CASE("run_report writes the report as CSV and its summary line") {
  RunDir dir("report-csv");
  ReportRunOptions o = aarhus_2000();
  o.common.format = "csv";
  o.common.output = dir / "report.csv";
  o.no_packages = true;
  NoProgress progress;
  CapturedErr err;
  CHECK(run_report(o, progress, err.f) == 0);
  CHECK(file_text(o.common.output)
            .starts_with("section,table,row,label,column,value,minutes\n"
                         "eligibility,status,eligible,covered (eligible),people,1644,\n"));
  CHECK(err.text() ==
        "nytte: report of 2000 people with aarhus on 2025-09-01; 0 records not read\n");
}

TEST_CASE("run_report: the JSON report names both dates with --compare") {
  RunDir dir("report-json");
  ReportRunOptions o = aarhus_2000();
  o.common.format = "json";
  o.common.output = dir / "report.json";
  o.compare = "2024-06-01";
  o.no_packages = true;
  NoProgress progress;
  CapturedErr err;
  CHECK(run_report(o, progress, err.f) == 0);
  std::string out = file_text(o.common.output);
  CHECK(out.find("\"on\": \"2025-09-01\"") != std::string::npos);
  CHECK(out.find("\"compare\": \"2024-06-01\"") != std::string::npos);
  CHECK(err.text().find("on 2025-09-01 and 2024-06-01; 0 records not read") != std::string::npos);
}

TEST_CASE("run_report refuses an unknown --by field and a second rule set") {
  NoProgress progress;
  CapturedErr err;
  ReportRunOptions o = aarhus_2000();
  o.by = {"nope"};
  CHECK_THROWS_WITH_AS(run_report(o, progress, err.f), "--by: unknown field 'nope'", UsageError);
  o = aarhus_2000();
  o.common.rules.push_back(source("rules/greve.toml"));
  CHECK_THROWS_WITH_AS(run_report(o, progress, err.f),
                       "a report applies one rule set: give --rules once", UsageError);
}

}  // namespace
}  // namespace nytte
