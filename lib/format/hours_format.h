// weekly-hours' outputs: each person's weeks in text, JSON or CSV, the
// list's frame, and the public holidays and closing days of a year
// (--holidays). What each holds: docs/hours.md.
#pragma once

#include <string>
#include <string_view>

#include "format/list.h"
#include "format/output.h"
#include "hours/hours.h"
#include "hours/hours_batch.h"
#include "load/csv.h"
#include "model/rules.h"

namespace nytte {

enum class HoursFormat { text, json, csv };

// "json" -> json, "csv" -> csv; any other name is text.
HoursFormat hours_format_of(std::string_view name);

// One person's weeks over `period`; `f` the CSV form (--csv-sep).
void write_hours_text(const PersonHours& p, std::string& out);
void write_hours_json(const PersonHours& p, Period period, JsonWriter& j);
void write_hours_csv(const PersonHours& p, std::string& out, const csv::Format& f);

// Everyone's weeks in one output: the list's frame (JSON brackets, the CSV
// header, a blank line between people in text) and each person's weeks.
class HoursWriter {
 public:
  HoursWriter(HoursFormat format, const csv::Format& csv);
  void begin(std::string& out);
  void add(const PersonHours& p, Period period, std::string& out);
  void end(std::string& out);

 private:
  HoursFormat format_;
  csv::Format csv_;
  ListWriter list_;
};

// The public holidays of `year` and the rule set's closing days, whole.
std::string write_days_off(HoursFormat format, int year, const RuleSet& rules,
                           const csv::Format& csv);

// The batch's line on standard error: "nytte: N people with rules R: S
// below the requirement in W weeks (...); attendance: ROWS rows counted,
// ...; E errors\n" (`attendance` null: no log read).
std::string hours_summary_line(const HoursTally& t, const RuleSet& rules,
                               const AttendanceLog* attendance, uint64_t errors);

}  // namespace nytte
