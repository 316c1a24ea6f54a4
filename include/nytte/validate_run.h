// nytte validate, run: the rule files named found, each checked with the
// files it extends, linted, and its test cases (and those of tests/<file>
// beside it) run, written in the format asked for, with a summary line on
// standard error. What validate checks: docs/rules.md; behind it:
// lib/run/validate_run.cc.
#pragma once

#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

namespace nytte {

// validate's options as given on the command line.
struct ValidateRunOptions {
  std::vector<std::string> paths;  // rule files or directories; empty = rules/
  std::string format = "text";     // text, json, junit, github, gitlab
  std::string output;              // -o FILE
  bool strict = false;             // --strict: a warning counts as an error
  bool quiet = false;              // -q: nothing printed; an -o FILE is still written
  std::string color = "auto";      // --color auto|always|never
  bool verbose = false;            // -v: text lists the tests that passed too
  // --baseline REF --population POP...: each rule file checked that has a
  // counterpart in REF (REF itself when one file is checked; in a
  // directory, the file of the same name) is diffed against it on the
  // population (before: REF's, after: the file checked), on --on (default
  // today).
  std::string baseline;
  std::vector<std::string> population;
  std::string on;
  // --fail-over N: exit status 1 when more than N people changed in a diff
  std::optional<uint64_t> fail_over;
};

// Runs validate; `err` is its standard error. Returns the exit status: 1
// when a file has an error (a warning too with --strict) or a test fails,
// or a baseline diff moved more people than fail_over allows, with -q or
// without, else 0; 2 when a record of the population could not be read.
// Throws Error when a path does not exist or holds no rule file, UsageError
// for an output that would replace an input or --baseline without
// --population (or the reverse).
int run_validate(const ValidateRunOptions& o, std::FILE* err = stderr);

}  // namespace nytte
