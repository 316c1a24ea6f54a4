#include "format/output.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>

#include <fmt/format.h>

#include "base/diagnostic.h"
#include "nytte/i18n.h"

namespace nytte {

void JsonWriter::newline() {
  if (indent_ == 0) return;
  out_ += '\n';
  out_.append(static_cast<size_t>(depth_ * indent_), ' ');
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (depth_ == 0) return;
  if (!first_) out_ += ',';
  first_ = false;
  newline();
}

void JsonWriter::begin_object() {
  before_value();
  out_ += '{';
  ++depth_;
  first_ = true;
}

void JsonWriter::end_object() {
  --depth_;
  if (!first_) newline();
  out_ += '}';
  first_ = false;
}

void JsonWriter::begin_array() {
  before_value();
  out_ += '[';
  ++depth_;
  first_ = true;
}

void JsonWriter::end_array() {
  --depth_;
  if (!first_) newline();
  out_ += ']';
  first_ = false;
}

void JsonWriter::key(std::string_view k) {
  before_value();
  out_ += '"';
  json_escape(out_, k);
  out_.append(indent_ ? "\": " : "\":", indent_ ? 3 : 2);
  after_key_ = true;
}

void JsonWriter::raw_key(std::string_view quoted) {
  before_value();
  out_ += quoted;
  after_key_ = true;
}

void JsonWriter::string(std::string_view s) {
  before_value();
  out_ += '"';
  json_escape(out_, s);
  out_ += '"';
}

void JsonWriter::number(double v) {
  before_value();
  append_number(out_, v);
}

void JsonWriter::integer(int64_t v) {
  before_value();
  fmt::format_to(std::back_inserter(out_), "{}", v);
}

void JsonWriter::boolean(bool b) {
  before_value();
  out_ += b ? "true" : "false";
}

void JsonWriter::null() {
  before_value();
  out_ += "null";
}

void JsonWriter::string_or_null(std::string_view s) {
  if (s.empty()) {
    null();
  } else {
    string(s);
  }
}

void JsonWriter::raw_members(std::string_view json) {
  before_value();
  out_ += json;
}

void JsonWriter::raw(std::string_view json) {
  before_value();
  out_ += json;
}

void ByteBuffer::grow(size_t n) {
  size_t cap = std::max<size_t>({cap_ + cap_ / 2, size_ + n, 4096});
  auto bigger = std::make_unique_for_overwrite<char[]>(cap);
  if (size_) std::memcpy(bigger.get(), data_.get(), size_);
  data_ = std::move(bigger);
  cap_ = cap;
}

namespace {

template <class Out>
void escape_to(Out& out, std::string_view s) {
  if (!detail::any_escape(s)) {
    out.append(s.data(), s.size());
    return;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  size_t plain = 0;  // copy runs of ordinary bytes at once
  size_t i = 0;
  while (i < s.size()) {
    if (i + 8 <= s.size()) {
      uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      if (!detail::needs_escape(w) && (w & bytes::kHigh) == 0) {
        i += 8;
        continue;
      }
    }
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      // Well-formed UTF-8 as it is; any other byte as U+FFFD, so that the
      // output is always UTF-8 (inputs are checked; names and paths may not be).
      size_t n = utf8::sequence_length(s.data() + i, s.data() + s.size());
      if (n == 0) {
        out.append(s.data() + plain, i - plain);
        out += "\xEF\xBF\xBD";
        plain = i + 1;
        n = 1;
      }
      i += n;
      continue;
    }
    if (c >= 0x20 && c != '"' && c != '\\') {
      ++i;
      continue;
    }
    out.append(s.data() + plain, i - plain);
    plain = i + 1;
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 15];
    }
    ++i;
  }
  out.append(s.data() + plain, s.size() - plain);
}

