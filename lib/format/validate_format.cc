// validate's writers (format/validate_format.h).
#include "format/validate_format.h"

#include <fmt/format.h>

#include "base/local_format.h"
#include "base/plural.h"
#include "format/ci_annotations.h"
#include "format/output.h"
#include "nytte/i18n.h"

namespace nytte {
namespace {

std::string_view severity_word(Severity s) {
  switch (s) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::note:
      return "note";
  }
  return "error";
}

// --strict: a warning counts as an error.
Severity effective(const Diagnostic& d, bool strict) {
  return strict && d.severity == Severity::warning ? Severity::error : d.severity;
}

// In the reader's language; the machine formats are written in English
// (run_validate chooses it), so their messages do not depend on the locale.
std::string test_message(const TestResult& t) {
  if (!t.errors.empty()) {
    return trf("test '{}' (on {}) could not run: its citizen does not load ({})", t.name,
               local_date(t.on), plural(t.errors.size(), "problem", "problems"));
  }
  std::string msg = trf("test '{}' (on {}) failed:", t.name, local_date(t.on));
  for (const TestMismatch& m : t.mismatches) {
    msg += trf(" {}: expected {}, got {};", m.what, m.expected, m.actual);
  }
  msg.pop_back();
  return msg;
}

// ---------------------------------------------------------------- text --

// d.str() with its severity word in colour where `st` says, as compilers
// write theirs: error red, warning yellow, note dim.
std::string styled(const Diagnostic& d, const Style& st) {
  std::string s = d.str();
  if (!st.color) return s;
  std::string_view sev = severity_word(d.severity);
  std::string_view color = d.severity == Severity::error     ? st.red()
                           : d.severity == Severity::warning ? st.yellow()
                                                             : st.dim();
  size_t at = s.size() - d.message.size() - 2 - sev.size();  // str() ends "sev: message"
  s.insert(at + sev.size(), st.reset());
  s.insert(at, fmt::format("{}{}", st.bold(), color));
  return s;
}

void write_text(const std::vector<FileResult>& files, const ValidationOptions& o,
                std::string& out) {
  for (const FileResult& f : files) {
    for (const Diagnostic& d : f.problems) {
      Diagnostic shown = d;
      shown.severity = effective(d, o.strict);
      out += styled(shown, o.style);
      out += '\n';
    }
    for (const TestResult& t : f.tests) {
      if (t.passed()) {
        if (o.verbose) {
          out += fmt::format("{}:{}:{}: note: {}\n", t.pos.file, t.pos.line, t.pos.column,
                             trf("test '{}' passed", t.name));
        }
        continue;
      }
      out += styled(Diagnostic{Severity::error, t.pos, test_message(t), "test-failed"}, o.style);
      out += '\n';
      for (const Diagnostic& d : t.errors) out += fmt::format("  {}\n", styled(d, o.style));
      if (!t.explanation.empty()) {
        out += fmt::format("  {}\n", tr("The decision:"));
        size_t at = 0;
        while (at < t.explanation.size()) {
          size_t end = t.explanation.find('\n', at);
          if (end == std::string::npos) end = t.explanation.size();
          if (end > at) out += "    ";
          out.append(t.explanation, at, end - at);
          out += '\n';
          at = end + 1;
        }
      }
    }
  }
}

// ---------------------------------------------------------------- json --

void write_diagnostic_json(const Diagnostic& d, bool strict, JsonWriter& w) {
  w.begin_object();
  w.key("severity");
  w.string(severity_word(effective(d, strict)));
  w.key("file");
  w.string(d.pos.file);
  w.key("line");
  w.integer(d.pos.line);
  w.key("column");
  w.integer(d.pos.column);
  w.key("code");
  w.string(d.code);
  w.key("message");
  w.string(d.message);
  w.end_object();
}

void write_json(const std::vector<FileResult>& files, const ValidationOptions& o,
                const ValidationTotals& totals, const std::vector<BaselineDiff>& diffs,
                std::string& out) {
  JsonWriter w(out, 2);
  w.begin_object();
  w.key("files");
  w.begin_array();
  for (const FileResult& f : files) {
    w.begin_object();
    w.key("file");
    w.string(f.file);
    w.key("ruleset");
    w.string_or_null(f.ruleset);
    w.key("problems");
    w.begin_array();
    for (const Diagnostic& d : f.problems) write_diagnostic_json(d, o.strict, w);
    w.end_array();
    w.key("tests");
    w.begin_array();
    for (const TestResult& t : f.tests) {
      w.begin_object();
      w.key("name");
      w.string(t.name);
      w.key("file");
      w.string(t.pos.file);
      w.key("line");
      w.integer(t.pos.line);
      w.key("column");
      w.integer(t.pos.column);
      w.key("on");
      w.string(t.on.iso());
      w.key("passed");
      w.boolean(t.passed());
      w.key("mismatches");
      w.begin_array();
      for (const TestMismatch& m : t.mismatches) {
        w.begin_object();
        w.key("what");
        w.string(m.what);
        w.key("expected");
        w.raw(m.expected);
        w.key("actual");
        w.raw(m.actual);
        w.end_object();
      }
      w.end_array();
      w.key("errors");
      w.begin_array();
      for (const Diagnostic& d : t.errors) write_diagnostic_json(d, o.strict, w);
      w.end_array();
      if (!t.explanation.empty()) {
        w.key("explanation");
        w.string(t.explanation);
      }
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();
  bool over = false;
  if (o.baseline) {
    w.key("diffs");
    w.begin_array();
    for (const BaselineDiff& d : diffs) {
      std::string_view json = d.written;
      while (!json.empty() && json.back() == '\n') json.remove_suffix(1);
      w.raw(json);
      over = over || !d.failure.empty();
    }
    w.end_array();
  }
  w.key("summary");
  w.begin_object();
  w.key("files");
  w.integer(static_cast<int64_t>(totals.files));
  w.key("errors");
  w.integer(static_cast<int64_t>(totals.errors));
  w.key("warnings");
  w.integer(static_cast<int64_t>(totals.warnings));
  w.key("tests");
  w.integer(static_cast<int64_t>(totals.tests));
  w.key("failed");
  w.integer(static_cast<int64_t>(totals.failed));
  w.key("ok");
  w.boolean(totals.errors == 0 && totals.failed == 0 && !over);
  w.end_object();
  w.end_object();
  out += '\n';
}

// --------------------------------------------------------------- junit --

std::string xml_escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      default:
        // Control characters other than tab and line breaks are not XML.
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') {
          out += ' ';
        } else {
          out += c;
        }
    }
  }
  return out;
}

