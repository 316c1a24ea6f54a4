#include "base/duration.h"

#include <cmath>

#include <fmt/format.h>

namespace nytte {

int hours_to_minutes(double hours) {
  return static_cast<int>(std::llround(hours * 60.0));
}

double decimal_hours(int64_t minutes) {
  return std::round(static_cast<double>(minutes) / 60.0 * 100) / 100;
}

std::string format_minutes(int64_t minutes) {
  const bool negative = minutes < 0;
  const uint64_t m = negative ? -static_cast<uint64_t>(minutes) : static_cast<uint64_t>(minutes);
  return fmt::format("{}{}:{:02}", negative ? "-" : "", m / 60, m % 60);
}

}  // namespace nytte
