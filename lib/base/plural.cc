#include "base/plural.h"

#include <fmt/format.h>

#include "base/local_format.h"
#include "nytte/i18n.h"

namespace nytte {

std::string_view plural_noun(uint64_t n, const char* one, const char* many) {
  return tr_plural(one, many, n);
}

std::string plural(uint64_t n, const char* one, const char* many) {
  return fmt::format("{} {}", local_count(n), plural_noun(n, one, many));
}

}  // namespace nytte
