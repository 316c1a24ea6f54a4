// Citizen records from TOML: [[citizen]] tables, cut into one piece a record
// and read record by record. The plain reader (citizen_toml_plain.cc) is the
// reader; toml++ here is its fallback, kept for the records it declines: TOML
// written any other way (sub-tables, dotted keys, multi-line strings, escapes,
// date-times) and every record with a problem, so that toml++'s messages are
// the only ones users see. A syntax error spoils only the record that holds
// it. With `plain_reader` false every record is read here: the oracle the
// fuzzers compare the plain reader with (tests/fuzz/citizen_toml_diff_fuzz.cc).
#include <algorithm>
#include <cstring>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "base/bytes.h"
#include "load/citizen_fields.h"
#include "nytte/i18n.h"

namespace nytte::citizen_fields {
namespace {

// TOML's name of a value's type, for a message.
std::string_view type_word(const toml::node& n) {
  switch (n.type()) {
    case toml::node_type::string:
      return tr("string");
    case toml::node_type::integer:
      return tr("integer");
    case toml::node_type::floating_point:
      return tr("float");
    case toml::node_type::boolean:
      return tr("boolean");
    case toml::node_type::date:
      return tr("date");
    case toml::node_type::time:
      return tr("time");
    case toml::node_type::date_time:
      return tr("date-time");
    case toml::node_type::array:
      return tr("array");
    case toml::node_type::table:
      return tr("table");
    default:
      return tr("nothing");
  }
}

// Line starts of the chunk, built on the first problem only: good records
// never pay for byte columns.
class ChunkColumns : public ColumnMap {
 public:
  ChunkColumns(std::string_view text, uint32_t first_line) : text_(text), first_line_(first_line) {}

  Where fix(Where at) override {
    if (at.line < first_line_ || at.column <= 1) return at;
    if (starts_.empty()) {
      starts_.push_back(0);
      for (size_t i = 0; i < text_.size(); ++i) {
        if (text_[i] == '\n') starts_.push_back(i + 1);
      }
    }
    size_t index = at.line - first_line_;
    if (index >= starts_.size()) return at;
    size_t p = starts_[index];
    // Step over column-1 code points; a UTF-8 lead byte says how long each is.
    for (uint32_t cp = 1; cp < at.column && p < text_.size() && text_[p] != '\n'; ++cp) {
      auto lead = static_cast<unsigned char>(text_[p]);
      p += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    }
    at.column = static_cast<uint32_t>(p - starts_[index] + 1);
    return at;
  }

 private:
  std::string_view text_;
  uint32_t first_line_;
  std::vector<size_t> starts_;
};

// Reads one parsed document (a chunk, or one record of it) into records.
class TomlRecords {
 public:
  TomlRecords(const Chunk& chunk, const Schema& schema, Citizen& c, RecordSink& sink,
              ColumnMap& columns)
      : chunk_(chunk), schema_(schema), c_(c), sink_(sink), problems_(chunk.file.get(), &columns) {}

  // `line_offset`: what to add to toml++'s line numbers to get the file's.
  void read(const toml::table& root, uint32_t line_offset) {
    offset_ = line_offset;
    // The usual document holds nothing but the citizen array: read it
    // straight; anything else is reported where it stands among the records.
    const toml::node* only = root.size() == 1 ? root.get("citizen") : nullptr;
    if (only && only->is_array()) {
      for (const toml::node& e : *only->as_array()) element(e);
      return;
    }
    struct Item {
      uint32_t line;
      const toml::node* citizen;       // an element of the citizen array, or
      const toml::key* key = nullptr;  // a top-level key that is not `citizen`
      const toml::node* value = nullptr;
    };
    std::vector<Item> items;
    for (auto&& [key, value] : root) {
      if (key.str() == "citizen" && value.is_array()) {
        for (const toml::node& e : *value.as_array()) items.push_back({e.source().begin.line, &e});
      } else {
        items.push_back({key.source().begin.line, nullptr, &key, &value});
      }
    }
    std::stable_sort(items.begin(), items.end(),
                     [](const Item& a, const Item& b) { return a.line < b.line; });
    for (const Item& item : items) {
      if (item.citizen) {
        element(*item.citizen);
      } else {
        top_level(*item.key, *item.value);
      }
    }
  }

  // One record (or the lines before the first) on its own, starting at `line`
  // of the file.
  void read_piece(std::string_view piece, uint32_t line) {
    try {
      // No source path: toml++ would share it with every node; we know the file.
      toml::table root = toml::parse(piece);
      read(root, line - 1);
    } catch (const toml::parse_error& e) {
      syntax_error(e, line - 1);
    }
  }

