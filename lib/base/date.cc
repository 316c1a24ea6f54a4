#include "base/date.h"

#include <array>
#include <charconv>

#include <fmt/format.h>

namespace nytte {
namespace {

// Days from civil and back: the proleptic Gregorian calendar in 400-year eras.
int32_t days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

YearMonthDay civil_from_days(int32_t z) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const int doe = z - era * 146097;
  const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int y = yoe + era * 400;
  const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int mp = (5 * doy + 2) / 153;
  const int d = doy - (153 * mp + 2) / 5 + 1;
  const int m = mp + (mp < 10 ? 3 : -9);
  return {y + (m <= 2), m, d};
}

bool parse_int(std::string_view s, int& out) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  auto r = std::from_chars(s.data(), s.data() + s.size(), out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

constexpr std::array<std::string_view, 7> kWeekdays = {"mon", "tue", "wed", "thu",
                                                       "fri", "sat", "sun"};

}  // namespace

bool is_leap_year(int y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int days_in_month(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap_year(y) ? 29 : kDays[m - 1];
}

bool Date::valid(int y, int m, int d) {
  return m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

Date Date::from_ymd(int y, int m, int d) {
  return Date{days_from_civil(y, m, d)};
}

std::optional<Date> Date::parse(std::string_view t) {
  if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
  unsigned digit[8];
  static constexpr int kAt[8] = {0, 1, 2, 3, 5, 6, 8, 9};
  for (int i = 0; i < 8; ++i) {
    digit[i] = static_cast<unsigned>(static_cast<unsigned char>(t[kAt[i]])) - '0';
    if (digit[i] > 9) return std::nullopt;
  }
  int y = static_cast<int>(digit[0] * 1000 + digit[1] * 100 + digit[2] * 10 + digit[3]);
  int m = static_cast<int>(digit[4] * 10 + digit[5]);
  int d = static_cast<int>(digit[6] * 10 + digit[7]);
  if (!valid(y, m, d)) return std::nullopt;
  return from_ymd(y, m, d);
}

YearMonthDay Date::ymd() const {
  return civil_from_days(days);
}

Weekday Date::weekday() const {
  // 1970-01-01 was a Thursday.
  int w = (days % 7 + 7 + 3) % 7;
  return static_cast<Weekday>(w);
}

std::string Date::iso() const {
  YearMonthDay v = ymd();
  if (v.year < 0 || v.year > 9999) return fmt::format("{:04}-{:02}-{:02}", v.year, v.month, v.day);
  char b[10] = {static_cast<char>('0' + v.year / 1000),
                static_cast<char>('0' + v.year / 100 % 10),
                static_cast<char>('0' + v.year / 10 % 10),
                static_cast<char>('0' + v.year % 10),
                '-',
                static_cast<char>('0' + v.month / 10),
                static_cast<char>('0' + v.month % 10),
                '-',
                static_cast<char>('0' + v.day / 10),
                static_cast<char>('0' + v.day % 10)};
  return std::string(b, 10);
}

Date Date::plus_months(int n) const {
  YearMonthDay v = ymd();
  int total = v.year * 12 + (v.month - 1) + n;
  int y = total >= 0 ? total / 12 : (total - 11) / 12;
  int m = total - y * 12 + 1;
  return from_ymd(y, m, std::min(v.day, days_in_month(y, m)));
}

// A person born 29 February is a year older on 1 March in common years.
int age_on(Date birth, Date on) {
  return age_on(birth.ymd(), on.ymd());
}

int age_on(const YearMonthDay& b, const YearMonthDay& o) {
  int age = o.year - b.year;
  if (o.month < b.month || (o.month == b.month && o.day < b.day)) --age;
  return age;
}

int whole_months_between(Date from, Date to) {
  if (to < from) return -whole_months_between(to, from);
  YearMonthDay a = from.ymd(), b = to.ymd();
  int n = (b.year - a.year) * 12 + (b.month - a.month);
  while (n > 0 && from.plus_months(n) > to) --n;
  return n;
}

IsoWeek iso_week(Date d) {
  // The Thursday of d's week decides the ISO year.
  int wd = static_cast<int>(d.weekday());
  Date thursday = d.plus_days(3 - wd);
  int year = thursday.year();
  Date jan1 = Date::from_ymd(year, 1, 1);
  return {year, (thursday - jan1) / 7 + 1};
}

Date iso_week_monday(int iso_year, int week) {
  Date jan4 = Date::from_ymd(iso_year, 1, 4);
  Date week1 = jan4.plus_days(-static_cast<int>(jan4.weekday()));
  return week1.plus_days(7 * (week - 1));
}

int iso_weeks_in_year(int iso_year) {
  return iso_week(Date::from_ymd(iso_year, 12, 28)).week;
}

std::string_view weekday_code(Weekday d) {
  return kWeekdays[static_cast<size_t>(d)];
}

std::optional<Weekday> parse_weekday(std::string_view code) {
  for (size_t i = 0; i < kWeekdays.size(); ++i) {
    if (kWeekdays[i] == code) return static_cast<Weekday>(i);
  }
  return std::nullopt;
}

std::optional<TimeOfDay> TimeOfDay::parse(std::string_view t) {
  if (t.size() != 5 && t.size() != 8) return std::nullopt;
  if (t[2] != ':' || (t.size() == 8 && t[5] != ':')) return std::nullopt;
  int h = 0, m = 0, s = 0;
  if (!parse_int(t.substr(0, 2), h) || !parse_int(t.substr(3, 2), m)) return std::nullopt;
  if (t.size() == 8 && !parse_int(t.substr(6, 2), s)) return std::nullopt;
  if (m > 59 || s > 59 || h > 24 || (h == 24 && (m || s))) return std::nullopt;
  return TimeOfDay{h * 60 + m};
}

std::string TimeOfDay::hh_mm() const {
  return fmt::format("{:02}:{:02}", minutes / 60, minutes % 60);
}

}  // namespace nytte
