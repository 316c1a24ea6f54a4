// Citizen records from CSV (RFC 4180): one row a citizen, parsed in place.
// Cells are string_views into the chunk (quoted cells with "" are unescaped
// into one buffer per chunk) and the record is the reused scratch citizen, so
// the steady state allocates nothing per field.
#include <algorithm>
#include <charconv>
#include <cstring>

#include <fmt/format.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "bytes.h"
#include "citizen_fields.h"

namespace nytte::citizen_fields {
namespace {

// Kept as plain scalars, each stored on its own: a string_view member was
// put together on the stack and copied in with one 16-byte load from two
// 8-byte stores, which stalls (a third of parse_csv_chunk in the PGO build).
struct Cell {
  const char* data;
  uint32_t size;
  Where at;
  std::string_view text() const { return {data, size}; }
};

void add_cell(std::vector<Cell>& cells, const char* data, size_t size, Where at) {
  Cell& c = cells.emplace_back();
  c.data = data;
  c.size = static_cast<uint32_t>(size);
  c.at.line = at.line;
  c.at.column = at.column;
}

// The first of [p, end) that is `x` or `y`, or `end`: eight bytes at a time
// (a byte equal to c is a zero byte of w ^ c; the lowest flag marks the
// first, as borrows only run upwards).
const char* find_either(const char* p, const char* end, char x, char y) {
  const uint64_t xs = bytes::repeat(x), ys = bytes::repeat(y);
  while (end - p >= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    uint64_t found = bytes::zeros(w ^ xs) | bytes::zeros(w ^ ys);
    if (found) return p + __builtin_ctzll(found) / 8;
    p += 8;
  }
  while (p != end && *p != x && *p != y) ++p;
  return p;
}

// Splits the rows of a chunk into cells, tracking lines and columns.
class RowSplitter {
 public:
  RowSplitter(std::string_view text, uint32_t first_line, char separator)
      : text_(text), line_(first_line), sep_(separator) {}

  bool done() const { return pos_ >= text_.size(); }
  uint32_t line() const { return line_; }

