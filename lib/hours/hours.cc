#include "hours/hours.h"

#include <algorithm>
#include <cmath>

#include "base/duration.h"

namespace nytte {
namespace {

bool applies_to(const std::vector<std::string>& tracks, std::string_view track) {
  return tracks.empty() || std::find(tracks.begin(), tracks.end(), track) != tracks.end();
}

}  // namespace

std::string_view attendance_status_name(AttendanceStatus s) {
  switch (s) {
    case AttendanceStatus::present:
      return "present";
    case AttendanceStatus::sick:
      return "sick";
    case AttendanceStatus::approved_absence:
      return "approved_absence";
    case AttendanceStatus::unexcused:
      return "unexcused";
  }
  return "present";
}

bool is_working_day(Date d, const std::vector<ClosingDay>& closing) {
  if (d.weekday() >= Weekday::sat) return false;
  for (const NamedDay& n : days_off(d.year(), closing)) {
    if (n.date == d) return false;
  }
  return true;
}

Date working_day_in_month(Date planned, Date not_before, const std::vector<ClosingDay>& closing) {
  if (is_working_day(planned, closing)) return planned;
  auto month = [](Date x) { return x.ymd().month; };
  Date next = planned.plus_days(1);
  while (!is_working_day(next, closing)) next = next.plus_days(1);
  if (month(next) == month(planned)) return next;
  for (Date prev = planned.plus_days(-1); month(prev) == month(planned) && prev >= not_before;
       prev = prev.plus_days(-1)) {
    if (is_working_day(prev, closing)) return prev;
  }
  return next;  // no working day of the month left from not_before on
}

std::vector<Conversation> conversation_dates(const ConversationPlan& plan, Date start,
                                             const std::vector<ClosingDay>& closing) {
  std::vector<Conversation> out;
  // A course that starts on a day off with no working day left in its month
  // has its first conversation in the next month; the others then follow
  // from that date, so that no month gets two.
  Date base = start;
  for (int k = 0; k < plan.count; ++k) {
    Date planned = base.plus_months(k * plan.every_months);
    Date d = working_day_in_month(planned, start, closing);
    if (k == 0 && d.ymd().month != planned.ymd().month) base = d;
    if (plan.within_weeks && d - start >= 7 * plan.within_weeks) break;
    out.push_back({d, planned, k + 1, &plan});
  }
  return out;
}

std::optional<Date> course_start_of(const Citizen* c, const Plan* plan) {
  if (plan) return plan->start;
  if (c && c->start_date) return *c->start_date;
  return std::nullopt;
}

PersonHours plan_weeks(const RuleSet& rules, const Citizen* citizen, const Plan* plan,
                       Date course_start, Period period) {
  DaysOff off(rules.calendar.closing_days, period.from, period.to);
  return plan_weeks(rules, citizen, plan, course_start, period, off);
}

PersonHours plan_weeks(const RuleSet& rules, const Citizen* citizen, const Plan* plan,
                       Date course_start, Period period, DaysOff& off) {
  PersonHours p;
  p.id = citizen ? citizen->id : plan->id;
  if (citizen) p.cpr = citizen->cpr;
  p.rules = &rules;
  p.course_start = course_start;
  if (plan) p.course_end = plan->end;
  p.has_plan = plan != nullptr;
  const std::vector<ClosingDay>& closing = rules.calendar.closing_days;
  Decision decision;

  IsoWeek first = iso_week(period.from);
  IsoWeek last = iso_week(period.to);
  Date monday = iso_week_monday(first.year, first.week);
  Date last_monday = iso_week_monday(last.year, last.week);
  auto in_course = [&](Date d) {
    return d >= period.from && d <= period.to && d >= course_start &&
           (!p.course_end || d <= *p.course_end);
  };

  for (; monday <= last_monday; monday = monday.plus_days(7)) {
    WeekHours w;
    w.monday = monday;
    w.week = iso_week(monday);
    std::optional<Date> first_day, last_day;
    for (int i = 0; i < 5; ++i) {  // the working week, Monday to Friday
      Date d = monday.plus_days(i);
      if (!in_course(d)) continue;
      if (!first_day) first_day = d;
      last_day = d;
    }
    // A week without a course weekday (a period that starts on a Saturday,
    // say) shows its days inside the period and the course (a weekend), or,
    // with none, the period's days; never a `from` after `to`.
    bool weekend_in_course = false;
    if (!first_day) {
      for (int i = 5; i < 7; ++i) {
        Date d = monday.plus_days(i);
        if (!in_course(d)) continue;
        if (!first_day) first_day = d;
        last_day = d;
        weekend_in_course = true;
      }
    }
    w.first = first_day.value_or(std::max(monday, period.from));
    w.last = last_day.value_or(std::min(monday.plus_days(6), period.to));
    if (w.last < w.first) w.last = w.first;

    // The requirement in force that week (none when the source states none).
    std::string_view not_stated;
    if (plan && !citizen) {
      w.requirement_minutes = plan->required_weekly_minutes;
      if (!w.requirement_minutes) not_stated = "hours_not_stated";
      w.track = rules.find_track(plan->track);
    } else {
      decide(rules, *citizen, w.first, decision);
      w.status = decision.status;
      if (!decision.eligible) {
        w.requirement_minutes = 0;
      } else if (decision.required_weekly_hours) {
        w.requirement_minutes = hours_to_minutes(*decision.required_weekly_hours);
      } else {
        w.requirement_minutes.reset();
      }
      if (!w.requirement_minutes)
        not_stated = decision.hours_stated ? "hours_unknown" : "hours_not_stated";
      w.track = decision.track;
    }
    std::string_view track = plan && !citizen ? std::string_view(plan->track)
                             : w.track        ? std::string_view(w.track->h.id)
                                              : std::string_view();

    // Weekdays in the course, and the days off among them.
    for (int i = 0; i < 5; ++i) {
      Date d = monday.plus_days(i);
      if (const NamedDay* n = off.find(d); n && d >= period.from && d <= period.to) {
        w.days_off.push_back(*n);
      }
      if (!in_course(d)) continue;
      ++w.course_weekdays;
      if (!off.find(d)) ++w.open_days;
    }
    // A day's share of the week off for each weekday not open, rounded to
    // the nearest minute once.
    auto less_days_off = [&](int64_t minutes) {
      if (w.open_days >= 5) return minutes;
      double off =
          static_cast<double>(minutes) * rules.calendar.hours_per_day / 37.0 * (5 - w.open_days);
      return std::max<int64_t>(0, std::llround(static_cast<double>(minutes) - off));
    };

    // The plan's minutes of the week: on its open course days (planned), and
    // as if every day were open (full), for what the days off take away.
    int64_t plan_full = 0;
    if (plan) {
      int64_t planned = w.course_weekdays ? less_days_off(plan->ordinary_weekly_minutes) : 0;
      plan_full = plan->ordinary_weekly_minutes;
      for (int i = 0; i < 7; ++i) {
        Date d = monday.plus_days(i);
        bool open = in_course(d) && !off.find(d);
        // A block of a phase counts on the phase's days; a day outside the
        // course is taken as the course day nearest to it.
        int day = d - course_start;
        if (p.course_end) day = std::min(day, *p.course_end - course_start);
        day = std::max(day, 0);
        for (const PlanBlock& b : plan->blocks) {
          if (b.day != d.weekday()) continue;
          if (!b.phase.empty()) {
            const Phase* ph = rules.find_phase(b.phase);
            if (ph && (day < ph->from_day || (ph->to_day && day > *ph->to_day))) continue;
          }
          plan_full += b.minutes;
          if (open) planned += b.minutes;
        }
      }
      w.planned_minutes = planned;
    }

    w.required_minutes = w.requirement_minutes;
    if (w.course_weekdays == 0) {
      w.required_minutes = 0;  // nothing is required outside the course
    } else if (w.requirement_minutes && w.open_days < 5) {
      // The days not open take off a day share each, or what the plan loses
      // on them, whichever is more: a person is not required to make up
      // elsewhere in the week the hours of a holiday, so a package that
      // reaches the weekly requirement is never short in a week with days off.
      int64_t by_share = less_days_off(*w.requirement_minutes);
      int64_t by_plan = *w.requirement_minutes - (plan_full - w.planned_minutes.value_or(0));
      w.required_minutes = std::max<int64_t>(0, plan ? std::min(by_share, by_plan) : by_share);
    }

    for (const Phase& ph : rules.phases) {
      if (!applies_to(ph.tracks, track)) continue;
      bool active = false;
      for (int i = 0; i < 7 && !active; ++i) {
        Date d = monday.plus_days(i);
        if (!in_course(d) || !ph.h.valid.contains(d)) continue;
        int day = d - course_start;
        active = day >= ph.from_day && (!ph.to_day || day <= *ph.to_day);
      }
      if (active) w.phases.push_back(&ph);
    }

    bool course_started_this_week = course_start > monday && course_start <= monday.plus_days(4);
    if (course_started_this_week && w.course_weekdays > 0) w.flags.push_back("first_week");
    if (p.course_end && *p.course_end >= monday && *p.course_end < monday.plus_days(4)) {
      w.flags.push_back("last_week");
    }
    bool any_holiday = false, any_closing = false;
    for (const NamedDay& n : w.days_off) {
      (n.kind == DayKind::holiday ? any_holiday : any_closing) = true;
    }
    if (any_holiday) w.flags.push_back("holiday");
    if (any_closing) w.flags.push_back("closing_day");
    if (citizen && w.course_weekdays > 0 && w.status != Status::eligible) {
      w.flags.push_back("not_covered");
    }
    if (w.course_weekdays == 0) w.flags.push_back(weekend_in_course ? "weekend" : "outside_course");
    if (!not_stated.empty() && w.course_weekdays > 0) w.flags.push_back(not_stated);
    p.weeks.push_back(std::move(w));
  }

  // The track of the course: the plan's, or the decision's on its start.
  if (plan && !citizen) {
    p.track = plan->track;
  } else {
    decide(rules, *citizen, std::max(course_start, period.from), decision);
    p.track = decision.track ? decision.track->h.id : "";
  }
  for (const ConversationPlan& cp : rules.conversations) {
    if (!applies_to(cp.tracks, p.track) || !cp.h.valid.contains(course_start)) continue;
    for (const Conversation& c : conversation_dates(cp, course_start, closing)) {
      p.conversations.push_back(c);
      for (WeekHours& w : p.weeks) {
        if (c.date >= w.first && c.date <= w.last) w.conversations.push_back(c);
      }
    }
  }
  std::sort(p.conversations.begin(), p.conversations.end(),
            [](const Conversation& a, const Conversation& b) { return a.date < b.date; });
  p.summary.stable_threshold = rules.calendar.stable_attendance_weeks;
  return p;
}

void mark_attendance_given(PersonHours& p) {
  p.has_attendance = true;
  for (WeekHours& w : p.weeks) {
    if (!w.attended_minutes) w.attended_minutes = 0;
  }
}

bool add_attendance(PersonHours& p, Date date, double hours, AttendanceStatus status) {
  return add_attendance_minutes(p, date, hours_to_minutes(hours), status);
}

bool add_attendance_minutes(PersonHours& p, Date date, int64_t minutes, AttendanceStatus status) {
  if (p.weeks.empty() || date < p.weeks.front().monday ||
      date > p.weeks.back().monday.plus_days(6)) {
    return false;
  }
  WeekHours& w = p.weeks[static_cast<size_t>((date - p.weeks.front().monday) / 7)];
  if (!w.attended_minutes) w.attended_minutes = 0;
  switch (status) {
    case AttendanceStatus::present:
      *w.attended_minutes += minutes;
      break;
    case AttendanceStatus::sick:
      w.sick_minutes += minutes;
      w.approved_absence_minutes += minutes;
      break;
    case AttendanceStatus::approved_absence:
      w.approved_absence_minutes += minutes;
      break;
    case AttendanceStatus::unexcused:
      w.unexcused_absence_minutes += minutes;
      break;
  }
  return true;
}

void finish(PersonHours& p) {
  HoursSummary& s = p.summary;
  s = HoursSummary{};
  s.stable_threshold = p.rules ? p.rules->calendar.stable_attendance_weeks : 0;
  int run = 0;
  int64_t attended_stated = 0;  // attended in the weeks whose requirement is stated
  for (WeekHours& w : p.weeks) {
    // Approved absence (sick days included) lowers what is required.
    if (w.approved_absence_minutes > 0) {
      if (w.required_minutes)
        w.required_minutes = std::max<int64_t>(0, *w.required_minutes - w.approved_absence_minutes);
      w.flags.push_back("approved_absence");
    }
    // No shortfall against a requirement the source does not state.
    std::optional<int64_t> done = w.attended_minutes ? w.attended_minutes : w.planned_minutes;
    w.shortfall_minutes =
        done && w.required_minutes ? std::max<int64_t>(0, *w.required_minutes - *done) : 0;
    if (w.unexcused_absence_minutes > 0) w.flags.push_back("unexcused");
    if (w.shortfall_minutes > 0) {
      w.flags.push_back(w.attended_minutes ? "short" : "plan_short");
      ++s.weeks_below;
    }
    ++s.weeks;
    if (w.required_minutes) {
      s.required_minutes += *w.required_minutes;
      if (w.attended_minutes) attended_stated += *w.attended_minutes;
    } else {
      ++s.weeks_not_stated;
    }
    if (w.planned_minutes) s.planned_minutes = s.planned_minutes.value_or(0) + *w.planned_minutes;
    if (w.attended_minutes)
      s.attended_minutes = s.attended_minutes.value_or(0) + *w.attended_minutes;
    s.approved_absence_minutes += w.approved_absence_minutes;
    s.unexcused_absence_minutes += w.unexcused_absence_minutes;
    s.shortfall_minutes += w.shortfall_minutes;
    if (w.attended_minutes && w.required_minutes && *w.required_minutes > 0) {
      run = w.shortfall_minutes == 0 ? run + 1 : 0;
      s.longest_full_run = std::max(s.longest_full_run, run);
    }
  }
  if (s.attended_minutes && s.required_minutes > 0)
    s.attendance_rate =
        static_cast<double>(attended_stated) / static_cast<double>(s.required_minutes);
  if (p.has_attendance && s.stable_threshold > 0) {
    s.stable = s.longest_full_run >= s.stable_threshold;
  }
}

}  // namespace nytte
