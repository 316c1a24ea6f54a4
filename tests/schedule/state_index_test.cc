// The solver's hash table: keys found again, new keys told apart, growth
// keeping every key, and a clear forgetting them all.
#include <doctest/doctest.h>

#include <cstdint>
#include <map>
#include <random>
#include <utility>

#include "schedule/state_index.h"

using namespace nytte::search;

TEST_CASE("StateIndex: a key's value is found again; a new key is inserted") {
  StateIndex index;
  bool inserted = false;
  CHECK(index.find_or_insert(1, 2, 7, inserted) == 7);
  CHECK(inserted);
  CHECK(index.find_or_insert(1, 2, 9, inserted) == 7);
  CHECK_FALSE(inserted);
  CHECK(index.find_or_insert(2, 1, 9, inserted) == 9);  // (a, b) is not (b, a)
  CHECK(inserted);
  // The value is a reference: the caller moves a state to a new position.
  index.find_or_insert(1, 2, 0, inserted) = 11;
  CHECK(index.find_or_insert(1, 2, 0, inserted) == 11);
}

TEST_CASE("StateIndex: growing keeps every key; clear forgets them all") {
  StateIndex index;
  std::mt19937_64 rng(3);
  std::map<std::pair<uint64_t, uint64_t>, uint32_t> want;
  for (uint32_t v = 0; v < 5000; ++v) {
    uint64_t a = rng() % 700, b = rng() % 700;  // repeats among them
    bool inserted = false;
    uint32_t got = index.find_or_insert(a, b, v, inserted);
    auto [at, fresh] = want.emplace(std::make_pair(a, b), v);
    CHECK(inserted == fresh);
    CHECK(got == at->second);
  }
  for (const auto& [key, v] : want) {
    bool inserted = true;
    CHECK(index.find_or_insert(key.first, key.second, 0, inserted) == v);
    CHECK_FALSE(inserted);
  }
  for (int round = 0; round < 3; ++round) {
    index.clear();
    for (const auto& [key, v] : want) {
      bool inserted = false;
      CHECK(index.find_or_insert(key.first, key.second, v + 1, inserted) == v + 1);
      CHECK(inserted);
    }
  }
}
