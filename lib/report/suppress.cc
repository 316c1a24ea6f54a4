// Hiding small counts (suppress): counts from 1 to the threshold - 1, the
// counts that would give them away through a sum, and every figure computed
// from a hidden count.
#include "report/report.h"

#include <map>
#include <string>
#include <vector>

#include <fmt/format.h>

namespace nytte {

void suppress(Report& r, int threshold) {
  r.suppression = true;
  r.threshold = threshold;
  // Every count cell names a quantity; unnamed ones get their own.
  struct Q {
    double value = 0;
    Hidden hidden = Hidden::no;
  };
  std::map<std::string, Q> q;
  for (ReportSection& s : r.sections)
    for (ReportTable& t : s.tables)
      for (size_t ri = 0; ri < t.rows.size(); ++ri)
        for (size_t ci = 0; ci < t.rows[ri].cells.size(); ++ci) {
          ReportCell& c = t.rows[ri].cells[ci];
          if (c.kind != CellKind::count) continue;
          if (c.quantity.empty())
            c.quantity = fmt::format("{}/{}/{}/{}", s.id, t.id, t.rows[ri].key, t.columns[ci].id);
          q[c.quantity].value = c.value;
        }
  std::vector<SumConstraint> sums = r.sums;
  for (const ReportSection& s : r.sections)
    for (const ReportTable& t : s.tables)
      for (int col : t.additive) {
        SumConstraint c;
        for (const ReportRow& row : t.rows) {
          if (row.cells[col].kind != CellKind::count) continue;
          if (row.total) {
            c.total = row.cells[col].quantity;
          } else {
            c.parts.push_back(row.cells[col].quantity);
          }
        }
        if (!c.total.empty()) sums.push_back(std::move(c));
      }
  // Primary: counts from 1 to threshold - 1.
  for (auto& [key, v] : q)
    if (v.value >= 1 && v.value < threshold) v.hidden = Hidden::small;
  // Secondary: no sum may have a single hidden member.
  for (bool changed = true; changed;) {
    changed = false;
    for (const SumConstraint& c : sums) {
      int hidden = q[c.total].hidden != Hidden::no ? 1 : 0;
      for (const std::string& p : c.parts) hidden += q[p].hidden != Hidden::no ? 1 : 0;
      if (hidden != 1) continue;
      const std::string* pick = nullptr;
      for (const std::string& p : c.parts) {
        const Q& v = q[p];
        if (v.hidden != Hidden::no || v.value <= 0) continue;
        if (!pick || v.value < q[*pick].value) pick = &p;
      }
      if (!pick && q[c.total].hidden == Hidden::no) pick = &c.total;
      if (!pick) continue;  // the hidden one is the total, and every part is 0
      q[*pick].hidden = Hidden::complement;
      changed = true;
    }
  }
  // Cells: counts from their quantity, figures from the counts they come from.
  for (ReportSection& s : r.sections)
    for (ReportTable& t : s.tables) {
      for (ReportRow& row : t.rows)
        for (ReportCell& c : row.cells)
          if (c.kind == CellKind::count) c.hidden = q[c.quantity].hidden;
      for (size_t ri = 0; ri < t.rows.size(); ++ri)
        for (size_t ci = 0; ci < t.rows[ri].cells.size(); ++ci) {
          ReportCell& c = t.rows[ri].cells[ci];
          for (const std::string& name : c.from_quantities) {
            auto it = q.find(name);
            if (it != q.end() && it->second.hidden != Hidden::no) c.hidden = Hidden::complement;
          }
          for (auto [row, col] : c.from) {
            size_t rr = row < 0 ? ri : static_cast<size_t>(row);
            size_t cc = col < 0 ? ci : static_cast<size_t>(col);
            if (rr < t.rows.size() && cc < t.rows[rr].cells.size() &&
                t.rows[rr].cells[cc].hidden != Hidden::no) {
              c.hidden = Hidden::complement;
            }
          }
        }
    }
}

}  // namespace nytte
