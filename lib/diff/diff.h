// Diffs: what a change of rules (or of date) does to a population. Each
// person is decided on both sides as the population streams past, once;
// the two decisions are compared, counted, and laid out as a report
// (report/report.h) that the report's writers render and its suppression
// protects. What each figure means: docs/diff.md.
//
//   DiffTally::add (per worker, per person: decide before, decide after,
//   compare) -> merge (-> remove the duplicates the batch skipped) ->
//   make_diff_report -> suppress -> write_report_* / write_diff_annotations
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/date.h"
#include "decide/eligibility.h"
#include "model/citizen.h"
#include "model/rules.h"
#include "report/report.h"

namespace nytte {

// One side of a diff: a rule set on a date.
struct DiffSide {
  const RuleSet* rules = nullptr;
  Date on;
};

struct DiffOptions {
  DiffSide before, after;
  // Seats demanded and their cost (everyone covered gets a package, every
  // offer free, as report's capacity section counts it); false: left out.
  bool packages = true;
  // The words of the laid-out diff: the current language for text,
  // Markdown and HTML; false: English, for JSON, CSV and the annotations
  // (ReportOptions::local_words).
  bool local_words = false;
};

// What a condition came to in one decision.
enum class ConditionValue : uint8_t {
  yes,
  no,
  unknown,       // data missing
  not_in_force,  // no version of the rule is in force on the side's date
  not_tried,     // the decision did not need it (an exemption of someone in no group)
  absent,        // the side's rule set has no rule of this id
};
std::string_view condition_value_name(ConditionValue v);  // "yes", "not_in_force", ...

// A rule whose condition, for one person, came out differently on the two
// sides. Rules are matched by kind and id.
struct ConditionKey {
  RuleKind kind;
  std::string id;
  auto operator<=>(const ConditionKey&) const = default;
};

// For one rule: the changed people whose value of it changed, by what it
// became. A boolean rule is compared as the decision saw it: one not in
// force, or not in the rule set, holds for no one (counts as no), and one
// the decision did not try is not compared. Hours (RuleKind::hours,
// max_hours) are compared by the hours given, under the rule that gave them
// on the after side, else the before side.
struct ConditionChange {
  uint64_t people = 0;
  uint64_t to_yes = 0;    // became yes (hours: higher)
  uint64_t to_no = 0;     // became no (hours: lower)
  uint64_t to_other = 0;  // became unknown (hours: appeared, vanished or became unknown)
};

// The counts of one side (before or after).
struct DiffSideTally {
  uint64_t by_status[4] = {};  // Status order
  uint64_t covered = 0;        // eligible
  // Covered people's required hours a week: only those whose hours are
  // stated; the others are counted apart and left out of every sum.
  int64_t required_minutes = 0;
  uint64_t hours_stated = 0;
  uint64_t hours_not_stated = 0;                              // the source states no weekly hours
  uint64_t hours_unknown = 0;                                 // the hours depend on missing data
  std::map<std::string, uint64_t, std::less<>> by_track;      // covered, by track id ("" = none)
  std::map<std::string, int64_t, std::less<>> track_minutes;  // stated minutes by track id
  std::map<std::string, uint64_t, std::less<>> track_stated;  // covered with hours stated, by track
  // Packages with every offer free (DiffOptions::packages): people holding
  // a seat at each offer, by offer id.
  std::map<std::string, uint64_t, std::less<>> demand;
};

// The running counts of one worker; merged at the end, in any order.
class DiffTally {
 public:
  explicit DiffTally(const DiffOptions& options);
  ~DiffTally();
  DiffTally(DiffTally&&) noexcept;
  // Decides `c` on both sides and counts. Returns whether the decision
  // changed (decision_changed); the two decisions stay readable until the
  // next add.
  bool add(const Citizen& c);
  const Decision& before() const;
  const Decision& after() const;
  void merge(const DiffTally& o);
  // Takes out the counts of `o`, people counted here too (the duplicates a
  // batch skipped, as ReportTally::remove); keys left with no one dropped.
  void remove(const DiffTally& o);

  uint64_t people = 0;
  uint64_t changed = 0;        // decision_changed
  uint64_t status[4][4] = {};  // [before Status][after Status]
  // Target groups met ("+"-joined ids in rule order, "" = none) and track
  // of the covered ("" = not covered or no track), before -> after.
  std::map<std::pair<std::string, std::string>, uint64_t> groups;
  std::map<std::pair<std::string, std::string>, uint64_t> tracks;
  DiffSideTally side[2];  // 0 before, 1 after
  // Changed people only: each rule whose value changed for them.
  std::map<ConditionKey, ConditionChange> conditions;

 private:
  struct Scratch;
  void count_conditions();  // of the changed person just decided
  ConditionChange& change_of(RuleKind kind, std::string_view id);
  const DiffOptions& options_;
  std::unique_ptr<Scratch> scratch_;
};

// Whether two decisions of one person differ where a caseworker must act:
// status, target groups met, exemptions met, track, required hours or the
// hours cap. Warnings and missing fields alone are no change.
bool decision_changed(const Decision& a, const Decision& b);
// The parts it compares, in the order diff --list names them ("changed"):
// bit i of changed_parts is set when kDecisionParts[i] differs.
inline constexpr std::string_view kDecisionParts[] = {
    "status", "target_groups", "exemptions", "track", "required_weekly_hours", "max_weekly_hours"};
unsigned changed_parts(const Decision& a, const Decision& b);

// Lays out the tallies as a report (sections status, groups, hours,
// capacity when packages and offers, conditions; docs/diff.md). `errors`:
// records that could not be read.
Report make_diff_report(const DiffOptions& options, const DiffTally& tally, uint64_t errors);

}  // namespace nytte
