#include "hours/hours.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "base/duration.h"

namespace nytte {
namespace {

bool applies_to(const std::vector<std::string>& tracks, std::string_view track) {
  return tracks.empty() || std::find(tracks.begin(), tracks.end(), track) != tracks.end();
}

// Days off of the years a week touches: computed once a year and closing-day
// list, shared by every person of a run on this thread, looked up by day.
class DaysOff {
 public:
  explicit DaysOff(const std::vector<ClosingDay>& closing) : closing_(closing) {
    // The cache is keyed by the closing days' content: a pointer could be
    // reused by another rule set once the first is gone.
    for (const ClosingDay& c : closing) {
      key_ += fmt::format("{}:{}:{}:{};", c.id, c.month, c.day, c.date ? c.date->days : -1);
    }
  }
  const NamedDay* find(Date d) {
    Cache& c = cache();
    if (!c.filled || c.key != key_ || d.days < c.first || d.days >= c.first + c.length) {
      fill(c, d);
    }
    int16_t k = c.index[static_cast<size_t>(d.days - c.first)];
    return k < 0 ? nullptr : &c.days[static_cast<size_t>(k)];
  }

 private:
  struct Cache {
    bool filled = false;
    std::string key;
    int32_t first = 0;
    int32_t length = 0;
    std::vector<int16_t> index;  // a day -> its entry in days, or -1
    std::vector<NamedDay> days;
  };
  static Cache& cache() {
    thread_local Cache c;
    return c;
  }
  // Ten years around `d`, so a run over a period fills the cache once.
  void fill(Cache& c, Date d) {
    int year = d.year();
    Date from = Date::from_ymd(year - 5, 1, 1);
    Date to = Date::from_ymd(year + 5, 1, 1);
    c.filled = true;
    c.key = key_;
    c.first = from.days;
    c.length = to.days - from.days;
    c.index.assign(static_cast<size_t>(c.length), -1);
    c.days.clear();
    for (int y = year - 5; y < year + 5; ++y) {
      for (NamedDay& n : days_off(y, closing_)) {
        c.index[static_cast<size_t>(n.date.days - c.first)] = static_cast<int16_t>(c.days.size());
        c.days.push_back(std::move(n));
      }
    }
  }
  const std::vector<ClosingDay>& closing_;
  std::string key_;
};

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
  PersonHours p;
  p.id = citizen ? citizen->id : plan->id;
  if (citizen) p.cpr = citizen->cpr;
  p.rules = &rules;
  p.course_start = course_start;
  if (plan) p.course_end = plan->end;
  p.has_plan = plan != nullptr;
  const std::vector<ClosingDay>& closing = rules.calendar.closing_days;
  DaysOff off(closing);
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

// ---- Plan files ------------------------------------------------------------

namespace {

class PlanLoader {
 public:
  PlanLoader(std::string_view text, const std::string& file) : text_(text), file_(file) {}

  // Each plan parsed on its own, so that a syntax error costs only its plan.
  PlanFile load(uint32_t first_line) {
    PlanFile out;
    uint32_t line = first_line;
    size_t start = 0;
    auto piece = [&](size_t end) {
      std::string_view text = text_.substr(start, end - start);
      read_piece(text, line, out);
      line += static_cast<uint32_t>(std::count(text.begin(), text.end(), '\n'));
      start = end;
    };
    for (size_t p = 0; p < text_.size();) {
      size_t nl = text_.find('\n', p);
      size_t end = nl == std::string_view::npos ? text_.size() : nl + 1;
      std::string_view l = text_.substr(p, end - p);
      if (p > start && is_plan_line(l) && !is_block_line(l)) piece(p);
      p = end;
    }
    if (start < text_.size()) piece(text_.size());
    return out;
  }

 private:
  static bool is_block_line(std::string_view l) {
    size_t p = l.find_first_not_of(" \t[");
    return p != std::string_view::npos && l.substr(p).starts_with("plan.");
  }

  void read_piece(std::string_view text, uint32_t line, PlanFile& out) {
    offset_ = line - 1;
    toml::table doc;
    try {
      doc = toml::parse(text);
    } catch (const toml::parse_error& e) {
      out.errors.push_back(Diagnostic{Severity::error, pos(e.source().begin),
                                      toml_syntax_message(e.description()), "toml-syntax"});
      return;
    }
    for (auto&& [key, value] : doc) {
      try {
        if (key.str() != "plan") {
          std::string hint = did_you_mean(key.str(), {"plan"});
          fail(pos(key.source().begin),
               fmt::format("unknown top-level key '{}' in a plan file{}{}", excerpt(key.str()),
                           hint.empty() ? "" : "; ", hint),
               "unknown-key");
        }
        const toml::array* a = value.as_array();
        if (!a || !a->is_array_of_tables()) {
          fail(pos(value.source().begin), "'plan' must be an array of tables: write [[plan]]",
               "wrong-type");
        }
        for (const toml::node& e : *a) {
          try {
            out.plans.push_back(plan(*e.as_table()));
          } catch (const Error& err) {
            out.errors.push_back(err.diagnostic());
          }
        }
      } catch (const Error& err) {
        out.errors.push_back(err.diagnostic());
      }
    }
  }

