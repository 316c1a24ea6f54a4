// The draft paragraph of a decision letter (check-eligibility --format
// letter): what was decided for one person, why, the hours, and the legal
// basis and source of each rule applied, in plain Danish sentences a
// caseworker can paste into the letter. Always in Danish, whatever the
// locale: it is a Danish letter. Every sentence of it is in
// decision_letter.cc, so that a reviewer reads the letter in one place.
#pragma once

#include <string>
#include <string_view>

#include "base/date.h"
#include "decide/eligibility.h"

namespace nytte {

// The line that starts and ends every letter: it is a draft.
inline constexpr std::string_view kLetterDraftMark =
    "UDKAST – skal kontrolleres af sagsbehandleren før brug";

// One decision's letter, appended to `out`: the draft mark, the paragraphs
// (one a line, blank lines between them), the draft mark again. The CPR
// number is always masked: a draft is pasted and mailed around.
void write_decision_letter(const Decision& d, std::string& out);

// A date as a Danish letter writes it, whatever the locale: "1. september 2025".
std::string letter_date(Date d);
// Hours a week in Danish: "37 timer om ugen", "15,3 timer om ugen", "1 time om ugen".
std::string letter_hours(double hours);
// A citizen field as a Danish letter names it, with the field's own name:
// "ydelse (`benefit`)"; a field nytte has no Danish name for, as `name`.
std::string letter_field(std::string_view name);

}  // namespace nytte