// One <testsuite> a file: a test case for the file's checks, and one for each
// rule test. Problems are failures; a test whose citizen cannot be loaded is
// an error.
void write_junit(const std::vector<FileResult>& files, const ValidationOptions& o,
                 const std::vector<BaselineDiff>& diffs, std::string& out) {
  size_t all_tests = 0, all_failures = 0, all_errors = 0;
  std::string suites;
  for (const FileResult& f : files) {
    size_t failures = 0, errors = 0;
    std::string cases;
    std::string problems, warnings;
    size_t bad = 0;
    for (const Diagnostic& d : f.problems) {
      if (effective(d, o.strict) == Severity::error) {
        ++bad;
        problems += d.str() + "\n";
      } else {
        warnings += d.str() + "\n";
      }
    }
    cases +=
        fmt::format("    <testcase classname=\"{}\" name=\"check {}\" file=\"{}\" line=\"1\">\n",
                    xml_escape(f.file), xml_escape(f.file), xml_escape(f.file));
    if (bad) {
      ++failures;
      cases +=
          fmt::format("      <failure type=\"check\" message=\"{} in {}\">{}</failure>\n",
                      plural(bad, "problem", "problems"), xml_escape(f.file), xml_escape(problems));
    }
    if (!warnings.empty()) {
      cases += fmt::format("      <system-out>{}</system-out>\n", xml_escape(warnings));
    }
    cases += "    </testcase>\n";
    for (const TestResult& t : f.tests) {
      cases += fmt::format("    <testcase classname=\"{}\" name=\"{}\" file=\"{}\" line=\"{}\">\n",
                           xml_escape(f.ruleset.empty() ? f.file : f.ruleset), xml_escape(t.name),
                           xml_escape(t.pos.file), t.pos.line);
      if (!t.errors.empty()) {
        ++errors;
        std::string text;
        for (const Diagnostic& d : t.errors) text += d.str() + "\n";
        cases += fmt::format("      <error type=\"citizen\" message=\"{}\">{}</error>\n",
                             xml_escape(test_message(t)), xml_escape(text));
      } else if (!t.mismatches.empty()) {
        ++failures;
        cases += fmt::format("      <failure type=\"expectation\" message=\"{}\">{}</failure>\n",
                             xml_escape(test_message(t)), xml_escape(t.explanation));
      }
      cases += "    </testcase>\n";
    }
    size_t tests = 1 + f.tests.size();
    suites += fmt::format(
        "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"0\">\n{}  "
        "</testsuite>\n",
        xml_escape(f.file), tests, failures, errors, cases);
    all_tests += tests;
    all_failures += failures;
    all_errors += errors;
  }
  // --baseline: one suite, a test case a diff, failing over --fail-over.
  if (!diffs.empty()) {
    size_t failures = 0;
    std::string cases;
    for (const BaselineDiff& d : diffs) {
      cases += fmt::format(
          "    <testcase classname=\"nytte validate --baseline\" name=\"diff {} against {}\" "
          "file=\"{}\" line=\"1\">\n",
          xml_escape(d.file), xml_escape(d.baseline), xml_escape(d.file));
      if (!d.failure.empty()) {
        ++failures;
        cases += fmt::format("      <failure type=\"fail-over\" message=\"{}\">{}</failure>\n",
                             xml_escape(d.failure), xml_escape(d.summary));
      } else {
        cases += fmt::format("      <system-out>{}</system-out>\n", xml_escape(d.summary));
      }
      cases += "    </testcase>\n";
    }
    suites += fmt::format(
        "  <testsuite name=\"nytte validate --baseline\" tests=\"{}\" failures=\"{}\" "
        "errors=\"0\" skipped=\"0\">\n{}  </testsuite>\n",
        diffs.size(), failures, cases);
    all_tests += diffs.size();
    all_failures += failures;
  }
  out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += fmt::format(
      "<testsuites name=\"nytte validate\" tests=\"{}\" failures=\"{}\" errors=\"{}\">\n",
      all_tests, all_failures, all_errors);
  out += suites;
  out += "</testsuites>\n";
}

