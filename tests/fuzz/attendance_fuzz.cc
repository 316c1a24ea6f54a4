// Attendance logs, built twice: attendance_csv_fuzz (NYTTE_FUZZ_CSV=1: CSV,
// id,date,offer,hours,status with ',' or a Danish spreadsheet's ';' and
// decimal commas, quoted cells over several lines) and attendance_toml_fuzz
// ([[attendance]] tables). No crash, every bad row reported at a line and
// column inside the file, and the counts the reader returns are the rows and
// errors it gave.
#include "fuzz_support.h"
#include "load/attendance.h"

namespace nytte::fuzz {
namespace {

void read_log(std::string_view text, bool csv) {
  size_t lines = count_lines(text);
  uint64_t rows = 0, errors = 0;
  AttendanceReadCounts n = read_attendance_text(
      text, csv ? "fuzz.csv" : "fuzz.toml", csv,
      [&](const AttendanceRow& r) {
        if (r.line < 1 || r.line > lines) broken("a row outside the file");
        ++rows;
      },
      [&](const Diagnostic& d) {
        if (d.pos.line != 0) check_position(d, lines);
        ++errors;
      });
  if (n.rows != rows || n.errors != errors) broken("counts differ from the rows and errors given");
}

}  // namespace
}  // namespace nytte::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  nytte::fuzz::read_log(text, NYTTE_FUZZ_CSV != 0);
  return 0;
}
