// Numbers, percentages and dates as a person reads them in the current
// language (nytte/i18n.h): "1506", "75.3%" and "2025-09-01" in English, as
// nytte has always written them; "1.506", "75,3 %" and "1. september 2025"
// in Danish (Dansk Sprognævn's rules). For text, Markdown and HTML only;
// machine formats write numbers their own way.
#pragma once

#include <cstdint>
#include <string>

#include "base/date.h"

namespace nytte {

// A whole number: "1506" / "1.506" (a thousands point in Danish from 1.000).
std::string local_int(int64_t n);
// The same for a count, which may need all 64 bits.
std::string local_count(uint64_t n);
// A number with `decimals` decimals, rounded: "75.3" / "75,3"; Danish with
// thousands points in the whole part ("1.234,5").
std::string local_fixed(double x, int decimals);
// A number with as many decimals as it needs, up to `max_decimals`, as fmt's
// "{}" writes a double in English ("37", "7.5") and with a comma in Danish.
std::string local_number(double x, int max_decimals = 2);
// A percentage of `percent` (75.3 for 75.3 %): "75.3%" / "75,3 %".
std::string local_percent(double percent, int decimals);
// A date: "2025-09-01" / "1. september 2025".
std::string local_date(Date d);
// A month's name in the current language, 1 = January: "September" /
// "september".
const char* local_month_name(int month);

}  // namespace nytte
