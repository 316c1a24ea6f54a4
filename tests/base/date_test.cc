// Dates, ages, whole months, ISO weeks, the CPR century rule and codes: the
// calendar arithmetic the rules read. Expected values are worked out by hand
// or checked against an independent computation in the test itself.
#include <doctest/doctest.h>

#include "base/codes.h"
#include "base/date.h"
#include "model/citizen.h"

using nytte::Date;

namespace {

// Days from the civil date, by counting (independent of Date's algorithm).
int slow_days(int year, int month, int day) {
  int days = 0;
  for (int y = 1970; y < year; ++y) days += nytte::is_leap_year(y) ? 366 : 365;
  for (int y = year; y < 1970; ++y) days -= nytte::is_leap_year(y) ? 366 : 365;
  for (int m = 1; m < month; ++m) days += nytte::days_in_month(year, m);
  return days + day - 1;
}

}  // namespace

TEST_CASE("date: leap years and month lengths") {
  CHECK(nytte::is_leap_year(2000));
  CHECK_FALSE(nytte::is_leap_year(1900));
  CHECK_FALSE(nytte::is_leap_year(2100));
  CHECK(nytte::is_leap_year(2024));
  CHECK_FALSE(nytte::is_leap_year(2025));
  CHECK(nytte::days_in_month(2024, 2) == 29);
  CHECK(nytte::days_in_month(2025, 2) == 28);
  CHECK(nytte::days_in_month(1900, 2) == 28);
  CHECK(nytte::days_in_month(2000, 2) == 29);
  CHECK(nytte::days_in_month(2025, 4) == 30);
  CHECK(nytte::days_in_month(2025, 12) == 31);
}

TEST_CASE("date: every day 1858-2200 round-trips and counts like a slow count") {
  int expected = slow_days(1858, 1, 1);
  for (int y = 1858; y <= 2200; ++y) {
    for (int m = 1; m <= 12; ++m) {
      for (int d = 1; d <= nytte::days_in_month(y, m); ++d) {
        Date date = Date::from_ymd(y, m, d);
        REQUIRE(date.days == expected);
        auto ymd = date.ymd();
        REQUIRE(ymd.year == y);
        REQUIRE(ymd.month == m);
        REQUIRE(ymd.day == d);
        ++expected;
      }
    }
  }
  CHECK(Date::from_ymd(1970, 1, 1).days == 0);
  CHECK(Date::from_ymd(1970, 1, 1).weekday() == nytte::Weekday::thu);
}

TEST_CASE("date: parsing accepts real days only") {
  CHECK(Date::parse("2024-02-29").has_value());
  CHECK_FALSE(Date::parse("2025-02-29").has_value());
  CHECK_FALSE(Date::parse("2025-02-30").has_value());
  CHECK_FALSE(Date::parse("2025-13-01").has_value());
  CHECK_FALSE(Date::parse("2025-00-10").has_value());
  CHECK_FALSE(Date::parse("2025-1-01").has_value());
  CHECK_FALSE(Date::parse("2025-01-01 ").has_value());
  CHECK_FALSE(Date::parse("").has_value());
  CHECK(Date::parse("1900-02-28")->iso() == "1900-02-28");
  CHECK_FALSE(Date::parse("1900-02-29").has_value());
  // Anything but a digit in any digit's place, signs and spaces included.
  for (int at : {0, 1, 2, 3, 5, 6, 8, 9}) {
    for (char bad : {'/', ':', ' ', '+', '-', 'a', '\0', '\xff'}) {
      std::string t = "2024-11-30";
      t[static_cast<size_t>(at)] = bad;
      CAPTURE(t);
      CHECK_FALSE(Date::parse(t).has_value());
    }
  }
  CHECK_FALSE(Date::parse("2024/11/30").has_value());
  CHECK(Date::parse("0001-01-01")->iso() == "0001-01-01");
  CHECK(Date::parse("9999-12-31")->iso() == "9999-12-31");
}

