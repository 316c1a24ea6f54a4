#include "format/decision_parts.h"

#include <fmt/format.h>

#include "nytte/i18n.h"

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

// The same sentences as assumption_text, through the catalogue.
std::string assumption_text_for_people(const Decision& d, const Assumption& a) {
  if (language() == Language::en) return assumption_text(d, a);
  if (a.field == "municipality") {
    std::string_view name = municipality_name(a.value);
    std::string code = name.empty() ? a.value : fmt::format("{} ({})", a.value, name);
    return trf("municipality not recorded: assumed to be {}, the municipality of rule set {}", code,
               d.rules->id);
  }
  if (a.field == "work_capacity_hours") {
    return trf("work_capacity_hours not recorded: read as {}, full capacity", a.value);
  }
  return trf("{} not recorded: assumed {}", a.field, a.value);
}

}  // namespace nytte
