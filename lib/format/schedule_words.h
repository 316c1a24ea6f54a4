// The words build-package, weekly-hours and the calendars share in the
// reader's language (nytte/i18n.h): weekday names, durations, week labels,
// an offer's or phase's name. English is what nytte has always written
// ("Monday", "7:40", "2025-W36", the ids); Danish writes what a job centre
// writes ("mandag", "7,67 timer", "uge 36", the titles of the rule set).
// For text and calendar titles only: JSON and CSV keep codes and minutes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "base/date.h"
#include "model/rules.h"

namespace nytte {

// "Monday" / "mandag".
const char* weekday_name(Weekday d);
// "mon" / "man".
const char* weekday_short(Weekday d);

// A length of time in prose: "7:40" (h:mm) / "7,67 timer", "1 time".
std::string duration_text(int64_t minutes);
// The same in a table's column, without the unit in Danish: "7:40" / "7,67".
std::string duration_cell(int64_t minutes);

// An ISO week: "2025-W36" / "uge 36" ("uge 1 2026" when `year` is not the
// week's own, so a table over New Year stays clear).
std::string week_label(IsoWeek w, int year);

// What a person reads for an offer, a phase or a track: its id in English
// (as nytte has always written), its title in Danish (the id when it has
// none).
std::string_view rule_name(const RuleHeader& h);

// An offer's kind: the code in English, its Danish name in Danish
// ("virksomhedspraktik" for praktik).
std::string_view offer_kind_name(std::string_view kind);

// An offer's sector: "private"/"municipal" / "privat"/"kommunal".
std::string_view sector_name(std::string_view sector);

}  // namespace nytte
