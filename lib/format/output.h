// Output writers shared by every subcommand: JSON (pretty or one line),
// CSV (RFC 4180) and terminal styling (files written whole: output_file.h).
#pragma once

#include <array>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

#include "base/bytes.h"
#include "base/utf8.h"
#include "run/output_file.h"  // OutputSink, for the callers that include this header

namespace nytte {

// Appends JSON to a string. Keys and commas are handled by the writer; the
// caller says what comes next. `indent` 0 writes one line (for jsonl).
class JsonWriter {
 public:
  explicit JsonWriter(std::string& out, int indent = 0) : out_(out), indent_(indent) {}

  void begin_object();
  void end_object();
  void begin_array();
  void end_array();
  void key(std::string_view k);
  // A key written as a string literal in the code: plain ASCII, never escaped,
  // appended in one piece.
  template <size_t N>
  void key(const char (&k)[N]) {
    before_value();
    char buf[N + 3];
    buf[0] = '"';
    std::memcpy(buf + 1, k, N - 1);
    buf[N] = '"';
    buf[N + 1] = ':';
    buf[N + 2] = ' ';
    out_.append(buf, indent_ ? N + 3 : N + 2);
    after_key_ = true;
  }
  // A key already escaped and quoted, with its colon: `"name":` (compact only).
  void raw_key(std::string_view quoted);
  void string(std::string_view s);
  void number(double v);
  void integer(int64_t v);
  void boolean(bool b);
  void null();
  // A string, or null when it is empty (an id that is not there).
  void string_or_null(std::string_view s);
  // A value already written as JSON (e.g. a cached fragment).
  void raw(std::string_view json);
  // For a caller that appends one whole value itself: writes what goes before
  // a value and returns the buffer to append it to.
  std::string& value_buffer() {
    before_value();
    return out_;
  }
  // Members already written as JSON, `"a":1,"b":2` (no braces), inside an
  // object; only for a compact writer (indent 0).
  void raw_members(std::string_view json);
  bool compact() const { return indent_ == 0; }

 private:
  void before_value();
  void newline();
  std::string& out_;
  int indent_;
  int depth_ = 0;
  bool first_ = true;       // no element yet at this depth
  bool after_key_ = false;  // a key was just written
};

// Bytes put together from many small pieces (one line of JSON a person): the
// appends are inline, one capacity check each, where std::string's are calls.
// Grows, never shrinks, and is not zero-filled.
class ByteBuffer {
 public:
  [[gnu::always_inline]] void push_back(char c) {
    room(1);
    data_[size_++] = c;
  }
  [[gnu::always_inline]] void append(const char* p, size_t n) {
    room(n);
    char* to = data_.get() + size_;
    size_ += n;
    copy(to, p, n);
  }
  // `s` between double quotes (the caller knows it needs no escaping).
  [[gnu::always_inline]] void append_quoted(std::string_view s) {
    room(s.size() + 2);
    char* to = data_.get() + size_;
    size_ += s.size() + 2;
    to[0] = '"';
    copy(to + 1, s.data(), s.size());
    to[s.size() + 1] = '"';
  }
  [[gnu::always_inline]] static void copy(char* to, const char* p, size_t n) {
    // Most pieces are short: copied with two overlapping moves, not a call.
    if (n > 16 && n <= 32) {
      bytes::copy_ends<16>(to, p, n);
    } else if (n > 32 && n <= 512) {
      bytes::copy_by_16(to, p, n);
    } else if (n >= 8 && n <= 16) {
      bytes::copy_ends<8>(to, p, n);
    } else if (n >= 4 && n < 8) {
      bytes::copy_ends<4>(to, p, n);
    } else {
      if (n) std::memcpy(to, p, n);  // p may be null when n is 0 (an empty buffer)
    }
  }
  void append(const char* begin, const char* end) {
    append(begin, static_cast<size_t>(end - begin));
  }
  [[gnu::always_inline]] ByteBuffer& operator+=(char c) {
    push_back(c);
    return *this;
  }
  [[gnu::always_inline]] ByteBuffer& operator+=(std::string_view s) {
    append(s.data(), s.size());
    return *this;
  }
  // Appends a copy of the `n` bytes at `from` of what was appended before.
  void append_earlier(size_t from, size_t n) {
    room(n);
    std::memcpy(data_.get() + size_, data_.get() + from, n);
    size_ += n;
  }
  void clear() { size_ = 0; }
  // Room for `n` more bytes, to be written through the pointer and kept
  // with commit(k), k <= n.
  [[gnu::always_inline]] char* tail(size_t n) {
    room(n);
    return data_.get() + size_;
  }
  void commit(size_t k) { size_ += k; }
  void reserve(size_t n) {
    if (n > cap_) grow(n - size_);
  }
  size_t size() const { return size_; }
  const char* data() const { return data_.get(); }
  std::string_view view() const { return {data_.get(), size_}; }

