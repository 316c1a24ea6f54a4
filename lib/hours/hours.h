// Weekly hours: required, planned and attended hours of one person, ISO week
// by ISO week, over a period. How each figure is computed: docs/hours.md.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/calendar.h"
#include "base/date.h"
#include "decide/eligibility.h"
#include "hours/days_off.h"
#include "model/citizen.h"
#include "model/plan.h"
#include "model/rules.h"

namespace nytte {

enum class AttendanceStatus : uint8_t { present, sick, approved_absence, unexcused };
std::string_view attendance_status_name(AttendanceStatus s);

// Minutes of attendance log rows (each row's hours rounded to the nearest
// minute), summed for one person and week.
struct AttendanceSums {
  int64_t present = 0;
  int64_t sick = 0;
  int64_t approved = 0;
  int64_t unexcused = 0;
  uint32_t rows = 0;
};

struct Conversation {
  Date date;
  Date planned;    // before moving off a weekend, holiday or closing day
  int number = 0;  // 1-based
  const ConversationPlan* plan = nullptr;
};

struct WeekHours {
  IsoWeek week;
  Date monday;
  Date first, last;  // the days of the week inside the period and the course
  // All durations in whole minutes (lib/base/duration.h).
  // The weekly requirement in force that week; nullopt for an eligible
  // person whose hours are not stated (flag hours_not_stated) or depend on
  // missing data (hours_unknown): then required and shortfall say nothing.
  std::optional<int64_t> requirement_minutes = 0;
  int course_weekdays = 0;  // weekdays of the week inside the course
  int open_days = 0;        // of those, not a holiday or closing day
  std::optional<int64_t> required_minutes = 0;
  std::optional<int64_t> planned_minutes;   // with a plan
  std::optional<int64_t> attended_minutes;  // with an attendance log
  int64_t sick_minutes = 0;
  int64_t approved_absence_minutes = 0;  // sick + approved_absence rows
  int64_t unexcused_absence_minutes = 0;
  // required - (attended, else planned), at least 0; 0 when not stated
  int64_t shortfall_minutes = 0;
  std::vector<NamedDay> days_off;  // holidays and closing days on its weekdays
  std::vector<const Phase*> phases;
  std::vector<Conversation> conversations;
  std::vector<std::string_view> flags;
  const Track* track = nullptr;
  Status status = Status::eligible;
};

struct HoursSummary {
  int weeks = 0;
  int weeks_not_stated = 0;  // weeks without a stated requirement, left out of `required`
  // Minutes, over the weeks whose requirement is stated (required).
  int64_t required_minutes = 0;
  std::optional<int64_t> planned_minutes;
  std::optional<int64_t> attended_minutes;
  int64_t approved_absence_minutes = 0;
  int64_t unexcused_absence_minutes = 0;
  int64_t shortfall_minutes = 0;
  std::optional<double> attendance_rate;  // attended / required, over the stated weeks
  int weeks_below = 0;                    // weeks with a shortfall
  int longest_full_run = 0;               // fully attended weeks in a row
  int stable_threshold = 0;               // the rule set's, 0 = none declared
  std::optional<bool> stable;             // longest run >= threshold
};

struct PersonHours {
  std::string id;
  std::string cpr;  // as read; masked on output unless asked
  const RuleSet* rules = nullptr;
  Date course_start;
  std::optional<Date> course_end;
  std::string track;  // of the plan, or of the decision on the course start
  std::vector<WeekHours> weeks;
  std::vector<Conversation> conversations;
  HoursSummary summary;
  bool has_plan = false;
  bool has_attendance = false;
};

// The period: whole ISO weeks from the week holding `from` to the week
// holding `to` (days outside [from, to] do not count).
struct Period {
  Date from;
  Date to;
};

// The course start the period defaults to: the plan's start, or the
// citizen's start_date.
std::optional<Date> course_start_of(const Citizen* c, const Plan* plan);

// Weeks of one person over `period`: the requirement from the eligibility
// decision on the first course day of each week (or, for a plan without a
// citizen, the plan's), the planned hours from the plan when there is one,
// holidays and closing days, phases and conversations. Attendance is added by
// add_attendance; finish() computes shortfalls and the summary.
// `days_off`: a table of rules.calendar.closing_days, held by a caller that
// plans many people; the overload without one makes its own.
PersonHours plan_weeks(const RuleSet& rules, const Citizen* citizen, const Plan* plan,
                       Date course_start, Period period, DaysOff& days_off);
PersonHours plan_weeks(const RuleSet& rules, const Citizen* citizen, const Plan* plan,
                       Date course_start, Period period);

// Adds one attendance row to the person's week holding `date` (its hours
// rounded to the nearest minute); false when the date is outside the weeks.
bool add_attendance(PersonHours& p, Date date, double hours, AttendanceStatus status);
// The same with minutes already summed (rows rounded one by one).
bool add_attendance_minutes(PersonHours& p, Date date, int64_t minutes, AttendanceStatus status);
void mark_attendance_given(PersonHours& p);
void finish(PersonHours& p);

// A working day for a date planned in a calendar month: `planned` itself when
// it is one; else the next working day when that is in the same month; else
// the last working day of the month before `planned` (not before
// `not_before`, the course start), so a conversation moved off a weekend,
// holiday or closing day stays in its month (Greve: "én månedlig samtale").
// Only when the month has no working day left in [not_before, planned] is it
// the next working day, in the next month.
Date working_day_in_month(Date planned, Date not_before, const std::vector<ClosingDay>& closing);

// The conversations of a plan from a course start: the k-th planned on the
// start plus k * every_months months, moved by working_day_in_month, so
// there is one a calendar month.
std::vector<Conversation> conversation_dates(const ConversationPlan& plan, Date start,
                                             const std::vector<ClosingDay>& closing);

// Whether `d` is a working day: a weekday that is not a public holiday or a
// closing day.
bool is_working_day(Date d, const std::vector<ClosingDay>& closing);

}  // namespace nytte
