// A count and its noun, singular or plural as the count wants: "1 citizen",
// "2 citizens", "0 citizens". Every human-readable text (text, Markdown,
// HTML, standard error) writes its counts through it; JSON and CSV keys
// do not.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace nytte {

// "N one" when n is 1, else "N many", in the current language (nytte/i18n.h):
// the nouns through the catalogue's plural forms, the number as local_count
// writes it ("1.506 borgere"). `one` and `many` are literals, for xgettext,
// and may be phrases that agree with the count ("record is", "records are").
std::string plural(uint64_t n, const char* one, const char* many);

// The noun alone, for a text that writes the number in its own way.
std::string_view plural_noun(uint64_t n, const char* one, const char* many);

}  // namespace nytte
