// Hand-made reports for the tests of suppression and the writers: rows of
// counts, and one additive table with a total row.
#pragma once

#include <fmt/format.h>

#include <string>
#include <utility>
#include <vector>

#include "report/report.h"

namespace nytte::test {

inline ReportCell count_cell(double v, std::string quantity = "") {
  ReportCell c;
  c.kind = CellKind::count;
  c.value = v;
  c.quantity = std::move(quantity);
  return c;
}

inline ReportCell share_cell(double v, int count_column) {
  ReportCell c;
  c.kind = CellKind::share;
  c.value = v;
  c.from = {{-1, count_column}};
  return c;
}

inline ReportRow row(std::string key, std::vector<double> counts, bool total = false,
                     std::vector<std::string> quantities = {}) {
  ReportRow r;
  r.key = key;
  r.total = total;
  ReportCell label;
  label.kind = CellKind::label;
  label.text = key;
  r.cells.push_back(label);
  for (size_t i = 0; i < counts.size(); ++i)
    r.cells.push_back(count_cell(counts[i], i < quantities.size() ? quantities[i] : ""));
  return r;
}

// One section, one additive table of one count column and a total row.
inline Report one_table(std::vector<double> parts) {
  Report r;
  ReportSection s;
  s.id = "s";
  ReportTable t;
  t.id = "t";
  t.columns = {{"key", "Key", CellKind::label}, {"people", "People", CellKind::count}};
  t.additive = {1};
  double total = 0;
  for (size_t i = 0; i < parts.size(); ++i) {
    t.rows.push_back(row(fmt::format("r{}", i), {parts[i]}));
    total += parts[i];
  }
  t.rows.push_back(row("total", {total}, true));
  s.tables.push_back(t);
  r.sections.push_back(s);
  return r;
}

inline Hidden hidden(const Report& r, size_t table, size_t row_index, size_t col = 1) {
  return r.sections[0].tables[table].rows[row_index].cells[col].hidden;
}

}  // namespace nytte::test
