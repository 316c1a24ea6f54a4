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
#include "format/output.h"  // Style

namespace nytte {

enum class ValidationFormat { text, json, junit, github, gitlab };

// "json" -> json, ...; any other name is text.
ValidationFormat validation_format_of(std::string_view name);

struct ValidationOptions {
  bool strict = false;   // --strict: a warning counts as an error
  bool verbose = false;  // -v: text lists the tests that passed too
  Style style;           // text: the severity words in colour (--color)
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

// Every file's problems and failing tests in one document.
std::string write_validation(ValidationFormat format, const std::vector<FileResult>& files,
                             const ValidationOptions& o);

// "nytte: N rule files checked: E errors, W warnings; T tests, F failed\n"
std::string validation_summary_line(const ValidationTotals& t);

}  // namespace nytte
