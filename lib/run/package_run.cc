#include "nytte/package_run.h"

#include <cmath>
#include <cstdlib>
#include <memory>

#include <fmt/format.h>

#include "base/local_format.h"
#include "format/icalendar.h"
#include "format/output.h"
#include "format/package_format.h"
#include "format/shortfalls.h"
#include "load/rules.h"
#include "nytte/error.h"
#include "nytte/i18n.h"
#include "run/options.h"
#include "run/output_file.h"
#include "run/read_citizens.h"
#include "run/stderr_log.h"
#include "schedule/package.h"

namespace nytte {
namespace {

// --hours N: a number of hours a week, more than 0 and at most 168.
std::optional<double> planner_hours(const std::string& text) {
  if (text.empty()) return std::nullopt;
  char* end = nullptr;
  double v = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + text.size() || !std::isfinite(v)) {
    throw UsageError(trf("--hours: '{}' is not a number of hours a week (like 20 or 18.5)", text));
  }
  if (v <= 0 || v > 168) {
    throw UsageError(
        trf("--hours: {} is outside the hours of a week: give more than 0 and at most 168", text));
  }
  return v;
}

// --weeks N / --until DATE: where the calendar's course ends (icalendar.h).
CalendarOptions calendar_options(const PackageRunOptions& o, PackageFormat format) {
  CalendarOptions c;
  if (o.weeks && !o.until.empty()) throw UsageError(tr("give --weeks or --until, not both"));
  if (o.weeks < 0) throw UsageError(trf("--weeks: {} is not a number of weeks", o.weeks));
  c.weeks = o.weeks;
  if (!o.until.empty()) {
    c.until = date_option("--until", o.until);
    std::optional<Date> start = Date::parse(o.start);
    if (start && *c.until < *start) {
      throw UsageError(trf("--until {} is before --start {}: the course would end before it begins",
                           o.until, o.start));
    }
  }
  if ((c.weeks || c.until) && format != PackageFormat::ics)
    throw UsageError(tr("--weeks and --until end a calendar: give --format ics"));
  return c;
}

// --split DIR: each person's calendar file name (icalendar.h); a batch in
// one calendar is refused, as everyone's events would be mixed together.
std::vector<std::string> split_file_names(const PackageRunOptions& o, PackageFormat format,
                                          const std::vector<Citizen>& people) {
  std::vector<std::string> names;
  if (o.split.empty()) {
    if (format == PackageFormat::ics && people.size() > 1 &&
        (!o.common.quiet || !o.common.output.empty())) {
      throw UsageError(
          trf("{} people in one calendar would mix everyone's events: give --split DIR for one "
              "calendar a person (DIR/ID.ics)",
              local_count(people.size())));
    }
    return names;
  }
  if (format != PackageFormat::ics)
    throw UsageError(tr("--split writes calendars: give --format ics"));
  if (!o.common.output.empty() && o.common.output != "-")
    throw UsageError(tr("--split DIR writes the calendars there: give -o or --split, not both"));
  names.reserve(people.size());
  for (const Citizen& c : people) {
    names.push_back(calendar_file_name(c.id));
    // NAME_MAX is 255 bytes; the temporary adds '.' and ".tmp-PID".
    if (names.back().size() > 230) {
      throw UsageError(trf("{}: id '{}' is too long for a file name ({} bytes as {})", c.pos.str(),
                           c.id, names.back().size(), o.split));
    }
  }
  if (auto clash = file_name_clash(names)) {
    const Citizen& a = people[clash->first];
    const Citizen& b = people[clash->second];
    throw UsageError(
        trf("{}: ids '{}' and '{}' (at {}) would both be written to {}/{} where case is ignored; "
            "rename one",
            b.pos.str(), b.id, a.id, a.pos.str(), o.split, names[clash->second]));
  }
  return names;
}

}  // namespace