// -------------------------------------------------------------- github --

void write_github(const std::vector<FileResult>& files, const ValidationOptions& o,
                  std::string& out) {
  auto annotate = [&](Severity s, const SourcePos& p, std::string_view title,
                      std::string_view message) {
    out += fmt::format("::{} file={},line={},col={},title={}::{}\n",
                       s == Severity::error     ? "error"
                       : s == Severity::warning ? "warning"
                                                : "notice",
                       github_property(p.file), p.line ? p.line : 1, p.column ? p.column : 1,
                       github_property(title), github_data(message));
  };
  for (const FileResult& f : files) {
    for (const Diagnostic& d : f.problems) {
      annotate(effective(d, o.strict), d.pos, fmt::format("nytte validate: {}", d.code), d.message);
    }
    for (const TestResult& t : f.tests) {
      if (t.passed()) continue;
      annotate(Severity::error, t.pos, "nytte validate: rule test",
               test_message(t) + (t.explanation.empty() ? "" : "\n\n" + t.explanation));
    }
  }
}

// -------------------------------------------------------------- gitlab --

// A Code Quality report: an error (a failing test too) is "major", a
// warning "minor", a note "info", so errors rank first on the merge request.
void write_gitlab(const std::vector<FileResult>& files, const ValidationOptions& o,
                  const std::vector<BaselineDiff>& diffs, std::string& out) {
  std::vector<CodeQualityIssue> issues;
  for (const FileResult& f : files) {
    for (const Diagnostic& d : f.problems) {
      Severity s = effective(d, o.strict);
      issues.push_back({d.message, fmt::format("nytte-validate/{}", d.code),
                        s == Severity::error     ? "major"
                        : s == Severity::warning ? "minor"
                                                 : "info",
                        d.pos.file, d.pos.line, fmt::format("{}:{}", d.pos.column, d.message)});
    }
    for (const TestResult& t : f.tests) {
      if (t.passed()) continue;
      issues.push_back(
          {test_message(t), "nytte-validate/rule-test", "major", t.pos.file, t.pos.line, t.name});
    }
  }
  for (const BaselineDiff& d : diffs) issues.insert(issues.end(), d.issues.begin(), d.issues.end());
  out += write_code_quality(issues);
}

}  // namespace

ValidationTotals tally_validation(const std::vector<FileResult>& files, bool strict) {
  ValidationTotals totals;
  for (const FileResult& r : files) {
    ++totals.files;
    for (const Diagnostic& d : r.problems) {
      if (effective(d, strict) == Severity::error) {
        ++totals.errors;
      } else if (d.severity == Severity::warning) {
        ++totals.warnings;
      }
    }
    totals.tests += r.tests.size();
    for (const TestResult& t : r.tests) totals.failed += t.passed() ? 0 : 1;
  }
  return totals;
}

ValidationFormat validation_format_of(std::string_view name) {
  return name == "json"     ? ValidationFormat::json
         : name == "junit"  ? ValidationFormat::junit
         : name == "github" ? ValidationFormat::github
         : name == "gitlab" ? ValidationFormat::gitlab
                            : ValidationFormat::text;
}

std::string write_validation(ValidationFormat format, const std::vector<FileResult>& files,
                             const ValidationOptions& o, const std::vector<BaselineDiff>& diffs) {
  std::string out;
  switch (format) {
    case ValidationFormat::json:
      write_json(files, o, tally_validation(files, o.strict), diffs, out);
      break;
    case ValidationFormat::junit:
      write_junit(files, o, diffs, out);
      break;
    case ValidationFormat::github:
      write_github(files, o, out);
      for (const BaselineDiff& d : diffs) out += d.written;
      break;
    case ValidationFormat::gitlab:
      write_gitlab(files, o, diffs, out);
      break;
    case ValidationFormat::text:
      write_text(files, o, out);
      // Each report after the problems, a blank line before it.
      for (const BaselineDiff& d : diffs) {
        if (!out.empty()) out += '\n';
        out += d.written;
      }
      break;
  }
  return out;
}

std::string validation_summary_line(const ValidationTotals& t) {
  // "{} error" rather than plural(n, "error", ...): the catalogue's "error"
  // is standard error's word, without plural forms.
  return trf("nytte: {} checked: {}, {}; {}, {} failed\n",
             plural(t.files, "rule file", "rule files"),
             trf_plural("{} error", "{} errors", t.errors, local_count(t.errors)),
             trf_plural("{} warning", "{} warnings", t.warnings, local_count(t.warnings)),
             plural(t.tests, "test", "tests"), local_count(t.failed));
}

}  // namespace nytte
