// Checking rule files for CI (`nytte validate`): every problem the loader
// finds, the warnings of a linter, and the test cases written beside the
// rules, run and compared with what they promise.
#pragma once

#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "model/rules.h"

namespace nytte {

// One expectation of a test that did not hold.
struct TestMismatch {
  std::string what;      // "eligible", "target_groups", ...
  std::string expected;  // as written in JSON: true, "jobpakke", ["a","b"], 12
  std::string actual;
};

struct TestResult {
  std::string name;
  SourcePos pos;
  Date on;
  std::vector<TestMismatch> mismatches;  // empty and no errors: passed
  std::vector<Diagnostic> errors;        // the citizen could not be loaded
  std::string explanation;               // the decision in text, when it failed
  bool passed() const { return mismatches.empty() && errors.empty(); }
};

struct FileResult {
  std::string file;
  std::string ruleset;               // id, "" when it could not be loaded
  std::vector<Diagnostic> problems;  // errors and warnings, in file order
  std::vector<TestResult> tests;
  size_t errors() const;
  size_t warnings() const;
};

// The rule files named by `paths`: files, and every *.toml directly in a
// directory (sorted). Throws Error when a path does not exist or a directory
// holds no rule file.
std::vector<std::string> find_rule_files(const std::vector<std::string>& paths);

// Checks one rule file and the files it extends, lints it and runs its tests
// (and those of tests/<file name> beside it, if present).
FileResult validate_rule_file(const std::string& path);

// validate_rule_file for each file in order; a problem in a file that several
// others extend is reported once, with the first.
std::vector<FileResult> validate_rule_files(const std::vector<std::string>& files);

// Warnings about a loaded rule set's own rules: no source or legal basis, a
// track no target group can reach, a declared field no rule reads, a gap
// between two versions of a rule.
std::vector<Diagnostic> lint_rules(const RuleSet& rs);

}  // namespace nytte
