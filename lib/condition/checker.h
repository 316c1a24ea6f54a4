// Stage 3 of the condition language: the parsed tree made typed. Names are
// resolved (built-in fields, the rule set's declared fields and constants,
// on_date), calls checked against the table of functions (functions.h),
// operand types checked, and string literals compared with a coded value
// checked against its codes and spelled canonically.
#pragma once

#include <string>
#include <vector>

#include "condition/ast.h"
#include "condition/program.h"
#include "condition/source.h"
#include "model/schema.h"

namespace nytte::condition {

struct Checked {
  ExprNode root;
  // The fields the expression reads and the constants it refers to, each
  // once, in first-use order (CompiledExpr::reads and ::constants).
  std::vector<std::string> reads;
  std::vector<Constant> constants;
};

// Throws Error at the offending node: an unknown name, function or code
// (with "did you mean"), a wrong type or number of arguments.
Checked check(const Ast& ast, const Source& src, const Schema& schema);

// A type as the messages name it ("number"), in the reader's language.
const char* type_text(Type t);

}  // namespace nytte::condition
