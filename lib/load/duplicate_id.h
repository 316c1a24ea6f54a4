// A second record or plan with an id an earlier one of the same input has:
// it is skipped with one error, "duplicate id", of kind "duplicate-id".
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "base/diagnostic.h"

namespace nytte {

// What was skipped, and so how the message reads. The differences are in
// the output scripts see, so each is kept byte for byte.
enum class DuplicateOf : uint8_t {
  // A citizen record (every reader of citizens but weekly-hours'): says ids
  // must be unique within an input, with the id as an excerpt.
  record,
  // A citizen record read by weekly-hours: without the clause on
  // uniqueness, with the id as written.
  hours_record,
  // A [[plan]] of a plan file: "this plan was skipped", the id as an excerpt.
  plan,
};

inline constexpr std::string_view kDuplicateIdCode = "duplicate-id";

// "duplicate id 'ID'...; this record was skipped" (or "plan").
std::string duplicate_id_message(std::string_view id, DuplicateOf of);

// The error of a skipped citizen record (DuplicateOf::record) at `at`.
Diagnostic duplicate_id_error(const SourcePos& at, std::string_view id);

}  // namespace nytte
