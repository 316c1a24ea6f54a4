// What the writers of a decision (decision_json.cc, decision_text.cc,
// decision_values.cc) share; internal to lib/format.
#pragma once

#include <string>
#include <string_view>
#include <type_traits>

#include "decide/eligibility.h"
#include "format/output.h"

namespace nytte {

inline bool is_hours(RuleKind k) {
  return k == RuleKind::hours || k == RuleKind::max_hours;
}

// The kommunekode of the rule set that defines the reason's target group.
std::string_view municipality_of(const Decision& d, const Reason& r);

// What an assumption means, in words: in English always, for JSON's "note"
// (the same in every language) ...
std::string assumption_text(const Decision& d, const Assumption& a);
// ... and in the reader's language, for text.
std::string assumption_text_for_people(const Decision& d, const Assumption& a);

// A JSON string, to a std::string or a ByteBuffer.
template <class Out>
void append_string(Out& out, std::string_view s) {
  if constexpr (std::is_same_v<Out, ByteBuffer>) {
    if (!detail::any_escape(s)) {  // nearly always: one piece with its quotes
      out.append_quoted(s);
      return;
    }
  }
  out += '"';
  json_escape(out, s);
  out += '"';
}

// An observed value as JSON, to a line being put together
// (decision_values.cc).
void append_observed_json(ByteBuffer& out, const Observed& o);

}  // namespace nytte
