// The condition language: small, typed and free of side effects, in the
// spirit of CEL. A condition is parsed and type-checked once, when its rule
// file loads (errors point at the offending token inside the TOML file), then
// evaluated per citizen with three-valued logic: a condition that needs a
// missing field is `unknown`, never a silent zero. See docs/rules.md.
//
// Pipeline, a stage a file in condition/: lexer -> parser (tree as written)
// -> checker (names, types and codes, against the table of functions) ->
// lower (the compiled form) -> eval; explain and json show an evaluation.
#pragma once

#include <climits>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/date.h"
#include "base/diagnostic.h"
#include "format/output.h"
#include "model/citizen.h"
#include "model/schema.h"
#include "model/value.h"

namespace nytte {

// Where the expression text starts inside its file, so that errors can be
// reported at the line and column of the offending token.
struct TextOrigin {
  std::string file;
  uint32_t line = 1;
  uint32_t column = 1;
};

enum class Tri : uint8_t { no = 0, yes = 1, unknown = 2 };
std::string_view tri_name(Tri t);  // "false", "true", "unknown"

namespace condition {
struct ExprNode;  // the compiled tree: condition/program.h
}

struct CompiledExpr {
  std::shared_ptr<const condition::ExprNode> root;
  Type type = Type::boolean;
  std::string text;  // the source text, as written
  SourcePos pos;     // where it starts
  // Fields the expression may read (built-in names and declared names), in
  // first-use order, without repeats: the "citizen values it read".
  std::vector<std::string> reads;
  // The rule set's named constants ([constants], inherited ones too) the
  // expression refers to, in first-use order, each once, copied with their
  // values when it was compiled: the thresholds it compares against.
  std::vector<Constant> constants;
};

// Limits on the shape of an expression, so that no pass over its tree
// (parsing, type checking, evaluating, explaining, writing JSON) can run out
// of stack whatever the input; far above what a rule needs (the shipped ones
// nest 4 levels and chain 6 operands). An expression past one is an error
// (code `too-complex`) at the token that crosses it. See docs/rules.md.
// Parentheses, function calls, `not` and unary `-` inside one another:
inline constexpr int kMaxNesting = 100;
// Operators inside one another in the parsed tree: a chain of `+ - * /` (or
// of comparisons' operands) nests one level an operator; a chain of `and` or
// of `or` is one flat node, one level whatever its length:
inline constexpr int kMaxDepth = 500;
// Operands of one chain of `and` or of `or`:
inline constexpr size_t kMaxChain = 10000;

// Parses and type-checks `text`. Throws Error with the position of the
// offending token when it does not parse, names an unknown field, function or
// code (with "did you mean"), or has the wrong type (`expected`).
CompiledExpr compile_expression(std::string_view text, const TextOrigin& origin,
                                const Schema& schema, Type expected);

// What evaluating remembers from one condition to the next, owned by whoever
// evaluates many (a batch worker keeps one): the last age worked out (age()
// is asked for many times a person, on the same date) and the month
// boundaries before the last date (months_on()). Optional: without one,
// nothing is remembered and the results are the same.
struct EvalCache {
  int32_t age_on = INT32_MIN;
  YearMonthDay age_on_ymd{};
  int32_t age_birth = INT32_MIN;
  int age = 0;
  int32_t month_starts_on = INT32_MIN;
  std::vector<int32_t> month_starts;
  std::vector<std::pair<int32_t, int32_t>> spans, merged;  // months_on()'s periods
};

// The fields an interview has not asked yet (lib/interview/): each reads as
// unknown and is named missing wherever an absent field would read as a
// known value (has(), value_or()'s default, work_capacity_hours' 37, the
// birth date behind age(), days_on() over benefit_history), so a decision
// with no unknown part is the same whatever they are answered. A field
// answered "don't know" is absent, as in any record. Null in every other run.
struct UnaskedFields {
  uint32_t builtin = 0;        // bit (1 << Field)
  std::vector<bool> declared;  // by index of Citizen::extra
  bool field(Field f) const { return (builtin >> static_cast<unsigned>(f)) & 1; }
  bool declared_field(size_t i) const { return i < declared.size() && declared[i]; }
  void set(Field f, bool on) {
    uint32_t bit = uint32_t{1} << static_cast<unsigned>(f);
    builtin = on ? builtin | bit : builtin & ~bit;
  }
};
static_assert(kBuiltinFieldCount <= 32, "UnaskedFields::builtin holds a bit a field");

struct EvalContext {
  const Citizen& citizen;
  Date on;  // the date the rules are applied on
  EvalCache* cache = nullptr;
  const UnaskedFields* unasked = nullptr;  // an interview's; null otherwise
};

// Evaluates a boolean expression; `unknown` when it depends on missing data.
// `missing` (optional) receives the names of missing fields that made it
// unknown, without repeats, appended.
Tri eval_condition(const CompiledExpr& e, const EvalContext& ctx,
                   std::vector<std::string_view>* missing = nullptr);

// Evaluates a number expression; nullopt when it depends on missing data.
std::optional<double> eval_number(const CompiledExpr& e, const EvalContext& ctx,
                                  std::vector<std::string_view>* missing = nullptr);

// A value read or computed while evaluating, for explanations: a ValueView
// (known false: the field is missing) and the name it was read by, so that
// the writers of a view write it. The views point into the compiled
// expression, the citizen and static tables: valid while those live.
struct Observed : ValueView {
  Observed() { type = Type::number; }
  std::string_view name;  // field ("benefit") or call as written ("age()")
  // Not recorded but assumed: a missing work_capacity_hours is read as 37
  // (full capacity, contract.md); `known` is then true and `number` 37.
  bool assumed = false;
};

// The citizen values the expression read, and the values of its function
// calls, in first-use order. `out` is cleared first; its capacity is reused.
void observe(const CompiledExpr& e, const EvalContext& ctx, std::vector<Observed>& out);
// The same in the first values of `scratch`, which only grows (the lists in
// its values keep their memory from call to call).
std::span<const Observed> observe_into(const CompiledExpr& e, const EvalContext& ctx,
                                       std::vector<Observed>& scratch);

// The names observe() gives the values of `e`, in the same order.
std::span<const std::string_view> observed_names(const CompiledExpr& e);

// The values observe() gives, as JSON, each written to `out` after its key
// (keys[i], a piece such as `,"benefit":`). Numbers, codes and true or false
// are written straight from the citizen; any other value is put in `slot` and
// written by `other`. keys has one key a value.
void append_observed_json_values(const CompiledExpr& e, const EvalContext& ctx,
                                 std::span<const std::string> keys, ByteBuffer& out, Observed& slot,
                                 void (*other)(ByteBuffer&, const Observed&));

// Whether the value observe() gives at `index` for this citizen was assumed
// rather than recorded (Observed::assumed), without observing it; for writers
// that use append_observed_json_values.
bool observed_assumed(const CompiledExpr& e, const EvalContext& ctx, size_t index);

// True when observe() gives the same values for `a` and `b` whatever the
// citizen and date: both read the same fields in the same order and call no
// function (whose arguments could differ).
bool same_observations(const CompiledExpr& a, const CompiledExpr& b);

// One node of an explanation tree: the sub-expression as written (on one
// line), its value (`value.name` is left empty: `text` names it) and, for
// and/or/not/comparisons/calls, the operands.
struct ExplainNode {
  std::string text;
  Observed value;
  std::vector<ExplainNode> children;
};
ExplainNode explain(const CompiledExpr& e, const EvalContext& ctx);

}  // namespace nytte
