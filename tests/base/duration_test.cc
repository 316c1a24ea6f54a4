// Durations: one text form (h:mm) and one rounding of decimal hours.
#include <doctest/doctest.h>

#include "base/duration.h"

using namespace nytte;

TEST_CASE("duration: h:mm, the one text form of a duration") {
  CHECK(format_minutes(460) == "7:40");
  CHECK(format_minutes(20) == "0:20");
  CHECK(format_minutes(0) == "0:00");
  CHECK(format_minutes(2220) == "37:00");
  CHECK(format_minutes(60 * 150 + 5) == "150:05");
  CHECK(format_minutes(-5) == "-0:05");
}

TEST_CASE("duration: decimal hours become whole minutes, rounded to the nearest") {
  CHECK(hours_to_minutes(37) == 2220);
  CHECK(hours_to_minutes(18.5) == 1110);
  CHECK(hours_to_minutes(15.3) == 918);
  CHECK(hours_to_minutes(7.4) == 444);
  CHECK(hours_to_minutes(0.33) == 20);  // 19.8
  CHECK(hours_to_minutes(7.66) == 460);
  CHECK(decimal_hours(20) == 0.33);
  CHECK(decimal_hours(460) == 7.67);
  CHECK(decimal_hours(2220) == 37);
}