TEST_CASE("date: adding months clamps to the end of a shorter month") {
  CHECK(Date::from_ymd(2024, 1, 31).plus_months(1).iso() == "2024-02-29");
  CHECK(Date::from_ymd(2025, 1, 31).plus_months(1).iso() == "2025-02-28");
  CHECK(Date::from_ymd(2025, 3, 31).plus_months(-1).iso() == "2025-02-28");
  CHECK(Date::from_ymd(2025, 12, 15).plus_months(1).iso() == "2026-01-15");
  CHECK(Date::from_ymd(2025, 1, 15).plus_months(-13).iso() == "2023-12-15");
  CHECK(Date::from_ymd(2024, 2, 29).plus_years(1).iso() == "2025-02-28");
  CHECK(Date::from_ymd(2024, 2, 29).plus_years(4).iso() == "2028-02-29");
}

TEST_CASE("date: ages change on the birthday, leap-day birthdays on 1 March") {
  Date birth = Date::from_ymd(2007, 9, 1);
  CHECK(nytte::age_on(birth, Date::from_ymd(2025, 8, 31)) == 17);
  CHECK(nytte::age_on(birth, Date::from_ymd(2025, 9, 1)) == 18);
  Date older = Date::from_ymd(1957, 9, 1);
  CHECK(nytte::age_on(older, Date::from_ymd(2025, 8, 31)) == 67);
  CHECK(nytte::age_on(older, Date::from_ymd(2025, 9, 1)) == 68);
  Date leap = Date::from_ymd(2000, 2, 29);
  CHECK(nytte::age_on(leap, Date::from_ymd(2025, 2, 28)) == 24);
  CHECK(nytte::age_on(leap, Date::from_ymd(2025, 3, 1)) == 25);
  CHECK(nytte::age_on(leap, Date::from_ymd(2024, 2, 28)) == 23);
  CHECK(nytte::age_on(leap, Date::from_ymd(2024, 2, 29)) == 24);
  CHECK(nytte::age_on(birth, birth) == 0);
}

TEST_CASE("date: whole months between two dates") {
  CHECK(nytte::whole_months_between(Date::from_ymd(2021, 9, 1), Date::from_ymd(2025, 9, 1)) == 48);
  CHECK(nytte::whole_months_between(Date::from_ymd(2021, 9, 2), Date::from_ymd(2025, 9, 1)) == 47);
  // The largest n with from.plus_months(n) <= to: 31 January + 1 month is 28 February.
  CHECK(nytte::whole_months_between(Date::from_ymd(2025, 1, 31), Date::from_ymd(2025, 2, 28)) == 1);
  CHECK(nytte::whole_months_between(Date::from_ymd(2025, 1, 31), Date::from_ymd(2025, 2, 27)) == 0);
  for (int n = -30; n <= 30; ++n) {
    Date from = Date::from_ymd(2024, 1, 31);
    CHECK(nytte::whole_months_between(from, from.plus_months(n)) == n);
  }
  CHECK(nytte::whole_months_between(Date::from_ymd(2025, 1, 15), Date::from_ymd(2025, 2, 15)) == 1);
  CHECK(nytte::whole_months_between(Date::from_ymd(2025, 2, 15), Date::from_ymd(2025, 1, 15)) ==
        -1);
}

TEST_CASE("date: ISO weeks around year ends and in 53-week years") {
  auto week = [](int y, int m, int d) {
    auto w = nytte::iso_week(Date::from_ymd(y, m, d));
    return w.year * 100 + w.week;
  };
  CHECK(week(2025, 1, 1) == 202501);
  CHECK(week(2024, 12, 30) == 202501);  // Monday of 2025's week 1
  CHECK(week(2021, 1, 3) == 202053);    // 2020 has 53 weeks
  CHECK(week(2021, 1, 4) == 202101);
  CHECK(week(2016, 1, 3) == 201553);
  CHECK(week(2026, 12, 31) == 202653);
  CHECK(week(2027, 1, 3) == 202653);
  CHECK(week(2027, 1, 4) == 202701);
  CHECK(week(2024, 2, 29) == 202409);
  CHECK(nytte::iso_weeks_in_year(2015) == 53);
  CHECK(nytte::iso_weeks_in_year(2020) == 53);
  CHECK(nytte::iso_weeks_in_year(2026) == 53);
  CHECK(nytte::iso_weeks_in_year(2025) == 52);
  CHECK(nytte::iso_week_monday(2026, 53).iso() == "2026-12-28");
  CHECK(nytte::iso_week_monday(2025, 1).iso() == "2024-12-30");
  // Every Monday 1900-2200 is the Monday of its own ISO week, and weeks count up by one.
  for (Date d = Date::from_ymd(1900, 1, 1); d < Date::from_ymd(2200, 12, 31); d = d.plus_days(7)) {
    auto w = nytte::iso_week(d);
    REQUIRE(nytte::iso_week_monday(w.year, w.week) == d);
    REQUIRE(w.week <= nytte::iso_weeks_in_year(w.year));
  }
}

