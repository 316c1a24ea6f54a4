// Building the search problem of one person: which of a rule set's offers a
// recipe puts on the person's menu (tiers, groups, mandatory parts), and the
// candidates and slots open to her on a date, with the reasons others are
// left out. Internal to lib/schedule.
#pragma once

#include <algorithm>
#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/date.h"
#include "model/citizen.h"
#include "model/rules.h"
#include "schedule/package.h"
#include "schedule/search.h"

namespace nytte::schedule {

// The recipes for a track in force on `start`: those of its phases, in phase
// order, else the one for the whole course.
std::vector<const Recipe*> recipes_for(const RuleSet& rules, const Track& track, Date start);

// The mandatory parts of a recipe's week for a track, as f(title, kinds,
// hours, from_track): the recipe's [[recipe.part]], then the parts the
// track's source states (hours_parts, Greve's 5 hours of Danish) of a kind
// no recipe part covers; as many as the search takes.
template <class F>
void each_part(const Recipe& recipe, const Track& track, F&& f) {
  size_t n = 0;
  for (const RecipePart& p : recipe.parts) {
    if (n++ == static_cast<size_t>(search::kMaxParts)) return;
    f(std::string_view(p.title), std::span<const std::string>(p.kinds), p.hours, false);
  }
  for (const HoursPart& hp : track.hours_parts) {
    bool covered = false;
    for (const RecipePart& p : recipe.parts)
      covered = covered || std::find(p.kinds.begin(), p.kinds.end(), hp.kind) != p.kinds.end();
    if (covered || hp.kind.empty() || hp.hours <= 0) continue;
    if (n++ == static_cast<size_t>(search::kMaxParts)) return;
    f(std::string_view(hp.title), std::span<const std::string>(&hp.kind, 1), hp.hours, true);
  }
}

// What a recipe makes of each offer for one track: the same for everyone on
// the track, so a batch works it out once.
struct OfferFit {
  int tier = -1;  // -1: not on the menu (a kind the recipe does not take, another track's offer)
  int group = -1;
  uint32_t part_mask = 0;
};
using Fits = std::vector<OfferFit>;  // by offer index

// The Fits of each recipe and track, worked out when first asked for. After
// fill() every pair is in the table and it is only read: threads may share it.
class FitsTable {
 public:
  void fill(const RuleSet& rules);
  const Fits& get(const RuleSet& rules, const Recipe& recipe, const Track& track);

 private:
  std::map<std::pair<const Recipe*, const Track*>, Fits> map_;
};

// Why offers were left out of a person's search.
struct Exclusions {
  std::vector<uint32_t> no_seats, not_open, clash;  // offer indices, in offer order
  std::vector<std::string_view> missing;            // fields a `who` condition needed
};

// A person's search problem for one recipe, the offer each candidate is,
// and why the other offers were left out.
struct PersonProblem {
  search::Problem problem;
  std::vector<uint32_t> offer_of;  // candidate -> offer index
  Exclusions out;
};

// The search problem of one person and recipe, every offer as if it had
// seats (the batch cache's key; with_seats takes out the full ones).
// `parts_only`: only the offers of a mandatory part's kinds (a package of
// the stated parts, for hours the source does not state).
PersonProblem make_problem(const RuleSet& rules, const Recipe& recipe, const Track& track,
                           const Fits& menu, const Citizen& c, Date on, Date start, int target,
                           const std::vector<bool>& held, bool parts_only = false);

// The problem with seats from the one as if every offer had seats: the
// offers without a seat left (and not held) taken out, and given as the
// reason instead of any time conflict.
PersonProblem with_seats(const RuleSet& rules, const PersonProblem& all, const SeatBook& seats,
                         const std::vector<bool>& held);

}  // namespace nytte::schedule