 private:
  void room(size_t n) {
    if (cap_ - size_ < n) grow(n);
  }
  void grow(size_t n);
  std::unique_ptr<char[]> data_;
  size_t size_ = 0, cap_ = 0;
};

namespace detail {

// True when one of the 8 bytes of `w` is below 0x20, '"' or '\\': the bytes
// JSON escapes (bit tricks on 64-bit words, as in "Bit Twiddling Hacks").
inline bool needs_escape(uint64_t w) {
  return (bytes::below(w, 0x20) | bytes::zeros(w ^ bytes::repeat('"')) |
          bytes::zeros(w ^ bytes::repeat('\\'))) != 0;
}

// True when `s` holds a byte JSON escapes, or bytes that are not well-formed
// UTF-8, which are written as U+FFFD (nearly never: ids, codes, dates).
inline bool any_escape(std::string_view s) {
  const char* p = s.data();
  size_t n = s.size();
  uint64_t high = 0;
  if (n < 8) {
    for (size_t i = 0; i < n; ++i) {
      auto c = static_cast<unsigned char>(p[i]);
      if (c < 0x20 || c == '"' || c == '\\') return true;
      high |= c & 0x80u;
    }
  } else {
    uint64_t w;
    for (size_t i = 0; i + 8 <= n; i += 8) {
      std::memcpy(&w, p + i, 8);
      if (needs_escape(w)) return true;
      high |= w & bytes::kHigh;
    }
    std::memcpy(&w, p + n - 8, 8);  // the last bytes, overlapping
    if (needs_escape(w)) return true;
    high |= w & bytes::kHigh;
  }
  return high != 0 && utf8::first_invalid(s) != std::string_view::npos;
}

void json_escape_some(ByteBuffer& out, std::string_view s);
void append_number_other(ByteBuffer& out, double v);

// t / 10 for t below 1000 and its text ("7", "12.5", padded to 4 bytes so
// that it is copied as one word), worked out when compiling: a division takes
// longer than the rest of writing a small number.
struct Tenth {
  double value;
  char text[4];
  uint8_t size;
};
inline constexpr std::array<Tenth, 1000> kTenths = [] {
  std::array<Tenth, 1000> a{};
  for (unsigned t = 0; t < a.size(); ++t) {
    Tenth& e = a[t];
    e.value = static_cast<double>(t) / 10;
    unsigned whole = t / 10, tenth = t % 10, k = 0;
    if (whole >= 10) e.text[k++] = static_cast<char>('0' + whole / 10);
    e.text[k++] = static_cast<char>('0' + whole % 10);
    if (tenth) {
      e.text[k++] = '.';
      e.text[k++] = static_cast<char>('0' + tenth);
    }
    e.size = static_cast<uint8_t>(k);
  }
  return a;
}();

}  // namespace detail

void json_escape(std::string& out, std::string_view s);
inline void json_escape(ByteBuffer& out, std::string_view s) {
  if (!detail::any_escape(s)) {
    out.append(s.data(), s.size());
  } else {
    detail::json_escape_some(out, s);
  }
}

// Shortest decimal that reads back the same double; integers without ".0";
// `null` for nan and the infinities, which JSON does not have.
void append_number(std::string& out, double v);
inline void append_number(ByteBuffer& out, double v) {
  // Below 100 with at most one decimal (ages, years, hours), written
  // directly: t / 10 == v says "t/10" is the text that reads back as v.
  if (v >= 0 && v < 100) {
    auto t = static_cast<unsigned>(v * 10);
    if (static_cast<double>(t) == v * 10 && detail::kTenths[t].value == v) {
      const detail::Tenth& e = detail::kTenths[t];
      std::memcpy(out.tail(4), e.text, 4);
      out.commit(e.size);
      return;
    }
  }
  detail::append_number_other(out, v);
}

// Display width of UTF-8 text in a terminal: one column a code point (æ, ø
// and å are one column each, as are other letters of European languages).
size_t display_width(std::string_view s);

// `text` wrapped at spaces into lines of at most `width` columns (a longer
// word stands alone), the first line starting with `first`, the others with
// `indent` spaces; ends with a newline.
std::string wrap_words(std::string_view first, std::string_view text, size_t indent,
                       size_t width = 80);

// Appends one CSV cell, quoted when it holds the separator, a quote or a newline.
void csv_cell(std::string& out, std::string_view s, char sep = ',');

// Whether text written to a stream gets colours under --color `mode`:
// "always" yes (even with NO_COLOR, as in git and ripgrep), "never" no,
// "auto" only when the stream is a terminal, `no_color` (NO_COLOR) is unset
// or empty and `term` (TERM) is not "dumb" (https://no-color.org). Another
// mode is a UsageError.
bool color_wanted(std::string_view mode, bool terminal, const char* no_color, const char* term);

// Colours and marks for people at a terminal, on as color_wanted says.
struct Style {
  bool color = false;
  std::string_view bold() const { return color ? "\x1b[1m" : ""; }
  std::string_view green() const { return color ? "\x1b[32m" : ""; }
  std::string_view red() const { return color ? "\x1b[31m" : ""; }
  std::string_view yellow() const { return color ? "\x1b[33m" : ""; }
  std::string_view dim() const { return color ? "\x1b[2m" : ""; }
  std::string_view reset() const { return color ? "\x1b[0m" : ""; }
  // For text written to `f` under --color `mode` (CommonOptions::color), with
  // this process's NO_COLOR and TERM.
  static Style for_stream(FILE* f, std::string_view mode);
};

}  // namespace nytte
