// The searches of a batch, shared: a person whose search problem equals an
// earlier person's gets that person's package without a new search, as long
// as its offers have seats left; searches done ahead on other threads are
// handed to the person they were done for. Internal to lib/schedule.
#pragma once

#include <cstddef>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "model/rules.h"
#include "schedule/package.h"
#include "schedule/problem.h"
#include "schedule/search.h"

namespace nytte::schedule {

// A search done for a person, and the problem it was done on (the same
// person and recipe: the candidates' offers in order say the rest).
struct Searched {
  const Recipe* recipe = nullptr;
  int target = 0;
  std::vector<uint32_t> offer_of;
  search::Solution solution;
};

// How a person's searches are done (make_package asks it).
//  - cache: the batch's. Solutions by the person's problem as if every offer
//    had seats. Seats only run out during a batch, so a person's open offers
//    are a subset of those of anyone earlier with the same problem: the
//    earlier best package is still the best as long as its own offers have
//    seats left. A search another thread did ahead for the same problem
//    (`ahead`) is taken instead of being done again.
//  - ahead: searches for people further on, on another thread, against the
//    seats as they were; kept in `recorded`. The batch's cache is only read.
//  - plain: every search done.
class SolveCache {
 public:
  enum class Mode { cache, ahead, plain };
  explicit SolveCache(FitsTable& fits, Mode mode = Mode::cache, const SolveCache* shared = nullptr)
      : fits_(fits), mode_(mode), shared_(shared) {}

  const Fits& fits(const RuleSet& rules, const Recipe& recipe, const Track& track) {
    return fits_.get(rules, recipe, track);
  }

  search::Solution solve(const RuleSet& rules, const Recipe& recipe, const PersonProblem& m,
                         const PersonProblem& all, const SeatBook& seats,
                         const std::vector<bool>& held);

  // ahead: the problems taken by the threads searching ahead.
  struct Claims {
    std::mutex mutex;
    std::unordered_set<std::string> keys;
  };
  Claims* claims = nullptr;
  const std::vector<Searched>* ahead = nullptr;  // cache: searched ahead for this person
  std::vector<Searched> recorded;                // ahead: the searches done
  size_t searches = 0;  // cache: problems actually searched (not found in the cache)

 private:
  static constexpr size_t kMaxEntries = 200000;
  struct Entry {
    std::vector<std::pair<uint32_t, uint32_t>> chosen;  // (offer, slot)
    search::Score score;
    bool exact = true;
  };

  // The problem as if every offer had seats, as bytes.
  static std::string key_of(const RuleSet& rules, const PersonProblem& all,
                            const std::vector<bool>& held);
  std::optional<search::Solution> cached(const RuleSet& rules, const std::string& key,
                                         const PersonProblem& m, const SeatBook& seats,
                                         const std::vector<bool>& held) const;

  FitsTable& fits_;
  Mode mode_;
  const SolveCache* shared_;  // ahead: the batch's cache, read
  std::unordered_map<std::string, Entry> map_;
};

}  // namespace nytte::schedule
