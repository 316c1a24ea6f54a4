// check-eligibility's run: decisions in input order in the format asked
// for, the summary line of a batch, the exit status of -q.
#include "nytte/eligibility_run.h"

#include <doctest/doctest.h>

#include "command_run.h"
#include "nytte/error.h"

namespace nytte {
namespace {

using test::CapturedErr;
using test::file_text;
using test::RunDir;
using test::source;

TEST_CASE("run_eligibility writes a batch as CSV in input order, the summary on stderr") {
  RunDir dir("eligibility-csv");
  EligibilityRunOptions o;
  o.inputs = {source("examples/citizens/aarhus-fuldtid.toml"),
              source("examples/citizens/aarhus-sho.toml")};
  o.common.rules = {source("rules/aarhus.toml")};
  o.common.on = "2025-09-01";
  o.common.format = "csv";
  o.common.output = dir / "out.csv";
  NoProgress progress;
  CapturedErr err;
  CHECK(run_eligibility(o, progress, err.f) == 0);
  std::string out = file_text(o.common.output);
  CHECK(out.starts_with("id,eligible,target_groups,track,required_weekly_hours,status,"));
  size_t first = out.find("\naarhus-fuldtid,false,"), second = out.find("\naarhus-sho,true,");
  CHECK(first != std::string::npos);
  CHECK(second != std::string::npos);
  CHECK(first < second);
  CHECK(err.text().starts_with("nytte: 2 citizens checked with aarhus on 2025-09-01: 1 eligible"));
}

TEST_CASE("run_eligibility -q: nothing printed, 0 when someone is eligible, else 1") {
  EligibilityRunOptions o;
  o.inputs = {source("examples/citizens/nordfyns-49.toml")};
  o.common.on = "2025-09-01";
  o.common.quiet = true;
  NoProgress progress;
  CapturedErr err;
  CHECK(run_eligibility(o, progress, err.f) == 1);  // undetermined under the national rules
  o.common.rules = {source("rules/nordfyns.toml")};
  CHECK(run_eligibility(o, progress, err.f) == 0);
  CHECK(err.text().empty());
}

TEST_CASE("run_eligibility refuses a run without input and a bad --on") {
  NoProgress progress;
  CapturedErr err;
  EligibilityRunOptions o;
  CHECK_THROWS_WITH_AS(
      run_eligibility(o, progress, err.f),
      "no input: give citizen files (TOML or CSV), directories, or - for standard input",
      UsageError);
  o.inputs = {source("examples/citizens/nordfyns-49.toml")};
  o.common.on = "tomorrow";
  CHECK_THROWS_WITH_AS(run_eligibility(o, progress, err.f),
                       "--on: 'tomorrow' is not a date; expected YYYY-MM-DD, e.g. 2025-09-01",
                       UsageError);
}

}  // namespace
}  // namespace nytte
