// The writers of a report: text (aligned for a terminal), Markdown, CSV (one
// row a figure), JSON and a self-contained HTML page with SVG bar charts.
// Every writer shows the same cells; hidden counts are "<5", the cells that
// protect them "x".
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "base/duration.h"
#include "base/local_format.h"
#include "format/output.h"
#include "report/report.h"
#include "report/words.h"

namespace nytte {

using reporting::Words;

namespace {

constexpr std::string_view kSmall = "<5";
constexpr std::string_view kComplement = "x";
constexpr std::string_view kNoValue = "–";

// 1234567.5 -> "1234567.5": at most `decimals` decimals, trailing zeros
// dropped, and no "-0".
std::string plain(double v, int decimals) {
  std::string digits = fmt::format("{:.{}f}", std::fabs(v), decimals);
  if (digits.find('.') != std::string::npos) {
    while (digits.back() == '0') digits.pop_back();
    if (digits.back() == '.') digits.pop_back();
  }
  bool negative = v < 0 && digits != "0";
  return (negative ? "-" : "") + digits;
}

// 1234567.5 -> "1,234,567.5" (people read the text, Markdown and HTML).
std::string grouped(double v, int decimals) {
  std::string digits = plain(v, decimals);
  size_t start = digits.starts_with('-') ? 1 : 0;
  size_t end = std::min(digits.find('.'), digits.size());
  std::string out = digits.substr(0, start);
  for (size_t i = start; i < end; ++i) {
    if (i > start && (end - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out + digits.substr(end);
}

// grouped()'s digits with Danish separators: "1,322.76" -> "1.322,76", so
// that both languages round a figure alike.
std::string danish_separators(std::string s) {
  for (char& ch : s) ch = ch == ',' ? '.' : ch == '.' ? ',' : ch;
  return s;
}

// A cell for people: grouped digits, shares in per cent, hours as h:mm; in
// Danish with thousands points and decimal commas ("1.644", "82,2 %"), and
// kroner with "kr." ("1.234.500 kr.").
std::string human(const ReportCell& c, const Words& w) {
  if (c.hidden != Hidden::no && c.kind != CellKind::label && c.kind != CellKind::text)
    return std::string(hidden_mark(c.hidden));
  if (w.danish()) {
    switch (c.kind) {
      case CellKind::count:
        return local_int(std::llround(c.value));
      case CellKind::kroner:
        return local_int(std::llround(c.value)) + " kr.";
      case CellKind::share:
        return danish_separators(grouped(c.value * 100, 1)) + " %";
      case CellKind::number:
        return danish_separators(grouped(c.value, 2));
      case CellKind::hours: {
        // h:mm with a thousands point in the hours: "48.942:00".
        uint64_t m =
            c.minutes < 0 ? -static_cast<uint64_t>(c.minutes) : static_cast<uint64_t>(c.minutes);
        return fmt::format("{}{}:{:02}", c.minutes < 0 ? "-" : "", local_count(m / 60), m % 60);
      }
      default:
        break;
    }
  }
  switch (c.kind) {
    case CellKind::none:
      return std::string(kNoValue);
    case CellKind::label:
    case CellKind::text:
      return c.text;
    case CellKind::count:
    case CellKind::kroner:
      return grouped(c.value, 0);
    case CellKind::share:
      return grouped(c.value * 100, 1) + " %";
    case CellKind::hours:
      return format_minutes(c.minutes);
    case CellKind::number:
      return grouped(c.value, 2);
  }
  return "";
}

// A cell for machines: plain digits, shares as fractions (4 decimals).
std::string machine_number(const ReportCell& c) {
  double v = c.kind == CellKind::share ? std::round(c.value * 10000) / 10000
                                       : std::round(c.value * 100) / 100;
  std::string s;
  append_number(s, v);
  return s;
}

bool numeric(CellKind k) {
  return k != CellKind::label && k != CellKind::text;
}

// The words of a report's writers for people; the CSV and JSON writers
// write English, as the report's layout does for them.
Words words_of(const Report& r) {
  return Words{r.local_words};
}

std::string title_line(const Report& r, const Words& w) {
  if (r.dates.size() > 1) {
    return w.trf("Rule set {} ({}), on {} compared with {}", r.rules_id, r.rules_title,
                 w.date(r.dates[0]), w.date(r.dates[1]));
  }
  return w.trf("Rule set {} ({}), on {}", r.rules_id, r.rules_title,
               r.dates.empty() ? "" : w.date(r.dates[0]));
}

// A diff (Report::sides) names both sides where a report names its rule
// set and dates.
bool is_diff(const Report& r) {
  return r.sides.size() == 2;
}

// A diff's count of the changed people as its summary table (section
// status, table summary, row changed) shows it: the header hides what the
// table hides. Null when the table has no such cell.
const ReportCell* changed_cell(const Report& r) {
  for (const ReportSection& s : r.sections) {
    if (s.id != "status") continue;
    for (const ReportTable& t : s.tables) {
      if (t.id != "summary") continue;
      for (const ReportRow& row : t.rows) {
        if (row.key == "changed" && row.cells.size() > 1) return &row.cells[1];
      }
    }
  }
  return nullptr;
}

Hidden changed_hidden(const Report& r) {
  const ReportCell* c = changed_cell(r);
  return c ? c->hidden : Hidden::no;
}

std::string heading(const Report& r, const Words& w) {
  return is_diff(r) ? w.tr("nytte diff") : w.tr("nytte report");
}

// The rule set in the Markdown and HTML headings: a diff's before side's,
// "a → b" when the sides differ.
std::string heading_rules(const Report& r) {
  if (!is_diff(r)) return r.rules_id;
  const std::string& a = r.sides[0].rules_id;
  const std::string& b = r.sides[1].rules_id;
  return a == b ? a : fmt::format("{} → {}", a, b);
}

// "aarhus 2022-03 (Aarhus Kommune), rules/aarhus.toml": the id, the
// version and title where given, the file where one was read.
std::string side_name(const ReportSide& s) {
  std::string out = s.rules_id;
  if (!s.version.empty()) out += " " + s.version;
  if (!s.rules_title.empty()) out += " (" + s.rules_title + ")";
  if (!s.file.empty()) out += ", " + s.file;
  return out;
}

// What the report was made of: the rule set and dates, or a diff's two sides.
std::vector<std::string> title_lines(const Report& r, const Words& w) {
  if (!is_diff(r)) return {title_line(r, w)};
  return {w.trf("Before: {}, on {}", side_name(r.sides[0]), w.date(r.sides[0].on)),
          w.trf("After: {}, on {}", side_name(r.sides[1]), w.date(r.sides[1].on))};
}

std::string suppression_line(const Report& r, const Words& w) {
  if (!r.suppression) return w.tr("Small counts are shown (--no-suppress): for internal use only.");
  return w.trf(
      "Counts from 1 to {} are shown as <{}; x marks a figure hidden so that such a count cannot "
      "be worked out from the others.",
      r.threshold - 1, r.threshold);
}

// A column's date (ReportColumn::group, ISO as in JSON) for people.
std::string group_title(const std::string& group, const Words& w) {
  std::optional<Date> d = Date::parse(group);
  return d ? w.date(*d) : group;
}

// Words wrapped at `width` columns, every line starting with `indent`.
std::string wrap(std::string_view text, size_t width, std::string_view indent = "") {
  if (text.empty()) return "";
  return wrap_words(indent, text, indent.size(), width + indent.size());
}

// Cut to `width` columns with an ellipsis.
std::string fit(const std::string& s, size_t width) {
  if (display_width(s) <= width) return s;
  std::string out;
  size_t w = 0;
  for (size_t i = 0; i < s.size();) {
    size_t len = 1;
    unsigned char ch = static_cast<unsigned char>(s[i]);
    if (ch >= 0xF0) {
      len = 4;
    } else if (ch >= 0xE0) {
      len = 3;
    } else if (ch >= 0xC0) {
      len = 2;
    }
    if (w + 1 >= width) break;
    out.append(s, i, len);
    ++w;
    i += len;
  }
  return out + "…";
}

void pad(std::string& out, const std::string& s, size_t width, bool right) {
  size_t w = display_width(s);
  if (right) out.append(width > w ? width - w : 0, ' ');
  out += s;
  if (!right) out.append(width > w ? width - w : 0, ' ');
}

constexpr size_t kLabelWidth = 34;
constexpr size_t kMinLabelWidth = 24;  // Danish labels cut to less go one block a row

// A column's title with its date, where the report has two.
std::string column_title(const ReportColumn& c, const Words& w) {
  return c.group.empty() ? c.title : fmt::format("{} {}", c.title, group_title(c.group, w));
}

}  // namespace

std::string_view hidden_mark(Hidden h) {
  return h == Hidden::small ? kSmall : kComplement;
}

std::string write_report_text(const Report& r) {
  const Words w = words_of(r);
  std::string out;
  out += fmt::format("{}\n", heading(r, w));
  for (const std::string& l : title_lines(r, w)) out += l + "\n";
  out += wrap(suppression_line(r, w), 78);
  for (const ReportSection& s : r.sections) {
    out += fmt::format("\n== {} ==\n", s.title);
    out += wrap(s.intro, 78);
    for (const ReportTable& t : s.tables) {
      out += fmt::format("\n{}\n", t.title);
      std::vector<std::vector<std::string>> cells;
      std::vector<size_t> width(t.columns.size(), 0);
      for (size_t c = 0; c < t.columns.size(); ++c) width[c] = display_width(t.columns[c].title);
      for (const ReportRow& row : t.rows) {
        std::vector<std::string> line;
        for (size_t c = 0; c < row.cells.size(); ++c) {
          std::string v = human(row.cells[c], w);
          if (c > 0) width[c] = std::max(width[c], display_width(v));
          line.push_back(std::move(v));
        }
        cells.push_back(std::move(line));
      }
      if (w.danish()) {
        // A Danish date ("1. september 2025") is wider than the columns it
        // stands over: the last of them is widened to hold it.
        for (size_t c = 1; c < t.columns.size(); ++c) {
          const std::string& g = t.columns[c].group;
          if (g.empty()) continue;
          size_t span = width[c];
          while (c + 1 < t.columns.size() && t.columns[c + 1].group == g) span += 2 + width[++c];
          size_t need = display_width(group_title(g, w));
          if (need > span) width[c] += need - span;
        }
      }
      // Labels are cut to fit; Danish ones (the rules' titles, not their
      // ids) to the room the other columns leave on a line of 80, where that
      // is room enough to read them.
      size_t label_width = kLabelWidth;
      if (w.danish()) {
        size_t rest = 2;
        for (size_t c = 1; c < width.size(); ++c) rest += width[c] + 2;
        if (rest + kMinLabelWidth <= 80) label_width = 80 - rest;
      }
      for (std::vector<std::string>& line : cells) {
        if (line.empty()) continue;
        line[0] = fit(line[0], label_width);
        width[0] = std::max(width[0], display_width(line[0]));
      }
      if (t.rows.empty()) {
        out += fmt::format("  {}\n", w.tr("(none)"));
        if (!t.note.empty()) out += wrap(t.note, 76, "  ");
        continue;
      }
      auto right = [&](size_t c) { return c > 0 && numeric(t.columns[c].kind); };
      size_t total_width = 2;
      for (size_t c = 0; c < width.size(); ++c) total_width += width[c] + (c > 0 ? 2 : 0);
      if (total_width > 80) {
        // Too wide for a terminal: one block a row, a line a column.
        size_t key_width = 0;
        for (size_t c = 1; c < t.columns.size(); ++c)
          key_width = std::max(key_width, display_width(column_title(t.columns[c], w)));
        for (size_t ri = 0; ri < t.rows.size(); ++ri) {
          out += wrap(t.rows[ri].cells[0].text, 76, "  ");
          for (size_t c = 1; c < cells[ri].size(); ++c) {
            std::string l = "    ";
            pad(l, column_title(t.columns[c], w), key_width, false);
            l += "  ";
            l += cells[ri][c];
            out += l + "\n";
          }
        }
      } else {
        bool grouped_columns = std::any_of(t.columns.begin(), t.columns.end(),
                                           [](const ReportColumn& c) { return !c.group.empty(); });
        if (grouped_columns) {
          // A line of dates over their columns.
          std::string groups = "  ";
          for (size_t c = 0; c < t.columns.size(); ++c) {
            if (c > 0) groups += "  ";
            bool starts = !t.columns[c].group.empty() &&
                          (c == 0 || t.columns[c - 1].group != t.columns[c].group);
            size_t span = width[c];
            if (starts) {
              for (size_t k = c + 1;
                   k < t.columns.size() && t.columns[k].group == t.columns[c].group; ++k)
                span += 2 + width[k];
              pad(groups, group_title(t.columns[c].group, w), span, false);
              while (c + 1 < t.columns.size() && t.columns[c + 1].group == t.columns[c].group) ++c;
            } else {
              groups.append(span, ' ');
            }
          }
          while (!groups.empty() && groups.back() == ' ') groups.pop_back();
          out += groups + "\n";
        }
        std::string head = "  ", rule = "  ";
        for (size_t c = 0; c < t.columns.size(); ++c) {
          if (c > 0) {
            head += "  ";
            rule += "  ";
          }
          pad(head, t.columns[c].title, width[c], right(c));
          rule.append(width[c], '-');
        }
        while (!head.empty() && head.back() == ' ') head.pop_back();
        out += head + "\n" + rule + "\n";
        for (const std::vector<std::string>& line : cells) {
          std::string l = "  ";
          for (size_t c = 0; c < line.size(); ++c) {
            if (c > 0) l += "  ";
            pad(l, line[c], width[c], right(c));
          }
          while (!l.empty() && l.back() == ' ') l.pop_back();
          out += l + "\n";
        }
      }
      if (!t.note.empty()) out += wrap(t.note, 76, "  ");
    }
  }
  if (!r.notes.empty()) {
    out += fmt::format("\n{}\n", w.tr("Notes"));
    for (const std::string& n : r.notes) out += wrap("- " + n, 78);
  }
  return out;
}

std::string write_report_markdown(const Report& r) {
  auto esc = [](const std::string& s) {
    std::string o;
    for (char ch : s) {
      if (ch == '|') o += '\\';
      o += ch;
    }
    return o;
  };
  const Words w = words_of(r);
  std::string out = fmt::format("# {}: {}\n\n", heading(r, w), heading_rules(r));
  for (const std::string& l : title_lines(r, w)) out += fmt::format("{}.\n\n", l);
  out += fmt::format("{}\n", suppression_line(r, w));
  for (const ReportSection& s : r.sections) {
    out += fmt::format("\n## {}\n\n{}\n", s.title, s.intro);
    for (const ReportTable& t : s.tables) {
      out += fmt::format("\n### {}\n\n", t.title);
      if (t.rows.empty()) {
        out += fmt::format("{}\n", w.tr("(none)"));
      } else {
        std::string head = "|", rule = "|";
        for (size_t c = 0; c < t.columns.size(); ++c) {
          head += fmt::format(" {} |", esc(column_title(t.columns[c], w)));
          rule += c > 0 && numeric(t.columns[c].kind) ? " ---: |" : " --- |";
        }
        out += head + "\n" + rule + "\n";
        for (const ReportRow& row : t.rows) {
          out += "|";
          for (size_t c = 0; c < row.cells.size(); ++c) {
            std::string v = esc(human(row.cells[c], w));
            out += row.total && c == 0 ? fmt::format(" **{}** |", v) : fmt::format(" {} |", v);
          }
          out += "\n";
        }
      }
      if (!t.note.empty()) out += fmt::format("\n{}\n", t.note);
    }
  }
  if (!r.notes.empty()) {
    out += fmt::format("\n## {}\n\n", w.tr("Notes"));
    for (const std::string& n : r.notes) out += fmt::format("- {}\n", n);
  }
  return out;
}

std::string write_report_csv(const Report& r, const csv::Format& f) {
  const char sep = f.separator;
  const bool decimal_comma = f.decimal_comma;
  std::string out(csv::start_of(f));
  auto cell = [&](std::string_view v) { csv_cell(out, v, sep); };
  auto next = [&] { out += sep; };
  cell("section");
  next();
  cell("table");
  next();
  cell("row");
  next();
  cell("label");
  next();
  cell("column");
  next();
  cell("value");
  next();
  cell("minutes");  // added last: hours cells in whole minutes, empty for the others
  out += "\n";
  for (const ReportSection& s : r.sections)
    for (const ReportTable& t : s.tables)
      for (const ReportRow& row : t.rows)
        for (size_t c = 1; c < row.cells.size(); ++c) {
          const ReportCell& v = row.cells[c];
          std::string value, minutes;
          if (v.kind == CellKind::none) {
            value = "";
          } else if (!numeric(v.kind)) {
            value = v.text;
          } else if (v.hidden != Hidden::no) {
            value = hidden_mark(v.hidden);
            if (v.kind == CellKind::hours) minutes = value;
          } else {
            value = machine_number(v);
            if (decimal_comma) std::replace(value.begin(), value.end(), '.', ',');
            if (v.kind == CellKind::hours) minutes = fmt::format("{}", v.minutes);
          }
          cell(s.id);
          next();
          cell(t.id);
          next();
          cell(row.key);
          next();
          cell(row.cells[0].text);
          next();
          cell(t.columns[c].id);
          next();
          cell(value);
          next();
          cell(minutes);
          out += "\n";
        }
  return out;
}

namespace {

// A cell of the table form: what the text report shows, in a form a
// spreadsheet reads as a number: no thousands separator, a decimal comma
// with ';', shares in per cent with the sign ("82.2%"); hours h:mm as on
// screen; a cell with no value empty; hidden figures "<5" and "x".
std::string table_value(const ReportCell& c, const csv::Format& f) {
  if (c.hidden != Hidden::no && numeric(c.kind)) return std::string(hidden_mark(c.hidden));
  std::string s;
  switch (c.kind) {
    case CellKind::none:
      return "";
    case CellKind::label:
    case CellKind::text:
      return c.text;
    case CellKind::count:
    case CellKind::kroner:
      return plain(c.value, 0);
    case CellKind::hours:
      return format_minutes(c.minutes);
    case CellKind::share:
      s = plain(c.value * 100, 1) + "%";
      break;
    case CellKind::number:
      s = plain(c.value, 2);
      break;
  }
  if (f.decimal_comma) std::replace(s.begin(), s.end(), '.', ',');
  return s;
}

}  // namespace

std::string write_report_csv_table(const Report& r, const csv::Format& f) {
  const Words w{false};  // English in every language, as the layout for CSV
  std::string out(csv::start_of(f));
  auto row = [&](const std::vector<std::string>& cells) {
    for (size_t c = 0; c < cells.size(); ++c) {
      if (c > 0) out += f.separator;
      csv_cell(out, cells[c], f.separator);
    }
    out += '\n';
  };
  // What the text report says above its sections: the rule set and dates,
  // and what "<5" and "x" mean.
  row({heading(r, w)});
  for (const std::string& l : title_lines(r, w)) row({l});
  row({suppression_line(r, w)});
  for (const ReportSection& s : r.sections) {
    for (const ReportTable& t : s.tables) {
      out += '\n';
      row({fmt::format("{} – {}", s.title, t.title)});
      std::vector<std::string> cells;
      for (const ReportColumn& c : t.columns) cells.push_back(column_title(c, w));
      row(cells);
      if (t.rows.empty()) {  // every row as wide as the header, as the text's "(none)"
        std::fill(cells.begin(), cells.end(), std::string());
        cells[0] = "(none)";
        row(cells);
      }
      for (const ReportRow& rw : t.rows) {
        cells.clear();
        for (const ReportCell& c : rw.cells) cells.push_back(table_value(c, f));
        row(cells);
      }
    }
  }
  if (!r.notes.empty()) {
    out += "\nNotes\n";
    for (const std::string& n : r.notes) row({n});
  }
  return out;
}

std::string write_report_json(const Report& r) {
  std::string out;
  JsonWriter j(out, 2);
  j.begin_object();
  if (is_diff(r)) {
    for (size_t k = 0; k < 2; ++k) {
      const ReportSide& side = r.sides[k];
      j.key(k == 0 ? "before" : "after");
      j.begin_object();
      j.key("rules");
      j.string(side.rules_id);
      j.key("rules_title");
      j.string(side.rules_title);
      j.key("version");
      j.string(side.version);
      j.key("file");
      j.string(side.file);
      j.key("on");
      j.string(side.on.iso());
      j.end_object();
    }
  } else {
    j.key("rules");
    j.string(r.rules_id);
    j.key("rules_title");
    j.string(r.rules_title);
    j.key("on");
    j.string(r.dates.empty() ? "" : r.dates[0].iso());
    j.key("compare");
    if (r.dates.size() > 1) {
      j.string(r.dates[1].iso());
    } else {
      j.null();
    }
  }
  j.key("people");
  j.integer(static_cast<int64_t>(r.people));
  if (is_diff(r)) {
    j.key("changed");
    Hidden h = changed_hidden(r);
    if (h == Hidden::no) {
      j.integer(static_cast<int64_t>(r.changed));
    } else {
      j.null();
      j.key("suppressed");
      j.begin_object();
      j.key("changed");
      j.string(hidden_mark(h));
      j.end_object();
    }
  }
  j.key("errors");
  j.integer(static_cast<int64_t>(r.errors));
  j.key("suppression");
  j.begin_object();
  j.key("enabled");
  j.boolean(r.suppression);
  j.key("threshold");
  j.integer(r.threshold);
  j.end_object();
  j.key("sections");
  j.begin_array();
  for (const ReportSection& s : r.sections) {
    j.begin_object();
    j.key("id");
    j.string(s.id);
    j.key("title");
    j.string(s.title);
    j.key("intro");
    j.string(s.intro);
    j.key("tables");
    j.begin_array();
    for (const ReportTable& t : s.tables) {
      j.begin_object();
      j.key("id");
      j.string(t.id);
      j.key("title");
      j.string(t.title);
      j.key("note");
      j.string(t.note);
      j.key("columns");
      j.begin_array();
      for (const ReportColumn& c : t.columns) {
        j.begin_object();
        j.key("id");
        j.string(c.id);
        j.key("title");
        j.string(c.title);
        if (!c.group.empty()) {
          j.key("on");
          j.string(c.group);
        }
        j.end_object();
      }
      j.end_array();
      j.key("rows");
      j.begin_array();
      for (const ReportRow& row : t.rows) {
        j.begin_object();
        j.key("key");
        j.string(row.key);
        j.key("label");
        j.string(row.cells[0].text);
        j.key("total");
        j.boolean(row.total);
        bool any_hidden = false;
        for (size_t c = 1; c < row.cells.size(); ++c) {
          const ReportCell& v = row.cells[c];
          j.key(t.columns[c].id);
          if (!numeric(v.kind)) {
            j.string(v.text);
          } else if (v.kind == CellKind::none || v.hidden != Hidden::no) {
            any_hidden = any_hidden || v.hidden != Hidden::no;
            j.null();
          } else {
            j.raw(machine_number(v));
          }
          if (v.kind == CellKind::hours) {  // the exact figure beside the decimal hours
            j.key(t.columns[c].id + "_minutes");
            if (v.hidden != Hidden::no) {
              j.null();
            } else {
              j.integer(v.minutes);
            }
          }
        }
        if (any_hidden) {
          j.key("suppressed");
          j.begin_object();
          for (size_t c = 1; c < row.cells.size(); ++c) {
            const ReportCell& v = row.cells[c];
            if (!numeric(v.kind) || v.hidden == Hidden::no) continue;
            j.key(t.columns[c].id);
            j.string(hidden_mark(v.hidden));
          }
          j.end_object();
        }
        j.end_object();
      }
      j.end_array();
      j.end_object();
    }
    j.end_array();
    j.end_object();
  }
  j.end_array();
  j.key("notes");
  j.begin_array();
  for (const std::string& n : r.notes) j.string(n);
  j.end_array();
  j.end_object();
  out += '\n';
  return out;
}

// --- HTML -----------------------------------------------------------------

namespace {

std::string html_escape(std::string_view s) {
  std::string o;
  for (char ch : s) {
    switch (ch) {
      case '&':
        o += "&amp;";
        break;
      case '<':
        o += "&lt;";
        break;
      case '>':
        o += "&gt;";
        break;
      case '"':
        o += "&quot;";
        break;
      default:
        o += ch;
    }
  }
  return o;
}

constexpr const char* kColors[] = {"#1f5f99", "#d9822b"};

// A horizontal bar chart of a table's charted columns, one bar a row and date.
std::string svg_chart(const ReportSection& s, const Report& r, const Words& words) {
  const ReportTable& t = s.tables[static_cast<size_t>(s.chart_table)];
  std::vector<const ReportRow*> rows;
  for (const ReportRow& row : t.rows)
    if (!row.total) rows.push_back(&row);
  const int label_w = 250, bar_w = 380, value_w = 90, bar_h = 16, gap = 8;
  const int series = static_cast<int>(t.chart.size());
  const int legend = series > 1 ? 22 : 0;
  const int row_h = series * bar_h + gap;
  const int height = legend + std::max(1, static_cast<int>(rows.size())) * row_h + 10;
  const int width = label_w + bar_w + value_w;
  double max = 0;
  for (const ReportRow* row : rows)
    for (int c : t.chart) {
      const ReportCell& v = row->cells[static_cast<size_t>(c)];
      if (v.hidden == Hidden::no && numeric(v.kind) && v.kind != CellKind::none)
        max = std::max(max, v.value);
    }
  std::string title =
      fmt::format("{}: {}", t.title, t.columns[static_cast<size_t>(t.chart[0])].title);
  std::string o = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"{}\" "
      "height=\"{}\" viewBox=\"0 0 {} {}\" aria-label=\"{}\">\n<title>{}</title>\n",
      width, height, width, height, html_escape(title), html_escape(title));
  if (series > 1) {
    for (int k = 0; k < series; ++k) {
      int x = label_w + k * 150;
      o += fmt::format(
          "<rect x=\"{}\" y=\"4\" width=\"12\" height=\"12\" fill=\"{}\"/><text x=\"{}\" "
          "y=\"14\">{}</text>\n",
          x, kColors[k % 2], x + 16,
          html_escape(k < static_cast<int>(r.dates.size())
                          ? words.date(r.dates[static_cast<size_t>(k)])
                          : ""));
    }
  }
  if (rows.empty()) {
    o += fmt::format("<text x=\"0\" y=\"{}\">{}</text>\n", legend + 14,
                     html_escape(words.tr("(no rows)")));
  } else if (max <= 0) {  // every value 0, empty (hours not stated) or hidden: no bar to draw
    o += fmt::format("<text x=\"{}\" y=\"{}\" class=\"v\">{}</text>\n", label_w + bar_w / 2,
                     legend + 14, html_escape(words.tr("(no values to draw)")));
  }
  for (size_t i = 0; i < rows.size(); ++i) {
    int y0 = legend + static_cast<int>(i) * row_h;
    std::string lab = fit(rows[i]->cells[0].text, 38);
    o += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n", label_w - 8,
                     y0 + series * bar_h / 2 + 5, html_escape(lab));
    for (int k = 0; k < series; ++k) {
      const ReportCell& v = rows[i]->cells[static_cast<size_t>(t.chart[static_cast<size_t>(k)])];
      int y = y0 + k * bar_h;
      bool shown = v.hidden == Hidden::no && v.kind != CellKind::none;
      int w = shown && max > 0 ? static_cast<int>(std::lround(std::max(0.0, v.value) / max * bar_w))
                               : 0;
      if (w > 0)
        o += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>\n",
                         label_w, y + 1, w, bar_h - 2, kColors[k % 2]);
      o += fmt::format("<text x=\"{}\" y=\"{}\" class=\"v\">{}</text>\n", label_w + w + 4,
                       y + bar_h - 4, html_escape(human(v, words)));
    }
  }
  o += "</svg>\n";
  return o;
}

constexpr std::string_view kCss =
    R"(body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.4}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.3rem;border-bottom:2px solid #1f5f99;padding-bottom:.2rem;margin-top:2.2rem}
p.meta{color:#444;margin-top:0}p.intro{max-width:48rem}
table{border-collapse:collapse;margin:.6rem 0 1.2rem;font-size:.92rem}caption{text-align:left;font-weight:600;padding:.3rem 0}
th,td{padding:.2rem .6rem;border-bottom:1px solid #ddd;vertical-align:top}th{background:#f2f5f8;text-align:left}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}tr.total td{font-weight:600;border-top:2px solid #999}
td.h{color:#8a3b12}th.g{text-align:center;border-bottom:1px solid #999}p.note{font-size:.85rem;color:#555;margin-top:-.8rem}
svg.chart{max-width:100%;height:auto;font-size:12px;font-family:inherit}svg.chart text{fill:#1a1a1a}
figure{margin:1rem 0}figcaption{font-size:.85rem;color:#555}
@media print{body{margin:0;max-width:none;font-size:10pt}section{break-inside:avoid-page}h2{break-after:avoid}table,figure{break-inside:avoid}a{color:inherit}}
)";

}  // namespace

std::string write_report_html(const Report& r) {
  const Words w = words_of(r);
  std::string o;
  o += fmt::format("<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\"/>\n",
                   w.danish() ? "da" : "en");
  o += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n";
  o += fmt::format("<title>{}: {}</title>\n", html_escape(heading(r, w)),
                   html_escape(heading_rules(r)));
  o += fmt::format("<style>\n{}</style>\n</head>\n<body>\n", kCss);
  std::string made_of;
  for (const std::string& l : title_lines(r, w)) made_of += html_escape(l) + ". ";
  auto number = [&](uint64_t n) {
    return w.danish() ? local_count(n) : grouped(static_cast<double>(n), 0);
  };
  std::string people =
      fmt::format("{} {}", number(r.people), w.plural_noun(r.people, "person", "people"));
  if (is_diff(r)) {
    Hidden h = changed_hidden(r);
    people = w.trf("{}, {} changed", people,
                   h == Hidden::no ? number(r.changed) : std::string(hidden_mark(h)));
  }
  o += fmt::format("<h1>{}: {}</h1>\n<p class=\"meta\">{}{}. {}</p>\n", html_escape(heading(r, w)),
                   html_escape(heading_rules(r)), made_of, html_escape(people),
                   html_escape(suppression_line(r, w)));
  for (const ReportSection& s : r.sections) {
    o += fmt::format("<section id=\"{}\">\n<h2>{}</h2>\n<p class=\"intro\">{}</p>\n",
                     html_escape(s.id), html_escape(s.title), html_escape(s.intro));
    if (s.chart_table >= 0) {
      o += "<figure>\n" + svg_chart(s, r, w);
      const ReportTable& ct = s.tables[static_cast<size_t>(s.chart_table)];
      o += fmt::format("<figcaption>{}</figcaption>\n</figure>\n", html_escape(ct.title));
    }
    for (const ReportTable& t : s.tables) {
      o += fmt::format("<table id=\"{}-{}\">\n<caption>{}</caption>\n<thead>", html_escape(s.id),
                       html_escape(t.id), html_escape(t.title));
      bool grouped_columns = std::any_of(t.columns.begin(), t.columns.end(),
                                         [](const ReportColumn& c) { return !c.group.empty(); });
      if (grouped_columns) {
        // A row of dates over their columns.
        o += "<tr>";
        for (size_t c = 0; c < t.columns.size();) {
          size_t span = 1;
          while (c + span < t.columns.size() && t.columns[c + span].group == t.columns[c].group)
            ++span;
          o += fmt::format("<th colspan=\"{}\" class=\"g\">{}</th>", span,
                           html_escape(group_title(t.columns[c].group, w)));
          c += span;
        }
        o += "</tr>\n";
      }
      o += "<tr>";
      for (size_t c = 0; c < t.columns.size(); ++c)
        o += fmt::format(
            "<th{}>{}</th>", c > 0 && numeric(t.columns[c].kind) ? " class=\"n\"" : "",
            html_escape(grouped_columns ? t.columns[c].title : column_title(t.columns[c], w)));
      o += "</tr></thead>\n<tbody>\n";
      if (t.rows.empty())
        o += fmt::format("<tr><td colspan=\"{}\">{}</td></tr>\n", t.columns.size(),
                         html_escape(w.tr("(none)")));
      for (const ReportRow& row : t.rows) {
        o += row.total ? "<tr class=\"total\">" : "<tr>";
        for (size_t c = 0; c < row.cells.size(); ++c) {
          const ReportCell& v = row.cells[c];
          std::string_view cls = "";
          if (c > 0 && numeric(v.kind))
            cls = v.hidden != Hidden::no ? " class=\"n h\"" : " class=\"n\"";
          o += fmt::format("<td{}>{}</td>", cls, html_escape(human(v, w)));
        }
        o += "</tr>\n";
      }
      o += "</tbody>\n</table>\n";
      if (!t.note.empty()) o += fmt::format("<p class=\"note\">{}</p>\n", html_escape(t.note));
    }
    o += "</section>\n";
  }
  if (!r.notes.empty()) {
    o += fmt::format("<section id=\"notes\">\n<h2>{}</h2>\n<ul>\n", html_escape(w.tr("Notes")));
    for (const std::string& n : r.notes) o += fmt::format("<li>{}</li>\n", html_escape(n));
    o += "</ul>\n</section>\n";
  }
  o += "</body>\n</html>\n";
  return o;
}

}  // namespace nytte
