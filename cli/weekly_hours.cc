// nytte weekly-hours: required, planned and attended hours, ISO week by ISO
// week, for each person of the inputs (citizens with rules, or plan files).
#include <algorithm>
#include <cmath>
#include <memory>
#include <unordered_map>

#include <fmt/format.h>

#include "attendance.h"
#include "citizen_reader.h"
#include "commands.h"
#include "common.h"
#include "duration.h"
#include "hours.h"
#include "output.h"
#include "package.h"
#include "shortfalls.h"
#include "terminal_progress.h"

namespace nytte::cli {
namespace {

struct Options {
  CommonOptions common;
  std::vector<std::string> inputs;
  std::vector<std::string> attendance;
  std::string from, to;
  int weeks = 0;
  bool fail_under = false;
  int holidays_year = 0;
  std::string shortfalls;  // --shortfalls FILE: every short week as CSV
};

enum class Format { text, json, csv };

// One person of the inputs: a citizen record or a plan.
struct Person {
  std::optional<Citizen> citizen;
  std::optional<Plan> plan;
  std::string_view id() const { return citizen ? std::string_view(citizen->id) : plan->id; }
  Period period;
  Date first_monday;
  int weeks = 0;
  std::string problem;  // why no weeks can be computed (no start date)
  // Attendance sums in minutes (each row rounded), 4 a week (present, sick,
  // approved, unexcused), made on the first row for the person.
  std::vector<int64_t> sums;
};

// A duration for people: h:mm (lib/duration.h), "-" for none.
std::string hours_text(std::optional<int64_t> minutes) {
  return minutes ? format_minutes(*minutes) : std::string("-");
}

// The required hours of a week for people: "not stated" when the source
// states no weekly hours, "unknown" when they depend on missing data.
std::string required_text(const WeekHours& w) {
  if (w.required_minutes) return hours_text(w.required_minutes);
  bool unknown = std::find(w.flags.begin(), w.flags.end(), "hours_unknown") != w.flags.end();
  return unknown ? "unknown" : "not stated";
}

// The shortfall, where there is one to speak of: with a plan or a log, and
// against a stated requirement.
std::optional<int64_t> shortfall_of(const WeekHours& w) {
  return (w.attended_minutes || w.planned_minutes) && w.required_minutes
             ? std::optional(w.shortfall_minutes)
             : std::nullopt;
}

std::string ddmm(Date d) {
  auto ymd = d.ymd();
  return fmt::format("{:02d}.{:02d}", ymd.day, ymd.month);
}

std::string week_id(IsoWeek w) {
  return fmt::format("{}-W{:02d}", w.year, w.week);
}

// Minutes as the decimal hours the keys have always held (to hundredths).
void hours_or_null(JsonWriter& j, std::optional<int64_t> minutes) {
  if (minutes) {
    j.number(decimal_hours(*minutes));
  } else {
    j.null();
  }
}

void integer_or_null(JsonWriter& j, std::optional<int64_t> v) {
  if (v) {
    j.integer(*v);
  } else {
    j.null();
  }
}

// Collects citizen records of the inputs, in order.
class Collect : public RecordSink {
 public:
  Collect(std::vector<Person>& people, std::unordered_map<std::string, size_t>& index,
          StderrLog& log)
      : people_(people), index_(index), log_(log) {}
  void record(const Citizen& c) override {
    if (index_.count(c.id)) {
      log_.error_line("duplicate-id", fmt::format("{}: error: duplicate id '{}': an earlier record "
                                                  "has the same id; this record was skipped",
                                                  c.pos.str(), c.id));
      return;
    }
    index_.emplace(c.id, people_.size());
    Person p;
    p.citizen = c;
    people_.push_back(std::move(p));
  }
  void bad_record(const std::vector<Diagnostic>& problems) override { log_.bad_record(problems); }

