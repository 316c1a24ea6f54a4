// "did you mean": the closest of some known words to a mistyped one, as the
// rule and citizen loaders suggest names and the command line suggests
// subcommands, options and option values.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace nytte {

// "did you mean 'x'?" when some candidate is close to `word` (one edit for words of
// up to 3 characters, else at most max(2, length / 3); case does not count, so
// JSON gets 'json'), else "". Words longer
// than kMaxSuggestedWord get none, and a candidate whose length differs by more
// than the edits allowed is not compared: a 10 MB name costs nothing.
inline constexpr size_t kMaxSuggestedWord = 100;
std::string did_you_mean(std::string_view word, const std::vector<std::string_view>& candidates);

}  // namespace nytte
