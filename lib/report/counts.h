// Counting by key while a population streams past: one more under a key,
// the key copied into the map only the first time. Shared by report's and
// diff's tallies. Internal to lib/.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

namespace nytte::reporting {

using Counts = std::map<std::string, uint64_t, std::less<>>;

// One more for `key`, without making a string when the key is there already.
inline void bump(Counts& counts, std::string_view key) {
  auto it = counts.find(key);
  if (it == counts.end()) {
    counts.emplace(std::string(key), 1);
  } else {
    ++it->second;
  }
}

}  // namespace nytte::reporting