 private:
  std::vector<Person>& people_;
  std::unordered_map<std::string, size_t>& index_;
  StderrLog& log_;
};

void write_holidays(const Options& o, const RuleSet& rules, Format format, OutputSink& out) {
  std::vector<NamedDay> days = days_off(o.holidays_year, rules.calendar.closing_days);
  std::string s;
  if (format == Format::json) {
    JsonWriter j(s, 2);
    j.begin_array();
    for (const NamedDay& d : days) {
      j.begin_object();
      j.key("date");
      j.string(d.date.iso());
      j.key("weekday");
      j.string(weekday_code(d.date.weekday()));
      j.key("id");
      j.string(d.id);
      j.key("name");
      j.string(d.name);
      j.key("kind");
      j.string(d.kind == DayKind::holiday ? "holiday" : "closing_day");
      j.end_object();
    }
    j.end_array();
    s += '\n';
  } else if (format == Format::csv) {
    const char sep = csv_format_of(o.common).separator;
    s += fmt::format("date{0}weekday{0}id{0}name{0}kind\n", sep);
    for (const NamedDay& d : days) {
      s += fmt::format("{1}{0}{2}{0}{3}{0}", sep, d.date.iso(), weekday_code(d.date.weekday()),
                       d.id);
      csv_cell(s, d.name, sep);
      s += fmt::format("{}{}\n", sep, d.kind == DayKind::holiday ? "holiday" : "closing_day");
    }
  } else {
    s += fmt::format("Holidays and closing days {} (rules {})\n", o.holidays_year, rules.id);
    for (const NamedDay& d : days) {
      s += fmt::format("  {}  {}  {}{}\n", d.date.iso(), weekday_code(d.date.weekday()), d.name,
                       d.kind == DayKind::holiday ? "" : "  (closing day)");
    }
  }
  out.write(s);
}

void write_text(const PersonHours& p, std::string& s) {
  s += fmt::format("{} - rules {}", p.id, p.rules->id);
  if (!p.track.empty()) s += fmt::format(", track {}", p.track);
  s += fmt::format(", course from {}", p.course_start.iso());
  if (p.course_end) s += fmt::format(" to {}", p.course_end->iso());
  s += '\n';
  // The required column is wider when a week's hours are not stated.
  size_t rw = 8;
  for (const WeekHours& w : p.weeks) rw = std::max(rw, required_text(w).size());
  s += fmt::format("  {:<8}  {:<11}  {:>{}} {:>7} {:>8} {:>7} {:>9} {:>6}  {}\n", "week", "days",
                   "required", rw, "planned", "attended", "absence", "unexcused", "short", "notes");
  for (const WeekHours& w : p.weeks) {
    std::vector<std::string> notes;
    for (std::string_view f : w.flags) {
      if (f != "holiday" && f != "closing_day") notes.emplace_back(f);
    }
    for (const NamedDay& d : w.days_off)
      notes.push_back(fmt::format("{} {}", ddmm(d.date), d.name));
    for (const Conversation& c : w.conversations) {
      notes.push_back(fmt::format("samtale {} {}", c.number, ddmm(c.date)));
    }
    for (const Phase* ph : w.phases) notes.push_back(ph->h.id);
    std::string line =
        fmt::format("  {:<8}  {:<11}  {:>{}} {:>7} {:>8} {:>7} {:>9} {:>6}  {}", week_id(w.week),
                    fmt::format("{}-{}", ddmm(w.first), ddmm(w.last)), required_text(w), rw,
                    hours_text(w.planned_minutes), hours_text(w.attended_minutes),
                    hours_text(w.approved_absence_minutes), hours_text(w.unexcused_absence_minutes),
                    hours_text(shortfall_of(w)), fmt::join(notes, "; "));
    while (!line.empty() && line.back() == ' ') line.pop_back();
    s += line;
    s += '\n';
  }
  const HoursSummary& t = p.summary;
  bool none_stated = t.weeks > 0 && t.weeks_not_stated == t.weeks;
  bool done = t.attended_minutes || t.planned_minutes;
  std::string required = none_stated ? std::string("not stated") : hours_text(t.required_minutes);
  s += fmt::format(
      "  {:<8}  {:<11}  {:>{}} {:>7} {:>8} {:>7} {:>9} {:>6}\n", "total",
      fmt::format("{} week{}", t.weeks, t.weeks == 1 ? "" : "s"), required, rw,
      hours_text(t.planned_minutes), hours_text(t.attended_minutes),
      hours_text(t.approved_absence_minutes), hours_text(t.unexcused_absence_minutes),
      hours_text(done && !none_stated ? std::optional(t.shortfall_minutes) : std::nullopt));
  std::vector<std::string> parts;
  if (t.attendance_rate)
    parts.push_back(fmt::format("attendance {:.1f} %", *t.attendance_rate * 100));
  if (done && !none_stated) {
    parts.push_back(fmt::format("{} week{} below the requirement", t.weeks_below,
                                t.weeks_below == 1 ? "" : "s"));
  }
  if (t.weeks_not_stated) {
    parts.push_back(
        fmt::format("{} week{} with hours not stated by the source (no requirement, "
                    "no shortfall)",
                    t.weeks_not_stated, t.weeks_not_stated == 1 ? "" : "s"));
  }
  if (t.attended_minutes) {
    std::string run = fmt::format("longest run of fully attended weeks {}", t.longest_full_run);
    if (t.stable_threshold) {
      run += fmt::format(" ({} for stable attendance: {})", t.stable_threshold,
                         *t.stable ? "reached" : "not reached");
    }
    parts.push_back(run);
  }
  if (!parts.empty()) s += fmt::format("  {}\n", fmt::join(parts, "; "));
  if (!p.conversations.empty()) {
    std::vector<std::string> dates;
    for (const Conversation& c : p.conversations) {
      dates.push_back(c.date == c.planned
                          ? c.date.iso()
                          : fmt::format("{} (moved from {})", c.date.iso(), c.planned.iso()));
    }
    s += fmt::format("  conversations ({}): {}\n", p.conversations.front().plan->h.id,
                     fmt::join(dates, ", "));
  }
}

// The hour figures a week and the summary share, in the same order: decimal
// hours under the keys they always had, then the exact minutes.
void hour_figures(JsonWriter& j, std::optional<int64_t> required, std::optional<int64_t> planned,
                  std::optional<int64_t> attended, int64_t approved, int64_t unexcused,
                  int64_t shortfall) {
  std::optional<int64_t> short_of =
      (attended || planned) && required ? std::optional(shortfall) : std::nullopt;
  j.key("required");
  hours_or_null(j, required);
  j.key("planned");
  hours_or_null(j, planned);
  j.key("attended");
  hours_or_null(j, attended);
  j.key("approved_absence");
  j.number(decimal_hours(approved));
  j.key("unexcused_absence");
  j.number(decimal_hours(unexcused));
  j.key("shortfall");
  hours_or_null(j, short_of);
  j.key("required_minutes");
  integer_or_null(j, required);
  j.key("planned_minutes");
  integer_or_null(j, planned);
  j.key("attended_minutes");
  integer_or_null(j, attended);
  j.key("approved_absence_minutes");
  j.integer(approved);
  j.key("unexcused_absence_minutes");
  j.integer(unexcused);
  j.key("shortfall_minutes");
  integer_or_null(j, short_of);
}

void write_json(const PersonHours& p, Period period, JsonWriter& j) {
  j.begin_object();
  j.key("id");
  j.string(p.id);
  j.key("rules");
  j.string(p.rules->id);
  j.key("track");
  j.string_or_null(p.track);
  j.key("course_start");
  j.string(p.course_start.iso());
  j.key("course_end");
  if (p.course_end) {
    j.string(p.course_end->iso());
  } else {
    j.null();
  }
  j.key("from");
  j.string(period.from.iso());
  j.key("to");
  j.string(period.to.iso());
  j.key("weeks");
  j.begin_array();
  for (const WeekHours& w : p.weeks) {
    j.begin_object();
    j.key("week");
    j.string(week_id(w.week));
    j.key("from");
    j.string(w.first.iso());
    j.key("to");
    j.string(w.last.iso());
    j.key("requirement");
    hours_or_null(j, w.requirement_minutes);
    j.key("requirement_minutes");
    integer_or_null(j, w.requirement_minutes);
    hour_figures(j, w.required_minutes, w.planned_minutes, w.attended_minutes,
                 w.approved_absence_minutes, w.unexcused_absence_minutes, w.shortfall_minutes);
    j.key("sick");
    j.number(decimal_hours(w.sick_minutes));
    j.key("sick_minutes");
    j.integer(w.sick_minutes);
    j.key("days_off");
    j.begin_array();
    for (const NamedDay& d : w.days_off) {
      j.begin_object();
      j.key("date");
      j.string(d.date.iso());
      j.key("id");
      j.string(d.id);
      j.key("name");
      j.string(d.name);
      j.key("kind");
      j.string(d.kind == DayKind::holiday ? "holiday" : "closing_day");
      j.end_object();
    }
    j.end_array();
    j.key("phases");
    j.begin_array();
    for (const Phase* ph : w.phases) j.string(ph->h.id);
    j.end_array();
    j.key("conversations");
    j.begin_array();
    for (const Conversation& c : w.conversations) j.string(c.date.iso());
    j.end_array();
    j.key("flags");
    j.begin_array();
    for (std::string_view f : w.flags) j.string(f);
    j.end_array();
    j.end_object();
  }
  j.end_array();
  j.key("conversations");
  j.begin_array();
  for (const Conversation& c : p.conversations) {
    j.begin_object();
    j.key("number");
    j.integer(c.number);
    j.key("date");
    j.string(c.date.iso());
    j.key("planned");
    j.string(c.planned.iso());
    j.key("plan");
    j.string(c.plan->h.id);
    j.end_object();
  }
  j.end_array();
  const HoursSummary& t = p.summary;
  j.key("summary");
  j.begin_object();
  j.key("weeks");
  j.integer(t.weeks);
  j.key("weeks_not_stated");
  j.integer(t.weeks_not_stated);
  bool none_stated = t.weeks > 0 && t.weeks_not_stated == t.weeks;
  hour_figures(j, none_stated ? std::nullopt : std::optional(t.required_minutes), t.planned_minutes,
               t.attended_minutes, t.approved_absence_minutes, t.unexcused_absence_minutes,
               t.shortfall_minutes);
  j.key("attendance_rate");
  if (t.attendance_rate) {
    j.number(std::round(*t.attendance_rate * 10000) / 10000);
  } else {
    j.null();
  }
  j.key("weeks_below_requirement");
  j.integer(t.weeks_below);
  j.key("longest_full_run");
  j.integer(t.longest_full_run);
  j.key("stable_attendance_weeks");
  if (t.stable_threshold) {
    j.integer(t.stable_threshold);
  } else {
    j.null();
  }
  j.key("stable");
  if (t.stable) {
    j.boolean(*t.stable);
  } else {
    j.null();
  }
  j.end_object();
  j.end_object();
}

// `f`: --csv-sep (';' with a decimal comma in the hours, lists joined by '|').
void write_csv(const PersonHours& p, std::string& s, const csv::Format& f) {
  const char sep = f.separator;
  const std::string_view list(&f.list_separator, 1);
  for (const WeekHours& w : p.weeks) {
    csv_cell(s, p.id, sep);
    std::vector<std::string> days;
    for (const NamedDay& d : w.days_off) days.push_back(d.date.iso() + " " + d.id);
    std::vector<std::string_view> phases;
    for (const Phase* ph : w.phases) phases.push_back(ph->h.id);
    std::vector<std::string> conv;
    for (const Conversation& c : w.conversations) conv.push_back(c.date.iso());
    auto opt = [](std::optional<int64_t> minutes) {
      return minutes ? fmt::format("{}", decimal_hours(*minutes)) : std::string();
    };
    auto exact = [](std::optional<int64_t> minutes) {
      return minutes ? fmt::format("{}", *minutes) : std::string();
    };
    s += fmt::format("{0}{1}{0}{2}{0}{3}{0}", sep, week_id(w.week), w.first.iso(), w.last.iso());
    for (const std::string& hours :
         {opt(w.requirement_minutes), opt(w.required_minutes), opt(w.planned_minutes),
          opt(w.attended_minutes), fmt::format("{}", decimal_hours(w.approved_absence_minutes)),
          fmt::format("{}", decimal_hours(w.unexcused_absence_minutes)), opt(shortfall_of(w))}) {
      csv::number_text(s, hours, f);
      s += sep;
    }
    csv_cell(s, fmt::format("{}", fmt::join(days, list)), sep);
    s += sep;
    csv_cell(s, fmt::format("{}", fmt::join(phases, list)), sep);
    s += sep;
    s += fmt::format("{}", fmt::join(conv, list));
    s += sep;
    s += fmt::format("{}", fmt::join(w.flags, list));
    // The exact minutes, at the end (docs/hours.md).
    for (const std::string& minutes :
         {exact(w.requirement_minutes), exact(w.required_minutes), exact(w.planned_minutes),
          exact(w.attended_minutes), fmt::format("{}", w.approved_absence_minutes),
          fmt::format("{}", w.unexcused_absence_minutes), exact(shortfall_of(w))}) {
      s += sep;
      s += minutes;
    }
    s += '\n';
  }
}

int run(const Options& o) {
  check_stdin_once(o.common.rules, all_paths({o.inputs, o.attendance}));
  check_outputs({{"-o", o.common.output}, {"--shortfalls", o.shortfalls}},
                all_paths({o.inputs, o.common.rules, o.attendance}));
  Format format = o.common.format == "json"  ? Format::json
                  : o.common.format == "csv" ? Format::csv
                                             : Format::text;
  const csv::Format csv = csv_format_of(o.common);
  if (o.common.rules.size() > 1)
    throw UsageError("weekly-hours applies one rule set: give one --rules");
  RuleSet rules =
      o.common.rules.empty() ? load_builtin_rules() : load_rules_file(o.common.rules.front());

  if (o.holidays_year) {
    if (o.holidays_year < 1900 || o.holidays_year > 2200) {
      throw UsageError(fmt::format("--holidays: {} is outside 1900-2200", o.holidays_year));
    }
    OutputSink out(o.common.output);
    if (!o.common.quiet || !o.common.output.empty()) write_holidays(o, rules, format, out);
    out.commit();
    return 0;
  }
  if (o.inputs.empty()) {
    throw UsageError("no input: give citizen files (with --rules), plan files, or --holidays YEAR");
  }
  const std::optional<Date> from = date_option("--from", o.from);
  const std::optional<Date> to = date_option("--to", o.to);
  if (from && to && *to < *from) throw UsageError("--to is before --from");
  if (o.weeks && to) throw UsageError("give --to or --weeks, not both");

  // The people: plan files and citizen records, in input order.
  std::vector<Person> people;
  std::unordered_map<std::string, size_t> index;
  TerminalProgress progress(o.common.quiet);
  StderrLog log(&progress);
  // Each input is read once (a FIFO or standard input can be): a plan file is
  // known by its first line, a [[plan]], and handed over whole; a bad plan
  // costs only itself.
  auto plan_error = [&](const SourcePos& at, std::string message, std::string_view code) {
    log.error(Diagnostic{Severity::error, at, std::move(message) + "; this plan was skipped",
                         std::string(code)});
  };
  auto take_plans = [&](const std::string& file, std::string_view text, uint32_t first_line) {
    PlanFile read = read_plans(text, file, first_line);
    for (const Diagnostic& d : read.errors) log.error(d);
    for (Plan& plan : read.plans) {
      if (!plan.rules.empty() && plan.rules != rules.id) {
        plan_error(
            plan.pos,
            fmt::format("the plan for '{}' was made with rules '{}', but the rules "
                        "applied are '{}' (give --rules for '{}')",
                        excerpt(plan.id), excerpt(plan.rules), rules.id, excerpt(plan.rules)),
            "rules-mismatch");
        continue;
      }
      auto unknown = std::find_if(plan.blocks.begin(), plan.blocks.end(), [&](const PlanBlock& b) {
        return !b.phase.empty() && !rules.find_phase(b.phase);
      });
      if (unknown != plan.blocks.end()) {
        plan_error(unknown->pos,
                   fmt::format("block of the plan for '{}' names phase '{}', which rules '{}' "
                               "do not declare",
                               excerpt(plan.id), excerpt(unknown->phase), rules.id),
                   "unknown-phase");
        continue;
      }
      if (index.count(plan.id)) {
        log.error_line("duplicate-id",
                       fmt::format("{}: error: duplicate id '{}'; this plan was skipped",
                                   plan.pos.str(), excerpt(plan.id)));
        continue;
      }
      index.emplace(plan.id, people.size());
      Person p;
      p.plan = std::move(plan);
      people.push_back(std::move(p));
    }
  };
  {
    Collect collect(people, index, log);
    ReaderOptions read;
    read.is_other = is_plan_line;
    read.other = take_plans;
    progress.stage("reading citizens", ProgressUnit::bytes);
    read_citizens(o.inputs, rules.schema, read, log, &progress,
                  [&](const Citizen& c) { collect.record(c); });
  }

  // Each person's period: --from/--to, or from the course start for --weeks
  // weeks (4 when neither --to nor --weeks is given).
  for (Person& p : people) {
    std::optional<Date> start =
        course_start_of(p.citizen ? &*p.citizen : nullptr, p.plan ? &*p.plan : nullptr);
    std::optional<Date> begin = from ? from : start;
    if (!begin) {
      p.problem = "no course start: the record has no start_date; give --from";
      continue;
    }
    Date monday = begin->plus_days(-static_cast<int>(begin->weekday()));
    Date end = to ? *to : monday.plus_days(7 * (o.weeks ? o.weeks : 4) - 1);
    if (end < *begin) {
      p.problem = fmt::format("the course starts {} after --to {}", begin->iso(), end.iso());
      continue;
    }
    p.period = {*begin, end};
    p.first_monday = monday;
    p.weeks = (end - monday) / 7 + 1;
  }

  // Citizens get the plan build-package would make (the same batch order and
  // seats), so their planned hours are known.
  {
    std::vector<size_t> who;
    std::vector<Citizen> citizens;
    std::vector<Date> starts;
    for (size_t i = 0; i < people.size(); ++i) {
      Person& p = people[i];
      if (!p.citizen || !p.problem.empty()) continue;
      who.push_back(i);
      citizens.push_back(*p.citizen);
      starts.push_back(p.citizen->start_date.value_or(p.period.from));
    }
    SeatBook seats(rules);
    PackageBatchOptions batch;
    batch.progress = &progress;
    progress.stage("building packages", ProgressUnit::people);
    std::vector<PackageResult> made = build_packages(rules, citizens, starts, batch, seats);
    for (size_t k = 0; k < who.size(); ++k) {
      if (made[k].problem.empty()) people[who[k]].plan = plan_of(made[k], rules);
    }
  }

  // The attendance log, streamed: sums per person and week.
  uint64_t rows = 0, unknown = 0, outside = 0;
  std::string first_unknown;
  std::string last_id;
  size_t last_index = people.size();
  for (const std::string& path : o.attendance) {
    last_id.clear();
    last_index = people.size();
    progress.stage("reading attendance", ProgressUnit::rows);
    uint64_t read = 0;
    read_attendance(
        path,
        [&](const AttendanceRow& r) {
          if ((++read & 4095) == 0) progress.advance(read, 0);
          // Logs are mostly sorted by person: the last id's lookup is reused.
          if (r.id != last_id) {
            last_id.assign(r.id);
            auto it = index.find(last_id);
            last_index = it == index.end() ? people.size() : it->second;
          }
          if (last_index == people.size()) {
            if (!unknown++) first_unknown = fmt::format("{}:{}: '{}'", path, r.line, r.id);
            return;
          }
          Person& p = people[last_index];
          if (!p.weeks || r.date < p.period.from || r.date > p.period.to) {
            ++outside;
            return;
          }
          if (p.sums.empty()) p.sums.assign(static_cast<size_t>(p.weeks) * 4, 0);
          size_t w = static_cast<size_t>((r.date - p.first_monday) / 7);
          p.sums[w * 4 + static_cast<size_t>(r.status)] += hours_to_minutes(r.hours);
          ++rows;
        },
        [&](const Diagnostic& d) { log.error(d); });
  }

  // Each person's weeks, written one by one.
  OutputSink out(o.common.output);
  std::string s;
  bool short_week = false;
  uint64_t short_people = 0, short_weeks = 0;
  int64_t short_minutes = 0;
  bool first = true;
  // -q: nothing printed, but an -o FILE is still written.
  const bool write = !o.common.quiet || !o.common.output.empty();
  if (format == Format::json && write) s += "[\n";
  if (format == Format::csv && write) {
    std::string header =
        "id,week,from,to,requirement,required,planned,attended,approved_absence,"
        "unexcused_absence,shortfall,days_off,phases,conversations,flags,requirement_minutes,"
        "required_minutes,planned_minutes,attended_minutes,approved_absence_minutes,"
        "unexcused_absence_minutes,shortfall_minutes\n";
    std::replace(header.begin(), header.end(), ',', csv.separator);
    s += header;
  }
  size_t written = 0;
  ShortfallFile shortfalls(o.shortfalls, ShortfallFile::Of::weeks, csv.separator);
  progress.stage("weekly hours", ProgressUnit::people);
  for (size_t k = 0; k < people.size(); ++k) {
    Person& person = people[k];
    if ((k & 1023) == 0) progress.advance(k, people.size());
    if (!person.problem.empty()) {
      SourcePos at = person.plan ? person.plan->pos : person.citizen->pos;
      log.error_line("no-period",
                     fmt::format("{}: error: '{}': {}", at.str(), person.id(), person.problem));
      continue;
    }
    std::optional<Date> start = course_start_of(person.citizen ? &*person.citizen : nullptr,
                                                person.plan ? &*person.plan : nullptr);
    Date course_start = start ? *start : person.period.from;
    PersonHours p = plan_weeks(rules, person.citizen ? &*person.citizen : nullptr,
                               person.plan ? &*person.plan : nullptr, course_start, person.period);
    if (!o.attendance.empty()) mark_attendance_given(p);
    if (!person.sums.empty()) {
      for (size_t w = 0; w < p.weeks.size() && w * 4 + 3 < person.sums.size(); ++w) {
        Date day = p.weeks[w].monday;
        for (int k = 0; k < 4; ++k) {
          int64_t m = person.sums[w * 4 + static_cast<size_t>(k)];
          if (m > 0) add_attendance_minutes(p, day, m, static_cast<AttendanceStatus>(k));
        }
      }
    }
    finish(p);
    shortfalls.add(p);
    if (p.summary.weeks_below > 0) {
      short_week = true;
      ++short_people;
      short_weeks += static_cast<uint64_t>(p.summary.weeks_below);
      short_minutes += p.summary.shortfall_minutes;
    }
    ++written;
    if (!write) continue;
    if (format == Format::text) {
      if (!first) s += '\n';
      write_text(p, s);
    } else if (format == Format::json) {
      if (!first) s += ",\n";
      JsonWriter j(s, 2);
      write_json(p, person.period, j);
    } else {
      write_csv(p, s, csv);
    }
    first = false;
    if (s.size() > (1 << 16)) {
      out.write(s);
      s.clear();
    }
  }
  if (format == Format::json && write) s += first ? "]\n" : "\n]\n";
  out.write(s);
  out.commit();
  shortfalls.commit();
  progress.clear();
  uint64_t errors = log.errors();
  log.print_hidden();

  if (!o.common.quiet && (!o.attendance.empty() || people.size() > 1)) {
    std::string extra;
    if (unknown) {
      extra += fmt::format(", {} for ids not among the inputs (first {})", unknown, first_unknown);
    }
    if (outside) extra += fmt::format(", {} outside the period", outside);
    // Who is short, counted, so a planner reading a batch's standard error
    // knows how many to look up (--shortfalls FILE lists every week).
    std::string below =
        short_people ? fmt::format(": {} below the requirement in {} week{} ({} short in total)",
                                   short_people, short_weeks, short_weeks == 1 ? "" : "s",
                                   format_minutes(short_minutes))
                     : std::string(": nobody below the requirement");
    fmt::print(stderr, "nytte: {} {} with rules {}{}{}; {} error{}\n", written,
               written == 1 ? "person" : "people", rules.id, below,
               o.attendance.empty() ? std::string()
                                    : fmt::format("; attendance: {} rows counted{}", rows, extra),
               errors, errors == 1 ? "" : "s");
  }
  if (errors) return 2;
  // -q asks what --fail-under asks (README.md, "Quiet mode and exit status").
  if ((o.fail_under || o.common.quiet) && short_week) return 1;
  return 0;
}

}  // namespace

CLI::App* add_weekly_hours(CLI::App& app, int& exit_code) {
  auto opts = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand(
      "weekly-hours", "Required, planned and attended hours week by week over a period");
  cmd->footer(
      "Examples:\n"
      "  nytte weekly-hours examples/citizens/greve-nyledig.toml --rules rules/greve.toml "
      "--weeks 26\n"
      "  nytte weekly-hours examples/plans/nordfyns-49.toml --rules rules/nordfyns.toml \\\n"
      "      --attendance examples/attendance/nordfyns-49.csv --from 2025-09-01 --to 2025-10-31\n"
      "  nytte weekly-hours --holidays 2026\n"
      "\n"
      "Inputs are citizen files (the requirement comes from the rules, decided week by week)\n"
      "or plan files ([[plan]], as build-package writes them). The period is --from/--to, or\n"
      "--weeks N from the course start (default 4 weeks). An attendance log is CSV\n"
      "(id,date,offer,hours,status) or TOML [[attendance]]; status is present, sick,\n"
      "approved_absence or unexcused. A week whose hours the source does not state has no\n"
      "requirement (\"not stated\"; null in JSON, empty in CSV) and is never short.\n"
      "\n"
      "Exit status: 0 done, 1 with --fail-under or -q: a week below the requirement, 2 bad\n"
      "usage or input (messages name file:line:column; the other rows are still counted).\n" +
      std::string(kQuietFooter));
  cmd->add_option("inputs", opts->inputs,
                  "Citizen files (TOML or CSV), directories, plan files, or - for standard input")
      ->type_name("INPUT...");
  add_rules_option(*cmd, opts->common);
  add_format_option(*cmd, opts->common, {"text", "json", "csv"});
  add_output_option(*cmd, opts->common);
  cmd->add_option("--from", opts->from, "First day of the period (YYYY-MM-DD)")->type_name("DATE");
  cmd->add_option("--to", opts->to, "Last day of the period (YYYY-MM-DD)")->type_name("DATE");
  cmd->add_option("--weeks", opts->weeks, "Number of ISO weeks from the course start or --from")
      ->check(CLI::Range(1, 520));
  cmd->add_option("--attendance", opts->attendance,
                  "Attendance log, CSV or TOML (repeatable; - for standard input)")
      ->type_name("FILE")
      ->expected(1)
      ->allow_extra_args(false);
  cmd->add_option("--shortfalls", opts->shortfalls,
                  "Also write every week below its requirement, with the minutes missing, to "
                  "FILE as CSV (whole or not at all), whatever the --format")
      ->type_name("FILE");
  cmd->add_flag("--fail-under", opts->fail_under,
                "Exit 1 when a week is below the requirement (attended, or planned without a log)");
  cmd->add_option("--holidays", opts->holidays_year,
                  "List the public holidays and the rule set's closing days of YEAR")
      ->type_name("YEAR");
  add_csv_sep_option(*cmd, opts->common);
  add_quiet_option(*cmd, opts->common.quiet);
  cmd->callback([opts, &exit_code] { exit_code = run(*opts); });
  return cmd;
}

}  // namespace nytte::cli
