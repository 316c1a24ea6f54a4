// The package search against exhaustive enumeration on thousands of seeded
// random instances.
#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <functional>
#include <map>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "base/duration.h"
#include "model/rules.h"
#include "schedule/search.h"

using namespace nytte;
using namespace nytte::search;

namespace {

// A random small problem: 1-4 candidates with 1-4 slots on two days, times
// on a 30-minute grid, tiers, whole-course candidates, groups, places with
// travel between them, uncounted offers, preparation and mandatory parts.
struct RandomProblem {
  Problem p;
  TransportRules transport;
};

RandomProblem random_problem(std::mt19937& rng) {
  auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  RandomProblem r;
  Problem& p = r.p;
  r.transport.counts = pick(0, 1) == 1;
  r.transport.minutes = pick(0, 2) * 15;
  p.tiers = pick(1, 3);
  p.daily_limit = pick(4, 9) * 60;
  p.target = pick(2, 16) * 60;
  int parts = pick(0, 2);
  for (int k = 0; k < parts; ++k) p.part_targets.push_back(std::min(pick(1, 6) * 60, p.target));
  int ncand = pick(1, 4);
  int total_slots = 0;
  for (int c = 0; c < ncand; ++c) {
    Candidate cand;
    cand.offer = static_cast<uint32_t>(c);
    cand.tier = pick(0, p.tiers - 1);
    cand.take_all = pick(0, 4) == 0;
    cand.counts = pick(0, 7) != 0;
    cand.preparation = pick(0, 3) == 0 ? 30 : 0;
    static constexpr std::array<std::string_view, 3> kPlaces = {"loc0", "loc1", "loc2"};
    cand.location = kPlaces[static_cast<size_t>(pick(0, 2))];
    cand.group = pick(0, 2) == 0 ? pick(0, 1) : -1;
    for (int k = 0; k < parts; ++k) cand.part_mask |= pick(0, 2) == 0 ? 1u << k : 0u;
    int nslots = std::min(pick(1, 4), 12 - total_slots);
    for (int s = 0; s < nslots; ++s) {
      Span sl;
      sl.day = static_cast<Weekday>(pick(0, 1));
      int from = pick(16, 34) * 30;  // 08:00 - 17:00
      int len = pick(1, 8) * 30;
      sl.from = TimeOfDay{from};
      sl.to = TimeOfDay{from + len};
      // An offer's own slots never overlap (the loader refuses that).
      bool overlaps = std::any_of(cand.slots.begin(), cand.slots.end(), [&](const Span& o) {
        return o.day == sl.day && o.from < sl.to && sl.from < o.to;
      });
      if (!overlaps) cand.slots.push_back(sl);
    }
    total_slots += static_cast<int>(cand.slots.size());
    p.candidates.push_back(std::move(cand));
  }
  p.transport = &r.transport;
  return r;
}

// The best choice by trying every subset of every slot.
std::optional<Score> brute_force(const Problem& p) {
  std::vector<Chosen> all;
  for (uint32_t c = 0; c < p.candidates.size(); ++c) {
    for (uint32_t s = 0; s < p.candidates[c].slots.size(); ++s) all.push_back({c, s});
  }
  std::optional<Score> best;
  for (uint32_t mask = 0; mask < (1u << all.size()); ++mask) {
    std::vector<Chosen> chosen;
    for (size_t i = 0; i < all.size(); ++i) {
      if (mask >> i & 1) chosen.push_back(all[i]);
    }
    std::optional<Score> s = score_of(p, chosen);
    if (s && (!best || s->better_than(*best))) best = s;
  }
  return best;
}

}  // namespace

TEST_CASE("package search: equal to exhaustive search on 3,000 random instances") {
  std::mt19937 rng(20251125);
  int inexact = 0;
  for (int n = 0; n < 3000; ++n) {
    RandomProblem r = random_problem(rng);
    Solution got = solve(r.p);
    std::optional<Score> best = brute_force(r.p);
    INFO("instance ", n);
    REQUIRE(best);  // choosing nothing is always allowed
    std::optional<Score> check = score_of(r.p, got.chosen);
    REQUIRE(check);  // the search's choice breaks no rule
    CHECK(*check == got.score);
    if (!got.exact) {
      ++inexact;
      continue;
    }
    if (!(got.score == *best)) {
      auto show = [](const Score& s) {
        return fmt::format("parts {} total {} tiers {} blocks {} order {}", s.parts, s.total,
                           fmt::join(s.tiers, ","), s.blocks, s.order);
      };
      FAIL_CHECK("search ", show(got.score), " exhaustive ", show(*best));
    }
  }
  CHECK(inexact == 0);
}

TEST_CASE("package search: the same problem gives the same package") {
  std::mt19937 rng(7);
  for (int n = 0; n < 200; ++n) {
    RandomProblem r = random_problem(rng);
    Solution a = solve(r.p);
    Solution b = solve(r.p);
    REQUIRE(a.chosen.size() == b.chosen.size());
    for (size_t i = 0; i < a.chosen.size(); ++i) {
      CHECK(a.chosen[i].candidate == b.chosen[i].candidate);
      CHECK(a.chosen[i].slot == b.chosen[i].slot);
    }
  }
}
