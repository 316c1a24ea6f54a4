// How a Decision is written: JSON (json/jsonl), CSV and text for people.
// The keys are the contract's (shared/contract.md), documented in
// docs/check-eligibility.md.
#pragma once

#include <cstdint>
#include <unordered_map>

#include <string>
#include <vector>

#include "condition.h"
#include "eligibility.h"
#include "output.h"

namespace nytte {

struct DecisionFormat {
  bool explain = false;   // reasons also carry title, condition, quote, note and the tree
  bool show_cpr = false;  // print the CPR number in full (asked for explicitly)
  Style style;            // text only
};

// Scratch space reused from record to record (one per thread).
struct DecisionScratch {
  std::vector<Observed> observed;
  // The parts of a reason that depend on the rule alone, rendered once per
  // rule for compact JSON: {kind, rule, ruleset} and {source, legal_basis}.
  // Keyed by rule and kind (a track's hours share the track's header).
  std::unordered_map<uint64_t, std::pair<std::string, std::string>> fragments;
  // The keys of a condition's `values`, quoted: the values an expression
  // reads come in the same order every time.
  std::unordered_map<const CompiledExpr*, std::vector<std::string>> value_keys;
};

void write_decision_json(const Decision& d, JsonWriter& w, const DecisionFormat& f,
                         DecisionScratch& scratch);

inline constexpr std::string_view kDecisionCsvHeader =
    "id,eligible,target_groups,track,required_weekly_hours,status,missing_fields\n";
void write_decision_csv(const Decision& d, std::string& out);

void write_decision_text(const Decision& d, std::string& out, const DecisionFormat& f,
                         DecisionScratch& scratch);

// The value of an Observed as people read it ("kontanthjaelp", "49", "missing").
std::string observed_text(const Observed& o);
void write_observed_json(const Observed& o, JsonWriter& w);

}  // namespace nytte
