// The Danish calendar the hours depend on: public holidays (helligdage) for
// any year 1900-2200, with Easter computed, Store bededag up to and including
// 2023, and the closing days a rule set may declare (Grundlovsdag, 24 and 31
// December, a municipality's own). Dates are nytte::Date (date.h).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"

namespace nytte {

// Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm,
// Meeus/Jones/Butcher). Valid for every year from 1583.
Date easter_sunday(int year);

enum class DayKind : uint8_t {
  holiday,  // a public holiday (helligdag)
  closing,  // a closing day a rule set declares (not a public holiday)
};

struct NamedDay {
  Date date;
  std::string id;    // stable id for scripts: "kristi_himmelfartsdag"
  std::string name;  // Danish name: "Kristi himmelfartsdag"
  DayKind kind = DayKind::holiday;
};

// The public holidays of `year`, in date order: Nytårsdag, Skærtorsdag,
// Langfredag, Påskedag, 2. påskedag, Store bededag (to 2023), Kristi
// himmelfartsdag, Pinsedag, 2. pinsedag, Juledag, 2. juledag.
std::vector<NamedDay> danish_public_holidays(int year);

// A closing day declared by a rule set: a fixed date every year (month and
// day), or one date.
struct ClosingDay {
  std::string id;
  std::string name;
  int month = 0;  // every year on month/day, when `date` is not set
  int day = 0;
  std::optional<Date> date;
};

// The well-known closing days a rule set may name by id: "grundlovsdag"
// (5 June), "juleaftensdag" (24 December), "nytaarsaftensdag" (31 December).
std::optional<ClosingDay> known_closing_day(std::string_view id);

// A year's holidays and the closing days, in date order, each date once (a
// holiday wins over a closing day on the same date).
std::vector<NamedDay> days_off(int year, const std::vector<ClosingDay>& closing);

// Whether `d` is a public holiday (closing days not included).
bool is_public_holiday(Date d);

}  // namespace nytte
