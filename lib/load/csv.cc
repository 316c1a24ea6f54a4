// The CSV splitter, numbers and output form of csv.h.
#include "load/csv.h"

#include <algorithm>
#include <charconv>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <fmt/format.h>

#include "base/plural.h"
#include "base/utf8.h"
#include "format/output.h"
#include "nytte/i18n.h"

namespace nytte::csv {
namespace {

// Kept as plain scalars, each stored on its own, rather than a string_view
// member assembled on the stack and copied in: this loop is the reader's
// hottest.
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

RowEnd row_end(std::string_view text, size_t pos, char sep, size_t columns, bool final) {
  constexpr size_t npos = std::string_view::npos;
  const size_t n = text.size();
  const char* base = text.data();
  auto next_of = [&](size_t p, char x, char y) {
    return static_cast<size_t>(find_either(base + p, base + n, x, y) - base);
  };
  RowEnd r;
  size_t first_nl = npos;  // the first line end inside a quoted cell
  size_t cells = 1;
  bool cell_start = true, malformed = false;
  auto stray = [&] {
    r.end = first_nl + 1;
    r.stray = true;
    return r;
  };
  auto more = [&] {
    r.end = npos;
    return r;
  };
  size_t p = pos;
  for (;;) {
    if (p >= n) {
      if (!final) return more();
      r.end = n;
      break;
    }
    char c = text[p];
    if (c == '"' && cell_start) {
      const size_t q = p++;
      uint32_t lines = 0;
      size_t line = npos;  // the start of the cell's line after a line end in it
      // A line of the cell that would be a whole row on its own (the header's
      // number of cells, two or more) means the quote opening it is stray.
      auto row_like = [&](size_t stop) {
        return line != npos && columns >= 2 &&
               static_cast<size_t>(std::count(base + line, base + stop, sep)) + 1 == columns;
      };
      for (;;) {
        const size_t i = next_of(p, '"', '\n');
        if (lines > 0 && i - q > kMaxQuotedBytes) return stray();
        if (i >= n) {
          if (!final) return more();
          if (first_nl == npos) {  // one line, unterminated: the splitter says so
            r.end = n;
            return r;
          }
          return stray();
        }
        if (text[i] == '\n') {
          if (first_nl == npos) {
            first_nl = i;
            r.quote = q;
          }
          if (++lines > kMaxQuotedLines || row_like(i)) return stray();
          p = line = i + 1;
          continue;
        }
        if (i + 1 >= n && !final) return more();  // "" or the closing quote
        if (i + 1 < n && text[i + 1] == '"') {
          p = i + 2;
          continue;
        }
        if (row_like(i)) return stray();
        p = i + 1;
        break;
      }
      cell_start = false;
      if (p >= n) continue;
      c = text[p];
      if (c == sep || c == '\n') continue;
      if (c == '\r') {
        if (p + 1 >= n && !final) return more();
        if (p + 1 >= n || text[p + 1] == '\n') continue;
      }
      malformed = true;  // text after the closing quote, read as the splitter does
      p = next_of(p, sep, '\n');
      continue;
    }
    if (c == sep) {
      ++cells;
      cell_start = true;
      ++p;
      continue;
    }
    if (c == '\n') {
      r.end = p + 1;
      break;
    }
    cell_start = false;
    p = next_of(p, sep, '\n');
  }
  if (first_nl == npos) return r;
  if (malformed || (columns != 0 && cells != columns)) return stray();
  return r;
}

bool RowSplitter::row(std::vector<Cell>& cells, std::string& error, Where& error_at) {
  cells.clear();
  arena_.clear();
  bool ok = true;
  const size_t start = pos_;
  const uint32_t start_line = line_;
  const size_t start_line_pos = line_start_;
  if (line_end(pos_)) {
    skip_line_end();
    return true;
  }
#ifdef __SSE2__
  bool ascii = true;
  if (plain_row(cells, ascii)) {
    if (ascii || check_utf8(start, start_line, start_line_pos, error, error_at)) return true;
    cells.clear();
    return false;
  }
#endif
  // A quote on the row's first line may open a cell that runs over it: the
  // rule of row_end() says whether the row goes on.
  size_t q = text_.find('"', pos_);
  if (q != std::string_view::npos && q < text_.find('\n', pos_)) {
    RowEnd e = row_end(text_, pos_, sep_, columns_, true);
    if (e.stray) return stray_quote(e, error, error_at);
  }
  for (;;) {
    Where at{line_, static_cast<uint32_t>(pos_ - line_start_ + 1)};
    std::string_view cell;
    if (pos_ < text_.size() && text_[pos_] == '"') {
      if (!quoted(cell) && ok) {
        ok = false;
        code_ = "csv-syntax";
        error = tr("unterminated quoted cell (a \" opens it, no \" closes it)");
        error_at = at;
      }
      if (pos_ < text_.size() && text_[pos_] != sep_ && !line_end(pos_)) {
        if (ok) {
          ok = false;
          code_ = "csv-syntax";
          error =
              tr("unexpected text after the closing quote of a cell (write \"\" for a quote "
                 "inside a quoted cell)");
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
    if (ok && !check_utf8(start, start_line, start_line_pos, error, error_at)) ok = false;
    if (!ok) cells.clear();
    return ok;
  }
}

std::string stray_quote_message(size_t columns) {
  std::string row =
      columns ? trf("a row of {}", plural(columns, "cell", "cells")) : std::string(tr("a row"));
  return trf(
      "stray quote: the quoted cell opened here does not close as a cell over several lines "
      "would (within {} lines, into {}, no line of it a row on its own); this line alone is "
      "the row, the next line starts the next",
      kMaxQuotedLines, row);
}

// The row from `e`'s quote to its line end is taken to be a stray quote: the
// row is that line, and the next line is read as the next row.
bool RowSplitter::stray_quote(const RowEnd& e, std::string& error, Where& error_at) {
  code_ = "csv-stray-quote";
  error_at = {line_, static_cast<uint32_t>(e.quote - line_start_ + 1)};
  error = stray_quote_message(columns_);
  pos_ = e.end;
  ++line_;
  line_start_ = pos_;
  return false;
}

// Whether the row read from `start` (on `line`, which starts at `line_start`)
// is well-formed UTF-8; else the error at its first bad byte.
bool RowSplitter::check_utf8(size_t start, uint32_t line, size_t line_start, std::string& error,
                             Where& error_at) {
  size_t bad = utf8::first_invalid(text_.substr(start, pos_ - start));
  if (bad == std::string_view::npos) return true;
  bad += start;
  for (size_t i = start; i < bad; ++i) {
    if (text_[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  code_ = "invalid-utf8";
  error_at = {line, static_cast<uint32_t>(bad - line_start + 1)};
  error =
      trf("invalid UTF-8 (byte 0x{:02X}): CSV inputs are read as UTF-8; save the file as "
          "\"CSV UTF-8\" (a spreadsheet's other CSV forms write Windows-1252); this row was "
          "skipped",
          static_cast<unsigned char>(text_[bad]));
  return false;
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
bool RowSplitter::plain_row(std::vector<Cell>& cells, bool& ascii) {
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
  unsigned high = 0;  // bytes from 0x80 on seen (maybe past the row's end)
  for (const char* p = start;; p += 16) {
    unsigned mask = 0;
    size_t n = std::min<ptrdiff_t>(end - p, 16);
    if (n == 16) {
      __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
      __m128i hit =
          _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(b, seps), _mm_cmpeq_epi8(b, newlines)),
                       _mm_or_si128(_mm_cmpeq_epi8(b, quotes), _mm_cmpeq_epi8(b, returns)));
      mask = static_cast<unsigned>(_mm_movemask_epi8(hit));
      high |= static_cast<unsigned>(_mm_movemask_epi8(b));
    } else {
      for (size_t i = 0; i < n; ++i) {
        char ch = p[i];
        if (ch == sep_ || ch == '\n' || ch == '"' || ch == '\r') mask |= 1u << i;
        high |= static_cast<unsigned char>(ch) & 0x80u;
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
        ascii = high == 0;
        return true;
      } else {  // a quote or a carriage return
        cells.clear();
        return false;
      }
    }
    if (n < 16) {  // the text ends inside this row
      add(end);
      pos_ = text_.size();
      ascii = high == 0;
      return true;
    }
  }
}
#endif

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