  SourcePos pos(const toml::source_position& p) const {
    return {file_, static_cast<uint32_t>(p.line) + offset_, static_cast<uint32_t>(p.column)};
  }
  SourcePos pos(const toml::node& n) const { return pos(n.source().begin); }

  void keys(const toml::table& t, const std::vector<std::string_view>& allowed,
            std::string_view where) {
    for (auto&& [key, value] : t) {
      if (std::find(allowed.begin(), allowed.end(), key.str()) != allowed.end()) continue;
      std::string hint = did_you_mean(key.str(), allowed);
      fail(pos(key.source().begin),
           fmt::format("unknown key '{}' in {}{}{}", key.str(), where, hint.empty() ? "" : "; ",
                       hint),
           "unknown-key");
    }
  }

  const toml::node& need(const toml::table& t, std::string_view key, std::string_view where) {
    const toml::node* n = t.get(key);
    if (!n) fail(pos(t), fmt::format("{} without '{}'", where, key), "missing-key");
    return *n;
  }

  std::string text(const toml::node& n, std::string_view key) {
    if (!n.is_string()) fail(pos(n), fmt::format("'{}' must be a string", key), "wrong-type");
    return n.as_string()->get();
  }

  Date date(const toml::node& n, std::string_view key) {
    const auto* d = n.as_date();
    if (!d) {
      fail(pos(n), fmt::format("'{}' must be a TOML date like 2025-09-01", key), "wrong-type");
    }
    toml::date v = d->get();
    return Date::from_ymd(v.year, v.month, v.day);
  }

  TimeOfDay time(const toml::node& n, std::string_view key) {
    const auto* t = n.as_time();
    if (!t) {
      fail(pos(n), fmt::format("'{}' must be a TOML local time like 08:00:00", key), "wrong-type");
    }
    return TimeOfDay{t->get().hour * 60 + t->get().minute};
  }

  double number(const toml::node& n, std::string_view key, double hi) {
    std::optional<double> v = n.value<double>();
    if (!v || !(n.is_floating_point() || n.is_integer())) {
      fail(pos(n), fmt::format("'{}' must be a number", key), "wrong-type");
    }
    if (!(*v >= 0 && *v <= hi)) {  // written so that nan is refused too
      fail(pos(n), fmt::format("'{}' must be between 0 and {}, found {}", key, hi, *v),
           "invalid-value");
    }
    return *v;
  }

  // A whole number of minutes, 0..hi (the exact form build-package writes).
  int minutes(const toml::node& n, std::string_view key, int hi) {
    if (!n.is_integer()) {
      fail(pos(n), fmt::format("'{}' must be a whole number of minutes", key), "wrong-type");
    }
    int64_t v = n.as_integer()->get();
    if (v < 0 || v > hi) {
      fail(pos(n), fmt::format("'{}' must be between 0 and {}, found {}", key, hi, v),
           "invalid-value");
    }
    return static_cast<int>(v);
  }

  // Of two keys that say the same thing (minutes, and the hours of an older
  // file), the one present; both is an error.
  const toml::node* one_of(const toml::table& t, std::string_view exact, std::string_view old) {
    const toml::node* e = t.get(exact);
    const toml::node* o = t.get(old);
    if (e && o) {
      fail(pos(*o), fmt::format("'{}' and '{}' in one table: write one of the two", exact, old),
           "invalid-value");
    }
    return e ? e : o;
  }

