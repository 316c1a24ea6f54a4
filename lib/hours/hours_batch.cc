// weekly-hours over many people (hours_batch.h).
#include "hours/hours_batch.h"

#include <algorithm>

#include <fmt/format.h>

#include "base/duration.h"
#include "base/local_format.h"
#include "load/duplicate_id.h"
#include "nytte/i18n.h"
#include "schedule/package.h"

namespace nytte {

std::optional<Date> HoursPerson::course_start() const {
  return course_start_of(citizen ? &*citizen : nullptr, plan ? &*plan : nullptr);
}

void HoursInputs::record(const Citizen& c) {
  if (index.count(c.id)) {
    errors_.error(Diagnostic{Severity::error, c.pos,
                             duplicate_id_message(c.id, DuplicateOf::hours_record),
                             std::string(kDuplicateIdCode)});
    return;
  }
  index.emplace(c.id, people.size());
  HoursPerson p;
  p.citizen = c;
  people.push_back(std::move(p));
}

void HoursInputs::plan_error(const SourcePos& at, std::string message, std::string_view code) {
  errors_.error(Diagnostic{Severity::error, at, std::move(message) + tr("; this plan was skipped"),
                           std::string(code)});
}

void HoursInputs::plans(const std::string& file, std::string_view text, uint32_t first_line) {
  PlanFile read = read_plans(text, file, first_line);
  for (const Diagnostic& d : read.errors) errors_.error(d);
  for (Plan& plan : read.plans) {
    if (!plan.rules.empty() && plan.rules != rules_.id) {
      plan_error(plan.pos,
                 trf("the plan for '{}' was made with rules '{}', but the rules "
                     "applied are '{}' (give --rules for '{}')",
                     excerpt(plan.id), excerpt(plan.rules), rules_.id, excerpt(plan.rules)),
                 "rules-mismatch");
      continue;
    }
    auto unknown = std::find_if(plan.blocks.begin(), plan.blocks.end(), [&](const PlanBlock& b) {
      return !b.phase.empty() && !rules_.find_phase(b.phase);
    });
    if (unknown != plan.blocks.end()) {
      plan_error(unknown->pos,
                 trf("block of the plan for '{}' names phase '{}', which rules '{}' "
                     "do not declare",
                     excerpt(plan.id), excerpt(unknown->phase), rules_.id),
                 "unknown-phase");
      continue;
    }
    if (index.count(plan.id)) {
      errors_.error(Diagnostic{Severity::error, plan.pos,
                               duplicate_id_message(plan.id, DuplicateOf::plan),
                               std::string(kDuplicateIdCode)});
      continue;
    }
    index.emplace(plan.id, people.size());
    HoursPerson p;
    p.plan = std::move(plan);
    people.push_back(std::move(p));
  }
}

void choose_period(HoursPerson& p, const PeriodRequest& r) {
  std::optional<Date> begin = r.from ? r.from : p.course_start();
  if (!begin) {
    p.problem = tr("no course start: the record has no start_date; give --from");
    return;
  }
  Date monday = begin->plus_days(-static_cast<int>(begin->weekday()));
  Date end = r.to ? *r.to : monday.plus_days(7 * (r.weeks ? r.weeks : 4) - 1);
  if (end < *begin) {
    p.problem = trf("the course starts {} after --to {}", local_date(*begin), local_date(end));
    return;
  }
  p.period = {*begin, end};
  p.first_monday = monday;
  p.weeks = (end - monday) / 7 + 1;
}

void plan_citizens(const RuleSet& rules, std::vector<HoursPerson>& people, Progress* progress) {
  std::vector<size_t> who;
  std::vector<Citizen> citizens;
  std::vector<Date> starts;
  for (size_t i = 0; i < people.size(); ++i) {
    HoursPerson& p = people[i];
    if (!p.citizen || !p.problem.empty()) continue;
    who.push_back(i);
    citizens.push_back(*p.citizen);
    starts.push_back(p.citizen->start_date.value_or(p.period.from));
  }
  SeatBook seats(rules);
  PackageBatchOptions batch;
  batch.progress = progress;
  std::vector<PackageResult> made = build_packages(rules, citizens, starts, batch, seats);
  for (size_t k = 0; k < who.size(); ++k) {
    if (made[k].problem.empty()) people[who[k]].plan = plan_of(made[k], rules);
  }
}

void AttendanceLog::add(const std::string& path, const AttendanceRow& r) {
  // Logs are mostly sorted by person: the last id's lookup is reused.
  if (r.id != last_id_) {
    last_id_.assign(r.id);
    auto it = index_.find(last_id_);
    last_index_ = it == index_.end() ? people_.size() : it->second;
  }
  if (last_index_ == people_.size()) {
    if (!unknown++) first_unknown = fmt::format("{}:{}: '{}'", path, r.line, r.id);
    return;
  }
  HoursPerson& p = people_[last_index_];
  if (!p.weeks || r.date < p.period.from || r.date > p.period.to) {
    ++outside;
    return;
  }
  if (p.sums.empty()) p.sums.assign(static_cast<size_t>(p.weeks) * 4, 0);
  size_t w = static_cast<size_t>((r.date - p.first_monday) / 7);
  p.sums[w * 4 + static_cast<size_t>(r.status)] += hours_to_minutes(r.hours);
  ++rows;
}

PersonHours person_hours(const RuleSet& rules, const HoursPerson& person, bool attendance_given) {
  DaysOff days_off(rules.calendar.closing_days, person.period.from, person.period.to);
  return person_hours(rules, person, attendance_given, days_off);
}

PersonHours person_hours(const RuleSet& rules, const HoursPerson& person, bool attendance_given,
                         DaysOff& days_off) {
  std::optional<Date> start = person.course_start();
  Date course_start = start ? *start : person.period.from;
  PersonHours p =
      plan_weeks(rules, person.citizen ? &*person.citizen : nullptr,
                 person.plan ? &*person.plan : nullptr, course_start, person.period, days_off);
  if (attendance_given) mark_attendance_given(p);
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
  return p;
}

}  // namespace nytte
