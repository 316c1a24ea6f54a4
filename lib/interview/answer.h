// Reading one answer of the interview into the citizen record: a choice by
// number or code (Danish spellings too), several choices, a date checked as
// typed, a number with a decimal point or comma, yes/no (ja/nej). The value
// is checked by the citizen reader's own setters (load/citizen_fields.h), so
// an answer is accepted exactly when a file giving it would be.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/date.h"
#include "interview/question.h"
#include "model/citizen.h"
#include "model/schema.h"

namespace nytte::interview {

// "ved ikke", "?" and "don't know" (any case, spaces around): the field is
// left unknown for good.
bool is_dont_know(std::string_view answer);
// "" and "ingen" / "none": no item of a list, no more benefit periods.
bool is_none(std::string_view answer);

// YYYY-MM-DD, a real day; nullopt with `why` ("2025-02-30 is not a day:
// February 2025 has 28 days").
std::optional<Date> read_date(std::string_view text, std::string& why);
// One choice by its number (1..n) or code; the code.
std::optional<std::string> read_choice(const Question& q, std::string_view text, std::string& why);

// Stores `answer` (neither don't know nor, for a list, none) as the value of
// q's field in `c`; false with `why` when it is refused.
bool read_answer(const Question& q, std::string_view answer, const Schema& schema, Citizen& c,
                 std::string& why);

// Spaces trimmed from both ends.
std::string_view trimmed(std::string_view s);

}  // namespace nytte::interview
