#include "nytte/hours_run.h"

#include <fmt/format.h>

#include "format/hours_format.h"
#include "format/output.h"
#include "format/shortfalls.h"
#include "hours/hours.h"
#include "hours/hours_batch.h"
#include "load/attendance.h"
#include "load/citizen_reader.h"
#include "load/rules.h"
#include "nytte/error.h"
#include "nytte/i18n.h"
#include "run/options.h"
#include "run/output_file.h"
#include "run/read_citizens.h"
#include "run/stderr_log.h"

namespace nytte {
namespace {

// What the readers skip goes to the bounded standard error.
class Errors : public HoursInputErrors {
 public:
  explicit Errors(StderrLog& log) : log_(log) {}
  void error(const Diagnostic& d) override { log_.error(d); }
  void bad_record(const std::vector<Diagnostic>& problems) override { log_.bad_record(problems); }

 private:
  StderrLog& log_;
};

// --holidays YEAR: the days off, whole.
int write_holidays(const HoursRunOptions& o, const RuleSet& rules, HoursFormat format,
                   const csv::Format& csv) {
  if (o.holidays_year < 1900 || o.holidays_year > 2200) {
    throw UsageError(trf("--holidays: {} is outside 1900-2200", o.holidays_year));
  }
  OutputSink out(o.common.output);
  if (!o.common.quiet || !o.common.output.empty())
    out.write(write_days_off(format, o.holidays_year, rules, csv));
  out.commit();
  return 0;
}

}  // namespace

int run_weekly_hours(const HoursRunOptions& o, StageProgress& progress, std::FILE* err) {
  check_stdin_once(o.common.rules, all_paths({o.inputs, o.attendance}));
  check_outputs({{"-o", o.common.output}, {"--shortfalls", o.shortfalls}},
                all_paths({o.inputs, o.common.rules, o.attendance}));
  const HoursFormat format = hours_format_of(o.common.format);
  const csv::Format csv = csv_format_of(o.common);
  warn_unused_csv_options(o.common, format == HoursFormat::csv || !o.shortfalls.empty(), err);
  if (o.common.rules.size() > 1)
    throw UsageError(tr("weekly-hours applies one rule set: give one --rules"));
  RuleSet rules =
      o.common.rules.empty() ? load_builtin_rules() : load_rules_file(o.common.rules.front());
  if (o.holidays_year) return write_holidays(o, rules, format, csv);
  if (o.inputs.empty()) {
    throw UsageError(
        tr("no input: give citizen files (with --rules), plan files, or --holidays YEAR"));
  }
  const PeriodRequest period{date_option("--from", o.from), date_option("--to", o.to), o.weeks};
  if (period.from && period.to && *period.to < *period.from)
    throw UsageError(tr("--to is before --from"));
  if (o.weeks && period.to) throw UsageError(tr("give --to or --weeks, not both"));

  // The people: plan files and citizen records, in input order; each input
  // is read once (a FIFO or standard input can be).
  StderrLog log(&progress, StderrLog::kExamples, err);
  Errors errors(log);
  HoursInputs inputs(rules, errors);
  ReaderOptions read;
  read.is_other = is_plan_line;
  read.other = [&](const std::string& file, std::string_view text, uint32_t first_line) {
    inputs.plans(file, text, first_line);
  };
  progress.stage(tr("reading citizens"), ProgressUnit::bytes);
  read_citizens(o.inputs, rules.schema, read, log, &progress,
                [&](const Citizen& c) { inputs.record(c); });
  std::vector<HoursPerson>& people = inputs.people;
  for (HoursPerson& p : people) choose_period(p, period);
  progress.stage(tr("building packages"), ProgressUnit::people);
  plan_citizens(rules, people, &progress);

  // The attendance logs, streamed: sums per person and week.
  AttendanceLog attendance(people, inputs.index);
  for (const std::string& path : o.attendance) {
    attendance.start_file();
    progress.stage(tr("reading attendance"), ProgressUnit::rows);
    uint64_t rows = 0;
    read_attendance(
        path,
        [&](const AttendanceRow& r) {
          if ((++rows & 4095) == 0) progress.advance(rows, 0);
          attendance.add(path, r);
        },
        [&](const Diagnostic& d) { log.error(d); });
  }

  // Each person's weeks, written one by one; -q writes only an -o FILE.
  OutputSink out(o.common.output);
  const bool write = !o.common.quiet || !o.common.output.empty();
  HoursWriter writer(format, csv);
  HoursTally tally;
  ShortfallFile shortfalls(o.shortfalls, ShortfallFile::Of::weeks, csv);
  std::string s;
  if (write) writer.begin(s);
  progress.stage(tr("weekly hours"), ProgressUnit::people);
  DaysOff days_off(rules.calendar.closing_days);  // one table for all the people
  for (size_t k = 0; k < people.size(); ++k) {
    const HoursPerson& person = people[k];
    if ((k & 1023) == 0) progress.advance(k, people.size());
    if (!person.problem.empty()) {
      log.error(Diagnostic{Severity::error, person.pos(),
                           fmt::format("'{}': {}", person.id(), person.problem), "no-period"});
      continue;
    }
    PersonHours p = person_hours(rules, person, !o.attendance.empty(), days_off);
    shortfalls.add(p);
    tally.add(p);
    if (!write) continue;
    writer.add(p, person.period, s);
    if (s.size() > (1 << 16)) {
      out.write(s);
      s.clear();
    }
  }
  if (write) writer.end(s);
  out.write(s);
  out.commit();
  shortfalls.commit();
  progress.clear();
  uint64_t error_count = log.errors();
  log.print_hidden();
  if (!o.common.quiet && (!o.attendance.empty() || people.size() > 1)) {
    fmt::print(err, "{}",
               hours_summary_line(tally, rules, o.attendance.empty() ? nullptr : &attendance,
                                  error_count));
  }
  if (error_count) return 2;
  // -q asks what --fail-under asks (README.md, "Quiet mode and exit status").
  if ((o.fail_under || o.common.quiet) && tally.short_people) return 1;
  return 0;
}

}  // namespace nytte
