// One person's package and the seats of a batch: the public face of
// lib/schedule (package.h). The search is solver.cc, the problem it is given
// problem.cc, a person's weeks person_package.cc, a batch allocation.cc.
#include "schedule/package.h"

#include <algorithm>

#include "base/duration.h"
#include "schedule/person_package.h"
#include "schedule/problem.h"
#include "schedule/solve_cache.h"

namespace nytte {

int PackageResult::missing_minutes() const {
  int m = 0;
  for (const WeeklyPackage& w : packages) m = std::max(m, w.missing_minutes);
  return m;
}

struct PackageCache::Impl {
  schedule::FitsTable fits;
  schedule::SolveCache cache{fits};
};
PackageCache::PackageCache() : impl(std::make_unique<Impl>()) {}
PackageCache::~PackageCache() = default;
PackageCache::PackageCache(PackageCache&&) noexcept = default;
PackageCache& PackageCache::operator=(PackageCache&&) noexcept = default;

PackageResult build_package(const RuleSet& rules, const Citizen& c, Date on, Date start,
                            const SeatBook& seats, std::optional<double> planner_hours) {
  schedule::FitsTable fits;
  schedule::SolveCache plain(fits, schedule::SolveCache::Mode::plain);
  return schedule::build_one(rules, c, on, start, seats, plain, planner_hours);
}

PackageResult build_package(const RuleSet& rules, const Citizen& c, const Decision& d, Date start,
                            const SeatBook& seats, PackageCache& cache,
                            std::optional<double> planner_hours) {
  return schedule::build_decided(rules, c, d, start, seats, cache.impl->cache, planner_hours);
}

std::string_view package_target_name(PackageTarget t) {
  switch (t) {
    case PackageTarget::requirement:
      return "requirement";
    case PackageTarget::planner_total:
      return "planner_total";
    case PackageTarget::stated_parts:
      return "stated_parts";
  }
  return "requirement";
}

Plan plan_of(const PackageResult& r, const RuleSet& rules) {
  Plan p;
  p.id = r.id;
  p.rules = rules.id;
  p.track = r.track ? r.track->h.id : "";
  p.start = r.start;
  if (r.required_weekly_hours)
    p.required_weekly_minutes = hours_to_minutes(*r.required_weekly_hours);
  for (const WeeklyPackage& w : r.packages) {
    p.ordinary_weekly_minutes = std::max(p.ordinary_weekly_minutes, w.ordinary_minutes);
    for (const PackageBlock& b : w.blocks) {
      PlanBlock pb;
      pb.day = b.day;
      pb.from = b.from;
      pb.to = b.to;
      pb.offer = b.offer ? b.offer->h.id : "transport";
      pb.kind = b.offer ? b.offer->kind : "transport";
      pb.minutes = b.minutes;
      if (w.phase) pb.phase = w.phase->h.id;
      p.blocks.push_back(std::move(pb));
    }
  }
  return p;
}

std::vector<bool> offers_held(const RuleSet& rules, const PackageResult& r) {
  std::vector<bool> held(rules.offers.size(), false);
  for (const WeeklyPackage& w : r.packages)
    for (const Offer* o : w.offers) held[o - rules.offers.data()] = true;
  return held;
}

void take_seats(const RuleSet& rules, const PackageResult& r, SeatBook& seats) {
  std::vector<bool> held = offers_held(rules, r);
  for (size_t i = 0; i < held.size(); ++i) seats.taken[i] += held[i] ? 1 : 0;
}

}  // namespace nytte
