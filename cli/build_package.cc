// nytte build-package: a weekly package (jobpakke) of offers that reaches the
// person's required hours; for a batch, everyone against the offers' seats.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <memory>
#include <unordered_set>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "citizen_reader.h"
#include "commands.h"
#include "common.h"
#include "duration.h"
#include "icalendar.h"
#include "output.h"
#include "package.h"
#include "shortfalls.h"
#include "terminal_progress.h"

namespace nytte::cli {
namespace {

struct Options {
  CommonOptions common;
  std::vector<std::string> inputs;
  std::string start;
  bool no_seat_limits = false;
  unsigned threads = 0;
  std::string hours;       // --hours N: the planner's weekly total where the source states none
  std::string shortfalls;  // --shortfalls FILE: every shortfall as CSV
  int weeks = 0;           // --weeks N, --until DATE: the course's end in a calendar
  std::string until;
  std::string split;  // --split DIR: one calendar a person
};

enum class Format { text, json, csv, toml, ics };

// Hours with at most two decimals, without trailing zeros: 37, 7.4, 0.33.
std::string hours(double h) {
  std::string s = fmt::format("{:.2f}", std::round(h * 100) / 100);
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s == "-0" ? "0" : s;
}

// `s` cut to at most `w` columns (with "." marking the cut), padded to `w`.
std::string cell(std::string_view s, size_t w) {
  std::string out;
  if (display_width(s) <= w) {
    out = s;
  } else {
    size_t cols = 0;
    for (size_t i = 0; i < s.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(s[i]);
      if ((c & 0xC0) != 0x80 && ++cols > w - 1) break;
      out += s[i];
    }
    out += '.';
  }
  out.append(w - display_width(out), ' ');
  return out;
}

// `text` wrapped to lines of at most 80 columns, the first starting with
// `first`, the others indented by `indent` spaces.
std::string wrap(std::string_view first, std::string_view text, size_t indent) {
  return wrap_words(first, text, indent);
}

std::string_view day_name(Weekday d) {
  static constexpr std::string_view names[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                               "Friday", "Saturday", "Sunday"};
  return names[static_cast<int>(d)];
}

std::string phase_text(const WeeklyPackage& w) {
  if (!w.phase) return "";
  const Phase& p = *w.phase;
  std::string days = p.to_day
                         ? fmt::format("days {}-{} of the course", p.from_day + 1, *p.to_day + 1)
                         : fmt::format("from day {} of the course", p.from_day + 1);
  return fmt::format("phase {} ({})", p.h.id, days);
}

// First and last date of a phase for a course starting on `start`.
std::pair<Date, std::optional<Date>> phase_dates(const WeeklyPackage& w, Date start) {
  if (!w.phase) return {start, std::nullopt};
  std::optional<Date> last;
  if (w.phase->to_day) last = start.plus_days(*w.phase->to_day);
  return {start.plus_days(w.phase->from_day), last};
}

// For a person whose hours are not stated: what the package is made up to.
std::string hours_line(const PackageResult& r) {
  if (r.required_weekly_hours || r.status != Status::eligible) return "";
  std::string line = r.hours_stated ? fmt::format("Hours a week unknown: data missing ({})",
                                                  fmt::join(r.missing_fields, ", "))
                                    : std::string("Hours not stated by the source");
  if (r.max_weekly_hours)
    line +=
        fmt::format(" (at most {} a week)", format_minutes(hours_to_minutes(*r.max_weekly_hours)));
  if (r.target == PackageTarget::planner_total) {
    line += fmt::format(": made up to the planner's total, {} a week (--hours)",
                        format_minutes(hours_to_minutes(*r.target_weekly_hours)));
  } else {
    line += ": a package of the stated parts only; give --hours N for a weekly total";
  }
  return line;
}

void write_text(const PackageResult& r, const RuleSet& rules, std::string& s) {
  s += fmt::format("{} - rules {}", r.id, rules.id);
  if (r.track) s += fmt::format(", track {}", r.track->h.id);
  s += fmt::format(", start {} ({})\n", r.start.iso(), weekday_code(r.start.weekday()));
  if (!r.problem.empty()) {
    s += fmt::format("  No package: {}\n", r.problem);
    return;
  }
  if (std::string line = hours_line(r); !line.empty()) s += wrap("  ", line, 4);
  for (const WeeklyPackage& w : r.packages) {
    s += '\n';
    if (w.phase) s += wrap("  ", fmt::format("{}: {}", phase_text(w), w.phase->h.title), 4);
    s += wrap("  ", fmt::format("Recipe {}: {}", w.recipe->h.id, w.recipe->h.title), 4);
    if (r.target == PackageTarget::stated_parts && w.parts.empty() && w.blocks.empty()) {
      s += "  No part of the week is stated: nothing to plan without a total (--hours N).\n";
      continue;
    }
    s += '\n';
    // The timetable: five columns of 15 (14 and a space), Monday to Friday.
    constexpr size_t kCol = 14;
    std::array<std::vector<std::string>, 7> col;
    std::array<int, 7> day_minutes{};
    for (const PackageBlock& b : w.blocks) {
      int d = static_cast<int>(b.day);
      col[d].push_back(fmt::format("{}-{}", b.from.hh_mm(), b.to.hh_mm()));
      if (b.offer) {
        col[d].push_back(b.offer->kind);
        col[d].push_back(b.offer->h.id);
      } else {
        col[d].push_back("travel");
        col[d].push_back(fmt::format("to {}", b.to_location));
      }
      day_minutes[d] += b.minutes;
    }
    std::string line = "  ";
    for (int d = 0; d < 5; ++d) line += cell(day_name(static_cast<Weekday>(d)), kCol) + ' ';
    s += line.substr(0, line.find_last_not_of(' ') + 1) + '\n';
    size_t rows = 0;
    for (int d = 0; d < 5; ++d) rows = std::max(rows, col[d].size());
    for (size_t i = 0; i < rows; ++i) {
      line = "  ";
      for (int d = 0; d < 5; ++d) line += cell(i < col[d].size() ? col[d][i] : "", kCol) + ' ';
      s += line.substr(0, line.find_last_not_of(' ') + 1) + '\n';
      if (i % 3 == 2 && i + 1 < rows) s += '\n';
    }
    line = "  ";
    for (int d = 0; d < 5; ++d)
      line += cell(fmt::format("= {}", format_minutes(day_minutes[d])), kCol) + ' ';
    s += line.substr(0, line.find_last_not_of(' ') + 1) + '\n';
    for (int d = 5; d < 7; ++d) {
      if (col[d].empty()) continue;
      s += fmt::format("  {}: ", day_name(static_cast<Weekday>(d)));
      for (size_t i = 0; i < col[d].size(); i += 3) {
        s += fmt::format("{}{} {}", i ? ", " : "", col[d][i], col[d][i + 2]);
      }
      s += fmt::format(" = {}\n", format_minutes(day_minutes[d]));
    }
    s += '\n';
    const std::string planned = format_minutes(w.planned_minutes);
    std::string week =
        w.required_minutes ? fmt::format("  Week: {} planned of {} required", planned,
                                         format_minutes(*w.required_minutes))
        : r.target == PackageTarget::planner_total
            ? fmt::format("  Week: {} planned of {} (the planner's total; hours not stated)",
                          planned, format_minutes(w.target_minutes))
            : fmt::format("  Week: {} planned of the stated parts, {} (hours not stated)", planned,
                          format_minutes(w.target_minutes));
    if (w.ordinary_minutes > 0)
      week += fmt::format(" ({} ordinary paid work)", format_minutes(w.ordinary_minutes));
    s += week + (w.missing_minutes > 0
                     ? fmt::format("; {} missing\n", format_minutes(w.missing_minutes))
                     : std::string("\n"));
    for (const PartResult& p : w.parts) {
      s += fmt::format(
          "  Part {}: {} of {}{}{}\n",
          p.title.empty() ? fmt::format("{}", fmt::join(p.kinds, "/")) : std::string(p.title),
          format_minutes(p.planned_minutes), format_minutes(p.required_minutes),
          p.stated_by_track ? " (stated by the track's source)" : "",
          p.planned_minutes < p.required_minutes ? " (short)" : "");
    }
    if (!w.offers.empty()) s += "  Offers:\n";
    for (const Offer* o : w.offers) {
      int m = 0;
      for (const PackageBlock& b : w.blocks) m += b.offer == o ? b.minutes : 0;
      std::string what = fmt::format("{}: {}", format_minutes(m), o->h.title);
      if (!o->workplace.empty()) what += fmt::format(", {}", o->workplace);
      if (!o->sector.empty()) what += fmt::format(" ({})", o->sector);
      s += wrap(fmt::format("    {} ", o->h.id), what, 6);
    }
    int travel = 0;
    for (const PackageBlock& b : w.blocks) travel += b.offer ? 0 : b.minutes;
    if (travel > 0)
      s += fmt::format("    transport {}: travel between places\n", format_minutes(travel));
    if (w.cost_per_week > 0) s += fmt::format("  Cost: {} kr. a week\n", hours(w.cost_per_week));
    for (const std::string& why : w.shortfall_reasons) s += wrap("  Why short: ", why, 4);
    if (!w.exact) {
      s += "  Note: too many whole-course offers to try every combination; this package is\n"
           "  the best found, not proven the best.\n";
    }
  }
}

void write_block_json(const PackageBlock& b, JsonWriter& j) {
  j.begin_object();
  j.key("day");
  j.string(weekday_code(b.day));
  j.key("from");
  j.string(b.from.hh_mm());
  j.key("to");
  j.string(b.to.hh_mm());
  j.key("hours");
  j.number(decimal_hours(b.minutes));
  j.key("minutes");
  j.integer(b.minutes);
  j.key("kind");
  j.string(b.offer ? std::string_view(b.offer->kind) : std::string_view("transport"));
  j.key("offer");
  if (b.offer) {
    j.string(b.offer->h.id);
  } else {
    j.null();
  }
  if (b.offer) {
    j.key("title");
    j.string(b.offer->h.title);
    j.key("workplace");
    j.string(b.offer->workplace);
    j.key("location");
    j.string(b.offer->location);
  } else {
    j.key("from_location");
    j.string(b.from_location);
    j.key("to_location");
    j.string(b.to_location);
  }
  j.end_object();
}

void write_json(const PackageResult& r, const RuleSet& rules, Date on, JsonWriter& j) {
  j.begin_object();
  j.key("id");
  j.string(r.id);
  j.key("rules");
  j.string(rules.id);
  j.key("on");
  j.string(on.iso());
  j.key("start");
  j.string(r.start.iso());
  j.key("status");
  j.string(status_name(r.status));
  j.key("track");
  j.string_or_null(r.track ? std::string_view(r.track->h.id) : std::string_view());
  j.key("required_weekly_hours");
  if (r.required_weekly_hours) {
    j.number(*r.required_weekly_hours);
  } else {
    j.null();  // eligible, and the source states no weekly hours (or data is missing)
  }
  j.key("required_weekly_minutes");
  if (r.required_weekly_hours) {
    j.integer(hours_to_minutes(*r.required_weekly_hours));
  } else {
    j.null();
  }
  j.key("hours_stated");
  j.boolean(r.hours_stated);
  j.key("max_weekly_hours");
  if (r.max_weekly_hours) {
    j.number(*r.max_weekly_hours);
  } else {
    j.null();
  }
  j.key("package_target");
  j.string(package_target_name(r.target));
  j.key("target_weekly_hours");
  if (r.target_weekly_hours) {
    j.number(*r.target_weekly_hours);
  } else {
    j.null();
  }
  j.key("missing_hours");
  j.number(decimal_hours(r.missing_minutes()));
  j.key("missing_minutes");
  j.integer(r.missing_minutes());
  j.key("problem");
  j.string_or_null(r.problem);
  j.key("packages");
  j.begin_array();
  for (const WeeklyPackage& w : r.packages) {
    j.begin_object();
    j.key("phase");
    j.string_or_null(w.phase ? std::string_view(w.phase->h.id) : std::string_view());
    auto [first, last] = phase_dates(w, r.start);
    j.key("from");
    j.string(first.iso());
    j.key("to");
    if (last) {
      j.string(last->iso());
    } else {
      j.null();
    }
    j.key("recipe");
    j.string(w.recipe->h.id);
    j.key("required_hours");
    if (w.required_minutes) {
      j.number(decimal_hours(*w.required_minutes));
    } else {
      j.null();
    }
    j.key("target_hours");
    j.number(decimal_hours(w.target_minutes));
    j.key("ordinary_hours");
    j.number(decimal_hours(w.ordinary_minutes));
    j.key("planned_hours");
    j.number(decimal_hours(w.planned_minutes));
    j.key("missing_hours");
    j.number(decimal_hours(w.missing_minutes));
    j.key("required_minutes");
    if (w.required_minutes) {
      j.integer(*w.required_minutes);
    } else {
      j.null();
    }
    j.key("target_minutes");
    j.integer(w.target_minutes);
    j.key("ordinary_minutes");
    j.integer(w.ordinary_minutes);
    j.key("planned_minutes");
    j.integer(w.planned_minutes);
    j.key("missing_minutes");
    j.integer(w.missing_minutes);
    j.key("cost_per_week");
    j.number(w.cost_per_week);
    j.key("exact");
    j.boolean(w.exact);
    j.key("offers");
    j.begin_array();
    for (const Offer* o : w.offers) j.string(o->h.id);
    j.end_array();
    j.key("parts");
    j.begin_array();
    for (const PartResult& p : w.parts) {
      j.begin_object();
      j.key("title");
      j.string(p.title);
      j.key("kinds");
      j.begin_array();
      for (std::string_view k : p.kinds) j.string(k);
      j.end_array();
      j.key("stated_by");
      j.string(p.stated_by_track ? "track" : "recipe");
      j.key("required");
      j.number(decimal_hours(p.required_minutes));
      j.key("planned");
      j.number(decimal_hours(p.planned_minutes));
      j.key("required_minutes");
      j.integer(p.required_minutes);
      j.key("planned_minutes");
      j.integer(p.planned_minutes);
      j.end_object();
    }
    j.end_array();
    j.key("blocks");
    j.begin_array();
    for (const PackageBlock& b : w.blocks) write_block_json(b, j);
    j.end_array();
    j.key("shortfall_reasons");
    j.begin_array();
    for (const std::string& why : w.shortfall_reasons) j.string(why);
    j.end_array();
    j.end_object();
  }
  j.end_array();
  j.end_object();
}

// `f`: --csv-sep (';' with a decimal comma in the hours).
void write_csv(const PackageResult& r, std::string& s, const csv::Format& f) {
  const char sep = f.separator;
  for (const WeeklyPackage& w : r.packages) {
    for (const PackageBlock& b : w.blocks) {
      csv_cell(s, r.id, sep);
      s += sep;
      csv_cell(s, r.track ? std::string_view(r.track->h.id) : std::string_view(), sep);
      s += sep;
      csv_cell(s, w.phase ? std::string_view(w.phase->h.id) : std::string_view(), sep);
      s += fmt::format("{0}{1}{0}{2}{0}{3}{0}", sep, weekday_code(b.day), b.from.hh_mm(),
                       b.to.hh_mm());
      csv::number_text(s, hours(decimal_hours(b.minutes)), f);
      s += sep;
      s += b.offer ? std::string_view(b.offer->kind) : "transport";
      s += sep;
      csv_cell(s, b.offer ? std::string_view(b.offer->h.id) : std::string_view(), sep);
      s += sep;
      csv_cell(s, b.offer ? std::string_view(b.offer->location) : std::string_view(b.to_location),
               sep);
      s += sep;  // empty: the source states no weekly hours
      if (r.required_weekly_hours) csv::number_text(s, hours(*r.required_weekly_hours), f);
      s += fmt::format("{0}{1}{0}", sep, b.minutes);  // exact minutes at the end (docs/packages.md)
      if (r.required_weekly_hours)
        s += fmt::format("{}", hours_to_minutes(*r.required_weekly_hours));
      s += '\n';
    }
  }
}

// A TOML basic string.
std::string toml_string(std::string_view v) {
  std::string s = "\"";
  for (char c : v) {
    switch (c) {
      case '"':
        s += "\\\"";
        break;
      case '\\':
        s += "\\\\";
        break;
      case '\n':
        s += "\\n";
        break;
      case '\t':
        s += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          s += fmt::format("\\u{:04X}", static_cast<int>(c));
        } else {
          s += c;
        }
    }
  }
  return s + '"';
}

// A plan file weekly-hours reads back (docs/hours.md, "Plan files").
void write_toml(const PackageResult& r, const RuleSet& rules, std::string& s) {
  if (r.packages.empty()) return;
  Plan p = plan_of(r, rules);
  s += fmt::format("[[plan]]\nid = {}\nrules = {}\ntrack = {}\nstart = {}\n", toml_string(p.id),
                   toml_string(p.rules), toml_string(p.track), p.start.iso());
  if (p.required_weekly_minutes) {
    s += fmt::format("required_weekly_minutes = {}  # {} a week\n", *p.required_weekly_minutes,
                     format_minutes(*p.required_weekly_minutes));
  } else {
    if (std::string line = hours_line(r); !line.empty()) s += fmt::format("# {}\n", line);
    s += "hours_stated = false\n";
  }
  if (p.ordinary_weekly_minutes > 0) {
    s += fmt::format("ordinary_weekly_minutes = {}  # {} ordinary paid work a week\n",
                     p.ordinary_weekly_minutes, format_minutes(p.ordinary_weekly_minutes));
  }
  for (const PlanBlock& b : p.blocks) {
    s += fmt::format("\n[[plan.block]]\nday = \"{}\"\nfrom = {}:00\nto = {}:00\n",
                     weekday_code(b.day), b.from.hh_mm(), b.to.hh_mm());
    s += fmt::format("offer = {}\nkind = {}\nminutes = {}\n", toml_string(b.offer),
                     toml_string(b.kind), b.minutes);
    if (!b.phase.empty()) s += fmt::format("phase = {}\n", toml_string(b.phase));
  }
  s += '\n';
}

// --hours N: a number of hours a week, more than 0 and at most 168.
std::optional<double> planner_hours(const std::string& text) {
  if (text.empty()) return std::nullopt;
  char* end = nullptr;
  double v = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + text.size() || !std::isfinite(v)) {
    throw UsageError(
        fmt::format("--hours: '{}' is not a number of hours a week (like 20 or 18.5)", text));
  }
  if (v <= 0 || v > 168) {
    throw UsageError(fmt::format(
        "--hours: {} is outside the hours of a week: give more than 0 and at most 168", text));
  }
  return v;
}

