// The searches of a batch, shared (solve_cache.h).
#include "schedule/solve_cache.h"

#include <algorithm>

namespace nytte::schedule {

search::Solution SolveCache::solve(const RuleSet& rules, const Recipe& recipe,
                                   const PersonProblem& m, const PersonProblem& all,
                                   const SeatBook& seats, const std::vector<bool>& held) {
  if (mode_ == Mode::plain) return search::solve(m.problem);
  std::string key = key_of(rules, all, held);
  const SolveCache& lookup = shared_ ? *shared_ : *this;
  if (auto hit = lookup.cached(rules, key, m, seats, held)) return *hit;
  if (mode_ == Mode::ahead && claims) {
    // Someone earlier among those searched ahead has the same problem:
    // the batch will most likely find theirs in the cache.
    std::lock_guard<std::mutex> lock(claims->mutex);
    if (!claims->keys.insert(key).second) return {};
  }
  auto same_problem = [&](const Searched& a) {
    return a.recipe == &recipe && a.target == m.problem.target && a.offer_of == m.offer_of;
  };
  auto done = ahead ? std::find_if(ahead->begin(), ahead->end(), same_problem)
                    : std::vector<Searched>::const_iterator{};
  search::Solution s = ahead && done != ahead->end() ? done->solution : search::solve(m.problem);
  if (mode_ == Mode::ahead) {
    recorded.push_back({&recipe, m.problem.target, m.offer_of, s});
    return s;
  }
  ++searches;
  Entry e;
  e.score = s.score;
  e.exact = s.exact;
  for (const search::Chosen& c : s.chosen) e.chosen.emplace_back(m.offer_of[c.candidate], c.slot);
  if (map_.size() > kMaxEntries) map_.clear();
  map_[std::move(key)] = std::move(e);
  return s;
}

std::string SolveCache::key_of(const RuleSet& rules, const PersonProblem& all,
                               const std::vector<bool>& held) {
  std::string key;
  auto put = [&](int64_t v) { key.append(reinterpret_cast<const char*>(&v), sizeof v); };
  const search::Problem& p = all.problem;
  put(p.target);
  put(p.daily_limit);
  put(static_cast<int64_t>(p.part_targets.size()));
  for (int t : p.part_targets) put(t);
  for (size_t k = 0; k < p.candidates.size(); ++k) {
    const search::Candidate& cand = p.candidates[k];
    uint32_t offer = all.offer_of[k];
    put(static_cast<int64_t>(offer) << 1 | (held[offer] ? 1 : 0));
    put(static_cast<int64_t>(cand.tier) << 32 | static_cast<int64_t>(cand.slots.size()));
    if (cand.slots.size() != rules.offers[offer].slots.size()) {
      for (const search::Span& sl : cand.slots)
        put(static_cast<int>(sl.day) * 10000 + sl.from.minutes);
    }
  }
  return key;
}

std::optional<search::Solution> SolveCache::cached(const RuleSet& rules, const std::string& key,
                                                   const PersonProblem& m, const SeatBook& seats,
                                                   const std::vector<bool>& held) const {
  auto it = map_.find(key);
  if (it == map_.end()) return std::nullopt;
  for (const auto& [offer, slot] : it->second.chosen) {
    if (!held[offer] && seats.left(rules, offer) <= 0) return std::nullopt;
  }
  search::Solution s;
  s.score = it->second.score;
  s.exact = it->second.exact;
  for (const auto& [offer, slot] : it->second.chosen) {
    uint32_t cand = static_cast<uint32_t>(std::find(m.offer_of.begin(), m.offer_of.end(), offer) -
                                          m.offer_of.begin());
    s.chosen.push_back({cand, slot});
  }
  return s;
}

}  // namespace nytte::schedule
