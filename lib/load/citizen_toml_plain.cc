// The reader of [[citizen]] records: records written the way extracts and
// nytte-gen write them (one `key = value` a line; strings, numbers, dates,
// times, arrays and one-line inline tables), read straight into the Citizen
// without building a toml++ tree. It takes only what is certainly valid TOML
// and a good record: anything else (other syntax, a wrong type, an unknown
// field or code, any problem at all) is declined, and parse_toml_chunk
// (citizen_toml.cc) reads that record with toml++, the fallback, whose
// messages stay the only ones users see.
#include <charconv>
#include <cstring>

#include "base/utf8.h"
#include "load/citizen_fields.h"

namespace nytte::citizen_fields {
namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

bool is_bare_key_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '_' || c == '-';
}

// Reads one record. Every member returns false to decline.
class Record {
 public:
  Record(std::string_view text, const Schema& schema, Citizen& c, PlainTomlReader::Keys& keys,
         ListMemory& lists)
      : p_(text.data()),
        end_(text.data() + text.size()),
        schema_(schema),
        c_(c),
        keys_(keys),
        lists_(lists) {}

  // Skips the blank and comment lines before a record; true when nothing else
  // is there.
  bool only_blank_lines() {
    for (;;) {
      blanks();
      if (p_ == end_) return true;
      if (!line_end()) return false;
    }
  }

  bool header() {
    blanks();
    if (!word("[[")) return false;
    blanks();
    if (!word("citizen")) return false;
    blanks();
    return word("]]") && line_end();
  }

  bool body() {
    reset(c_, schema_, lists_);
    Marks m;
    m.record = {1, 1};
    uint32_t seen = 0;  // built-in fields already set (duplicate keys are errors)
    static_assert(kBuiltinFieldCount <= 32, "one bit of `seen` a built-in field");
    uint64_t seen_declared = 0;
    size_t index = 0;  // of the key in the record, for the memo of lookups
    for (;;) {
      blanks();
      if (p_ == end_) break;
      if (*p_ == '\n' || *p_ == '\r' || *p_ == '#') {
        if (!line_end()) return false;
        continue;
      }
      const char* key_start = p_;
      while (p_ < end_ && is_bare_key_char(*p_)) ++p_;
      std::string_view key(key_start, static_cast<size_t>(p_ - key_start));
      if (key.empty()) return false;
      blanks();
      if (!word("=")) return false;
      blanks();
      std::optional<FieldRef> f = lookup(index++, key);
      if (!f) return false;
      if (f->builtin) {
        uint32_t bit = 1u << static_cast<unsigned>(*f->builtin);
        if (seen & bit) return false;
        seen |= bit;
        if (*f->builtin == Field::id) m.id = {1, 1};
      } else {
        if (f->declared >= 64) return false;
        uint64_t bit = uint64_t{1} << f->declared;
        if (seen_declared & bit) return false;
        seen_declared |= bit;
      }
      if (!value(*f) || !line_end()) return false;
    }
    // The record-level checks; any problem and the record is declined, so the
    // positions in `m` never reach a message.
    Problems problems(&kNoFile);
    finish_record(c_, m, problems);
    return problems.empty();
  }

 private:
  static inline const std::string kNoFile;

  bool at(char c) const { return p_ < end_ && *p_ == c; }

  bool word(std::string_view w) {
    if (static_cast<size_t>(end_ - p_) < w.size() || std::memcmp(p_, w.data(), w.size()) != 0) {
      return false;
    }
    p_ += w.size();
    return true;
  }

  void blanks() {
    while (p_ < end_ && (*p_ == ' ' || *p_ == '\t')) ++p_;
  }

  // Text a comment may hold: tab, printable ASCII and well-formed UTF-8.
  bool comment() {
    ++p_;  // '#'
    while (p_ < end_ && *p_ != '\n' && *p_ != '\r') {
      auto c = static_cast<unsigned char>(*p_);
      if (c >= 0x80) {
        size_t n = utf8::sequence_length(p_, end_);
        if (n == 0) return false;
        p_ += n;
      } else if (c == '\t' || (c >= 0x20 && c != 0x7F)) {
        ++p_;
      } else {
        return false;
      }
    }
    return true;
  }

  // Blanks, a comment, then the end of the line (or of the text).
  bool line_end() {
    blanks();
    if (at('#') && !comment()) return false;
    if (p_ == end_) return true;
    if (*p_ == '\n') {
      ++p_;
      return true;
    }
    if (*p_ == '\r' && p_ + 1 < end_ && p_[1] == '\n') {
      p_ += 2;
      return true;
    }
    return false;
  }

