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

}  // namespace nytte
