// The package search on plain data: the candidates a person may take, what
// the week must hold, and the objective the best choice is ranked by. The
// exact search is solver.cc; score.cc is the plain definition it must agree
// with. Internal to lib/schedule (and its tests).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "model/rules.h"

namespace nytte {

namespace search {

// What the search ranks: preference tiers and mandatory parts it tracks.
inline constexpr int kMaxTiers = 8;
inline constexpr int kMaxParts = 3;

// A slot's time, without where in the rule file it was written.
struct Span {
  Weekday day = Weekday::mon;
  TimeOfDay from, to;
};

struct Candidate {
  uint32_t offer = 0;  // index into RuleSet::offers (or any id, in tests)
  int tier = 0;        // preference tier, 0 = best
  bool take_all = false;
  bool counts = true;
  int preparation = 0;        // counted minutes a block on top of its time
  std::string_view location;  // the offer's (the rule set outlives the problem)
  uint32_t part_mask = 0;     // the mandatory parts its kind belongs to
  int group = -1;             // at most one candidate of a group is used (-1: no group)
  std::vector<Span> slots;
};

struct Problem {
  int target = 0;                 // minutes to plan a week
  int daily_limit = 0;            // counted minutes a day at most
  std::vector<int> part_targets;  // minutes of each mandatory part (capped by target)
  int tiers = 1;
  std::vector<Candidate> candidates;
  const TransportRules* transport = nullptr;  // null: no travel between places
};

struct Chosen {
  uint32_t candidate = 0;
  uint32_t slot = 0;
};

// The objective, compared lexicographically: mandatory minutes met (capped),
// counted minutes, minutes in each preference tier (best first), then fewer
// blocks and earlier candidates/slots.
struct Score {
  int parts = 0;
  int total = 0;
  std::vector<int> tiers;
  int blocks = 0;
  int64_t order = 0;  // sum of candidate * 1024 + slot
  std::vector<int> part_minutes;
  bool better_than(const Score& o) const;
  // Equal rank (part_minutes, which only feed `parts`, may differ).
  bool operator==(const Score& o) const { return !better_than(o) && !o.better_than(*this); }
};

struct Solution {
  std::vector<Chosen> chosen;  // by day and time
  Score score;
  bool exact = true;
};

// The best choice of slots: no two overlapping, travel time between places
// kept free (and counted when the rules say so), at most `daily_limit`
// counted minutes a day and `target` a week, whole-course candidates taken
// whole or not at all, at most one candidate of each group. Exact unless
// there are more than 10 whole-course candidates or the group search needs
// more than 4,096 branches (then the best found; `exact` false).
Solution solve(const Problem& p);

// Counted minutes of a choice, and its score; nullopt when it breaks a rule
// (overlap, travel, daily limit, target, a whole-course candidate in part).
// The plain definition the search must agree with (tests check it).
std::optional<Score> score_of(const Problem& p, const std::vector<Chosen>& chosen);

}  // namespace search

}  // namespace nytte
