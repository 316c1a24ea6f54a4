// What the parser gives the checker: the expression's tree as written, with
// the place of every node in the text, before names are resolved or types
// known.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/date.h"

namespace nytte::condition {

enum class AstKind : uint8_t {
  boolean,  // true, false
  number,
  string,
  date,
  list,  // ["a", "b"]
  name,  // a field, a declared field, a constant or on_date
  call,  // name(args...)
  not_,
  neg,
  and_,  // a chain a and b and c: one node, an operand each
  or_,
  eq,
  ne,
  lt,
  le,
  gt,
  ge,
  in,  // `a in b`; `a not in b` with `negate`
  add,
  sub,
  mul,
  div,
};

struct Ast {
  AstKind kind = AstKind::boolean;
  uint32_t begin = 0;  // the node's text in the expression
  uint32_t end = 0;
  uint32_t op_at = 0;  // the operator's token, where messages about it point
  uint32_t op_end = 0;
  int depth = 1;        // levels of the tree from here down (kMaxDepth)
  bool negate = false;  // `not in`
  bool boolean = false;
  bool field_arg = false;  // the argument of has() or the first of value_or(): a field by name
  double number = 0;
  Date date;
  std::string text;  // name, function name or string literal
  std::vector<std::string> list;
  std::vector<Ast> args;
};

}  // namespace nytte::condition
