// A diff's CI annotations (diff/diff_annotations.h). Machine formats: the
// same bytes in every language, so nothing here goes through tr(); the
// report they read is laid out in English (DiffOptions::local_words false).
// diff_shown_count, for standard error, writes the reader's numbers.
#include "diff/diff_annotations.h"

#include <charconv>

#include <fmt/format.h>

#include "base/local_format.h"

namespace nytte {
namespace {

const ReportTable* find_table(const Report& r, std::string_view section, std::string_view table) {
  for (const ReportSection& s : r.sections) {
    if (s.id != section) continue;
    for (const ReportTable& t : s.tables) {
      if (t.id == table) return &t;
    }
  }
  return nullptr;
}

int column_of(const ReportTable& t, std::string_view id) {
  for (size_t i = 0; i < t.columns.size(); ++i) {
    if (t.columns[i].id == id) return static_cast<int>(i);
  }
  return -1;
}

// A cell as a log may show it: a hidden figure as the report's mark, never
// its value.
std::string cell_text(const ReportCell& c) {
  if (c.hidden != Hidden::no) return std::string(hidden_mark(c.hidden));
  switch (c.kind) {
    case CellKind::none:
      return "";
    case CellKind::label:
    case CellKind::text:
      return c.text;
    case CellKind::count:
      return fmt::format("{}", static_cast<uint64_t>(c.value));
    default:
      return fmt::format("{}", c.value);
  }
}

std::string cell_at(const ReportTable& t, const ReportRow& row, std::string_view column) {
  int i = column_of(t, column);
  return i >= 0 && static_cast<size_t>(i) < row.cells.size() ? cell_text(row.cells[i]) : "";
}

// The summary table's count in row `key` ("?" when the report has none).
std::string summary_count(const Report& r, std::string_view key) {
  const ReportCell* c = diff_summary_cell(r, key);
  return c ? cell_text(*c) : "?";
}

// "aarhus 2022-03 on 2025-09-01"
std::string side_short(const ReportSide& s) {
  return fmt::format("{}{}{} on {}", s.rules_id, s.version.empty() ? "" : " ", s.version,
                     s.on.iso());
}

// "aarhus 2022-03 (title), rules/aarhus.toml, on 2025-09-01"
std::string side_long(const ReportSide& s) {
  std::string out = s.rules_id;
  if (!s.version.empty()) out += " " + s.version;
  if (!s.rules_title.empty()) out += " (" + s.rules_title + ")";
  if (!s.file.empty()) out += ", " + s.file;
  return out + ", on " + s.on.iso();
}

// "131 of 2000 people changed (aarhus 2022-03 on ... -> aarhus 2026-12 on ...)"
std::string summary_line(const Report& r) {
  std::string out = fmt::format("{} of {} people changed", summary_count(r, "changed"),
                                summary_count(r, "people"));
  if (r.sides.size() == 2) {
    out += fmt::format(" ({} -> {})", side_short(r.sides[0]), side_short(r.sides[1]));
  }
  return out;
}

// The transition table as the text report aligns it: labels left, figures
// right.
std::string transition_lines(const Report& r) {
  const ReportTable* t = find_table(r, "status", "transition");
  if (!t) return "";
  std::vector<std::vector<std::string>> grid;
  std::vector<std::string> head;
  for (const ReportColumn& c : t->columns) head.push_back(c.title);
  grid.push_back(head);
  for (const ReportRow& row : t->rows) {
    std::vector<std::string> line;
    for (const ReportCell& c : row.cells) line.push_back(cell_text(c));
    grid.push_back(line);
  }
  std::vector<size_t> width(t->columns.size(), 0);
  for (const auto& line : grid) {
    for (size_t i = 0; i < line.size() && i < width.size(); ++i) {
      width[i] = std::max(width[i], line[i].size());
    }
  }
  std::string out;
  for (const auto& line : grid) {
    std::string s;
    for (size_t i = 0; i < line.size() && i < width.size(); ++i) {
      if (i == 0) {
        s += fmt::format("{:<{}}", line[i], width[i]);
      } else {
        s += fmt::format("  {:>{}}", line[i], width[i]);
      }
    }
    out += s + "\n";
  }
  return out;
}

std::string fail_over_message(const Report& r, uint64_t limit) {
  std::string changed = summary_count(r, "changed");
  if (limit == 0) return fmt::format("{} people changed, and none may (--fail-over 0)", changed);
  return fmt::format("{} people changed, more than the {} allowed (--fail-over {})", changed, limit,
                     limit);
}

struct Where {
  std::string file;
  uint32_t line = 0, column = 0;
};

uint32_t number_of(std::string_view s) {
  uint32_t n = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  return ec == std::errc() && end == s.data() + s.size() ? n : 0;
}

// "file:line:column" (the file may hold colons itself); line 0 when the
// text is not of that form.
Where where_of(std::string_view s) {
  size_t c2 = s.rfind(':');
  if (c2 == std::string_view::npos || c2 == 0) return {};
  size_t c1 = s.rfind(':', c2 - 1);
  if (c1 == std::string_view::npos || c1 == 0) return {};
  Where w{std::string(s.substr(0, c1)), number_of(s.substr(c1 + 1, c2 - c1 - 1)),
          number_of(s.substr(c2 + 1))};
  if (w.line == 0) return {};
  return w;
}

// One row of the conditions or hours_rules table.
struct RuleRow {
  std::string kind, id;  // the row key, KIND:ID
  std::string message;
  Where where;
};

std::vector<RuleRow> rule_rows(const Report& r) {
  std::vector<RuleRow> out;
  struct Kind {
    std::string_view table, up, down, other, up_word, down_word, other_word;
  };
  // to_other of a rule is "became unknown" (docs/diff.md), as the report's
  // column says; hours' other is any other change.
  for (const Kind& k :
       {Kind{"conditions", "to_yes", "to_no", "to_other", "to yes", "to no", "to unknown"},
        Kind{"hours_rules", "higher", "lower", "other", "higher", "lower", "other"}}) {
    const ReportTable* t = find_table(r, "conditions", k.table);
    if (!t) continue;
    for (const ReportRow& row : t->rows) {
      if (row.total) continue;
      RuleRow rr;
      size_t colon = row.key.find(':');
      rr.kind = row.key.substr(0, colon);
      rr.id = colon == std::string::npos ? "" : row.key.substr(colon + 1);
      std::string people = cell_at(*t, row, "people");
      rr.message = fmt::format("{} {} changed ({} {}, {} {}, {} {})", people,
                               people == "1" ? "person" : "people", k.up_word,
                               cell_at(*t, row, k.up), k.down_word, cell_at(*t, row, k.down),
                               k.other_word, cell_at(*t, row, k.other));
      if (cell_at(*t, row, "edited") == "yes") rr.message += "; the rule was edited";
      std::string source = cell_at(*t, row, "source");
      if (!source.empty()) rr.message += "; source: " + source;
      rr.where = where_of(cell_at(*t, row, "where"));
      out.push_back(std::move(rr));
    }
  }
  return out;
}

// Where the issues that belong to no one rule go: the after side's file.
std::string report_path(const Report& r) {
  for (size_t i = r.sides.size(); i-- > 0;) {
    if (!r.sides[i].file.empty()) return r.sides[i].file;
  }
  return r.sides.empty() ? r.rules_id : r.sides.back().rules_id;
}

}  // namespace

bool diff_over_limit(const Report& r, std::optional<uint64_t> fail_over) {
  return fail_over && r.changed > *fail_over;
}

std::string diff_shown_count(const ReportCell* c) {
  if (!c) return "?";
  if (c->hidden != Hidden::no) return std::string(hidden_mark(c->hidden));
  return local_count(static_cast<uint64_t>(c->value));
}

const ReportCell* diff_summary_cell(const Report& r, std::string_view key) {
  const ReportTable* t = find_table(r, "status", "summary");
  if (!t) return nullptr;
  int col = column_of(*t, "people");
  for (const ReportRow& row : t->rows) {
    if (row.key == key && col >= 0 && static_cast<size_t>(col) < row.cells.size()) {
      return &row.cells[col];
    }
  }
  return nullptr;
}

std::string diff_summary_line(const Report& r) {
  return summary_line(r);
}

std::string diff_fail_over_message(const Report& r, uint64_t limit) {
  return fail_over_message(r, limit);
}

std::string diff_github_annotations(const Report& r, std::optional<uint64_t> fail_over) {
  std::string summary = summary_line(r) + "\n";
  if (r.sides.size() == 2) {
    summary += "Before: " + side_long(r.sides[0]) + "\n";
    summary += "After: " + side_long(r.sides[1]) + "\n";
  }
  std::string table = transition_lines(r);
  if (!table.empty()) summary += "\n" + table;
  summary.pop_back();
  std::string out = fmt::format("::notice title=nytte diff::{}\n", github_data(summary));
  for (const RuleRow& row : rule_rows(r)) {
    std::string title = github_property(fmt::format("nytte diff: {} {}", row.kind, row.id));
    if (row.where.line) {
      out += fmt::format("::notice file={},line={},col={},title={}::{}\n",
                         github_property(row.where.file), row.where.line,
                         row.where.column ? row.where.column : 1, title, github_data(row.message));
    } else {
      out += fmt::format("::notice title={}::{}\n", title, github_data(row.message));
    }
  }
  if (diff_over_limit(r, fail_over)) {
    out += fmt::format("::error title=nytte diff::{}\n",
                       github_data(fail_over_message(r, *fail_over)));
  }
  return out;
}

std::vector<CodeQualityIssue> diff_code_quality(const Report& r,
                                                std::optional<uint64_t> fail_over) {
  std::vector<CodeQualityIssue> out;
  std::string path = report_path(r);
  out.push_back(
      {"nytte diff: " + summary_line(r), "nytte-diff/summary", "info", path, 1, "summary"});
  for (const RuleRow& row : rule_rows(r)) {
    out.push_back({fmt::format("nytte diff: {} {}: {}", row.kind, row.id, row.message),
                   "nytte-diff/" + row.kind, "info", row.where.line ? row.where.file : path,
                   row.where.line ? row.where.line : 1, row.kind + ":" + row.id});
  }
  if (diff_over_limit(r, fail_over)) {
    out.push_back({"nytte diff: " + fail_over_message(r, *fail_over), "nytte-diff/fail-over",
                   "major", path, 1, "fail-over"});
  }
  return out;
}

std::string write_diff_annotations(const Report& r, DiffAnnotationFormat f,
                                   std::optional<uint64_t> fail_over) {
  return f == DiffAnnotationFormat::github ? diff_github_annotations(r, fail_over)
                                           : write_code_quality(diff_code_quality(r, fail_over));
}

}  // namespace nytte