  Plan plan(const toml::table& t) {
    keys(t,
         {"id", "rules", "track", "start", "end", "required_weekly_minutes",
          "required_weekly_hours", "hours_stated", "ordinary_weekly_minutes", "block"},
         "[[plan]]");
    Plan p;
    p.pos = pos(t);
    p.id = text(need(t, "id", "[[plan]]"), "id");
    if (p.id.empty()) fail(pos(*t.get("id")), "'id' must not be empty", "invalid-value");
    if (const toml::node* r = t.get("rules")) p.rules = text(*r, "rules");
    if (const toml::node* tr = t.get("track")) p.track = text(*tr, "track");
    p.start = date(need(t, "start", "[[plan]]"), "start");
    if (const toml::node* e = t.get("end")) {
      p.end = date(*e, "end");
      if (*p.end < p.start) fail(pos(*e), "'end' is before 'start'", "bad-dates");
    }
    // A requirement, or `hours_stated = false` for a person whose hours the
    // source does not state; one of the two, so a forgotten key is an error.
    const toml::node* stated = t.get("hours_stated");
    if (stated && !stated->is_boolean())
      fail(pos(*stated), "'hours_stated' must be true or false", "wrong-type");
    bool is_stated = !stated || stated->as_boolean()->get();
    // required_weekly_minutes (exact), or an older file's decimal
    // required_weekly_hours, rounded to the nearest minute.
    const toml::node* req = one_of(t, "required_weekly_minutes", "required_weekly_hours");
    if (is_stated) {
      if (!req) {
        fail(pos(t), "[[plan]] without 'required_weekly_minutes' (or 'required_weekly_hours')",
             "missing-key");
      }
      p.required_weekly_minutes =
          req == t.get("required_weekly_minutes")
              ? minutes(*req, "required_weekly_minutes", 168 * 60)
              : hours_to_minutes(number(*req, "required_weekly_hours", 168));
    } else if (req) {
      std::string key = req == t.get("required_weekly_minutes") ? "required_weekly_minutes"
                                                                : "required_weekly_hours";
      fail(pos(*req),
           fmt::format("'{}' with 'hours_stated = false': a plan whose hours are not "
                       "stated has no requirement; leave one of the two out",
                       key),
           "invalid-value");
    }
    if (const toml::node* o = t.get("ordinary_weekly_minutes"))
      p.ordinary_weekly_minutes = minutes(*o, "ordinary_weekly_minutes", 168 * 60);
    if (const toml::node* b = t.get("block")) {
      const toml::array* a = b->as_array();
      if (!a)
        fail(pos(*b), "'block' must be an array of tables: write [[plan.block]]", "wrong-type");
      for (const toml::node& e : *a) {
        const toml::table* bt = e.as_table();
        if (!bt) fail(pos(e), "a block must be a table", "wrong-type");
        p.blocks.push_back(block(*bt));
      }
    }
    return p;
  }

  PlanBlock block(const toml::table& t) {
    keys(t, {"day", "from", "to", "offer", "kind", "minutes", "hours", "phase"}, "[[plan.block]]");
    PlanBlock b;
    b.pos = pos(t);
    const toml::node& day = need(t, "day", "[[plan.block]]");
    std::string d = text(day, "day");
    std::optional<Weekday> wd = parse_weekday(d);
    if (!wd) {
      std::string hint = did_you_mean(d, {"mon", "tue", "wed", "thu", "fri", "sat", "sun"});
      fail(pos(day),
           fmt::format("'day' must be mon, tue, wed, thu, fri, sat or sun, found '{}'{}{}", d,
                       hint.empty() ? "" : "; ", hint),
           "invalid-value");
    }
    b.day = *wd;
    b.from = time(need(t, "from", "[[plan.block]]"), "from");
    b.to = time(need(t, "to", "[[plan.block]]"), "to");
    if (b.to <= b.from) {
      fail(pos(*t.get("to")),
           fmt::format("block must end after it starts, found {} to {}", b.from.hh_mm(),
                       b.to.hh_mm()),
           "invalid-value");
    }
    if (const toml::node* o = t.get("offer")) b.offer = text(*o, "offer");
    if (const toml::node* k = t.get("kind")) b.kind = text(*k, "kind");
    if (const toml::node* ph = t.get("phase")) b.phase = text(*ph, "phase");
    // Counted minutes: `minutes` (exact, as build-package writes them), or
    // the decimal `hours` of an older file: hours that equal the block's span
    // to two decimals (0.33 for 08:00-08:20) are that span exactly, other
    // hours are rounded to the nearest minute; neither: the span.
    const int span = b.to.minutes - b.from.minutes;
    b.minutes = span;
    if (const toml::node* m = one_of(t, "minutes", "hours")) {
      if (m == t.get("minutes")) {
        b.minutes = minutes(*m, "minutes", 24 * 60);
      } else {
        double h = number(*m, "hours", 24);
        bool is_span = std::llround(h * 100) == std::llround(span / 60.0 * 100);
        b.minutes = is_span ? span : hours_to_minutes(h);
      }
    }
    return b;
  }

  std::string_view text_;
  const std::string& file_;
  uint32_t offset_ = 0;  // added to toml++'s line numbers: the piece's place in the file
};

}  // namespace

PlanFile read_plans(std::string_view text, const std::string& file, uint32_t first_line) {
  return PlanLoader(text, file).load(first_line);
}

std::vector<Plan> load_plans_text(std::string_view text, const std::string& file) {
  PlanFile f = read_plans(text, file);
  if (!f.errors.empty()) throw Error(f.errors.front());
  return std::move(f.plans);
}

std::vector<Plan> load_plans(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) fail({path, 0, 0}, "cannot read: no such file or directory", "io");
  std::stringstream ss;
  ss << in.rdbuf();
  return load_plans_text(ss.str(), path);
}

bool is_plan_line(std::string_view line) {
  size_t p = line.find_first_not_of(" \t");
  if (p == std::string_view::npos || line[p] != '[') return false;
  p = line.find_first_not_of("[ \t", p);
  if (p == std::string_view::npos || line.substr(p, 4) != "plan") return false;
  p += 4;
  if (p == line.size()) return true;
  char next = line[p];
  bool key_char = (next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') ||
                  (next >= '0' && next <= '9') || next == '_' || next == '-';
  return !key_char && next != '"' && next != '\'';
}

}  // namespace nytte
