// Hiding small counts (suppress): counts from 1 to the threshold - 1, the
// counts that would give them away through a sum, and every figure computed
// from a hidden count.
#include "report/report.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <vector>

#include <fmt/format.h>

namespace nytte {
namespace {

struct Q {
  double value = 0;
  Hidden hidden = Hidden::no;
};
using Quantities = std::map<std::string, Q>;

// A small hidden count that the sums pin down exactly: sums that overlap
// (the rows and the columns of a before x after table, a total of several
// of its cells) can together give away a count that no single sum does.
// Each sum is an equation between its parts and its total; with the shown
// values as constants, a hidden quantity is given away when its unit vector
// lies in the span of the equations over the hidden ones (after Gauss-Jordan
// elimination, a row whose only nonzero entry is that quantity's). Returns
// every such quantity.
std::vector<const std::string*> given_away(const std::vector<SumConstraint>& sums, Quantities& q) {
  std::vector<const std::string*> vars;  // hidden quantities in some sum
  std::map<std::string, size_t, std::less<>> index;
  std::vector<std::vector<double>> rows;
  for (const SumConstraint& c : sums) {
    std::map<size_t, double> row;
    auto term = [&](const std::string& name, double coefficient) {
      auto it = q.find(name);
      if (it == q.end() || it->second.hidden == Hidden::no) return;
      auto [at, added] = index.emplace(it->first, vars.size());
      if (added) vars.push_back(&it->first);
      row[at->second] += coefficient;
    };
    for (const std::string& p : c.parts) term(p, 1);
    term(c.total, -1);
    std::erase_if(row, [](const auto& kv) { return kv.second == 0; });
    if (row.empty()) continue;
    std::vector<double> dense;
    for (const auto& [k, v] : row) {
      if (dense.size() <= k) dense.resize(k + 1, 0);
      dense[k] = v;
    }
    rows.push_back(std::move(dense));
  }
  size_t n = vars.size();
  for (std::vector<double>& row : rows) row.resize(n, 0);
  constexpr double kEps = 1e-9;
  size_t rank = 0;
  std::vector<size_t> pivots;
  for (size_t col = 0; col < n && rank < rows.size(); ++col) {
    size_t best = rank;
    for (size_t i = rank; i < rows.size(); ++i)
      if (std::abs(rows[i][col]) > std::abs(rows[best][col])) best = i;
    if (std::abs(rows[best][col]) < kEps) continue;
    std::swap(rows[rank], rows[best]);
    double pivot = rows[rank][col];
    for (double& v : rows[rank]) v /= pivot;
    for (size_t i = 0; i < rows.size(); ++i) {
      if (i == rank || std::abs(rows[i][col]) < kEps) continue;
      double f = rows[i][col];
      for (size_t j = col; j < n; ++j) rows[i][j] -= f * rows[rank][j];
    }
    pivots.push_back(col);
    ++rank;
  }
  std::vector<const std::string*> out;
  for (size_t i = 0; i < rank; ++i) {
    size_t col = pivots[i];
    bool alone = true;
    for (size_t j = 0; j < n && alone; ++j)
      if (j != col && std::abs(rows[i][j]) > kEps) alone = false;
    if (alone && q[*vars[col]].hidden == Hidden::small) out.push_back(vars[col]);
  }
  return out;
}

// The smallest count shown and above 0 among the parts and totals of the
// sums `name` is in; null when there is none.
const std::string* smallest_shown_beside(const std::string& name,
                                         const std::vector<SumConstraint>& sums, Quantities& q) {
  const std::string* pick = nullptr;
  auto consider = [&](const std::string& p) {
    const Q& v = q[p];
    if (v.hidden != Hidden::no || v.value <= 0) return;
    if (!pick || v.value < q[*pick].value) pick = &p;
  };
  for (const SumConstraint& c : sums) {
    if (c.total != name && std::find(c.parts.begin(), c.parts.end(), name) == c.parts.end())
      continue;
    for (const std::string& p : c.parts) consider(p);
    consider(c.total);
  }
  return pick;
}

}  // namespace

void suppress(Report& r, int threshold) {
  r.suppression = true;
  r.threshold = threshold;
  // Every count cell names a quantity; unnamed ones get their own.
  Quantities q;
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
    if (changed) continue;
    // Then the sums taken together: while they pin a small count down, hide
    // the smallest shown count of a sum it is in.
    for (const std::string* exposed : given_away(sums, q)) {
      if (const std::string* pick = smallest_shown_beside(*exposed, sums, q)) {
        q[*pick].hidden = Hidden::complement;
        changed = true;
        break;
      }
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
