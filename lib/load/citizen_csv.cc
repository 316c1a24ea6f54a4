// Citizen records from CSV (RFC 4180): one row a citizen, parsed in place.
// Cells are string_views into the chunk (quoted cells with "" are unescaped
// into one buffer per chunk) and the record is the reused scratch citizen, so
// the steady state allocates nothing per field.
#include <algorithm>
#include <charconv>
#include <cstring>

#include <fmt/format.h>

#include "base/plural.h"
#include "load/citizen_fields.h"
#include "load/csv.h"
#include "nytte/i18n.h"

namespace nytte::citizen_fields {
namespace {

using csv::Cell;
using csv::find_either;
using csv::RowSplitter;

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
    RowSplitter rows(chunk_.text, chunk_.first_line, header_.separator, header_.columns.size());
    std::vector<Cell> cells;
    std::string error;
    while (!rows.done()) {
      problems_.clear();
      uint32_t line = rows.line();
      Where error_at;
      if (!rows.row(cells, error, error_at)) {
        problems_.add(error_at, error, rows.error_code());
        sink_.bad_record(problems_.sorted());
        continue;
      }
      if (cells.empty()) continue;  // a blank line
      if (cells.size() != header_.columns.size()) {
        problems_.add({line, 1},
                      trf("row has {}, the header has {}", plural(cells.size(), "cell", "cells"),
                          plural(header_.columns.size(), "column", "columns")),
                      "csv-cells");
        sink_.bad_record(problems_.sorted());
        continue;
      }
      record(line, cells);
    }
  }

 private:
  void record(uint32_t line, const std::vector<Cell>& cells) {
    reset(c_, schema_, lists_);
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
  // `expected` is a msgid, translated here, on the error path only.
  void bad(const Cell& cell, std::string_view name, const char* expected) {
    problems_.add(
        cell.at, trf("field '{}' must be {}, found '{}'", name, tr(expected), excerpt(cell.text())),
        "wrong-type");
  }

  std::optional<double> number(std::string_view s) {
    return csv::parse_number(trim(s), header_.separator);
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
          bad(cell, name(), N_("an integer"));
        } else if (!set_integer(f, v, schema_, c_, why)) {
          refused(cell, why);
        }
        return;
      }
      case Shape::number:
        if (std::optional<double> v = number(cell.text())) {
          if (!set_number(f, *v, schema_, c_, why)) refused(cell, why);
        } else {
          bad(cell, name(), N_("a number"));
        }
        return;
      case Shape::date:
        if (std::optional<Date> d = parse_date_text(trim(cell.text()))) {
          set_date(f, *d, c_);
        } else {
          bad(cell, name(), N_("a date like 1970-03-14"));
        }
        return;
      case Shape::boolean: {
        std::string_view s = trim(cell.text());
        if (s == "true" || s == "TRUE" || s == "True") {
          set_boolean(f, true, c_);
        } else if (s == "false" || s == "FALSE" || s == "False") {
          set_boolean(f, false, c_);
        } else {
          bad(cell, name(), N_("true or false"));
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
    start_list(f, c_, lists_);
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
    std::vector<BenefitPeriod>& out = fresh_list(c_.benefit_history, lists_.benefit_history);
    if (trim(cell.text()) == "[]") return;
    each_word(cell.text(), [&](std::string_view word) {
      size_t colon = word.rfind(':');
      size_t dots = word.find("..", colon == word.npos ? 0 : colon);
      if (colon == word.npos || dots == word.npos) {
        problems_.add(cell.at,
                      trf("benefit period '{}' must be written benefit:YYYY-MM-DD..YYYY-MM-DD "
                          "(the end may be left out)",
                          excerpt(word)),
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
        problems_.add(cell.at,
                      trf("benefit period '{}': '{}' is not a date like 1970-03-14", excerpt(word),
                          excerpt(from)),
                      "invalid-value");
        return;
      }
      p.from = *d;
      if (!to.empty()) {
        p.to = parse_date_text(to);
        if (!p.to) {
          problems_.add(cell.at,
                        trf("benefit period '{}': '{}' is not a date like 1970-03-14",
                            excerpt(word), excerpt(to)),
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
    std::vector<UnavailableBlock>& out = fresh_list(c_.unavailable, lists_.unavailable);
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
          problems_.add(cell.at, trf("day '{}' has no time range", weekday_code(*day)),
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
                      trf("unavailable block '{}' must be written like 'mon 08:00-12:00' (a "
                          "day, then HH:MM-HH:MM)",
                          excerpt(word)),
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
      problems_.add(cell.at, trf("day '{}' has no time range", weekday_code(*day)),
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
  ListMemory lists_;
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
      error(cell.at, unknown_column_message(name, schema));
      continue;
    }
    for (const CsvColumn& seen : h.columns) {
      if (seen.name == name) {
        error(cell.at, trf("column '{}' appears twice (first at column {})", name, seen.column));
      }
    }
    has_id = has_id || (f->builtin && *f->builtin == Field::id);
    h.columns.push_back(CsvColumn{std::string(name), f->builtin, f->declared, cell.at.column});
  }
  if (!has_id && errors.size() == before) {
    error({line, 1}, tr("the CSV header has no 'id' column (every record needs an id)"));
  }
  if (errors.size() != before) return std::nullopt;
  return h;
}

}  // namespace nytte::citizen_fields
