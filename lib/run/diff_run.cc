#include "nytte/diff_run.h"

#include <fmt/format.h>

#include "base/local_format.h"
#include "base/plural.h"
#include "diff/diff.h"
#include "diff/diff_annotations.h"
#include "load/rules.h"
#include "nytte/error.h"
#include "nytte/i18n.h"
#include "report/report.h"
#include "run/diff_batch.h"
#include "run/options.h"
#include "run/output_file.h"
#include "run/progress.h"
#include "run/stderr_log.h"

namespace nytte {
namespace {

void check_options(const DiffRunOptions& o) {
  std::vector<std::string> rules = o.common.rules;
  if (!o.against.empty()) rules.push_back(o.against);
  check_stdin_once(rules, o.inputs);
  check_outputs({{"-o", o.common.output}, {"--list", o.list}}, all_paths({o.inputs, rules}));
  if (o.inputs.empty()) {
    throw UsageError(
        tr("no input: give a population (TOML or CSV files, directories, or - for standard "
           "input)"));
  }
  if (o.common.rules.size() > 1) {
    throw UsageError(
        tr("a diff compares two rule sets: give --rules once (before) and --against once "
           "(after)"));
  }
  if (o.against.empty() && o.against_on.empty()) {
    throw UsageError(tr("nothing to compare: give --against RULES or --against-on DATE"));
  }
  const std::string& f = o.common.format;
  if (o.list == "-" && o.common.output == "-") {
    throw UsageError(tr("--list - and -o - both write to standard output: give one as a file"));
  }
  if (f != "text" && f != "markdown" && f != "csv" && f != "json" && f != "html" && f != "github" &&
      f != "gitlab") {
    throw UsageError(
        trf("--format: '{}' is not text, markdown, csv, json, html, github or gitlab", f));
  }
  if (o.csv_layout != "" && o.csv_layout != "long" && o.csv_layout != "table") {
    throw UsageError(trf("--csv-layout: '{}' is not long or table", o.csv_layout));
  }
}

// "aarhus 2022-03", or the id alone when the file gives no version.
std::string side_name(const RuleSet& r) {
  return r.version.empty() ? r.id : r.id + " " + r.version;
}

std::string write_report(const Report& report, const DiffRunOptions& o, const csv::Format& csv) {
  const std::string& f = o.common.format;
  if (f == "github")
    return write_diff_annotations(report, DiffAnnotationFormat::github, o.fail_over);
  if (f == "gitlab")
    return write_diff_annotations(report, DiffAnnotationFormat::gitlab, o.fail_over);
  if (f == "json") return write_report_json(report);
  if (f == "csv")
    return o.csv_layout == "table" ? write_report_csv_table(report, csv)
                                   : write_report_csv(report, csv);
  if (f == "markdown") return write_report_markdown(report);
  if (f == "html") return write_report_html(report);
  return write_report_text(report);
}

}  // namespace

int run_diff(const DiffRunOptions& o, StageProgress& progress, std::FILE* err) {
  check_options(o);
  const csv::Format csv = csv_format_of(o.common);
  const std::string& format = o.common.format;
  warn_unused_csv_options(o.common, format == "csv", err);
  warn_unused_csv_option(o.common, "--csv-layout", !o.csv_layout.empty(), format == "csv", err);

  const Date before_on = resolve_on(o.common.on);
  const Date after_on = date_option("--against-on", o.against_on).value_or(before_on);
  std::vector<RuleSet> before = load_rule_files(o.common.rules);
  std::vector<RuleSet> after;
  if (!o.against.empty()) after = load_rule_files({o.against});
  const RuleSet& b = before.front();
  const RuleSet& a = after.empty() ? b : after.front();
  if (!o.common.quiet && &a != &b && a.file != b.file && a.id == b.id && a.version == b.version) {
    std::string why =
        a.version.empty()
            ? std::string(tr("neither rule file says its version: give the changed one a "
                             "version of its own ([ruleset] version)"))
            : trf("both rule files say version {}: give the changed one a version of its own "
                  "([ruleset] version)",
                  a.version);
    fmt::print(err, "{}\n", message_line(Severity::warning, why));
  }

  DiffOptions options;
  options.before = {&b, before_on};
  options.after = {&a, after_on};
  options.packages = !o.no_packages;
  // Text, Markdown and HTML in the reader's language; JSON, CSV and the CI
  // annotations the same in every language.
  options.local_words = format == "text" || format == "markdown" || format == "html";

  // The list is made while the population streams past; both files are
  // renamed into place only once everything has been written.
  // -q: nothing on standard output, a file still written.
  const bool list_on_stdout = o.list == "-";
  std::optional<OutputSink> list;
  if (!o.list.empty() && !(list_on_stdout && o.common.quiet)) list.emplace(o.list);
  StderrLog stderr_log(&progress, StderrLog::kExamples, err);
  BatchOptions bo;
  bo.threads = o.threads;
  bo.check_duplicate_ids = !o.no_duplicate_check;
  bo.reader.format = input_format_of(o.input_format);
  bo.progress = &progress;
  bo.input_bytes = input_bytes(o.inputs);
  progress.stage(tr("deciding citizens on both sides"), ProgressUnit::bytes);
  DiffRun run = diff_population(o.inputs, options, bo, stderr_log,
                                DiffList{list ? &*list : nullptr, o.show_cpr});
  progress.clear();
  const uint64_t errors = run.counts.errors;

  Report report = make_diff_report(options, run.tally, errors);
  if (o.no_suppress) {
    report.suppression = false;
  } else {
    suppress(report);
  }
  // The report goes to -o, or to standard output unless the list does
  // (--list -) or -q asks for quiet.
  const bool to_file = !o.common.output.empty() && o.common.output != "-";
  std::optional<OutputSink> out;
  if (to_file || (!o.common.quiet && !list_on_stdout)) {
    out.emplace(o.common.output);
    out->write(write_report(report, o, csv));
  }
  if (list) list->commit();
  if (out) out->commit();
  stderr_log.print_hidden();

  const bool over = o.fail_over && run.tally.changed > *o.fail_over;
  if (!o.common.quiet) {
    std::string summary = trf("diff of {}: {} changed ({} on {} -> {} on {})",
                              plural(run.tally.people, "person", "people"),
                              diff_shown_count(diff_summary_cell(report, "changed")), side_name(b),
                              local_date(before_on), side_name(a), local_date(after_on));
    std::string fail = over ? "; " + trf("more than the {} allowed (--fail-over {})",
                                         local_count(*o.fail_over), *o.fail_over)
                            : std::string();
    fmt::print(err, "nytte: {}; {}{}\n", summary, not_read(run.counts), fail);
  }
  if (errors > 0) return 2;
  return over ? 1 : 0;
}

}  // namespace nytte