  // A syntax error in the text of a record (or of the lines before the first).
  void syntax_error(const toml::parse_error& e, uint32_t line_offset) {
    offset_ = line_offset;
    problems_.clear();
    problems_.add(where(e.source().begin), toml_syntax_message(e.description()), "toml-syntax");
    sink_.bad_record(problems_.sorted());
  }

 private:
  Where where(const toml::source_position& p) const { return {p.line + offset_, p.column}; }
  Where where(const toml::node& n) const { return where(n.source().begin); }

  void top_level(const toml::key& key, const toml::node& value) {
    problems_.clear();
    if (key.str() == "citizen") {
      problems_.add(where(key.source().begin),
                    trf("'citizen' must be an array of tables, found {}: write each record as "
                        "[[citizen]]",
                        type_word(value)),
                    "wrong-type");
    } else {
      std::string hint = did_you_mean(key.str(), {"citizen"});
      std::string shown = excerpt(key.str());
      std::string message =
          value.is_table() ? hint.empty()
                                 ? trf("unknown top-level table '{}' (a citizen file holds "
                                       "[[citizen]] tables only)",
                                       shown)
                                 : trf("unknown top-level table '{}'; {} (a citizen file holds "
                                       "[[citizen]] tables only)",
                                       shown, hint)
          : hint.empty()
              ? trf("unknown top-level key '{}' (a citizen file holds [[citizen]] tables only)",
                    shown)
              : trf("unknown top-level key '{}'; {} (a citizen file holds [[citizen]] tables only)",
                    shown, hint);
      problems_.add(where(key.source().begin), std::move(message), "unknown-key");
    }
    sink_.bad_record(problems_.sorted());
  }

  void element(const toml::node& e) {
    problems_.clear();
    const toml::table* t = e.as_table();
    if (!t) {
      problems_.add(where(e), trf("a citizen must be a table, found {}", type_word(e)),
                    "wrong-type");
      sink_.bad_record(problems_.sorted());
      return;
    }
    record(*t);
  }

  void record(const toml::table& t) {
    reset(c_, schema_, lists_);
    Marks m;
    m.record = {where(t).line, 1};
    c_.pos.file = *chunk_.file;
    c_.pos.line = m.record.line;
    c_.pos.column = 1;
    for (auto&& [key, value] : t) {
      std::optional<FieldRef> f = find_any_field(key.str(), schema_);
      if (!f) {
        problems_.add(where(key.source().begin), unknown_field_message(key.str(), schema_),
                      "unknown-field");
        continue;
      }
      if (f->builtin) {
        switch (*f->builtin) {
          case Field::id:
            m.id = where(value);
            break;
          case Field::cpr:
            m.cpr = where(value);
            break;
          case Field::birth_date:
            m.birth_date = where(value);
            break;
          case Field::sex:
            m.sex = where(value);
            break;
          case Field::first_entry_date:
            m.first_entry_date = where(value);
            break;
          default:
            break;
        }
      }
      field(*f, value);
    }
    finish_record(c_, m, problems_);
    if (problems_.empty()) {
      sink_.record(c_);
    } else {
      sink_.bad_record(problems_.sorted());
    }
  }

  void wrong_type(std::string_view name, Shape want, const toml::node& v) {
    std::string message =
        trf("field '{}' must be {}, found {}", name, shape_words(want), type_word(v));
    if (want == Shape::date && v.is_string()) {
      message += tr("; expected a TOML date like 1970-03-14 (no quotes)");
    }
    problems_.add(where(v), std::move(message), "wrong-type");
  }

  void refused(const toml::node& v, Fault& why) {
    problems_.add(where(v), std::move(why.message), why.code);
  }

  std::optional<Date> date_of(std::string_view name, const toml::node& v) {
    if (const toml::value<toml::date>* d = v.as_date()) {
      toml::date x = d->get();
      if (Date::valid(x.year, x.month, x.day)) return Date::from_ymd(x.year, x.month, x.day);
      problems_.add(where(v), trf("field '{}' is not a real day", name), "invalid-value");
      return std::nullopt;
    }
    wrong_type(name, Shape::date, v);
    return std::nullopt;
  }

