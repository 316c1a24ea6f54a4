// The capacity section: the covered people's packages, and seats demanded
// against seats offered and taken in build-package's batch.
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

#include "base/duration.h"

namespace nytte::reporting {

ReportSection capacity_section(Layout& L) {
  const ReportTally& tally = L.tally;
  const RuleSet& rules = L.rules;
  ReportSection s;
  s.id = "capacity";
  s.title = "Capacity: seats demanded against seats offered";
  s.intro =
      "Demanded: the covered people whose package (the one build-package makes for the "
      "person alone, with every offer's seats free) uses the offer; a person holds one seat of "
      "an offer whatever the number of its slots. Served: the seats offered shared out as "
      "build-package shares them in a batch (earliest start first, then the fewest offers "
      "open, then input order; then pairs swapped): the packages the offers can serve, and the "
      "seats taken. Diff.: seats offered minus seats demanded (negative: too few seats).";
  size_t nd = L.nd();
  auto served = [&](size_t di) { return tally.dates[di].allocated; };
  const char* kNotComputed = "not computed";
  ReportTable pk;
  pk.id = "packages";
  pk.title = "Packages of the covered people";
  pk.columns.push_back({"key", "Package", CellKind::label});
  for (size_t di = 0; di < nd; ++di) {
    pk.columns.push_back({L.prefix(di) + "value", "Seats free", CellKind::number});
    pk.columns.push_back({L.prefix(di) + "allocated", "Seats offered", CellKind::number});
    pk.additive.push_back(static_cast<int>(1 + 2 * di));
    pk.additive.push_back(static_cast<int>(2 + 2 * di));
    pk.chart.push_back(static_cast<int>(1 + 2 * di));
  }
  auto prow = [&](std::string key, std::string title, auto pick, auto pick_served,
                  bool total = false) {
    ReportRow r;
    r.key = std::move(key);
    r.cells.push_back(label(std::move(title)));
    for (size_t di = 0; di < nd; ++di) {
      const DateTally& d = tally.dates[di];
      r.cells.push_back(count(pick(d), total ? L.covered_q(di) : ""));
      r.cells.push_back(served(di) ? count(pick_served(d), total ? L.covered_q(di) : "")
                                   : text_cell(kNotComputed));
    }
    r.total = total;
    pk.rows.push_back(std::move(r));
  };
  prow(
      "full", "Reaching the required hours", [](const DateTally& d) { return d.full; },
      [](const DateTally& d) { return d.allocated_full; });
  prow(
      "short", "Short of the required hours", [](const DateTally& d) { return d.short_; },
      [](const DateTally& d) { return d.allocated_short; });
  prow(
      "parts_only", "Hours not stated: parts only", [](const DateTally& d) { return d.parts_only; },
      [](const DateTally& d) { return d.allocated_parts_only; });
  prow(
      "none", "No package (no track or recipe)", [](const DateTally& d) { return d.no_package; },
      [](const DateTally& d) { return d.allocated_none; });
  auto covered = [](const DateTally& d) { return d.by_status[0]; };
  prow("total", "Total covered", covered, covered, true);
  ReportRow mh;
  mh.key = "missing_hours";
  mh.cells.push_back(label("Hours missing a week, summed"));
  for (size_t di = 0; di < nd; ++di) {
    const DateTally& d = tally.dates[di];
    mh.cells.push_back(minutes_cell(d.missing_minutes, {{1, -1}}));
    mh.cells.push_back(served(di) ? duration(minutes_to_hours(d.allocated_missing_minutes),
                                             d.allocated_missing_minutes, {{1, -1}})
                                  : text_cell(kNotComputed));
  }
  pk.rows.push_back(std::move(mh));
  // Where the seats could not be shared out, the table says why, in a row.
  bool all_served = true;
  for (size_t di = 0; di < nd; ++di) all_served = all_served && served(di);
  if (!all_served) {
    ReportRow why;
    why.key = "allocation";
    why.cells.push_back(label("Seats offered: not computed"));
    for (size_t di = 0; di < nd; ++di) {
      why.cells.push_back(empty_cell());
      why.cells.push_back(served(di) ? text_cell("computed")
                                     : text_cell(tally.dates[di].allocation_problem));
    }
    pk.rows.push_back(std::move(why));
  }
  pk.note =
      "Seats free: every offer's seats free (what the people would take). Seats offered: the "
      "seats shared out in build-package's batch order (the figures build-package gives).";
  s.tables.push_back(std::move(pk));

  // By offer: one row an id (versions of an offer together).
  ReportTable of;
  of.id = "offers";
  of.title = "Seats by offer";
  of.columns.push_back({"key", "Offer", CellKind::label});
  of.columns.push_back({"kind", "Kind", CellKind::text});
  of.columns.push_back({"seats", "Seats", CellKind::number});
  for (size_t di = 0; di < nd; ++di) {
    of.columns.push_back({L.prefix(di) + "demanded", "Demanded", CellKind::count});
    of.columns.push_back({L.prefix(di) + "difference", "Diff.", CellKind::number});
    of.columns.push_back({L.prefix(di) + "taken", "Taken", CellKind::count});
    of.chart.push_back(static_cast<int>(3 + 3 * di));
  }
  std::vector<std::string> ids;
  for (const Offer& off : rules.offers)
    if (std::find(ids.begin(), ids.end(), off.h.id) == ids.end()) ids.push_back(off.h.id);
  for (const std::string& id : ids) {
    const Offer* last = &L.latest(id);
    ReportRow r;
    r.key = id;
    r.cells.push_back(label(id));
    r.cells.push_back(text_cell(last->kind));
    r.cells.push_back(last->seats ? figure(CellKind::number, *last->seats) : text_cell("no limit"));
    for (size_t di = 0; di < nd; ++di) {
      uint64_t n = L.demand({id}, di);
      r.cells.push_back(count(n, L.seats_q({id}, di)));
      r.cells.push_back(last->seats
                            ? figure(CellKind::number,
                                     static_cast<double>(*last->seats) - static_cast<double>(n),
                                     {same_row(3 + 3 * di)})
                            : empty_cell());
      r.cells.push_back(served(di) ? count(L.taken({id}, di), L.seats_q({id}, di, "taken"))
                                   : text_cell(kNotComputed));
    }
    of.rows.push_back(std::move(r));
  }
  s.tables.push_back(std::move(of));

  ReportTable kt;
  kt.id = "kinds";
  kt.title = "Seats by kind of offer";
  kt.columns.push_back({"key", "Kind", CellKind::label});
  kt.columns.push_back({"seats", "Seats", CellKind::number});
  for (size_t di = 0; di < nd; ++di) {
    kt.columns.push_back({L.prefix(di) + "demanded", "Demanded", CellKind::count});
    kt.columns.push_back({L.prefix(di) + "taken", "Taken", CellKind::count});
    kt.chart.push_back(static_cast<int>(2 + 2 * di));
  }
  std::vector<std::string> kinds;
  for (const Offer& off : rules.offers)
    if (std::find(kinds.begin(), kinds.end(), off.kind) == kinds.end()) kinds.push_back(off.kind);
  for (const std::string& kind : kinds) {
    std::vector<std::string> of_kind;
    bool limited = true;
    int64_t seats = 0;
    for (const std::string& id : ids) {
      const Offer* last = &L.latest(id);
      if (last->kind != kind) continue;
      of_kind.push_back(id);
      if (!last->seats) limited = false;
      seats += last->seats.value_or(0);
    }
    ReportRow r;
    r.key = kind;
    r.cells.push_back(label(kind));
    r.cells.push_back(limited ? figure(CellKind::number, static_cast<double>(seats))
                              : text_cell("no limit"));
    for (size_t di = 0; di < nd; ++di) {
      r.cells.push_back(count(L.demand(of_kind, di), L.seats_q(of_kind, di)));
      r.cells.push_back(served(di) ? count(L.taken(of_kind, di), L.seats_q(of_kind, di, "taken"))
                                   : text_cell(kNotComputed));
    }
    kt.rows.push_back(std::move(r));
  }
  kt.note = "Seats of the kind's offers: a person holding two offers of a kind holds two seats.";
  s.tables.push_back(std::move(kt));
  s.chart_table = 2;
  return s;
}

}  // namespace nytte::reporting
