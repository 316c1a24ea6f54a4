// Attendance logs read as citizen CSV files are: the log a Danish spreadsheet
// exports (';', decimal comma, a byte-order mark, CRLF) gives the same rows
// as the plain CSV one, and a quoted cell over several lines is one row.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "load/attendance.h"

using namespace nytte;

namespace {

struct Read {
  std::vector<AttendanceRow> rows;
  std::vector<std::string> ids, offers, errors;
  AttendanceReadCounts counts;
};

Read read_csv(std::string_view text) {
  Read r;
  r.counts = read_attendance_text(
      text, "log.csv", true,
      [&](const AttendanceRow& row) {
        r.rows.push_back(row);
        r.ids.emplace_back(row.id);
        r.offers.emplace_back(row.offer);
      },
      [&](const Diagnostic& d) { r.errors.push_back(d.str()); });
  return r;
}

}  // namespace

TEST_CASE("attendance: a Danish spreadsheet's log reads as the plain CSV one") {
  Read plain = read_csv(
      "id,date,offer,hours,status\n"
      "a,2025-09-01,praktik,7.5,present\n"
      "a,2025-09-02,praktik,4,sick\n"
      "b,2025-09-01,\"dansk, hold 2\",0.25,approved_absence\n");
  Read danish = read_csv(
      "\xEF\xBB\xBFid;date;offer;hours;status\r\n"
      "a;2025-09-01;praktik;7,5;present\r\n"
      "a;2025-09-02;praktik;4;sick\r\n"
      "b;2025-09-01;dansk, hold 2;0,25;approved_absence\r\n");
  CHECK(plain.errors.empty());
  CHECK(danish.errors.empty());
  REQUIRE(danish.rows.size() == 3);
  REQUIRE(plain.rows.size() == 3);
  for (size_t i = 0; i < 3; ++i) {
    CHECK(danish.ids[i] == plain.ids[i]);
    CHECK(danish.offers[i] == plain.offers[i]);
    CHECK(danish.rows[i].date == plain.rows[i].date);
    CHECK(danish.rows[i].hours == plain.rows[i].hours);
    CHECK(danish.rows[i].status == plain.rows[i].status);
    CHECK(danish.rows[i].line == plain.rows[i].line);
  }
  CHECK(danish.rows[0].hours == 7.5);
  CHECK(danish.offers[2] == "dansk, hold 2");
}

TEST_CASE("attendance: a quoted cell with a line end is one row, numbered by its first line") {
  Read r = read_csv(
      "id;date;offer;hours;status\r\n"
      "a;2025-09-01;\"praktik\r\nhos Brugsen\";7,5;present\r\n"
      "a;2025-09-02;praktik;seven;present\r\n"
      "b;2025-09-03;\"a \"\"quoted\"\"\nname\";3;sick\n");
  CHECK(r.counts.rows == 2);
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[0].line == 2);
  CHECK(r.offers[0] == "praktik\r\nhos Brugsen");
  CHECK(r.rows[1].line == 5);
  CHECK(r.offers[1] == "a \"quoted\"\nname");
  REQUIRE(r.errors.size() == 1);
  // The line after the two-line row, and the hint in the log's own form.
  CHECK(r.errors[0] == "log.csv:4:22: error: hours must be a number like 7,4, found 'seven'");
}

TEST_CASE("attendance: with ',' a decimal comma is not a number") {
  Read r = read_csv("id,date,hours,status\na,2025-09-01,\"7,5\",present\n");
  CHECK(r.rows.empty());
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0] == "log.csv:2:14: error: hours must be a number like 7.4, found '7,5'");
}

TEST_CASE("attendance: a quoted cell never closed is reported at its start") {
  Read r = read_csv("id;date;offer;hours;status\na;2025-09-01;\"praktik;4;present\n");
  CHECK(r.rows.empty());
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].starts_with("log.csv:2:14: error: stray quote: the quoted cell opened here"));
}

TEST_CASE("attendance: a cell after a line end inside quotes is placed on its own line") {
  Read r = read_csv("id;date;offer;status;hours\na;2025-09-01;\"x\ny\";present;25\n");
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0] == "log.csv:3:12: error: hours must be between 0 and 24 a day, found 25");
}
