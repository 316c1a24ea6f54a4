// The solver's hash table: an open-addressing index from a search state's
// key (two words) to its position in a vector of states, cleared in
// constant time so that one table serves every day of a search.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace nytte::search {

// An open-addressing index from a state's key (two words) to its position
// in a vector of states; reused across the days of a search.
class StateIndex {
 public:
  // Forgets every key in constant time: a slot is in use only when it has
  // the current generation.
  void clear() {
    size_ = 0;
    if (++gen_ == 0) {  // wrapped: stamps of 2^32 clears ago would look current
      std::fill(slots_.begin(), slots_.end(), Slot{});
      gen_ = 1;
    }
  }
  // The position stored under (a, b), or `value` stored there and
  // `inserted` set when the key is new.
  uint32_t& find_or_insert(uint64_t a, uint64_t b, uint32_t value, bool& inserted) {
    if ((size_ + 1) * 2 > slots_.size()) grow();
    size_t mask = slots_.size() - 1;
    for (size_t i = hash(a, b) & mask;; i = (i + 1) & mask) {
      Slot& s = slots_[i];
      if (s.gen != gen_) {
        s = Slot{a, b, value, gen_};
        ++size_;
        inserted = true;
        return s.value;
      }
      if (s.a == a && s.b == b) {
        inserted = false;
        return s.value;
      }
    }
  }

 private:
  struct Slot {
    uint64_t a = 0, b = 0;
    uint32_t value = 0;
    uint32_t gen = 0;
  };
  static size_t hash(uint64_t a, uint64_t b) {
    uint64_t h = (a * 0x9E3779B97F4A7C15ULL) ^ (b * 0xC2B2AE3D27D4EB4FULL);
    return static_cast<size_t>(h ^ (h >> 29));
  }
  // Rare (the table only grows until it fits the largest day): out of
  // line, so that find_or_insert stays small where the search inlines it.
  [[gnu::noinline]] void grow() {
    std::vector<Slot> old = std::move(slots_);
    uint32_t old_gen = gen_;
    slots_.assign(std::max<size_t>(old.size() * 2, 256), Slot{});
    size_ = 0;
    gen_ = 1;
    bool inserted = false;
    for (const Slot& s : old)
      if (s.gen == old_gen) find_or_insert(s.a, s.b, s.value, inserted);
  }
  std::vector<Slot> slots_;
  size_t size_ = 0;
  uint32_t gen_ = 1;
};

}  // namespace nytte::search
