// build-package's writers (format/package_format.h).
#include "format/package_format.h"

#include <algorithm>
#include <array>
#include <cmath>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "base/duration.h"
#include "base/local_format.h"
#include "base/plural.h"
#include "format/schedule_words.h"
#include "hours/hours.h"
#include "nytte/i18n.h"

namespace nytte {
namespace {

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
    // "Nytteindsats." and "Projektplads." (titles), not "Nytteindsats ." or "Projektplads:."
    while (!out.empty() && (out.back() == ' ' || out.back() == ':' || out.back() == ','))
      out.pop_back();
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

// "days 1-14 of the course" / "dag 1-14 af forløbet".
std::string phase_days(const Phase& p) {
  return p.to_day ? trf("days {}-{} of the course", p.from_day + 1, *p.to_day + 1)
                  : trf("from day {} of the course", p.from_day + 1);
}

std::string phase_text(const WeeklyPackage& w) {
  if (!w.phase) return "";
  return fmt::format("phase {} ({})", w.phase->h.id, phase_days(*w.phase));
}

// "Monday" / "Mandag": a column's head.
std::string day_head(Weekday d) {
  std::string s = weekday_name(d);
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

// First and last date of a phase for a course starting on `start`.
std::pair<Date, std::optional<Date>> phase_dates(const WeeklyPackage& w, Date start) {
  if (!w.phase) return {start, std::nullopt};
  std::optional<Date> last;
  if (w.phase->to_day) last = start.plus_days(*w.phase->to_day);
  return {start.plus_days(w.phase->from_day), last};
}

// A message in English (a plan file's comment, the same in every language)
// or (`local`) in the reader's language, for text.
template <class... Args>
std::string wording(bool local, const char* msgid, Args&&... args) {
  return fmt::format(fmt::runtime(local ? tr(msgid) : msgid), std::forward<Args>(args)...);
}

// For a person whose hours are not stated: what the package is made up to.
std::string hours_line(const PackageResult& r, bool local) {
  if (r.required_weekly_hours || r.status != Status::eligible) return "";
  auto hours = [&](double h) {
    return local ? duration_text(hours_to_minutes(h)) : format_minutes(hours_to_minutes(h));
  };
  std::string line =
      !r.hours_stated ? wording(local, N_("Hours not stated by the source"))
      : r.missing_fields.empty()  // no field missing: a division by zero
          ? wording(local, N_("Hours a week unknown: the hours rule divides by zero"))
          : wording(local, N_("Hours a week unknown: data missing ({})"),
                    fmt::join(r.missing_fields, ", "));
  if (r.max_weekly_hours)
    line += wording(local, N_(" (at most {} a week)"), hours(*r.max_weekly_hours));
  if (r.target == PackageTarget::planner_total) {
    line += wording(local, N_(": made up to the planner's total, {} a week (--hours)"),
                    hours(*r.target_weekly_hours));
  } else {
    line += wording(local,
                    N_(": a package of the stated parts only; give --hours N for a weekly total"));
  }
  return line;
}

// The first line: who, under which rules, from when; in Danish the track's
// title on a line of its own, since titles are long.
void write_heading(const PackageResult& r, const RuleSet& rules, std::string& s) {
  if (!danish()) {
    s += fmt::format("{} - rules {}", r.id, rules.id);
    if (r.track) s += fmt::format(", track {}", r.track->h.id);
    s += fmt::format(", start {} ({})\n", r.start.iso(), weekday_code(r.start.weekday()));
    return;
  }
  s += trf("{} - rules {}, start {} {}\n", r.id, rules.id, weekday_name(r.start.weekday()),
           local_date(r.start));
  if (r.track) s += wrap("  ", trf("Track: {}", rule_name(r.track->h)), 4);
}

// The timetable of a week: five columns of 15 (14 and a space), Monday to
// Friday, each block three lines (time, kind, offer id; in Danish time,
// offer title, workplace); the weekend's blocks below, on a line a day.
void write_timetable(const WeeklyPackage& w, std::string& s) {
  constexpr size_t kCol = 14;
  std::array<std::vector<std::string>, 7> col;
  std::array<int, 7> day_minutes{};
  for (const PackageBlock& b : w.blocks) {
    int d = static_cast<int>(b.day);
    col[d].push_back(fmt::format("{}-{}", b.from.hh_mm(), b.to.hh_mm()));
    if (b.offer && danish()) {
      // The title, which the list of offers below begins with, and where.
      col[d].emplace_back(rule_name(b.offer->h));
      col[d].emplace_back(b.offer->workplace.empty() ? offer_kind_name(b.offer->kind)
                                                     : std::string_view(b.offer->workplace));
    } else if (b.offer) {
      col[d].push_back(b.offer->kind);
      col[d].push_back(b.offer->h.id);
    } else {
      col[d].emplace_back(tr("travel"));
      col[d].push_back(trf("to {}", b.to_location));
    }
    day_minutes[d] += b.minutes;
  }
  std::string line = "  ";
  for (int d = 0; d < 5; ++d) line += cell(day_head(static_cast<Weekday>(d)), kCol) + ' ';
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
    line += cell(fmt::format("= {}", duration_text(day_minutes[d])), kCol) + ' ';
  s += line.substr(0, line.find_last_not_of(' ') + 1) + '\n';
  for (int d = 5; d < 7; ++d) {
    if (col[d].empty()) continue;
    s += fmt::format("  {}: ", day_head(static_cast<Weekday>(d)));
    for (size_t i = 0; i < col[d].size(); i += 3) {
      s += fmt::format("{}{} {}", i ? ", " : "", col[d][i], col[d][danish() ? i + 1 : i + 2]);
    }
    s += fmt::format(" = {}\n", duration_text(day_minutes[d]));
  }
}

// Below the timetable: the week's hours, its parts, its offers, its cost
// and why it is short.
void write_week_summary(const PackageResult& r, const WeeklyPackage& w, std::string& s) {
  const std::string planned = duration_text(w.planned_minutes);
  std::string week = w.required_minutes ? trf("  Week: {} planned of {} required", planned,
                                              duration_text(*w.required_minutes))
                     : r.target == PackageTarget::planner_total
                         ? trf("  Week: {} planned of {} (the planner's total; hours not stated)",
                               planned, duration_text(w.target_minutes))
                         : trf("  Week: {} planned of the stated parts, {} (hours not stated)",
                               planned, duration_text(w.target_minutes));
  if (w.ordinary_minutes > 0)
    week += trf(" ({} ordinary paid work)", duration_text(w.ordinary_minutes));
  if (w.missing_minutes > 0) week += trf("; {} missing\n", duration_text(w.missing_minutes));
  if (week.back() != '\n') week += '\n';
  // Danish words are longer: the line is wrapped at 80 columns (English
  // keeps the one line it always had).
  s += danish() ? wrap("  ", week.substr(2, week.size() - 3), 4) : week;
  for (const PartResult& p : w.parts) {
    std::vector<std::string_view> kinds;
    for (std::string_view k : p.kinds) kinds.push_back(offer_kind_name(k));
    s += trf("  Part {}: {} of {}{}{}\n",
             p.title.empty() ? fmt::format("{}", fmt::join(kinds, "/")) : std::string(p.title),
             duration_text(p.planned_minutes), duration_text(p.required_minutes),
             p.stated_by_track ? tr(" (stated by the track's source)") : "",
             p.planned_minutes < p.required_minutes ? tr(" (short)") : "");
  }
  if (!w.offers.empty()) s += tr("  Offers:\n");
  for (const Offer* o : w.offers) {
    int m = 0;
    for (const PackageBlock& b : w.blocks) m += b.offer == o ? b.minutes : 0;
    std::string what;
    if (!danish()) {
      what = fmt::format("{}: {}", format_minutes(m), o->h.title);
    } else {
      what = fmt::format("{}: {}", rule_name(o->h), duration_text(m));
    }
    if (!o->workplace.empty()) what += fmt::format(", {}", o->workplace);
    if (!o->sector.empty()) what += fmt::format(" ({})", sector_name(o->sector));
    s += danish() ? wrap("    ", what, 6) : wrap(fmt::format("    {} ", o->h.id), what, 6);
  }
  int travel = 0;
  for (const PackageBlock& b : w.blocks) travel += b.offer ? 0 : b.minutes;
  if (travel > 0) s += trf("    transport {}: travel between places\n", duration_text(travel));
  if (w.cost_per_week > 0)
    s += trf("  Cost: {} kr. a week\n",
             danish() ? local_number(w.cost_per_week) : hours(w.cost_per_week));
  for (const std::string& why : w.shortfall_text) s += wrap(tr("  Why short: "), why, 4);
  if (!w.exact) {
    s +=
        tr("  Note: too many whole-course offers to try every combination; this package is\n"
           "  the best found, not proven the best.\n");
  }
}

}  // namespace

void write_package_text(const PackageResult& r, const RuleSet& rules, std::string& s) {
  write_heading(r, rules, s);
  if (!r.problem.empty()) {
    s += trf("  No package: {}\n", r.problem_text);
    return;
  }
  if (std::string line = hours_line(r, true); !line.empty()) s += wrap("  ", line, 4);
  for (const WeeklyPackage& w : r.packages) {
    s += '\n';
    if (w.phase && danish()) {
      s += wrap("  ", trf("Phase: {} ({})", rule_name(w.phase->h), phase_days(*w.phase)), 4);
    } else if (w.phase) {
      s += wrap("  ", fmt::format("{}: {}", phase_text(w), w.phase->h.title), 4);
    }
    s += danish() ? wrap("  ", trf("Week plan: {}", rule_name(w.recipe->h)), 4)
                  : wrap("  ", fmt::format("Recipe {}: {}", w.recipe->h.id, w.recipe->h.title), 4);
    if (r.target == PackageTarget::stated_parts && w.parts.empty() && w.blocks.empty()) {
      s += tr("  No part of the week is stated: nothing to plan without a total (--hours N).\n");
      continue;
    }
    s += '\n';
    write_timetable(w, s);
    s += '\n';
    write_week_summary(r, w, s);
  }
}

namespace {

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

}  // namespace

void write_package_json(const PackageResult& r, const RuleSet& rules, Date on, JsonWriter& j) {
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
void write_package_csv(const PackageResult& r, std::string& s, const csv::Format& f) {
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

namespace {

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

}  // namespace

// A plan file weekly-hours reads back (docs/hours.md, "Plan files").
void write_package_toml(const PackageResult& r, const RuleSet& rules, std::string& s) {
  if (r.packages.empty()) return;
  Plan p = plan_of(r, rules);
  s += fmt::format("[[plan]]\nid = {}\nrules = {}\ntrack = {}\nstart = {}\n", toml_string(p.id),
                   toml_string(p.rules), toml_string(p.track), p.start.iso());
  if (p.required_weekly_minutes) {
    s += fmt::format("required_weekly_minutes = {}  # {} a week\n", *p.required_weekly_minutes,
                     format_minutes(*p.required_weekly_minutes));
  } else {
    if (std::string line = hours_line(r, false); !line.empty()) s += fmt::format("# {}\n", line);
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

PackageFormat package_format_of(std::string_view f) {
  return f == "json"   ? PackageFormat::json
         : f == "csv"  ? PackageFormat::csv
         : f == "toml" ? PackageFormat::toml
         : f == "ics"  ? PackageFormat::ics
                       : PackageFormat::text;
}

PackageWriter::PackageWriter(PackageFormat format, const RuleSet& rules, const csv::Format& csv,
                             const CalendarOptions& calendar)
    : format_(format),
      rules_(rules),
      csv_(csv),
      calendar_(calendar),
      list_(format == PackageFormat::json   ? ListFrame::json_array
            : format == PackageFormat::text ? ListFrame::blank_line
                                            : ListFrame::concatenated) {}

void PackageWriter::begin(std::string& s) {
  list_.begin(s);
  if (format_ == PackageFormat::csv) {
    std::string header =
        "id,track,phase,day,from,to,hours,kind,offer,location,required_weekly_hours,minutes,"
        "required_weekly_minutes\n";
    std::replace(header.begin(), header.end(), ',', csv_.separator);
    s += csv::start_of(csv_);
    s += header;
  }
  if (format_ == PackageFormat::toml) {
    s += fmt::format(
        "# Weekly plans made by nytte build-package with rules {}.\n"
        "# Read back by: nytte weekly-hours THIS-FILE --rules ...\n\n",
        rules_.id);
  }
}

void PackageWriter::add(const PackageResult& r, Date on, std::string& s) {
  list_.before(s);
  switch (format_) {
    case PackageFormat::text:
      write_package_text(r, rules_, s);
      break;
    case PackageFormat::json: {
      JsonWriter j(s, 2);
      write_package_json(r, rules_, on, j);
      break;
    }
    case PackageFormat::csv:
      write_package_csv(r, s, csv_);
      break;
    case PackageFormat::toml:
      write_package_toml(r, rules_, s);
      break;
    case PackageFormat::ics:
      write_calendar(r, rules_, calendar_, s);
      break;
  }
}

void PackageWriter::end(std::string& s) {
  list_.end(s);
}

void PackageTally::add(const PackageResult& r) {
  if (!r.problem.empty()) {
    ++none;
  } else if (r.target == PackageTarget::stated_parts && r.missing_minutes() <= 0) {
    ++parts_only;  // hours not stated: a package of the stated parts, nothing to be short of
  } else if (r.missing_minutes() > 0) {
    ++short_;
    missing_minutes += r.missing_minutes();
  } else {
    bool parts_ok = true;
    for (const WeeklyPackage& w : r.packages)
      for (const PartResult& p : w.parts)
        parts_ok = parts_ok && p.planned_minutes >= p.required_minutes;
    ++(parts_ok ? full : short_);
  }
}

std::string no_package_message(const PackageResult& r) {
  return trf("{}: no package: {}", r.id, r.problem_text);
}

std::string short_package_message(const PackageResult& r, const WeeklyPackage& w) {
  std::string phase;
  if (w.phase)
    phase = danish() ? trf("phase {}: ", rule_name(w.phase->h))
                     : fmt::format("phase {}: ", w.phase->h.id);
  return trf("{}: {}{} missing: {}", r.id, phase, duration_text(w.missing_minutes),
             fmt::join(w.shortfall_text, "; "));
}

std::string package_summary_line(size_t people, const RuleSet& rules, const PackageTally& t,
                                 const SeatBook& seats, uint64_t errors) {
  int taken = 0;
  for (size_t k = 0; k < rules.offers.size(); ++k) taken += seats.taken[k];
  return trf(
      "nytte: {} with rules {}: {}, {} short ({} missing in "
      "total), {} without a package{}; {} taken; {}\n",
      plural(people, "person", "people"), rules.id, plural(t.full, "full package", "full packages"),
      local_count(t.short_), duration_text(t.missing_minutes), local_count(t.none),
      t.parts_only
          ? trf(", {} of the stated parts only (hours not stated)", local_count(t.parts_only))
          : std::string(),
      plural(taken, "seat", "seats"), plural(errors, "error", "errors"));
}

}  // namespace nytte
