// validate's outputs: text (file:line:column: error: message), JSON, JUnit
// XML, GitHub Actions annotations and a GitLab Code Quality report, and the
// summary line. What each holds:
// docs/rules.md.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "check/rule_check.h"
#include "format/ci_annotations.h"
#include "format/output.h"  // Style

namespace nytte {

enum class ValidationFormat { text, json, junit, github, gitlab };

// "json" -> json, ...; any other name is text.
ValidationFormat validation_format_of(std::string_view name);

struct ValidationOptions {
  bool strict = false;    // --strict: a warning counts as an error
  bool verbose = false;   // -v: text lists the tests that passed too
  Style style;            // text: the severity words in colour (--color)
  bool baseline = false;  // --baseline: JSON has "diffs" (empty when no file had a counterpart)
};

// validate --baseline: a rule file checked, diffed against its counterpart
// (run/validate_run.cc makes it, already written in the format asked for).
struct BaselineDiff {
  std::string file;      // the rule file checked: the after side
  std::string baseline;  // its counterpart: the before side
  std::string summary;   // diff_summary_line (hidden counts as their marks)
  std::string failure;   // more people changed than --fail-over allows: why; "" when not
  // The diff in the format: the text report (text), annotations (github),
  // the JSON report (json); nothing for junit and gitlab.
  std::string written;
  std::vector<CodeQualityIssue> issues;  // gitlab
};

struct ValidationTotals {
  size_t files = 0;
  size_t errors = 0;
  size_t warnings = 0;
  size_t tests = 0;
  size_t failed = 0;  // tests that ran and disagreed, or could not run
  bool ok() const { return errors == 0 && failed == 0; }
};

ValidationTotals tally_validation(const std::vector<FileResult>& files, bool strict);

// Every file's problems and failing tests in one document, and after them
// the baseline diffs (text: the reports; json: "diffs", one report each;
// junit: a test case each, failing over --fail-over; github, gitlab: their
// annotations).
std::string write_validation(ValidationFormat format, const std::vector<FileResult>& files,
                             const ValidationOptions& o,
                             const std::vector<BaselineDiff>& diffs = {});

// "nytte: N rule files checked: E errors, W warnings; T tests, F failed\n"
std::string validation_summary_line(const ValidationTotals& t);

}  // namespace nytte
