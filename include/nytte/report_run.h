// nytte report, run: the population counted on several threads, the
// attendance logs by person, the seats shared out as build-package shares
// them, small counts suppressed, and the report written in the format asked
// for, with a summary line on standard error. What the report holds:
// docs/report.md; behind it: lib/run/report_run.cc.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "nytte/options.h"
#include "nytte/progress.h"

namespace nytte {

// report's options as given on the command line; run_report checks them
// (UsageError).
struct ReportRunOptions {
  CommonOptions common;
  std::vector<std::string> inputs;
  std::string compare;                  // --compare DATE
  std::vector<std::string> by;          // --by FIELD, repeatable
  std::vector<std::string> attendance;  // --attendance FILE, repeatable
  std::string input_format;             // "", "toml", "csv"
  // --csv-layout long|table ("": long): one row a figure, or each table as
  // the text report shows it (lib/report/report.h, write_report_csv_table)
  std::string csv_layout;
  bool no_suppress = false;
  bool no_packages = false;
  bool no_duplicate_check = false;
  unsigned threads = 0;  // 0: one per core
  // --allocation-limit N: the seats are shared out for at most N covered
  // people (0: never)
  static constexpr uint64_t kDefaultAllocationLimit = 200000;
  uint64_t allocation_limit = kDefaultAllocationLimit;
};

// Runs report; `err` is its standard error. Returns the exit status: 2 when
// a record or attendance row could not be read (the report still counts the
// good ones), else 0. Throws UsageError for bad options and Error for bad
// rules or an output that cannot be written.
int run_report(const ReportRunOptions& o, StageProgress& progress, std::FILE* err = stderr);

}  // namespace nytte
