// The report writers: hidden cells, widths, hours for people and machines.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include "base/duration.h"
#include "report/report.h"
#include "report_tables.h"

using namespace nytte;
using namespace nytte::test;

TEST_CASE("report writers: hidden cells read <5 and x; widths count æ, ø and å as one") {
  Report r = one_table({3, 40, 12});
  r.sections[0].tables[0].rows[1].cells[0].text = "Æblehaven";
  r.dates = {Date::from_ymd(2025, 9, 1)};
  suppress(r);
  std::string text = write_report_text(r);
  CHECK(text.find("  r0" + std::string(13, ' ') + "<5\n") != std::string::npos);
  CHECK(text.find("  Æblehaven      40\n") != std::string::npos);
  CHECK(text.find("  r2" + std::string(14, ' ') + "x\n") != std::string::npos);
  CHECK(display_width("Æblehaven") == 9);
  CHECK(display_width("Rønnebærparken") == 14);
  std::string csv = write_report_csv(r, ';', true);
  CHECK(csv.find("s;t;r0;r0;people;<5;\n") != std::string::npos);  // no minutes: a count
  std::string json = write_report_json(r);
  CHECK(json.find("\"people\": null") != std::string::npos);
  CHECK(json.find("\"people\": \"<5\"") != std::string::npos);
}

TEST_CASE("report writers: hours as h:mm for people, minutes beside the decimals for machines") {
  // Hours a week of each row's people: 20 minutes (0.33 h) for r1, 28,128 h
  // 20 min in total; r0 and r2 hidden.
  Report r = one_table({3, 40, 12});
  r.dates = {Date::from_ymd(2025, 9, 1)};
  ReportTable& t = r.sections[0].tables[0];
  t.columns.push_back({"hours", "Hours", CellKind::hours});
  const int64_t minutes[] = {20, 20, 450, 1687700};
  for (size_t i = 0; i < t.rows.size(); ++i) {
    ReportCell c;
    c.kind = CellKind::hours;
    c.minutes = minutes[i];
    c.value = minutes_to_hours(minutes[i]);
    c.from = {{-1, 1}};
    t.rows[i].cells.push_back(c);
  }
  suppress(r);  // r0 (3 people) and r2 (its complement) are hidden, their hours too
  REQUIRE(t.rows[0].cells[2].hidden == Hidden::complement);
  REQUIRE(t.rows[2].cells[2].hidden == Hidden::complement);
  std::string text = write_report_text(r);
  CHECK(text.find("  r0         <5         x\n") != std::string::npos);
  CHECK(text.find("  r1         40      0:20\n") != std::string::npos);
  CHECK(text.find("  total      55  28128:20\n") != std::string::npos);
  CHECK(text.find("0.33") == std::string::npos);
  CHECK(text.find("7:30") == std::string::npos);  // r2's 450 minutes
  CHECK(write_report_markdown(r).find("| r1 | 40 | 0:20 |") != std::string::npos);
  CHECK(write_report_html(r).find("<td class=\"n\">28128:20</td>") != std::string::npos);
  std::string json = write_report_json(r);
  CHECK(json.find("\"hours\": 0.33,\n              \"hours_minutes\": 20") != std::string::npos);
  CHECK(json.find("\"hours\": 28128.33,\n              \"hours_minutes\": 1687700") !=
        std::string::npos);
  CHECK(json.find("\"hours\": null,\n              \"hours_minutes\": null") !=
        std::string::npos);  // r0: hidden, the minutes too
  std::string csv = write_report_csv(r, ',', false);
  CHECK(csv.starts_with("section,table,row,label,column,value,minutes\n"));
  CHECK(csv.find("s,t,r0,r0,hours,x,x\n") != std::string::npos);
  CHECK(csv.find("s,t,r2,r2,hours,x,x\n") != std::string::npos);
  CHECK(csv.find("s,t,r1,r1,people,40,\n") != std::string::npos);
  CHECK(csv.find("s,t,r1,r1,hours,0.33,20\n") != std::string::npos);
  CHECK(write_report_csv(r, ';', true).find("s;t;total;total;hours;28128,33;1687700\n") !=
        std::string::npos);
}
