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

#include "base/plural.h"

namespace nytte::reporting {

ReportSection attendance_section(const ReportTally& tally, uint64_t unmatched) {
  ReportSection s;
  s.id = "attendance";
  s.title = "Attendance";
  s.intro = fmt::format(
      "Weeks of the attendance log (each person's weeks from their first to their last row) in "
      "which hours were required, and the people with such weeks; met: attended at least the "
      "required hours. Tracks are those "
      "of the decision on each person's course start. Attended: hours attended as a share of "
      "the hours required.{}",
      unmatched ? fmt::format(" {} in no record of the population.",
                              plural(unmatched, "id of the log is", "ids of the log are"))
                : "");
  ReportTable t;
  t.id = "by_track";
  t.title = "Weeks meeting the requirement, by track";
  t.columns = {{"key", "Track", CellKind::label},
               {"people", "People", CellKind::count},
               {"weeks", "Weeks", CellKind::number},
               {"weeks_met", "Weeks met", CellKind::number},
               {"share_met", "Share met", CellKind::share},
               {"attendance_rate", "Attended", CellKind::share}};
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
    t.rows.push_back(make(track, track.empty() ? "no track" : track, a));
    total.people += a.people;
    total.weeks += a.weeks;
    total.weeks_met += a.weeks_met;
    total.required_minutes += a.required_minutes;
    total.attended_minutes += a.attended_minutes;
  }
  t.rows.push_back(make("total", "Total", total));
  t.rows.back().total = true;
  s.tables.push_back(std::move(t));
  s.chart_table = 0;
  return s;
}

}  // namespace nytte::reporting
