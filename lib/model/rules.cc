// The small lookups and sums of the rule-set model.
#include "model/rules.h"

#include <algorithm>

namespace nytte {

const Source* RuleSet::find_source(std::string_view source_id) const {
  for (const Source& s : sources) {
    if (s.id == source_id) return &s;
  }
  return nullptr;
}

const Track* RuleSet::find_track(std::string_view track_id) const {
  for (const Track& t : tracks) {
    if (t.h.id == track_id) return &t;
  }
  return nullptr;
}

const Phase* RuleSet::find_phase(std::string_view phase_id) const {
  for (const Phase& p : phases) {
    if (p.h.id == phase_id) return &p;
  }
  return nullptr;
}

bool Exemption::covers(std::string_view group) const {
  return groups.empty() || std::find(groups.begin(), groups.end(), group) != groups.end();
}

bool BudgetLine::covers(const Offer& o) const {
  return std::find(kinds.begin(), kinds.end(), o.kind) != kinds.end() ||
         std::find(offers.begin(), offers.end(), o.h.id) != offers.end();
}

double BudgetLine::per_year() const {
  if (!h.valid.from || !h.valid.to) return amount;
  // A period of whole months (2021-01-01 to 2021-12-31; 2022-03-09 to
  // 2024-03-08) is counted in months, any other in days.
  Date end = h.valid.to->plus_days(1);
  int months = whole_months_between(*h.valid.from, end);
  if (months > 0 && h.valid.from->plus_months(months) == end) return amount * 12 / months;
  double days = static_cast<double>(end - *h.valid.from);
  return amount * 365.25 / days;
}

int TransportRules::between(std::string_view from, std::string_view to) const {
  if (from.empty() || to.empty() || from == to) return 0;
  for (const Route& r : routes) {
    if ((r.a == from && r.b == to) || (r.a == to && r.b == from)) return r.minutes;
  }
  return minutes;
}

}  // namespace nytte
