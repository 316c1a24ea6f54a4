// nytte check-eligibility, run: every person of the inputs decided under
// each rule set on one date, on several threads, written in input order in
// the format asked for, with a summary line on standard error for more than
// one person. docs/check-eligibility.md; behind it: lib/run/eligibility_run.cc.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include "nytte/options.h"
#include "nytte/progress.h"

namespace nytte {

// check-eligibility's options as given on the command line;
// run_eligibility checks them (UsageError).
struct EligibilityRunOptions {
  CommonOptions common;
  std::vector<std::string> inputs;
  std::string input_format;  // "", "toml", "csv"
  bool explain = false;
  bool show_cpr = false;
  bool no_duplicate_check = false;
  unsigned threads = 0;  // 0: one per core
  // --ask: the interview (nytte/interview_run.h); -o is then the citizen
  // file of the answers, and `id` its id.
  bool ask = false;
  std::string id;
};

// Runs check-eligibility; `err` is its standard error. Returns the exit
// status: 2 when a record or input could not be read, with -q 0 when
// someone checked is eligible and 1 when nobody is, else 0. Throws
// UsageError for bad options and Error for bad rules or an output that
// cannot be written.
int run_eligibility(const EligibilityRunOptions& o, StageProgress& progress,
                    std::FILE* err = stderr);

}  // namespace nytte
