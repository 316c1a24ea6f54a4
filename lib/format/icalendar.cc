#include "format/icalendar.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <unordered_map>

#include <fmt/format.h>

#include "base/calendar.h"
#include "base/diagnostic.h"
#include "base/duration.h"
#include "base/io_error.h"
#include "base/local_format.h"
#include "format/schedule_words.h"
#include "hours/hours.h"
#include "nytte/i18n.h"

namespace nytte {
namespace {

constexpr std::string_view kTzid = "Europe/Copenhagen";

// TEXT value escaping (RFC 5545 3.3.11).
std::string text(std::string_view v) {
  std::string s;
  for (char c : v) {
    if (c == '\\' || c == ';' || c == ',') {
      s += '\\';
      s += c;
    } else if (c == '\n') {
      s += "\\n";
    } else if (c != '\r') {
      s += c;
    }
  }
  return s;
}

// One content line, folded after at most 75 octets (never inside a UTF-8
// sequence; continuation lines start with a space), ended by CRLF (3.1).
void line(std::string& out, std::string_view l) {
  size_t limit = 75;
  while (l.size() > limit) {
    size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(l[cut]) & 0xC0) == 0x80) --cut;
    out.append(l.substr(0, cut));
    out += "\r\n ";
    l.remove_prefix(cut);
    limit = 74;  // the leading space counts
  }
  out.append(l);
  out += "\r\n";
}

std::string date_value(Date d) {
  auto ymd = d.ymd();
  return fmt::format("{:04d}{:02d}{:02d}", ymd.year, ymd.month, ymd.day);
}

std::string local_value(Date d, TimeOfDay t) {
  return fmt::format("{}T{:02d}{:02d}00", date_value(d), t.minutes / 60, t.minutes % 60);
}

std::string utc_value(int64_t minutes) {
  int64_t days = minutes >= 0 ? minutes / 1440 : -((-minutes + 1439) / 1440);
  int64_t m = minutes - days * 1440;
  return fmt::format("{}T{:02d}{:02d}00Z", date_value(Date{static_cast<int32_t>(days)}), m / 60,
                     m % 60);
}

Date last_sunday(int year, int month) {
  Date d = Date::from_ymd(year, month, days_in_month(year, month));
  return d.plus_days(-((static_cast<int>(d.weekday()) + 1) % 7));  // Monday is 0, Sunday 6
}

bool applies_to(const std::vector<std::string>& tracks, std::string_view track) {
  return tracks.empty() || std::find(tracks.begin(), tracks.end(), track) != tracks.end();
}

void begin_calendar(std::string& s, const PackageResult& r, const RuleSet& rules,
                    const std::string& description, const CourseEnd* end = nullptr) {
  line(s, "BEGIN:VCALENDAR");
  line(s, "VERSION:2.0");
  line(s, fmt::format("PRODID:-//nytte//nytte {}//DA", NYTTE_VERSION));
  line(s, "CALSCALE:GREGORIAN");
  line(s, "METHOD:PUBLISH");
  line(s, fmt::format("X-WR-CALNAME:{}", text(trf("{} (nytte, rules {})", r.id, rules.id))));
  line(s, fmt::format("X-WR-TIMEZONE:{}", kTzid));
  line(s, fmt::format("X-WR-CALDESC:{}", text(description)));
  if (end) {
    line(s, fmt::format("X-NYTTE-COURSE-START;VALUE=DATE:{}", date_value(r.start)));
    line(s, fmt::format("X-NYTTE-COURSE-END;VALUE=DATE:{}", date_value(end->last)));
  }
  // Danish time: CET, CEST from the last Sunday of March to the last of October.
  for (std::string_view l :
       {"BEGIN:VTIMEZONE", "TZID:Europe/Copenhagen", "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT", "BEGIN:STANDARD",
        "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE"}) {
    line(s, l);
  }
}

// An all-day event (a conversation, a phase's first day): it takes no time
// of the week, so it is TRANSPARENT.
void all_day_event(std::string& s, const std::string& uid, const std::string& stamp, Date d,
                   std::string_view summary, std::string_view description,
                   std::string_view category) {
  line(s, "BEGIN:VEVENT");
  line(s, fmt::format("UID:{}", text(uid)));
  line(s, stamp);
  line(s, fmt::format("DTSTART;VALUE=DATE:{}", date_value(d)));
  line(s, fmt::format("DTEND;VALUE=DATE:{}", date_value(d.plus_days(1))));
  line(s, fmt::format("SUMMARY:{}", text(summary)));
  line(s, fmt::format("DESCRIPTION:{}", text(description)));
  line(s, fmt::format("CATEGORIES:{}", text(category)));
  line(s, "TRANSP:TRANSPARENT");
  line(s, "END:VEVENT");
}

