// weekly-hours' writers (format/hours_format.h).
#include "format/hours_format.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "base/duration.h"
#include "base/plural.h"

namespace nytte {
namespace {

// A duration for people: h:mm (lib/base/duration.h), "-" for none.
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

}  // namespace

std::string write_days_off(HoursFormat format, int year, const RuleSet& rules,
                           const csv::Format& csv) {
  std::vector<NamedDay> days = days_off(year, rules.calendar.closing_days);
  std::string s;
  if (format == HoursFormat::json) {
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
  } else if (format == HoursFormat::csv) {
    const char sep = csv.separator;
    s += csv::start_of(csv);
    s += fmt::format("date{0}weekday{0}id{0}name{0}kind\n", sep);
    for (const NamedDay& d : days) {
      s += fmt::format("{1}{0}{2}{0}{3}{0}", sep, d.date.iso(), weekday_code(d.date.weekday()),
                       d.id);
      csv_cell(s, d.name, sep);
      s += fmt::format("{}{}\n", sep, d.kind == DayKind::holiday ? "holiday" : "closing_day");
    }
  } else {
    s += fmt::format("Holidays and closing days {} (rules {})\n", year, rules.id);
    for (const NamedDay& d : days) {
      s += fmt::format("  {}  {}  {}{}\n", d.date.iso(), weekday_code(d.date.weekday()), d.name,
                       d.kind == DayKind::holiday ? "" : "  (closing day)");
    }
  }
  return s;
}

void write_hours_text(const PersonHours& p, std::string& s) {
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
      plural(t.weeks, "week", "weeks"), required, rw, hours_text(t.planned_minutes),
      hours_text(t.attended_minutes), hours_text(t.approved_absence_minutes),
      hours_text(t.unexcused_absence_minutes),
      hours_text(done && !none_stated ? std::optional(t.shortfall_minutes) : std::nullopt));
  std::vector<std::string> parts;
  if (t.attendance_rate)
    parts.push_back(fmt::format("attendance {:.1f} %", *t.attendance_rate * 100));
  if (done && !none_stated) {
    parts.push_back(plural(t.weeks_below, "week", "weeks") + " below the requirement");
  }
  if (t.weeks_not_stated) {
    parts.push_back(plural(t.weeks_not_stated, "week", "weeks") +
                    " with hours not stated by the source (no requirement, no shortfall)");
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

namespace {

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

}  // namespace

void write_hours_json(const PersonHours& p, Period period, JsonWriter& j) {
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
void write_hours_csv(const PersonHours& p, std::string& s, const csv::Format& f) {
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

HoursFormat hours_format_of(std::string_view f) {
  return f == "json" ? HoursFormat::json : f == "csv" ? HoursFormat::csv : HoursFormat::text;
}

HoursWriter::HoursWriter(HoursFormat format, const csv::Format& csv)
    : format_(format),
      csv_(csv),
      list_(format == HoursFormat::json   ? ListFrame::json_array
            : format == HoursFormat::text ? ListFrame::blank_line
                                          : ListFrame::concatenated) {}

void HoursWriter::begin(std::string& s) {
  list_.begin(s);
  if (format_ == HoursFormat::csv) {
    std::string header =
        "id,week,from,to,requirement,required,planned,attended,approved_absence,"
        "unexcused_absence,shortfall,days_off,phases,conversations,flags,requirement_minutes,"
        "required_minutes,planned_minutes,attended_minutes,approved_absence_minutes,"
        "unexcused_absence_minutes,shortfall_minutes\n";
    std::replace(header.begin(), header.end(), ',', csv_.separator);
    s += csv::start_of(csv_);
    s += header;
  }
}

void HoursWriter::add(const PersonHours& p, Period period, std::string& s) {
  list_.before(s);
  switch (format_) {
    case HoursFormat::text:
      write_hours_text(p, s);
      break;
    case HoursFormat::json: {
      JsonWriter j(s, 2);
      write_hours_json(p, period, j);
      break;
    }
    case HoursFormat::csv:
      write_hours_csv(p, s, csv_);
      break;
  }
}

void HoursWriter::end(std::string& s) {
  list_.end(s);
}

std::string hours_summary_line(const HoursTally& t, const RuleSet& rules,
                               const AttendanceLog* attendance, uint64_t errors) {
  std::string log;
  if (attendance) {
    std::string extra;
    if (attendance->unknown) {
      extra += fmt::format(", {} for ids not among the inputs (first {})", attendance->unknown,
                           attendance->first_unknown);
    }
    if (attendance->outside) extra += fmt::format(", {} outside the period", attendance->outside);
    log = fmt::format("; attendance: {} counted{}", plural(attendance->rows, "row", "rows"), extra);
  }
  // Who is short, counted, so a planner reading a batch's standard error
  // knows how many to look up (--shortfalls FILE lists every week).
  std::string below =
      t.short_people
          ? fmt::format(": {} below the requirement in {} ({} short in total)", t.short_people,
                        plural(t.short_weeks, "week", "weeks"), format_minutes(t.short_minutes))
          : std::string(": nobody below the requirement");
  return fmt::format("nytte: {} with rules {}{}{}; {}\n", plural(t.people, "person", "people"),
                     rules.id, below, log, plural(errors, "error", "errors"));
}

}  // namespace nytte
