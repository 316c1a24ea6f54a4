#include "format/decision_parts.h"

#include <fmt/format.h>

namespace nytte {

std::string_view municipality_of(const Decision& d, const Reason& r) {
  for (const TargetGroup& g : d.rules->target_groups) {
    if (&g.h == r.rule) return g.municipality;
  }
  return d.rules->municipality;
}

std::string assumption_text(const Decision& d, const Assumption& a) {
  if (a.field == "municipality") {
    std::string_view name = municipality_name(a.value);
    return fmt::format(
        "municipality not recorded: assumed to be {}{}{}{}, the municipality of rule set {}",
        a.value, name.empty() ? "" : " (", name, name.empty() ? "" : ")", d.rules->id);
  }
  if (a.field == "work_capacity_hours") {
    return fmt::format("work_capacity_hours not recorded: read as {}, full capacity", a.value);
  }
  return fmt::format("{} not recorded: assumed {}", a.field, a.value);
}

}  // namespace nytte
