// build-package's outputs: the text timetable, JSON, CSV and the TOML plan
// file weekly-hours reads back (the calendar is icalendar.h), and the
// summary lines of a batch. What each holds: docs/packages.md.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "base/date.h"
#include "format/icalendar.h"
#include "format/list.h"
#include "format/output.h"
#include "load/csv.h"
#include "model/rules.h"
#include "schedule/package.h"

namespace nytte {

enum class PackageFormat { text, json, csv, toml, ics };

// "json" -> json, ...; any other name is text.
PackageFormat package_format_of(std::string_view name);

// One person's package, one writer a format. `on` is the date the rules were
// applied on (JSON "on"); `f` the CSV form (--csv-sep).
void write_package_text(const PackageResult& r, const RuleSet& rules, std::string& out);
void write_package_json(const PackageResult& r, const RuleSet& rules, Date on, JsonWriter& j);
void write_package_csv(const PackageResult& r, std::string& out, const csv::Format& f);
void write_package_toml(const PackageResult& r, const RuleSet& rules, std::string& out);

// Everyone's packages in one output: the list's frame (JSON brackets, the
// CSV header, the plan file's opening comment) and each person's package in
// the format asked for. A calendar holds one person (icalendar.h).
class PackageWriter {
 public:
  PackageWriter(PackageFormat format, const RuleSet& rules, const csv::Format& csv,
                const CalendarOptions& calendar);
  void begin(std::string& out);
  void add(const PackageResult& r, Date on, std::string& out);
  void end(std::string& out);

 private:
  PackageFormat format_;
  const RuleSet& rules_;
  csv::Format csv_;
  CalendarOptions calendar_;
  ListWriter list_;
};

// A batch's outcome counted: full packages, short ones (minutes missing, or
// a part short), none, and packages of the stated parts only.
struct PackageTally {
  size_t full = 0, short_ = 0, none = 0, parts_only = 0;
  int64_t missing_minutes = 0;
  void add(const PackageResult& r);
};

// What a batch warns of on standard error, at the record's place
// ("ung-1: 2:00 missing: no seats left: ...").
std::string no_package_message(const PackageResult& r);
std::string short_package_message(const PackageResult& r, const WeeklyPackage& w);
// "nytte: N people with rules R: ... full packages, ...; S seats taken; E errors\n"
std::string package_summary_line(size_t people, const RuleSet& rules, const PackageTally& t,
                                 const SeatBook& seats, uint64_t errors);

}  // namespace nytte
