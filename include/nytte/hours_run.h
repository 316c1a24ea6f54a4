// nytte weekly-hours, run: the rule set loaded, the people read (citizen
// records and plan files, in input order), each one's period and, for a
// citizen, the plan build-package would make, the attendance logs summed by
// week, and each person's weeks written in the format asked for, every
// short week to --shortfalls FILE, with a summary line on standard error.
// Or, with --holidays YEAR, that year's days off. docs/hours.md; behind it:
// lib/run/hours_run.cc.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include "nytte/options.h"
#include "nytte/progress.h"

namespace nytte {

// weekly-hours' options as given on the command line; run_weekly_hours
// checks them (UsageError).
struct HoursRunOptions {
  CommonOptions common;
  std::vector<std::string> inputs;
  std::vector<std::string> attendance;  // --attendance FILE, repeatable
  std::string from, to;                 // --from DATE, --to DATE
  int weeks = 0;                        // --weeks N
  bool fail_under = false;
  int holidays_year = 0;   // --holidays YEAR
  std::string shortfalls;  // --shortfalls FILE: every short week as CSV
};

// Runs weekly-hours; `err` is its standard error. Returns the exit status:
// 2 when a record, plan or attendance row could not be read or a person has
// no period, 1 with -q or --fail-under when a week is below the requirement,
// else 0. Throws UsageError for bad options and Error for bad rules or an
// output that cannot be written.
int run_weekly_hours(const HoursRunOptions& o, StageProgress& progress, std::FILE* err = stderr);

}  // namespace nytte
