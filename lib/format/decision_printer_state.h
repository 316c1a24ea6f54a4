// What a DecisionPrinter keeps from one decision to the next: the parts of
// the JSON that depend on a rule alone, rendered once (decision_json.cc), and
// the buffers of the values observed, which the text uses too
// (decision_text.cc). Internal to lib/format.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "format/decision_format.h"

namespace nytte {

// The parts of a reason that depend on its rule alone.
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
  // With explanations: `,"title":..` to `,"constants":{..}`, for the
  // expression `explained_expr` (a track's reason may have none).
  bool explained = false;
  const CompiledExpr* explained_expr = nullptr;
  std::string explained_members;
};

// An item of the decision's extras (phase-in, warnings, assumptions, stated
// parts), rendered once by what it describes, the rule set and a value.
struct RenderedItem {
  const void* what;
  const RuleSet* rules;
  std::string value;
  std::string json;
};

struct PrinterState {
  EvalCache own_eval;
  EvalCache* eval = &own_eval;  // what observing the conditions' values remembers (age())
  std::vector<Observed> observed;
  ByteBuffer line;  // a decision's JSON, put together for the indented form
  // The fragments of each rule (by rule and kind: a track's hours share the
  // track's header), and the ones last used at each place in a decision's
  // reasons, which are nearly always the same again.
  std::unordered_map<uint64_t, std::unique_ptr<ReasonFragments>> fragments;
  std::vector<ReasonFragments*> fragments_at;
  // The expression of the reason last written with values in the line being
  // put together, and where its values are in the buffer.
  const CompiledExpr* values_expr = nullptr;
  size_t values_begin = 0, values_end = 0;
  std::vector<RenderedItem> rendered;
  // `,"on":"..","rules":"..","eligible":` for the date and rule set last seen.
  std::string run_members;
  Date run_on;
  const RuleSet* run_rules = nullptr;
  std::string explanation;  // a reason's explanation tree, rendered
};

// The state the class owns; its type is private, so the writers take it as a
// PrinterState.
struct DecisionPrinter::State : PrinterState {};

}  // namespace nytte
