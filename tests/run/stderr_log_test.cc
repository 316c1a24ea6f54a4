// The bounded standard error of a run: the first lines of each kind shown,
// every one counted, what was left out said by kind; reasons counted alike
// whatever their figures.
#include "run/stderr_log.h"

#include <doctest/doctest.h>

#include "command_run.h"

namespace nytte {
namespace {

Diagnostic wrong_type(int i) {
  return Diagnostic{
      Severity::error, {"p.csv", uint32_t(i + 2), 1}, "bad " + std::to_string(i), "wrong-type"};
}

TEST_CASE("StderrLog shows the first lines of each kind and counts the rest") {
  test::CapturedErr err;
  StderrLog log(nullptr, 2, err.f);
  for (int i = 0; i < 5; ++i) log.error(wrong_type(i));
  for (int i = 0; i < 3; ++i) log.outcome("short", {"p.csv", 9, 1}, "short " + std::to_string(i));
  log.outcome("no package", {"q.toml", 3, 1}, "none");
  CHECK(log.errors() == 5);
  CHECK(log.print_hidden("--shortfalls FILE lists every one"));
  CHECK(err.text() ==
        "nytte: error: p.csv:2:1: bad 0\nnytte: error: p.csv:3:1: bad 1\n"
        "nytte: warning: p.csv:9:1: short 0\nnytte: warning: p.csv:9:1: short 1\n"
        "nytte: warning: q.toml:3:1: none\n"
        "nytte: 3 more errors not shown, the first 2 of each kind are above (wrong-type 3)\n"
        "nytte: 1 more line not shown, the first 2 of each kind are above (short 1); "
        "--shortfalls FILE lists every one\n");
}

TEST_CASE("StderrLog: a bad record's problems are one error, each problem a line") {
  test::CapturedErr err;
  StderrLog log(nullptr, 10, err.f);
  log.bad_record({wrong_type(0), Diagnostic{Severity::error, {"p.csv", 2, 0}, "no cells", ""}});
  CHECK(log.errors() == 1);
  CHECK_FALSE(log.print_hidden());
  CHECK(err.text() == "nytte: error: p.csv:2:1: bad 0\nnytte: error: p.csv:2: no cells\n");
}

TEST_CASE("StderrLog quiet: every line counted, none written") {
  test::CapturedErr err;
  StderrLog log(nullptr, 1, err.f);
  log.set_quiet(true);
  log.error(Diagnostic{Severity::error, {}, "one", "x"});
  log.error(Diagnostic{Severity::error, {}, "two", "x"});
  CHECK(log.errors() == 2);
  CHECK(log.print_hidden());
  CHECK(err.text().empty());
}

TEST_CASE("StderrLog clears the progress before it writes a line") {
  struct Counting : StageProgress {
    int clears = 0;
    void stage(std::string_view, ProgressUnit) override {}
    void advance(uint64_t, uint64_t) override {}
    void clear() override { ++clears; }
  } progress;
  test::CapturedErr err;
  StderrLog log(&progress, 1, err.f);
  log.outcome("short", {"p", 1, 1}, "a");
  log.outcome("short", {"p", 2, 1}, "b");  // not shown: nothing to clear for
  CHECK(progress.clears == 1);
}

TEST_CASE("reason_kind and ReasonTally: like reasons count together") {
  CHECK(reason_kind("not in the target group on 2025-09-01 (undetermined); missing: a") ==
        "not in the target group on <date> (undetermined)");
  CHECK(reason_kind("add up to 12:30 of 37:00 in 3 days") ==
        "add up to <h:mm> of <h:mm> in N days");
  CHECK(reason_kind("no seats left: kursus_a, kursus_b") == "no seats left");
  ReasonTally t;
  CHECK(t.empty());
  t.add("no seats left: a");
  t.add("no seats left: b");
  t.add("add up to 1:00");
  CHECK(t.str() == "no seats left 2; add up to <h:mm> 1");
  CHECK(t.str(1) == "no seats left 2; 1 other reason 1");
  t.add("time conflicts");
  CHECK(t.str(1) == "no seats left 2; 2 other reasons 2");
}

}  // namespace
}  // namespace nytte
