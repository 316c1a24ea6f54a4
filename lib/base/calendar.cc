#include "base/calendar.h"

#include <algorithm>

namespace nytte {

Date easter_sunday(int year) {
  int a = year % 19;
  int b = year / 100;
  int c = year % 100;
  int d = b / 4;
  int e = b % 4;
  int f = (b + 8) / 25;
  int g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4;
  int k = c % 4;
  int l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31;
  int day = (h + l - 7 * m + 114) % 31 + 1;
  return Date::from_ymd(year, month, day);
}

std::vector<NamedDay> danish_public_holidays(int year) {
  Date easter = easter_sunday(year);
  std::vector<NamedDay> days = {
      {Date::from_ymd(year, 1, 1), "nytaarsdag", "Nytårsdag", DayKind::holiday},
      {easter.plus_days(-3), "skaertorsdag", "Skærtorsdag", DayKind::holiday},
      {easter.plus_days(-2), "langfredag", "Langfredag", DayKind::holiday},
      {easter, "paaskedag", "Påskedag", DayKind::holiday},
      {easter.plus_days(1), "anden_paaskedag", "2. påskedag", DayKind::holiday},
  };
  // Store bededag, the fourth Friday after Easter, was abolished from 2024.
  if (year <= 2023) {
    days.push_back({easter.plus_days(26), "store_bededag", "Store bededag", DayKind::holiday});
  }
  days.push_back(
      {easter.plus_days(39), "kristi_himmelfartsdag", "Kristi himmelfartsdag", DayKind::holiday});
  days.push_back({easter.plus_days(49), "pinsedag", "Pinsedag", DayKind::holiday});
  days.push_back({easter.plus_days(50), "anden_pinsedag", "2. pinsedag", DayKind::holiday});
  days.push_back({Date::from_ymd(year, 12, 25), "juledag", "Juledag", DayKind::holiday});
  days.push_back({Date::from_ymd(year, 12, 26), "anden_juledag", "2. juledag", DayKind::holiday});
  return days;
}

std::optional<ClosingDay> known_closing_day(std::string_view id) {
  if (id == "grundlovsdag") return ClosingDay{"grundlovsdag", "Grundlovsdag", 6, 5, std::nullopt};
  if (id == "juleaftensdag") {
    return ClosingDay{"juleaftensdag", "Juleaftensdag", 12, 24, std::nullopt};
  }
  if (id == "nytaarsaftensdag") {
    return ClosingDay{"nytaarsaftensdag", "Nytårsaftensdag", 12, 31, std::nullopt};
  }
  return std::nullopt;
}

std::vector<NamedDay> days_off(int year, const std::vector<ClosingDay>& closing) {
  std::vector<NamedDay> days = danish_public_holidays(year);
  size_t holidays = days.size();
  for (const ClosingDay& c : closing) {
    Date d;
    if (c.date) {
      if (c.date->year() != year) continue;
      d = *c.date;
    } else {
      if (!Date::valid(year, c.month, c.day)) continue;  // 29 February in a common year
      d = Date::from_ymd(year, c.month, c.day);
    }
    bool taken = std::any_of(days.begin(), days.begin() + static_cast<std::ptrdiff_t>(holidays),
                             [&](const NamedDay& h) { return h.date == d; });
    bool repeated = std::any_of(days.begin() + static_cast<std::ptrdiff_t>(holidays), days.end(),
                                [&](const NamedDay& h) { return h.date == d; });
    if (!taken && !repeated) days.push_back({d, c.id, c.name, DayKind::closing});
  }
  std::stable_sort(days.begin(), days.end(),
                   [](const NamedDay& a, const NamedDay& b) { return a.date < b.date; });
  return days;
}

bool is_public_holiday(Date d) {
  for (const NamedDay& h : danish_public_holidays(d.year())) {
    if (h.date == d) return true;
  }
  return false;
}

}  // namespace nytte
