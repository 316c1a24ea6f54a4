// A diff for a CI log: GitHub Actions annotations or GitLab Code Quality
// issues, made from the laid-out and suppressed report (make_diff_report,
// suppress), never from the tally, so a log shows no more than the report:
// a hidden count is "<5" or "x" here too. What they hold: docs/diff.md.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "format/ci_annotations.h"
#include "report/report.h"

namespace nytte {

enum class DiffAnnotationFormat { github, gitlab };

// Whether more people changed than `fail_over` allows (none: no limit).
bool diff_over_limit(const Report& r, std::optional<uint64_t> fail_over);

// The cell of the status section's summary table in row `key` ("people",
// "unchanged", "changed"), as suppressed; null when the report has none.
const ReportCell* diff_summary_cell(const Report& r, std::string_view key);

// A count of the summary table in the reader's numbers, a hidden one as its
// mark ("?" when there is no cell): what standard error may say.
std::string diff_shown_count(const ReportCell* c);

// "131 of 2000 people changed (aarhus 2022-03 on 2025-09-01 -> aarhus
// 2026-12 on 2025-09-01)", a hidden count as its mark.
std::string diff_summary_line(const Report& r);

// "131 people changed, more than the 50 allowed (--fail-over 50)"
std::string diff_fail_over_message(const Report& r, uint64_t limit);

// GitHub workflow commands, one a line: a notice with the summary and the
// transition table; a notice per row of the conditions and hours_rules
// tables, at the rule's file, line and column; an error when more people
// changed than `fail_over` allows.
std::string diff_github_annotations(const Report& r, std::optional<uint64_t> fail_over);

// The same as Code Quality issues ("info"; the fail-over one "major"), for
// a report of its own or among validate's issues. The summary and the
// fail-over issue are at line 1 of the after side's rule file.
std::vector<CodeQualityIssue> diff_code_quality(const Report& r, std::optional<uint64_t> fail_over);

// The whole output of `diff --format github|gitlab`.
std::string write_diff_annotations(const Report& r, DiffAnnotationFormat f,
                                   std::optional<uint64_t> fail_over);

}  // namespace nytte
