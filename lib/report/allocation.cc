// The capacity section's allocation of the seats offered: the covered people
// recorded in input order as the package problems they share
// (AllocationInput), then packed in build-package's batch (allocate_seats);
// and how a package is counted (package_outcome), the same as build-package.
#include "report/report.h"

#include <atomic>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>

namespace nytte {

PackageOutcome package_outcome(const PackageResult& r) {
  if (!r.problem.empty()) return PackageOutcome::none;
  int missing = r.missing_minutes();
  if (r.target == PackageTarget::stated_parts && missing <= 0) return PackageOutcome::parts_only;
  if (missing > 0) return PackageOutcome::short_;
  for (const WeeklyPackage& w : r.packages)
    for (const PartResult& p : w.parts)
      if (p.planned_minutes < p.required_minutes) return PackageOutcome::short_;
  return PackageOutcome::full;
}

struct AllocationInput::Impl {
  std::mutex mutex;
  // One citizen and start a problem (ids are index + 1), found by key.
  std::unordered_map<std::string, uint32_t> problem_ids;
  std::vector<Citizen> citizens;
  std::vector<Date> starts;
  // A date: the covered people's problems in input order; `over` once
  // there are more than the limit (the sequence is then dropped).
  struct DateInput {
    std::vector<uint32_t> sequence;
    uint64_t covered = 0;
    std::atomic<bool> over{false};
  };
  std::vector<DateInput> dates;
  uint64_t limit = 0;
};

AllocationInput::AllocationInput(const RuleSet& rules, const ReportOptions& options)
    : impl(std::make_unique<Impl>()) {
  impl->dates = std::vector<Impl::DateInput>(options.dates.size());
  impl->limit = options.allocation_limit;
  bool wanted = options.packages && !rules.offers.empty() && options.allocation_limit > 0;
  for (Impl::DateInput& d : impl->dates) d.over = !wanted;
}

AllocationInput::~AllocationInput() = default;

uint32_t AllocationInput::problem_of(size_t di, std::string_view key, const Citizen& c,
                                     Date start) {
  if (di >= impl->dates.size() || impl->dates[di].over) return 0;
  std::lock_guard<std::mutex> lock(impl->mutex);
  auto it = impl->problem_ids.find(std::string(key));
  if (it != impl->problem_ids.end()) return it->second;
  impl->citizens.push_back(c);
  impl->starts.push_back(start);
  auto id = static_cast<uint32_t>(impl->citizens.size());
  impl->problem_ids.emplace(std::string(key), id);
  return id;
}

void AllocationInput::record(std::span<const uint64_t> tags) {
  for (size_t di = 0; di < impl->dates.size() && di < tags.size(); ++di) {
    if (!tags[di]) continue;
    Impl::DateInput& d = impl->dates[di];
    ++d.covered;
    if (d.over) continue;
    if (d.covered > impl->limit) {
      d.over = true;
      std::vector<uint32_t>().swap(d.sequence);
      continue;
    }
    d.sequence.push_back(static_cast<uint32_t>(tags[di]));
  }
}

void allocate_seats(const RuleSet& rules, const ReportOptions& options, AllocationInput& input,
                    ReportTally& tally) {
  AllocationInput::Impl& in = *input.impl;
  for (size_t di = 0; di < tally.dates.size() && di < in.dates.size(); ++di) {
    DateTally& t = tally.dates[di];
    AllocationInput::Impl::DateInput& d = in.dates[di];
    t.taken.assign(rules.offers.size(), 0);
    if (options.allocation_limit == 0) {
      t.allocation_problem = "--allocation-limit 0";
      continue;
    }
    if (d.over) {
      // No count of people here: a text cell is never suppressed.
      t.allocation_problem = fmt::format("over --allocation-limit {}", options.allocation_limit);
      continue;
    }
    if (d.covered != t.by_status[0]) {
      t.allocation_problem = "the population was not recorded";
      continue;
    }
    // The covered people in input order, each as the citizen of her problem:
    // people of one problem get the same package from the same seats, so the
    // batch is the one build-package makes of the whole population (those not
    // covered take no seat and do not move the others in its order).
    std::vector<Citizen> people;
    std::vector<Date> starts;
    people.reserve(d.sequence.size());
    starts.reserve(d.sequence.size());
    for (uint32_t id : d.sequence) {
      people.push_back(in.citizens[id - 1]);
      starts.push_back(in.starts[id - 1]);
    }
    PackageBatchOptions batch;
    batch.on = options.dates[di];
    batch.on_given = true;
    batch.threads = options.threads;
    SeatBook seats(rules);
    std::vector<PackageResult> results = build_packages(rules, people, starts, batch, seats);
    for (const PackageResult& r : results) {
      switch (package_outcome(r)) {
        case PackageOutcome::none:
          ++t.allocated_none;
          break;
        case PackageOutcome::parts_only:
          ++t.allocated_parts_only;
          break;
        case PackageOutcome::short_:
          ++t.allocated_short;
          t.allocated_missing_minutes += r.missing_minutes();
          break;
        case PackageOutcome::full:
          ++t.allocated_full;
          break;
      }
    }
    for (size_t k = 0; k < rules.offers.size(); ++k)
      t.taken[k] = static_cast<uint64_t>(seats.taken[k]);
    t.allocated = true;
  }
}

}  // namespace nytte
