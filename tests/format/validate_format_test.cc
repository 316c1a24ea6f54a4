// validate's text: the severity words in colour only where the style says,
// the rest of each line as editors and CI tools parse it.
#include "format/validate_format.h"

#include <doctest/doctest.h>

#include "nytte/i18n.h"

namespace nytte {

TEST_CASE("write_validation text: severity words coloured only with a colour style") {
  FileResult f;
  f.file = "r.toml";
  f.problems.push_back({Severity::error, {"r.toml", 3, 7}, "bad", "x"});
  f.problems.push_back({Severity::warning, {"r.toml", 9, 1}, "odd", "y"});
  ValidationOptions plain;
  CHECK(write_validation(ValidationFormat::text, {f}, plain) ==
        "r.toml:3:7: error: bad\nr.toml:9:1: warning: odd\n");
  ValidationOptions color;
  color.style = Style{true};
  CHECK(write_validation(ValidationFormat::text, {f}, color) ==
        "r.toml:3:7: \x1b[1m\x1b[31merror\x1b[0m: bad\n"
        "r.toml:9:1: \x1b[1m\x1b[33mwarning\x1b[0m: odd\n");
  // --strict: the warning is written, and coloured, as an error.
  color.strict = true;
  CHECK(write_validation(ValidationFormat::text, {f}, color)
            .find("r.toml:9:1: \x1b[1m\x1b[31merror\x1b[0m: odd") != std::string::npos);
  // Other formats never carry colours.
  CHECK(write_validation(ValidationFormat::github, {f}, color).find('\x1b') == std::string::npos);
}

TEST_CASE("validate's text in Danish: the messages translated, error:/note: kept for CI") {
  FileResult f;
  f.file = "r.toml";
  TestResult ok;
  ok.name = "a";
  ok.pos = {"r.toml", 3, 1};
  ok.on = Date::from_ymd(2025, 9, 1);
  TestResult bad;
  bad.name = "b";
  bad.pos = {"r.toml", 9, 1};
  bad.on = ok.on;
  bad.mismatches.push_back({"eligible", "true", "false"});
  f.tests = {ok, bad};
  ValidationTotals t;
  t.files = 2;
  t.errors = 1;
  t.warnings = 1;
  t.tests = 1506;
  t.failed = 1;
  set_language(Language::da);
  std::string text = write_validation(ValidationFormat::text, {f}, {false, true, Style{}});
  std::string summary = validation_summary_line(t);
  set_language(Language::en);
  CHECK(text ==
        "r.toml:3:1: note: test 'a' bestået\n"
        "r.toml:9:1: error: test 'b' (den 1. september 2025) fejlede: eligible: forventede true, "
        "fik false\n");
  CHECK(summary == "nytte: 2 regelfiler kontrolleret: 1 fejl, 1 advarsel; 1.506 test, 1 fejlede\n");
  CHECK(validation_summary_line(t) ==
        "nytte: 2 rule files checked: 1 error, 1 warning; 1506 tests, 1 failed\n");
}

TEST_CASE("write_validation gitlab: problems and failing tests as Code Quality issues") {
  FileResult f;
  f.file = "r.toml";
  f.problems.push_back({Severity::error, {"r.toml", 3, 7}, "bad", "type-error"});
  f.problems.push_back({Severity::warning, {"r.toml", 9, 1}, "odd", "no-source"});
  TestResult ok;
  ok.name = "a";
  ok.pos = {"r.toml", 12, 1};
  TestResult bad = ok;
  bad.name = "b";
  bad.pos.line = 20;
  bad.mismatches.push_back({"eligible", "true", "false"});
  f.tests = {ok, bad};
  std::string out = write_validation(ValidationFormat::gitlab, {f}, {});
  CHECK(out.find("\"check_name\": \"nytte-validate/type-error\"") != std::string::npos);
  CHECK(out.find("\"severity\": \"major\"") != std::string::npos);
  CHECK(out.find("\"severity\": \"minor\"") != std::string::npos);
  CHECK(out.find("\"check_name\": \"nytte-validate/rule-test\"") != std::string::npos);
  CHECK(out.find("test 'b'") != std::string::npos);
  CHECK(out.find("test 'a'") == std::string::npos);  // a test that passed is no issue
  CHECK(out.find("\"begin\": 20") != std::string::npos);
  // --strict: the warning is major too.
  ValidationOptions strict;
  strict.strict = true;
  CHECK(write_validation(ValidationFormat::gitlab, {f}, strict).find("\"minor\"") ==
        std::string::npos);
  CHECK(validation_format_of("gitlab") == ValidationFormat::gitlab);
  CHECK(write_validation(ValidationFormat::gitlab, {}, {}) == "[]\n");
}

TEST_CASE("write_validation with baseline diffs: each format places them") {
  FileResult f;
  f.file = "r.toml";
  BaselineDiff over;
  over.file = "r.toml";
  over.baseline = "base/r.toml";
  over.summary = "52 of 2000 people changed";
  over.failure = "52 people changed, more than the 40 allowed (--fail-over 40)";
  BaselineDiff fine = over;
  fine.file = "s.toml";
  fine.failure = "";
  ValidationOptions o;
  o.baseline = true;

  // text: the reports after the problems.
  over.written = "nytte diff\nreport r\n";
  fine.written = "nytte diff\nreport s\n";
  CHECK(write_validation(ValidationFormat::text, {f}, o, {over, fine}) ==
        "nytte diff\nreport r\n\nnytte diff\nreport s\n");

  // json: "diffs", one report each, and ok false over the limit.
  over.written = "{\"changed\": 52}\n";
  fine.written = "{\"changed\": 3}\n";
  std::string json = write_validation(ValidationFormat::json, {f}, o, {over, fine});
  size_t diffs_at = json.find("\"diffs\": [");
  REQUIRE(diffs_at != std::string::npos);
  CHECK(json.find("{\"changed\": 52}", diffs_at) < json.find("{\"changed\": 3}", diffs_at));
  CHECK(json.find("\"summary\"") > json.find("{\"changed\": 3}"));
  CHECK(json.find("\"ok\": false") != std::string::npos);
  CHECK(write_validation(ValidationFormat::json, {f}, o, {fine}).find("\"ok\": true") !=
        std::string::npos);
  // Without --baseline no "diffs" key at all; with it and no pair, [].
  CHECK(write_validation(ValidationFormat::json, {f}, {}).find("diffs") == std::string::npos);
  CHECK(write_validation(ValidationFormat::json, {f}, o).find("\"diffs\": []") !=
        std::string::npos);

  // junit: a suite of its own, a failing case over the limit.
  std::string junit = write_validation(ValidationFormat::junit, {f}, o, {over, fine});
  CHECK(junit.find("<testsuites name=\"nytte validate\" tests=\"3\" failures=\"1\"") !=
        std::string::npos);
  CHECK(junit.find("name=\"diff r.toml against base/r.toml\"") != std::string::npos);
  CHECK(junit.find("<failure type=\"fail-over\" message=\"52 people changed, more than the 40 "
                   "allowed (--fail-over 40)\">52 of 2000 people changed</failure>") !=
        std::string::npos);

  // github: the annotations after validate's; gitlab: one array.
  over.written = "::notice title=nytte diff::x\n";
  CHECK(write_validation(ValidationFormat::github, {f}, o, {over}) ==
        "::notice title=nytte diff::x\n");
  over.issues = {{"d", "nytte-diff/summary", "info", "r.toml", 1, "summary"}};
  std::string gitlab = write_validation(ValidationFormat::gitlab, {f}, o, {over});
  CHECK(gitlab.find("nytte-diff/summary") != std::string::npos);
  CHECK(gitlab.front() == '[');
}

}  // namespace nytte
