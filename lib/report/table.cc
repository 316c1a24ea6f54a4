// Cells and the common table of counts (table.h).
#include "report/table.h"

#include <cmath>

namespace nytte::reporting {

ReportCell label(std::string text) {
  ReportCell c;
  c.kind = CellKind::label;
  c.text = std::move(text);
  return c;
}
// A count of people (or seats) that `quantity` names; "" = this cell only.
ReportCell count(uint64_t n, std::string quantity) {
  ReportCell c;
  c.kind = CellKind::count;
  c.value = static_cast<double>(n);
  c.quantity = std::move(quantity);
  return c;
}
// A figure computed from counts: `from` names their cells (row, column; -1 = same).
ReportCell figure(CellKind kind, double v, std::vector<std::pair<int, int>> from) {
  ReportCell c;
  c.kind = kind;
  c.value = v;
  c.from = std::move(from);
  return c;
}
// A length of time: the decimal hours as before and the whole minutes.
ReportCell duration(double hours, int64_t minutes, std::vector<std::pair<int, int>> from) {
  ReportCell c = figure(CellKind::hours, hours, std::move(from));
  c.minutes = minutes;
  return c;
}
// A sum of whole minutes as a duration cell: the decimal hours to 0.01 h
// beside the exact minutes.
ReportCell minutes_cell(int64_t minutes, std::vector<std::pair<int, int>> from) {
  return duration(std::round(static_cast<double>(minutes) * 100 / 60) / 100, minutes,
                  std::move(from));
}
// Full-time equivalents (37 hours) of a sum of minutes, to 0.01.
double fte_of(int64_t minutes) {
  return std::round(static_cast<double>(minutes) * 100 / (kFullWeek * 60)) / 100;
}
ReportCell text_cell(std::string s) {
  ReportCell c;
  c.kind = CellKind::text;
  c.text = std::move(s);
  return c;
}
ReportCell empty_cell(std::vector<std::pair<int, int>> from) {
  ReportCell c;
  c.from = std::move(from);
  return c;
}
ReportCell share(double part, double whole, std::vector<std::pair<int, int>> from) {
  if (whole <= 0) return empty_cell(std::move(from));
  return figure(CellKind::share, part / whole, std::move(from));
}
std::pair<int, int> same_row(size_t col) {
  return {-1, static_cast<int>(col)};
}

ReportTable count_table(const Layout& L, std::string id, std::string title, std::string label_title,
                        std::string share_title, const std::vector<CountRow>& rows,
                        const std::vector<uint64_t>& wholes, bool additive, bool total_row,
                        std::string total_quantity) {
  ReportTable t;
  t.id = std::move(id);
  t.title = L.w.trf("{}: people and {}", title, share_title);
  t.columns.push_back({"key", std::move(label_title), CellKind::label});
  size_t nd = L.nd();
  for (size_t di = 0; di < nd; ++di) {
    t.columns.push_back({L.prefix(di) + "people", L.w.tr("People"), CellKind::count});
    t.columns.push_back({L.prefix(di) + "share", L.w.tr("Share"), CellKind::share});
    t.chart.push_back(static_cast<int>(1 + 2 * di));
    if (additive) t.additive.push_back(static_cast<int>(1 + 2 * di));
  }
  if (nd > 1) t.columns.push_back({"change", L.w.tr("Change"), CellKind::number});
  auto make_row = [&](const std::string& key, const std::string& title,
                      const std::vector<uint64_t>& n, const std::string& quantity) {
    ReportRow r;
    r.key = key;
    r.cells.push_back(label(title.empty() ? key : title));
    for (size_t di = 0; di < nd; ++di) {
      size_t col = 1 + 2 * di;
      r.cells.push_back(count(n[di], quantity.empty() ? "" : fmt::format("{}@{}", quantity, di)));
      r.cells.push_back(
          share(static_cast<double>(n[di]), static_cast<double>(wholes[di]), {same_row(col)}));
    }
    if (nd > 1) {
      // The change from the --compare date to the --on date.
      r.cells.push_back(figure(CellKind::number,
                               static_cast<double>(n[0]) - static_cast<double>(n[1]),
                               {same_row(1), same_row(3)}));
    }
    return r;
  };
  for (const CountRow& cr : rows) t.rows.push_back(make_row(cr.key, cr.title, cr.n, cr.quantity));
  if (total_row) {
    std::vector<uint64_t> sum(nd, 0);
    for (const CountRow& cr : rows)
      for (size_t di = 0; di < nd; ++di) sum[di] += cr.n[di];
    t.rows.push_back(make_row("total", L.w.tr("Total"), sum, total_quantity));
    t.rows.back().total = true;
  }
  return t;
}

std::vector<uint64_t> covered_counts(const ReportTally& t) {
  std::vector<uint64_t> out;
  for (const DateTally& d : t.dates) out.push_back(d.by_status[0]);
  return out;
}

}  // namespace nytte::reporting
