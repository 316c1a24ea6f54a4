// A decision as a CSV row, and the header of the rows.
#include <algorithm>

#include <fmt/format.h>

#include "base/duration.h"
#include "format/decision_format.h"

namespace nytte {

std::string_view decision_csv_header(bool with_rules) {
  return with_rules ? kDecisionCsvHeaderWithRules : kDecisionCsvHeader;
}

std::string decision_csv_header(bool with_rules, const csv::Format& f) {
  std::string h(decision_csv_header(with_rules));
  std::replace(h.begin(), h.end(), ',', f.separator);
  return std::string(csv::start_of(f)) + h;
}

void write_decision_csv(const Decision& d, std::string& out, bool with_rules,
                        const csv::Format& f) {
  const char sep = f.separator, list = f.list_separator;
  auto ids = [&](const auto& items) {  // ids and codes: nothing to quote
    for (size_t i = 0; i < items.size(); ++i) {
      if (i > 0) out += list;
      out += items[i];
    }
  };
  csv_cell(out, d.citizen->id, sep);
  out += sep;
  out += d.eligible ? "true" : "false";
  out += sep;
  csv_cell(out, fmt::format("{}", fmt::join(d.target_groups, std::string_view(&list, 1))), sep);
  out += sep;
  if (d.track) csv_cell(out, d.track->h.id, sep);
  out += sep;
  if (d.required_weekly_hours) csv::number(out, *d.required_weekly_hours, f);  // empty: not stated
  out += sep;
  out += status_name(d.status);
  out += sep;
  csv_cell(out, fmt::format("{}", fmt::join(d.missing_fields, std::string_view(&list, 1))), sep);
  out += sep;
  std::vector<std::string_view> warnings;
  for (const auto* w : d.warnings) warnings.push_back(w->h.id);
  ids(warnings);
  out += sep;
  ids(d.exempt_from);
  out += sep;
  std::string assumed;  // field=value;... : ids, codes and numbers, nothing to quote
  for (const Assumption& a : d.assumptions) {
    if (!assumed.empty()) assumed += list;
    assumed += fmt::format("{}={}", a.field, a.value);
  }
  csv_cell(out, assumed, sep);
  if (with_rules) {
    out += sep;
    out += d.rules->id;
  }
  out += sep;  // the columns added since are last, after `rules`
  if (d.required_weekly_hours) out += std::to_string(hours_to_minutes(*d.required_weekly_hours));
  out += '\n';
}

}  // namespace nytte
