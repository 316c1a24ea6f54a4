// Helpers of the one error type with a source position (nytte/error.h, the
// public face), used by every loader and checker.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "nytte/error.h"
#include "nytte/suggest.h"  // did_you_mean

namespace nytte {

[[noreturn]] void fail(SourcePos pos, std::string message, std::string code = "error");

// A TOML parser's message in plainer words where we know a better one (an
// unterminated string, say); otherwise the message as it is.
std::string toml_syntax_message(std::string_view description);

// Edit distance with transpositions (optimal string alignment), for suggestions.
// Memory in the length of `b` (three rows), time in the product of the lengths.
size_t edit_distance(std::string_view a, std::string_view b);

// A piece of input quoted in a message: `text` as it is when it has at most
// `max` bytes, else its first bytes (cut at a UTF-8 character boundary) and
// "…(N bytes)", so that a 10 MB value does not fill standard error.
inline constexpr size_t kMaxExcerpt = 60;
std::string excerpt(std::string_view text, size_t max = kMaxExcerpt);

}  // namespace nytte
