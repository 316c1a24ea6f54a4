// The building blocks of the laid-out report: cells (counts, figures
// computed from counts, text), the layout under way with the quantities it
// names, and the common table of counts and shares. Internal to lib/report.
#pragma once

#include <algorithm>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "report/report.h"
#include "report/words.h"

namespace nytte::reporting {

inline constexpr double kFullWeek = 37.0;
inline constexpr double kWeeksPerYear = 52.0;

ReportCell label(std::string text);
// A count of people (or seats) that `quantity` names; "" = this cell only.
ReportCell count(uint64_t n, std::string quantity = "");
// A figure computed from counts: `from` names their cells (row, column; -1 = same).
ReportCell figure(CellKind kind, double v, std::vector<std::pair<int, int>> from = {});
// A length of time: the decimal hours as before and the whole minutes.
ReportCell duration(double hours, int64_t minutes, std::vector<std::pair<int, int>> from);
// A sum of whole minutes as a duration cell: the decimal hours to 0.01 h
// beside the exact minutes.
ReportCell minutes_cell(int64_t minutes, std::vector<std::pair<int, int>> from);
// Full-time equivalents (37 hours) of a sum of minutes, to 0.01.
double fte_of(int64_t minutes);
ReportCell text_cell(std::string s);
ReportCell empty_cell(std::vector<std::pair<int, int>> from = {});
ReportCell share(double part, double whole, std::vector<std::pair<int, int>> from);
std::pair<int, int> same_row(size_t col);

// The layout of a report under way: the options, and the quantities of
// seats it has named (each a set of offers), for the sums between them.
struct Layout {
  const RuleSet& rules;
  const ReportOptions& o;
  const ReportTally& tally;
  std::set<std::string> seat_sets;  // keys of seat quantities over several offers
  std::vector<SumConstraint> sums;  // further sums between quantities of the sections
  Words w;                          // the words of the report (ReportOptions::local_words)

  size_t nd() const { return o.dates.size(); }
  // The latest version of an offer: it gives the kind, the seats and the cost.
  const Offer& latest(std::string_view id) const {
    const Offer* last = nullptr;
    for (const Offer& off : rules.offers)
      if (off.h.id == id) last = &off;
    return *last;
  }
  static std::string prefix(size_t di) { return di == 0 ? "" : "compare_"; }
  static std::string covered_q(size_t di) { return fmt::format("covered@{}", di); }
  static std::string track_q(std::string_view id, size_t di) {
    return fmt::format("track:{}@{}", id, di);
  }
  // Seats demanded ("seats") or taken in the allocation ("taken") at a set
  // of offers (ids, sorted, without repeats).
  std::string seats_q(std::vector<std::string> ids, size_t di, std::string_view what = "seats") {
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    std::string key = fmt::format("{}:{}@{}", what, fmt::join(ids, ","), di);
    if (ids.size() > 1) seat_sets.insert(key);
    return key;
  }
  // A track by its id, as the words name it ("" = no track).
  std::string track_name(const std::string& id) const {
    if (id.empty()) return w.tr("no track");
    for (const Track& t : rules.tracks)
      if (t.h.id == id) return w.name(t.h);
    return id;
  }
  uint64_t sum_of(const std::vector<std::string>& ids,
                  const std::vector<uint64_t>& per_offer) const {
    uint64_t n = 0;
    for (size_t k = 0; k < rules.offers.size() && k < per_offer.size(); ++k)
      if (std::find(ids.begin(), ids.end(), rules.offers[k].h.id) != ids.end()) n += per_offer[k];
    return n;
  }
  uint64_t demand(const std::vector<std::string>& ids, size_t di) const {
    return sum_of(ids, tally.dates[di].demand);
  }
  uint64_t taken(const std::vector<std::string>& ids, size_t di) const {
    return sum_of(ids, tally.dates[di].taken);
  }
};

// A row of a count table: a key, a title and a count a date, with the
// quantity each count is (prefix + "@" + date index; "" = its own cell).
struct CountRow {
  std::string key;
  std::string title;
  std::vector<uint64_t> n;
  std::string quantity;  // e.g. "track:jobpakke"
};

// The common shape: a count and a share of a whole a date, the change with
// two dates, and a total row (whose quantity is `total_quantity`).
ReportTable count_table(const Layout& L, std::string id, std::string title, std::string label_title,
                        std::string share_title, const std::vector<CountRow>& rows,
                        const std::vector<uint64_t>& wholes, bool additive, bool total_row,
                        std::string total_quantity = "");

// Ids in rule order, versions of one id together, each counted once, named
// as `w` names them (the title in Danish). Rules in force on none of the
// dates are left out.
template <class Rule>
std::vector<CountRow> rows_by_id(const std::vector<Rule>& rules,
                                 const std::vector<std::vector<uint64_t>>& per_date,
                                 std::string_view quantity, const std::vector<Date>& dates,
                                 const Words& w) {
  std::vector<CountRow> rows;
  for (size_t k = 0; k < rules.size(); ++k) {
    bool in_force = std::any_of(dates.begin(), dates.end(),
                                [&](Date d) { return rules[k].h.valid.contains(d); });
    if (!in_force) continue;
    auto it = std::find_if(rows.begin(), rows.end(),
                           [&](const CountRow& r) { return r.key == rules[k].h.id; });
    if (it == rows.end()) {
      rows.push_back({rules[k].h.id, w.name(rules[k].h), std::vector<uint64_t>(per_date.size(), 0),
                      quantity.empty() ? "" : fmt::format("{}:{}", quantity, rules[k].h.id)});
      it = rows.end() - 1;
    }
    for (size_t di = 0; di < per_date.size(); ++di) it->n[di] += per_date[di][k];
  }
  return rows;
}

std::vector<uint64_t> covered_counts(const ReportTally& t);

}  // namespace nytte::reporting
