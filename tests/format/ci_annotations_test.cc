// CI annotations: GitHub's escapes and GitLab's Code Quality entries, whose
// fingerprints must stay the same from one pipeline to the next.
#include "format/ci_annotations.h"

#include <doctest/doctest.h>

namespace nytte {

TEST_CASE("github_data and github_property escape what workflow commands require") {
  CHECK(github_data("50% of\r\nall: a,b") == "50%25 of%0D%0Aall: a,b");
  CHECK(github_property("50% of\r\nall: a,b") == "50%25 of%0D%0Aall%3A a%2Cb");
}

TEST_CASE("code_quality_fingerprint: 32 hex digits, stable, telling every field apart") {
  CodeQualityIssue a{"msg", "nytte-validate/x", "major", "r.toml", 3, "k"};
  std::string f = code_quality_fingerprint(a);
  CHECK(f.size() == 32);
  CHECK(f.find_first_not_of("0123456789abcdef") == std::string::npos);
  // Fixed across builds and machines (GitLab compares pipelines by it).
  CHECK(f == code_quality_fingerprint(a));
  CHECK(f == "e61b2f27e0907133e3af5a6735500172");  // FNV-1a, recomputed in Python
  // The description and the severity are not part of it; the rest is.
  CodeQualityIssue b = a;
  b.description = "other words";
  b.severity = "minor";
  CHECK(code_quality_fingerprint(b) == f);
  for (auto change :
       {+[](CodeQualityIssue& i) { i.check_name = "nytte-validate/y"; },
        +[](CodeQualityIssue& i) { i.path = "s.toml"; }, +[](CodeQualityIssue& i) { i.line = 4; },
        +[](CodeQualityIssue& i) { i.key.push_back('x'); }}) {
    CodeQualityIssue c = a;
    change(c);
    CHECK(code_quality_fingerprint(c) != f);
  }
  // A field boundary moved is another issue.
  CodeQualityIssue d = a, e = a;
  d.path = "r.toml3";
  d.line = 1;
  e.line = 31;
  CHECK(code_quality_fingerprint(d) != code_quality_fingerprint(e));
}

TEST_CASE("write_code_quality: GitLab's array of issues") {
  CHECK(write_code_quality({}) == "[]\n");
  std::string out = write_code_quality({{"a \"quoted\" message", "c", "info", "r.toml", 0, ""}});
  CHECK(out.front() == '[');
  CHECK(out.find("\"description\": \"a \\\"quoted\\\" message\"") != std::string::npos);
  CHECK(out.find("\"check_name\": \"c\"") != std::string::npos);
  CHECK(out.find("\"severity\": \"info\"") != std::string::npos);
  CHECK(out.find("\"path\": \"r.toml\"") != std::string::npos);
  // GitLab's lines start at 1: a position without a line is put on the first.
  CHECK(out.find("\"begin\": 1") != std::string::npos);
  CHECK(out.back() == '\n');
}

}  // namespace nytte
