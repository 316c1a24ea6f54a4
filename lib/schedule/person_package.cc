// The package of one person (person_package.h).
#include "schedule/person_package.h"

#include <algorithm>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "base/codes.h"
#include "base/duration.h"
#include "base/local_format.h"
#include "base/plural.h"
#include "nytte/i18n.h"
#include "schedule/problem.h"

namespace nytte::schedule {
namespace {

// A message in English, as JSON and CSV keep it, or (`local`) in the
// reader's language, for text and standard error (nytte/i18n.h).
template <class... Args>
std::string wording(bool local, const char* msgid, Args&&... args) {
  return fmt::format(fmt::runtime(local ? tr(msgid) : msgid), std::forward<Args>(args)...);
}

// The first four of some offers (indices into rules.offers): their ids, or
// (`local` in Danish) their titles.
std::string offer_list(const RuleSet& rules, const std::vector<uint32_t>& offers, bool local) {
  const bool titles = local && language() == Language::da;
  std::vector<std::string_view> names;
  for (size_t k = 0; k < offers.size() && k < 4; ++k) {
    const RuleHeader& h = rules.offers[offers[k]].h;
    names.push_back(titles && !h.title.empty() ? std::string_view(h.title)
                                               : std::string_view(h.id));
  }
  const char* sep = titles ? "; " : ", ";  // titles may hold commas
  if (offers.size() <= 4) return fmt::format("{}", fmt::join(names, sep));
  return wording(local, N_("{}, ... ({} more)"), fmt::join(names, sep), offers.size() - 4);
}

// Offer kinds: their codes, or (`local` in Danish) their Danish names.
std::string kind_list(const std::vector<std::string_view>& kinds, bool local) {
  if (!local || language() != Language::da) return fmt::format("{}", fmt::join(kinds, ", "));
  std::vector<std::string_view> names;
  for (std::string_view k : kinds) names.push_back(code_title(offer_kind_codes(), k));
  return fmt::format("{}", fmt::join(names, ", "));
}

// A duration: h:mm in English, "7,5 timer" in Danish text.
std::string duration(int64_t minutes, bool local) {
  if (!local || language() != Language::da) return format_minutes(minutes);
  return fmt::format("{} {}", local_number(minutes_to_hours(minutes)),
                     plural_noun(minutes == 60 ? 1 : 2, "hour", "hours"));
}

// "not in the target group on DATE (STATUS)MISSING", a message for each
// status so that Danish can say the status in words.
const char* not_in_target_group(Status s) {
  switch (s) {
    case Status::eligible:
      return N_("not in the target group on {} (eligible){}");
    case Status::exempt:
      return N_("not in the target group on {} (exempt){}");
    case Status::undetermined:
      return N_("not in the target group on {} (undetermined){}");
    case Status::not_eligible:
      break;
  }
  return N_("not in the target group on {} (not_eligible){}");
}

// Why the week is short, in English (`local` false) or the reader's language.
std::vector<std::string> shortfall_reasons(const RuleSet& rules, const Recipe& recipe,
                                           const PersonProblem& m, const WeeklyPackage& w,
                                           bool local) {
  const Exclusions& x = m.out;
  std::vector<std::string> why;
  for (const PartResult& pr : w.parts) {
    if (pr.planned_minutes < pr.required_minutes) {
      why.push_back(wording(
          local, N_("mandatory part '{}' ({}) has {} of {}"),
          pr.title.empty() ? fmt::format("{}", fmt::join(pr.kinds, ", ")) : std::string(pr.title),
          kind_list(pr.kinds, local), duration(pr.planned_minutes, local),
          duration(pr.required_minutes, local)));
    }
  }
  if (!x.no_seats.empty())
    why.push_back(wording(local, N_("no seats left: {}"), offer_list(rules, x.no_seats, local)));
  if (!x.clash.empty())
    why.push_back(wording(local, N_("time conflicts with the person's unavailable times: {}"),
                          offer_list(rules, x.clash, local)));
  if (!x.not_open.empty()) {
    std::string s = wording(local, N_("not open to this person (track or condition): {}"),
                            offer_list(rules, x.not_open, local));
    if (!x.missing.empty())
      s += wording(local, N_(" (missing fields: {})"), fmt::join(x.missing, ", "));
    why.push_back(s);
  }
  if (m.problem.candidates.empty() && x.no_seats.empty() && x.clash.empty() && x.not_open.empty()) {
    std::vector<std::string> kinds;
    for (const auto& tier : recipe.prefer)
      for (const std::string& k : tier) kinds.push_back(k);
    why.push_back(
        wording(local, N_("rule set '{}' has no offer in force of the kinds the recipe takes ({})"),
                rules.id, fmt::join(kinds, ", ")));
  } else if (!m.problem.candidates.empty()) {
    bool travel = rules.transport.minutes > 0 || !rules.transport.routes.empty();
    why.push_back(wording(local,
                          travel ? N_("the slots open to the person that fit together (no "
                                      "overlaps, travel time between places, at most {} a day) "
                                      "add up to {}")
                                 : N_("the slots open to the person that fit together (no "
                                      "overlaps, at most {} a day) add up to {}"),
                          duration(m.problem.daily_limit, local),
                          duration(w.planned_minutes - w.ordinary_minutes, local)));
  }
  return why;
}

void explain_shortfall(const RuleSet& rules, const Recipe& recipe, const PersonProblem& m,
                       WeeklyPackage& w) {
  w.shortfall_reasons = shortfall_reasons(rules, recipe, m, w, false);
  w.shortfall_text = language() == Language::da ? shortfall_reasons(rules, recipe, m, w, true)
                                                : w.shortfall_reasons;
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
  // Why no package: in English for JSON and CSV, and for people in theirs.
  auto no_package = [&](bool local) -> std::string {
    if (!d.eligible) {
      std::string missing = d.missing_fields.empty() ? ""
                                                     : wording(local, N_("; missing fields: {}"),
                                                               fmt::join(d.missing_fields, ", "));
      return wording(local, not_in_target_group(d.status), local ? local_date(on) : on.iso(),
                     missing);
    }
    if (!d.track)
      return wording(local, N_("rule set '{}' assigns no track on {}"), rules.id,
                     local ? local_date(on) : on.iso());
    return wording(local, N_("rule set '{}' has no recipe in force on {} for track '{}'"), rules.id,
                   local ? local_date(start) : start.iso(), d.track->h.id);
  };
  std::vector<const Recipe*> recipes;
  if (d.eligible && d.track) recipes = recipes_for(rules, *d.track, start);
  if (recipes.empty()) {
    r.problem = no_package(false);
    r.problem_text = language() == Language::da ? no_package(true) : r.problem;
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
