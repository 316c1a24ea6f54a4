// The eligibility section: everyone checked, by status, target group, track,
// exemption and missing field.
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

ReportSection eligibility_section(Layout& L) {
  const ReportTally& tally = L.tally;
  ReportSection s;
  s.id = "eligibility";
  const Words& w = L.w;
  s.title = w.tr("Eligibility");
  s.intro = w.trf(
      "Everyone in the population checked with the rule set '{}'. Covered: in a target group "
      "and not exempt. Undetermined: in no target group that could be decided, and one could "
      "not be decided for missing data.",
      L.rules.id);
  size_t nd = L.nd();
  std::vector<uint64_t> checked(nd, tally.people);
  std::vector<CountRow> status_rows;
  const std::pair<Status, const char*> statuses[] = {
      {Status::eligible, N_("covered (eligible)")},
      {Status::exempt, N_("exempt")},
      {Status::not_eligible, N_("not eligible")},
      {Status::undetermined, N_("undetermined (missing data)")}};
  for (auto [st, title] : statuses) {
    CountRow r{
        std::string(status_name(st)), w.tr(title), {}, st == Status::eligible ? "covered" : ""};
    for (const DateTally& d : tally.dates) r.n.push_back(d.by_status[static_cast<int>(st)]);
    status_rows.push_back(r);
  }
  ReportTable st =
      count_table(L, "status", w.tr("Status"), w.tr("Status"), w.tr("share of checked"),
                  status_rows, checked, true, true, "checked");
  // The people checked are the same on both dates: one quantity.
  for (ReportCell& c : st.rows.back().cells)
    if (c.kind == CellKind::count) c.quantity = "checked";
  s.tables.push_back(std::move(st));
  s.chart_table = 0;

  std::vector<std::vector<uint64_t>> groups, tracks, exemptions;
  for (const DateTally& d : tally.dates) {
    groups.push_back(d.by_group);
    exemptions.push_back(d.by_exemption);
    tracks.push_back(d.by_track);
  }
  ReportTable g = count_table(L, "target_groups", w.tr("Target groups (covered people)"),
                              w.tr("Target group"), w.tr("share of covered"),
                              rows_by_id(L.rules.target_groups, groups, "", L.o.dates, w),
                              covered_counts(tally), false, false);
  g.note =
      w.tr("A person may be in several target groups: the rows need not add up to the covered.");
  s.tables.push_back(std::move(g));

  std::vector<CountRow> track_rows = rows_by_id(L.rules.tracks, tracks, "track", L.o.dates, w);
  CountRow none{"", L.track_name(""), {}, "track:"};
  for (const DateTally& d : tally.dates) none.n.push_back(d.by_track.back());
  if (std::any_of(none.n.begin(), none.n.end(), [](uint64_t n) { return n > 0; }))
    track_rows.push_back(none);
  s.tables.push_back(count_table(L, "tracks", w.tr("Tracks (covered people)"), w.tr("Track"),
                                 w.tr("share of covered"), track_rows, covered_counts(tally), true,
                                 true, "covered"));

  if (!L.rules.exemptions.empty()) {
    ReportTable e = count_table(
        L, "exemptions", w.tr("Exemptions (people in a target group, exempt)"), w.tr("Exemption"),
        w.tr("share of checked"), rows_by_id(L.rules.exemptions, exemptions, "", L.o.dates, w),
        checked, false, false);
    e.note = w.tr("A person may meet several exemptions.");
    s.tables.push_back(std::move(e));
  }

  std::map<std::string, std::vector<uint64_t>> missing;
  for (size_t di = 0; di < nd; ++di)
    for (const auto& [f, n] : tally.dates[di].missing) {
      auto& v = missing[f];
      v.resize(nd, 0);
      v[di] = n;
    }
  std::vector<CountRow> missing_rows;
  for (auto& [f, n] : missing) missing_rows.push_back({f, f, n, ""});
  ReportTable m =
      count_table(L, "missing_fields", w.tr("Missing data: fields a decision needed"),
                  w.tr("Field"), w.tr("share of checked"), missing_rows, checked, false, false);
  m.note = missing_rows.empty()
               ? w.tr("No decision lacked a field.")
               : w.tr(
                     "People whose decision needed the field and did not have it, whatever the "
                     "outcome; a person may lack several fields.");
  s.tables.push_back(std::move(m));
  return s;
}

}  // namespace nytte::reporting