// --weeks N / --until DATE: where the calendar's course ends (icalendar.h).
CalendarOptions calendar_options(const Options& o, Format format) {
  CalendarOptions c;
  if (o.weeks && !o.until.empty()) throw UsageError("give --weeks or --until, not both");
  if (o.weeks < 0) throw UsageError(fmt::format("--weeks: {} is not a number of weeks", o.weeks));
  c.weeks = o.weeks;
  if (!o.until.empty()) {
    c.until = Date::parse(o.until);
    if (!c.until)
      throw UsageError(fmt::format("--until: '{}' is not a date (YYYY-MM-DD)", o.until));
  }
  if ((c.weeks || c.until) && format != Format::ics)
    throw UsageError("--weeks and --until end a calendar: give --format ics");
  return c;
}

// --split DIR: each person's calendar file name (icalendar.h); a batch in
// one calendar is refused, as everyone's events would be mixed together.
std::vector<std::string> split_file_names(const Options& o, Format format,
                                          const std::vector<Citizen>& people) {
  std::vector<std::string> names;
  if (o.split.empty()) {
    if (format == Format::ics && people.size() > 1 &&
        (!o.common.quiet || !o.common.output.empty())) {
      throw UsageError(fmt::format(
          "{} people in one calendar would mix everyone's events: give --split DIR for one "
          "calendar a person (DIR/ID.ics)",
          people.size()));
    }
    return names;
  }
  if (format != Format::ics) throw UsageError("--split writes calendars: give --format ics");
  if (!o.common.output.empty() && o.common.output != "-")
    throw UsageError("--split DIR writes the calendars there: give -o or --split, not both");
  names.reserve(people.size());
  for (const Citizen& c : people) {
    names.push_back(calendar_file_name(c.id));
    // NAME_MAX is 255 bytes; the temporary adds '.' and ".tmp-PID".
    if (names.back().size() > 230) {
      throw UsageError(fmt::format("{}: id '{}' is too long for a file name ({} bytes as {})",
                                   c.pos.str(), c.id, names.back().size(), o.split));
    }
  }
  if (auto clash = file_name_clash(names)) {
    const Citizen& a = people[clash->first];
    const Citizen& b = people[clash->second];
    throw UsageError(fmt::format(
        "{}: ids '{}' and '{}' (at {}) would both be written to {}/{} where case is ignored; "
        "rename one",
        b.pos.str(), b.id, a.id, a.pos.str(), o.split, names[clash->second]));
  }
  return names;
}

