// The one date type of the library: a civil (proleptic Gregorian) date, stored
// as days since 1970-01-01 so that comparison and arithmetic are integer
// operations. Local times of day are minutes since midnight.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace nytte {

enum class Weekday : uint8_t { mon = 0, tue, wed, thu, fri, sat, sun };

struct YearMonthDay {
  int year;
  int month;  // 1..12
  int day;    // 1..31
};

struct Date {
  int32_t days = 0;  // since 1970-01-01

  static Date from_ymd(int year, int month, int day);
  // True when year/month/day name a real day (30 February does not).
  static bool valid(int year, int month, int day);
  // Parses exactly YYYY-MM-DD; nullopt on anything else or an impossible day.
  static std::optional<Date> parse(std::string_view text);

  YearMonthDay ymd() const;
  int year() const { return ymd().year; }
  Weekday weekday() const;
  std::string iso() const;  // YYYY-MM-DD

  Date plus_days(int n) const { return Date{days + n}; }
  // Adds calendar months; the day is clamped to the end of a shorter month
  // (2024-01-31 + 1 month = 2024-02-29).
  Date plus_months(int n) const;
  Date plus_years(int n) const { return plus_months(12 * n); }

  friend auto operator<=>(Date, Date) = default;
  friend bool operator==(Date, Date) = default;
};

inline int operator-(Date a, Date b) {
  return a.days - b.days;
}

bool is_leap_year(int year);
int days_in_month(int year, int month);

// Completed years between birth and on (a person born 29 February becomes a
// year older on 1 March in common years, as in Danish practice).
int age_on(Date birth, Date on);
// The same of dates already split (a date asked about many times).
int age_on(const YearMonthDay& birth, const YearMonthDay& on);

// Whole calendar months from `from` to `to` (negative when to < from).
int whole_months_between(Date from, Date to);

// ISO 8601 week: Monday first, week 1 holds the year's first Thursday.
struct IsoWeek {
  int year;
  int week;  // 1..53
};
IsoWeek iso_week(Date d);
Date iso_week_monday(int iso_year, int week);
int iso_weeks_in_year(int iso_year);

std::string_view weekday_code(Weekday d);  // "mon".."sun"
std::optional<Weekday> parse_weekday(std::string_view code);

// Minutes since midnight, for weekly time slots.
struct TimeOfDay {
  int minutes = 0;
  static std::optional<TimeOfDay> parse(std::string_view hh_mm);  // "08:30" or "08:30:00"
  std::string hh_mm() const;
  friend auto operator<=>(TimeOfDay, TimeOfDay) = default;
  friend bool operator==(TimeOfDay, TimeOfDay) = default;
};

}  // namespace nytte