TEST_CASE("cpr: the century from the 7th digit and the two-digit year") {
  auto year = [](const char* cpr) { return nytte::decode_cpr(cpr)->birth_date.year(); };
  // 0-3: 1900s, whatever the year.
  CHECK(year("010100-0001") == 1900);
  CHECK(year("010136-3001") == 1936);
  CHECK(year("010199-2001") == 1999);
  // 4 and 9: 2000s up to 36, else 1900s.
  CHECK(year("010136-4001") == 2036);
  CHECK(year("010137-4001") == 1937);
  CHECK(year("010136-9001") == 2036);
  CHECK(year("010137-9001") == 1937);
  // 5-8: 2000s up to 57, else 1800s.
  CHECK(year("010157-5001") == 2057);
  CHECK(year("010158-5001") == 1858);
  CHECK(year("010157-8001") == 2057);
  CHECK(year("010158-8001") == 1858);
  CHECK(year("010100-6001") == 2000);
}

TEST_CASE("cpr: sex from the last digit, dates checked, masking") {
  CHECK(nytte::decode_cpr("140370-1233")->sex == nytte::Sex::M);
  CHECK(nytte::decode_cpr("140370-1234")->sex == nytte::Sex::F);
  CHECK(nytte::decode_cpr("1403701234")->birth_date.iso() == "1970-03-14");
  std::string why;
  CHECK_FALSE(nytte::decode_cpr("290223-1234", &why).has_value());  // 1923 not a leap year
  CHECK_FALSE(why.empty());
  CHECK(nytte::decode_cpr("290224-1234")->birth_date.iso() == "1924-02-29");
  CHECK(nytte::decode_cpr("290200-4234")->birth_date.iso() == "2000-02-29");
  CHECK_FALSE(nytte::decode_cpr("310400-1234").has_value());  // 31 April
  CHECK(nytte::mask_cpr("140370-1234") == "140370-****");
  CHECK(nytte::mask_cpr("1403701234") == "140370-****");
  // Not a date at the start: nothing of it is shown.
  CHECK(nytte::mask_cpr("14037") == "******-****");
  CHECK(nytte::mask_cpr("14a370-1234") == "******-****");
  CHECK(nytte::mask_cpr("") == "******-****");
  char buf[11];
  CHECK(nytte::mask_cpr("311299-9999", buf) == "311299-****");
  CHECK(nytte::mask_cpr("x", buf) == "******-****");
}

TEST_CASE("codes: Danish spellings read as the canonical codes") {
  CHECK(nytte::fold_danish("kontanthjælp") == "kontanthjaelp");
  CHECK(nytte::fold_danish("selvforsørgelsesydelse") == "selvforsoergelsesydelse");
  CHECK(nytte::fold_danish("Åbenlyst uddannelsesparat") == "aabenlyst uddannelsesparat");
  CHECK(nytte::find_code(nytte::benefit_codes(), "kontanthjælp").has_value());
  CHECK(nytte::find_code(nytte::benefit_codes(), "kontanthjaelp") ==
        nytte::find_code(nytte::benefit_codes(), "kontanthjælp"));
  CHECK_FALSE(nytte::find_code(nytte::benefit_codes(), "kontanthjelp").has_value());
  CHECK(nytte::find_code(nytte::danish_test_codes(), "studieprøven").has_value());
  CHECK(nytte::municipality_code("Aarhus") == "751");
  CHECK(nytte::municipality_code("Århus") == "751");
  CHECK(nytte::municipality_code("København") == "101");
  CHECK(nytte::municipality_code("253") == "253");
  CHECK(nytte::municipality_name("480") == "Nordfyns");
  CHECK_FALSE(nytte::municipality_code("Arhus").has_value());
}
