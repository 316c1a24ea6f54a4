// weekly-hours over many people: each person's period, the plan a citizen
// gets (as build-package would make it), the attendance log summed by week
// while it streams past, and each person's weeks from those (hours.h).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/date.h"
#include "base/diagnostic.h"
#include "hours/hours.h"
#include "load/attendance.h"
#include "load/citizen_reader.h"
#include "load/plans.h"
#include "model/citizen.h"
#include "model/rules.h"
#include "run/progress.h"

namespace nytte {

// The period asked for (--from, --to, --weeks): nothing given is four ISO
// weeks from the course start.
struct PeriodRequest {
  std::optional<Date> from, to;
  int weeks = 0;
};

// One person of the inputs: a citizen record or a plan.
struct HoursPerson {
  std::optional<Citizen> citizen;
  std::optional<Plan> plan;
  Period period;
  Date first_monday;
  int weeks = 0;
  std::string problem;  // why no weeks can be computed (no start date)
  // Attendance sums in minutes (each row rounded), 4 a week (present, sick,
  // approved, unexcused), made on the first row for the person.
  std::vector<int64_t> sums;

  std::string_view id() const { return citizen ? std::string_view(citizen->id) : plan->id; }
  const SourcePos& pos() const { return plan ? plan->pos : citizen->pos; }
  std::optional<Date> course_start() const;
};

// Where reading weekly-hours' inputs reports what it skipped (a command's
// bounded standard error).
class HoursInputErrors {
 public:
  virtual ~HoursInputErrors() = default;
  virtual void error(const Diagnostic& d) = 0;
  virtual void bad_record(const std::vector<Diagnostic>& problems) = 0;
};

// weekly-hours' people, in input order: citizen records (record(), a
// RecordSink) and the plans of plan files (plans(), the citizen reader's
// ReaderOptions::other, for inputs whose first line starts a plan). A plan
// made with other rules, one naming a phase the rules do not declare, and a
// second record or plan with an id already seen cost only themselves.
class HoursInputs : public RecordSink {
 public:
  HoursInputs(const RuleSet& rules, HoursInputErrors& errors) : rules_(rules), errors_(errors) {}
  void record(const Citizen& c) override;
  void bad_record(const std::vector<Diagnostic>& problems) override {
    errors_.bad_record(problems);
  }
  void plans(const std::string& file, std::string_view text, uint32_t first_line);

  std::vector<HoursPerson> people;
  std::unordered_map<std::string, size_t> index;  // id -> people[i]

 private:
  void plan_error(const SourcePos& at, std::string message, std::string_view code);
  const RuleSet& rules_;
  HoursInputErrors& errors_;
};

// The person's period: --from/--to, or from the course start for --weeks
// weeks (4 when neither --to nor --weeks is given); else `problem` says why
// there is none.
void choose_period(HoursPerson& p, const PeriodRequest& r);

// Each citizen with a period gets the plan build-package would make (the
// same batch order and seats), so that their planned hours are known.
void plan_citizens(const RuleSet& rules, std::vector<HoursPerson>& people, Progress* progress);

// The attendance rows of the people's periods, summed by person and week;
// rows for ids not among the people and outside their period are counted.
class AttendanceLog {
 public:
  AttendanceLog(std::vector<HoursPerson>& people,
                const std::unordered_map<std::string, size_t>& index)
      : people_(people), index_(index) {}
  void start_file() {  // the last id's lookup is reused within one log
    last_id_.clear();
    last_index_ = people_.size();
  }
  void add(const std::string& path, const AttendanceRow& r);

  uint64_t rows = 0, unknown = 0, outside = 0;
  std::string first_unknown;  // "FILE:LINE: 'ID'"

 private:
  std::vector<HoursPerson>& people_;
  const std::unordered_map<std::string, size_t>& index_;
  std::string last_id_;
  size_t last_index_ = 0;
};

// The person's weeks over their period, the summed attendance added and the
// summary made; `attendance_given` when a log was read (weeks without rows
// then count as not attended). `days_off`: a table of the rules' closing
// days held over all the people (plan_weeks); without one, its own.
PersonHours person_hours(const RuleSet& rules, const HoursPerson& p, bool attendance_given,
                         DaysOff& days_off);
PersonHours person_hours(const RuleSet& rules, const HoursPerson& p, bool attendance_given);

// The people written and those below the requirement, counted.
struct HoursTally {
  size_t people = 0;
  uint64_t short_people = 0, short_weeks = 0;
  int64_t short_minutes = 0;
  void add(const PersonHours& p) {
    ++people;
    if (p.summary.weeks_below <= 0) return;
    ++short_people;
    short_weeks += static_cast<uint64_t>(p.summary.weeks_below);
    short_minutes += p.summary.shortfall_minutes;
  }
};

}  // namespace nytte
