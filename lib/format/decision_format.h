// How a Decision is written: JSON (json/jsonl), CSV and text for people.
// The keys are the contract's (shared/contract.md), documented in
// docs/check-eligibility.md.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "condition/condition.h"
#include "decide/eligibility.h"
#include "format/output.h"
#include "load/csv.h"

namespace nytte {

struct DecisionFormat {
  bool explain = false;   // reasons also carry title, condition, quote, note and the tree
  bool show_cpr = false;  // print the CPR number in full (asked for explicitly)
  Style style;            // text only
  // One-line JSON without explanations (jsonl) is appended from fragments
  // rendered once per rule; false writes it through JsonWriter like the rest
  // (the same bytes; for tests comparing the two).
  bool fragments = true;
};

// The parts of a reason that depend on its rule alone, rendered once for
// one-line JSON.
struct ReasonFragments {
  const RuleHeader* rule = nullptr;
  RuleKind kind = RuleKind::target_group;
  // `{"kind":..,"rule":..,"ruleset":..,"in_force":..,"held":..` by in_force
  // and held (no, yes, unknown).
  std::string open[2][3];
  std::string source;      // `,"source":..` and `,"legal_basis":..` when there is one
  std::string head[2][3];  // open and source together: a reason without a value
  // The keys of the values the expression reads (they come in the same order
  // every time): `,"values":{"name":` for the first, `,"name":` for the
  // others; and the expression they belong to.
  const CompiledExpr* expr = nullptr;
  std::vector<std::string> value_keys;
  // Whether this expression observes what `like` (the one of the reason
  // before, when last asked) does: its values are then copied from there.
  const CompiledExpr* like = nullptr;
  bool same_as_like = false;
};

// Scratch space reused from record to record (one per thread).
struct DecisionScratch {
  std::vector<Observed> observed;
  EvalCache eval;    // what observing the conditions' values remembers (age())
  ByteBuffer line;   // one-line JSON of a decision, put together
  std::string text;  // the same through JsonWriter (explanations)
  // One-line JSON: the fragments of each rule (by rule and kind: a track's
  // hours share the track's header), and the ones last used at each place in
  // a decision's reasons, which are nearly always the same again.
  std::unordered_map<uint64_t, std::unique_ptr<ReasonFragments>> fragments;
  std::vector<ReasonFragments*> fragments_at;
  // The expression of the reason last written with values in the line being
  // put together, and where its values are in the buffer.
  const CompiledExpr* values_expr = nullptr;
  size_t values_begin = 0, values_end = 0;
  // Items of the decision's extras (phase-in, warnings, assumptions, stated
  // parts), rendered once by what they describe, the rule set and a value.
  struct Rendered {
    const void* what;
    const RuleSet* rules;
    std::string value;
    std::string json;
  };
  std::vector<Rendered> rendered;
  // `,"on":"..","rules":"..","eligible":` for the date and rule set last seen.
  std::string run_members;
  Date run_on;
  const RuleSet* run_rules = nullptr;
};

void write_decision_json(const Decision& d, JsonWriter& w, const DecisionFormat& f,
                         DecisionScratch& scratch);
// The decision as one line of JSON (jsonl, without the newline): the bytes
// write_decision_json gives through a compact writer, appended to `out`.
void append_decision_line(const Decision& d, ByteBuffer& out, const DecisionFormat& f,
                          DecisionScratch& scratch);

// CSV: one row a person and rule set; an empty required_weekly_hours cell is
// a null (hours not stated). `warnings` and `exempt_from` are ids joined by
// `;`, `assumptions` field=value pairs (municipality=751). `with_rules` adds
// the rule set's id, for runs with several rule sets. Columns added later go
// last, after `rules` (scripts read the others by position):
// required_weekly_minutes, the hours in whole minutes (empty for a null).
inline constexpr std::string_view kDecisionCsvHeader =
    "id,eligible,target_groups,track,required_weekly_hours,status,missing_fields,warnings,"
    "exempt_from,assumptions,required_weekly_minutes\n";
inline constexpr std::string_view kDecisionCsvHeaderWithRules =
    "id,eligible,target_groups,track,required_weekly_hours,status,missing_fields,warnings,"
    "exempt_from,assumptions,rules,required_weekly_minutes\n";
// `f` (--csv-sep ';'): ';' between cells, lists joined by '|', a decimal comma.
std::string_view decision_csv_header(bool with_rules);
std::string decision_csv_header(bool with_rules, const csv::Format& f);
void write_decision_csv(const Decision& d, std::string& out, bool with_rules = false,
                        const csv::Format& f = {});

void write_decision_text(const Decision& d, std::string& out, const DecisionFormat& f,
                         DecisionScratch& scratch);

// The value of an Observed as people read it ("kontanthjaelp", "49", "missing").
std::string observed_text(const Observed& o);
void write_observed_json(const Observed& o, JsonWriter& w);
void append_observed_json(std::string& out, const Observed& o);  // one line

}  // namespace nytte
