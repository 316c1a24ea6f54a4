// Checking rule files for `nytte validate`: every problem with its position,
// lint warnings, and the test cases written beside the rules.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include <unistd.h>

#include <fmt/format.h>

#include "check/rule_check.h"

namespace nytte {
namespace {

std::string data(std::string_view name) {
  return std::string(NYTTE_SOURCE_DIR) + "/tests/data/" + std::string(name);
}

std::vector<std::string> messages(const FileResult& r) {
  std::vector<std::string> out;
  for (const Diagnostic& d : r.problems) {
    std::string file = d.pos.file.substr(d.pos.file.rfind('/') + 1);
    out.push_back(fmt::format("{}:{}:{}: {}: {}", file, d.pos.line, d.pos.column,
                              d.severity == Severity::error ? "error" : "warning", d.message));
  }
  return out;
}

}  // namespace

TEST_CASE("validate: each broken rule file gives its message at its line and column") {
  struct Case {
    const char* file;
    const char* first;
  };
  const Case cases[] = {
      {"bad-dates.toml",
       "bad-dates.toml:12:12: error: valid_to 2025-01-01 is before valid_from "
       "2025-07-01"},
      {"bad-expression.toml",
       "bad-expression.toml:13:5: error: unknown field 'benfit'; did you "
       "mean 'benefit'?"},
      {"bad-id.toml", "bad-id.toml:2:6: error: rule set id must be [a-z0-9_]+"},
      {"constant-type.toml",
       "constant-type.toml:6:10: error: constant 'limits' must be a bool, "
       "number, string, date or array of strings, found a table"},
      {"hours-not-number.toml",
       "hours-not-number.toml:11:10: error: expected a number "
       "expression, but 'work_capacity_hours > 37' is a bool"},
      {"missing-title.toml", "missing-title.toml:1:1: error: missing required key 'title'"},
      {"overlapping-versions.toml",
       "overlapping-versions.toml:16:1: error: target group 'g' has two versions in force at the "
       "same time (the other at line 9); give them valid_from/valid_to dates that do not "
       "overlap"},
      {"type-error.toml",
       "type-error.toml:11:17: error: cannot compare 'benefit' (string) with "
       "'3' (number) using '>'"},
      {"unknown-code.toml",
       "unknown-code.toml:14:20: error: 'uddanelseshjaelp' (in constant "
       "'benefits') is not a benefit code of 'benefit'; did you mean "
       "'uddannelseshjaelp'?"},
      {"unknown-function.toml",
       "unknown-function.toml:11:9: error: unknown function "
       "'months_in'; did you mean 'months_on'?"},
      {"unknown-group.toml",
       "unknown-group.toml:16:11: error: unknown target group 'adult'; did "
       "you mean 'adults'?"},
      {"unknown-key.toml",
       "unknown-key.toml:5:3: error: unknown key 'target_grup' in top-level "
       "table; did you mean 'target_group'?"},
      {"unknown-source.toml",
       "unknown-source.toml:12:10: error: unknown source 'seed_2091' "
       "(declare it in a [[source]] table); did you mean 'seed_2019'?"},
      {"wrong-date-type.toml",
       "wrong-date-type.toml:11:14: error: 'valid_from' must be a TOML "
       "date like 2025-07-01, found a string"},
      {"extends-self.toml", "extends-self.toml:4:11: error: 'extends' makes a cycle"},
      {"cycle-a.toml", "cycle-b.toml:4:11: error: 'extends' makes a cycle"},  // where it closes
      {"extends-missing.toml", "extends-missing.toml:4:11: error: rule set"},
      {"broken-toml.toml", "broken-toml.toml:3:18: error: "},
  };
  for (const Case& c : cases) {
    std::string file = c.file;
    CAPTURE(file);
    FileResult r = validate_rule_file(data("bad-rules/") + c.file);
    std::vector<std::string> m = messages(r);
    REQUIRE(m.size() == 1);  // and no lint warnings after an error
    CAPTURE(m[0]);
    CHECK(m[0].starts_with(c.first));
    CHECK(r.errors() == 1);
    CHECK(r.tests.empty());
  }
}

TEST_CASE("validate: loading carries on after a problem and reports every one") {
  FileResult r = validate_rule_file(data("bad-rules/several-errors.toml"));
  CHECK(messages(r) ==
        std::vector<std::string>{
            "several-errors.toml:11:15: error: cannot compare 'age()' (number) with '\"18\"' "
            "(string) using '>='",
            "several-errors.toml:16:21: error: 'jobparate' is not a category code of 'category'; "
            "did you mean 'jobparat'?",
            "several-errors.toml:18:1: error: unknown key 'titel' in [[target_group]]; did you "
            "mean 'title'?"});
  CHECK(r.ruleset == "several_errors");
}

TEST_CASE("validate: warnings for missing sources, unused fields, unreachable tracks, gaps") {
  FileResult r = validate_rule_file(data("warn-rules/warnings.toml"));
  CHECK(r.errors() == 0);
  CHECK(r.warnings() == 4);
  CHECK(messages(r) ==
        std::vector<std::string>{
            "warnings.toml:10:8: warning: field 'housing_benefit' is declared but no rule reads it",
            "warnings.toml:22:1: warning: target group 'g' has a gap between versions: none is in "
            "force from 2022-01-01 to 2022-02-28 (the earlier version at line 14 ends 2021-12-31)",
            "warnings.toml:29:1: warning: target group 'old' names no source or legal basis; add "
            "source = \"...\" (a [[source]] id) and the quote it encodes",
            "warnings.toml:34:1: warning: track 'late' cannot be reached: no target group it "
            "names is in force while it is"});
}

TEST_CASE("validate: a failing rule test shows expected against actual and the decision") {
  FileResult r = validate_rule_file(data("warn-rules/failing-test.toml"));
  CHECK(r.problems.empty());
  REQUIRE(r.tests.size() == 1);
  const TestResult& t = r.tests[0];
  CHECK_FALSE(t.passed());
  CHECK(t.pos.line == 15);
  REQUIRE(t.mismatches.size() == 2);
  CHECK(t.mismatches[0].what == "eligible");
  CHECK(t.mismatches[0].expected == "true");
  CHECK(t.mismatches[0].actual == "false");
  CHECK(t.mismatches[1].what == "target_groups");
  CHECK(t.mismatches[1].expected == "[\"adults\"]");
  CHECK(t.mismatches[1].actual == "[]");
  CHECK(t.explanation.find("read: age() = 17") != std::string::npos);
}

TEST_CASE("validate: tests in rules/tests/<file>, citizens inline, as tables and from files") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("nytte-validate-test-" + std::to_string(::getpid()));
  fs::create_directories(dir / "tests");
  std::ofstream(dir / "r.toml") << R"([ruleset]
id = "r"
title = "Adults on kontanthjælp"

[[source]]
id = "s"
title = "A source"

[[target_group]]
id = "adults"
when = 'age() >= 18 and benefit == "kontanthjaelp"'
source = "s"
quote = "adults"
)";
  std::ofstream(dir / "people.toml") << R"([[citizen]]
