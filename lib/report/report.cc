// Laying the tallies out as a report (make_report): the sections in order
// (section_*.cc), with two dates each date's columns grouped under it, and
// the sums between quantities that suppression keeps. Counting is
// tally.cc, hiding small counts suppress.cc, the writers report_format.cc;
// docs/report.md says what every figure means.
#include "report/report.h"

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

#include "report/sections.h"
#include "report/table.h"

namespace nytte {

using reporting::attendance_section;
using reporting::capacity_section;
using reporting::cost_section;
using reporting::eligibility_section;
using reporting::hours_section;
using reporting::Layout;
using reporting::who_section;

Report make_report(const RuleSet& rules, const ReportOptions& options, const ReportTally& tally,
                   uint64_t errors, bool attendance_given, uint64_t log_ids_unmatched) {
  Layout L{rules, options, tally, {}, {}, reporting::Words{options.local_words}};
  Report r;
  r.local_words = options.local_words;
  r.rules_id = rules.id;
  r.rules_title = rules.title;
  r.dates = options.dates;
  r.people = tally.people;
  r.errors = errors;
  r.sections.push_back(eligibility_section(L));
  r.sections.push_back(who_section(L));
  r.sections.push_back(hours_section(L));
  if (options.packages && !rules.offers.empty()) {
    r.sections.push_back(capacity_section(L));
    r.sections.push_back(cost_section(L));
  } else if (rules.offers.empty()) {
    r.notes.push_back(
        L.w.trf("The rule set '{}' declares no offers: no capacity and cost sections.", rules.id));
  }
  if (attendance_given) r.sections.push_back(attendance_section(L, log_ids_unmatched));
  // With two dates, each date's columns are grouped under the date.
  if (options.dates.size() > 1) {
    for (ReportSection& s : r.sections)
      for (ReportTable& t : s.tables)
        for (ReportColumn& c : t.columns) {
          bool has_compare =
              std::any_of(t.columns.begin(), t.columns.end(),
                          [&](const ReportColumn& o) { return o.id == "compare_" + c.id; });
          if (has_compare) c.group = options.dates[0].iso();
          if (c.id.starts_with("compare_")) c.group = options.dates[1].iso();
        }
  }
  for (SumConstraint& c : L.sums) r.sums.push_back(std::move(c));
  // Seats at a set of offers add up from the seats at each.
  for (const std::string& key : L.seat_sets) {
    size_t colon = key.find(':'), at = key.rfind('@');
    std::string what = key.substr(0, colon);
    std::string ids = key.substr(colon + 1, at - colon - 1);
    std::string date = key.substr(at);
    SumConstraint c;
    c.total = key;
    size_t from = 0;
    while (from <= ids.size()) {
      size_t comma = ids.find(',', from);
      if (comma == std::string::npos) comma = ids.size();
      c.parts.push_back(fmt::format("{}:{}{}", what, ids.substr(from, comma - from), date));
      from = comma + 1;
    }
    r.sums.push_back(std::move(c));
  }
  if (errors > 0) {
    r.notes.push_back(L.w.trf_plural(
        "{} record could not be read (the messages are on standard error) and is not counted.",
        "{} records could not be read (the messages are on standard error) and are not counted.",
        errors, L.w.count(errors)));
  }
  return r;
}

}  // namespace nytte
