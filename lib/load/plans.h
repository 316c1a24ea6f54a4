// Plan files: every [[plan]] of a TOML file (docs/hours.md), as build-package
// --format toml writes them or a person writes them by hand.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "model/plan.h"

namespace nytte {

// A plan with a problem (a syntax error in its lines, a malformed [[plan]]
// header, a bad key or value) is left out with one error at its line and
// column; the plans before and after it are read (the text is cut at each
// line that starts a plan).
struct PlanFile {
  std::vector<Plan> plans;
  std::vector<Diagnostic> errors;
};
PlanFile read_plans(std::string_view text, const std::string& file, uint32_t first_line = 1);

// The same, throwing the first error (file:line:column).
std::vector<Plan> load_plans(const std::string& path);
std::vector<Plan> load_plans_text(std::string_view text, const std::string& file);

// Whether a line starts a plan: [[plan]], a [[plan.block]], or a malformed
// header meant as one ([[plan], [plan]]). An input whose first line that is
// neither blank nor a comment starts a plan is a plan file.
bool is_plan_line(std::string_view line);

}  // namespace nytte