  // Blanks, comments and line ends between the items of an array.
  bool array_space() {
    for (;;) {
      blanks();
      if (at('#') && !comment()) return false;
      if (at('\n')) {
        ++p_;
      } else if (at('\r') && p_ + 1 < end_ && p_[1] == '\n') {
        p_ += 2;
      } else {
        return true;
      }
    }
  }

  // The field a key names: the same keys come in the same places record
  // after record, so the lookup of the key in that place is remembered.
  std::optional<FieldRef> lookup(size_t index, std::string_view key) {
    if (index < keys_.size() && keys_[index].first == key) return keys_[index].second;
    std::optional<FieldRef> f = find_any_field(key, schema_);
    if (index < keys_.size()) {
      keys_[index] = {std::string(key), f};
    } else if (index == keys_.size()) {
      keys_.emplace_back(std::string(key), f);
    }
    return f;
  }

  // A basic ("...") or literal ('...') string on one line, without escapes.
  bool string(std::string_view& out) {
    if (p_ == end_ || (*p_ != '"' && *p_ != '\'')) return false;
    char quote = *p_++;
    if (end_ - p_ >= 2 && p_[0] == quote && p_[1] == quote) return false;  // multi-line
    const char* start = p_;
    while (p_ < end_ && *p_ != quote) {
      auto c = static_cast<unsigned char>(*p_);
      if (c >= 0x80) {
        size_t n = utf8::sequence_length(p_, end_);
        if (n == 0) return false;
        p_ += n;
      } else if ((c >= 0x20 && c != 0x7F && c != '\\') || c == '\t') {
        ++p_;
      } else {
        return false;  // escapes, control characters, a line end
      }
    }
    if (p_ == end_) return false;
    out = std::string_view(start, static_cast<size_t>(p_ - start));
    ++p_;
    return true;
  }

  // Decimal digits without a leading zero (TOML's rule), no underscores.
  bool digits() {
    const char* start = p_;
    while (p_ < end_ && is_digit(*p_)) ++p_;
    size_t n = static_cast<size_t>(p_ - start);
    return n > 0 && n <= 15 && (n == 1 || *start != '0');
  }

  bool integer(int64_t& out) {
    const char* start = p_;
    if (at('-')) ++p_;
    if (!digits()) return false;
    return std::from_chars(start, p_, out).ec == std::errc();
  }

  // An integer or a float with a fraction (no exponent, inf or nan). An
  // integer is read as one and then made a double, as toml++ gives it (-0 is 0).
  bool number(double& out) {
    const char* start = p_;
    if (at('-')) ++p_;
    if (!digits()) return false;
    if (!at('.')) {
      int64_t i = 0;
      if (at('e') || at('E') || std::from_chars(start, p_, i).ec != std::errc()) return false;
      out = static_cast<double>(i);
      return true;
    }
    ++p_;
    const char* fraction = p_;
    while (p_ < end_ && is_digit(*p_)) ++p_;
    if (p_ == fraction || at('e') || at('E') || at('_')) return false;
    return std::from_chars(start, p_, out).ec == std::errc();
  }

  // `n` digits as a number.
  bool fixed(int n, int& out) {
    if (end_ - p_ < n) return false;
    out = 0;
    for (int i = 0; i < n; ++i) {
      if (!is_digit(p_[i])) return false;
      out = out * 10 + (p_[i] - '0');
    }
    p_ += n;
    return true;
  }

  // A local date, YYYY-MM-DD (not the start of a date-time).
  bool date(Date& out) {
    int y = 0, m = 0, d = 0;
    if (!fixed(4, y) || !word("-") || !fixed(2, m) || !word("-") || !fixed(2, d)) return false;
    if (at('T') || at('t') || (at(' ') && p_ + 1 < end_ && is_digit(p_[1]))) return false;
    if (!Date::valid(y, m, d)) return false;
    out = Date::from_ymd(y, m, d);
    return true;
  }

  // A local time, HH:MM:SS (no fraction).
  bool time(TimeOfDay& out) {
    int h = 0, m = 0, s = 0;
    if (!fixed(2, h) || !word(":") || !fixed(2, m) || !word(":") || !fixed(2, s)) return false;
    if (at('.') || h > 23 || m > 59 || s > 59) return false;
    out = TimeOfDay{h * 60 + m};
    return true;
  }

