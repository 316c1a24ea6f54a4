// Building the search problem of one person (problem.h).
#include "schedule/problem.h"

#include <algorithm>
#include <optional>

#include "base/codes.h"
#include "base/duration.h"
#include "condition/condition.h"

namespace nytte::schedule {
namespace {

bool clashes(const Slot& s, const std::optional<std::vector<UnavailableBlock>>& blocks) {
  if (!blocks) return false;
  for (const UnavailableBlock& b : *blocks) {
    if (b.day == s.day && b.from < s.to && s.from < b.to) return true;
  }
  return false;
}

int tier_of(const Recipe& r, std::string_view kind) {
  for (size_t t = 0; t < r.prefer.size(); ++t) {
    if (std::find(r.prefer[t].begin(), r.prefer[t].end(), kind) != r.prefer[t].end())
      return static_cast<int>(t);
  }
  return -1;
}

Fits offer_fits(const RuleSet& rules, const Recipe& recipe, const Track& track) {
  Fits menu(rules.offers.size());
  for (size_t i = 0; i < rules.offers.size(); ++i) {
    const Offer& o = rules.offers[i];
    OfferFit& f = menu[i];
    if (!o.tracks.empty() &&
        std::find(o.tracks.begin(), o.tracks.end(), track.h.id) == o.tracks.end()) {
      continue;  // another track's offer: not on this person's menu
    }
    f.tier = tier_of(recipe, o.kind);
    if (recipe.one_offer_per_kind) {
      f.group = static_cast<int>(find_code(offer_kind_codes(), o.kind).value_or(0));
    }
    uint32_t k = 0;
    each_part(recipe, track,
              [&](std::string_view, std::span<const std::string> kinds, double, bool) {
                if (std::find(kinds.begin(), kinds.end(), o.kind) != kinds.end())
                  f.part_mask |= 1u << k;
                ++k;
              });
  }
  return menu;
}

}  // namespace

std::vector<const Recipe*> recipes_for(const RuleSet& rules, const Track& track, Date start) {
  std::vector<const Recipe*> phased, whole;
  for (const Recipe& r : rules.recipes) {
    if (!r.h.valid.contains(start)) continue;
    if (!r.tracks.empty() &&
        std::find(r.tracks.begin(), r.tracks.end(), track.h.id) == r.tracks.end())
      continue;
    (r.phase.empty() ? whole : phased).push_back(&r);
  }
  if (phased.empty()) {
    if (whole.size() > 1) whole.erase(whole.begin() + 1, whole.end());
    return whole;
  }
  std::stable_sort(phased.begin(), phased.end(), [&](const Recipe* a, const Recipe* b) {
    return rules.find_phase(a->phase)->from_day < rules.find_phase(b->phase)->from_day;
  });
  return phased;
}

void FitsTable::fill(const RuleSet& rules) {
  for (const Recipe& r : rules.recipes)
    for (const Track& t : rules.tracks) get(rules, r, t);
}

const Fits& FitsTable::get(const RuleSet& rules, const Recipe& recipe, const Track& track) {
  auto at = map_.find({&recipe, &track});
  if (at != map_.end()) return at->second;
  return map_.emplace(std::make_pair(&recipe, &track), offer_fits(rules, recipe, track))
      .first->second;
}

PersonProblem make_problem(const RuleSet& rules, const Recipe& recipe, const Track& track,
                           const Fits& menu, const Citizen& c, Date on, Date start, int target,
                           const std::vector<bool>& held, bool parts_only) {
  PersonProblem m;
  search::Problem& p = m.problem;
  p.target = target;
  p.daily_limit = hours_to_minutes(recipe.daily_limit.value_or(rules.calendar.hours_per_day));
  p.tiers = static_cast<int>(recipe.prefer.size());
  each_part(recipe, track, [&](std::string_view, std::span<const std::string>, double hours, bool) {
    p.part_targets.push_back(std::min(hours_to_minutes(hours), target));
  });
  p.transport = &rules.transport;
  EvalContext ctx{c, on};
  for (uint32_t i = 0; i < rules.offers.size(); ++i) {
    const Offer& o = rules.offers[i];
    const OfferFit& fit = menu[i];
    if (fit.tier < 0 || !o.h.valid.contains(start) || (parts_only && !fit.part_mask)) continue;
    if (o.who && eval_condition(*o.who, ctx, &m.out.missing) != Tri::yes) {
      m.out.not_open.push_back(i);
      continue;
    }
    search::Candidate cand;
    cand.offer = i;
    cand.tier = fit.tier;
    cand.take_all = o.take_all;
    cand.counts = o.counts;
    cand.preparation = hours_to_minutes(o.preparation_hours);
    cand.location = o.location;
    cand.group = fit.group;
    cand.part_mask = fit.part_mask;
    bool clash = false;
    cand.slots.reserve(o.slots.size());
    for (const Slot& s : o.slots) {
      if (clashes(s, c.unavailable)) {
        clash = true;
      } else {
        cand.slots.push_back({s.day, s.from, s.to});
      }
    }
    if (clash) m.out.clash.push_back(i);
    if (cand.slots.empty() || (clash && o.take_all)) continue;
    p.candidates.push_back(std::move(cand));
    m.offer_of.push_back(i);
  }
  // Places held in an earlier phase come first, so that among equally good
  // packages the person keeps the same place ("the same place continues").
  std::vector<size_t> idx(p.candidates.size());
  for (size_t k = 0; k < idx.size(); ++k) idx[k] = k;
  std::stable_partition(idx.begin(), idx.end(), [&](size_t k) { return held[m.offer_of[k]]; });
  std::vector<search::Candidate> cands;
  std::vector<uint32_t> offer_of;
  for (size_t k : idx) {
    cands.push_back(std::move(p.candidates[k]));
    offer_of.push_back(m.offer_of[k]);
  }
  p.candidates = std::move(cands);
  m.offer_of = std::move(offer_of);
  std::sort(m.out.missing.begin(), m.out.missing.end());
  m.out.missing.erase(std::unique(m.out.missing.begin(), m.out.missing.end()), m.out.missing.end());
  return m;
}

PersonProblem with_seats(const RuleSet& rules, const PersonProblem& all, const SeatBook& seats,
                         const std::vector<bool>& held) {
  auto full = [&](uint32_t i) { return !held[i] && seats.left(rules, i) <= 0; };
  PersonProblem m;
  m.problem.target = all.problem.target;
  m.problem.daily_limit = all.problem.daily_limit;
  m.problem.part_targets = all.problem.part_targets;
  m.problem.tiers = all.problem.tiers;
  m.problem.transport = all.problem.transport;
  m.out.not_open = all.out.not_open;
  m.out.missing = all.out.missing;
  for (size_t k = 0; k < all.problem.candidates.size(); ++k) {
    uint32_t i = all.offer_of[k];
    if (full(i)) {
      m.out.no_seats.push_back(i);
    } else {
      m.problem.candidates.push_back(all.problem.candidates[k]);
      m.offer_of.push_back(i);
    }
  }
  for (uint32_t i : all.out.clash) (full(i) ? m.out.no_seats : m.out.clash).push_back(i);
  std::sort(m.out.no_seats.begin(), m.out.no_seats.end());
  m.out.no_seats.erase(std::unique(m.out.no_seats.begin(), m.out.no_seats.end()),
                       m.out.no_seats.end());
  return m;
}

}  // namespace nytte::schedule
