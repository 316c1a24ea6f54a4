// The objective of the package search, and the plain definition of a
// choice's score that the search (solver.cc) must agree with.
#include <algorithm>
#include <array>

#include "schedule/search.h"

namespace nytte::search {

bool Score::better_than(const Score& o) const {
  if (parts != o.parts) return parts > o.parts;
  if (total != o.total) return total > o.total;
  if (tiers != o.tiers) return tiers > o.tiers;
  if (blocks != o.blocks) return blocks < o.blocks;
  return order < o.order;
}

std::optional<Score> score_of(const Problem& p, const std::vector<Chosen>& chosen) {
  Score s;
  s.tiers.assign(static_cast<size_t>(std::max(p.tiers, 1)), 0);
  s.part_minutes.assign(p.part_targets.size(), 0);
  std::vector<Chosen> sorted = chosen;
  auto slot_of = [&](const Chosen& c) -> const Span& {
    return p.candidates[c.candidate].slots[c.slot];
  };
  std::sort(sorted.begin(), sorted.end(), [&](const Chosen& a, const Chosen& b) {
    const Span &x = slot_of(a), &y = slot_of(b);
    if (x.day != y.day) return x.day < y.day;
    return x.from < y.from;
  });
  // Whole-course candidates: every slot or none.
  for (const Chosen& c : sorted) {
    const Candidate& cand = p.candidates[c.candidate];
    if (!cand.take_all) continue;
    for (uint32_t si = 0; si < cand.slots.size(); ++si) {
      bool has = std::any_of(sorted.begin(), sorted.end(), [&](const Chosen& x) {
        return x.candidate == c.candidate && x.slot == si;
      });
      if (!has) return std::nullopt;
    }
  }
  // At most one candidate of each group.
  for (const Chosen& a : sorted) {
    for (const Chosen& b : sorted) {
      int ga = p.candidates[a.candidate].group;
      if (ga >= 0 && a.candidate != b.candidate && ga == p.candidates[b.candidate].group)
        return std::nullopt;
    }
  }
  std::array<int, 7> day_minutes{};
  for (size_t i = 0; i < sorted.size(); ++i) {
    const Candidate& cand = p.candidates[sorted[i].candidate];
    const Span& sl = slot_of(sorted[i]);
    int counted = cand.counts ? sl.to.minutes - sl.from.minutes + cand.preparation : 0;
    int d = static_cast<int>(sl.day);
    if (i > 0) {
      const Chosen& prev = sorted[i - 1];
      const Span& ps = slot_of(prev);
      if (ps.day == sl.day) {
        if (prev.candidate == sorted[i].candidate && prev.slot == sorted[i].slot)
          return std::nullopt;
        int travel =
            p.transport ? p.transport->between(p.candidates[prev.candidate].location, cand.location)
                        : 0;
        if (ps.to.minutes + travel > sl.from.minutes) return std::nullopt;
        if (p.transport && p.transport->counts) {
          day_minutes[d] += travel;
          s.total += travel;
        }
      }
    }
    day_minutes[d] += counted;
    s.total += counted;
    s.tiers[static_cast<size_t>(std::min(cand.tier, kMaxTiers - 1))] += counted;
    for (size_t k = 0; k < p.part_targets.size(); ++k) {
      if (cand.part_mask >> k & 1) s.part_minutes[k] += counted;
    }
    s.blocks += 1;
    s.order += static_cast<int64_t>(sorted[i].candidate) * 1024 + sorted[i].slot;
  }
  for (int m : day_minutes) {
    if (m > p.daily_limit) return std::nullopt;
  }
  if (s.total > p.target) return std::nullopt;
  for (size_t k = 0; k < p.part_targets.size(); ++k) {
    s.parts += std::min(s.part_minutes[k], p.part_targets[k]);
  }
  // Compare tiers over the full width, as the search does.
  s.tiers.resize(kMaxTiers, 0);
  return s;
}

}  // namespace nytte::search