  bool boolean(bool& out) {
    if (word("true")) {
      out = true;
      return true;
    }
    out = false;
    return word("false");
  }

  // [item, item, ...]: `item` reads one; a trailing comma is allowed.
  template <class Item>
  bool array(Item item) {
    if (!word("[")) return false;
    for (;;) {
      if (!array_space()) return false;
      if (word("]")) return true;
      if (!item() || !array_space()) return false;
      if (word("]")) return true;
      if (!word(",")) return false;
    }
  }

  // { key = value, ... } on one line: `member` reads the value of a key and
  // returns false for a key it does not take; each key at most once.
  template <class Member>
  bool inline_table(Member member) {
    if (!word("{")) return false;
    blanks();
    if (word("}")) return true;
    for (;;) {
      blanks();
      const char* start = p_;
      while (p_ < end_ && is_bare_key_char(*p_)) ++p_;
      std::string_view key(start, static_cast<size_t>(p_ - start));
      blanks();
      if (key.empty() || !word("=")) return false;
      blanks();
      if (!member(key)) return false;
      blanks();
      if (word("}")) return true;
      if (!word(",")) return false;
    }
  }

  bool period() {
    BenefitPeriod period;
    bool benefit = false, from = false, to = false;
    bool ok = inline_table([&](std::string_view key) {
      if (key == "benefit" && !benefit) {
        std::string_view text;
        Fault why;
        std::optional<Benefit> b;
        if (!string(text) || !(b = parse_benefit(text, why))) return false;
        period.benefit = *b;
        return benefit = true;
      }
      if (key == "from" && !from) return from = date(period.from);
      if (key == "to" && !to) {
        Date d;
        if (!date(d)) return false;
        period.to = d;
        return to = true;
      }
      return false;
    });
    Fault why;
    if (!ok || !benefit || !from || !check_period(period, why)) return false;
    c_.benefit_history->push_back(period);
    return true;
  }

  bool block() {
    UnavailableBlock block;
    bool day = false, from = false, to = false;
    bool ok = inline_table([&](std::string_view key) {
      if (key == "day" && !day) {
        std::string_view text;
        Fault why;
        std::optional<Weekday> d;
        if (!string(text) || !(d = parse_day(text, why))) return false;
        block.day = *d;
        return day = true;
      }
      if (key == "from" && !from) return from = time(block.from);
      if (key == "to" && !to) return to = time(block.to);
      return false;
    });
    Fault why;
    if (!ok || !day || !from || !to || !check_block(block, why)) return false;
    c_.unavailable->push_back(block);
    return true;
  }

  bool value(const FieldRef& f) {
    Fault why;
    switch (shape_of(f, schema_)) {
      case Shape::text: {
        std::string_view text;
        return string(text) && set_text(f, text, schema_, c_, why);
      }
      case Shape::integer: {
        int64_t v = 0;
        return integer(v) && set_integer(f, v, schema_, c_, why);
      }
      case Shape::number: {
        double v = 0;
        return number(v) && set_number(f, v, schema_, c_, why);
      }
      case Shape::date: {
        Date d;
        return date(d) && set_date(f, d, c_);
      }
      case Shape::boolean: {
        bool b = false;
        return boolean(b) && set_boolean(f, b, c_);
      }
      case Shape::text_list:
        start_list(f, c_, lists_);
        return array([&] {
          std::string_view text;
          return string(text) && add_list_item(f, text, schema_, c_, why);
        });
      case Shape::periods:
        fresh_list(c_.benefit_history, lists_.benefit_history);
        return array([&] { return period(); });
      case Shape::unavailable:
        fresh_list(c_.unavailable, lists_.unavailable);
        return array([&] { return block(); });
    }
    return false;
  }

  const char* p_;
  const char* end_;
  const Schema& schema_;
  Citizen& c_;
  PlainTomlReader::Keys& keys_;
  ListMemory& lists_;
};

}  // namespace

PlainTomlReader::Result PlainTomlReader::read(std::string_view piece, Citizen& c) {
  Record blank(piece, schema_, c, keys_, lists_);
  if (blank.only_blank_lines()) return Result::nothing;
  Record record(piece, schema_, c, keys_, lists_);
  if (record.header() && record.body()) return Result::record;
  return Result::declined;
}

}  // namespace nytte::citizen_fields
