#include "format/rules_format.h"

#include <algorithm>
#include <array>

#include "format/output.h"
#include "load/rules.h"
#include "nytte/i18n.h"

namespace nytte {

namespace {

constexpr size_t kColumns = 8;  // name, id, version, municipality, from, to, file, title
using Row = std::array<std::string, kColumns>;

std::string cell(std::string_view s) {
  return s.empty() ? "-" : std::string(s);
}

std::string date_cell(const std::optional<Date>& d) {
  return d ? d->iso() : "-";
}

Row row_of(const RuleSetSummary& s) {
  std::string last = s.title;
  if (!s.error.empty()) last = s.error;
  if (!s.shadowed_by.empty()) {
    bool by_builtin = s.shadowed_by == kBuiltinFileName;
    last =
        trf("(shadowed by {})", by_builtin ? tr("the built-in one") : s.shadowed_by) + " " + last;
  }
  return {s.name,
          cell(s.id),
          cell(s.version),
          cell(s.municipality),
          date_cell(s.valid_from),
          date_cell(s.valid_to),
          s.builtin ? tr("(built in)") : s.file,
          last};
}

void write_text(const std::vector<RuleSetSummary>& sets, std::string& out) {
  // The headings are words ("id" and "version" are Danish too); the cells
  // are names, codes, dates and files.
  std::vector<Row> rows{{tr("name"), "id", "version", tr("municipality"), tr("from"), tr("to"),
                         tr("file"), tr("title")}};
  for (const RuleSetSummary& s : sets) rows.push_back(row_of(s));
  std::array<size_t, kColumns> width{};
  for (const Row& r : rows) {
    for (size_t i = 0; i < kColumns; ++i) width[i] = std::max(width[i], display_width(r[i]));
  }
  for (const Row& r : rows) {
    for (size_t i = 0; i + 1 < kColumns; ++i) {
      out += r[i];
      out.append(width[i] - display_width(r[i]) + 2, ' ');
    }
    out += r[kColumns - 1];
    out += '\n';
  }
}

void date_or_null(JsonWriter& w, const std::optional<Date>& d) {
  if (d) {
    w.string(d->iso());
  } else {
    w.null();
  }
}

void write_json(const std::vector<RuleSetSummary>& sets, std::string& out) {
  JsonWriter w(out, 2);
  w.begin_array();
  for (const RuleSetSummary& s : sets) {
    w.begin_object();
    w.key("name");
    w.string(s.name);
    w.key("id");
    w.string_or_null(s.id);
    w.key("title");
    w.string_or_null(s.title);
    w.key("version");
    w.string_or_null(s.version);
    w.key("municipality");
    w.string_or_null(s.municipality);
    w.key("valid_from");
    date_or_null(w, s.valid_from);
    w.key("valid_to");
    date_or_null(w, s.valid_to);
    w.key("file");
    w.string(s.file);
    w.key("builtin");
    w.boolean(s.builtin);
    w.key("shadowed_by");
    w.string_or_null(s.shadowed_by);
    w.key("error");
    w.string_or_null(s.error);
    w.end_object();
  }
  w.end_array();
  out += '\n';
}

}  // namespace

RulesListFormat rules_list_format_of(std::string_view name) {
  if (name == "json") return RulesListFormat::json;
  if (name == "names") return RulesListFormat::names;
  return RulesListFormat::text;
}

std::string write_rules_list(RulesListFormat format, const std::vector<RuleSetSummary>& sets) {
  std::string out;
  switch (format) {
    case RulesListFormat::text:
      write_text(sets, out);
      break;
    case RulesListFormat::json:
      write_json(sets, out);
      break;
    case RulesListFormat::names:
      for (const RuleSetSummary& s : sets) {
        if (s.shadowed_by.empty()) out += s.name + '\n';
      }
      break;
  }
  return out;
}

}  // namespace nytte