  void field(const FieldRef& f, const toml::node& v) {
    std::string_view name = field_name(f, schema_);
    Shape shape = shape_of(f, schema_);
    Fault why;
    switch (shape) {
      case Shape::text:
        if (const toml::value<std::string>* s = v.as_string()) {
          if (!set_text(f, s->get(), schema_, c_, why)) refused(v, why);
          return;
        }
        break;
      case Shape::integer:
        if (const toml::value<int64_t>* i = v.as_integer()) {
          if (!set_integer(f, i->get(), schema_, c_, why)) refused(v, why);
          return;
        }
        break;
      case Shape::number:
        if (const toml::value<double>* d = v.as_floating_point()) {
          if (!set_number(f, d->get(), schema_, c_, why)) refused(v, why);
          return;
        }
        if (const toml::value<int64_t>* i = v.as_integer()) {
          if (!set_number(f, static_cast<double>(i->get()), schema_, c_, why)) refused(v, why);
          return;
        }
        break;
      case Shape::date:
        if (std::optional<Date> d = date_of(name, v)) set_date(f, *d, c_);
        return;
      case Shape::boolean:
        if (const toml::value<bool>* b = v.as_boolean()) {
          set_boolean(f, b->get(), c_);
          return;
        }
        break;
      case Shape::text_list:
        if (const toml::array* a = v.as_array()) {
          list(f, name, *a);
          return;
        }
        break;
      case Shape::periods:
        if (const toml::array* a = v.as_array()) {
          periods(*a);
          return;
        }
        break;
      case Shape::unavailable:
        if (const toml::array* a = v.as_array()) {
          blocks(*a);
          return;
        }
        break;
    }
    wrong_type(name, shape, v);
  }

  void list(const FieldRef& f, std::string_view name, const toml::array& a) {
    start_list(f, c_, lists_);
    for (const toml::node& e : a) {
      Fault why;
      if (const toml::value<std::string>* s = e.as_string()) {
        if (!add_list_item(f, s->get(), schema_, c_, why)) refused(e, why);
      } else {
        problems_.add(where(e),
                      trf("items of field '{}' must be strings, found {}", name, type_word(e)),
                      "wrong-type");
      }
    }
  }

  // Checks the keys of a {…} table of a list field; true when all are known.
  bool known_keys(const toml::table& t, std::string_view field,
                  const std::vector<std::string_view>& allowed) {
    bool ok = true;
    for (auto&& [key, value] : t) {
      if (std::find(allowed.begin(), allowed.end(), key.str()) != allowed.end()) continue;
      std::string hint = did_you_mean(key.str(), allowed);
      problems_.add(where(key.source().begin),
                    hint.empty()
                        ? trf("unknown key '{}' in {}", excerpt(key.str()), field)
                        : trf("unknown key '{}' in {}; {}", excerpt(key.str()), field, hint),
                    "unknown-field");
      ok = false;
    }
    return ok;
  }

  // A table inside a list field, or a problem.
  const toml::table* table_item(std::string_view field, const toml::node& e) {
    if (const toml::table* t = e.as_table()) return t;
    problems_.add(where(e),
                  trf("items of field '{}' must be tables, found {}", field, type_word(e)),
                  "wrong-type");
    return nullptr;
  }

  void missing_key(const toml::node& at, std::string_view field, std::string_view key) {
    problems_.add(where(at), trf("{} item without '{}'", field, key), "missing-field");
  }

  void periods(const toml::array& a) {
    std::vector<BenefitPeriod>& out = fresh_list(c_.benefit_history, lists_.benefit_history);
    for (const toml::node& e : a) {
      const toml::table* t = table_item("benefit_history", e);
      if (!t || !known_keys(*t, "benefit_history", {"benefit", "from", "to"})) continue;
      BenefitPeriod p;
      bool ok = true;
      Fault why;
      if (const toml::node* b = t->get("benefit")) {
        if (!b->is_string()) {
          wrong_type("benefit_history.benefit", Shape::text, *b);
          ok = false;
        } else if (std::optional<Benefit> code = parse_benefit(b->as_string()->get(), why)) {
          p.benefit = *code;
        } else {
          refused(*b, why);
          ok = false;
        }
      } else {
        missing_key(e, "benefit_history", "benefit");
        ok = false;
      }
      if (const toml::node* from = t->get("from")) {
        std::optional<Date> d = date_of("benefit_history.from", *from);
        ok = ok && d;
        if (d) p.from = *d;
      } else {
        missing_key(e, "benefit_history", "from");
        ok = false;
      }
      if (const toml::node* to = t->get("to")) {
        p.to = date_of("benefit_history.to", *to);
        ok = ok && p.to;
      }
      if (ok && !check_period(p, why)) {
        refused(e, why);
        ok = false;
      }
      if (ok) out.push_back(p);
    }
  }

  std::optional<TimeOfDay> time_of(std::string_view name, const toml::node& v) {
    if (const toml::value<toml::time>* t = v.as_time()) {
      return TimeOfDay{t->get().hour * 60 + t->get().minute};
    }
    std::string message = trf("field '{}' must be a time, found {}", name, type_word(v));
    if (v.is_string()) message += tr("; expected a TOML local time like 08:00:00 (no quotes)");
    problems_.add(where(v), std::move(message), "wrong-type");
    return std::nullopt;
  }

