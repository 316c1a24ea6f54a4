// The package of one person: the decision's hours and track, a week for
// each recipe of the course (a phase, or the whole course) from the search's
// choice, and why hours are missing when they are. Internal to lib/schedule.
#pragma once

#include <optional>

#include "base/date.h"
#include "decide/eligibility.h"
#include "model/citizen.h"
#include "model/rules.h"
#include "schedule/package.h"
#include "schedule/solve_cache.h"

namespace nytte::schedule {

// The package of a person decided on `d.on` who starts on `start`, from the
// offers with seats left in `seats`, with searches done through `cache`.
PackageResult build_decided(const RuleSet& rules, const Citizen& c, const Decision& d, Date start,
                            const SeatBook& seats, SolveCache& cache,
                            std::optional<double> planner_hours);

// The same, deciding the person on `on` first.
PackageResult build_one(const RuleSet& rules, const Citizen& c, Date on, Date start,
                        const SeatBook& seats, SolveCache& cache,
                        std::optional<double> planner_hours);

}  // namespace nytte::schedule
