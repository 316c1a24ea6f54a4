// Counting a population while it streams past (ReportTally): each
// person's decision on every date, who they are, their package with every
// offer's seats free, and their attendance; tallies of several workers
// merged, and the duplicates a batch skipped taken out again.
#include "report/report.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "base/duration.h"
#include "condition/condition.h"
#include "report/breakdown.h"
#include "report/counts.h"
#include "report/package_key.h"

namespace nytte {

using reporting::age_band;
using reporting::bump;
using reporting::by_value;
using reporting::kFixedDims;
using reporting::kMissing;

namespace {

constexpr double kFullWeek = 37.0;

// a = op(a, b) for every count of a date's tally: merge adds, remove
// subtracts (unsigned counts wrap and come right once everything removed
// has been added). The allocation is made once, after (allocate_seats).
template <class Op>
void combine(DateTally& a, const DateTally& b, Op op) {
  auto each = [&](auto& x, const auto& y) {
    for (size_t i = 0; i < x.size() && i < y.size(); ++i) x[i] = op(x[i], y[i]);
  };
  for (int i = 0; i < 4; ++i) a.by_status[i] = op(a.by_status[i], b.by_status[i]);
  each(a.by_group, b.by_group);
  each(a.by_exemption, b.by_exemption);
  each(a.by_track, b.by_track);
  each(a.track_minutes, b.track_minutes);
  each(a.track_stated, b.track_stated);
  each(a.demand, b.demand);
  for (const auto& [k, v] : b.missing) a.missing[k] = op(a.missing[k], v);
  for (size_t d = 0; d < a.who.size() && d < b.who.size(); ++d)
    for (const auto& [k, v] : b.who[d]) a.who[d][k] = op(a.who[d][k], v);
  a.required_minutes = op(a.required_minutes, b.required_minutes);
  a.hours_stated = op(a.hours_stated, b.hours_stated);
  a.hours_not_stated = op(a.hours_not_stated, b.hours_not_stated);
  a.hours_unknown = op(a.hours_unknown, b.hours_unknown);
  a.reduced = op(a.reduced, b.reduced);
  a.full = op(a.full, b.full);
  a.short_ = op(a.short_, b.short_);
  a.parts_only = op(a.parts_only, b.parts_only);
  a.no_package = op(a.no_package, b.no_package);
  a.missing_minutes = op(a.missing_minutes, b.missing_minutes);
}

template <class Op>
void combine(AttendanceTally& a, const AttendanceTally& b, Op op) {
  for (const auto& [k, t] : b.by_track) {
    AttendanceTally::Track& m = a.by_track[k];
    m.people = op(m.people, t.people);
    m.weeks = op(m.weeks, t.weeks);
    m.weeks_met = op(m.weeks_met, t.weeks_met);
    m.required_minutes = op(m.required_minutes, t.required_minutes);
    m.attended_minutes = op(m.attended_minutes, t.attended_minutes);
  }
}

// Keys counted by nobody once removed: a tally never holds a zero count
// (each key comes with the first person counted under it).
template <class Map, class IsZero>
void drop_zeros(Map& m, IsZero is_zero) {
  std::erase_if(m, [&](const auto& kv) { return is_zero(kv.second); });
}

}  // namespace

void DateTally::merge(const DateTally& o) {
  combine(*this, o, std::plus<>{});
}

void DateTally::remove(const DateTally& o) {
  combine(*this, o, std::minus<>{});
  auto zero = [](uint64_t n) { return n == 0; };
  drop_zeros(missing, zero);
  for (auto& values : who) drop_zeros(values, zero);
}

void AttendanceTally::merge(const AttendanceTally& o) {
  combine(*this, o, std::plus<>{});
}

void AttendanceTally::remove(const AttendanceTally& o) {
  combine(*this, o, std::minus<>{});
  drop_zeros(by_track, [](const Track& t) { return t.people == 0; });
}

struct ReportTally::Scratch {
  Decision decision;
  std::vector<citizen_fields::FieldRef> by;
  std::string value;
  PackageCache packages;
  SeatBook free_seats;
  // What the report needs of a package, by everything the package depends
  // on (see package_key): people with the same key get the same package.
  struct Summary {
    PackageOutcome outcome = PackageOutcome::none;  // as build-package counts it
    int missing = 0;                                // minutes
    std::vector<uint32_t> offers;                   // held, in any phase
    uint32_t problem[2] = {};  // AllocationInput::problem_of, a date (0: none yet)
  };
  std::unordered_map<std::string, Summary> summaries;
  std::string key;
  DaysOff days_off;  // one table for every person's attendance weeks
  explicit Scratch(const RuleSet& rules)
      : free_seats(rules), days_off(rules.calendar.closing_days) {}
};

namespace {

// A person's weeks of the attendance log (her first to her last row),
// counted under the track of the decision on her course start.
void count_attendance(const RuleSet& rules, const Citizen& c,
                      const std::vector<AttendanceEntry>& rows, DaysOff& days_off,
                      AttendanceTally& attendance) {
  Date first = rows.front().date, last = rows.front().date;
  for (const AttendanceEntry& e : rows) {
    first = std::min(first, e.date);
    last = std::max(last, e.date);
  }
  Date start = c.start_date.value_or(first);
  PersonHours p = plan_weeks(rules, &c, nullptr, start, Period{first, last}, days_off);
  mark_attendance_given(p);
  for (const AttendanceEntry& e : rows) add_attendance(p, e.date, e.hours, e.status);
  finish(p);
  // Only the weeks with hours required count, and only people with such weeks.
  // Weeks whose hours are not stated have none required.
  auto has_required = [](const WeekHours& w) {
    return w.required_minutes && *w.required_minutes > 0;
  };
  bool required = std::any_of(p.weeks.begin(), p.weeks.end(), has_required);
  if (!required) return;
  AttendanceTally::Track& t = attendance.by_track[p.track];
  ++t.people;
  for (const WeekHours& w : p.weeks) {
    if (!has_required(w)) continue;
    ++t.weeks;
    t.required_minutes += *w.required_minutes;
    t.attended_minutes += w.attended_minutes.value_or(0);
    if (w.shortfall_minutes == 0) ++t.weeks_met;
  }
}

}  // namespace

ReportTally::ReportTally(const RuleSet& rules, const ReportOptions& options,
                         const AttendanceById* attendance, AllocationInput* allocation)
    : rules_(rules),
      options_(options),
      attendance_log_(attendance),
      allocation_(allocation),
      scratch_(std::make_unique<Scratch>(rules)) {
  for (const std::string& name : options.by) {
    std::optional<citizen_fields::FieldRef> f = citizen_fields::find_any_field(name, rules.schema);
    if (f) scratch_->by.push_back(*f);
  }
  dates.resize(options.dates.size());
  for (DateTally& t : dates) {
    t.by_group.assign(rules.target_groups.size(), 0);
    t.by_exemption.assign(rules.exemptions.size(), 0);
    t.by_track.assign(rules.tracks.size() + 1, 0);
    t.track_minutes.assign(rules.tracks.size() + 1, 0);
    t.track_stated.assign(rules.tracks.size() + 1, 0);
    t.who.resize(kFixedDims + scratch_->by.size());
    t.demand.assign(rules.offers.size(), 0);
    t.taken.assign(rules.offers.size(), 0);
  }
}

ReportTally::~ReportTally() = default;
ReportTally::ReportTally(ReportTally&&) noexcept = default;

void ReportTally::add(const Citizen& c, std::vector<uint64_t>* tags) {
  ++people;
  Scratch& s = *scratch_;
  size_t first_tag = tags ? tags->size() : 0;
  if (tags) tags->resize(first_tag + options_.dates.size(), 0);
  for (size_t di = 0; di < options_.dates.size(); ++di) {
    Date on = options_.dates[di];
    DateTally& t = dates[di];
    Decision& d = s.decision;
    decide(rules_, c, on, d);
    ++t.by_status[static_cast<int>(d.status)];
    for (std::string_view f : d.missing_fields) bump(t.missing, f);
    if (d.status == Status::exempt) {
      for (std::string_view id : d.exemptions) {
        for (size_t k = 0; k < rules_.exemptions.size(); ++k)
          if (rules_.exemptions[k].h.id.data() == id.data()) ++t.by_exemption[k];
      }
    }
    if (!d.eligible) continue;
    for (std::string_view id : d.target_groups) {
      for (size_t k = 0; k < rules_.target_groups.size(); ++k)
        if (rules_.target_groups[k].h.id.data() == id.data()) ++t.by_group[k];
    }
    size_t track =
        d.track ? static_cast<size_t>(d.track - rules_.tracks.data()) : rules_.tracks.size();
    ++t.by_track[track];
    if (d.required_weekly_hours) {
      int64_t minutes = hours_to_minutes(*d.required_weekly_hours);
      t.track_minutes[track] += minutes;
      ++t.track_stated[track];
      t.required_minutes += minutes;
      ++t.hours_stated;
      if (*d.required_weekly_hours < kFullWeek) ++t.reduced;
    } else {
      ++(d.hours_stated ? t.hours_unknown : t.hours_not_stated);
    }

    auto count = [&](size_t dim, std::string_view value) { bump(t.who[dim], value); };
    count(0, c.category ? category_code(*c.category) : kMissing);
    count(1, c.sex ? sex_code(*c.sex) : kMissing);
    count(2, age_band(c, on));
    count(3, c.benefit ? benefit_code(*c.benefit) : kMissing);
    count(4, c.municipality ? std::string_view(*c.municipality) : kMissing);
    for (size_t b = 0; b < s.by.size(); ++b) {
      const citizen_fields::FieldRef& f = s.by[b];
      by_value(c, f, rules_.schema, s.value);
      count(kFixedDims + b, s.value);
    }

    if (options_.packages && !rules_.offers.empty()) {
      Date start = c.start_date.value_or(on);
      package_key(rules_, c, d, start, s.key);
      auto it = s.summaries.find(s.key);
      if (it == s.summaries.end()) {
        PackageResult r = build_package(rules_, c, d, start, s.free_seats, s.packages);
        Scratch::Summary sum;
        sum.outcome = package_outcome(r);
        sum.missing = r.missing_minutes();
        std::vector<bool> held = offers_held(rules_, r);
        for (uint32_t k = 0; k < held.size(); ++k)
          if (held[k]) sum.offers.push_back(k);
        if (s.summaries.size() > 100000) s.summaries.clear();
        it = s.summaries.emplace(s.key, std::move(sum)).first;
      }
      Scratch::Summary& sum = it->second;
      if (tags && allocation_ && di < 2) {
        if (!sum.problem[di]) sum.problem[di] = allocation_->problem_of(di, s.key, c, start);
        (*tags)[first_tag + di] = sum.problem[di];
      }
      switch (sum.outcome) {
        case PackageOutcome::none:
          ++t.no_package;
          break;
        case PackageOutcome::parts_only:
          ++t.parts_only;  // no shortfall against hours the source does not state
          break;
        case PackageOutcome::short_:
          ++t.short_;
          t.missing_minutes += sum.missing;
          break;
        case PackageOutcome::full:
          ++t.full;
          break;
      }
      for (uint32_t k : sum.offers) ++t.demand[k];
    }
  }

  if (attendance_log_) {
    auto it = attendance_log_->find(c.id);
    if (it == attendance_log_->end() || it->second.empty()) return;
    ++attendance_people;
    count_attendance(rules_, c, it->second, s.days_off, attendance);
  }
}

void ReportTally::merge(const ReportTally& o) {
  people += o.people;
  for (size_t i = 0; i < dates.size() && i < o.dates.size(); ++i) dates[i].merge(o.dates[i]);
  attendance.merge(o.attendance);
  attendance_people += o.attendance_people;
}

void ReportTally::remove(const ReportTally& o) {
  people -= o.people;
  for (size_t i = 0; i < dates.size() && i < o.dates.size(); ++i) dates[i].remove(o.dates[i]);
  attendance.remove(o.attendance);
  attendance_people -= o.attendance_people;
}

}  // namespace nytte
