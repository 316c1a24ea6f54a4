#include "id_set.h"

#include <algorithm>

namespace nytte {

uint64_t hash_id(std::string_view id) {
  // FNV-1a, then a 64-bit finaliser so that every bit depends on every byte.
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : id) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

IdSet::IdSet() : buckets_(1 << 16) {}

bool IdSet::insert(uint64_t hash) {
  std::vector<Key>& bucket = buckets_[hash >> 48];
  Key key{static_cast<uint16_t>(hash >> 32), static_cast<uint16_t>(hash >> 16),
          static_cast<uint16_t>(hash)};
  // Keys compared as the 48-bit numbers they are (the same order as the
  // arrays' lexicographic one, without its loop).
  auto value = [](const Key& k) {
    return (uint64_t{k[0]} << 32) | (uint64_t{k[1]} << 16) | uint64_t{k[2]};
  };
  uint64_t wanted = value(key);
  auto it = std::lower_bound(bucket.begin(), bucket.end(), wanted,
                             [&](const Key& k, uint64_t w) { return value(k) < w; });
  if (it != bucket.end() && value(*it) == wanted) return false;
  if (bucket.size() == bucket.capacity()) {
    // Grow by a quarter, not double: this set is most of a batch's memory.
    size_t at = static_cast<size_t>(it - bucket.begin());
    bucket.reserve(bucket.size() + bucket.size() / 8 + 4);
    it = bucket.begin() + static_cast<std::ptrdiff_t>(at);
  }
  bucket.insert(it, key);
  ++size_;
  return true;
}

}  // namespace nytte
