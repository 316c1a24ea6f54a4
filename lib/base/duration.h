// Durations: the one way the library holds and prints a length of time.
// Plans, blocks, travel and totals are whole minutes from the search to
// every output; hours given in decimals (a rule's 37 or 18.5, a work
// capacity of 15.3, an attendance row's 7.5) become minutes once, rounded to
// the nearest minute. Text shows `h:mm` ("7:40", "0:20", "37:00"); JSON keeps
// decimal hours and the exact minutes beside them. docs/hours.md.
#pragma once

#include <cstdint>
#include <string>

namespace nytte {

// Decimal hours to whole minutes, rounded to the nearest (half away from 0).
int hours_to_minutes(double hours);

// Minutes as decimal hours.
inline double minutes_to_hours(int64_t minutes) {
  return static_cast<double>(minutes) / 60.0;
}

// Minutes as decimal hours rounded to hundredths (20 -> 0.33), for the JSON
// keys and CSV columns that have always been hours; the exact figure is the
// minutes key beside them.
double decimal_hours(int64_t minutes);

// "h:mm": 460 -> "7:40", 20 -> "0:20", 2220 -> "37:00", -5 -> "-0:05".
std::string format_minutes(int64_t minutes);

}  // namespace nytte