// The days off (public holidays and the rule set's closing days) of the
// years from..to, sorted.
std::vector<Date> days_off_between(Date from, Date to, const std::vector<ClosingDay>& closing) {
  std::vector<Date> out;
  for (int y = from.year(); y <= to.year(); ++y) {
    for (const NamedDay& n : days_off(y, closing)) out.push_back(n.date);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string phase_days(const Phase& p) {
  return p.to_day ? trf("days {}-{} of the course", p.from_day + 1, *p.to_day + 1)
                  : trf("from day {} of the course", p.from_day + 1);
}

// One block of a package as a weekly event from `first` to `last`, its
// occurrences on days off left out. Nothing when no occurrence is left.
void block_event(std::string& s, const PackageResult& r, const RuleSet& rules,
                 const PackageBlock& b, int n, Date first, Date last, const std::vector<Date>& off,
                 const std::string& stamp) {
  int ahead = (static_cast<int>(b.day) - static_cast<int>(first.weekday()) + 7) % 7;
  std::vector<Date> kept, skipped;
  for (Date d = first.plus_days(ahead); d <= last; d = d.plus_days(7)) {
    (std::binary_search(off.begin(), off.end(), d) ? skipped : kept).push_back(d);
  }
  if (kept.empty()) return;
  line(s, "BEGIN:VEVENT");
  line(s, fmt::format("UID:{}", text(fmt::format("{}-{}-{}@nytte", r.id, r.start.iso(), n))));
  line(s, stamp);
  line(s, fmt::format("DTSTART;TZID={}:{}", kTzid, local_value(kept.front(), b.from)));
  line(s, fmt::format("DTEND;TZID={}:{}", kTzid, local_value(kept.front(), b.to)));
  if (kept.size() > 1) {
    // With DTSTART in a TZID, UNTIL is in UTC (RFC 5545 3.3.10): the end of
    // the last occurrence in Danish time.
    line(s, fmt::format("RRULE:FREQ=WEEKLY;UNTIL={}",
                        utc_value(copenhagen_to_utc(kept.back(), b.to))));
    std::string ex;
    for (Date d : skipped) {
      if (d < kept.front() || d > kept.back()) continue;
      if (!ex.empty()) ex += ',';
      ex += local_value(d, b.from);
    }
    if (!ex.empty()) line(s, fmt::format("EXDATE;TZID={}:{}", kTzid, ex));
  }
  std::string when =
      kept.size() > 1 ? trf(" Every {} from {} to {}, not on public "
                            "holidays or closing days.",
                            weekday_name(b.day), local_date(kept.front()), local_date(kept.back()))
                      : trf(" Once, on {}.", local_date(kept.front()));
  if (b.offer) {
    line(s, fmt::format("SUMMARY:{}",
                        text(b.offer->h.title.empty() ? b.offer->h.id : b.offer->h.title)));
    if (!b.offer->workplace.empty()) line(s, fmt::format("LOCATION:{}", text(b.offer->workplace)));
    line(s, fmt::format("DESCRIPTION:{}",
                        text(trf("{} ({}), {} counted each time. Rules {}, track {}.{}",
                                 rule_name(b.offer->h), offer_kind_name(b.offer->kind),
                                 duration_text(b.minutes), rules.id,
                                 r.track ? rule_name(r.track->h) : "", when))));
    line(s, fmt::format("CATEGORIES:{}", text(b.offer->kind)));
  } else {
    line(s, fmt::format("SUMMARY:{}",
                        text(fmt::format("Transport {} - {}", b.from_location, b.to_location))));
    line(s, fmt::format("DESCRIPTION:{}", text(trf("Travel between activities, {} counted.{}",
                                                   duration_text(b.minutes), when))));
  }
  line(s, "TRANSP:OPAQUE");
  line(s, "END:VEVENT");
}

}  // namespace

int64_t copenhagen_to_utc(Date d, TimeOfDay t) {
  int64_t local = int64_t{d.days} * 1440 + t.minutes;
  int year = d.year();
  int64_t summer_from = int64_t{last_sunday(year, 3).days} * 1440 + 60;  // 01:00 UTC
  int64_t summer_to = int64_t{last_sunday(year, 10).days} * 1440 + 60;
  int64_t as_summer = local - 120;
  return as_summer >= summer_from && as_summer < summer_to ? as_summer : local - 60;
}

CourseEnd course_end(const PackageResult& r, const CalendarOptions& o) {
  Date monday = r.start.plus_days(-static_cast<int>(r.start.weekday()));
  CourseEnd e;
  if (o.until) {
    e = {*o.until, fmt::format("--until {}", o.until->iso())};
  } else if (o.weeks > 0) {
    e = {monday.plus_days(7 * o.weeks - 1), fmt::format("--weeks {}", o.weeks)};
  } else {
    // A rule set declares the course's length where every phase of the
    // package is bounded, the last (the latest to begin) with an end day.
    const Phase* last = nullptr;
    bool phased = !r.packages.empty();
    for (const WeeklyPackage& w : r.packages) {
      if (!w.phase) phased = false;
      if (w.phase && (!last || w.phase->from_day > last->from_day)) last = w.phase;
    }
    if (phased && last && last->to_day) {
      e = {r.start.plus_days(*last->to_day),
           trf("the last phase of the rules, {}, ends on day {} of the course", rule_name(last->h),
               *last->to_day + 1)};
    } else {
      e = {monday.plus_days(7 * kDefaultCourseWeeks - 1),
           trf("{} weeks, nytte's default course length; give --weeks N or --until DATE",
               kDefaultCourseWeeks)};
    }
  }
  // The rules end with the programme they encode ("et frontrunner-projekt
  // på et år"): nothing is planned after the track or a recipe has ended.
  auto bound = [&](const RuleHeader& h, const char* in_force) {
    if (h.valid.to && *h.valid.to < e.last) {
      e = {*h.valid.to,
           fmt::format(fmt::runtime(tr(in_force)), rule_name(h), local_date(*h.valid.to))};
    }
  };
  if (r.track) bound(r.track->h, N_("the track {} is in force to {}"));
  for (const WeeklyPackage& w : r.packages) {
    if (w.recipe) bound(w.recipe->h, N_("the recipe {} is in force to {}"));
  }
  return e;
}

void write_calendar(const PackageResult& r, const RuleSet& rules, const CalendarOptions& o,
                    std::string& s) {
  if (!r.problem.empty() || r.packages.empty()) {
    begin_calendar(s, r, rules,
                   trf("No package for {} (rules {}): {}", r.id, rules.id,
                       r.problem.empty() ? std::string(tr("nothing to plan")) : r.problem_text));
    line(s, "END:VCALENDAR");
    return;
  }
  CourseEnd end = course_end(r, o);
  std::string_view track = r.track ? std::string_view(r.track->h.id) : std::string_view();
  std::string_view track_name = r.track ? rule_name(r.track->h) : std::string_view();
  size_t blocks = 0;
  for (const WeeklyPackage& w : r.packages) blocks += w.blocks.size();
  std::string desc;
  if (end.last < r.start) {
    // Said in the calendar, not left as an empty one that reads like a plan.
    desc =
        trf("Nothing is planned for {} (rules {}, track {}): the course would end on {} "
            "({}), before it starts on {}.",
            r.id, rules.id, track_name, local_date(end.last), end.why, local_date(r.start));
  } else if (blocks == 0) {
    std::string why =
        r.missing_minutes() > 0 ? trf("no offer's slot could be given ({} missing a week)",
                                      duration_text(r.missing_minutes()))
        : r.target == PackageTarget::stated_parts
            ? std::string(tr("the source states no weekly hours and no part of the week to plan; "
                             "give build-package --hours N for a weekly total"))
            : std::string(tr("the person's ordinary paid work reaches the hours"));
    desc =
        trf("Nothing is planned for {} (rules {}, track {}): {}. The course from {} to {} "
            "({}).",
            r.id, rules.id, track_name, why, local_date(r.start), local_date(end.last), end.why);
  } else {
    desc =
        trf("Weekly package of {}, rules {}, track {}: the course from {} to {} ({}). "
            "Nothing is planned on public holidays or the rules' closing days.",
            r.id, rules.id, track_name, local_date(r.start), local_date(end.last), end.why);
  }
  int ordinary = 0;
  for (const WeeklyPackage& w : r.packages) ordinary = std::max(ordinary, w.ordinary_minutes);
  if (ordinary > 0) {
    desc +=
        trf(" Ordinary paid work, {} a week, counts towards the hours but is not in "
            "the calendar (its times are the employer's).",
            duration_text(ordinary));
  }
  begin_calendar(s, r, rules, desc, &end);

  // DTSTAMP is the course start at midnight UTC, so the same input gives
  // the same file.
  std::string stamp = fmt::format("DTSTAMP:{}T000000Z", date_value(r.start));
  std::string uid = fmt::format("{}-{}", r.id, r.start.iso());
  const std::vector<ClosingDay>& closing = rules.calendar.closing_days;
  std::vector<Date> off = days_off_between(r.start, std::max(r.start, end.last), closing);
  int n = 0;  // blocks are numbered over every phase, whatever the end
  for (const WeeklyPackage& w : r.packages) {
    Date first = w.phase ? r.start.plus_days(w.phase->from_day) : r.start;
    Date last = end.last;
    if (w.phase && w.phase->to_day) last = std::min(last, r.start.plus_days(*w.phase->to_day));
    if (w.phase && first <= last) {
      all_day_event(
          s, fmt::format("{}-phase-{}@nytte", uid, w.phase->h.id), stamp, first,
          trf("Phase: {}", w.phase->h.title.empty() ? w.phase->h.id : w.phase->h.title),
          trf("Phase {} begins: {}{}. Recipe {}.", rule_name(w.phase->h), phase_days(*w.phase),
              w.phase->to_day ? trf(", to {}", local_date(last)) : std::string(),
              rule_name(w.recipe->h)),
          "phase");
    }
    for (const PackageBlock& b : w.blocks) {
      ++n;
      if (first <= last) block_event(s, r, rules, b, n, first, last, off, stamp);
    }
  }
  for (const ConversationPlan& cp : rules.conversations) {
    if (!applies_to(cp.tracks, track) || !cp.h.valid.contains(r.start)) continue;
    std::vector<Conversation> dates = conversation_dates(cp, r.start, closing);
    for (const Conversation& c : dates) {
      if (c.date > end.last) continue;
      std::string moved = c.date == c.planned
                              ? std::string()
                              : trf(" Planned for {}, a day off; moved to a working day "
                                    "of the same month.",
                                    local_date(c.planned));
      all_day_event(s, fmt::format("{}-{}-{}@nytte", uid, cp.h.id, c.number), stamp, c.date,
                    trf("Conversation {} of {} with the job centre", c.number, dates.size()),
                    fmt::format("{} ({}).{}", cp.h.title, cp.h.id, moved), "samtale");
    }
  }
  line(s, "END:VCALENDAR");
}

std::string calendar_file_name(std::string_view id) {
  std::string s;
  for (size_t i = 0; i < id.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(id[i]);
    bool keep = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                c == '-' || c == '_' || (c == '.' && i > 0);
    if (keep) {
      s += static_cast<char>(c);
    } else {
      s += fmt::format("%{:02X}", c);
    }
  }
  return s + ".ics";
}

std::optional<std::pair<size_t, size_t>> file_name_clash(const std::vector<std::string>& names) {
  std::unordered_map<std::string, size_t> seen;
  seen.reserve(names.size());
  for (size_t i = 0; i < names.size(); ++i) {
    std::string folded = names[i];
    for (char& c : folded) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    auto [it, fresh] = seen.emplace(std::move(folded), i);
    if (!fresh) return std::pair{it->second, i};
  }
  return std::nullopt;
}

CalendarDir::CalendarDir(std::string dir) : dir_(std::move(dir)) {
  std::error_code ec;
  std::filesystem::create_directories(dir_, ec);
  if (ec || !std::filesystem::is_directory(dir_)) {
    fail_io(dir_, Io::write, ec ? ec.value() : ENOTDIR);
  }
}

CalendarDir::~CalendarDir() {
  if (committed_) return;
  for (const auto& f : files_) std::remove(f.first.c_str());
}

void CalendarDir::add(const std::string& file_name, std::string_view content) {
  std::string path = dir_ + "/" + file_name;
  std::string tmp = fmt::format("{}/.{}.tmp-{}", dir_, file_name, getpid());
  FILE* f = std::fopen(tmp.c_str(), "wb");
  if (!f) fail_io(path, Io::write, errno);
  files_.emplace_back(tmp, path);
  bool ok = std::fwrite(content.data(), 1, content.size(), f) == content.size();
  ok = std::fclose(f) == 0 && ok;
  if (!ok) fail_io(path, Io::write, errno);
}

void CalendarDir::commit() {
  // What can be seen to fail is tried before anything is renamed: a target
  // that is a directory or a device is not replaced.
  for (const auto& [tmp, path] : files_) {
    std::error_code ec;
    auto st = std::filesystem::symlink_status(path, ec);
    if (!ec && std::filesystem::exists(st) && !std::filesystem::is_regular_file(st)) {
      for (const auto& f : files_) std::remove(f.first.c_str());
      committed_ = true;
      fail_io(path, Io::write, "a file of another kind is in the way");
    }
  }
  for (size_t i = 0; i < files_.size(); ++i) {
    if (std::rename(files_[i].first.c_str(), files_[i].second.c_str()) != 0) {
      int err = errno;
      for (size_t k = i; k < files_.size(); ++k) std::remove(files_[k].first.c_str());
      committed_ = true;
      fail_io(files_[i].second, Io::write, err);
    }
  }
  committed_ = true;
}

}  // namespace nytte
