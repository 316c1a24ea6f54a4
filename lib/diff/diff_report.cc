// The laid-out diff (make_diff_report): the tallies of both sides as the
// sections of a Report (status, groups, hours, capacity, conditions), each
// count naming its quantity and each figure the counts it comes from, with
// the sums between them, so that report's suppress() hides a small count
// along both the rows and the columns of every before x after table.
// docs/diff.md says what each figure means.
#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "diff/diff.h"
#include "report/table.h"
#include "report/words.h"

namespace nytte {

using reporting::count;
using reporting::empty_cell;
using reporting::figure;
using reporting::fte_of;
using reporting::kWeeksPerYear;
using reporting::label;
using reporting::minutes_cell;
using reporting::same_row;
using reporting::text_cell;
using reporting::Words;

namespace {

constexpr Status kStatuses[] = {Status::eligible, Status::exempt, Status::not_eligible,
                                Status::undetermined};
constexpr const char* kSideName[] = {"before", "after"};

// The layout under way: the options, the tally, the words and the sums
// between quantities found on the way.
struct DiffLayout {
  const DiffOptions& o;
  const DiffTally& t;
  Words w;
  std::vector<SumConstraint> sums;

  const RuleSet& rules(size_t k) const { return *(k == 0 ? o.before.rules : o.after.rules); }
  Date on(size_t k) const { return k == 0 ? o.before.on : o.after.on; }
};

// "a+b" -> {"a", "b"}; "" -> {}.
std::vector<std::string_view> split_key(std::string_view key) {
  std::vector<std::string_view> out;
  while (!key.empty()) {
    size_t plus = key.find('+');
    out.push_back(key.substr(0, plus));
    if (plus == std::string_view::npos) break;
    key.remove_prefix(plus + 1);
  }
  return out;
}

bool has(std::string_view key, std::string_view id) {
  std::vector<std::string_view> ids = split_key(key);
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// A matrix key: "" (no group, no track) is "none".
std::string key_of(const std::string& k) {
  return k.empty() ? "none" : k;
}

// Ids of either side, each once: the after side's in its rule order, then
// those only the before side has.
template <class Rule>
std::vector<std::string> ids_of(const std::vector<Rule>& after, const std::vector<Rule>& before) {
  std::vector<std::string> out;
  for (const auto* rules : {&after, &before})
    for (const Rule& r : *rules)
      if (std::find(out.begin(), out.end(), r.h.id) == out.end()) out.push_back(r.h.id);
  return out;
}

// The version of a rule in force on `on`, else its last one; null when the
// rule set has no rule of the id.
template <class Rule>
const RuleHeader* header_of(const std::vector<Rule>& rules, std::string_view id, Date on) {
  const RuleHeader* last = nullptr;
  for (const Rule& r : rules) {
    if (r.h.id != id) continue;
    if (r.h.valid.contains(on)) return &r.h;
    last = &r.h;
  }
  return last;
}

// A before x after table: a row a before key, a column an after key, then
// the totals. Cells are the quantities CELL:B>A, the row totals
// before:TOTAL:B, the total row after:TOTAL:A, the corner people. The
// columns add up (additive), and so do the rows and the total row (sums):
// a hidden cell is protected in both directions.
struct Matrix {
  std::vector<std::pair<std::string, std::string>> rows, cols;  // key, title
  std::map<std::pair<std::string, std::string>, uint64_t> n;    // (row key, column key)
};

ReportTable matrix_table(DiffLayout& L, std::string id, std::string title, std::string_view cell_q,
                         std::string_view total_q, const Matrix& m) {
  const Words& w = L.w;
  ReportTable t;
  t.id = std::move(id);
  t.title = std::move(title);
  t.columns.push_back({"key", w.tr("Before \\ after"), CellKind::label});
  for (const auto& [key, ctitle] : m.cols) t.columns.push_back({key, ctitle, CellKind::count});
  // "all", not "total": JSON writes a row's total flag under "total".
  t.columns.push_back({"all", w.tr("Total"), CellKind::count});
  for (size_t c = 1; c < t.columns.size(); ++c) t.additive.push_back(static_cast<int>(c));
  auto at = [&](const std::string& r, const std::string& c) {
    auto it = m.n.find({r, c});
    return it == m.n.end() ? uint64_t{0} : it->second;
  };
  std::vector<uint64_t> col_sum(m.cols.size(), 0);
  uint64_t all = 0;
  for (const auto& [rkey, rtitle] : m.rows) {
    ReportRow row;
    row.key = rkey;
    row.cells.push_back(label(rtitle));
    SumConstraint across;
    uint64_t sum = 0;
    for (size_t c = 0; c < m.cols.size(); ++c) {
      uint64_t v = at(rkey, m.cols[c].first);
      std::string q = fmt::format("{}:{}>{}", cell_q, rkey, m.cols[c].first);
      row.cells.push_back(count(v, q));
      across.parts.push_back(std::move(q));
      sum += v;
      col_sum[c] += v;
    }
    across.total = fmt::format("before:{}:{}", total_q, rkey);
    row.cells.push_back(count(sum, across.total));
    L.sums.push_back(std::move(across));
    all += sum;
    t.rows.push_back(std::move(row));
  }
  ReportRow total;
  total.key = "total";
  total.total = true;
  total.cells.push_back(label(w.tr("Total")));
  SumConstraint across{{}, "people"};
  for (size_t c = 0; c < m.cols.size(); ++c) {
    std::string q = fmt::format("after:{}:{}", total_q, m.cols[c].first);
    total.cells.push_back(count(col_sum[c], q));
    across.parts.push_back(std::move(q));
  }
  total.cells.push_back(count(all, "people"));
  L.sums.push_back(std::move(across));
  t.rows.push_back(std::move(total));
  return t;
}

const char* status_title(Status s) {
  switch (s) {
    case Status::eligible:
      return N_("covered");
    case Status::exempt:
      return N_("exempt");
    case Status::not_eligible:
      return N_("not eligible");
    case Status::undetermined:
      return N_("undetermined");
  }
  return "";
}

ReportSection status_section(DiffLayout& L) {
  const Words& w = L.w;
  const DiffTally& t = L.t;
  ReportSection s;
  s.id = "status";
  s.title = w.tr("Who changes");
  s.intro = w.tr(
      "Everyone decided on both sides. Changed: the status, the target groups met, the "
      "exemptions that hold, the track, the required hours a week or their cap differ; "
      "warnings and missing fields alone are no change. Covered: in a target group and not "
      "exempt.");
  ReportTable sum;
  sum.id = "summary";
  sum.title = w.tr("People changed");
  sum.columns.push_back({"key", w.tr("Figure"), CellKind::label});
  sum.columns.push_back({"people", w.tr("People"), CellKind::count});
  sum.additive.push_back(1);
  auto row = [&](const char* key, const char* title, uint64_t n, bool total) {
    ReportRow r;
    r.key = key;
    r.total = total;
    r.cells.push_back(label(w.tr(title)));
    r.cells.push_back(count(n, key));
    sum.rows.push_back(std::move(r));
  };
  row("people", N_("People decided"), t.people, true);
  row("unchanged", N_("Unchanged"), t.people - t.changed, false);
  row("changed", N_("Changed"), t.changed, false);
  s.tables.push_back(std::move(sum));

  Matrix m;
  for (Status st : kStatuses) {
    std::string key(status_name(st));
    m.rows.push_back({key, w.tr(status_title(st))});
    m.cols.push_back({key, w.tr(status_title(st))});
    for (Status after : kStatuses)
      m.n[{key, std::string(status_name(after))}] =
          t.status[static_cast<int>(st)][static_cast<int>(after)];
  }
  ReportTable transition = matrix_table(
      L, "transition", w.tr("Status before (rows) and after (columns)"), "status", "status", m);
  transition.note = w.tr("Covered: covered by the work obligation. Undetermined: data missing.");
  s.tables.push_back(std::move(transition));
  return s;
}

// A matrix of the before -> after keys of `pairs`, rows and columns in the
// order of their keys ("none" among them), titled by `title_of`.
template <class TitleOf>
Matrix matrix_of(const std::map<std::pair<std::string, std::string>, uint64_t>& pairs,
                 TitleOf title_of) {
  Matrix m;
  std::map<std::string, std::string> rows, cols;  // key -> the tally's key
  for (const auto& [k, n] : pairs) {
    if (n == 0) continue;
    rows.emplace(key_of(k.first), k.first);
    cols.emplace(key_of(k.second), k.second);
    m.n[{key_of(k.first), key_of(k.second)}] += n;
  }
  for (const auto& [key, k] : rows) m.rows.push_back({key, title_of(k)});
  for (const auto& [key, k] : cols) m.cols.push_back({key, title_of(k)});
  return m;
}

ReportSection groups_section(DiffLayout& L) {
  const Words& w = L.w;
  const DiffTally& t = L.t;
  ReportSection s;
  s.id = "groups";
  s.title = w.tr("Target groups and tracks");
  s.intro = w.tr(
      "The target groups each person meets before and after (the ids joined with +), how many "
      "people meet each target group on each side, and the tracks of the covered people.");
  Matrix gm = matrix_of(t.groups, [&](const std::string& k) {
    return k.empty() ? std::string(w.tr("no group")) : k;
  });
  ReportTable g =
      matrix_table(L, "target_groups", w.tr("Target groups met before (rows) and after (columns)"),
                   "groups", "groups", gm);
  // The next table names them by title in Danish only (Words::name): in
  // English both tables show the ids, and the note would send the reader
  // looking for titles that are not there.
  if (w.danish()) g.note = w.tr("Target groups by id; their titles are in the next table.");
  s.tables.push_back(std::move(g));

  // For each target group: who met it on each side, from the same pairs;
  // each count is the sum of the matrix's cells it covers.
  ReportTable c;
  c.id = "target_group_counts";
  c.title = w.tr("People meeting each target group");
  c.columns.push_back({"key", w.tr("Target group"), CellKind::label});
  c.columns.push_back({"before", w.tr("Before"), CellKind::count});
  c.columns.push_back({"stayed", w.tr("Stayed"), CellKind::count});
  c.columns.push_back({"left", w.tr("Left"), CellKind::count});
  c.columns.push_back({"joined", w.tr("Joined"), CellKind::count});
  c.columns.push_back({"after", w.tr("After"), CellKind::count});
  for (const std::string& id : ids_of(L.rules(1).target_groups, L.rules(0).target_groups)) {
    const RuleHeader* h = header_of(L.rules(1).target_groups, id, L.on(1));
    if (!h) h = header_of(L.rules(0).target_groups, id, L.on(0));
    uint64_t n[5] = {};  // before, stayed, left, joined, after
    SumConstraint parts[5];
    std::set<std::string> before_keys, after_keys;
    for (const auto& [k, v] : t.groups) {
      if (v == 0) continue;
      bool b = has(k.first, id), a = has(k.second, id);
      std::string cell = fmt::format("groups:{}>{}", key_of(k.first), key_of(k.second));
      if (b) n[0] += v, before_keys.insert(key_of(k.first));
      if (a) n[4] += v, after_keys.insert(key_of(k.second));
      if (b && a) n[1] += v, parts[1].parts.push_back(cell);
      if (b && !a) n[2] += v, parts[2].parts.push_back(cell);
      if (!b && a) n[3] += v, parts[3].parts.push_back(cell);
    }
    for (const std::string& k : before_keys) parts[0].parts.push_back("before:groups:" + k);
    for (const std::string& k : after_keys) parts[4].parts.push_back("after:groups:" + k);
    constexpr const char* kWhat[] = {"0", "both", "left", "joined", "1"};
    ReportRow row;
    row.key = id;
    row.cells.push_back(label(w.name(*h)));
    for (size_t k = 0; k < 5; ++k) {
      std::string q = fmt::format("group:{}@{}", id, kWhat[k]);
      row.cells.push_back(count(n[k], q));
      if (!parts[k].parts.empty()) {
        parts[k].total = q;
        L.sums.push_back(std::move(parts[k]));
      }
    }
    std::string q0 = fmt::format("group:{}@0", id), q1 = fmt::format("group:{}@1", id);
    std::string both = fmt::format("group:{}@both", id);
    L.sums.push_back({{both, fmt::format("group:{}@left", id)}, q0});
    L.sums.push_back({{both, fmt::format("group:{}@joined", id)}, q1});
    c.rows.push_back(std::move(row));
  }
  c.note = w.tr(
      "Stayed: met it on both sides; left: before only; joined: after only. A person may meet "
      "several target groups.");
  s.tables.push_back(std::move(c));

  Matrix tm = matrix_of(t.tracks, [&](const std::string& k) {
    return k.empty() ? std::string(w.tr("no track")) : k;
  });
  ReportTable tt = matrix_table(
      L, "tracks", w.tr("Tracks of the covered people before (rows) and after (columns)"), "tracks",
      "track", tm);
  tt.note = w.tr("No track: not covered, or covered without a track.");
  s.tables.push_back(std::move(tt));
  return s;
}

ReportSection hours_section(DiffLayout& L) {
  const Words& w = L.w;
  const DiffTally& t = L.t;
  ReportSection s;
  s.id = "hours";
  s.title = w.tr("Required hours and full-time equivalents");
  s.intro = w.tr(
      "Hours a week the covered people must take part, in total and as full-time equivalents "
      "(37 hours a week), before and after. People whose hours the source does not state (or "
      "whose hours depend on missing data) are counted apart and left out of the hours.");
  ReportTable h;
  h.id = "hours";
  h.title = w.tr("Required hours a week");
  h.columns.push_back({"key", w.tr("Figure"), CellKind::label});
  h.columns.push_back({"before", w.tr("Before"), CellKind::number});
  h.columns.push_back({"after", w.tr("After"), CellKind::number});
  h.columns.push_back({"change", w.tr("Change"), CellKind::number});
  auto count_row = [&](const char* key, const char* title, uint64_t DiffSideTally::*n,
                       std::string_view quantity) {
    ReportRow r;
    r.key = key;
    r.cells.push_back(label(w.tr(title)));
    for (size_t k = 0; k < 2; ++k)
      r.cells.push_back(count(t.side[k].*n, fmt::format("{}:{}", kSideName[k], quantity)));
    r.cells.push_back(figure(CellKind::number,
                             static_cast<double>(t.side[1].*n) - static_cast<double>(t.side[0].*n),
                             {same_row(1), same_row(2)}));
    h.rows.push_back(std::move(r));
  };
  count_row("covered", N_("Covered people"), &DiffSideTally::covered, "status:eligible");
  count_row("hours_stated", N_("Hours stated"), &DiffSideTally::hours_stated, "hours_stated");
  count_row("hours_not_stated", N_("Hours not stated by the source"),
            &DiffSideTally::hours_not_stated, "hours_not_stated");
  count_row("hours_unknown", N_("Hours unknown (data missing)"), &DiffSideTally::hours_unknown,
            "hours_unknown");
  for (const char* side : kSideName)
    L.sums.push_back(
        {{fmt::format("{}:hours_stated", side), fmt::format("{}:hours_not_stated", side),
          fmt::format("{}:hours_unknown", side)},
         fmt::format("{}:status:eligible", side)});
  // The hours are those of the people with hours stated (row 1): hidden
  // with that count. Covered people and none with hours stated: no sum.
  constexpr int kStated = 1;
  auto no_sum = [](const DiffSideTally& d) { return d.hours_stated == 0 && d.covered > 0; };
  auto hours_row = [&](const char* key, const char* title, auto cell) {
    ReportRow r;
    r.key = key;
    r.cells.push_back(label(w.tr(title)));
    for (int k = 0; k < 2; ++k) {
      const DiffSideTally& d = t.side[k];
      r.cells.push_back(no_sum(d) ? empty_cell({{kStated, 1 + k}})
                                  : cell(d.required_minutes, {{kStated, 1 + k}}));
    }
    if (no_sum(t.side[0]) || no_sum(t.side[1])) {
      r.cells.push_back(empty_cell({{kStated, 1}, {kStated, 2}}));
    } else {
      r.cells.push_back(cell(t.side[1].required_minutes - t.side[0].required_minutes,
                             {{kStated, 1}, {kStated, 2}}));
    }
    h.rows.push_back(std::move(r));
  };
  hours_row("required_hours", N_("Required hours a week"), minutes_cell);
  hours_row("fte", N_("Full-time equivalents (37 h)"),
            [](int64_t minutes, std::vector<std::pair<int, int>> from) {
              return figure(CellKind::number, fte_of(minutes), std::move(from));
            });
  s.tables.push_back(std::move(h));

  // By track: the covered people and their hours on each side.
  ReportTable b;
  b.id = "by_track";
  b.title = w.tr("Covered people and required hours a week by track");
  b.columns.push_back({"key", w.tr("Track"), CellKind::label});
  b.columns.push_back({"before_people", w.tr("People before"), CellKind::count});
  b.columns.push_back({"before_hours", w.tr("Hours before"), CellKind::hours});
  b.columns.push_back({"after_people", w.tr("People after"), CellKind::count});
  b.columns.push_back({"after_hours", w.tr("Hours after"), CellKind::hours});
  b.columns.push_back({"change_hours", w.tr("Change in hours"), CellKind::hours});
  b.additive = {1, 3};
  std::vector<std::string> ids = ids_of(L.rules(1).tracks, L.rules(0).tracks);
  bool none = t.side[0].by_track.contains("") || t.side[1].by_track.contains("");
  if (none) ids.push_back("");
  auto find = [](const auto& map, const std::string& id) {
    auto it = map.find(id);
    return it == map.end() ? decltype(it->second){0} : it->second;
  };
  for (const std::string& id : ids) {
    ReportRow r;
    r.key = key_of(id);
    std::string title = w.tr("no track");
    if (!id.empty()) {
      const RuleHeader* th = header_of(L.rules(1).tracks, id, L.on(1));
      if (!th) th = header_of(L.rules(0).tracks, id, L.on(0));
      title = w.name(*th);
    }
    r.cells.push_back(label(title));
    int64_t minutes[2];
    bool stated[2];
    for (size_t k = 0; k < 2; ++k) {
      // Covered without a track is a quantity of its own: the tracks
      // matrix's "none" also holds the people not covered.
      std::string q = id.empty() ? fmt::format("{}:covered_no_track", kSideName[k])
                                 : fmt::format("{}:track:{}", kSideName[k], id);
      uint64_t people = find(t.side[k].by_track, id);
      // None of the people on the track with hours stated: no sum rather
      // than 0 hours.
      stated[k] = people == 0 || find(t.side[k].track_stated, id) > 0;
      minutes[k] = find(t.side[k].track_minutes, id);
      r.cells.push_back(count(people, q));
      r.cells.push_back(stated[k] ? minutes_cell(minutes[k], {same_row(1 + 2 * k)})
                                  : empty_cell({same_row(1 + 2 * k)}));
    }
    r.cells.push_back(stated[0] && stated[1]
                          ? minutes_cell(minutes[1] - minutes[0], {same_row(1), same_row(3)})
                          : empty_cell({same_row(1), same_row(3)}));
    b.rows.push_back(std::move(r));
  }
  // The tracks matrix's "none": covered without a track, or not covered.
  for (const char* side : kSideName) {
    SumConstraint c{{}, fmt::format("{}:track:none", side)};
    if (none) c.parts.push_back(fmt::format("{}:covered_no_track", side));
    for (Status st : kStatuses)
      if (st != Status::eligible)
        c.parts.push_back(fmt::format("{}:status:{}", side, status_name(st)));
    L.sums.push_back(std::move(c));
  }
  ReportRow total;
  total.key = "total";
  total.total = true;
  total.cells.push_back(label(w.tr("Total")));
  for (size_t k = 0; k < 2; ++k) {
    const DiffSideTally& d = t.side[k];
    total.cells.push_back(count(d.covered, fmt::format("{}:status:eligible", kSideName[k])));
    ReportCell hours = no_sum(d) ? empty_cell({same_row(1 + 2 * k)})
                                 : minutes_cell(d.required_minutes, {same_row(1 + 2 * k)});
    hours.from_quantities.push_back(fmt::format("{}:hours_stated", kSideName[k]));
    total.cells.push_back(std::move(hours));
  }
  ReportCell change = no_sum(t.side[0]) || no_sum(t.side[1])
                          ? empty_cell({same_row(1), same_row(3)})
                          : minutes_cell(t.side[1].required_minutes - t.side[0].required_minutes,
                                         {same_row(1), same_row(3)});
  change.from_quantities = {"before:hours_stated", "after:hours_stated"};
  total.cells.push_back(std::move(change));
  b.rows.push_back(std::move(total));
  b.note = w.tr("The hours are those of the people whose hours are stated.");
  s.tables.push_back(std::move(b));
  return s;
}

// The version of an offer in force on the side's date, else its latest;
// null when the side has no such offer.
const Offer* offer_of(const RuleSet& rules, std::string_view id, Date on) {
  const Offer* last = nullptr;
  for (const Offer& o : rules.offers) {
    if (o.h.id != id) continue;
    if (o.h.valid.contains(on)) return &o;
    last = &o;
  }
  return last;
}

ReportSection capacity_section(DiffLayout& L) {
  const Words& w = L.w;
  const DiffTally& t = L.t;
  ReportSection s;
  s.id = "capacity";
  s.title = w.tr("Seats and cost");
  s.intro = w.trf(
      "Every covered person's package with every offer free, as report makes it: the seats "
      "demanded at each offer before and after, against the seats the rule sets offer, and "
      "their cost a week and a year of {} weeks at each side's cost a seat.",
      w.count(static_cast<uint64_t>(kWeeksPerYear)));
  ReportTable st;
  st.id = "seats";
  st.title = w.tr("Seats offered and demanded by offer");
  st.columns.push_back({"key", w.tr("Offer"), CellKind::label});
  st.columns.push_back({"offered_before", w.tr("Offered before"), CellKind::number});
  st.columns.push_back({"offered_after", w.tr("Offered after"), CellKind::number});
  st.columns.push_back({"demand_before", w.tr("Demand before"), CellKind::count});
  st.columns.push_back({"demand_after", w.tr("Demand after"), CellKind::count});
  st.columns.push_back({"week_before", w.tr("Kr. a week before"), CellKind::kroner});
  st.columns.push_back({"week_after", w.tr("Kr. a week after"), CellKind::kroner});
  st.additive = {3, 4};
  std::vector<std::string> ids = ids_of(L.rules(1).offers, L.rules(0).offers);
  uint64_t demand[2] = {};
  double kroner[2] = {};
  // Every demand of a side: the kroner summed over them would give away a
  // hidden one (its cost a seat is in the rule file).
  std::vector<std::string> demand_q[2];
  std::vector<std::pair<int, int>> demand_cells[2];
  for (const std::string& id : ids) {
    const Offer* off[2] = {offer_of(L.rules(0), id, L.on(0)), offer_of(L.rules(1), id, L.on(1))};
    ReportRow r;
    r.key = id;
    r.cells.push_back(label(w.name(off[1] ? off[1]->h : off[0]->h)));
    for (size_t k = 0; k < 2; ++k)
      r.cells.push_back(off[k] && off[k]->seats ? figure(CellKind::number, *off[k]->seats)
                                                : empty_cell());
    uint64_t n[2];
    for (size_t k = 0; k < 2; ++k) {
      auto it = t.side[k].demand.find(id);
      n[k] = it == t.side[k].demand.end() ? 0 : it->second;
      std::string q = fmt::format("seats:{}@{}", id, k);
      r.cells.push_back(count(n[k], q));
      demand[k] += n[k];
      demand_q[k].push_back(q);
      demand_cells[k].push_back({static_cast<int>(st.rows.size()), static_cast<int>(3 + k)});
    }
    for (size_t k = 0; k < 2; ++k) {
      if (!off[k]) {
        r.cells.push_back(empty_cell({same_row(3 + k)}));
        continue;
      }
      double kr = static_cast<double>(n[k]) * off[k]->cost_per_week;
      kroner[k] += kr;
      r.cells.push_back(figure(CellKind::kroner, kr, {same_row(3 + k)}));
    }
    st.rows.push_back(std::move(r));
  }
  ReportRow total;
  total.key = "total";
  total.total = true;
  total.cells.push_back(label(w.tr("Total")));
  total.cells.push_back(empty_cell());
  total.cells.push_back(empty_cell());
  for (size_t k = 0; k < 2; ++k) {
    std::string q = fmt::format("seats@{}", k);
    total.cells.push_back(count(demand[k], q));
    demand_q[k].push_back(q);
  }
  for (size_t k = 0; k < 2; ++k) {
    std::vector<std::pair<int, int>> from = demand_cells[k];
    from.push_back(same_row(3 + k));
    total.cells.push_back(figure(CellKind::kroner, kroner[k], std::move(from)));
  }
  st.rows.push_back(std::move(total));
  st.note = w.tr(
      "Offered: the seats the rule set offers (empty: as many as needed, or no such offer). A "
      "person may hold seats at several offers.");
  s.tables.push_back(std::move(st));

  ReportTable c;
  c.id = "cost";
  c.title = w.tr("Cost of the seats demanded");
  c.columns.push_back({"key", w.tr("Period"), CellKind::label});
  c.columns.push_back({"before", w.tr("Before"), CellKind::kroner});
  c.columns.push_back({"after", w.tr("After"), CellKind::kroner});
  c.columns.push_back({"change", w.tr("Change"), CellKind::kroner});
  auto cost_row = [&](const char* key, const char* title, double factor) {
    ReportRow r;
    r.key = key;
    r.cells.push_back(label(w.tr(title)));
    for (size_t k = 0; k < 2; ++k) {
      ReportCell v = figure(CellKind::kroner, kroner[k] * factor);
      v.from_quantities = demand_q[k];
      r.cells.push_back(std::move(v));
    }
    ReportCell v = figure(CellKind::kroner, (kroner[1] - kroner[0]) * factor);
    v.from_quantities = demand_q[0];
    v.from_quantities.insert(v.from_quantities.end(), demand_q[1].begin(), demand_q[1].end());
    r.cells.push_back(std::move(v));
    c.rows.push_back(std::move(r));
  };
  cost_row("week", N_("A week"), 1);
  cost_row("year", N_("A year"), kWeeksPerYear);
  s.tables.push_back(std::move(c));
  return s;
}

// --- Rules that made the difference -----------------------------------------

// The expressions of a rule of one kind and id in one rule set, every
// version, in rule order (a track without `propose` has none).
std::vector<const CompiledExpr*> exprs_of(const RuleSet& rules, RuleKind kind,
                                          std::string_view id) {
  std::vector<const CompiledExpr*> out;
  switch (kind) {
    case RuleKind::target_group:
      for (const TargetGroup& g : rules.target_groups)
        if (g.h.id == id) out.push_back(&g.when);
      break;
    case RuleKind::exemption:
      for (const Exemption& e : rules.exemptions)
        if (e.h.id == id) out.push_back(&e.when);
      break;
    case RuleKind::track:
    case RuleKind::max_hours:
    case RuleKind::hours:
      for (const Track& t : rules.tracks) {
        if (t.h.id != id) continue;
        const std::optional<CompiledExpr>& e = kind == RuleKind::track   ? t.propose
                                               : kind == RuleKind::hours ? t.hours
                                                                         : t.max_hours;
        out.push_back(e ? &*e : nullptr);
      }
      if (kind == RuleKind::hours)
        for (const HoursRule& h : rules.hours)
          if (h.h.id == id) out.push_back(&h.hours);
      break;
  }
  return out;
}

const RuleHeader* header_of(const RuleSet& rules, RuleKind kind, std::string_view id, Date on) {
  switch (kind) {
    case RuleKind::target_group:
      return header_of(rules.target_groups, id, on);
    case RuleKind::exemption:
      return header_of(rules.exemptions, id, on);
    case RuleKind::hours:
      if (const RuleHeader* h = header_of(rules.hours, id, on)) return h;
      [[fallthrough]];
    case RuleKind::track:
    case RuleKind::max_hours:
      return header_of(rules.tracks, id, on);
  }
  return nullptr;
}

std::string value_text(const Value& v) {
  return fmt::format("{}|{}|{}|{}|{}|{}|{}", static_cast<int>(v.type), v.known, v.boolean,
                     v.date.iso(), v.number, v.text, fmt::join(v.list, ","));
}

// What "edited" compares: every version's condition text and the values
// of the constants it uses.
std::string signature(const RuleSet& rules, RuleKind kind, std::string_view id) {
  std::string out;
  for (const CompiledExpr* e : exprs_of(rules, kind, id)) {
    out += e ? e->text : "-";
    for (const Constant& c : e ? e->constants : std::vector<Constant>{})
      out += fmt::format("\n{}={}", c.name, value_text(c.value));
    out += '\n';
  }
  return out;
}

// The citation as the decision's text gives it: the legal basis (the
// rule's, else its source's), then the source's title.
std::string source_of(const RuleSet& rules, const RuleHeader& h) {
  const Source* s = rules.find_source(h.cite.source);
  std::string basis = h.cite.legal_basis;
  if (basis.empty() && s) basis = s->legal_basis;
  std::string title = s ? s->title : "";
  if (basis.empty()) return title;
  return title.empty() ? basis : fmt::format("{}; {}", basis, title);
}

const char* kind_title(RuleKind k) {
  switch (k) {
    case RuleKind::target_group:
      return N_("target group");
    case RuleKind::exemption:
      return N_("exemption");
    case RuleKind::track:
      return N_("track");
    case RuleKind::hours:
      return N_("hours");
    case RuleKind::max_hours:
      return N_("hours cap");
  }
  return "";
}

// Every (kind, id) of either side: kinds in order, each kind's ids in the
// after side's rule order, then the before side's.
std::vector<ConditionKey> condition_keys(const DiffLayout& L) {
  std::vector<ConditionKey> out;
  auto add = [&](RuleKind kind, const std::string& id) {
    ConditionKey k{kind, id};
    if (std::find(out.begin(), out.end(), k) == out.end()) out.push_back(std::move(k));
  };
  for (size_t side : {1, 0}) {
    const RuleSet& r = L.rules(side);
    for (const TargetGroup& g : r.target_groups) add(RuleKind::target_group, g.h.id);
    for (const Exemption& e : r.exemptions) add(RuleKind::exemption, e.h.id);
    for (const Track& t : r.tracks) {
      add(RuleKind::track, t.h.id);
      if (t.hours) add(RuleKind::hours, t.h.id);
      if (t.max_hours) add(RuleKind::max_hours, t.h.id);
    }
    for (const HoursRule& h : r.hours) add(RuleKind::hours, h.h.id);
  }
  for (const auto& [k, c] : L.t.conditions) add(k.kind, k.id);
  std::stable_sort(out.begin(), out.end(),
                   [](const ConditionKey& a, const ConditionKey& b) { return a.kind < b.kind; });
  return out;
}

ReportTable conditions_table(DiffLayout& L, bool hours) {
  const Words& w = L.w;
  ReportTable t;
  t.id = hours ? "hours_rules" : "conditions";
  t.title = hours ? w.tr("Hours rules whose value changed") : w.tr("Rules whose value changed");
  t.columns.push_back({"key", w.tr("Rule"), CellKind::label});
  t.columns.push_back({"kind", w.tr("Kind"), CellKind::text});
  t.columns.push_back({"people", w.tr("People"), CellKind::count});
  const char* ids[3] = {"to_yes", "to_no", "to_other"};
  if (hours) {
    ids[0] = "higher", ids[1] = "lower", ids[2] = "other";
    t.columns.push_back({ids[0], w.tr("Higher"), CellKind::count});
    t.columns.push_back({ids[1], w.tr("Lower"), CellKind::count});
    t.columns.push_back({ids[2], w.tr("Other"), CellKind::count});
  } else {
    t.columns.push_back({ids[0], w.tr("To yes"), CellKind::count});
    t.columns.push_back({ids[1], w.tr("To no"), CellKind::count});
    t.columns.push_back({ids[2], w.tr("To unknown"), CellKind::count});
  }
  t.columns.push_back({"edited", w.tr("Edited"), CellKind::text});
  t.columns.push_back({"source", w.tr("Source"), CellKind::text});
  t.columns.push_back({"where", w.tr("Where"), CellKind::text});
  const bool one_rule_set = L.o.before.rules == L.o.after.rules;
  for (const ConditionKey& k : condition_keys(L)) {
    bool is_hours = k.kind == RuleKind::hours || k.kind == RuleKind::max_hours;
    if (is_hours != hours) continue;
    auto it = L.t.conditions.find(k);
    if (it == L.t.conditions.end() || it->second.people == 0) continue;
    const ConditionChange& c = it->second;
    const RuleSet* rules = &L.rules(1);
    const RuleHeader* h = header_of(*rules, k.kind, k.id, L.on(1));
    if (!h) {
      rules = &L.rules(0);
      h = header_of(*rules, k.kind, k.id, L.on(0));
    }
    std::string key = fmt::format("{}:{}", rule_kind_name(k.kind), k.id);
    ReportRow r;
    r.key = key;
    r.cells.push_back(label(h ? w.name(*h) : k.id));
    // The kind's id (as in the row's key), in Danish its name.
    r.cells.push_back(text_cell(w.danish() ? std::string(w.tr(kind_title(k.kind)))
                                           : std::string(rule_kind_name(k.kind))));
    std::string q = "rule:" + key;
    r.cells.push_back(count(c.people, q));
    SumConstraint sum{{}, q};
    const uint64_t n[3] = {c.to_yes, c.to_no, c.to_other};
    for (size_t j = 0; j < 3; ++j) {
      std::string qj = fmt::format("{}>{}", q, ids[j]);
      r.cells.push_back(count(n[j], qj));
      sum.parts.push_back(std::move(qj));
    }
    L.sums.push_back(std::move(sum));
    bool edited =
        !one_rule_set && signature(L.rules(0), k.kind, k.id) != signature(L.rules(1), k.kind, k.id);
    r.cells.push_back(text_cell(edited ? w.tr("yes") : w.tr("no")));
    r.cells.push_back(text_cell(h ? source_of(*rules, *h) : ""));
    r.cells.push_back(text_cell(h ? h->pos.str() : ""));
    t.rows.push_back(std::move(r));
  }
  t.note = hours ? w.tr(
                       "Changed people only, under the rule that gave the hours after (else "
                       "before). Higher, lower: the hours a week; other: hours appeared, "
                       "vanished or became unknown. A person is counted under every rule whose "
                       "value changed for her.")
                 : w.tr(
                       "Changed people only, each rule as the decision saw it: a rule not in "
                       "force or not in the rule set holds for no one. To unknown: data "
                       "missing. A person is counted under every rule whose value changed for "
                       "her.");
  return t;
}

ReportSection conditions_section(DiffLayout& L) {
  const Words& w = L.w;
  ReportSection s;
  s.id = "conditions";
  s.title = w.tr("Rules that made the difference");
  s.intro = w.tr(
      "For the changed people: each rule whose condition came out differently on the two "
      "sides, matched by kind and id; whether the rule was edited (its condition or a constant "
      "it uses), its source and legal basis, and where it is written (the after side's file, "
      "else the before side's).");
  s.tables.push_back(conditions_table(L, false));
  s.tables.push_back(conditions_table(L, true));
  return s;
}

ReportSide side_of(const DiffSide& d) {
  const RuleSet& r = *d.rules;
  return {r.id, r.title, r.version, r.file == "<built-in>" ? "" : r.file, d.on};
}

}  // namespace

Report make_diff_report(const DiffOptions& options, const DiffTally& tally, uint64_t errors) {
  DiffLayout L{options, tally, Words{options.local_words}, {}};
  const Words& w = L.w;
  Report r;
  r.local_words = options.local_words;
  r.sides = {side_of(options.before), side_of(options.after)};
  r.rules_id = r.sides[0].rules_id;
  r.rules_title = r.sides[0].rules_title;
  r.dates = {options.before.on, options.after.on};
  r.people = tally.people;
  r.changed = tally.changed;
  r.errors = errors;
  r.sections.push_back(status_section(L));
  r.sections.push_back(groups_section(L));
  r.sections.push_back(hours_section(L));
  bool offers = !L.rules(0).offers.empty() || !L.rules(1).offers.empty();
  if (options.packages && offers) r.sections.push_back(capacity_section(L));
  r.sections.push_back(conditions_section(L));
  r.sums = std::move(L.sums);
  const ReportSide &b = r.sides[0], &a = r.sides[1];
  if (b.file != a.file && b.rules_id == a.rules_id && b.version == a.version) {
    r.notes.push_back(
        b.version.empty()
            ? w.tr("Neither rule file says its version: give the changed one a version of its "
                   "own ([ruleset] version).")
            : w.trf("Both rule files say version {}: give the changed one a version of its own "
                    "([ruleset] version).",
                    b.version));
  }
  if (errors > 0) {
    r.notes.push_back(w.trf_plural(
        "{} record could not be read (the messages are on standard error) and is not counted.",
        "{} records could not be read (the messages are on standard error) and are not counted.",
        errors, w.count(errors)));
  }
  return r;
}

}  // namespace nytte
