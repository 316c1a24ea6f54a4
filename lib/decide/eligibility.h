// Eligibility: which target groups a person is in, which track they follow,
// how many hours a week they must take part, and why.
#pragma once

#include <string_view>
#include <vector>

#include "condition/condition.h"
#include "model/citizen.h"
#include "model/rules.h"

namespace nytte {

enum class RuleKind : uint8_t { target_group, exemption, track, hours, max_hours };
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
  // A municipality's group not tried: the person is recorded in another
  // municipality (TargetGroup::municipality).
  bool other_municipality = false;
};

// A value the decision rests on that was not recorded but assumed.
struct Assumption {
  std::string_view field;  // "municipality", "work_capacity_hours"
  std::string value;       // what was assumed: "751", "37"
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
  // Hours a week: 0 when not eligible; nullopt for an eligible person when
  // no rule in force states them (the source is silent) or when they depend
  // on missing data (then `missing_fields` names it and hours_stated holds).
  std::optional<double> required_weekly_hours = 0;
  bool hours_stated = false;                     // a rule in force states the week's hours
  std::optional<double> max_weekly_hours;        // the track's cap, when it has one
  std::vector<std::string_view> exempt_from;     // groups met that an exemption covers
  std::vector<const TargetGroup*> phase_in;      // groups still being phased in on `on`
  std::vector<const DataWarning*> warnings;      // data warnings that hold
  std::vector<Assumption> assumptions;           // values assumed, not recorded
  std::vector<std::string_view> missing_fields;  // sorted, without repeats
  std::vector<Reason> reasons;
};

// Decides for one person after another, reusing its memory; a worker thread
// owns one.
class Decider {
 public:
  // Applies `rules` to `c` on `on`. `out` is overwritten; its vectors'
  // capacity is reused, so a batch allocates nothing per person once warm.
  // `unasked`: an interview's fields not yet asked (condition.h), null
  // otherwise.
  void decide(const RuleSet& rules, const Citizen& c, Date on, Decision& out,
              const UnaskedFields* unasked = nullptr);
  // What evaluating remembers from one condition to the next (a person's age
  // is asked for by many rules), for a DecisionPrinter of the same decisions
  // to share.
  EvalCache& eval_cache() { return eval_; }

 private:
  EvalCache eval_;
  std::vector<std::vector<std::string_view>> spare_missing_;  // earlier reasons' `missing` lists
  std::vector<std::string_view> unknown_groups_;              // undecided for missing data
  std::vector<const Exemption*> exemptions_held_, exemptions_unknown_;
};

// One decision with a Decider of its own (nothing reused from an earlier one).
void decide(const RuleSet& rules, const Citizen& c, Date on, Decision& out);

}  // namespace nytte