// `v` with one or two decimals when that is the shortest text that reads back
// as `v` (hours like 7.5 and years like 0.25), as fmt's shortest form writes
// it; false otherwise. m / 10^d is correctly rounded, as reading "m/10^d"
// back is, so m / 10^d == v says the text reads back exactly; below 1e9 no
// two texts with d decimals read back as the same double.
template <class Out>
bool append_short_decimal(Out& out, double v) {
  double a = v < 0 ? -v : v;
  if (!(a < 1e9)) return false;
  for (int d = 1; d <= 2; ++d) {
    double scale = d == 1 ? 10.0 : 100.0;
    auto m = static_cast<int64_t>(a * scale + 0.5);
    if (static_cast<double>(m) / scale != a) continue;
    char buf[24];
    char* p = buf;
    if (v < 0) *p++ = '-';
    int64_t whole = m / static_cast<int64_t>(scale), fraction = m % static_cast<int64_t>(scale);
    p = std::to_chars(p, buf + sizeof buf, whole).ptr;
    *p++ = '.';
    if (d == 2) *p++ = static_cast<char>('0' + fraction / 10);
    *p++ = static_cast<char>('0' + fraction % 10);
    // At most 13 bytes ("-999999999.99"): clamped where the compiler sees it
    // (the profile-guided build warns otherwise, -Warray-bounds).
    out.append(buf, std::min(static_cast<size_t>(p - buf), size_t{16}));
    return true;
  }
  return false;
}

template <class Out>
void number_to(Out& out, double v) {
  char buf[32];
  if (v >= 0 && v < 100 && v == static_cast<double>(static_cast<int>(v))) {
    // Ages, years, hours and counts, most of them.
    auto i = static_cast<int>(v);
    if (i < 10) {
      out.push_back(static_cast<char>('0' + i));
    } else {
      buf[0] = static_cast<char>('0' + i / 10);
      buf[1] = static_cast<char>('0' + i % 10);
      out.append(buf, 2);
    }
    return;
  }
  // The lengths are clamped to the buffer where the compiler can see it: the
  // profile-guided build otherwise warns that the 16-byte copies of append
  // could read past it (-Warray-bounds).
  auto written = [&](const char* end) {
    return std::min(static_cast<size_t>(end - buf), sizeof buf - 1);
  };
  // The range first: casting a double outside int64_t's range (1e20, nan)
  // to it is undefined behaviour.
  if (v > -1e15 && v < 1e15 && v == static_cast<double>(static_cast<int64_t>(v))) {
    auto r = std::to_chars(buf, buf + sizeof buf - 1, static_cast<int64_t>(v));
    out.append(buf, written(r.ptr));
  } else if (!std::isfinite(v)) {
    // JSON has no nan or infinity. The readers refuse them, but a rule's
    // arithmetic can make one (x / 0): written as null, a value not known.
    out.append("null", 4);
  } else if (!append_short_decimal(out, v)) {
    auto end = fmt::format_to_n(buf, sizeof buf - 1, "{}", v).out;
    out.append(buf, written(end));
  }
}

}  // namespace

void json_escape(std::string& out, std::string_view s) {
  escape_to(out, s);
}
void detail::json_escape_some(ByteBuffer& out, std::string_view s) {
  escape_to(out, s);
}
void append_number(std::string& out, double v) {
  number_to(out, v);
}
void detail::append_number_other(ByteBuffer& out, double v) {
  number_to(out, v);
}

size_t display_width(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string wrap_words(std::string_view first, std::string_view text, size_t indent, size_t width) {
  std::string out(first), line_pad(indent, ' ');
  size_t col = display_width(first);
  bool line_start = true;
  size_t i = 0;
  while (i < text.size()) {
    size_t j = text.find(' ', i);
    if (j == std::string_view::npos) j = text.size();
    std::string_view word = text.substr(i, j - i);
    i = j + 1;
    if (word.empty()) continue;
    if (!line_start && col + 1 + display_width(word) > width) {
      out += '\n' + line_pad;
      col = indent;
      line_start = true;
    }
    if (!line_start) {
      out += ' ';
      ++col;
    }
    out += word;
    col += display_width(word);
    line_start = false;
  }
  return out + '\n';
}

void csv_cell(std::string& out, std::string_view s, char sep) {
  if (s.find_first_of(std::string{sep, '"', '\n', '\r'}) == std::string_view::npos) {
    out += s;
    return;
  }
  out += '"';
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

bool color_wanted(std::string_view mode, bool terminal, const char* no_color, const char* term) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  if (mode != "auto") {
    throw UsageError(trf("--color: '{}' is not one of auto, always, never", excerpt(mode)));
  }
  if (no_color && *no_color) return false;
  if (term && std::strcmp(term, "dumb") == 0) return false;
  return terminal;
}

Style Style::for_stream(FILE* f, std::string_view mode) {
  return Style{
      color_wanted(mode, isatty(fileno(f)) != 0, std::getenv("NO_COLOR"), std::getenv("TERM"))};
}

}  // namespace nytte
