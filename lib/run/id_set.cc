#include "run/id_set.h"

#include <algorithm>
#include <bit>
#include <cstdlib>
#include <cstring>
#include <new>
#include <stdexcept>
#include <string>

#include <unistd.h>

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

namespace {

// Zeroed memory from calloc: large blocks come as fresh pages, which take no
// memory until written (a batch of one person touches one page).
uint64_t* zeroed_words(size_t n) {
  void* p = std::calloc(n, sizeof(uint64_t));
  if (!p) throw std::bad_alloc();
  return static_cast<uint64_t*>(p);
}

// The bits a hash sets in its filter block: 7 positions of 9 bits each, from
// a second mix of the hash (its low bits also pick the table slot).
constexpr int kFilterBits = 7;
uint64_t filter_mix(uint64_t hash) {
  return (hash ^ (hash >> 29)) * 0xbf58476d1ce4e5b9ULL;
}

// An anonymous temporary file in $TMPDIR (else /tmp): removed at once, so
// that nothing is left behind however the program ends.
std::FILE* anonymous_file() {
  const char* dir = std::getenv("TMPDIR");
  std::string path = std::string(dir && *dir ? dir : "/tmp") + "/nytte-ids-XXXXXX";
  int fd = ::mkstemp(path.data());
  if (fd < 0) return nullptr;
  ::unlink(path.c_str());
  std::FILE* f = ::fdopen(fd, "w+b");
  if (!f) ::close(fd);
  return f;
}

}  // namespace

void IdSet::FreeDeleter::operator()(void* p) const {
  std::free(p);
}

IdSet::IdSet(Limits limits)
    : limits_(limits),
      table_(zeroed_words(size_t{1} << limits.table_bits)),
      mask_((uint64_t{1} << limits.table_bits) - 1) {}

IdSet::~IdSet() {
  if (file_) std::fclose(file_);
}

bool IdSet::filter_may_hold(uint64_t hash) const {
  const uint64_t* block = &filter_[filter_block(hash) * kBlockWords];
  uint64_t m = filter_mix(hash);
  for (int i = 0; i < kFilterBits; ++i, m >>= 9) {
    unsigned bit = m & 511;
    if (!((block[bit >> 6] >> (bit & 63)) & 1)) return false;
  }
  return true;
}

void IdSet::filter_add(uint64_t hash) {
  uint64_t* block = &filter_[filter_block(hash) * kBlockWords];
  uint64_t m = filter_mix(hash);
  for (int i = 0; i < kFilterBits; ++i, m >>= 9) {
    unsigned bit = m & 511;
    block[bit >> 6] |= uint64_t{1} << (bit & 63);
  }
}

bool IdSet::run_holds(const Run& run, uint64_t key) {
  // The block whose first key is the last one not above `key`.
  auto after = std::upper_bound(run.firsts.begin(), run.firsts.end(), key);
  if (after == run.firsts.begin()) return false;
  size_t b = static_cast<size_t>(after - run.firsts.begin()) - 1;
  size_t begin = b * kRunBlock;
  size_t n = std::min(kRunBlock, run.count - begin);
  const uint64_t* keys = nullptr;
  if (run.in_file) {
    block_.resize(n);
    size_t bytes = n * sizeof(uint64_t);
    off_t at = static_cast<off_t>((run.offset + static_cast<int64_t>(begin)) *
                                  static_cast<int64_t>(sizeof(uint64_t)));
    size_t got = 0;
    while (got < bytes) {
      ssize_t k = ::pread(fileno(file_), reinterpret_cast<char*>(block_.data()) + got, bytes - got,
                          at + static_cast<off_t>(got));
      if (k <= 0) throw std::runtime_error("cannot read back the temporary file of ids");
      got += static_cast<size_t>(k);
    }
    keys = block_.data();
  } else {
    keys = memory_runs_.data() + run.offset + static_cast<int64_t>(begin);
  }
  return std::binary_search(keys, keys + n, key);
}

bool IdSet::in_runs(uint64_t hash) {
  if (runs_.empty() || !filter_may_hold(hash)) return false;
  uint64_t key = run_key(hash);
  return std::any_of(runs_.begin(), runs_.end(), [&](const Run& r) { return run_holds(r, key); });
}

void IdSet::spill() {
  // The run is sorted by run_key(): by home slot first, the order the table
  // nearly has already. A counting sort by home slot, then an insertion sort
  // for the few hashes that share one, instead of a general sort.
  size_t slots = size_t{1} << limits_.table_bits;
  std::vector<uint32_t> next(slots + 1, 0);  // where each home slot's hashes go
  for (size_t i = 0; i < slots; ++i) {
    if (table_[i]) ++next[(table_[i] & mask_) + 1];
  }
  for (size_t i = 1; i <= slots; ++i) next[i] += next[i - 1];
  std::vector<uint64_t> keys(in_table_);
  for (size_t i = 0; i < slots; ++i) {
    if (table_[i]) keys[next[table_[i] & mask_]++] = run_key(table_[i]);
  }
  for (size_t i = 1; i < keys.size(); ++i) {
    uint64_t k = keys[i];
    size_t j = i;
    for (; j > 0 && keys[j - 1] > k; --j) keys[j] = keys[j - 1];
    keys[j] = k;
  }

  if (!filter_) {
    // At most one block a table slot.
    size_t blocks =
        std::min(mask_ + 1, std::bit_floor(std::max<size_t>(
                                2, limits_.filter_bytes / (kBlockWords * sizeof(uint64_t)))));
    filter_shift_ = limits_.table_bits - static_cast<unsigned>(std::countr_zero(blocks));
    filter_.reset(zeroed_words(blocks * kBlockWords));
  }
  for (uint64_t k : keys) filter_add(hash_of_run_key(k));

  Run run;
  run.count = keys.size();
  for (size_t i = 0; i < keys.size(); i += kRunBlock) run.firsts.push_back(keys[i]);
  if (!file_ && !file_failed_) {
    file_ = anonymous_file();
    file_failed_ = file_ == nullptr;
  }
  if (file_ && !file_failed_) {
    run.offset = file_end_;
    run.in_file =
        std::fseek(file_, file_end_ * static_cast<int64_t>(sizeof(uint64_t)), SEEK_SET) == 0 &&
        std::fwrite(keys.data(), sizeof(uint64_t), keys.size(), file_) == keys.size() &&
        std::fflush(file_) == 0;
    // The disk is full or gone: this run and the next stay in memory (the
    // runs already written are still read from the file).
    if (run.in_file) {
      file_end_ += static_cast<int64_t>(keys.size());
    } else {
      file_failed_ = true;
    }
  }
  if (!run.in_file) {
    run.offset = static_cast<int64_t>(memory_runs_.size());
    memory_runs_.insert(memory_runs_.end(), keys.begin(), keys.end());
  }
  runs_.push_back(std::move(run));
  std::memset(table_.get(), 0, slots * sizeof(uint64_t));
  in_table_ = 0;
}

bool IdSet::insert(uint64_t hash) {
  if (hash == 0) {
    if (zero_) return false;
    zero_ = true;
    ++size_;
    return true;
  }
  uint64_t i = hash & mask_;
  while (table_[i]) {
    if (table_[i] == hash) return false;
    i = (i + 1) & mask_;
  }
  if (in_runs(hash)) return false;
  table_[i] = hash;
  ++size_;
  // Three quarters full: the table goes to a run.
  if (++in_table_ >= (mask_ + 1) / 4 * 3) spill();
  return true;
}

}  // namespace nytte
