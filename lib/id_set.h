// The ids seen so far in an input, to reject duplicates while streaming.
// Stores 48 bits of a 64-bit hash in one of 65,536 sorted buckets picked by
// the other 16 bits: about 6 bytes an id, no large rehash, and a false
// "duplicate" only on a full 64-bit hash collision (for 5 million ids, a
// chance of about 1 in 1.5 million).
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace nytte {

uint64_t hash_id(std::string_view id);

class IdSet {
 public:
  IdSet();
  // Adds the hash; false when it was already there.
  bool insert(uint64_t hash);
  size_t size() const { return size_; }
  // Hints for a caller about to insert many hashes: fetch into the cache the
  // bucket of a hash to be inserted soon, and (later) the keys in it.
  void prefetch_bucket(uint64_t hash) const { __builtin_prefetch(&buckets_[hash >> 48]); }
  void prefetch_keys(uint64_t hash) const { __builtin_prefetch(buckets_[hash >> 48].data()); }

 private:
  using Key = std::array<uint16_t, 3>;  // 48 bits, 2-byte aligned: 6 bytes
  std::vector<std::vector<Key>> buckets_;
  size_t size_ = 0;
};

}  // namespace nytte
