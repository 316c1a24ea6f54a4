// Eligibility: which target groups a person is in, which track they follow,
// how many hours a week they must take part, and why.
#pragma once

#include <string_view>
#include <vector>

#include "citizen.h"
#include "condition.h"
#include "rules.h"

namespace nytte {

enum class RuleKind : uint8_t { target_group, exemption, track, hours };
std::string_view rule_kind_name(RuleKind k);  // "target_group", ...

// One condition tried, and what came of it.
struct Reason {
  RuleKind kind;
  const RuleHeader* rule;
  const CompiledExpr* expr;               // null when no condition was evaluated
  bool in_force;                          // false: not in force on the date; not evaluated
  Tri held;                               // for hours: yes when a value was computed
  double value = 0;                       // hours computed, for kind == hours
  std::vector<std::string_view> missing;  // fields that made it unknown
};

enum class Status : uint8_t {
  eligible,      // in a target group, not exempt
  not_eligible,  // in no target group
  exempt,        // in a target group but exempt
  undetermined,  // no group held, but one could not be decided: data missing
};
std::string_view status_name(Status s);

struct Decision {
  const Citizen* citizen = nullptr;
  const RuleSet* rules = nullptr;
  Date on;
  Status status = Status::not_eligible;
  bool eligible = false;
  std::vector<std::string_view> target_groups;  // ids met, in rule order
  std::vector<std::string_view> exemptions;     // ids met
  const Track* track = nullptr;
  bool track_assigned = false;  // true: from assigned_track; false: proposed
  double required_weekly_hours = 0;
  std::vector<std::string_view> missing_fields;  // sorted, without repeats
  std::vector<Reason> reasons;
  // The memory of earlier reasons' `missing` lists, reused by decide().
  std::vector<std::vector<std::string_view>> spare_missing;
};

// Applies `rules` to `c` on `on`. `out` is overwritten; its vectors' capacity
// is reused, so a batch allocates nothing per person once warm.
void decide(const RuleSet& rules, const Citizen& c, Date on, Decision& out);

}  // namespace nytte