int run(const Options& o) {
  check_stdin_once(o.common.rules, o.inputs);
  check_outputs({{"-o", o.common.output}, {"--shortfalls", o.shortfalls}},
                all_paths({o.inputs, o.common.rules}));
  const std::string& f = o.common.format;
  Format format = f == "json"   ? Format::json
                  : f == "csv"  ? Format::csv
                  : f == "toml" ? Format::toml
                  : f == "ics"  ? Format::ics
                                : Format::text;
  if (o.common.rules.size() > 1)
    throw UsageError("build-package applies one rule set: give one --rules");
  if (o.inputs.empty()) throw UsageError("no input: give citizen files (TOML or CSV) or -");
  RuleSet rules =
      o.common.rules.empty() ? load_builtin_rules() : load_rules_file(o.common.rules.front());
  if (o.no_seat_limits)
    for (Offer& offer : rules.offers) offer.seats.reset();
  std::optional<Date> start;
  if (!o.start.empty()) {
    start = Date::parse(o.start);
    if (!start) throw UsageError(fmt::format("--start: '{}' is not a date (YYYY-MM-DD)", o.start));
  }
  std::optional<Date> on;
  if (!o.common.on.empty()) on = resolve_on(o.common.on);

  CalendarOptions calendar = calendar_options(o, format);
  const csv::Format csv = csv_format_of(o.common);

  TerminalProgress progress(o.common.quiet);
  StderrLog log(&progress);
  std::vector<Citizen> people;
  {
    std::unordered_set<std::string> ids;
    progress.stage("reading citizens", ProgressUnit::bytes);
    read_citizens(o.inputs, rules.schema, {}, log, &progress, [&](const Citizen& c) {
      if (ids.insert(c.id).second) {
        people.push_back(c);
      } else {
        log.error(duplicate_id_error(c));
      }
    });
  }
  std::vector<std::string> file_names = split_file_names(o, format, people);

  // Each person's start: --start, the record's start_date, --on, today.
  std::vector<Date> starts;
  starts.reserve(people.size());
  Date fallback = on ? *on : today();
  for (const Citizen& c : people)
    starts.push_back(start ? *start : c.start_date.value_or(fallback));
  PackageBatchOptions batch;
  batch.threads = o.threads;
  if (on) {
    batch.on = *on;
    batch.on_given = true;
  }
  batch.planner_hours = planner_hours(o.hours);
  SeatBook seats(rules);
  batch.progress = &progress;
  progress.stage("building packages", ProgressUnit::people);
  std::vector<PackageResult> results = build_packages(rules, people, starts, batch, seats);
  ShortfallFile shortfalls(o.shortfalls, ShortfallFile::Of::packages, csv.separator);
  progress.stage("writing", ProgressUnit::people);

  OutputSink out(o.common.output);
  // -q: nothing printed, but the files asked for (-o, --split) are still written.
  const bool write = !o.common.quiet || !o.common.output.empty() || !o.split.empty();
  std::unique_ptr<CalendarDir> calendars;
  if (!o.split.empty()) calendars = std::make_unique<CalendarDir>(o.split);
  std::string s;
  if (write) {
    if (format == Format::json) s += "[\n";
    if (format == Format::csv) {
      std::string header =
          "id,track,phase,day,from,to,hours,kind,offer,location,required_weekly_hours,minutes,"
          "required_weekly_minutes\n";
      std::replace(header.begin(), header.end(), ',', csv.separator);
      s += header;
    }
    if (format == Format::toml) {
      s += fmt::format(
          "# Weekly plans made by nytte build-package with rules {}.\n"
          "# Read back by: nytte weekly-hours THIS-FILE --rules ...\n\n",
          rules.id);
    }
  }
  size_t full = 0, short_ = 0, none = 0, parts_only = 0;
  int64_t missing = 0;  // minutes
  for (size_t i = 0; i < results.size(); ++i) {
    const PackageResult& r = results[i];
    if (!r.problem.empty()) {
      ++none;
    } else if (r.target == PackageTarget::stated_parts && r.missing_minutes() <= 0) {
      ++parts_only;  // hours not stated: a package of the stated parts, nothing to be short of
    } else if (r.missing_minutes() > 0) {
      ++short_;
      missing += r.missing_minutes();
    } else {
      bool parts_ok = true;
      for (const WeeklyPackage& w : r.packages)
        for (const PartResult& p : w.parts)
          parts_ok = parts_ok && p.planned_minutes >= p.required_minutes;
      ++(parts_ok ? full : short_);
    }
    if (!write) continue;
    Date applied = on ? *on : starts[i];
    switch (format) {
      case Format::text:
        if (i > 0) s += '\n';
        write_text(r, rules, s);
        break;
      case Format::json: {
        if (i > 0) s += ",\n";
        JsonWriter j(s, 2);
        write_json(r, rules, applied, j);
        break;
      }
      case Format::csv:
        write_csv(r, s, csv);
        break;
      case Format::toml:
        write_toml(r, rules, s);
        break;
      case Format::ics:
        if (calendars) {
          if (r.problem.empty()) {  // no package, no calendar (the reason is on stderr)
            std::string cal;
            write_calendar(r, rules, calendar, cal);
            calendars->add(file_names[i], cal);
          }
        } else {
          write_calendar(r, rules, calendar, s);
        }
        break;
    }
    if (s.size() > (1 << 16)) {
      out.write(s);
      s.clear();
      progress.advance(i + 1, results.size());
    }
  }
  for (const PackageResult& r : results) shortfalls.add(r);
  if (write) {
    if (format == Format::json) s += results.empty() ? "]\n" : "\n]\n";
  }
  out.write(s);
  out.commit();
  if (calendars) calendars->commit();
  shortfalls.commit();
  progress.clear();

  // Everyone left short or without a package, with the reason, on standard
  // error: the first of each kind as examples, then the reasons counted.
  bool batch_run = people.size() > 1 && !o.common.quiet;
  ReasonTally short_why, none_why;
  if (!o.common.quiet && (batch_run || format != Format::text)) {
    for (size_t i = 0; i < results.size(); ++i) {
      const PackageResult& r = results[i];
      if (!r.problem.empty()) {
        log.outcome("no package",
                    fmt::format("{}: {}: no package: {}", people[i].pos.str(), r.id, r.problem));
        none_why.add(r.problem);
        continue;
      }
      for (const WeeklyPackage& w : r.packages) {
        if (w.shortfall_reasons.empty()) continue;
        log.outcome(
            "short",
            fmt::format("{}: {}: {}{} missing: {}", people[i].pos.str(), r.id,
                        w.phase ? fmt::format("phase {}: ", w.phase->h.id) : std::string(),
                        format_minutes(w.missing_minutes), fmt::join(w.shortfall_reasons, "; ")));
        for (const std::string& why : w.shortfall_reasons) short_why.add(why);
      }
    }
  }
  uint64_t errors = log.errors();
  bool hidden =
      log.print_hidden(o.shortfalls.empty() ? "--shortfalls FILE lists every one"
                                            : fmt::format("every one is in {}", o.shortfalls));
  if (batch_run) {
    // Where lines were left out, what they said, counted; the summary last.
    if (hidden && !short_why.empty())
      fmt::print(stderr, "nytte: short, by reason (people): {}\n", short_why.str());
    if (hidden && !none_why.empty())
      fmt::print(stderr, "nytte: without a package, by reason (people): {}\n", none_why.str());
    int taken = 0, offered = 0;
    for (size_t k = 0; k < rules.offers.size(); ++k) {
      taken += seats.taken[k];
      if (rules.offers[k].seats) offered += *rules.offers[k].seats;
    }
    fmt::print(stderr,
               "nytte: {} people with rules {}: {} full packages, {} short ({} missing in "
               "total), {} without a package{}; {} seats taken; {} error{}\n",
               people.size(), rules.id, full, short_, format_minutes(missing), none,
               parts_only
                   ? fmt::format(", {} of the stated parts only (hours not stated)", parts_only)
                   : std::string(),
               taken, errors, errors == 1 ? "" : "s");
  }
  if (errors) return 2;
  if (o.common.quiet && (short_ || none)) return 1;
  return 0;
}

}  // namespace

