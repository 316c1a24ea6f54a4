#include "nytte/report_run.h"

#include <algorithm>
#include <memory>
#include <mutex>

#include <fmt/format.h>

#include "base/local_format.h"
#include "base/plural.h"
#include "format/output.h"
#include "load/attendance.h"
#include "load/rules.h"
#include "nytte/error.h"
#include "nytte/i18n.h"
#include "report/report.h"
#include "run/batch.h"
#include "run/options.h"
#include "run/output_file.h"
#include "run/stderr_log.h"

namespace nytte {

static_assert(ReportRunOptions::kDefaultAllocationLimit == ReportOptions::kDefaultAllocationLimit,
              "report's --allocation-limit default is the report's own");

namespace {

class Worker : public BatchWorker {
 public:
  explicit Worker(std::shared_ptr<ReportTally> tally) : tally_(std::move(tally)) {}
  void process(const Citizen& c, ByteBuffer&, std::vector<uint64_t>& tags) override {
    tally_->add(c, &tags);
  }

 private:
  std::shared_ptr<ReportTally> tally_;
};

// Nothing is written per person: the sink reports bad records, passes each
// person's package problems to the allocation, in input order, and counts
// again the records skipped as duplicate ids, which the workers had counted
// before the ids were checked, to take them out of the report.
class Sink : public BatchSink {
 public:
  Sink(AllocationInput& allocation, StderrLog& log, ReportTally& skipped)
      : allocation_(allocation), log_(log), skipped_(skipped) {}
  void output(std::string_view) override {}
  void record(std::span<const uint64_t> tags) override { allocation_.record(tags); }
  // At most a few of each kind shown, all counted (run/stderr_log.h).
  void error(const Diagnostic& d) override { log_.error(d); }
  bool wants_skipped() const override { return true; }
  void skipped(const Citizen& c) override { skipped_.add(c); }

 private:
  AllocationInput& allocation_;
  StderrLog& log_;
  ReportTally& skipped_;
};

}  // namespace

int run_report(const ReportRunOptions& o, StageProgress& progress, std::FILE* err) {
  check_stdin_once(o.common.rules, all_paths({o.inputs, o.attendance}));
  check_outputs({{"-o", o.common.output}}, all_paths({o.inputs, o.common.rules, o.attendance}));
  if (o.inputs.empty()) {
    throw UsageError(
        tr("no input: give a population (TOML or CSV files, directories, or - for standard "
           "input)"));
  }
  if (o.common.rules.size() > 1) {
    throw UsageError(tr("a report applies one rule set: give --rules once"));
  }
  const csv::Format csv = csv_format_of(o.common);
  if (o.csv_layout != "" && o.csv_layout != "long" && o.csv_layout != "table") {
    throw UsageError(trf("--csv-layout: '{}' is not long or table", o.csv_layout));
  }
  const bool table = o.csv_layout == "table";
  warn_unused_csv_options(o.common, o.common.format == "csv", err);
  warn_unused_csv_option(o.common, "--csv-layout", !o.csv_layout.empty(), o.common.format == "csv",
                         err);
  std::vector<RuleSet> all = load_rule_files(o.common.rules);
  const RuleSet& rules = all.front();
  ReportOptions ro;
  ro.dates.push_back(resolve_on(o.common.on));
  if (std::optional<Date> d = date_option("--compare", o.compare)) ro.dates.push_back(*d);
  for (const std::string& by : o.by) {
    if (std::string problem = check_by_field(by, rules.schema); !problem.empty())
      throw UsageError(problem);
    if (std::find(ro.by.begin(), ro.by.end(), by) == ro.by.end()) ro.by.push_back(by);
  }
  ro.packages = !o.no_packages;
  ro.allocation_limit = o.allocation_limit;
  ro.threads = o.threads;
  // Text, Markdown and HTML in the reader's language; JSON and CSV the same
  // in every language.
  ro.local_words = o.common.format != "json" && o.common.format != "csv";
  AllocationInput allocation(rules, ro);

  // The attendance log, by person (held in memory: its size, not the population's).
  StderrLog stderr_log(&progress, StderrLog::kExamples, err);
  uint64_t errors = 0;
  uint64_t attendance_errors = 0;  // rows of the log, said apart from the records
  AttendanceById log;
  for (const std::string& path : o.attendance) {
    AttendanceReadCounts counts = read_attendance(
        path,
        [&](const AttendanceRow& r) {
          log[std::string(r.id)].push_back({r.date, r.hours, r.status});
        },
        [&](const Diagnostic& d) { stderr_log.error(d); });
    attendance_errors += counts.errors;
  }
  errors += attendance_errors;

  std::mutex mutex;
  std::vector<std::shared_ptr<ReportTally>> tallies;
  BatchOptions bo;
  bo.threads = o.threads;
  bo.check_duplicate_ids = !o.no_duplicate_check;
  bo.reader.format = input_format_of(o.input_format);
  const AttendanceById* attendance = o.attendance.empty() ? nullptr : &log;
  ReportTally skipped(rules, ro, attendance);
  Sink sink(allocation, stderr_log, skipped);
  bo.progress = &progress;
  bo.input_bytes = input_bytes(o.inputs);
  progress.stage(tr("counting citizens"), ProgressUnit::bytes);
  BatchCounts counts = run_batch(
      o.inputs, rules.schema, bo,
      [&]() -> std::unique_ptr<BatchWorker> {
        auto t = std::make_shared<ReportTally>(rules, ro, attendance, &allocation);
        std::lock_guard<std::mutex> lock(mutex);
        tallies.push_back(t);
        return std::make_unique<Worker>(t);
      },
      sink);
  errors += counts.errors;
  progress.clear();

  ReportTally total(rules, ro, attendance);
  for (const auto& t : tallies) total.merge(*t);
  total.remove(skipped);  // the duplicates: counted by a worker, then skipped
  if (ro.packages && !rules.offers.empty()) allocate_seats(rules, ro, allocation, total);
  uint64_t unmatched = 0;
  if (attendance) {
    // Ids of the log found in no record: the log's people minus those matched.
    unmatched = log.size() > total.attendance_people ? log.size() - total.attendance_people : 0;
  }
  Report report = make_report(rules, ro, total, errors, attendance != nullptr, unmatched);
  if (o.no_suppress) {
    report.suppression = false;
  } else {
    suppress(report);
  }

  std::string text;
  const std::string& f = o.common.format;
  if (f == "json") {
    text = write_report_json(report);
  } else if (f == "csv") {
    text = table ? write_report_csv_table(report, csv) : write_report_csv(report, csv);
  } else if (f == "markdown") {
    text = write_report_markdown(report);
  } else if (f == "html") {
    text = write_report_html(report);
  } else {
    text = write_report_text(report);
  }
  OutputSink out(o.common.output);
  if (!o.common.quiet || !o.common.output.empty()) out.write(text);  // -q: only to -o FILE
  out.commit();
  stderr_log.print_hidden();
  if (!o.common.quiet) {
    std::string people = plural(total.people, "person", "people");
    std::string summary =
        ro.dates.size() > 1
            ? trf("report of {} with {} on {} and {}", people, rules.id, local_date(ro.dates[0]),
                  local_date(ro.dates[1]))
            : trf("report of {} with {} on {}", people, rules.id, local_date(ro.dates[0]));
    fmt::print(err, "nytte: {}; {}{}\n", summary, not_read(counts),
               attendance_errors
                   ? ", " + trf_plural("{} attendance row not read", "{} attendance rows not read",
                                       attendance_errors, local_count(attendance_errors))
                   : "");
  }
  return errors > 0 ? 2 : 0;
}

}  // namespace nytte
