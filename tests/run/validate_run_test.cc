// validate's run: the exit status of errors and failing tests, -q, -o FILE,
// a path that is not there, an output onto an input.
#include "nytte/validate_run.h"

#include <doctest/doctest.h>

#include "command_run.h"
#include "nytte/error.h"
#include "nytte/i18n.h"

namespace nytte {
namespace {

using test::CapturedErr;
using test::file_text;
using test::RunDir;
using test::source;

TEST_CASE("run_validate: a good rule file, 0, the report to -o FILE and the summary on stderr") {
  RunDir dir("validate-good");
  ValidateRunOptions o;
  o.paths = {source("rules/national.toml")};
  o.format = "json";
  o.output = dir / "out.json";
  CapturedErr err;
  CHECK(run_validate(o, err.f) == 0);
  CHECK(file_text(o.output).starts_with("{"));
  CHECK(file_text(o.output).find("national.toml") != std::string::npos);
  CHECK(err.text().starts_with("nytte: 1 rule file checked: 0 errors, 0 warnings; "));
}

TEST_CASE("run_validate: json, junit and github are the same in Danish as in English") {
  for (const char* format : {"json", "junit", "github"}) {
    CAPTURE(format);
    RunDir dir("validate-language");
    ValidateRunOptions o;
    o.paths = {source("tests/data/bad-rules/several-errors.toml"),
               source("tests/data/warn-rules/failing-test.toml")};
    o.format = format;
    o.output = dir / "en.out";
    CapturedErr en_err;
    run_validate(o, en_err.f);
    set_language(Language::da);
    o.output = dir / "da.out";
    CapturedErr da_err;
    run_validate(o, da_err.f);
    CHECK(language() == Language::en);  // chosen for the machine format
    set_language(Language::en);
    CHECK(file_text(dir / "da.out") == file_text(dir / "en.out"));
    CHECK(file_text(dir / "da.out").find("cannot compare") != std::string::npos);
  }
}

TEST_CASE("run_validate: an error is 1, with -q too, and -q prints nothing") {
  ValidateRunOptions o;
  o.paths = {source("tests/data/bad-rules/unknown-key.toml")};
  {
    RunDir dir("validate-bad");
    o.output = dir / "out.txt";
    CapturedErr err;
    CHECK(run_validate(o, err.f) == 1);
    CHECK(file_text(o.output).find("unknown-key.toml:") != std::string::npos);
    CHECK(err.text().find(" 0 errors") == std::string::npos);
  }
  o.output.clear();
  o.quiet = true;
  CapturedErr err;
  CHECK(run_validate(o, err.f) == 1);
  CHECK(err.text().empty());
}

TEST_CASE("run_validate: a path that is not there is an Error, -o onto an input a UsageError") {
  ValidateRunOptions o;
  o.paths = {source("tests/data/no-such-rules.toml")};
  CapturedErr err;
  CHECK_THROWS_AS(run_validate(o, err.f), Error);
  o.paths = {source("rules/national.toml")};
  o.output = o.paths[0];
  CHECK_THROWS_AS(run_validate(o, err.f), UsageError);
}

}  // namespace
}  // namespace nytte
