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

#include "base/codes.h"
#include "base/duration.h"

namespace nytte::reporting {

namespace {

// Why the seats offered were not shared out on date `di`: allocate_seats's
// reason (in English, as JSON and CSV give it), in Danish in Danish.
std::string allocation_reason(const Layout& L, size_t di) {
  const std::string& why = L.tally.dates[di].allocation_problem;
  if (!L.w.danish() || L.o.allocation_limit == 0) return why;  // "--allocation-limit 0"
  if (why.starts_with("over "))
    return L.w.trf("over --allocation-limit {}", L.w.count(L.o.allocation_limit));
  return L.w.tr("the population was not recorded");
}

}  // namespace

ReportSection capacity_section(Layout& L) {
  const ReportTally& tally = L.tally;
  const RuleSet& rules = L.rules;
  ReportSection s;
  s.id = "capacity";
  const Words& w = L.w;
  s.title = w.tr("Capacity: seats demanded against seats offered");
  s.intro = w.tr(
      "Demanded: the covered people whose package (the one build-package makes for the "
      "person alone, with every offer's seats free) uses the offer; a person holds one seat of "
      "an offer whatever the number of its slots. Served: the seats offered shared out as "
      "build-package shares them in a batch (earliest start first, then the fewest offers "
      "open, then input order; then pairs swapped): the packages the offers can serve, and the "
      "seats taken. Diff.: seats offered minus seats demanded (negative: too few seats).");
  size_t nd = L.nd();
  auto served = [&](size_t di) { return tally.dates[di].allocated; };
  const std::string kNotComputed = w.tr("not computed");
  ReportTable pk;
  pk.id = "packages";
  pk.title = w.tr("Packages of the covered people");
  pk.columns.push_back({"key", w.tr("Package"), CellKind::label});
  for (size_t di = 0; di < nd; ++di) {
    pk.columns.push_back({L.prefix(di) + "value", w.tr("Seats free"), CellKind::number});
    pk.columns.push_back({L.prefix(di) + "allocated", w.tr("Seats offered"), CellKind::number});
    pk.additive.push_back(static_cast<int>(1 + 2 * di));
    pk.additive.push_back(static_cast<int>(2 + 2 * di));
    pk.chart.push_back(static_cast<int>(1 + 2 * di));
  }
  auto prow = [&](std::string key, const char* title, auto pick, auto pick_served,
                  bool total = false) {
    ReportRow r;
    r.key = std::move(key);
    r.cells.push_back(label(w.tr(title)));
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
      "full", N_("Reaching the required hours"), [](const DateTally& d) { return d.full; },
      [](const DateTally& d) { return d.allocated_full; });
  prow(
      "short", N_("Short of the required hours"), [](const DateTally& d) { return d.short_; },
      [](const DateTally& d) { return d.allocated_short; });
  prow(
      "parts_only", N_("Hours not stated: parts only"),
      [](const DateTally& d) { return d.parts_only; },
      [](const DateTally& d) { return d.allocated_parts_only; });
  prow(
      "none", N_("No package (no track or recipe)"),
      [](const DateTally& d) { return d.no_package; },
      [](const DateTally& d) { return d.allocated_none; });
  auto covered = [](const DateTally& d) { return d.by_status[0]; };
  prow("total", N_("Total covered"), covered, covered, true);
  ReportRow mh;
  mh.key = "missing_hours";
  mh.cells.push_back(label(w.tr("Hours missing a week, summed")));
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
    why.cells.push_back(label(w.tr("Seats offered: not computed")));
    for (size_t di = 0; di < nd; ++di) {
      why.cells.push_back(empty_cell());
      why.cells.push_back(served(di) ? text_cell(w.tr("computed"))
                                     : text_cell(allocation_reason(L, di)));
    }
    pk.rows.push_back(std::move(why));
  }
  pk.note = w.tr(
      "Seats free: every offer's seats free (what the people would take). Seats offered: "
      "the seats shared out in build-package's batch order (the figures build-package "
      "gives).");
  s.tables.push_back(std::move(pk));

  // By offer: one row an id (versions of an offer together).
  ReportTable of;
  of.id = "offers";
  of.title = w.tr("Seats by offer");
  of.columns.push_back({"key", w.tr("Offer"), CellKind::label});
  of.columns.push_back({"kind", w.tr("Kind"), CellKind::text});
  of.columns.push_back({"seats", w.tr("Seats"), CellKind::number});
  for (size_t di = 0; di < nd; ++di) {
    of.columns.push_back({L.prefix(di) + "demanded", w.tr("Demanded"), CellKind::count});
    of.columns.push_back({L.prefix(di) + "difference", w.tr("Diff."), CellKind::number});
    of.columns.push_back({L.prefix(di) + "taken", w.tr("Taken"), CellKind::count});
    of.chart.push_back(static_cast<int>(3 + 3 * di));
  }
  std::vector<std::string> ids;
  for (const Offer& off : rules.offers)
    if (std::find(ids.begin(), ids.end(), off.h.id) == ids.end()) ids.push_back(off.h.id);
  for (const std::string& id : ids) {
    const Offer* last = &L.latest(id);
    ReportRow r;
    r.key = id;
    r.cells.push_back(label(w.name(last->h)));
    r.cells.push_back(text_cell(w.code(offer_kind_codes(), last->kind)));
    r.cells.push_back(last->seats ? figure(CellKind::number, *last->seats)
                                  : text_cell(w.tr("no limit")));
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
  kt.title = w.tr("Seats by kind of offer");
  kt.columns.push_back({"key", w.tr("Kind"), CellKind::label});
  kt.columns.push_back({"seats", w.tr("Seats"), CellKind::number});
  for (size_t di = 0; di < nd; ++di) {
    kt.columns.push_back({L.prefix(di) + "demanded", w.tr("Demanded"), CellKind::count});
    kt.columns.push_back({L.prefix(di) + "taken", w.tr("Taken"), CellKind::count});
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
    r.cells.push_back(label(w.code(offer_kind_codes(), kind)));
    r.cells.push_back(limited ? figure(CellKind::number, static_cast<double>(seats))
                              : text_cell(w.tr("no limit")));
    for (size_t di = 0; di < nd; ++di) {
      r.cells.push_back(count(L.demand(of_kind, di), L.seats_q(of_kind, di)));
      r.cells.push_back(served(di) ? count(L.taken(of_kind, di), L.seats_q(of_kind, di, "taken"))
                                   : text_cell(kNotComputed));
    }
    kt.rows.push_back(std::move(r));
  }
  kt.note =
      w.tr("Seats of the kind's offers: a person holding two offers of a kind holds two seats.");
  s.tables.push_back(std::move(kt));
  s.chart_table = 2;
  return s;
}

}  // namespace nytte::reporting
