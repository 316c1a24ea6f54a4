// The compiled form of an expression, what the checker and the lowering
// make of the parsed tree and what the evaluator walks: typed, names
// resolved, codes spelled canonically.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "model/citizen.h"
#include "model/value.h"

namespace nytte::condition {

// What a string value is a code of, so that literals compared with it can be
// checked (and spelled canonically) when the rule file loads.
enum class CodeKind : uint8_t {
  none,
  benefit,
  category,
  sex,
  danish_test,  // PD1 .. studieproeven, and "none" for highest_danish_test()
  municipality,
  track,
  exemption,
  weekday,
  declared,  // a declared field with a `codes` list
};

enum class Op : uint8_t {
  lit_bool,
  lit_number,
  lit_string,
  lit_date,
  lit_list,
  field,     // a built-in field
  declared,  // a field the rule set declares
  on_date,
  not_,
  and_,
  or_,
  eq,
  ne,
  lt,
  le,
  gt,
  ge,
  in,           // string in list (negated for `not in`)
  in_enum_set,  // benefit/category/sex in a fixed set: a bit mask
  neg,
  add,
  sub,
  mul,
  div,
  call,
};

enum class Fn : uint8_t {
  age,
  age_on,
  months_on,
  days_on,
  passed_danish,
  highest_danish_test,
  has,
  value_or,
  min,
  max,
  len,
  abs,
  days_between,
  months_between,
  years_between,
  months_since,
  add_days,
  add_months,
  weekday,
  date,
};

// What evaluating a node reads comes first, within one cache line (a node
// starts one): every citizen walks the trees again, and the output written
// between two citizens pushes them out of the nearest caches.
struct alignas(64) ExprNode {
  Op op = Op::lit_bool;
  Type type = Type::boolean;
  Fn fn = Fn::age;
  Field field = Field::id;
  CodeKind codes = CodeKind::none;
  bool negate = false;    // `not in`
  uint16_t declared = 0;  // index into Citizen::extra
  uint64_t mask = 0;
  std::vector<ExprNode> args;
  // A literal's or a constant's value (lit_*, of the node's type, known);
  // an enum set's text and items.
  Value literal;
  uint32_t begin = 0;  // the node's text in the expression
  uint32_t end = 0;
  std::string name;   // field name (for missing-field reports)
  std::string label;  // a call's text on one line, for explanations
  // On the root only: the fields and calls whose values explain the
  // expression, in first-use order, each name once (see observe()).
  std::vector<const ExprNode*> observables;
  std::vector<std::string_view> observable_names;  // theirs, in the same order
};

}  // namespace nytte::condition
