// The attendance section: weeks of the log meeting the requirement, by track.
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

ReportSection attendance_section(Layout& L, uint64_t unmatched) {
  const ReportTally& tally = L.tally;
  const Words& w = L.w;
  ReportSection s;
  s.id = "attendance";
  s.title = w.tr("Attendance");
  s.intro = w.tr(
      "Weeks of the attendance log (each person's weeks from their first to their last row) in "
      "which hours were required, and the people with such weeks; met: attended at least the "
      "required hours. Tracks are those "
      "of the decision on each person's course start. Attended: hours attended as a share of "
      "the hours required.");
  if (unmatched > 0) {
    s.intro += ' ' + w.trf_plural("{} id of the log is in no record of the population.",
                                  "{} ids of the log are in no record of the population.",
                                  unmatched, w.count(unmatched));
  }
  ReportTable t;
  t.id = "by_track";
  t.title = w.tr("Weeks meeting the requirement, by track");
  t.columns = {{"key", w.tr("Track"), CellKind::label},
               {"people", w.tr("People"), CellKind::count},
               {"weeks", w.tr("Weeks"), CellKind::number},
               {"weeks_met", w.tr("Weeks met"), CellKind::number},
               {"share_met", w.tr("Share met"), CellKind::share},
               {"attendance_rate", w.tr("Attended"), CellKind::share}};
  t.additive = {1};
  t.chart = {4};
  auto make = [&](const std::string& key, const std::string& title,
                  const AttendanceTally::Track& a) {
    ReportRow r;
    r.key = key;
    r.cells.push_back(label(title));
    r.cells.push_back(count(a.people));
    r.cells.push_back(figure(CellKind::number, static_cast<double>(a.weeks), {same_row(1)}));
    r.cells.push_back(figure(CellKind::number, static_cast<double>(a.weeks_met), {same_row(1)}));
    r.cells.push_back(
        share(static_cast<double>(a.weeks_met), static_cast<double>(a.weeks), {same_row(1)}));
    r.cells.push_back(share(static_cast<double>(a.attended_minutes),
                            static_cast<double>(a.required_minutes), {same_row(1)}));
    return r;
  };
  AttendanceTally::Track total;
  for (const auto& [track, a] : tally.attendance.by_track) {
    t.rows.push_back(make(track, L.track_name(track), a));
    total.people += a.people;
    total.weeks += a.weeks;
    total.weeks_met += a.weeks_met;
    total.required_minutes += a.required_minutes;
    total.attended_minutes += a.attended_minutes;
  }
  t.rows.push_back(make("total", w.tr("Total"), total));
  t.rows.back().total = true;
  s.tables.push_back(std::move(t));
  s.chart_table = 0;
  return s;
}

}  // namespace nytte::reporting
