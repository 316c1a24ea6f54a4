// nytte diff, run: a population decided under two rule sets (or on two
// dates) as it streams past once, the changes counted, small counts
// suppressed, and the diff written as a report in the format asked for,
// with a summary line on standard error; the changed people listed with
// both decisions (--list). What the diff holds: docs/diff.md; behind it:
// lib/run/diff_run.cc.
#pragma once

#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "nytte/options.h"
#include "nytte/progress.h"

namespace nytte {

// diff's options as given on the command line; run_diff checks them
// (UsageError). common.rules (once; empty = built-in national) and
// common.on (empty = today) are the before side.
struct DiffRunOptions {
  CommonOptions common;
  std::vector<std::string> inputs;
  std::string against;       // --against RULES: the after side's rules ("": the before side's)
  std::string against_on;    // --against-on DATE: the after side's date ("": the before side's)
  std::string input_format;  // "", "toml", "csv"
  std::string csv_layout;    // --csv-layout long|table ("": long), as report's
  // --list FILE: the changed people, one JSON line each with both
  // decisions ("-": standard output, the report then only with -o)
  std::string list;
  bool show_cpr = false;  // CPR numbers in full in the list
  // --fail-over N: exit status 1 when more than N people changed
  std::optional<uint64_t> fail_over;
  bool no_suppress = false;
  bool no_packages = false;
  bool no_duplicate_check = false;
  unsigned threads = 0;  // 0: one per core
};

// Runs diff; `err` is its standard error. Returns the exit status: 2 when a
// record could not be read (the diff still counts the good ones), else 1
// when more people changed than fail_over allows (the report still
// written whole), else 0. Throws UsageError for bad options and Error for
// bad rules or an output that cannot be written.
int run_diff(const DiffRunOptions& o, StageProgress& progress, std::FILE* err = stderr);

}  // namespace nytte
