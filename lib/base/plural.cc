#include "base/plural.h"

#include <fmt/format.h>

namespace nytte {

std::string_view plural_noun(uint64_t n, std::string_view one, std::string_view many) {
  return n == 1 ? one : many;
}

std::string plural(uint64_t n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, plural_noun(n, one, many));
}

}  // namespace nytte
