// The CSV splitter, numbers and output form of csv.h.
#include "csv.h"

#include <algorithm>
#include <charconv>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "output.h"

namespace nytte::csv {
namespace {

// Kept as plain scalars, each stored on its own: a string_view member was
// put together on the stack and copied in with one 16-byte load from two
// 8-byte stores, which stalls (a third of parse_csv_chunk in the PGO build).
void add_cell(std::vector<Cell>& cells, const char* data, size_t size, Where at) {
  Cell& c = cells.emplace_back();
  c.data = data;
  c.size = static_cast<uint32_t>(size);
  c.at.line = at.line;
  c.at.column = at.column;
}

// A plain decimal ("9", "0.5", "12.25") read directly, or nullopt for
// anything else (signs, exponents, long numbers: from_chars reads those).
// m / 10^k with m and 10^k exact doubles (at most 15 digits) is the correctly
// rounded value of the text, as from_chars gives it.
std::optional<double> plain_decimal(std::string_view s) {
  static constexpr double kPow10[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                      1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
  if (s.empty() || s.size() > 16 || s.front() == '.' || s.back() == '.') return std::nullopt;
  uint64_t m = 0;
  int digits = 0, decimals = -1;
  for (char ch : s) {
    if (ch == '.') {
      if (decimals >= 0) return std::nullopt;
      decimals = 0;
      continue;
    }
    unsigned d = static_cast<unsigned>(static_cast<unsigned char>(ch)) - '0';
    if (d > 9) return std::nullopt;
    m = m * 10 + d;
    ++digits;
    if (decimals >= 0) ++decimals;
  }
  if (digits > 15) return std::nullopt;
  return static_cast<double>(m) / kPow10[std::max(decimals, 0)];
}

}  // namespace

char separator_of(std::string_view header_line) {
  return header_line.find(',') == std::string_view::npos &&
                 header_line.find(';') != std::string_view::npos
             ? ';'
             : ',';
}

bool RowSplitter::row(std::vector<Cell>& cells, std::string& error, Where& error_at) {
  cells.clear();
  arena_.clear();
  bool ok = true;
  if (line_end(pos_)) {
    skip_line_end();
    return true;
  }
#ifdef __SSE2__
  if (plain_row(cells)) return true;
#endif
  for (;;) {
    Where at{line_, static_cast<uint32_t>(pos_ - line_start_ + 1)};
    std::string_view cell;
    if (pos_ < text_.size() && text_[pos_] == '"') {
      if (!quoted(cell) && ok) {
        ok = false;
        error = "unterminated quoted cell (a \" opens it, no \" closes it)";
        error_at = at;
      }
      if (pos_ < text_.size() && text_[pos_] != sep_ && !line_end(pos_)) {
        if (ok) {
          ok = false;
          error =
              "unexpected text after the closing quote of a cell (write \"\" for a quote "
              "inside a quoted cell)";
          error_at = {line_, static_cast<uint32_t>(pos_ - line_start_ + 1)};
        }
        unquoted();
      }
    } else {
      cell = unquoted();
    }
    add_cell(cells, cell.data(), cell.size(), at);
    if (pos_ < text_.size() && text_[pos_] == sep_) {
      ++pos_;
      continue;
    }
    skip_line_end();
    return ok;
  }
}

bool RowSplitter::line_end(size_t p) const {
  return p >= text_.size() || text_[p] == '\n' ||
         (text_[p] == '\r' && (p + 1 == text_.size() || text_[p + 1] == '\n'));
}
void RowSplitter::skip_line_end() {
  if (pos_ < text_.size() && text_[pos_] == '\r') ++pos_;
  if (pos_ < text_.size() && text_[pos_] == '\n') {
    ++pos_;
    ++line_;
    line_start_ = pos_;
  }
}

std::string_view RowSplitter::unquoted() {
  size_t start = pos_;
  const char* p = find_either(text_.data() + pos_, text_.data() + text_.size(), sep_, '\n');
  pos_ = static_cast<size_t>(p - text_.data());
  size_t stop = pos_;
  if (stop > start && text_[stop - 1] == '\r' && line_end(stop - 1)) --stop;
  if (stop < pos_) pos_ = stop;  // leave "\r\n" to skip_line_end
  return text_.substr(start, stop - start);
}

// A quoted cell, unescaped into the arena; false when it never closes.
bool RowSplitter::quoted(std::string_view& cell) {
  if (arena_.capacity() < text_.size()) arena_.reserve(text_.size());  // views stay valid
  size_t begin = arena_.size();
  ++pos_;
  for (;;) {
    size_t q = text_.find('"', pos_);
    size_t stop = q == std::string_view::npos ? text_.size() : q;
    for (size_t i = pos_; i < stop; ++i) {
      if (text_[i] == '\n') {
        ++line_;
        line_start_ = i + 1;
      }
    }
    arena_.append(text_.substr(pos_, stop - pos_));
    if (q == std::string_view::npos) {
      pos_ = text_.size();
      cell = std::string_view(arena_).substr(begin);
      return false;
    }
    if (q + 1 < text_.size() && text_[q + 1] == '"') {
      arena_ += '"';
      pos_ = q + 2;
      continue;
    }
    pos_ = q + 1;
    cell = std::string_view(arena_).substr(begin);
    return true;
  }
}

#ifdef __SSE2__
// A row without quotes or carriage returns (nearly every row), split 16
// bytes at a time; false, with nothing consumed, for any other row, which
// row() then reads byte by byte.
bool RowSplitter::plain_row(std::vector<Cell>& cells) {
  const char* base = text_.data();
  const char* end = base + text_.size();
  const char* start = base + pos_;
  const char* cell = start;
  const auto column = static_cast<uint32_t>(pos_ - line_start_ + 1);
  auto add = [&](const char* stop) {
    add_cell(cells, cell, static_cast<size_t>(stop - cell),
             Where{line_, column + static_cast<uint32_t>(cell - start)});
  };
  const __m128i seps = _mm_set1_epi8(sep_), newlines = _mm_set1_epi8('\n');
  const __m128i quotes = _mm_set1_epi8('"'), returns = _mm_set1_epi8('\r');
  for (const char* p = start;; p += 16) {
    unsigned mask = 0;
    size_t n = std::min<ptrdiff_t>(end - p, 16);
    if (n == 16) {
      __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
      __m128i hit =
          _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(b, seps), _mm_cmpeq_epi8(b, newlines)),
                       _mm_or_si128(_mm_cmpeq_epi8(b, quotes), _mm_cmpeq_epi8(b, returns)));
      mask = static_cast<unsigned>(_mm_movemask_epi8(hit));
    } else {
      for (size_t i = 0; i < n; ++i) {
        char ch = p[i];
        if (ch == sep_ || ch == '\n' || ch == '"' || ch == '\r') mask |= 1u << i;
      }
    }
    for (; mask != 0; mask &= mask - 1) {
      const char* q = p + __builtin_ctz(mask);
      if (*q == sep_) {
        add(q);
        cell = q + 1;
      } else if (*q == '\n') {
        add(q);
        pos_ = static_cast<size_t>(q + 1 - base);
        ++line_;
        line_start_ = pos_;
        return true;
      } else {  // a quote or a carriage return
        cells.clear();
        return false;
      }
    }
    if (n < 16) {  // the text ends inside this row
      add(end);
      pos_ = text_.size();
      return true;
    }
  }
}
#endif

