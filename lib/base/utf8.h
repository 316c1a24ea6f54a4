// Well-formed UTF-8 (RFC 3629, as toml++ checks it): the one test the CSV
// readers, the plain TOML reader and the JSON writer share.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "base/bytes.h"

namespace nytte::utf8 {

// Length of the well-formed UTF-8 sequence of a non-ASCII code point at `p`,
// or 0 (overlong forms, surrogates and code points above U+10FFFF are not
// well formed).
inline size_t sequence_length(const char* p, const char* end) {
  auto byte = [&](size_t i) { return static_cast<unsigned char>(p[i]); };
  auto tail = [&](size_t i) { return p + i < end && (byte(i) & 0xC0) == 0x80; };
  unsigned char lead = byte(0);
  if (lead >= 0xC2 && lead <= 0xDF) return tail(1) ? 2 : 0;
  if (lead >= 0xE0 && lead <= 0xEF) {
    if (!tail(1) || !tail(2)) return 0;
    if (lead == 0xE0 && byte(1) < 0xA0) return 0;   // overlong
    if (lead == 0xED && byte(1) >= 0xA0) return 0;  // surrogate
    return 3;
  }
  if (lead >= 0xF0 && lead <= 0xF4) {
    if (!tail(1) || !tail(2) || !tail(3)) return 0;
    if (lead == 0xF0 && byte(1) < 0x90) return 0;   // overlong
    if (lead == 0xF4 && byte(1) >= 0x90) return 0;  // above U+10FFFF
    return 4;
  }
  return 0;
}

// The offset of the first byte of `s` that is not part of well-formed UTF-8,
// or npos; ASCII is skipped eight bytes at a time.
inline size_t first_invalid(std::string_view s) {
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    if (end - p >= 8) {
      uint64_t w;
      std::memcpy(&w, p, 8);
      if ((w & bytes::kHigh) == 0) {
        p += 8;
        continue;
      }
    }
    if (static_cast<unsigned char>(*p) < 0x80) {
      ++p;
      continue;
    }
    size_t n = sequence_length(p, end);
    if (n == 0) return static_cast<size_t>(p - s.data());
    p += n;
  }
  return std::string_view::npos;
}

}  // namespace nytte::utf8
