// weekly-hours' writers (format/hours_format.h).
#include "format/hours_format.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "base/duration.h"
#include "base/local_format.h"
#include "base/plural.h"
#include "format/schedule_words.h"
#include "nytte/i18n.h"

namespace nytte {
namespace {

// A duration for people: h:mm (lib/base/duration.h), "-" for none.
std::string hours_text(std::optional<int64_t> minutes) {
  return minutes ? duration_cell(*minutes) : std::string("-");
}

// The required hours of a week for people: "not stated" when the source
// states no weekly hours, "unknown" when they depend on missing data.
std::string required_text(const WeekHours& w) {
  if (w.required_minutes) return hours_text(w.required_minutes);
  bool unknown = std::find(w.flags.begin(), w.flags.end(), "hours_unknown") != w.flags.end();
  return unknown ? tr("unknown") : tr("not stated");
}

// `s` padded with spaces to `width` columns, on the right or on the left.
std::string pad_right(std::string_view s, size_t width) {
  std::string out(s);
  out.append(width > display_width(s) ? width - display_width(s) : 0, ' ');
  return out;
}
std::string pad_left(std::string_view s, size_t width) {
  std::string out(width > display_width(s) ? width - display_width(s) : 0, ' ');
  return out.append(s);
}

// A week's flag as a note: the code in English, words in Danish.
std::string_view flag_note(std::string_view flag) {
  static constexpr std::pair<std::string_view, const char*> kNotes[] = {
      {"first_week", N_("first_week")},         {"last_week", N_("last_week")},
      {"not_covered", N_("not_covered")},       {"weekend", N_("weekend")},
      {"outside_course", N_("outside_course")}, {"hours_not_stated", N_("hours_not_stated")},
      {"hours_unknown", N_("hours_unknown")},   {"approved_absence", N_("approved_absence")},
      {"unexcused", N_("unexcused")},           {"short", N_("short")},
      {"plan_short", N_("plan_short")}};
  for (const auto& [code, msgid] : kNotes) {
    if (code == flag) return tr(msgid);
  }
  return flag;
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
    s += trf("Holidays and closing days {} (rules {})\n", year, rules.id);
    for (const NamedDay& d : days) {
      s += fmt::format("  {}  {}  {}{}\n", d.date.iso(), weekday_short(d.date.weekday()), d.name,
                       d.kind == DayKind::holiday ? "" : tr("  (closing day)"));
    }
  }
  return s;
}

namespace {

// The first line: who, under which rules, the course; in Danish the track's
// title on a line of its own.
void write_hours_heading(const PersonHours& p, std::string& s) {
  if (!danish()) {
    s += fmt::format("{} - rules {}", p.id, p.rules->id);
    if (!p.track.empty()) s += fmt::format(", track {}", p.track);
    s += fmt::format(", course from {}", p.course_start.iso());
    if (p.course_end) s += fmt::format(" to {}", p.course_end->iso());
    s += '\n';
    return;
  }
  s += p.course_end
           ? trf("{} - rules {}, course from {} to {}\n", p.id, p.rules->id,
                 local_date(p.course_start), local_date(*p.course_end))
           : trf("{} - rules {}, course from {}\n", p.id, p.rules->id, local_date(p.course_start));
  if (!p.track.empty()) {
    const Track* t = p.rules->find_track(p.track);
    s += wrap_words("  ", trf("Track: {}", t ? rule_name(t->h) : std::string_view(p.track)), 4);
  }
}

// The summary below the table: attendance, weeks below, runs.
void write_hours_summary(const HoursSummary& t, bool done, bool none_stated, std::string& s) {
  std::vector<std::string> parts;
  if (t.attendance_rate) {
    parts.push_back(trf("attendance {}", danish()
                                             ? local_percent(*t.attendance_rate * 100, 1)
                                             : fmt::format("{:.1f} %", *t.attendance_rate * 100)));
  }
  if (done && !none_stated) {
    parts.push_back(trf_plural("{} week below the requirement", "{} weeks below the requirement",
                               t.weeks_below, local_count(t.weeks_below)));
  }
  if (t.weeks_not_stated) {
    parts.push_back(
        trf_plural("{} week with hours not stated by the source (no requirement, no shortfall)",
                   "{} weeks with hours not stated by the source (no requirement, no shortfall)",
                   t.weeks_not_stated, local_count(t.weeks_not_stated)));
  }
  if (t.attended_minutes) {
    std::string run = trf("longest run of fully attended weeks {}", t.longest_full_run);
    if (t.stable_threshold) {
      run += trf(" ({} for stable attendance: {})", t.stable_threshold,
                 *t.stable ? tr("reached") : tr("not reached"));
    }
    parts.push_back(run);
  }
  if (!parts.empty()) s += fmt::format("  {}\n", fmt::join(parts, "; "));
}

}  // namespace

void write_hours_text(const PersonHours& p, std::string& s) {
  write_hours_heading(p, s);
  const HoursSummary& t = p.summary;
  bool none_stated = t.weeks > 0 && t.weeks_not_stated == t.weeks;
  bool done = t.attended_minutes || t.planned_minutes;
  const int year = p.weeks.empty() ? 0 : p.weeks.front().week.year;
  // One row a week, then the total; the cells first, so that Danish can
  // size its columns to its words (English keeps the widths it always had).
  std::vector<std::array<std::string, 9>> rows;
  for (const WeekHours& w : p.weeks) {
    std::vector<std::string> notes;
    for (std::string_view f : w.flags) {
      if (f != "holiday" && f != "closing_day") notes.emplace_back(flag_note(f));
    }
    for (const NamedDay& d : w.days_off)
      notes.push_back(fmt::format("{} {}", ddmm(d.date), d.name));
    for (const Conversation& c : w.conversations) {
      notes.push_back(fmt::format("samtale {} {}", c.number, ddmm(c.date)));
    }
    for (const Phase* ph : w.phases) notes.emplace_back(rule_name(ph->h));
    rows.push_back({week_label(w.week, year), fmt::format("{}-{}", ddmm(w.first), ddmm(w.last)),
                    required_text(w), hours_text(w.planned_minutes), hours_text(w.attended_minutes),
                    hours_text(w.approved_absence_minutes), hours_text(w.unexcused_absence_minutes),
                    hours_text(shortfall_of(w)), fmt::format("{}", fmt::join(notes, "; "))});
  }
  rows.push_back(
      {tr("total"), plural(t.weeks, "week", "weeks"),
       none_stated ? std::string(tr("not stated")) : hours_text(t.required_minutes),
       hours_text(t.planned_minutes), hours_text(t.attended_minutes),
       hours_text(t.approved_absence_minutes), hours_text(t.unexcused_absence_minutes),
       hours_text(done && !none_stated ? std::optional(t.shortfall_minutes) : std::nullopt), ""});
  const std::array<std::string, 9> head = {std::string(plural_noun(1, "week", "weeks")),
                                           tr("days"),
                                           tr("required"),
                                           tr("planned"),
                                           tr("attended"),
                                           tr("absence"),
                                           tr("unexcused"),
                                           tr("short"),
                                           tr("notes")};
  std::array<size_t, 8> width = {8, 11, 8, 7, 8, 7, 9, 6};
  // The required column is wider when a week's hours are not stated.
  for (const auto& row : rows) width[2] = std::max(width[2], display_width(row[2]));
  if (danish()) {
    for (size_t c = 0; c < width.size(); ++c) {
      width[c] = display_width(head[c]);
      for (const auto& row : rows) width[c] = std::max(width[c], display_width(row[c]));
    }
  }
  auto row_line = [&](const std::array<std::string, 9>& row) {
    std::string line = "  ";
    line.append(pad_right(row[0], width[0])).append("  ").append(pad_right(row[1], width[1]));
    line.append("  ").append(pad_left(row[2], width[2]));
    for (size_t c = 3; c < 8; ++c) line.append(" ").append(pad_left(row[c], width[c]));
    line.append("  ").append(row[8]);
    while (!line.empty() && line.back() == ' ') line.pop_back();
    line += '\n';
    return line;
  };
  s += row_line(head);
  for (const auto& row : rows) s += row_line(row);
  write_hours_summary(t, done, none_stated, s);
  if (!p.conversations.empty()) {
    std::vector<std::string> dates;
    for (const Conversation& c : p.conversations) {
      dates.push_back(c.date == c.planned
                          ? local_date(c.date)
                          : trf("{} (moved from {})", local_date(c.date), local_date(c.planned)));
    }
    const ConversationPlan& plan = *p.conversations.front().plan;
    std::string line = trf("  conversations ({}): {}\n", rule_name(plan.h), fmt::join(dates, ", "));
    // Titles and dates in words are long: Danish wraps the line at 80 columns.
    s += danish() ? wrap_words("  ", line.substr(2, line.size() - 3), 4) : line;
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
      extra += trf(", {} for ids not among the inputs (first {})", local_count(attendance->unknown),
                   attendance->first_unknown);
    }
    if (attendance->outside)
      extra += trf(", {} outside the period", local_count(attendance->outside));
    log = trf("; attendance: {} counted{}", plural(attendance->rows, "row", "rows"), extra);
  }
  // Who is short, counted, so a planner reading a batch's standard error
  // knows how many to look up (--shortfalls FILE lists every week).
  std::string below =
      t.short_people
          ? trf(": {} below the requirement in {} ({} short in total)", local_count(t.short_people),
                plural(t.short_weeks, "week", "weeks"), duration_text(t.short_minutes))
          : std::string(tr(": nobody below the requirement"));
  return trf("nytte: {} with rules {}{}{}; {}\n", plural(t.people, "person", "people"), rules.id,
             below, log, plural(errors, "error", "errors"));
}

}  // namespace nytte