void QuoteTracker::feed(std::string_view text) {
  for (char ch : text) {
    if (in_quotes_) {
      if (quote_pending_) {
        quote_pending_ = false;
        if (ch == '"') continue;  // "" inside a quoted cell
        in_quotes_ = false;       // the quote closed the cell
      } else {
        if (ch == '"') quote_pending_ = true;
        continue;
      }
    }
    if (ch == '"' && cell_start_) {
      in_quotes_ = true;
      cell_start_ = false;
      continue;
    }
    cell_start_ = ch == sep_ || ch == '\n';
  }
}

std::optional<double> parse_number(std::string_view s, char separator) {
  // With ';' between cells, spreadsheets write a decimal comma: 12,5.
  char buf[64];
  if (separator == ';' && s.size() < sizeof buf && s.find(',') != s.npos) {
    std::memcpy(buf, s.data(), s.size());
    std::replace(buf, buf + s.size(), ',', '.');
    s = std::string_view(buf, s.size());
  }
  if (std::optional<double> plain = plain_decimal(s)) return plain;
  double v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || s.empty()) return std::nullopt;
  return v;
}

void number(std::string& out, double v, const Format& f) {
  size_t start = out.size();
  append_number(out, v);
  if (f.decimal_comma)
    std::replace(out.begin() + static_cast<ptrdiff_t>(start), out.end(), '.', ',');
}

void number_text(std::string& out, std::string_view text, const Format& f) {
  size_t start = out.size();
  out += text;
  if (f.decimal_comma)
    std::replace(out.begin() + static_cast<ptrdiff_t>(start), out.end(), '.', ',');
}

}  // namespace nytte::csv
