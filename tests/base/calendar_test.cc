// The Danish calendar: Easter, public holidays and closing days.
#include <doctest/doctest.h>

#include <algorithm>

#include "base/calendar.h"

namespace nytte {
namespace {

// Easter by Gauss's algorithm, written independently of the library's
// (Meeus/Jones/Butcher) one, for the cross-check.
Date gauss_easter(int y) {
  int a = y % 19, b = y % 4, c = y % 7;
  int k = y / 100, p = (13 + 8 * k) / 25, q = k / 4;
  int m = (15 - p + k - q) % 30, n = (4 + k - q) % 7;
  int d = (19 * a + m) % 30, e = (2 * b + 4 * c + 6 * d + n) % 7;
  if (d == 29 && e == 6) return Date::from_ymd(y, 4, 19);
  if (d == 28 && e == 6 && (11 * m + 11) % 30 < 19) return Date::from_ymd(y, 4, 18);
  return Date::from_ymd(y, 3, 22).plus_days(d + e);
}

Date day(const char* iso) {
  return *Date::parse(iso);
}

std::vector<std::string> ids(const std::vector<NamedDay>& days) {
  std::vector<std::string> out;
  for (const NamedDay& d : days) out.push_back(d.date.iso() + " " + d.id);
  return out;
}

}  // namespace

TEST_CASE("calendar: Easter for every year 1900-2200 agrees with Gauss's algorithm") {
  for (int y = 1900; y <= 2200; ++y) {
    CAPTURE(y);
    Date e = easter_sunday(y);
    CHECK(e == gauss_easter(y));
    CHECK(e.weekday() == Weekday::sun);
    CHECK(e >= Date::from_ymd(y, 3, 22));
    CHECK(e <= Date::from_ymd(y, 4, 25));
  }
}

TEST_CASE("calendar: Easter in known years") {
  // Published Easter dates (Church of Denmark calendars and almanacs).
  const char* known[] = {"1900-04-15", "1913-03-23", "1943-04-25", "1961-04-02", "2000-04-23",
                         "2008-03-23", "2011-04-24", "2019-04-21", "2023-04-09", "2024-03-31",
                         "2025-04-20", "2026-04-05", "2038-04-25", "2100-03-28", "2200-04-06"};
  for (const char* iso : known) {
    CAPTURE(iso);
    Date d = day(iso);
    CHECK(easter_sunday(d.year()) == d);
  }
}

TEST_CASE("calendar: the public holidays of 2023 include Store bededag, 2024 not") {
  CHECK(ids(danish_public_holidays(2023)) ==
        std::vector<std::string>{
            "2023-01-01 nytaarsdag", "2023-04-06 skaertorsdag", "2023-04-07 langfredag",
            "2023-04-09 paaskedag", "2023-04-10 anden_paaskedag", "2023-05-05 store_bededag",
            "2023-05-18 kristi_himmelfartsdag", "2023-05-28 pinsedag", "2023-05-29 anden_pinsedag",
            "2023-12-25 juledag", "2023-12-26 anden_juledag"});
  CHECK(ids(danish_public_holidays(2024)) ==
        std::vector<std::string>{"2024-01-01 nytaarsdag", "2024-03-28 skaertorsdag",
                                 "2024-03-29 langfredag", "2024-03-31 paaskedag",
                                 "2024-04-01 anden_paaskedag", "2024-05-09 kristi_himmelfartsdag",
                                 "2024-05-19 pinsedag", "2024-05-20 anden_pinsedag",
                                 "2024-12-25 juledag", "2024-12-26 anden_juledag"});
  // Kristi himmelfartsdag 2025 is Thursday 29 May.
  CHECK(is_public_holiday(day("2025-05-29")));
  CHECK(day("2025-05-29").weekday() == Weekday::thu);
  CHECK_FALSE(is_public_holiday(day("2025-06-05")));  // Grundlovsdag is not a helligdag
  CHECK_FALSE(is_public_holiday(day("2025-05-16")));  // Store bededag would have been
  CHECK(is_public_holiday(day("1999-04-30")));        // Store bededag 1999
}

TEST_CASE("calendar: every year 1900-2200 has its holidays on the right weekdays") {
  for (int y = 1900; y <= 2200; ++y) {
    CAPTURE(y);
    auto days = danish_public_holidays(y);
    CHECK(days.size() == (y <= 2023 ? 11u : 10u));
    CHECK(std::is_sorted(days.begin(), days.end(),
                         [](const NamedDay& a, const NamedDay& b) { return a.date < b.date; }));
    for (const NamedDay& d : days) {
      CAPTURE(d.id);
      CHECK(d.date.year() == y);
      Weekday w = d.date.weekday();
      if (d.id == "skaertorsdag" || d.id == "kristi_himmelfartsdag") CHECK(w == Weekday::thu);
      if (d.id == "langfredag" || d.id == "store_bededag") CHECK(w == Weekday::fri);
      if (d.id == "paaskedag" || d.id == "pinsedag") CHECK(w == Weekday::sun);
      if (d.id == "anden_paaskedag" || d.id == "anden_pinsedag") CHECK(w == Weekday::mon);
    }
  }
}

TEST_CASE("calendar: closing days join the holidays, each date once") {
  std::vector<ClosingDay> closing = {*known_closing_day("grundlovsdag"),
                                     *known_closing_day("juleaftensdag"),
                                     *known_closing_day("nytaarsaftensdag"),
                                     {"own", "Kommunens lukkedag", 0, 0, day("2025-05-30")},
                                     {"leap", "Skuddag", 2, 29, std::nullopt}};
  auto days = days_off(2025, closing);
  CHECK(ids(days).size() == 10 + 4);  // no 29 February in 2025
  CHECK(std::find(ids(days).begin(), ids(days).end(), "2025-06-05 grundlovsdag") !=
        ids(days).end());
  auto leap = days_off(2024, closing);
  CHECK(std::count_if(leap.begin(), leap.end(), [](auto& d) { return d.id == "leap"; }) == 1);
  CHECK(std::count_if(leap.begin(), leap.end(), [](auto& d) { return d.id == "own"; }) == 0);
  // A closing day on a holiday is the holiday.
  std::vector<ClosingDay> twice = {{"x", "X", 12, 25, std::nullopt}};
  auto christmas = days_off(2025, twice);
  CHECK(std::count_if(christmas.begin(), christmas.end(),
                      [](auto& d) { return d.date == Date::from_ymd(2025, 12, 25); }) == 1);
  CHECK_FALSE(known_closing_day("christmas").has_value());
}

}  // namespace nytte
