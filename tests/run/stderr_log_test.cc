// The bounded standard error of a run: the first lines of each kind shown,
// every one counted, what was left out said by kind; reasons counted alike
// whatever their figures.
#include "run/stderr_log.h"

#include <doctest/doctest.h>

#include "command_run.h"

namespace nytte {
namespace {

TEST_CASE("StderrLog shows the first lines of each kind and counts the rest") {
  test::CapturedErr err;
  StderrLog log(nullptr, 2, err.f);
  for (int i = 0; i < 5; ++i) log.error_line("wrong-type", "bad " + std::to_string(i));
  for (int i = 0; i < 3; ++i) log.outcome("short", "short " + std::to_string(i));
  log.outcome("no package", "none");
  CHECK(log.errors() == 5);
  CHECK(log.print_hidden("--shortfalls FILE lists every one"));
  CHECK(err.text() ==
        "bad 0\nbad 1\nshort 0\nshort 1\nnone\n"
        "nytte: 3 more errors not shown, the first 2 of each kind are above (wrong-type 3)\n"
        "nytte: 1 more line not shown, the first 2 of each kind are above (short 1); "
        "--shortfalls FILE lists every one\n");
}

TEST_CASE("StderrLog quiet: every line counted, none written") {
  test::CapturedErr err;
  StderrLog log(nullptr, 1, err.f);
  log.set_quiet(true);
  log.error_line("x", "one");
  log.error_line("x", "two");
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
  log.outcome("short", "a");
  log.outcome("short", "b");  // not shown: nothing to clear for
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
  CHECK(t.str(1) == "no seats left 2; 1 other reasons 1");
}

}  // namespace
}  // namespace nytte
