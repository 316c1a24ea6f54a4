// The interview's one hard question: which field to ask next. A decision
// made with the fields not yet asked as unknown (condition.h's
// UnaskedFields) is settled when no rule is left unknown for want of one of
// them; then, by Kleene's logic, every answer to them gives the same
// decision. Otherwise the next question is the first unknown rule's (in
// rule order) first missing field not yet asked (in the order it read them,
// so `benefit` comes before the residence years it guards).
#pragma once

#include <optional>

#include "condition/condition.h"
#include "decide/eligibility.h"
#include "load/citizen_fields.h"
#include "model/citizen.h"
#include "model/schema.h"

namespace nytte::interview {

using citizen_fields::FieldRef;

// Whether the interview asks for `f` at all. Not asked: id; cpr (birth date
// and sex are asked instead); unavailable (the weekly package's, not
// eligibility's); assigned_track (the caseworker's own decision: a track is
// proposed). They read as the input file gives them.
bool askable(Field f);

// The askable fields `c` does not give: every one of them not yet asked.
UnaskedFields unasked_in(const Citizen& c, const Schema& schema);

// The next field to ask, or nullopt when `d` (decided with `unasked`) no
// longer depends on any field not yet asked.
std::optional<FieldRef> next_field(const Decision& d, const UnaskedFields& unasked,
                                   const Schema& schema);

}  // namespace nytte::interview
