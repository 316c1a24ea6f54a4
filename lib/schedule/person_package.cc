// The package of one person (person_package.h).
#include "schedule/person_package.h"

#include <algorithm>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "base/duration.h"
#include "schedule/problem.h"

namespace nytte::schedule {
namespace {

// The ids of some offers (indices into rules.offers), the first four.
std::string id_list(const RuleSet& rules, const std::vector<uint32_t>& offers) {
  std::vector<std::string_view> ids;
  for (size_t k = 0; k < offers.size() && k < 4; ++k) ids.push_back(rules.offers[offers[k]].h.id);
  if (offers.size() <= 4) return fmt::format("{}", fmt::join(ids, ", "));
  return fmt::format("{}, ... ({} more)", fmt::join(ids, ", "), offers.size() - 4);
}

void explain_shortfall(const RuleSet& rules, const Recipe& recipe, const PersonProblem& m,
                       WeeklyPackage& w) {
  const Exclusions& x = m.out;
  std::vector<std::string>& why = w.shortfall_reasons;
  for (const PartResult& pr : w.parts) {
    if (pr.planned_minutes < pr.required_minutes) {
      why.push_back(fmt::format(
          "mandatory part '{}' ({}) has {} of {}",
          pr.title.empty() ? fmt::format("{}", fmt::join(pr.kinds, ", ")) : std::string(pr.title),
          fmt::join(pr.kinds, ", "), format_minutes(pr.planned_minutes),
          format_minutes(pr.required_minutes)));
    }
  }
  if (!x.no_seats.empty())
    why.push_back(fmt::format("no seats left: {}", id_list(rules, x.no_seats)));
  if (!x.clash.empty())
    why.push_back(fmt::format("time conflicts with the person's unavailable times: {}",
                              id_list(rules, x.clash)));
  if (!x.not_open.empty()) {
    std::string s =
        fmt::format("not open to this person (track or condition): {}", id_list(rules, x.not_open));
    if (!x.missing.empty()) s += fmt::format(" (missing fields: {})", fmt::join(x.missing, ", "));
    why.push_back(s);
  }
  if (m.problem.candidates.empty() && x.no_seats.empty() && x.clash.empty() && x.not_open.empty()) {
    std::vector<std::string> kinds;
    for (const auto& tier : recipe.prefer)
      for (const std::string& k : tier) kinds.push_back(k);
    why.push_back(
        fmt::format("rule set '{}' has no offer in force of the kinds the recipe takes ({})",
                    rules.id, fmt::join(kinds, ", ")));
  } else if (!m.problem.candidates.empty()) {
    why.push_back(
        fmt::format("the slots open to the person that fit together (no overlaps{}, at most {} a "
                    "day) add up to {}",
                    rules.transport.minutes > 0 || !rules.transport.routes.empty()
                        ? ", travel time between places"
                        : "",
                    format_minutes(m.problem.daily_limit),
                    format_minutes(w.planned_minutes - w.ordinary_minutes)));
  }
}

// `total`: the hours to make the week up to (the requirement, or the
// planner's total); nullopt: the stated parts only, capped by `cap`.
WeeklyPackage make_package(const RuleSet& rules, const Recipe& recipe, const Citizen& c, Date on,
                           Date start, const Track& track, std::optional<double> required,
                           std::optional<double> total, std::optional<double> cap,
                           const SeatBook& seats, const std::vector<bool>& held,
                           SolveCache& cache) {
  WeeklyPackage w;
  w.recipe = &recipe;
  w.phase = recipe.phase.empty() ? nullptr : rules.find_phase(recipe.phase);
  if (required) w.required_minutes = hours_to_minutes(*required);
  if (total) {
    w.target_minutes = hours_to_minutes(*total);
    w.ordinary_minutes =
        std::clamp(hours_to_minutes(c.ordinary_hours.value_or(0)), 0, w.target_minutes);
  } else {
    // No total: the parts the source and the recipe state, nothing else
    // (ordinary paid hours are counted against a total only).
    each_part(recipe, track,
              [&](std::string_view, std::span<const std::string>, double hours, bool) {
                w.target_minutes += hours_to_minutes(hours);
              });
    if (cap) w.target_minutes = std::min(w.target_minutes, hours_to_minutes(*cap));
  }
  int target = std::max(0, w.target_minutes - w.ordinary_minutes);
  PersonProblem all = make_problem(rules, recipe, track, cache.fits(rules, recipe, track), c, on,
                                   start, target, held, !total);
  PersonProblem m = with_seats(rules, all, seats, held);
  search::Solution sol = cache.solve(rules, recipe, m, all, seats, held);
  w.exact = sol.exact;
  std::vector<search::Chosen> chosen = sol.chosen;
  std::sort(chosen.begin(), chosen.end(), [&](const search::Chosen& a, const search::Chosen& b) {
    const search::Span& x = m.problem.candidates[a.candidate].slots[a.slot];
    const search::Span& y = m.problem.candidates[b.candidate].slots[b.slot];
    if (x.day != y.day) return x.day < y.day;
    return x.from < y.from;
  });
  int counted = 0;
  std::vector<int> part_minutes(m.problem.part_targets.size(), 0);
  for (size_t i = 0; i < chosen.size(); ++i) {
    const search::Candidate& cand = m.problem.candidates[chosen[i].candidate];
    const Offer& o = rules.offers[m.offer_of[chosen[i].candidate]];
    const search::Span& s = cand.slots[chosen[i].slot];
    if (i > 0) {
      const search::Candidate& prev = m.problem.candidates[chosen[i - 1].candidate];
      const search::Span& ps = prev.slots[chosen[i - 1].slot];
      int travel = rules.transport.between(prev.location, cand.location);
      if (ps.day == s.day && travel > 0) {
        PackageBlock t;
        t.day = s.day;
        t.from = ps.to;
        t.to = TimeOfDay{ps.to.minutes + travel};
        t.minutes = rules.transport.counts ? travel : 0;
        if (rules.transport.counts) counted += travel;
        t.from_location = std::string(prev.location);
        t.to_location = std::string(cand.location);
        w.blocks.push_back(t);
      }
    }
    PackageBlock b;
    b.day = s.day;
    b.from = s.from;
    b.to = s.to;
    b.offer = &o;
    int minutes = cand.counts ? s.to.minutes - s.from.minutes + cand.preparation : 0;
    b.minutes = minutes;
    counted += minutes;
    for (size_t k = 0; k < part_minutes.size(); ++k) {
      if (cand.part_mask >> k & 1) part_minutes[k] += minutes;
    }
    // Back-to-back slots of the same offer read as one block.
    if (!w.blocks.empty() && w.blocks.back().offer == &o && w.blocks.back().day == b.day &&
        w.blocks.back().to == b.from) {
      w.blocks.back().to = b.to;
      w.blocks.back().minutes += minutes;
    } else {
      w.blocks.push_back(b);
    }
    if (std::find(w.offers.begin(), w.offers.end(), &o) == w.offers.end()) w.offers.push_back(&o);
  }
  std::sort(w.offers.begin(), w.offers.end());  // rule-file order: offers is a vector
  for (const Offer* o : w.offers) w.cost_per_week += o->cost_per_week;
  size_t k = 0;
  each_part(
      recipe, track,
      [&](std::string_view title, std::span<const std::string> kinds, double, bool from_track) {
        PartResult pr;
        pr.title = title;
        pr.kinds.assign(kinds.begin(), kinds.end());
        pr.required_minutes = m.problem.part_targets[k];
        pr.planned_minutes = part_minutes[k];
        pr.stated_by_track = from_track;
        w.parts.push_back(std::move(pr));
        ++k;
      });
  w.planned_minutes = w.ordinary_minutes + counted;
  w.missing_minutes = std::max(0, w.target_minutes - w.planned_minutes);
  bool parts_short = false;
  for (const PartResult& pr : w.parts)
    parts_short = parts_short || pr.planned_minutes < pr.required_minutes;
  if (w.missing_minutes > 0 || parts_short) explain_shortfall(rules, recipe, m, w);
  return w;
}

}  // namespace

PackageResult build_decided(const RuleSet& rules, const Citizen& c, const Decision& d, Date start,
                            const SeatBook& seats, SolveCache& cache,
                            std::optional<double> planner_hours) {
  Date on = d.on;
  PackageResult r;
  r.id = c.id;
  r.start = start;
  r.status = d.status;
  r.track = d.track;
  r.required_weekly_hours = d.required_weekly_hours;
  r.hours_stated = d.hours_stated;
  r.max_weekly_hours = d.max_weekly_hours;
  r.missing_fields = d.missing_fields;
  // The total to make the week up to: the requirement; when the source
  // states none, the planner's (capped); else the stated parts only.
  std::optional<double> total = d.required_weekly_hours;
  if (!total && d.eligible) {
    if (planner_hours) {
      total = d.max_weekly_hours ? std::min(*planner_hours, *d.max_weekly_hours) : *planner_hours;
      r.target = PackageTarget::planner_total;
      r.target_weekly_hours = total;
    } else {
      r.target = PackageTarget::stated_parts;
    }
  }
  if (!d.eligible) {
    r.problem =
        fmt::format("not in the target group on {} ({}){}", on.iso(), status_name(d.status),
                    d.missing_fields.empty()
                        ? ""
                        : fmt::format("; missing fields: {}", fmt::join(d.missing_fields, ", ")));
    return r;
  }
  if (!d.track) {
    r.problem = fmt::format("rule set '{}' assigns no track on {}", rules.id, on.iso());
    return r;
  }
  std::vector<const Recipe*> recipes = recipes_for(rules, *d.track, start);
  if (recipes.empty()) {
    r.problem = fmt::format("rule set '{}' has no recipe in force on {} for track '{}'", rules.id,
                            start.iso(), d.track->h.id);
    return r;
  }
  // A place held in one phase is kept in the next ("the same place continues").
  std::vector<bool> held(rules.offers.size(), false);
  for (const Recipe* recipe : recipes) {
    r.packages.push_back(make_package(rules, *recipe, c, on, start, *d.track,
                                      d.required_weekly_hours, total, d.max_weekly_hours, seats,
                                      held, cache));
    for (const Offer* o : r.packages.back().offers) held[o - rules.offers.data()] = true;
  }
  return r;
}

PackageResult build_one(const RuleSet& rules, const Citizen& c, Date on, Date start,
                        const SeatBook& seats, SolveCache& cache,
                        std::optional<double> planner_hours) {
  Decision d;
  decide(rules, c, on, d);
  return build_decided(rules, c, d, start, seats, cache, planner_hours);
}

}  // namespace nytte::schedule