  void blocks(const toml::array& a) {
    std::vector<UnavailableBlock>& out = fresh_list(c_.unavailable, lists_.unavailable);
    for (const toml::node& e : a) {
      const toml::table* t = table_item("unavailable", e);
      if (!t || !known_keys(*t, "unavailable", {"day", "from", "to"})) continue;
      UnavailableBlock b;
      bool ok = true;
      Fault why;
      if (const toml::node* day = t->get("day")) {
        std::optional<Weekday> d;
        if (!day->is_string()) {
          wrong_type("unavailable.day", Shape::text, *day);
        } else if (!(d = parse_day(day->as_string()->get(), why))) {
          refused(*day, why);
        }
        ok = ok && d;
        if (d) b.day = *d;
      } else {
        missing_key(e, "unavailable", "day");
        ok = false;
      }
      for (auto [key, slot] : {std::pair{"from", &b.from}, std::pair{"to", &b.to}}) {
        if (const toml::node* n = t->get(key)) {
          std::optional<TimeOfDay> time = time_of(fmt::format("unavailable.{}", key), *n);
          ok = ok && time;
          if (time) *slot = *time;
        } else {
          missing_key(e, "unavailable", key);
          ok = false;
        }
      }
      if (ok && !check_block(b, why)) {
        refused(e, why);
        ok = false;
      }
      if (ok) out.push_back(b);
    }
  }

  const Chunk& chunk_;
  const Schema& schema_;
  Citizen& c_;
  ListMemory lists_;
  RecordSink& sink_;
  Problems problems_;
  uint32_t offset_ = 0;
};

// A line that was meant to start a record but is not TOML: `[[citizen]`,
// `[citizen]]`, `[ [citizen]]` (a sub-table such as [[citizen.benefit_history]]
// and a longer name such as [[citizens]] are not).
bool is_broken_citizen_header(std::string_view line) {
  size_t p = line.find_first_not_of(" \t");
  if (p == std::string_view::npos || line[p] != '[') return false;
  p = line.find_first_not_of("[ \t", p);
  if (p == std::string_view::npos || line.substr(p, 7) != "citizen") return false;
  p += 7;
  if (p == line.size()) return true;
  char next = line[p];
  bool key_char = (next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') ||
                  (next >= '0' && next <= '9') || next == '_' || next == '-';
  return !key_char && next != '.' && next != '"' && next != '\'';
}

// The chunk cut at its record starts: the lines before the first record, then
// one piece per record. A malformed record header starts a piece too, so that
// its syntax error costs only the record it heads, not the one before.
std::vector<std::string_view> record_pieces(std::string_view text) {
  std::vector<std::string_view> pieces;
  size_t start = 0;
  for (size_t p = 0; p < text.size();) {
    size_t nl = text.find('\n', p);
    size_t end = nl == std::string_view::npos ? text.size() : nl + 1;
    std::string_view line = text.substr(p, end - p);
    if (p > start && (is_citizen_header(line) || is_broken_citizen_header(line))) {
      pieces.push_back(text.substr(start, p - start));
      start = p;
    }
    p = end;
  }
  if (start < text.size()) pieces.push_back(text.substr(start));
  return pieces;
}

}  // namespace

bool is_citizen_header(std::string_view line) {
  size_t p = 0;
  auto spaces = [&] {
    while (p < line.size() && (line[p] == ' ' || line[p] == '\t')) ++p;
  };
  auto word = [&](std::string_view w) {
    if (line.substr(p, w.size()) != w) return false;
    p += w.size();
    return true;
  };
  spaces();
  if (!word("[[")) return false;
  spaces();
  if (!word("citizen")) return false;
  spaces();
  return word("]]");
}

void parse_toml_chunk(const Chunk& chunk, const Schema& schema, Citizen& c, RecordSink& sink,
                      bool plain_reader) {
  ChunkColumns columns(chunk.text, chunk.first_line);
  TomlRecords records(chunk, schema, c, sink, columns);
  PlainTomlReader plain(schema);
  uint32_t line = chunk.first_line;
  for (std::string_view piece : record_pieces(chunk.text)) {
    PlainTomlReader::Result read =
        plain_reader ? plain.read(piece, c) : PlainTomlReader::Result::declined;
    switch (read) {
      case PlainTomlReader::Result::record:
        c.pos.file = *chunk.file;
        c.pos.line = line;
        c.pos.column = 1;
        sink.record(c);
        break;
      case PlainTomlReader::Result::nothing:
        break;
      case PlainTomlReader::Result::declined:
        records.read_piece(piece, line);
        break;
    }
    line += static_cast<uint32_t>(bytes::count(piece.data(), piece.data() + piece.size(), '\n'));
  }
}

}  // namespace nytte::citizen_fields