CLI::App* add_build_package(CLI::App& app, int& exit_code) {
  auto opts = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand("build-package",
                                     "A weekly package of offers that reaches the required hours");
  cmd->footer(
      "Examples:\n"
      "  nytte build-package examples/citizens/nordfyns-49.toml --rules rules/nordfyns.toml\n"
      "  nytte build-package examples/citizens/greve-nyledig.toml --rules rules/greve.toml \\\n"
      "      --start 2025-09-01 --format ics -o calendar.ics\n"
      "  nytte build-package tests/data/packages/greve-30-unge.csv --rules rules/greve.toml \\\n"
      "      --start 2025-09-01 --format ics --weeks 13 --split calendars/\n"
      "  nytte build-package examples/population/aarhus-2000.csv --rules rules/aarhus.toml \\\n"
      "      --start 2025-09-01 --format toml -o plans.toml\n"
      "  nytte build-package examples/citizens/greve-dansk.toml --rules rules/greve.toml \\\n"
      "      --start 2024-09-02 --hours 20\n"
      "\n"
      "The start is --start, else the record's start_date, else --on, else today; the rules\n"
      "are applied on --on, else on the start. One person gets the best package the recipe\n"
      "allows; several people share the offers' seats in priority order (earliest start,\n"
      "then the fewest offers open to them, then input order). Where the source states no\n"
      "weekly hours, the package holds the stated parts only, or is made up to --hours N\n"
      "(capped by the track's maximum); nothing is missing against a requirement nobody\n"
      "states. See docs/packages.md.\n"
      "\n"
      "Exit status: 0 done, 1 with -q: someone is short of hours or has no package,\n"
      "2 bad usage or input (messages name file:line:column).\n" +
      std::string(kQuietFooter));
  cmd->add_option("inputs", opts->inputs, "Citizen files (TOML or CSV), directories, or -")
      ->type_name("INPUT...");
  add_rules_option(*cmd, opts->common);
  add_on_option(*cmd, opts->common);
  cmd->add_option("--start", opts->start, "First day of the course (YYYY-MM-DD)")
      ->type_name("DATE");
  add_format_option(*cmd, opts->common, {"text", "json", "csv", "toml", "ics"});
  add_output_option(*cmd, opts->common);
  cmd->add_flag("--no-seat-limits", opts->no_seat_limits,
                "Treat every offer as having seats for everyone: each person's best package, "
                "the demand for seats (as nytte report counts it)");
  cmd->add_option("--hours", opts->hours,
                  "Hours a week to make the package up to for a person whose hours the source "
                  "does not state (capped by the track's maximum; ignored where the rules state "
                  "the hours); without it such a person gets the stated parts only")
      ->type_name("N");
  cmd->add_option("--weeks", opts->weeks,
                  "With --format ics: the course lasts N ISO weeks, the week of the start "
                  "first (as weekly-hours --weeks counts); default: the rule set's course "
                  "length where it declares one, else 26 weeks")
      ->type_name("N");
  cmd->add_option("--until", opts->until,
                  "With --format ics: the last day of the course (YYYY-MM-DD)")
      ->type_name("DATE");
  cmd->add_option("--split", opts->split,
                  "With --format ics: one calendar a person, DIR/ID.ics (ids made safe as file "
                  "names, docs/packages.md), all written or none; needed for more than one "
                  "person")
      ->type_name("DIR");
  cmd->add_option("--shortfalls", opts->shortfalls,
                  "Also write every person short of hours or without a package, with the reason "
                  "and the minutes missing, to FILE as CSV (whole or not at all), whatever the "
                  "--format")
      ->type_name("FILE");
  cmd->add_option("--threads", opts->threads,
                  "Worker threads for a batch (default: one per core; the packages are the same "
                  "on any number)");
  add_csv_sep_option(*cmd, opts->common);
  add_quiet_option(*cmd, opts->common.quiet);
  cmd->callback([opts, &exit_code] { exit_code = run(*opts); });
  return cmd;
}

}  // namespace nytte::cli
