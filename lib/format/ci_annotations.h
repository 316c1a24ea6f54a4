// The two annotation formats CI systems read from a job: GitHub Actions'
// workflow commands (`::error file=F,line=L::message` in the log) and
// GitLab's Code Quality report (a JSON array shown on a merge request).
// validate and diff write both; these are the pieces they share.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace nytte {

// Workflow commands: a message escapes %, CR and LF; a property (file=,
// title=) also : and ,.
std::string github_data(std::string_view s);
std::string github_property(std::string_view s);

// One entry of a Code Quality report. severity: info, minor, major,
// critical or blocker.
struct CodeQualityIssue {
  std::string description;
  std::string check_name;
  std::string severity;
  std::string path;
  uint32_t line = 1;
  // What tells two issues of one check on one line apart (a message, a
  // test's name); part of the fingerprint only.
  std::string key;
};

// A stable fingerprint (GitLab matches issues across pipelines by it): 32
// hex digits hashed from check_name, path, line and key.
std::string code_quality_fingerprint(const CodeQualityIssue& i);

// The report: a JSON array, one object an issue, in the order given, with a
// final newline ("[]\n" when there is none).
std::string write_code_quality(const std::vector<CodeQualityIssue>& issues);

}  // namespace nytte
