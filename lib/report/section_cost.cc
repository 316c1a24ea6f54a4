// The cost section: the seats demanded at the offers' cost, against the
// budget lines of the rule set.
#include "report/sections.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "base/codes.h"

namespace nytte::reporting {

ReportSection cost_section(Layout& L) {
  const RuleSet& rules = L.rules;
  ReportSection s;
  s.id = "cost";
  const Words& w = L.w;
  s.title = w.tr("Cost against the budget");
  s.intro = w.trf(
      "The seats demanded at the offers' cost a seat a week, and a year of {} weeks; set "
      "against each budget line of the rule set, its amount spread over its period "
      "(365.25 days a year).",
      w.count(static_cast<uint64_t>(kWeeksPerYear)));
  size_t nd = L.nd();
  ReportTable kt;
  kt.id = "by_kind";
  kt.title = w.tr("Cost of the seats demanded, by kind of offer");
  kt.columns.push_back({"key", w.tr("Kind"), CellKind::label});
  for (size_t di = 0; di < nd; ++di) {
    kt.columns.push_back({L.prefix(di) + "seats", w.tr("Seats"), CellKind::count});
    kt.columns.push_back({L.prefix(di) + "week", w.tr("Kr. a week"), CellKind::kroner});
    kt.columns.push_back({L.prefix(di) + "year", w.tr("Kr. a year"), CellKind::kroner});
    kt.additive.push_back(static_cast<int>(1 + 3 * di));
    kt.chart.push_back(static_cast<int>(3 + 3 * di));
  }
  // Offers with a cost, by kind (ids; the latest version's cost).
  std::vector<std::string> kinds;
  std::map<std::string, std::vector<std::string>> costed;  // kind -> ids
  std::map<std::string, double> cost_of;                   // id -> kr. a seat a week
  for (const Offer& off : rules.offers) cost_of[off.h.id] = off.cost_per_week;
  for (const Offer& off : rules.offers) {
    if (cost_of[off.h.id] <= 0) continue;
    if (std::find(kinds.begin(), kinds.end(), off.kind) == kinds.end()) kinds.push_back(off.kind);
    auto& v = costed[off.kind];
    if (std::find(v.begin(), v.end(), off.h.id) == v.end()) v.push_back(off.h.id);
  }
  auto week_cost = [&](const std::vector<std::string>& ids, size_t di) {
    double kr = 0;
    for (const std::string& id : ids) kr += cost_of[id] * static_cast<double>(L.demand({id}, di));
    return kr;
  };
  std::vector<std::string> all;
  auto cost_row = [&](const std::string& key, const std::vector<std::string>& ids, bool total) {
    ReportRow r;
    r.key = key;
    r.total = total;
    r.cells.push_back(label(total ? w.tr("Total") : w.code(offer_kind_codes(), key)));
    for (size_t di = 0; di < nd; ++di) {
      size_t base = 1 + 3 * di;
      double week = week_cost(ids, di);
      r.cells.push_back(count(L.demand(ids, di), L.seats_q(ids, di)));
      r.cells.push_back(figure(CellKind::kroner, std::round(week), {same_row(base)}));
      r.cells.push_back(
          figure(CellKind::kroner, std::round(week * kWeeksPerYear), {same_row(base)}));
    }
    kt.rows.push_back(std::move(r));
  };
  for (const std::string& kind : kinds) {
    cost_row(kind, costed[kind], false);
    all.insert(all.end(), costed[kind].begin(), costed[kind].end());
  }
  cost_row("total", all, true);
  kt.note = kinds.empty() ? w.tr("No offer of the rule set declares a cost a seat a week.")
                          : w.tr("Offers without a cost a seat a week are left out.");
  s.tables.push_back(std::move(kt));

  ReportTable bt;
  bt.id = "budget";
  bt.title = w.tr("Budget lines");
  bt.columns.push_back({"key", w.tr("Budget line"), CellKind::label});
  bt.columns.push_back({"period", w.tr("Period"), CellKind::text});
  bt.columns.push_back({"amount", w.tr("Amount, kr."), CellKind::kroner});
  bt.columns.push_back({"per_year", w.tr("Kr. a year"), CellKind::kroner});
  bt.columns.push_back({"offered_year", w.tr("All seats, kr. a year"), CellKind::kroner});
  for (size_t di = 0; di < nd; ++di) {
    bt.columns.push_back({L.prefix(di) + "in_force", w.tr("In force"), CellKind::text});
    bt.columns.push_back({L.prefix(di) + "seats", w.tr("Seats"), CellKind::count});
    bt.columns.push_back(
        {L.prefix(di) + "demanded_year", w.tr("Demanded, kr. a year"), CellKind::kroner});
    bt.columns.push_back({L.prefix(di) + "share", w.tr("Share of budget"), CellKind::share});
  }
  for (const BudgetLine& b : rules.budget) {
    ReportRow r;
    r.key = b.h.id;
    r.cells.push_back(label(b.h.title.empty() ? b.h.id : b.h.title));
    r.cells.push_back(text_cell(w.trf("{} to {}", b.h.valid.from ? w.date(*b.h.valid.from) : "",
                                      b.h.valid.to ? w.date(*b.h.valid.to) : "")));
    r.cells.push_back(figure(CellKind::kroner, b.amount));
    r.cells.push_back(figure(CellKind::kroner, std::round(b.per_year())));
    std::vector<std::string> ids, costed_ids;  // the line's offers; those with a cost
    bool unlimited = false;
    double offered = 0;
    for (const auto& [id, kr] : cost_of) {
      const Offer* last = &L.latest(id);
      if (!b.covers(*last)) continue;
      ids.push_back(id);
      if (kr <= 0) continue;
      costed_ids.push_back(id);
      if (!last->seats) unlimited = true;
      offered += kr * last->seats.value_or(0) * kWeeksPerYear;
    }
    if (costed_ids.empty()) {
      r.cells.push_back(text_cell(ids.empty() ? w.tr("no offers") : w.tr("no cost declared")));
    } else if (unlimited) {
      r.cells.push_back(text_cell(w.tr("no seat limit")));
    } else {
      r.cells.push_back(figure(CellKind::kroner, std::round(offered)));
    }
    for (size_t di = 0; di < nd; ++di) {
      size_t base = 6 + 4 * di;
      r.cells.push_back(text_cell(b.h.valid.contains(L.o.dates[di]) ? w.tr("yes") : w.tr("no")));
      if (ids.empty()) {
        r.cells.push_back(empty_cell());
        r.cells.push_back(text_cell(w.tr("no offers")));
        r.cells.push_back(empty_cell());
        continue;
      }
      r.cells.push_back(count(L.demand(ids, di), L.seats_q(ids, di)));
      if (costed_ids.empty()) {
        r.cells.push_back(text_cell(w.tr("no cost declared")));
        r.cells.push_back(empty_cell());
        continue;
      }
      double year = week_cost(costed_ids, di) * kWeeksPerYear;
      r.cells.push_back(figure(CellKind::kroner, std::round(year), {same_row(base)}));
      r.cells.push_back(share(year, b.per_year(), {same_row(base)}));
    }
    bt.rows.push_back(std::move(r));
  }
  bt.note = rules.budget.empty()
                ? w.trf("The rule set '{}' declares no budget lines ([[budget]]).", rules.id)
                : w.tr(
                      "All seats: every seat of the line's offers filled for a year. Share of "
                      "budget: the seats demanded a year against the line's amount a year.");
  s.tables.push_back(std::move(bt));
  s.chart_table = 0;
  return s;
}

}  // namespace nytte::reporting
