// The set of ids seen in a batch: every hash once, in any order.
#include "id_set.h"

#include <doctest/doctest.h>

#include <random>
#include <unordered_set>
#include <vector>

namespace nytte {

TEST_CASE("IdSet: a hash is new once, then seen, as in a std::unordered_set") {
  IdSet set;
  std::unordered_set<uint64_t> want;
  std::mt19937_64 rng(48);
  std::vector<uint64_t> inserted;
  for (int i = 0; i < 200000; ++i) {
    uint64_t h = 0;
    switch (i % 4) {
      case 0:  // anything
        h = rng();
        break;
      case 1:  // a few buckets only, so that buckets grow long
        h = (rng() % 4) << 48 | (rng() & 0xffffffffffffULL);
        break;
      case 2:  // the same bucket and high bits, differing in the lowest 16
        h = (uint64_t{7} << 48) | (uint64_t{9} << 32) | (rng() & 0xffff);
        break;
      default:  // one inserted before
        h = inserted.empty() ? rng() : inserted[rng() % inserted.size()];
    }
    bool fresh = want.insert(h).second;
    CAPTURE(h);
    REQUIRE(set.insert(h) == fresh);
    if (fresh) inserted.push_back(h);
  }
  CHECK(set.size() == want.size());
  for (uint64_t h : inserted) CHECK_FALSE(set.insert(h));
}

TEST_CASE("IdSet: hashes of ids") {
  CHECK(hash_id("p0000001") == hash_id("p0000001"));
  CHECK(hash_id("p0000001") != hash_id("p0000002"));
  CHECK(hash_id("") != hash_id("a"));
}

}  // namespace nytte