id = "a"
birth_date = 2000-01-01
benefit = "kontanthjaelp"

[[citizen]]
id = "b"
birth_date = 2010-01-01
)";
  std::ofstream(dir / "tests" / "r.toml") << R"([[test]]
name = "table"
on = 2025-01-01
[test.citizen]
birth_date = 2000-01-01
benefit = "kontanthjælp"
[test.expect]
eligible = true
status = "eligible"

[[test]]
name = "inline, missing data"
on = 2025-01-01
citizen = { benefit = "kontanthjaelp" }
expect = { status = "undetermined", missing_fields = ["birth_date"] }

[[test]]
name = "from a file"
on = 2025-01-01
citizen = "../people.toml"
citizen_id = "b"
expect = { eligible = false, target_groups = [] }

[[test]]
name = "a file of two needs citizen_id"
on = 2025-01-01
citizen = "../people.toml"
expect = { eligible = false }

[[test]]
name = "a bad citizen"
on = 2025-01-01
[test.citizen]
birth_date = "2000-01-01"
[test.expect]
eligible = true
)";
  FileResult r = validate_rule_file((dir / "r.toml").string());
  CHECK(r.problems.empty());
  REQUIRE(r.tests.size() == 5);
  CHECK(r.tests[0].passed());
  CHECK(r.tests[1].passed());
  CHECK(r.tests[2].passed());
  CHECK_FALSE(r.tests[3].passed());
  REQUIRE(r.tests[3].errors.size() == 1);
  CHECK(r.tests[3].errors[0].message.find("holds 2 citizens") != std::string::npos);
  REQUIRE(r.tests[4].errors.size() == 1);
  std::string error = r.tests[4].errors[0].str();
  CAPTURE(error);
  // The citizen's problem is reported at its line in the tests file.
  CHECK(r.tests[4].errors[0].pos.line == 34);
  CHECK(r.tests[4].errors[0].pos.column == 14);
  CHECK(r.tests[4].errors[0].pos.file == (dir / "tests" / "r.toml").string());

  // Expectations naming what does not exist are problems of the file.
  std::ofstream(dir / "tests" / "r.toml") << R"([[test]]
name = "typos"
on = 2025-01-01
citizen = { benefit = "su" }
expect = { target_groups = ["adult"], track = "none", status = "eligable" }
)";
  r = validate_rule_file((dir / "r.toml").string());
  CHECK(messages(r) ==
        std::vector<std::string>{
            "r.toml:5:29: error: unknown target group 'adult'; did you mean 'adults'?",
            "r.toml:5:47: error: unknown track 'none'",
            "r.toml:5:64: error: unknown status 'eligable'; did you mean 'eligible'?; expected "
            "eligible, not_eligible, exempt or undetermined"});
  fs::remove_all(dir);
}

TEST_CASE("validate: the shipped rule sets load with no problem and their tests pass") {
  for (const std::string& file : find_rule_files({std::string(NYTTE_SOURCE_DIR) + "/rules"})) {
    CAPTURE(file);
    FileResult r = validate_rule_file(file);
    CHECK(messages(r).empty());
    for (const TestResult& t : r.tests) {
      CAPTURE(t.name);
      CHECK(t.passed());
    }
  }
}

TEST_CASE("validate: find_rule_files") {
  CHECK_THROWS_AS(find_rule_files({data("no-such-dir")}), Error);
  CHECK_THROWS_AS(find_rule_files({data("citizens/empty_dir")}), Error);
  auto files = find_rule_files({std::string(NYTTE_SOURCE_DIR) + "/rules"});
  CHECK(files.size() == 7);
  CHECK(std::is_sorted(files.begin(), files.end()));
}

}  // namespace nytte
