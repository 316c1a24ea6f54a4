// Reports: counting a population (ReportTally), laying the counts out as
// tables (make_report) and hiding small counts (suppress). The writers are in
// report_format.cc. docs/report.md says what every figure means.
#include "report/report.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <mutex>
#include <set>

#include <fmt/format.h>

#include "base/diagnostic.h"
#include "base/duration.h"
#include "load/citizen_fields.h"

namespace nytte {
namespace {

constexpr double kFullWeek = 37.0;
constexpr double kWeeksPerYear = 52.0;

// The fixed dimensions of "who they are", then one per --by field.
constexpr std::string_view kWhoDims[] = {"category", "sex", "age_band", "benefit", "municipality"};
constexpr size_t kFixedDims = std::size(kWhoDims);

std::string_view age_band(const Citizen& c, Date on) {
  if (!c.birth_date) return "unknown";
  int age = age_on(*c.birth_date, on);
  if (age < 18) return "under 18";
  if (age <= 29) return "18-29";
  if (age <= 39) return "30-39";
  if (age <= 49) return "40-49";
  if (age <= 59) return "50-59";
  if (age <= 67) return "60-67";
  return "68 and over";
}

constexpr std::string_view kMissing = "(missing)";

// One more for `key`, without making a string when the key is there already.
void bump(std::map<std::string, uint64_t, std::less<>>& counts, std::string_view key) {
  auto it = counts.find(key);
  if (it == counts.end()) {
    counts.emplace(std::string(key), 1);
  } else {
    ++it->second;
  }
}

std::string number_text(double v) {
  return fmt::format("{:g}", v);
}

// The value of a --by field as the text its row is keyed by.
void by_value(const Citizen& c, const citizen_fields::FieldRef& f, const Schema& schema,
              std::string& out) {
  out.clear();
  if (!f.builtin) {
    const ExtraValue& v = c.extra[f.declared];
    if (!v.present) {
      out = kMissing;
      return;
    }
    switch (schema.fields[f.declared].type) {
      case Type::boolean:
        out = v.boolean ? "true" : "false";
        break;
      case Type::number:
        out = number_text(v.number);
        break;
      case Type::date:
        out = fmt::format("{}", v.date.year());
        break;
      case Type::string:
        out = v.string;
        break;
      case Type::string_list: {
        std::vector<std::string> items = v.list;
        std::sort(items.begin(), items.end());
        out = items.empty() ? "none" : fmt::format("{}", fmt::join(items, "+"));
        break;
      }
    }
    return;
  }
  auto text = [&](const std::optional<std::string>& s) { out = s ? *s : std::string(kMissing); };
  auto num = [&](const auto& v) { out = v ? number_text(*v) : std::string(kMissing); };
  auto year = [&](const std::optional<Date>& d) {
    out = d ? fmt::format("{}", d->year()) : std::string(kMissing);
  };
  switch (*f.builtin) {
    case Field::birth_date:
      year(c.birth_date);
      break;
    case Field::sex:
      out = c.sex ? sex_code(*c.sex) : kMissing;
      break;
    case Field::municipality:
      text(c.municipality);
      break;
    case Field::benefit:
      out = c.benefit ? benefit_code(*c.benefit) : kMissing;
      break;
    case Field::category:
      out = c.category ? category_code(*c.category) : kMissing;
      break;
    case Field::danish_tests:
      out = c.danish_tests ? danish_test_code(c.highest_danish_test().value_or(DanishTest::none))
                           : kMissing;
      break;
    case Field::school_years:
      num(c.school_years);
      break;
    case Field::residence_years_last_10:
      num(c.residence_years_last_10);
      break;
    case Field::fulltime_work_years_last_10:
      num(c.fulltime_work_years_last_10);
      break;
    case Field::unemployed_since:
      year(c.unemployed_since);
      break;
    case Field::ordinary_hours:
      num(c.ordinary_hours);
      break;
    case Field::work_capacity_hours:
      num(c.work_capacity_hours);
      break;
    case Field::exemptions:
      if (!c.exemptions) {
        out = kMissing;
      } else if (c.exemptions->empty()) {
        out = "none";
      } else {
        std::vector<std::string> items = *c.exemptions;
        std::sort(items.begin(), items.end());
        out = fmt::format("{}", fmt::join(items, "+"));
      }
      break;
    case Field::residence_area:
      text(c.residence_area);
      break;
    case Field::start_date:
      year(c.start_date);
      break;
    case Field::assigned_track:
      text(c.assigned_track);
      break;
    case Field::born_in_denmark:
      out = c.born_in_denmark ? (*c.born_in_denmark ? "true" : "false") : kMissing;
      break;
    case Field::first_entry_date:
      year(c.first_entry_date);
      break;
    default:
      out = kMissing;
      break;  // refused by check_by_field
  }
}

}  // namespace

std::string check_by_field(std::string_view name, const Schema& schema) {
  std::optional<citizen_fields::FieldRef> f = citizen_fields::find_any_field(name, schema);
  if (!f) return "--by: " + citizen_fields::unknown_field_message(name, schema);
  if (f->builtin && (*f->builtin == Field::id || *f->builtin == Field::cpr)) {
    return fmt::format(
        "--by {}: a report never breaks people down by '{}', which would "
        "show single people",
        name, name);
  }
  if (f->builtin && (*f->builtin == Field::benefit_history || *f->builtin == Field::unavailable)) {
    return fmt::format(
        "--by {}: '{}' holds tables, not one value a person; break down by "
        "a field of single values (benefit, category, ...)",
        name, name);
  }
  return "";
}

// --- Counting -------------------------------------------------------------

namespace {

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
  explicit Scratch(const RuleSet& rules) : free_seats(rules) {}
};

namespace {

template <class T>
void put(std::string& key, const T& v) {
  key.append(reinterpret_cast<const char*>(&v), sizeof v);
}

// Everything a person's package depends on, with free seats or in a batch:
// the decision's track and hours, the ordinary hours, the unavailable
// blocks, the start and the date, and the outcome of each offer's `who`
// condition. Hours by their exact value (the package rounds them to minutes).
void package_key(const RuleSet& rules, const Citizen& c, const Decision& d, Date start,
                 std::string& key) {
  key.clear();
  auto hours = [&](const std::optional<double>& h) {
    put(key, h.has_value());
    put(key, h.value_or(0));
  };
  put(key, d.track ? static_cast<int64_t>(d.track - rules.tracks.data()) : int64_t{-1});
  hours(d.required_weekly_hours);
  hours(d.max_weekly_hours);
  put(key, d.hours_stated);
  hours(c.ordinary_hours);
  put(key, start.days);
  put(key, d.on.days);
  EvalContext ctx{c, d.on};
  for (const Offer& o : rules.offers)
    if (o.who) put(key, static_cast<uint8_t>(eval_condition(*o.who, ctx)));
  if (c.unavailable) {
    for (const UnavailableBlock& b : *c.unavailable) {
      put(key, static_cast<uint8_t>(b.day));
      put(key, static_cast<int16_t>(b.from.minutes));
      put(key, static_cast<int16_t>(b.to.minutes));
    }
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
    const std::vector<AttendanceEntry>& rows = it->second;
    Date first = rows.front().date, last = rows.front().date;
    for (const AttendanceEntry& e : rows) {
      first = std::min(first, e.date);
      last = std::max(last, e.date);
    }
    Date start = c.start_date.value_or(first);
    PersonHours p = plan_weeks(rules_, &c, nullptr, start, Period{first, last});
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
}

PackageOutcome package_outcome(const PackageResult& r) {
  if (!r.problem.empty()) return PackageOutcome::none;
  int missing = r.missing_minutes();
  if (r.target == PackageTarget::stated_parts && missing <= 0) return PackageOutcome::parts_only;
  if (missing > 0) return PackageOutcome::short_;
  for (const WeeklyPackage& w : r.packages)
    for (const PartResult& p : w.parts)
      if (p.planned_minutes < p.required_minutes) return PackageOutcome::short_;
  return PackageOutcome::full;
}

// --- The allocation of the seats offered ---------------------------------

struct AllocationInput::Impl {
  std::mutex mutex;
  // One citizen and start a problem (ids are index + 1), found by key.
  std::unordered_map<std::string, uint32_t> problem_ids;
  std::vector<Citizen> citizens;
  std::vector<Date> starts;
  // A date: the covered people's problems in input order; `over` once
  // there are more than the limit (the sequence is then dropped).
  struct DateInput {
    std::vector<uint32_t> sequence;
    uint64_t covered = 0;
    std::atomic<bool> over{false};
  };
  std::vector<DateInput> dates;
  uint64_t limit = 0;
};

AllocationInput::AllocationInput(const RuleSet& rules, const ReportOptions& options)
    : impl(std::make_unique<Impl>()) {
  impl->dates = std::vector<Impl::DateInput>(options.dates.size());
  impl->limit = options.allocation_limit;
  bool wanted = options.packages && !rules.offers.empty() && options.allocation_limit > 0;
  for (Impl::DateInput& d : impl->dates) d.over = !wanted;
}

AllocationInput::~AllocationInput() = default;

uint32_t AllocationInput::problem_of(size_t di, std::string_view key, const Citizen& c,
                                     Date start) {
  if (di >= impl->dates.size() || impl->dates[di].over) return 0;
  std::lock_guard<std::mutex> lock(impl->mutex);
  auto it = impl->problem_ids.find(std::string(key));
  if (it != impl->problem_ids.end()) return it->second;
  impl->citizens.push_back(c);
  impl->starts.push_back(start);
  auto id = static_cast<uint32_t>(impl->citizens.size());
  impl->problem_ids.emplace(std::string(key), id);
  return id;
}

void AllocationInput::record(std::span<const uint64_t> tags) {
  for (size_t di = 0; di < impl->dates.size() && di < tags.size(); ++di) {
    if (!tags[di]) continue;
    Impl::DateInput& d = impl->dates[di];
    ++d.covered;
    if (d.over) continue;
    if (d.covered > impl->limit) {
      d.over = true;
      std::vector<uint32_t>().swap(d.sequence);
      continue;
    }
    d.sequence.push_back(static_cast<uint32_t>(tags[di]));
  }
}

void allocate_seats(const RuleSet& rules, const ReportOptions& options, AllocationInput& input,
                    ReportTally& tally) {
  AllocationInput::Impl& in = *input.impl;
  for (size_t di = 0; di < tally.dates.size() && di < in.dates.size(); ++di) {
    DateTally& t = tally.dates[di];
    AllocationInput::Impl::DateInput& d = in.dates[di];
    t.taken.assign(rules.offers.size(), 0);
    if (options.allocation_limit == 0) {
      t.allocation_problem = "--allocation-limit 0";
      continue;
    }
    if (d.over) {
      // No count of people here: a text cell is never suppressed.
      t.allocation_problem = fmt::format("over --allocation-limit {}", options.allocation_limit);
      continue;
    }
    if (d.covered != t.by_status[0]) {
      t.allocation_problem = "the population was not recorded";
      continue;
    }
    // The covered people in input order, each as the citizen of her problem:
    // people of one problem get the same package from the same seats, so the
    // batch is the one build-package makes of the whole population (those not
    // covered take no seat and do not move the others in its order).
    std::vector<Citizen> people;
    std::vector<Date> starts;
    people.reserve(d.sequence.size());
    starts.reserve(d.sequence.size());
    for (uint32_t id : d.sequence) {
      people.push_back(in.citizens[id - 1]);
      starts.push_back(in.starts[id - 1]);
    }
    PackageBatchOptions batch;
    batch.on = options.dates[di];
    batch.on_given = true;
    batch.threads = options.threads;
    SeatBook seats(rules);
    std::vector<PackageResult> results = build_packages(rules, people, starts, batch, seats);
    for (const PackageResult& r : results) {
      switch (package_outcome(r)) {
        case PackageOutcome::none:
          ++t.allocated_none;
          break;
        case PackageOutcome::parts_only:
          ++t.allocated_parts_only;
          break;
        case PackageOutcome::short_:
          ++t.allocated_short;
          t.allocated_missing_minutes += r.missing_minutes();
          break;
        case PackageOutcome::full:
          ++t.allocated_full;
          break;
      }
    }
    for (size_t k = 0; k < rules.offers.size(); ++k)
      t.taken[k] = static_cast<uint64_t>(seats.taken[k]);
    t.allocated = true;
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

// --- Laying out -----------------------------------------------------------

namespace {

ReportCell label(std::string text) {
  ReportCell c;
  c.kind = CellKind::label;
  c.text = std::move(text);
  return c;
}
// A count of people (or seats) that `quantity` names; "" = this cell only.
ReportCell count(uint64_t n, std::string quantity = "") {
  ReportCell c;
  c.kind = CellKind::count;
  c.value = static_cast<double>(n);
  c.quantity = std::move(quantity);
  return c;
}
// A figure computed from counts: `from` names their cells (row, column; -1 = same).
ReportCell figure(CellKind kind, double v, std::vector<std::pair<int, int>> from = {}) {
  ReportCell c;
  c.kind = kind;
  c.value = v;
  c.from = std::move(from);
  return c;
}
// A length of time: the decimal hours as before and the whole minutes.
ReportCell duration(double hours, int64_t minutes, std::vector<std::pair<int, int>> from) {
  ReportCell c = figure(CellKind::hours, hours, std::move(from));
  c.minutes = minutes;
  return c;
}
// A sum of whole minutes as a duration cell: the decimal hours to 0.01 h
// beside the exact minutes.
ReportCell minutes_cell(int64_t minutes, std::vector<std::pair<int, int>> from) {
  return duration(std::round(static_cast<double>(minutes) * 100 / 60) / 100, minutes,
                  std::move(from));
}
// Full-time equivalents (37 hours) of a sum of minutes, to 0.01.
double fte_of(int64_t minutes) {
  return std::round(static_cast<double>(minutes) * 100 / (kFullWeek * 60)) / 100;
}
ReportCell text_cell(std::string s) {
  ReportCell c;
  c.kind = CellKind::text;
  c.text = std::move(s);
  return c;
}
ReportCell empty_cell(std::vector<std::pair<int, int>> from = {}) {
  ReportCell c;
  c.from = std::move(from);
  return c;
}
ReportCell share(double part, double whole, std::vector<std::pair<int, int>> from) {
  if (whole <= 0) return empty_cell(std::move(from));
  return figure(CellKind::share, part / whole, std::move(from));
}
std::pair<int, int> same_row(size_t col) {
  return {-1, static_cast<int>(col)};
}

// The layout of a report under way: the options, and the quantities of
// seats it has named (each a set of offers), for the sums between them.
struct Layout {
  const RuleSet& rules;
  const ReportOptions& o;
  const ReportTally& tally;
  std::set<std::string> seat_sets;  // keys of seat quantities over several offers
  std::vector<SumConstraint> sums;  // further sums between quantities of the sections

  size_t nd() const { return o.dates.size(); }
  // The latest version of an offer: it gives the kind, the seats and the cost.
  const Offer& latest(std::string_view id) const {
    const Offer* last = nullptr;
    for (const Offer& off : rules.offers)
      if (off.h.id == id) last = &off;
    return *last;
  }
  static std::string prefix(size_t di) { return di == 0 ? "" : "compare_"; }
  static std::string covered_q(size_t di) { return fmt::format("covered@{}", di); }
  static std::string track_q(std::string_view id, size_t di) {
    return fmt::format("track:{}@{}", id, di);
  }
  // Seats demanded ("seats") or taken in the allocation ("taken") at a set
  // of offers (ids, sorted, without repeats).
  std::string seats_q(std::vector<std::string> ids, size_t di, std::string_view what = "seats") {
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    std::string key = fmt::format("{}:{}@{}", what, fmt::join(ids, ","), di);
    if (ids.size() > 1) seat_sets.insert(key);
    return key;
  }
  uint64_t sum_of(const std::vector<std::string>& ids,
                  const std::vector<uint64_t>& per_offer) const {
    uint64_t n = 0;
    for (size_t k = 0; k < rules.offers.size() && k < per_offer.size(); ++k)
      if (std::find(ids.begin(), ids.end(), rules.offers[k].h.id) != ids.end()) n += per_offer[k];
    return n;
  }
  uint64_t demand(const std::vector<std::string>& ids, size_t di) const {
    return sum_of(ids, tally.dates[di].demand);
  }
  uint64_t taken(const std::vector<std::string>& ids, size_t di) const {
    return sum_of(ids, tally.dates[di].taken);
  }
};

// A row of a count table: a key, a title and a count a date, with the
// quantity each count is (prefix + "@" + date index; "" = its own cell).
struct CountRow {
  std::string key;
  std::string title;
  std::vector<uint64_t> n;
  std::string quantity;  // e.g. "track:jobpakke"
};

// The common shape: a count and a share of a whole a date, the change with
// two dates, and a total row (whose quantity is `total_quantity`).
ReportTable count_table(const Layout& L, std::string id, std::string title, std::string label_title,
                        std::string share_title, const std::vector<CountRow>& rows,
                        const std::vector<uint64_t>& wholes, bool additive, bool total_row,
                        std::string total_quantity = "") {
  ReportTable t;
  t.id = std::move(id);
  t.title = fmt::format("{}: people and {}", title, share_title);
  t.columns.push_back({"key", std::move(label_title), CellKind::label});
  size_t nd = L.nd();
  for (size_t di = 0; di < nd; ++di) {
    t.columns.push_back({L.prefix(di) + "people", "People", CellKind::count});
    t.columns.push_back({L.prefix(di) + "share", "Share", CellKind::share});
    t.chart.push_back(static_cast<int>(1 + 2 * di));
    if (additive) t.additive.push_back(static_cast<int>(1 + 2 * di));
  }
  if (nd > 1) t.columns.push_back({"change", "Change", CellKind::number});
  auto make_row = [&](const std::string& key, const std::string& title,
                      const std::vector<uint64_t>& n, const std::string& quantity) {
    ReportRow r;
    r.key = key;
    r.cells.push_back(label(title.empty() ? key : title));
    for (size_t di = 0; di < nd; ++di) {
      size_t col = 1 + 2 * di;
      r.cells.push_back(count(n[di], quantity.empty() ? "" : fmt::format("{}@{}", quantity, di)));
      r.cells.push_back(
          share(static_cast<double>(n[di]), static_cast<double>(wholes[di]), {same_row(col)}));
    }
    if (nd > 1) {
      // The change from the --compare date to the --on date.
      r.cells.push_back(figure(CellKind::number,
                               static_cast<double>(n[0]) - static_cast<double>(n[1]),
                               {same_row(1), same_row(3)}));
    }
    return r;
  };
  for (const CountRow& cr : rows) t.rows.push_back(make_row(cr.key, cr.title, cr.n, cr.quantity));
  if (total_row) {
    std::vector<uint64_t> sum(nd, 0);
    for (const CountRow& cr : rows)
      for (size_t di = 0; di < nd; ++di) sum[di] += cr.n[di];
    t.rows.push_back(make_row("total", "Total", sum, total_quantity));
    t.rows.back().total = true;
  }
  return t;
}

// Ids in rule order, versions of one id together, each counted once.
// Rules in force on none of the dates are left out.
template <class Rule>
std::vector<CountRow> rows_by_id(const std::vector<Rule>& rules,
                                 const std::vector<std::vector<uint64_t>>& per_date,
                                 std::string_view quantity, const std::vector<Date>& dates) {
  std::vector<CountRow> rows;
  for (size_t k = 0; k < rules.size(); ++k) {
    bool in_force = std::any_of(dates.begin(), dates.end(),
                                [&](Date d) { return rules[k].h.valid.contains(d); });
    if (!in_force) continue;
    auto it = std::find_if(rows.begin(), rows.end(),
                           [&](const CountRow& r) { return r.key == rules[k].h.id; });
    if (it == rows.end()) {
      rows.push_back({rules[k].h.id, rules[k].h.id, std::vector<uint64_t>(per_date.size(), 0),
                      quantity.empty() ? "" : fmt::format("{}:{}", quantity, rules[k].h.id)});
      it = rows.end() - 1;
    }
    for (size_t di = 0; di < per_date.size(); ++di) it->n[di] += per_date[di][k];
  }
  return rows;
}

std::vector<uint64_t> covered_counts(const ReportTally& t) {
  std::vector<uint64_t> out;
  for (const DateTally& d : t.dates) out.push_back(d.by_status[0]);
  return out;
}

ReportSection eligibility_section(Layout& L) {
  const ReportTally& tally = L.tally;
  ReportSection s;
  s.id = "eligibility";
  s.title = "Eligibility";
  s.intro = fmt::format(
      "Everyone in the population checked with the rule set '{}'. Covered: in a target group "
      "and not exempt. Undetermined: in no target group that could be decided, and one could "
      "not be decided for missing data.",
      L.rules.id);
  size_t nd = L.nd();
  std::vector<uint64_t> checked(nd, tally.people);
  std::vector<CountRow> status_rows;
  const std::pair<Status, const char*> statuses[] = {
      {Status::eligible, "covered (eligible)"},
      {Status::exempt, "exempt"},
      {Status::not_eligible, "not eligible"},
      {Status::undetermined, "undetermined (missing data)"}};
  for (auto [st, title] : statuses) {
    CountRow r{std::string(status_name(st)), title, {}, st == Status::eligible ? "covered" : ""};
    for (const DateTally& d : tally.dates) r.n.push_back(d.by_status[static_cast<int>(st)]);
    status_rows.push_back(r);
  }
  ReportTable st = count_table(L, "status", "Status", "Status", "share of checked", status_rows,
                               checked, true, true, "checked");
  // The people checked are the same on both dates: one quantity.
  for (ReportCell& c : st.rows.back().cells)
    if (c.kind == CellKind::count) c.quantity = "checked";
  s.tables.push_back(std::move(st));
  s.chart_table = 0;

  std::vector<std::vector<uint64_t>> groups, tracks, exemptions;
  for (const DateTally& d : tally.dates) {
    groups.push_back(d.by_group);
    exemptions.push_back(d.by_exemption);
    tracks.push_back(d.by_track);
  }
  ReportTable g =
      count_table(L, "target_groups", "Target groups (covered people)", "Target group",
                  "share of covered", rows_by_id(L.rules.target_groups, groups, "", L.o.dates),
                  covered_counts(tally), false, false);
  g.note = "A person may be in several target groups: the rows need not add up to the covered.";
  s.tables.push_back(std::move(g));

  std::vector<CountRow> track_rows = rows_by_id(L.rules.tracks, tracks, "track", L.o.dates);
  CountRow none{"", "no track", {}, "track:"};
  for (const DateTally& d : tally.dates) none.n.push_back(d.by_track.back());
  if (std::any_of(none.n.begin(), none.n.end(), [](uint64_t n) { return n > 0; }))
    track_rows.push_back(none);
  s.tables.push_back(count_table(L, "tracks", "Tracks (covered people)", "Track",
                                 "share of covered", track_rows, covered_counts(tally), true, true,
                                 "covered"));

  if (!L.rules.exemptions.empty()) {
    ReportTable e =
        count_table(L, "exemptions", "Exemptions (people in a target group, exempt)", "Exemption",
                    "share of checked", rows_by_id(L.rules.exemptions, exemptions, "", L.o.dates),
                    checked, false, false);
    e.note = "A person may meet several exemptions.";
    s.tables.push_back(std::move(e));
  }

  std::map<std::string, std::vector<uint64_t>> missing;
  for (size_t di = 0; di < nd; ++di)
    for (const auto& [f, n] : tally.dates[di].missing) {
      auto& v = missing[f];
      v.resize(nd, 0);
      v[di] = n;
    }
  std::vector<CountRow> missing_rows;
  for (auto& [f, n] : missing) missing_rows.push_back({f, f, n, ""});
  ReportTable m = count_table(L, "missing_fields", "Missing data: fields a decision needed",
                              "Field", "share of checked", missing_rows, checked, false, false);
  m.note = missing_rows.empty()
               ? "No decision lacked a field."
               : "People whose decision needed the field and did not have it, whatever the "
                 "outcome; a person may lack several fields.";
  s.tables.push_back(std::move(m));
  return s;
}

ReportSection who_section(Layout& L) {
  const ReportTally& tally = L.tally;
  ReportSection s;
  s.id = "who";
  s.title = "Who they are (covered people)";
  s.intro =
      "The covered people by category, sex, age band on the date, benefit and municipality "
      "(kommunekode), and by each field asked for with --by.";
  std::vector<std::string> dims(std::begin(kWhoDims), std::end(kWhoDims));
  for (const std::string& b : L.o.by) dims.push_back(b);
  const char* titles[] = {"Category", "Sex", "Age band", "Benefit", "Municipality"};
  for (size_t dim = 0; dim < dims.size(); ++dim) {
    std::map<std::string, std::vector<uint64_t>> rows;
    for (size_t di = 0; di < tally.dates.size(); ++di) {
      if (dim >= tally.dates[di].who.size()) continue;
      for (const auto& [k, n] : tally.dates[di].who[dim]) {
        auto& v = rows[k];
        v.resize(tally.dates.size(), 0);
        v[di] = n;
      }
    }
    std::vector<CountRow> list;
    for (auto& [k, n] : rows) {
      std::string title = k;
      if (dim == 4) {
        std::string_view name = municipality_name(k);
        if (!name.empty()) title = fmt::format("{} {}", k, name);
      }
      list.push_back({k, title, n, ""});
    }
    // Numbers in numeric order; "(missing)" last.
    auto as_number = [](const std::string& k) -> std::optional<double> {
      char* end = nullptr;
      double v = std::strtod(k.c_str(), &end);
      if (k.empty() || end != k.c_str() + k.size()) return std::nullopt;
      return v;
    };
    bool all_numbers = std::all_of(list.begin(), list.end(), [&](const CountRow& r) {
      return r.key == kMissing || as_number(r.key).has_value();
    });
    std::stable_sort(list.begin(), list.end(), [&](const CountRow& a, const CountRow& b) {
      bool am = a.key == kMissing, bm = b.key == kMissing;
      if (am != bm) return bm;
      if (all_numbers && !am) return *as_number(a.key) < *as_number(b.key);
      return false;
    });
    if (dim == 2) {  // age bands in age order, not text order
      auto rank = [](const std::string& k) {
        if (k == "under 18") return 0;
        if (k == "68 and over") return 9;
        if (k == "unknown") return 10;
        return 1 + (k[0] - '0');
      };
      std::stable_sort(list.begin(), list.end(), [&](const CountRow& a, const CountRow& b) {
        return rank(a.key) < rank(b.key);
      });
    }
    bool fixed = dim < kFixedDims;
    s.tables.push_back(count_table(L, fixed ? dims[dim] : "by_" + dims[dim],
                                   fixed ? titles[dim] : fmt::format("By {}", dims[dim]),
                                   fixed ? titles[dim] : dims[dim], "share of covered", list,
                                   covered_counts(tally), true, true, "covered"));
  }
  s.chart_table = 0;
  return s;
}

ReportSection hours_section(Layout& L) {
  const ReportTally& tally = L.tally;
  ReportSection s;
  s.id = "hours";
  s.title = "Required hours";
  s.intro =
      "Hours a week the covered people must take part, in total and as full-time equivalents "
      "(37 hours a week). Reduced: fewer than 37 hours (work capacity, or hours a track sets). "
      "People whose hours the source does not state (or whose hours depend on missing data) "
      "are counted apart and left out of the hours, the full-time equivalents, the average "
      "and the reduced.";
  size_t nd = L.nd();
  ReportTable t;
  t.id = "required";
  t.title = "Required hours a week";
  t.columns.push_back({"key", "Figure", CellKind::label});
  for (size_t di = 0; di < nd; ++di)
    t.columns.push_back({L.prefix(di) + "value", "Value", CellKind::number});
  // The hours are those of the people with hours stated (row 1): hidden with
  // that count (37 x stated, or the average, would give it away).
  const std::pair<int, int> stated_cell{1, -1};
  auto row = [&](std::string key, std::string title, auto value_of) {
    ReportRow r;
    r.key = std::move(key);
    r.cells.push_back(label(std::move(title)));
    for (size_t di = 0; di < nd; ++di) r.cells.push_back(value_of(tally.dates[di], di));
    t.rows.push_back(std::move(r));
  };
  auto q = [](std::string_view name, size_t di) { return fmt::format("{}@{}", name, di); };
  row("covered", "Covered people",
      [&](const DateTally& d, size_t di) { return count(d.by_status[0], L.covered_q(di)); });
  row("hours_stated", "Hours stated",
      [&](const DateTally& d, size_t di) { return count(d.hours_stated, q("hours_stated", di)); });
  row("hours_not_stated", "Hours not stated by the source", [&](const DateTally& d, size_t di) {
    return count(d.hours_not_stated, q("hours_not_stated", di));
  });
  row("hours_unknown", "Hours unknown (data missing)", [&](const DateTally& d, size_t di) {
    return count(d.hours_unknown, q("hours_unknown", di));
  });
  // The covered are those with hours stated, not stated, or unknown: a small
  // count among them is protected by a second hidden one.
  for (size_t di = 0; di < nd; ++di) {
    L.sums.push_back({{q("hours_stated", di), q("hours_not_stated", di), q("hours_unknown", di)},
                      L.covered_q(di)});
  }
  // Covered people and none with hours stated: no sum, not 0 hours.
  auto no_sum = [](const DateTally& d) { return d.hours_stated == 0 && d.by_status[0] > 0; };
  row("required_hours", "Required hours a week", [&](const DateTally& d, size_t) {
    if (no_sum(d)) return empty_cell({stated_cell});
    return minutes_cell(d.required_minutes, {stated_cell});
  });
  row("fte", "Full-time equivalents (37 h)", [&](const DateTally& d, size_t) {
    if (no_sum(d)) return empty_cell({stated_cell});
    return figure(CellKind::number, fte_of(d.required_minutes), {stated_cell});
  });
  row("average_hours", "Average hours a person", [&](const DateTally& d, size_t) {
    if (d.hours_stated == 0) return empty_cell({stated_cell});
    double average = static_cast<double>(d.required_minutes) / static_cast<double>(d.hours_stated);
    return duration(std::round(average * 100 / 60) / 100, std::llround(average), {stated_cell});
  });
  row("reduced", "People with fewer than 37 hours",
      [](const DateTally& d, size_t) { return count(d.reduced); });
  s.tables.push_back(std::move(t));

  ReportTable bt;
  bt.id = "by_track";
  bt.title = "Required hours by track";
  bt.note =
      "Hours and FTE of the people whose hours are stated; empty for a track none of whose "
      "people has hours stated (the source states none).";
  bt.columns.push_back({"key", "Track", CellKind::label});
  for (size_t di = 0; di < nd; ++di) {
    int base = static_cast<int>(1 + 3 * di);
    bt.columns.push_back({L.prefix(di) + "people", "People", CellKind::count});
    bt.columns.push_back({L.prefix(di) + "hours", "Hours a week", CellKind::hours});
    bt.columns.push_back({L.prefix(di) + "fte", "FTE", CellKind::number});
    bt.additive.push_back(base);
    bt.chart.push_back(base + 1);
  }
  std::vector<std::string> ids;
  for (const Track& tr : L.rules.tracks) {
    bool in_force = std::any_of(L.o.dates.begin(), L.o.dates.end(),
                                [&](Date d) { return tr.h.valid.contains(d); });
    if (in_force && std::find(ids.begin(), ids.end(), tr.h.id) == ids.end()) ids.push_back(tr.h.id);
  }
  ids.push_back("");
  auto track_row = [&](const std::string& key, std::string title, bool total) {
    ReportRow r;
    r.key = key;
    r.total = total;
    r.cells.push_back(label(std::move(title)));
    bool any = false;
    for (size_t di = 0; di < nd; ++di) {
      const DateTally& d = tally.dates[di];
      uint64_t people = 0, stated = 0;
      int64_t minutes = 0;
      for (size_t k = 0; k < L.rules.tracks.size() + 1; ++k) {
        bool match =
            total || (k < L.rules.tracks.size() ? L.rules.tracks[k].h.id == key : key.empty());
        if (match) {
          people += d.by_track[k];
          stated += d.track_stated[k];
          minutes += d.track_minutes[k];
        }
      }
      any = any || people > 0;
      size_t base = 1 + 3 * di;
      r.cells.push_back(count(people, total ? L.covered_q(di) : L.track_q(key, di)));
      if (people > 0 && stated == 0) {  // no hours stated: not 0 hours
        r.cells.push_back(empty_cell({same_row(base)}));
        r.cells.push_back(empty_cell({same_row(base)}));
        continue;
      }
      r.cells.push_back(minutes_cell(minutes, {same_row(base)}));
      r.cells.push_back(figure(CellKind::number, fte_of(minutes), {same_row(base)}));
      // Some of the row's people without hours stated: its hours would give
      // away how many (at 37 hours each), so they share the count's fate.
      if (stated < people) {
        for (size_t k = r.cells.size() - 2; k < r.cells.size(); ++k)
          r.cells[k].from_quantities.push_back(fmt::format("hours_stated@{}", di));
      }
    }
    return std::make_pair(std::move(r), any);
  };
  for (const std::string& id : ids) {
    auto [r, any] = track_row(id, id.empty() ? "no track" : id, false);
    if (!id.empty() || any) bt.rows.push_back(std::move(r));
  }
  bt.rows.push_back(track_row("total", "Total", true).first);
  s.tables.push_back(std::move(bt));
  s.chart_table = 1;
  return s;
}

ReportSection capacity_section(Layout& L) {
  const ReportTally& tally = L.tally;
  const RuleSet& rules = L.rules;
  ReportSection s;
  s.id = "capacity";
  s.title = "Capacity: seats demanded against seats offered";
  s.intro =
      "Demanded: the covered people whose package (the one build-package makes for the "
      "person alone, with every offer's seats free) uses the offer; a person holds one seat of "
      "an offer whatever the number of its slots. Served: the seats offered shared out as "
      "build-package shares them in a batch (earliest start first, then the fewest offers "
      "open, then input order; then pairs swapped): the packages the offers can serve, and the "
      "seats taken. Diff.: seats offered minus seats demanded (negative: too few seats).";
  size_t nd = L.nd();
  auto served = [&](size_t di) { return tally.dates[di].allocated; };
  const char* kNotComputed = "not computed";
  ReportTable pk;
  pk.id = "packages";
  pk.title = "Packages of the covered people";
  pk.columns.push_back({"key", "Package", CellKind::label});
  for (size_t di = 0; di < nd; ++di) {
    pk.columns.push_back({L.prefix(di) + "value", "Seats free", CellKind::number});
    pk.columns.push_back({L.prefix(di) + "allocated", "Seats offered", CellKind::number});
    pk.additive.push_back(static_cast<int>(1 + 2 * di));
    pk.additive.push_back(static_cast<int>(2 + 2 * di));
    pk.chart.push_back(static_cast<int>(1 + 2 * di));
  }
  auto prow = [&](std::string key, std::string title, auto pick, auto pick_served,
                  bool total = false) {
    ReportRow r;
    r.key = std::move(key);
    r.cells.push_back(label(std::move(title)));
    for (size_t di = 0; di < nd; ++di) {
      const DateTally& d = tally.dates[di];
      r.cells.push_back(count(pick(d), total ? L.covered_q(di) : ""));
      r.cells.push_back(served(di) ? count(pick_served(d), total ? L.covered_q(di) : "")
                                   : text_cell(kNotComputed));
    }
    r.total = total;
    pk.rows.push_back(std::move(r));
  };
  prow(
      "full", "Reaching the required hours", [](const DateTally& d) { return d.full; },
      [](const DateTally& d) { return d.allocated_full; });
  prow(
      "short", "Short of the required hours", [](const DateTally& d) { return d.short_; },
      [](const DateTally& d) { return d.allocated_short; });
  prow(
      "parts_only", "Hours not stated: parts only", [](const DateTally& d) { return d.parts_only; },
      [](const DateTally& d) { return d.allocated_parts_only; });
  prow(
      "none", "No package (no track or recipe)", [](const DateTally& d) { return d.no_package; },
      [](const DateTally& d) { return d.allocated_none; });
  auto covered = [](const DateTally& d) { return d.by_status[0]; };
  prow("total", "Total covered", covered, covered, true);
  ReportRow mh;
  mh.key = "missing_hours";
  mh.cells.push_back(label("Hours missing a week, summed"));
  for (size_t di = 0; di < nd; ++di) {
    const DateTally& d = tally.dates[di];
    mh.cells.push_back(minutes_cell(d.missing_minutes, {{1, -1}}));
    mh.cells.push_back(served(di) ? duration(minutes_to_hours(d.allocated_missing_minutes),
                                             d.allocated_missing_minutes, {{1, -1}})
                                  : text_cell(kNotComputed));
  }
  pk.rows.push_back(std::move(mh));
  // Where the seats could not be shared out, the table says why, in a row.
  bool all_served = true;
  for (size_t di = 0; di < nd; ++di) all_served = all_served && served(di);
  if (!all_served) {
    ReportRow why;
    why.key = "allocation";
    why.cells.push_back(label("Seats offered: not computed"));
    for (size_t di = 0; di < nd; ++di) {
      why.cells.push_back(empty_cell());
      why.cells.push_back(served(di) ? text_cell("computed")
                                     : text_cell(tally.dates[di].allocation_problem));
    }
    pk.rows.push_back(std::move(why));
  }
  pk.note =
      "Seats free: every offer's seats free (what the people would take). Seats offered: the "
      "seats shared out in build-package's batch order (the figures build-package gives).";
  s.tables.push_back(std::move(pk));

  // By offer: one row an id (versions of an offer together).
  ReportTable of;
  of.id = "offers";
  of.title = "Seats by offer";
  of.columns.push_back({"key", "Offer", CellKind::label});
  of.columns.push_back({"kind", "Kind", CellKind::text});
  of.columns.push_back({"seats", "Seats", CellKind::number});
  for (size_t di = 0; di < nd; ++di) {
    of.columns.push_back({L.prefix(di) + "demanded", "Demanded", CellKind::count});
    of.columns.push_back({L.prefix(di) + "difference", "Diff.", CellKind::number});
    of.columns.push_back({L.prefix(di) + "taken", "Taken", CellKind::count});
    of.chart.push_back(static_cast<int>(3 + 3 * di));
  }
  std::vector<std::string> ids;
  for (const Offer& off : rules.offers)
    if (std::find(ids.begin(), ids.end(), off.h.id) == ids.end()) ids.push_back(off.h.id);
  for (const std::string& id : ids) {
    const Offer* last = &L.latest(id);
    ReportRow r;
    r.key = id;
    r.cells.push_back(label(id));
    r.cells.push_back(text_cell(last->kind));
    r.cells.push_back(last->seats ? figure(CellKind::number, *last->seats) : text_cell("no limit"));
    for (size_t di = 0; di < nd; ++di) {
      uint64_t n = L.demand({id}, di);
      r.cells.push_back(count(n, L.seats_q({id}, di)));
      r.cells.push_back(last->seats
                            ? figure(CellKind::number,
                                     static_cast<double>(*last->seats) - static_cast<double>(n),
                                     {same_row(3 + 3 * di)})
                            : empty_cell());
      r.cells.push_back(served(di) ? count(L.taken({id}, di), L.seats_q({id}, di, "taken"))
                                   : text_cell(kNotComputed));
    }
    of.rows.push_back(std::move(r));
  }
  s.tables.push_back(std::move(of));

  ReportTable kt;
  kt.id = "kinds";
  kt.title = "Seats by kind of offer";
  kt.columns.push_back({"key", "Kind", CellKind::label});
  kt.columns.push_back({"seats", "Seats", CellKind::number});
  for (size_t di = 0; di < nd; ++di) {
    kt.columns.push_back({L.prefix(di) + "demanded", "Demanded", CellKind::count});
    kt.columns.push_back({L.prefix(di) + "taken", "Taken", CellKind::count});
    kt.chart.push_back(static_cast<int>(2 + 2 * di));
  }
  std::vector<std::string> kinds;
  for (const Offer& off : rules.offers)
    if (std::find(kinds.begin(), kinds.end(), off.kind) == kinds.end()) kinds.push_back(off.kind);
  for (const std::string& kind : kinds) {
    std::vector<std::string> of_kind;
    bool limited = true;
    int64_t seats = 0;
    for (const std::string& id : ids) {
      const Offer* last = &L.latest(id);
      if (last->kind != kind) continue;
      of_kind.push_back(id);
      if (!last->seats) limited = false;
      seats += last->seats.value_or(0);
    }
    ReportRow r;
    r.key = kind;
    r.cells.push_back(label(kind));
    r.cells.push_back(limited ? figure(CellKind::number, static_cast<double>(seats))
                              : text_cell("no limit"));
    for (size_t di = 0; di < nd; ++di) {
      r.cells.push_back(count(L.demand(of_kind, di), L.seats_q(of_kind, di)));
      r.cells.push_back(served(di) ? count(L.taken(of_kind, di), L.seats_q(of_kind, di, "taken"))
                                   : text_cell(kNotComputed));
    }
    kt.rows.push_back(std::move(r));
  }
  kt.note = "Seats of the kind's offers: a person holding two offers of a kind holds two seats.";
  s.tables.push_back(std::move(kt));
  s.chart_table = 2;
  return s;
}

ReportSection cost_section(Layout& L) {
  const RuleSet& rules = L.rules;
  ReportSection s;
  s.id = "cost";
  s.title = "Cost against the budget";
  s.intro = fmt::format(
      "The seats demanded at the offers' cost a seat a week, and a year of {:g} weeks; set "
      "against each budget line of the rule set, its amount spread over its period "
      "(365.25 days a year).",
      kWeeksPerYear);
  size_t nd = L.nd();
  ReportTable kt;
  kt.id = "by_kind";
  kt.title = "Cost of the seats demanded, by kind of offer";
  kt.columns.push_back({"key", "Kind", CellKind::label});
  for (size_t di = 0; di < nd; ++di) {
    kt.columns.push_back({L.prefix(di) + "seats", "Seats", CellKind::count});
    kt.columns.push_back({L.prefix(di) + "week", "Kr. a week", CellKind::kroner});
    kt.columns.push_back({L.prefix(di) + "year", "Kr. a year", CellKind::kroner});
    kt.additive.push_back(static_cast<int>(1 + 3 * di));
    kt.chart.push_back(static_cast<int>(3 + 3 * di));
  }
  // Offers with a cost, by kind (ids; the latest version's cost).
  std::vector<std::string> kinds;
  std::map<std::string, std::vector<std::string>> costed;  // kind -> ids
  std::map<std::string, double> cost_of;                   // id -> kr. a seat a week
  for (const Offer& off : rules.offers) cost_of[off.h.id] = off.cost_per_week;
  for (const Offer& off : rules.offers) {
    if (cost_of[off.h.id] <= 0) continue;
    if (std::find(kinds.begin(), kinds.end(), off.kind) == kinds.end()) kinds.push_back(off.kind);
    auto& v = costed[off.kind];
    if (std::find(v.begin(), v.end(), off.h.id) == v.end()) v.push_back(off.h.id);
  }
  auto week_cost = [&](const std::vector<std::string>& ids, size_t di) {
    double kr = 0;
    for (const std::string& id : ids) kr += cost_of[id] * static_cast<double>(L.demand({id}, di));
    return kr;
  };
  std::vector<std::string> all;
  auto cost_row = [&](const std::string& key, const std::vector<std::string>& ids, bool total) {
    ReportRow r;
    r.key = key;
    r.total = total;
    r.cells.push_back(label(total ? "Total" : key));
    for (size_t di = 0; di < nd; ++di) {
      size_t base = 1 + 3 * di;
      double week = week_cost(ids, di);
      r.cells.push_back(count(L.demand(ids, di), L.seats_q(ids, di)));
      r.cells.push_back(figure(CellKind::kroner, std::round(week), {same_row(base)}));
      r.cells.push_back(
          figure(CellKind::kroner, std::round(week * kWeeksPerYear), {same_row(base)}));
    }
    kt.rows.push_back(std::move(r));
  };
  for (const std::string& kind : kinds) {
    cost_row(kind, costed[kind], false);
    all.insert(all.end(), costed[kind].begin(), costed[kind].end());
  }
  cost_row("total", all, true);
  kt.note = kinds.empty() ? "No offer of the rule set declares a cost a seat a week."
                          : "Offers without a cost a seat a week are left out.";
  s.tables.push_back(std::move(kt));

  ReportTable bt;
  bt.id = "budget";
  bt.title = "Budget lines";
  bt.columns.push_back({"key", "Budget line", CellKind::label});
  bt.columns.push_back({"period", "Period", CellKind::text});
  bt.columns.push_back({"amount", "Amount, kr.", CellKind::kroner});
  bt.columns.push_back({"per_year", "Kr. a year", CellKind::kroner});
  bt.columns.push_back({"offered_year", "All seats, kr. a year", CellKind::kroner});
  for (size_t di = 0; di < nd; ++di) {
    bt.columns.push_back({L.prefix(di) + "in_force", "In force", CellKind::text});
    bt.columns.push_back({L.prefix(di) + "seats", "Seats", CellKind::count});
    bt.columns.push_back(
        {L.prefix(di) + "demanded_year", "Demanded, kr. a year", CellKind::kroner});
    bt.columns.push_back({L.prefix(di) + "share", "Share of budget", CellKind::share});
  }
  for (const BudgetLine& b : rules.budget) {
    ReportRow r;
    r.key = b.h.id;
    r.cells.push_back(label(b.h.title.empty() ? b.h.id : b.h.title));
    r.cells.push_back(text_cell(fmt::format("{} to {}", b.h.valid.from ? b.h.valid.from->iso() : "",
                                            b.h.valid.to ? b.h.valid.to->iso() : "")));
    r.cells.push_back(figure(CellKind::kroner, b.amount));
    r.cells.push_back(figure(CellKind::kroner, std::round(b.per_year())));
    std::vector<std::string> ids, costed_ids;  // the line's offers; those with a cost
    bool unlimited = false;
    double offered = 0;
    for (const auto& [id, kr] : cost_of) {
      const Offer* last = &L.latest(id);
      if (!b.covers(*last)) continue;
      ids.push_back(id);
      if (kr <= 0) continue;
      costed_ids.push_back(id);
      if (!last->seats) unlimited = true;
      offered += kr * last->seats.value_or(0) * kWeeksPerYear;
    }
    if (costed_ids.empty()) {
      r.cells.push_back(text_cell(ids.empty() ? "no offers" : "no cost declared"));
    } else if (unlimited) {
      r.cells.push_back(text_cell("no seat limit"));
    } else {
      r.cells.push_back(figure(CellKind::kroner, std::round(offered)));
    }
    for (size_t di = 0; di < nd; ++di) {
      size_t base = 6 + 4 * di;
      r.cells.push_back(text_cell(b.h.valid.contains(L.o.dates[di]) ? "yes" : "no"));
      if (ids.empty()) {
        r.cells.push_back(empty_cell());
        r.cells.push_back(text_cell("no offers"));
        r.cells.push_back(empty_cell());
        continue;
      }
      r.cells.push_back(count(L.demand(ids, di), L.seats_q(ids, di)));
      if (costed_ids.empty()) {
        r.cells.push_back(text_cell("no cost declared"));
        r.cells.push_back(empty_cell());
        continue;
      }
      double year = week_cost(costed_ids, di) * kWeeksPerYear;
      r.cells.push_back(figure(CellKind::kroner, std::round(year), {same_row(base)}));
      r.cells.push_back(share(year, b.per_year(), {same_row(base)}));
    }
    bt.rows.push_back(std::move(r));
  }
  bt.note = rules.budget.empty()
                ? fmt::format("The rule set '{}' declares no budget lines ([[budget]]).", rules.id)
                : "All seats: every seat of the line's offers filled for a year. Share of "
                  "budget: the seats demanded a year against the line's amount a year.";
  s.tables.push_back(std::move(bt));
  s.chart_table = 0;
  return s;
}

ReportSection attendance_section(const ReportTally& tally, uint64_t unmatched) {
  ReportSection s;
  s.id = "attendance";
  s.title = "Attendance";
  s.intro = fmt::format(
      "Weeks of the attendance log (each person's weeks from their first to their last row) in "
      "which hours were required, and the people with such weeks; met: attended at least the "
      "required hours. Tracks are those "
      "of the decision on each person's course start. Attended: hours attended as a share of "
      "the hours required.{}",
      unmatched ? fmt::format(" {} ids of the log are in no record of the population.", unmatched)
                : "");
  ReportTable t;
  t.id = "by_track";
  t.title = "Weeks meeting the requirement, by track";
  t.columns = {{"key", "Track", CellKind::label},
               {"people", "People", CellKind::count},
               {"weeks", "Weeks", CellKind::number},
               {"weeks_met", "Weeks met", CellKind::number},
               {"share_met", "Share met", CellKind::share},
               {"attendance_rate", "Attended", CellKind::share}};
  t.additive = {1};
  t.chart = {4};
  auto make = [&](const std::string& key, const std::string& title,
                  const AttendanceTally::Track& a) {
    ReportRow r;
    r.key = key;
    r.cells.push_back(label(title));
    r.cells.push_back(count(a.people));
    r.cells.push_back(figure(CellKind::number, static_cast<double>(a.weeks), {same_row(1)}));
    r.cells.push_back(figure(CellKind::number, static_cast<double>(a.weeks_met), {same_row(1)}));
    r.cells.push_back(
        share(static_cast<double>(a.weeks_met), static_cast<double>(a.weeks), {same_row(1)}));
    r.cells.push_back(share(static_cast<double>(a.attended_minutes),
                            static_cast<double>(a.required_minutes), {same_row(1)}));
    return r;
  };
  AttendanceTally::Track total;
  for (const auto& [track, a] : tally.attendance.by_track) {
    t.rows.push_back(make(track, track.empty() ? "no track" : track, a));
    total.people += a.people;
    total.weeks += a.weeks;
    total.weeks_met += a.weeks_met;
    total.required_minutes += a.required_minutes;
    total.attended_minutes += a.attended_minutes;
  }
  t.rows.push_back(make("total", "Total", total));
  t.rows.back().total = true;
  s.tables.push_back(std::move(t));
  s.chart_table = 0;
  return s;
}

}  // namespace

Report make_report(const RuleSet& rules, const ReportOptions& options, const ReportTally& tally,
                   uint64_t errors, bool attendance_given, uint64_t log_ids_unmatched) {
  Layout L{rules, options, tally, {}, {}};
  Report r;
  r.rules_id = rules.id;
  r.rules_title = rules.title;
  r.dates = options.dates;
  r.people = tally.people;
  r.errors = errors;
  r.sections.push_back(eligibility_section(L));
  r.sections.push_back(who_section(L));
  r.sections.push_back(hours_section(L));
  if (options.packages && !rules.offers.empty()) {
    r.sections.push_back(capacity_section(L));
    r.sections.push_back(cost_section(L));
  } else if (rules.offers.empty()) {
    r.notes.push_back(fmt::format(
        "The rule set '{}' declares no offers: no capacity and cost sections.", rules.id));
  }
  if (attendance_given) r.sections.push_back(attendance_section(tally, log_ids_unmatched));
  // With two dates, each date's columns are grouped under the date.
  if (options.dates.size() > 1) {
    for (ReportSection& s : r.sections)
      for (ReportTable& t : s.tables)
        for (ReportColumn& c : t.columns) {
          bool has_compare =
              std::any_of(t.columns.begin(), t.columns.end(),
                          [&](const ReportColumn& o) { return o.id == "compare_" + c.id; });
          if (has_compare) c.group = options.dates[0].iso();
          if (c.id.starts_with("compare_")) c.group = options.dates[1].iso();
        }
  }
  for (SumConstraint& c : L.sums) r.sums.push_back(std::move(c));
  // Seats at a set of offers add up from the seats at each.
  for (const std::string& key : L.seat_sets) {
    size_t colon = key.find(':'), at = key.rfind('@');
    std::string what = key.substr(0, colon);
    std::string ids = key.substr(colon + 1, at - colon - 1);
    std::string date = key.substr(at);
    SumConstraint c;
    c.total = key;
    size_t from = 0;
    while (from <= ids.size()) {
      size_t comma = ids.find(',', from);
      if (comma == std::string::npos) comma = ids.size();
      c.parts.push_back(fmt::format("{}:{}{}", what, ids.substr(from, comma - from), date));
      from = comma + 1;
    }
    r.sums.push_back(std::move(c));
  }
  if (errors > 0) {
    r.notes.push_back(fmt::format(
        "{} records could not be read (the messages are on standard error) and are not counted.",
        errors));
  }
  return r;
}

// --- Suppression ----------------------------------------------------------

void suppress(Report& r, int threshold) {
  r.suppression = true;
  r.threshold = threshold;
  // Every count cell names a quantity; unnamed ones get their own.
  struct Q {
    double value = 0;
    Hidden hidden = Hidden::no;
  };
  std::map<std::string, Q> q;
  for (ReportSection& s : r.sections)
    for (ReportTable& t : s.tables)
      for (size_t ri = 0; ri < t.rows.size(); ++ri)
        for (size_t ci = 0; ci < t.rows[ri].cells.size(); ++ci) {
          ReportCell& c = t.rows[ri].cells[ci];
          if (c.kind != CellKind::count) continue;
          if (c.quantity.empty())
            c.quantity = fmt::format("{}/{}/{}/{}", s.id, t.id, t.rows[ri].key, t.columns[ci].id);
          q[c.quantity].value = c.value;
        }
  std::vector<SumConstraint> sums = r.sums;
  for (const ReportSection& s : r.sections)
    for (const ReportTable& t : s.tables)
      for (int col : t.additive) {
        SumConstraint c;
        for (const ReportRow& row : t.rows) {
          if (row.cells[col].kind != CellKind::count) continue;
          if (row.total) {
            c.total = row.cells[col].quantity;
          } else {
            c.parts.push_back(row.cells[col].quantity);
          }
        }
        if (!c.total.empty()) sums.push_back(std::move(c));
      }
  // Primary: counts from 1 to threshold - 1.
  for (auto& [key, v] : q)
    if (v.value >= 1 && v.value < threshold) v.hidden = Hidden::small;
  // Secondary: no sum may have a single hidden member.
  for (bool changed = true; changed;) {
    changed = false;
    for (const SumConstraint& c : sums) {
      int hidden = q[c.total].hidden != Hidden::no ? 1 : 0;
      for (const std::string& p : c.parts) hidden += q[p].hidden != Hidden::no ? 1 : 0;
      if (hidden != 1) continue;
      const std::string* pick = nullptr;
      for (const std::string& p : c.parts) {
        const Q& v = q[p];
        if (v.hidden != Hidden::no || v.value <= 0) continue;
        if (!pick || v.value < q[*pick].value) pick = &p;
      }
      if (!pick && q[c.total].hidden == Hidden::no) pick = &c.total;
      if (!pick) continue;  // the hidden one is the total, and every part is 0
      q[*pick].hidden = Hidden::complement;
      changed = true;
    }
  }
  // Cells: counts from their quantity, figures from the counts they come from.
  for (ReportSection& s : r.sections)
    for (ReportTable& t : s.tables) {
      for (ReportRow& row : t.rows)
        for (ReportCell& c : row.cells)
          if (c.kind == CellKind::count) c.hidden = q[c.quantity].hidden;
      for (size_t ri = 0; ri < t.rows.size(); ++ri)
        for (size_t ci = 0; ci < t.rows[ri].cells.size(); ++ci) {
          ReportCell& c = t.rows[ri].cells[ci];
          for (const std::string& name : c.from_quantities) {
            auto it = q.find(name);
            if (it != q.end() && it->second.hidden != Hidden::no) c.hidden = Hidden::complement;
          }
          for (auto [row, col] : c.from) {
            size_t rr = row < 0 ? ri : static_cast<size_t>(row);
            size_t cc = col < 0 ? ci : static_cast<size_t>(col);
            if (rr < t.rows.size() && cc < t.rows[rr].cells.size() &&
                t.rows[rr].cells[cc].hidden != Hidden::no) {
              c.hidden = Hidden::complement;
            }
          }
        }
    }
}

}  // namespace nytte
