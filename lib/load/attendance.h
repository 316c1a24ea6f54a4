// Attendance logs: what each person attended, day by day, as CSV
// (id,date,offer,hours,status) or TOML [[attendance]] tables. Streamed: memory
// does not grow with the number of rows. CSV is read as citizen CSV files are
// (csv.h): ',' or, from a Danish spreadsheet, ';' with decimal comma hours
// ("7,5"); a byte-order mark, CRLF and quoted cells over several lines.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "base/date.h"
#include "base/diagnostic.h"
#include "hours/hours.h"

namespace nytte {

struct AttendanceRow {
  std::string_view id;
  Date date;
  std::string_view offer;
  double hours = 0;
  AttendanceStatus status = AttendanceStatus::present;
  uint32_t line = 0;
};

struct AttendanceReadCounts {
  uint64_t rows = 0;    // good rows passed on
  uint64_t errors = 0;  // bad rows reported
};

// Reads `path` ("-" = standard input): CSV when it ends in .csv (or, for
// standard input, when its first line is not TOML), else TOML. Calls `row`
// for every good row and `error` for every bad one, in file order; a bad row
// never stops the others. Throws Error when the file cannot be read at all.
AttendanceReadCounts read_attendance(const std::string& path,
                                     const std::function<void(const AttendanceRow&)>& row,
                                     const std::function<void(const Diagnostic&)>& error);

// The same over text already in memory (for tests).
AttendanceReadCounts read_attendance_text(std::string_view text, const std::string& file, bool csv,
                                          const std::function<void(const AttendanceRow&)>& row,
                                          const std::function<void(const Diagnostic&)>& error);

}  // namespace nytte
