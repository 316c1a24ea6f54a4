// The ids seen so far in an input, to reject duplicates while streaming, in
// memory that does not grow with the population.
//
// Each id is kept as a 64-bit hash. The newest are in a hash table of fixed
// size; when it is three quarters full its hashes are sorted and written to a
// temporary file as a run, and added to a Bloom filter of fixed size. A hash
// the table does not hold is looked for in the runs only when the filter
// says it may be there: then one block of each run is read (for 5 million
// generated ids, 393 block reads in all), found through the first hash of
// every block, kept in memory (8 bytes a block of 512 hashes).
//
// Memory: the table and the filter (20 MB by default) and the block index
// (about 0.03 bytes an id); the file takes 8 bytes an id. A false
// "duplicate" only on a full 64-bit hash collision (for 5 million ids, a
// chance of about 1 in 1.5 million). When no temporary file can be made or
// written to, the runs from then on are kept in memory instead (8 bytes an
// id); the answers are the same.
#pragma once

#include <bit>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string_view>
#include <vector>

namespace nytte {

uint64_t hash_id(std::string_view id);

class IdSet {
 public:
  struct Limits {
    unsigned table_bits = 19;        // 2^19 slots of 8 bytes: 4 MB
    size_t filter_bytes = 16 << 20;  // the Bloom filter of the runs (a power of two)
  };
  IdSet() : IdSet(Limits{}) {}
  explicit IdSet(Limits limits);
  ~IdSet();
  IdSet(const IdSet&) = delete;
  IdSet& operator=(const IdSet&) = delete;

  // Adds the hash; false when it was already there.
  bool insert(uint64_t hash);
  size_t size() const { return size_; }
  // A hint for a caller about to insert many hashes: fetch into the cache
  // the table slot and the filter block of a hash to be inserted soon.
  void prefetch(uint64_t hash) const {
    __builtin_prefetch(&table_[hash & mask_]);
    if (filter_) __builtin_prefetch(&filter_[filter_block(hash) * kBlockWords]);
  }
  // How many runs have been written (for tests and the curious).
  size_t runs() const { return runs_.size(); }
  // How many runs are in the temporary file (the others are in memory).
  size_t runs_on_disk() const {
    size_t n = 0;
    for (const Run& r : runs_) n += r.in_file;
    return n;
  }

 private:
  static constexpr size_t kBlockWords = 8;  // a filter block: 512 bits, one cache line
  static constexpr size_t kRunBlock = 512;  // hashes a run block (4 KB)
  struct FreeDeleter {
    void operator()(void* p) const;
  };
  struct Run {
    bool in_file = false;          // else in `memory_runs_`
    int64_t offset = 0;            // where it starts there, in hashes
    size_t count = 0;              // hashes
    std::vector<uint64_t> firsts;  // the first key of each block
  };

  // The block of a hash: the high end of the bits that pick its table slot,
  // so that a run, sorted by those, sets its bits block after block.
  size_t filter_block(uint64_t hash) const {
    return static_cast<size_t>((hash & mask_) >> filter_shift_);
  }
  // A hash as runs hold it: the bits that pick its table slot first.
  uint64_t run_key(uint64_t hash) const {
    return std::rotr(hash, static_cast<int>(limits_.table_bits));
  }
  uint64_t hash_of_run_key(uint64_t key) const {
    return std::rotl(key, static_cast<int>(limits_.table_bits));
  }
  bool filter_may_hold(uint64_t hash) const;
  void filter_add(uint64_t hash);
  bool in_runs(uint64_t hash);
  bool run_holds(const Run& run, uint64_t key);
  void spill();

  Limits limits_;
  // The table: linear probing; 0 marks an empty slot, so the hash 0 is
  // remembered apart.
  std::unique_ptr<uint64_t[], FreeDeleter> table_;
  uint64_t mask_ = 0;
  size_t in_table_ = 0;
  bool zero_ = false;
  std::unique_ptr<uint64_t[], FreeDeleter> filter_;  // made at the first spill
  unsigned filter_shift_ = 64;                       // table bits - log2(blocks)
  std::vector<Run> runs_;
  std::FILE* file_ = nullptr;
  bool file_failed_ = false;           // no file could be made, or written to
  int64_t file_end_ = 0;               // hashes written
  std::vector<uint64_t> memory_runs_;  // when there is no file
  std::vector<uint64_t> block_;        // one run block, read back
  size_t size_ = 0;
};

}  // namespace nytte
