// Weekly packages (jobpakker): the offers' slots a person takes each week so
// that the counted hours reach the requirement without passing it. One
// person: the best package the recipe allows (exact search). A batch: people
// in a fixed priority order against the seats of the offers. How the choice
// is made: docs/packages.md.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "decide/eligibility.h"
#include "hours/hours.h"
#include "model/citizen.h"
#include "model/rules.h"
#include "run/progress.h"

namespace nytte {

// One block of a weekly package: a slot of an offer, or the travel between
// two places on the same day (offer null).
struct PackageBlock {
  Weekday day = Weekday::mon;
  TimeOfDay from, to;
  const Offer* offer = nullptr;  // null: transport
  int minutes = 0;               // counted minutes (time, plus preparation; 0 if it does not count)
  std::string from_location, to_location;  // transport only
};

// A mandatory part of the week: a recipe's [[recipe.part]], or a part the
// track's source states (Track::hours_parts) of a kind no recipe part covers.
struct PartResult {
  std::string_view title;               // may be empty
  std::vector<std::string_view> kinds;  // offer kind codes
  int required_minutes = 0;             // the part's minutes, capped by the minutes to plan
  int planned_minutes = 0;
  bool stated_by_track = false;  // from the track's hours_parts
};

// What a package is made up to: the decision's weekly requirement; for a
// person whose hours the source does not state, the planner's total
// (--hours), capped by the track's max_weekly_hours; without one, the
// stated parts of the week only.
enum class PackageTarget : uint8_t { requirement, planner_total, stated_parts };
std::string_view package_target_name(PackageTarget t);  // "requirement", ...

// The package of one phase of the course (or of the whole course).
struct WeeklyPackage {
  const Recipe* recipe = nullptr;
  const Phase* phase = nullptr;  // null: the whole course
  // Whole minutes throughout (lib/base/duration.h); hours from the rules are
  // rounded to the nearest minute once, here.
  std::optional<int> required_minutes;  // the decision's weekly requirement; null: not stated
  int target_minutes = 0;               // what the package is made up to (PackageTarget)
  int ordinary_minutes = 0;             // the person's ordinary paid hours, counted first
  int planned_minutes = 0;              // ordinary minutes + counted minutes of the blocks
  int missing_minutes = 0;              // target - planned (never against an unstated one)
  std::vector<PackageBlock> blocks;     // by day and time
  std::vector<PartResult> parts;
  std::vector<const Offer*> offers;            // one seat each, in rule-file order
  double cost_per_week = 0;                    // the seats' cost a week, kr.
  std::vector<std::string> shortfall_reasons;  // why hours are missing (English: JSON, CSV)
  std::vector<std::string> shortfall_text;     // the same for people, in their language
  bool exact = true;  // false: too many whole-course offers to try every combination
};

// What build-package answers for one person.
struct PackageResult {
  std::string id;
  Status status = Status::not_eligible;
  const Track* track = nullptr;
  // 0 when not eligible; null for an eligible person whose hours the source
  // does not state (hours_stated false) or whose hours depend on missing data.
  std::optional<double> required_weekly_hours = 0;
  bool hours_stated = false;               // a rule in force states the hours (the decision's)
  std::optional<double> max_weekly_hours;  // the track's cap ("op til 37 timer")
  PackageTarget target = PackageTarget::requirement;
  std::optional<double> target_weekly_hours;     // planner_total: the total used (capped)
  std::vector<std::string_view> missing_fields;  // of the decision
  Date start;
  std::vector<WeeklyPackage> packages;  // one a phase (or one for the whole course)
  std::string problem;          // why no package was made (not eligible, no recipe); "" when made
  std::string problem_text;     // the same for people, in their language (nytte/i18n.h)
  int missing_minutes() const;  // the largest of the phases'
};

// Seats taken so far, per offer (index into RuleSet::offers).
struct SeatBook {
  std::vector<int> taken;
  explicit SeatBook(const RuleSet& rules) : taken(rules.offers.size(), 0) {}
  int left(const RuleSet& rules, size_t offer) const {  // INT32_MAX when unlimited
    const Offer& o = rules.offers[offer];
    return o.seats ? *o.seats - taken[offer] : INT32_MAX;
  }
};

// Builds the package of one person who starts on `start`, with the rules
// applied on `on`, from the offers with seats left in `seats` (not changed).
// `planner_hours`: the weekly total a planner gives for a person whose
// hours the source does not state (ignored when the rules state them).
PackageResult build_package(const RuleSet& rules, const Citizen& c, Date on, Date start,
                            const SeatBook& seats,
                            std::optional<double> planner_hours = std::nullopt);

// A cache of searches for many people (one a thread): a person whose search
// problem equals an earlier person's gets that person's package without a
// new search, as long as its offers have seats left.
class PackageCache {
 public:
  PackageCache();
  ~PackageCache();
  PackageCache(PackageCache&&) noexcept;
  PackageCache& operator=(PackageCache&&) noexcept;
  struct Impl;
  std::unique_ptr<Impl> impl;
};

// The same as build_package, for a person already decided on `d.on`, with
// searches shared through `cache`.
PackageResult build_package(const RuleSet& rules, const Citizen& c, const Decision& d, Date start,
                            const SeatBook& seats, PackageCache& cache,
                            std::optional<double> planner_hours = std::nullopt);

// The offers a result holds a seat of (in any phase), by RuleSet::offers index.
std::vector<bool> offers_held(const RuleSet& rules, const PackageResult& r);

// Takes the seats of a result's offers (once per offer, whatever the phases).
void take_seats(const RuleSet& rules, const PackageResult& r, SeatBook& seats);

// A batch: every person gets a package in priority order (docs/packages.md:
// earliest start first, then the fewest offers the person may take, then
// input order), each the best the seats left allow. Results are in input
// order. `starts` gives each citizen's start date.
struct PackageBatchOptions {
  Date on;
  bool on_given = false;  // false: rules applied on each person's start date
  unsigned threads = 0;   // 0: one per core (the outcome is the same on any number)
  // The planner's weekly total for people whose hours are not stated
  // (build-package --hours); nullopt: their packages hold the stated parts.
  std::optional<double> planner_hours;
  Progress* progress = nullptr;  // told the people placed so far, of all (null: nobody asks)
};
// Each person's first day of the course: `start` (--start) for everyone
// given it, else the record's start_date, else `fallback` (--on, else today).
std::vector<Date> course_starts(const std::vector<Citizen>& people, std::optional<Date> start,
                                Date fallback);
std::vector<PackageResult> build_packages(const RuleSet& rules, const std::vector<Citizen>& people,
                                          const std::vector<Date>& starts,
                                          const PackageBatchOptions& options, SeatBook& seats);

// The plan of a package, as a plan file holds it (blocks of every phase,
// each naming its phase; travel as offer "transport"). Empty blocks when no
// package was made.
Plan plan_of(const PackageResult& r, const RuleSet& rules);

}  // namespace nytte
