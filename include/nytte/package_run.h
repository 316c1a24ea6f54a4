// nytte build-package, run: the rule set loaded, the people read (first
// record of each id), everyone's packages built against the offers' seats,
// written in the format asked for (-o FILE, or one calendar a person with
// --split DIR), every shortfall to --shortfalls FILE, and on standard error
// the people short or without a package (bounded) and a batch's summary
// line. What each output holds: docs/packages.md; behind it:
// lib/run/package_run.cc.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include "nytte/options.h"
#include "nytte/progress.h"

namespace nytte {

// build-package's options as given on the command line; run_packages checks
// them (UsageError, before anything is read where it can be).
struct PackageRunOptions {
  CommonOptions common;
  std::vector<std::string> inputs;
  std::string start;  // --start DATE
  bool no_seat_limits = false;
  unsigned threads = 0;    // 0: one per core
  std::string hours;       // --hours N: the planner's weekly total where the source states none
  std::string shortfalls;  // --shortfalls FILE: every shortfall as CSV
  int weeks = 0;           // --weeks N, --until DATE: the course's end in a calendar
  std::string until;
  std::string split;  // --split DIR: one calendar a person
};

// Runs build-package; `err` is its standard error. Returns the exit status
// (README.md, "Quiet mode and exit status"): 2 when a record or input could
// not be read, 1 with -q when someone is short of hours or has no package,
// else 0. Throws UsageError for bad options and Error for bad rules or an
// output that cannot be written.
int run_packages(const PackageRunOptions& o, StageProgress& progress, std::FILE* err = stderr);

}  // namespace nytte