int run_packages(const PackageRunOptions& o, StageProgress& progress, std::FILE* err) {
  check_stdin_once(o.common.rules, o.inputs);
  check_outputs({{"-o", o.common.output}, {"--shortfalls", o.shortfalls}},
                all_paths({o.inputs, o.common.rules}));
  const PackageFormat format = package_format_of(o.common.format);
  if (o.common.rules.size() > 1)
    throw UsageError(tr("build-package applies one rule set: give one --rules"));
  if (o.inputs.empty()) throw UsageError(tr("no input: give citizen files (TOML or CSV) or -"));
  RuleSet rules =
      o.common.rules.empty() ? load_builtin_rules() : load_rules_file(o.common.rules.front());
  if (o.no_seat_limits)
    for (Offer& offer : rules.offers) offer.seats.reset();
  const std::optional<Date> start = date_option("--start", o.start);
  const std::optional<Date> on = date_option("--on", o.common.on);

  CalendarOptions calendar = calendar_options(o, format);
  const csv::Format csv = csv_format_of(o.common);
  warn_unused_csv_options(o.common, format == PackageFormat::csv || !o.shortfalls.empty(), err);

  StderrLog log(&progress, StderrLog::kExamples, err);
  std::vector<Citizen> people = read_unique_citizens(o.inputs, rules.schema, log, progress);
  std::vector<std::string> file_names = split_file_names(o, format, people);

  const std::vector<Date> starts = course_starts(people, start, on ? *on : today());
  PackageBatchOptions batch;
  batch.threads = o.threads;
  if (on) {
    batch.on = *on;
    batch.on_given = true;
  }
  batch.planner_hours = planner_hours(o.hours);
  SeatBook seats(rules);
  batch.progress = &progress;
  progress.stage(tr("building packages"), ProgressUnit::people);
  std::vector<PackageResult> results = build_packages(rules, people, starts, batch, seats);
  ShortfallFile shortfalls(o.shortfalls, ShortfallFile::Of::packages, csv);
  progress.stage(tr("writing"), ProgressUnit::people);

  OutputSink out(o.common.output);
  // -q: nothing printed, but the files asked for (-o, --split) are still written.
  const bool write = !o.common.quiet || !o.common.output.empty() || !o.split.empty();
  std::unique_ptr<CalendarDir> calendars;
  if (!o.split.empty()) calendars = std::make_unique<CalendarDir>(o.split);
  PackageWriter writer(format, rules, csv, calendar);
  PackageTally tally;
  std::string s;
  if (write) writer.begin(s);
  for (size_t i = 0; i < results.size(); ++i) {
    const PackageResult& r = results[i];
    tally.add(r);
    if (!write) continue;
    if (calendars) {
      if (r.problem.empty()) {  // no package, no calendar (the reason is on stderr)
        std::string cal;
        write_calendar(r, rules, calendar, cal);
        calendars->add(file_names[i], cal);
      }
    } else {
      writer.add(r, on ? *on : starts[i], s);
    }
    if (s.size() > (1 << 16)) {
      out.write(s);
      s.clear();
      progress.advance(i + 1, results.size());
    }
  }
  for (const PackageResult& r : results) shortfalls.add(r);
  if (write) writer.end(s);
  out.write(s);
  out.commit();
  if (calendars) calendars->commit();
  shortfalls.commit();
  progress.clear();

  // Everyone left short or without a package, with the reason, on standard
  // error: the first of each kind as examples, then the reasons counted.
  bool batch_run = people.size() > 1 && !o.common.quiet;
  ReasonTally short_why, none_why;
  if (!o.common.quiet && (batch_run || format != PackageFormat::text)) {
    for (size_t i = 0; i < results.size(); ++i) {
      const PackageResult& r = results[i];
      if (!r.problem.empty()) {
        log.outcome(tr("no package"), people[i].pos, no_package_message(r));
        none_why.add(r.problem_text);
        continue;
      }
      for (const WeeklyPackage& w : r.packages) {
        if (w.shortfall_text.empty()) continue;
        log.outcome(tr("short"), people[i].pos, short_package_message(r, w));
        for (const std::string& why : w.shortfall_text) short_why.add(why);
      }
    }
  }
  uint64_t errors = log.errors();
  bool hidden =
      log.print_hidden(o.shortfalls.empty() ? std::string(tr("--shortfalls FILE lists every one"))
                                            : trf("every one is in {}", o.shortfalls));
  if (batch_run) {
    // Where lines were left out, what they said, counted; the summary last.
    if (hidden && !short_why.empty())
      fmt::print(err, "{}", trf("nytte: short, by reason (people): {}\n", short_why.str()));
    if (hidden && !none_why.empty())
      fmt::print(err, "{}",
                 trf("nytte: without a package, by reason (people): {}\n", none_why.str()));
    fmt::print(err, "{}", package_summary_line(people.size(), rules, tally, seats, errors));
  }
  if (errors) return 2;
  if (o.common.quiet && (tally.short_ || tally.none)) return 1;
  return 0;
}

}  // namespace nytte
