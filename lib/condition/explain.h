// Showing an evaluation: the values an expression read (observe()) and the
// tree of its sub-expressions' values (explain()); their JSON is json.cc's.
#pragma once

#include <optional>
#include <string_view>

#include "base/codes.h"
#include "condition/eval.h"

namespace nytte::condition {

// Sets what the readers of an Observed of this type look at (a missing value:
// nothing but `known`), leaving the rest as the slot's last use left it.
void fill_observed(const Val& v, Type type, Observed& o);
// Whether `f` is one of the code fields most conditions read (benefit,
// category); `code` is then the person's code, if given.
inline bool code_field(Field f, const Citizen& c, std::optional<std::string_view>& code) {
  if (f == Field::benefit) {
    if (c.benefit) code = benefit_code(*c.benefit);
  } else if (f == Field::category) {
    if (c.category) code = category_code(*c.category);
  } else {
    return false;
  }
  return true;
}

// Whether the value of `n` for this citizen is assumed rather than recorded:
// a missing work_capacity_hours, read as 37.
inline bool assumed_value(const ExprNode& n, const Citizen& c) {
  return n.op == Op::field && n.field == Field::work_capacity_hours && !c.work_capacity_hours;
}

}  // namespace nytte::condition
