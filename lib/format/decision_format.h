// How a Decision is written: JSON (json/jsonl, decision_json.cc), CSV
// (decision_csv.cc) and text for people (decision_text.cc); the values a
// condition read, decision_values.cc. The keys are the contract's
// (shared/contract.md), documented in docs/check-eligibility.md.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
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
};

// Writes decisions as JSON and as text for people, one after another; a
// worker thread owns one. The parts of the JSON that depend on a rule alone
// are rendered once and kept, and so are the buffers of the values observed.
class DecisionPrinter {
 public:
  // `eval`: what evaluating the decisions' conditions remembers, shared with
  // the Decider that made them (a person's age is then worked out once);
  // null: the printer keeps its own.
  explicit DecisionPrinter(const DecisionFormat& f, EvalCache* eval = nullptr);
  DecisionPrinter(DecisionPrinter&&) noexcept;
  ~DecisionPrinter();

  // The decision as one line of JSON (jsonl), without the newline.
  void json_line(const Decision& d, ByteBuffer& out);
  // The same JSON laid out as JsonWriter(out, indent) writes it, at depth 0.
  void json(const Decision& d, std::string& out, int indent);
  void text(const Decision& d, std::string& out);

 private:
  struct State;  // the rendered parts and buffers (decision_printer_state.h)
  DecisionFormat format_;
  std::unique_ptr<State> state_;
};

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
// `f` (--csv-sep ';'): ';' between cells, lists joined by '|', a decimal comma;
// the header in `f`'s form starts with the byte-order mark if `f` asks for it
// (--csv-bom; the header is the start of the file).
std::string_view decision_csv_header(bool with_rules);
std::string decision_csv_header(bool with_rules, const csv::Format& f);
void write_decision_csv(const Decision& d, std::string& out, bool with_rules = false,
                        const csv::Format& f = {});

// An Observed value (any view) as people read it ("kontanthjaelp", "49", "missing").
std::string observed_text(const ValueView& o);
void write_observed_json(const ValueView& o, JsonWriter& w);
void append_observed_json(std::string& out, const ValueView& o);  // one line

}  // namespace nytte
