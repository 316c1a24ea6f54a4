// iCalendar (RFC 5545): a person's weekly package as a calendar a phone can
// hold. Every recurring event ends at the course's end; public holidays and
// the rule set's closing days are left out (EXDATE); conversations with the
// job centre and the first day of each phase are events of their own. A
// batch is one calendar a person, in a directory written whole or not at
// all. What each line holds: docs/packages.md, "Calendars".
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/date.h"
#include "model/rules.h"
#include "schedule/package.h"

namespace nytte {

// The course length when neither the planner (--weeks, --until) nor the rule
// set gives one: 26 ISO weeks, half a year (docs/packages.md says why).
inline constexpr int kDefaultCourseWeeks = 26;

// What the planner asks for (build-package --weeks N, --until DATE; at most
// one of them).
struct CalendarOptions {
  int weeks = 0;  // 0 = not given
  std::optional<Date> until;
};

// The last day of a course (included) and, in words, what set it.
struct CourseEnd {
  Date last;
  std::string why;
};

// The course's end for a package: --until; else --weeks N (the Sunday of the
// N-th ISO week, the week of the start being the first, as weekly-hours
// --weeks counts); else the last day of the package's last phase where the
// rule set gives that phase an end (to_day); else kDefaultCourseWeeks weeks.
// Never after the last day the track or a recipe of the package is in force.
CourseEnd course_end(const PackageResult& r, const CalendarOptions& o);

// Danish local time (Europe/Copenhagen: CET, CEST from 01:00 UTC on the last
// Sunday of March to 01:00 UTC on the last Sunday of October) to UTC, as
// minutes since 1970-01-01 00:00 UTC. A local time that occurs twice (02:00
// to 03:00 on the October day) is read as the first, in summer time.
int64_t copenhagen_to_utc(Date d, TimeOfDay t);

// One person's calendar, a whole VCALENDAR (CRLF, folded after 75 octets):
// the blocks of each phase as weekly events to the course's end, with
// EXDATE for days off; the conversations and phase starts as all-day
// events. A result without a package gives a calendar with no events. The
// same input gives the same bytes (DTSTAMP is the course start).
void write_calendar(const PackageResult& r, const RuleSet& rules, const CalendarOptions& o,
                    std::string& out);

// The file name of a person's calendar in a --split directory: the id with
// every byte but A-Z, a-z, 0-9, '-', '_' (and '.' after the first) written
// as %XX (hex of the byte), then ".ics". "greve 1/a" -> "greve%201%2Fa.ics".
// Distinct ids give distinct names; names that differ only in case are
// found by file_name_clash.
std::string calendar_file_name(std::string_view id);

// The first two names (by index, the later one's index smallest) that would
// name the same file where case is ignored (macOS, Windows); nullopt when
// there are none.
std::optional<std::pair<size_t, size_t>> file_name_clash(const std::vector<std::string>& names);

// A directory of calendars written whole or not at all: each add() writes a
// temporary file in `dir` (created if missing); commit() renames them all
// into place. Without commit() (an error on the way), the temporaries are
// removed and nothing in `dir` has changed.
class CalendarDir {
 public:
  explicit CalendarDir(std::string dir);  // throws Error when it cannot be created
  ~CalendarDir();
  CalendarDir(const CalendarDir&) = delete;
  CalendarDir& operator=(const CalendarDir&) = delete;

  void add(const std::string& file_name, std::string_view content);  // throws Error
  void commit();                                                     // throws Error
  size_t size() const { return files_.size(); }

 private:
  std::string dir_;
  std::vector<std::pair<std::string, std::string>> files_;  // temporary, final path
  bool committed_ = false;
};

}  // namespace nytte
