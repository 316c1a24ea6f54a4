// The set of ids seen in a batch: every hash once, in any order, whether the
// hashes are in the table, in runs in a temporary file or in runs in memory.
#include "run/id_set.h"

#include <doctest/doctest.h>

#include <csignal>
#include <cstdlib>
#include <random>
#include <string>
#include <unordered_set>
#include <vector>

#include <sys/resource.h>

namespace nytte {
namespace {

// Inserts `count` hashes of several kinds into `set` and into a
// std::unordered_set, and checks that they agree on every one.
void agrees_with_unordered_set(IdSet& set, int count) {
  std::unordered_set<uint64_t> want;
  std::mt19937_64 rng(48);
  std::vector<uint64_t> inserted;
  for (int i = 0; i < count; ++i) {
    uint64_t h = 0;
    switch (i % 5) {
      case 0:  // anything
        h = rng();
        break;
      case 1:  // the same low bits (one table slot), differing in the high ones
        h = (rng() << 20) | 0x777;
        break;
      case 2:  // neighbours of one another in sorted order (one run block)
        h = 0x5000000000000000ULL + (rng() % 4096);
        break;
      case 3:  // the hash 0, now and then
        h = rng() % 1000 == 0 ? 0 : rng();
        break;
      default:  // one inserted before, long ago or just now
        h = inserted.empty() ? rng() : inserted[rng() % inserted.size()];
    }
    bool fresh = want.insert(h).second;
    CAPTURE(i);
    CAPTURE(h);
    REQUIRE(set.insert(h) == fresh);
    if (fresh) inserted.push_back(h);
  }
  CHECK(set.size() == want.size());
  for (uint64_t h : inserted) CHECK_FALSE(set.insert(h));
  CHECK(set.size() == want.size());
}

}  // namespace

TEST_CASE("IdSet: a hash is new once, then seen, as in a std::unordered_set") {
  SUBCASE("in the table only") {
    IdSet set;
    agrees_with_unordered_set(set, 200000);
    CHECK(set.runs() == 0);
  }
  SUBCASE("in many runs in a temporary file") {
    IdSet set(IdSet::Limits{10, 4096});  // 1024 slots, a small filter: often "maybe"
    agrees_with_unordered_set(set, 50000);
    CHECK(set.runs() > 40);
    CHECK(set.runs_on_disk() == set.runs());
  }
  SUBCASE("in runs in memory when no temporary file can be made") {
    const char* old = std::getenv("TMPDIR");
    std::string saved = old ? old : "";
    setenv("TMPDIR", "/nonexistent/nytte-test", 1);
    IdSet set(IdSet::Limits{10, 4096});
    agrees_with_unordered_set(set, 50000);
    if (old) {
      setenv("TMPDIR", saved.c_str(), 1);
    } else {
      unsetenv("TMPDIR");
    }
    CHECK(set.runs() > 40);
    CHECK(set.runs_on_disk() == 0);
  }
  SUBCASE("in runs in the file until it cannot grow, then in memory") {
    // Files may grow to 64 KB (10 runs of 768 hashes); a write beyond gives
    // EFBIG instead of the signal.
    auto old_handler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit old_limit{};
    REQUIRE(getrlimit(RLIMIT_FSIZE, &old_limit) == 0);
    rlimit small = old_limit;
    small.rlim_cur = 64 << 10;
    REQUIRE(setrlimit(RLIMIT_FSIZE, &small) == 0);
    IdSet set(IdSet::Limits{10, 4096});
    agrees_with_unordered_set(set, 50000);
    REQUIRE(setrlimit(RLIMIT_FSIZE, &old_limit) == 0);
    std::signal(SIGXFSZ, old_handler);
    CHECK(set.runs_on_disk() > 0);
    CHECK(set.runs_on_disk() < set.runs());
  }
}

TEST_CASE("IdSet: hashes of ids") {
  CHECK(hash_id("p0000001") == hash_id("p0000001"));
  CHECK(hash_id("p0000001") != hash_id("p0000002"));
  CHECK(hash_id("") != hash_id("a"));
}

}  // namespace nytte