  // The next row's cells; false with `error` (and `error_at`) set when the
  // row is malformed (the row is still consumed). Rows with nothing on them
  // come out with no cells.
  bool row(std::vector<Cell>& cells, std::string& error, Where& error_at) {
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

 private:
  bool line_end(size_t p) const {
    return p >= text_.size() || text_[p] == '\n' ||
           (text_[p] == '\r' && (p + 1 == text_.size() || text_[p + 1] == '\n'));
  }
  void skip_line_end() {
    if (pos_ < text_.size() && text_[pos_] == '\r') ++pos_;
    if (pos_ < text_.size() && text_[pos_] == '\n') {
      ++pos_;
      ++line_;
      line_start_ = pos_;
    }
  }

  std::string_view unquoted() {
    size_t start = pos_;
    const char* p = find_either(text_.data() + pos_, text_.data() + text_.size(), sep_, '\n');
    pos_ = static_cast<size_t>(p - text_.data());
    size_t stop = pos_;
    if (stop > start && text_[stop - 1] == '\r' && line_end(stop - 1)) --stop;
    if (stop < pos_) pos_ = stop;  // leave "\r\n" to skip_line_end
    return text_.substr(start, stop - start);
  }

  // A quoted cell, unescaped into the arena; false when it never closes.
  bool quoted(std::string_view& cell) {
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
  bool plain_row(std::vector<Cell>& cells) {
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

  std::string_view text_;
  size_t pos_ = 0;
  size_t line_start_ = 0;
  uint32_t line_;
  char sep_;
  std::string arena_;
};

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

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// Calls f(token) for each run of non-blank characters.
template <class F>
void each_word(std::string_view s, F f) {
  size_t p = 0;
  while (p < s.size()) {
    while (p < s.size() && (s[p] == ' ' || s[p] == '\t')) ++p;
    size_t start = p;
    p = static_cast<size_t>(find_either(s.data() + p, s.data() + s.size(), ' ', '\t') - s.data());
    if (p > start) f(s.substr(start, p - start));
  }
}

class CsvRecords {
 public:
  CsvRecords(const Chunk& chunk, const Schema& schema, Citizen& c, RecordSink& sink)
      : chunk_(chunk),
        header_(*chunk.csv),
        schema_(schema),
        c_(c),
        sink_(sink),
        problems_(chunk.file.get()) {
    // What each column fills, worked out once a chunk rather than once a cell.
    for (const CsvColumn& col : header_.columns) {
      FieldRef f{col.builtin, col.declared};
      plan_.push_back({f, shape_of(f, schema_)});
    }
  }

  void run() {
    RowSplitter rows(chunk_.text, chunk_.first_line, header_.separator);
    std::vector<Cell> cells;
    std::string error;
    while (!rows.done()) {
      problems_.clear();
      uint32_t line = rows.line();
      Where error_at;
      if (!rows.row(cells, error, error_at)) {
        problems_.add(error_at, error, "csv-syntax");
        sink_.bad_record(problems_.sorted());
        continue;
      }
      if (cells.empty()) continue;  // a blank line
      if (cells.size() != header_.columns.size()) {
        problems_.add({line, 1},
                      fmt::format("row has {} cells, the header has {} columns", cells.size(),
                                  header_.columns.size()),
                      "csv-cells");
        sink_.bad_record(problems_.sorted());
        continue;
      }
      record(line, cells);
    }
  }

 private:
  void record(uint32_t line, const std::vector<Cell>& cells) {
    reset(c_, schema_);
    Marks m;
    m.record = {line, 1};
    c_.pos.file = *chunk_.file;
    c_.pos.line = line;
    c_.pos.column = 1;
    for (size_t i = 0; i < cells.size(); ++i) {
      const Cell& cell = cells[i];
      if (cell.text().empty()) continue;  // missing
      const Plan& plan = plan_[i];
      if (plan.field.builtin) {
        switch (*plan.field.builtin) {
          case Field::id:
            m.id = cell.at;
            break;
          case Field::cpr:
            m.cpr = cell.at;
            break;
          case Field::birth_date:
            m.birth_date = cell.at;
            break;
          case Field::sex:
            m.sex = cell.at;
            break;
          case Field::first_entry_date:
            m.first_entry_date = cell.at;
            break;
          default:
            break;
        }
      }
      field(plan.field, plan.shape, cell);
    }
    finish_record(c_, m, problems_);
    if (problems_.empty()) {
      sink_.record(c_);
    } else {
      sink_.bad_record(problems_.sorted());
    }
  }

  void refused(const Cell& cell, Fault& why) {
    problems_.add(cell.at, std::move(why.message), why.code);
  }
  void bad(const Cell& cell, std::string_view name, std::string_view expected) {
    problems_.add(cell.at,
                  fmt::format("field '{}' must be {}, found '{}'", name, expected, cell.text()),
                  "wrong-type");
  }

  std::optional<double> number(std::string_view s) {
    s = trim(s);
    double v = 0;
    // With ';' between cells, spreadsheets write a decimal comma: 12,5.
    char buf[64];
    if (header_.separator == ';' && s.size() < sizeof buf && s.find(',') != s.npos) {
      std::memcpy(buf, s.data(), s.size());
      std::replace(buf, buf + s.size(), ',', '.');
      s = std::string_view(buf, s.size());
    }
    if (std::optional<double> plain = plain_decimal(s)) return plain;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size() || s.empty()) return std::nullopt;
    return v;
  }

  void field(const FieldRef& f, Shape shape, const Cell& cell) {
    auto name = [&] { return field_name(f, schema_); };  // for messages only
    Fault why;
    switch (shape) {
      case Shape::text:
        if (!set_text(f, cell.text(), schema_, c_, why)) refused(cell, why);
        return;
      case Shape::integer: {
        std::string_view s = trim(cell.text());
        int64_t v = 0;
        auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
        if (ec != std::errc() || end != s.data() + s.size() || s.empty()) {
          bad(cell, name(), "an integer");
        } else if (!set_integer(f, v, schema_, c_, why)) {
          refused(cell, why);
        }
        return;
      }
      case Shape::number:
        if (std::optional<double> v = number(cell.text())) {
          if (!set_number(f, *v, schema_, c_, why)) refused(cell, why);
        } else {
          bad(cell, name(), "a number");
        }
        return;
      case Shape::date:
        if (std::optional<Date> d = parse_date_text(trim(cell.text()))) {
          set_date(f, *d, c_);
        } else {
          bad(cell, name(), "a date like 1970-03-14");
        }
        return;
      case Shape::boolean: {
        std::string_view s = trim(cell.text());
        if (s == "true" || s == "TRUE" || s == "True") {
          set_boolean(f, true, c_);
        } else if (s == "false" || s == "FALSE" || s == "False") {
          set_boolean(f, false, c_);
        } else {
          bad(cell, name(), "true or false");
        }
        return;
      }
      case Shape::text_list:
        list(f, cell);
        return;
      case Shape::periods:
        periods(cell);
        return;
      case Shape::unavailable:
        blocks(cell);
        return;
    }
  }

  // Items separated by the list separator; "[]" is the empty list.
  void list(const FieldRef& f, const Cell& cell) {
    start_list(f, c_);
    std::string_view s = trim(cell.text());
    if (s == "[]") return;
    size_t p = 0;
    while (p <= s.size()) {
      size_t q = s.find(header_.list_separator, p);
      if (q == s.npos) q = s.size();
      std::string_view item = trim(s.substr(p, q - p));
      Fault why;
      if (!item.empty() && !add_list_item(f, item, schema_, c_, why)) refused(cell, why);
      p = q + 1;
    }
  }

  // "kontanthjaelp:2021-01-01..2024-12-31 hjemrejseydelse:2025-01-01.."
  void periods(const Cell& cell) {
    std::vector<BenefitPeriod>& out = fresh_list(c_.benefit_history, c_.spare.benefit_history);
    if (trim(cell.text()) == "[]") return;
    each_word(cell.text(), [&](std::string_view word) {
      size_t colon = word.rfind(':');
      size_t dots = word.find("..", colon == word.npos ? 0 : colon);
      if (colon == word.npos || dots == word.npos) {
        problems_.add(cell.at,
                      fmt::format("benefit period '{}' must be written "
                                  "benefit:YYYY-MM-DD..YYYY-MM-DD (the end may be left out)",
                                  word),
                      "invalid-value");
        return;
      }
      Fault why;
      BenefitPeriod p;
      std::optional<Benefit> b = parse_benefit(word.substr(0, colon), why);
      if (!b) return refused(cell, why);
      p.benefit = *b;
      std::string_view from = word.substr(colon + 1, dots - colon - 1);
      std::string_view to = word.substr(dots + 2);
      std::optional<Date> d = parse_date_text(from);
      if (!d) {
        problems_.add(
            cell.at,
            fmt::format("benefit period '{}': '{}' is not a date like 1970-03-14", word, from),
            "invalid-value");
        return;
      }
      p.from = *d;
      if (!to.empty()) {
        p.to = parse_date_text(to);
        if (!p.to) {
          problems_.add(
              cell.at,
              fmt::format("benefit period '{}': '{}' is not a date like 1970-03-14", word, to),
              "invalid-value");
          return;
        }
      }
      if (!check_period(p, why)) return refused(cell, why);
      out.push_back(p);
    });
  }

  // "mon 08:00-12:00 wed 13:00-16:00": a day, then one or more time ranges.
  void blocks(const Cell& cell) {
    std::vector<UnavailableBlock>& out = fresh_list(c_.unavailable, c_.spare.unavailable);
    if (trim(cell.text()) == "[]") return;
    std::optional<Weekday> day;
    bool day_used = true;
    bool ok = true;
    each_word(cell.text(), [&](std::string_view word) {
      if (!ok) return;
      Fault why;
      size_t dash = word.find('-');
      if (dash == word.npos) {
        if (!day_used) {
          problems_.add(cell.at, fmt::format("day '{}' has no time range", weekday_code(*day)),
                        "invalid-value");
          ok = false;
          return;
        }
        day = parse_day(word, why);
        if (!day) {
          refused(cell, why);
          ok = false;
        }
        day_used = false;
        return;
      }
      std::optional<TimeOfDay> from = parse_time_text(word.substr(0, dash));
      std::optional<TimeOfDay> to = parse_time_text(word.substr(dash + 1));
      if (!day || !from || !to) {
        problems_.add(cell.at,
                      fmt::format("unavailable block '{}' must be written like "
                                  "'mon 08:00-12:00' (a day, then HH:MM-HH:MM)",
                                  word),
                      "invalid-value");
        ok = false;
        return;
      }
      UnavailableBlock b{*day, *from, *to};
      if (!check_block(b, why)) {
        refused(cell, why);
        ok = false;
        return;
      }
      out.push_back(b);
      day_used = true;
    });
    if (ok && !day_used) {
      problems_.add(cell.at, fmt::format("day '{}' has no time range", weekday_code(*day)),
                    "invalid-value");
    }
  }

  struct Plan {
    FieldRef field;
    Shape shape;
  };

  const Chunk& chunk_;
  const CsvHeader& header_;
  std::vector<Plan> plan_;
  const Schema& schema_;
  Citizen& c_;
  RecordSink& sink_;
  Problems problems_;
};

}  // namespace

void parse_csv_chunk(const Chunk& chunk, const Schema& schema, Citizen& c, RecordSink& sink) {
  CsvRecords(chunk, schema, c, sink).run();
}

std::optional<CsvHeader> parse_csv_header(std::string_view row, uint32_t line, char separator,
                                          const Schema& schema, const std::string& file,
                                          std::vector<Diagnostic>& errors) {
  size_t before = errors.size();
  auto error = [&](Where at, std::string message) {
    errors.push_back(Diagnostic{Severity::error, SourcePos{file, at.line, at.column},
                                std::move(message), "csv-header"});
  };
  CsvHeader h;
  h.separator = separator;
  h.list_separator = separator == ';' ? '|' : ';';
  h.line = line;
  RowSplitter rows(row, line, separator);
  std::vector<Cell> cells;
  std::string why;
  Where at;
  if (!rows.row(cells, why, at)) error(at, why);
  bool has_id = false;
  for (const Cell& cell : cells) {
    std::string_view name = trim(cell.text());
    std::optional<FieldRef> f = find_any_field(name, schema);
    if (!f) {
      std::string message = unknown_field_message(name, schema);
      error(cell.at, "unknown column" + message.substr(std::strlen("unknown field")));
      continue;
    }
    for (const CsvColumn& seen : h.columns) {
      if (seen.name == name) {
        error(cell.at,
              fmt::format("column '{}' appears twice (first at column {})", name, seen.column));
      }
    }
    has_id = has_id || (f->builtin && *f->builtin == Field::id);
    h.columns.push_back(CsvColumn{std::string(name), f->builtin, f->declared, cell.at.column});
  }
  if (!has_id && errors.size() == before) {
    error({line, 1}, "the CSV header has no 'id' column (every record needs an id)");
  }
  if (errors.size() != before) return std::nullopt;
  return h;
}

}  // namespace nytte::citizen_fields
