// The functions of the condition language, one entry each: name, parameters,
// result, what it reads, the checks of its arguments beyond their types, and
// its implementation. The parser, the checker and the evaluator all read
// this table; docs/rules.md describes the functions for users.
#pragma once

#include <array>
#include <cstddef>
#include <span>
#include <string_view>

#include "condition/eval.h"
#include "condition/program.h"

namespace nytte::condition {

// What an argument must be.
enum class Param : uint8_t {
  boolean,
  number,
  string,
  date,
  list,
  field,     // a field by name (not an expression): has(f), value_or(f, ...)
  as_first,  // the type of the first argument: value_or's default
};

// What the checker verifies of a call beyond the types of its arguments.
enum class ArgCheck : uint8_t {
  none,
  benefit_list,  // argument 1 is a list of benefit codes
  danish_test,   // argument 1 is a Danish test written out
  date_literal,  // argument 1 is a date written out
};

struct FnDecl {
  Fn fn;
  std::string_view name;
  std::array<Param, 2> params;
  uint8_t arity;  // parameters in `params`
  bool variadic;  // the last parameter repeats: arity or more arguments
  Param result;
  CodeKind codes;          // what the result is a code of
  std::string_view reads;  // the citizen field it reads (besides its arguments)
  ArgCheck check;
  std::string_view signature;  // for messages
  // The implementation: `eval`, or `number` for a function that gives a
  // number (in registers; eval() converts it), or both (value_or()).
  Val (*eval)(const ExprNode& call, const Ctx& x);
  Num (*number)(const ExprNode& call, const Ctx& x);

  bool takes_field(size_t arg) const { return arg < arity && params[arg] == Param::field; }
};

// In the order of Fn (functions.cc checks it when compiled).
extern const std::array<FnDecl, 20> kFunctionTable;

inline std::span<const FnDecl> functions() {
  return kFunctionTable;
}
inline const FnDecl& function(Fn fn) {
  return kFunctionTable[static_cast<size_t>(fn)];
}
const FnDecl* find_function(std::string_view name);

}  // namespace nytte::condition
