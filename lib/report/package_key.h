// What a person's package depends on, as a key: people with the same key
// get the same package, so a population's packages are built once a key
// (report's capacity section, diff's seats).
#pragma once

#include <string>

#include "base/date.h"
#include "decide/eligibility.h"
#include "model/citizen.h"
#include "model/rules.h"

namespace nytte {

// Everything a person's package depends on, with free seats or in a batch:
// the decision's track and hours, the ordinary hours, the unavailable
// blocks, the start and the date, and the outcome of each offer's `who`
// condition. Hours by their exact value (the package rounds them to
// minutes). Written into `key` (its memory reused), as bytes.
void package_key(const RuleSet& rules, const Citizen& c, const Decision& d, Date start,
                 std::string& key);

}  // namespace nytte
