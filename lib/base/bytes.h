// Byte tricks on machine words, shared by the readers and writers that scan
// or copy short pieces of text (as in "Bit Twiddling Hacks").
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace nytte::bytes {

inline constexpr uint64_t kOnes = 0x0101010101010101ULL;
inline constexpr uint64_t kHigh = 0x8080808080808080ULL;

// `c` in every byte of a word.
constexpr uint64_t repeat(char c) {
  return kOnes * static_cast<unsigned char>(c);
}

// The high bit of each byte of `w` below `limit` (at most 0x80) is set. The
// lowest flagged byte is always right; a borrow can flag bytes above it.
inline uint64_t below(uint64_t w, uint8_t limit) {
  return (w - kOnes * limit) & ~w & kHigh;
}

// The same for the zero bytes of `w`: w ^ repeat(c) flags the bytes equal to c.
inline uint64_t zeros(uint64_t w) {
  return below(w, 1);
}

// n bytes, W <= n <= 2W, copied as the first W and the last W (they overlap).
template <size_t W>
[[gnu::always_inline]] inline void copy_ends(char* to, const char* from, size_t n) {
  char a[W], b[W];
  std::memcpy(a, from, W);
  std::memcpy(b, from + n - W, W);
  std::memcpy(to, a, W);
  std::memcpy(to + n - W, b, W);
}

// n bytes, 16 < n, copied 16 at a time, the last 16 overlapping (for the
// pieces of a few hundred bytes a line of JSON is made of: no call, and not
// the `rep movs` a compiler may put in for a memcpy of unknown size, whose
// start-up costs more than such a copy).
[[gnu::always_inline]] inline void copy_by_16(char* to, const char* from, size_t n) {
  char last[16];
  std::memcpy(last, from + n - 16, 16);
  for (size_t i = 0; i + 16 < n; i += 16) {
    char piece[16];
    std::memcpy(piece, from + i, 16);
    std::memcpy(to + i, piece, 16);
  }
  std::memcpy(to + n - 16, last, 16);
}

// a[0, n) == b[0, n) for W <= n <= 2W, compared the same way.
template <size_t W>
inline bool same_ends(const char* a, const char* b, size_t n) {
  return std::memcmp(a, b, W) == 0 && std::memcmp(a + n - W, b + n - W, W) == 0;
}

// How many bytes of [p, end) are `c`: memchr from one to the next (lines of
// a hundred bytes or more; std::count goes a byte at a time).
inline size_t count(const char* p, const char* end, char c) {
  size_t n = 0;
  while (p < end) {
    const void* hit = std::memchr(p, c, static_cast<size_t>(end - p));
    if (!hit) break;
    ++n;
    p = static_cast<const char*>(hit) + 1;
  }
  return n;
}

}  // namespace nytte::bytes
