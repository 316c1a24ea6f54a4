#include "nytte/validate_run.h"

#include <cerrno>
#include <filesystem>

#include <fmt/format.h>

#include "base/io_error.h"
#include "base/local_format.h"
#include "check/rule_check.h"
#include "diff/diff.h"
#include "diff/diff_annotations.h"
#include "format/output.h"
#include "format/validate_format.h"
#include "load/rules.h"
#include "nytte/error.h"
#include "nytte/i18n.h"
#include "report/report.h"
#include "run/diff_batch.h"
#include "run/options.h"
#include "run/output_file.h"
#include "run/stderr_log.h"

namespace nytte {
namespace {

void check_baseline_options(const ValidateRunOptions& o) {
  if (!o.baseline.empty() && o.population.empty()) {
    throw UsageError(tr("--baseline needs --population: the people to diff the rules on"));
  }
  if (o.baseline.empty() && !o.population.empty()) {
    throw UsageError(tr("--population needs --baseline: the rules to diff against"));
  }
  if (o.baseline.empty() && (!o.on.empty() || o.fail_over)) {
    throw UsageError(tr("--on and --fail-over belong to --baseline"));
  }
}

// The pairs to diff: each rule file checked that loads, with its
// counterpart in `baseline` (a directory: the file of the same name; a
// file: the one rule file checked). A file without one is left out.
std::vector<std::pair<std::string, std::string>> baseline_pairs(
    const ValidateRunOptions& o, const std::vector<FileResult>& results) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const bool dir = fs::is_directory(o.baseline, ec);
  if (!dir && !fs::exists(o.baseline, ec)) {
    fail_io(o.baseline, Io::read, ENOENT);
  }
  if (!dir && results.size() != 1) {
    throw UsageError(
        trf("--baseline {} is a file, and {} rule files are checked: give a directory with "
            "files of the same names",
            o.baseline, results.size()));
  }
  std::vector<std::pair<std::string, std::string>> pairs;
  for (const FileResult& f : results) {
    bool loads = true;
    for (const Diagnostic& d : f.problems) loads = loads && d.severity != Severity::error;
    if (!loads) continue;
    std::string ref = o.baseline;
    if (dir) {
      ref = (fs::path(o.baseline) / fs::path(f.file).filename()).string();
      if (!fs::exists(ref, ec)) continue;
    }
    pairs.emplace_back(f.file, ref);
  }
  return pairs;
}

// Diffs each pair on the population and writes it in `format`; the
// summary lines (one a pair) to `err`. Returns the number of records that
// could not be read.
uint64_t run_baseline(const ValidateRunOptions& o, ValidationFormat format,
                      const std::vector<std::pair<std::string, std::string>>& pairs,
                      std::vector<BaselineDiff>& diffs, std::FILE* err) {
  const Date on = resolve_on(o.on);
  StderrLog log(nullptr, StderrLog::kExamples, err);
  uint64_t errors = 0;
  for (const auto& [file, ref] : pairs) {
    std::vector<RuleSet> before = load_rule_files({ref});
    std::vector<RuleSet> after = load_rule_files({file});
    DiffOptions options;
    options.before = {&before.front(), on};
    options.after = {&after.front(), on};
    options.local_words = format == ValidationFormat::text;
    DiffRun run = diff_population(o.population, options, BatchOptions{}, log);
    errors += run.counts.errors;
    Report report = make_diff_report(options, run.tally, run.counts.errors);
    suppress(report);

    BaselineDiff d;
    d.file = file;
    d.baseline = ref;
    d.summary = diff_summary_line(report);
    bool over = diff_over_limit(report, o.fail_over);
    if (over) d.failure = diff_fail_over_message(report, *o.fail_over);
    switch (format) {
      case ValidationFormat::text:
        d.written = write_report_text(report);
        break;
      case ValidationFormat::json:
        d.written = write_report_json(report);
        break;
      case ValidationFormat::github:
        d.written = diff_github_annotations(report, o.fail_over);
        break;
      case ValidationFormat::gitlab:
        d.issues = diff_code_quality(report, o.fail_over);
        break;
      case ValidationFormat::junit:
        break;
    }
    if (!o.quiet) {
      std::string line = trf("nytte: {} against {}: {} of {} people changed", file, ref,
                             diff_shown_count(diff_summary_cell(report, "changed")),
                             diff_shown_count(diff_summary_cell(report, "people")));
      if (over) line += trf("; over the limit of {} (--fail-over)", local_count(*o.fail_over));
      fmt::print(err, "{}\n", line);
    }
    diffs.push_back(std::move(d));
  }
  log.print_hidden();
  return errors;
}

}  // namespace

int run_validate(const ValidateRunOptions& o, std::FILE* err) {
  // The machine formats (json, junit, github, gitlab) are the same in every
  // language: their messages are made in English from the start, as the
  // rules are loaded.
  if (validation_format_of(o.format) != ValidationFormat::text) set_language(Language::en);
  check_baseline_options(o);
  std::vector<std::string> paths = o.paths.empty() ? std::vector<std::string>{"rules"} : o.paths;
  std::vector<std::string> files = find_rule_files(paths);
  std::vector<std::string> inputs = files;
  if (!o.baseline.empty()) inputs.push_back(o.baseline);
  inputs.insert(inputs.end(), o.population.begin(), o.population.end());
  check_outputs({{"-o", o.output}}, inputs);
  std::vector<FileResult> results = validate_rule_files(files);
  ValidationTotals totals = tally_validation(results, o.strict);
  ValidationFormat format = validation_format_of(o.format);

  // --baseline: the diffs, before anything is written (a summary line each
  // on standard error, as they are made).
  std::vector<BaselineDiff> diffs;
  uint64_t unread = 0;
  if (!o.baseline.empty()) {
    unread = run_baseline(o, format, baseline_pairs(o, results), diffs, err);
  }

  // -q: nothing printed, but an -o FILE is still written.
  Style style = Style::for_stream(stdout, o.color);  // checks --color too
  if (!o.quiet || !o.output.empty()) {
    bool tty_text = format == ValidationFormat::text && o.output.empty();
    std::string out = write_validation(
        format, results, {o.strict, o.verbose, tty_text ? style : Style{}, !o.baseline.empty()},
        diffs);
    OutputSink sink(o.output);
    sink.write(out);
    sink.commit();
  }
  if (!o.quiet) {
    fmt::print(err, "{}", validation_summary_line(totals));
  }
  if (unread > 0) return 2;
  bool over = false;
  for (const BaselineDiff& d : diffs) over = over || !d.failure.empty();
  return totals.ok() && !over ? 0 : 1;
}

}  // namespace nytte
