// The hours section: the covered people's required hours a week, in all and
// by track; people whose hours are not stated counted apart.
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

namespace nytte::reporting {

ReportSection hours_section(Layout& L) {
  const ReportTally& tally = L.tally;
  ReportSection s;
  s.id = "hours";
  const Words& w = L.w;
  s.title = w.tr("Required hours");
  s.intro = w.tr(
      "Hours a week the covered people must take part, in total and as full-time equivalents "
      "(37 hours a week). Reduced: fewer than 37 hours (work capacity, or hours a track sets). "
      "People whose hours the source does not state (or whose hours depend on missing data) "
      "are counted apart and left out of the hours, the full-time equivalents, the average "
      "and the reduced.");
  size_t nd = L.nd();
  ReportTable t;
  t.id = "required";
  t.title = w.tr("Required hours a week");
  t.columns.push_back({"key", w.tr("Figure"), CellKind::label});
  for (size_t di = 0; di < nd; ++di)
    t.columns.push_back({L.prefix(di) + "value", w.tr("Value"), CellKind::number});
  // The hours are those of the people with hours stated (row 1): hidden with
  // that count (37 x stated, or the average, would give it away).
  const std::pair<int, int> stated_cell{1, -1};
  auto row = [&](std::string key, const char* title, auto value_of) {
    ReportRow r;
    r.key = std::move(key);
    r.cells.push_back(label(w.tr(title)));
    for (size_t di = 0; di < nd; ++di) r.cells.push_back(value_of(tally.dates[di], di));
    t.rows.push_back(std::move(r));
  };
  auto q = [](std::string_view name, size_t di) { return fmt::format("{}@{}", name, di); };
  row("covered", N_("Covered people"),
      [&](const DateTally& d, size_t di) { return count(d.by_status[0], L.covered_q(di)); });
  row("hours_stated", N_("Hours stated"),
      [&](const DateTally& d, size_t di) { return count(d.hours_stated, q("hours_stated", di)); });
  row("hours_not_stated", N_("Hours not stated by the source"), [&](const DateTally& d, size_t di) {
    return count(d.hours_not_stated, q("hours_not_stated", di));
  });
  row("hours_unknown", N_("Hours unknown (data missing)"), [&](const DateTally& d, size_t di) {
    return count(d.hours_unknown, q("hours_unknown", di));
  });
  // The covered are those with hours stated, not stated, or unknown: a small
  // count among them is protected by a second hidden one.
  for (size_t di = 0; di < nd; ++di) {
    L.sums.push_back({{q("hours_stated", di), q("hours_not_stated", di), q("hours_unknown", di)},
                      L.covered_q(di)});
  }
  // Covered people and none with hours stated: no sum, not 0 hours.
  auto no_sum = [](const DateTally& d) { return d.hours_stated == 0 && d.by_status[0] > 0; };
  row("required_hours", N_("Required hours a week"), [&](const DateTally& d, size_t) {
    if (no_sum(d)) return empty_cell({stated_cell});
    return minutes_cell(d.required_minutes, {stated_cell});
  });
  row("fte", N_("Full-time equivalents (37 h)"), [&](const DateTally& d, size_t) {
    if (no_sum(d)) return empty_cell({stated_cell});
    return figure(CellKind::number, fte_of(d.required_minutes), {stated_cell});
  });
  row("average_hours", N_("Average hours a person"), [&](const DateTally& d, size_t) {
    if (d.hours_stated == 0) return empty_cell({stated_cell});
    double average = static_cast<double>(d.required_minutes) / static_cast<double>(d.hours_stated);
    return duration(std::round(average * 100 / 60) / 100, std::llround(average), {stated_cell});
  });
  row("reduced", N_("People with fewer than 37 hours"),
      [](const DateTally& d, size_t) { return count(d.reduced); });
  s.tables.push_back(std::move(t));

  ReportTable bt;
  bt.id = "by_track";
  bt.title = w.tr("Required hours by track");
  bt.note = w.tr(
      "Hours and FTE of the people whose hours are stated; empty for a track none of whose "
      "people has hours stated (the source states none).");
  bt.columns.push_back({"key", w.tr("Track"), CellKind::label});
  for (size_t di = 0; di < nd; ++di) {
    int base = static_cast<int>(1 + 3 * di);
    bt.columns.push_back({L.prefix(di) + "people", w.tr("People"), CellKind::count});
    bt.columns.push_back({L.prefix(di) + "hours", w.tr("Hours a week"), CellKind::hours});
    bt.columns.push_back({L.prefix(di) + "fte", w.tr("FTE"), CellKind::number});
    bt.additive.push_back(base);
    bt.chart.push_back(base + 1);
  }
  std::vector<std::string> ids;
  for (const Track& tr : L.rules.tracks) {
    bool in_force = std::any_of(L.o.dates.begin(), L.o.dates.end(),
                                [&](Date d) { return tr.h.valid.contains(d); });
    if (in_force && std::find(ids.begin(), ids.end(), tr.h.id) == ids.end()) ids.push_back(tr.h.id);
  }
  ids.push_back("");
  auto track_row = [&](const std::string& key, std::string title, bool total) {
    ReportRow r;
    r.key = key;
    r.total = total;
    r.cells.push_back(label(std::move(title)));
    bool any = false;
    for (size_t di = 0; di < nd; ++di) {
      const DateTally& d = tally.dates[di];
      uint64_t people = 0, stated = 0;
      int64_t minutes = 0;
      for (size_t k = 0; k < L.rules.tracks.size() + 1; ++k) {
        bool match =
            total || (k < L.rules.tracks.size() ? L.rules.tracks[k].h.id == key : key.empty());
        if (match) {
          people += d.by_track[k];
          stated += d.track_stated[k];
          minutes += d.track_minutes[k];
        }
      }
      any = any || people > 0;
      size_t base = 1 + 3 * di;
      r.cells.push_back(count(people, total ? L.covered_q(di) : L.track_q(key, di)));
      if (people > 0 && stated == 0) {  // no hours stated: not 0 hours
        r.cells.push_back(empty_cell({same_row(base)}));
        r.cells.push_back(empty_cell({same_row(base)}));
        continue;
      }
      r.cells.push_back(minutes_cell(minutes, {same_row(base)}));
      r.cells.push_back(figure(CellKind::number, fte_of(minutes), {same_row(base)}));
      // Some of the row's people without hours stated: its hours would give
      // away how many (at 37 hours each), so they share the count's fate.
      if (stated < people) {
        for (size_t k = r.cells.size() - 2; k < r.cells.size(); ++k)
          r.cells[k].from_quantities.push_back(fmt::format("hours_stated@{}", di));
      }
    }
    return std::make_pair(std::move(r), any);
  };
  for (const std::string& id : ids) {
    auto [r, any] = track_row(id, L.track_name(id), false);
    if (!id.empty() || any) bt.rows.push_back(std::move(r));
  }
  bt.rows.push_back(track_row("total", w.tr("Total"), true).first);
  s.tables.push_back(std::move(bt));
  s.chart_table = 1;
  return s;
}

}  // namespace nytte::reporting
