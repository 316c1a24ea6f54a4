// Showing an evaluation: the values an expression read (observe()) and the
// tree of its sub-expressions' values (explain()); their JSON is json.cc's.
#pragma once

#include <optional>
#include <string_view>

#include "condition/eval.h"

namespace nytte::condition {

// Sets what the readers of an Observed of this type look at (a missing value:
// nothing but `known`), leaving the rest as the slot's last use left it.
void fill_observed(const Val& v, Type type, Observed& o);
// Whether `f` is one of the code fields most conditions read (benefit,
// category); `code` is then the person's code, if given.
bool code_field(Field f, const Citizen& c, std::optional<std::string_view>& code);
// Whether the value of `n` for this citizen is assumed rather than recorded:
// a missing work_capacity_hours, read as 37.
bool assumed_value(const ExprNode& n, const Citizen& c);

}  // namespace nytte::condition
