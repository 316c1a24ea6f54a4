// A count and its noun, singular or plural as the count wants: "1 citizen",
// "2 citizens", "0 citizens". Every human-readable text (text, Markdown,
// HTML, standard error) writes its counts through it; JSON and CSV keys
// do not.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace nytte {

// "N one" when n is 1, else "N many"; the number as "{}" writes it. `one`
// and `many` may be phrases that agree with the count ("record is",
// "records are").
std::string plural(uint64_t n, std::string_view one, std::string_view many);

// The noun alone, for a text that writes the number in its own way.
std::string_view plural_noun(uint64_t n, std::string_view one, std::string_view many);

}  // namespace nytte
