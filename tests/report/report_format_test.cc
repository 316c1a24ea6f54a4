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
  std::string csv = write_report_csv(r, csv::Format::with_separator(';'));
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
  std::string csv = write_report_csv(r, csv::Format{});
  CHECK(csv.starts_with("section,table,row,label,column,value,minutes\n"));
  CHECK(csv.find("s,t,r0,r0,hours,x,x\n") != std::string::npos);
  CHECK(csv.find("s,t,r2,r2,hours,x,x\n") != std::string::npos);
  CHECK(csv.find("s,t,r1,r1,people,40,\n") != std::string::npos);
  CHECK(csv.find("s,t,r1,r1,hours,0.33,20\n") != std::string::npos);
  CHECK(write_report_csv(r, csv::Format::with_separator(';'))
            .find("s;t;total;total;hours;28128,33;1687700\n") != std::string::npos);
}

TEST_CASE("report CSV table form: each table as on screen, the same cells hidden") {
  // r0 (3 people) is hidden, r2 with it; shares of 55, hours, a number.
  Report r = one_table({3, 40, 12});
  r.dates = {Date::from_ymd(2025, 9, 1)};
  ReportSection& s = r.sections[0];
  s.title = "Status";
  ReportTable& t = s.tables[0];
  t.title = "People";
  t.columns.push_back({"share", "Share", CellKind::share});
  t.columns.push_back({"hours", "Hours", CellKind::hours});
  t.columns.push_back({"fte", "FTE", CellKind::number});
  const int64_t minutes[] = {20, 1234567 * 60, 450, 1687700};
  for (size_t i = 0; i < t.rows.size(); ++i) {
    t.rows[i].cells.push_back(share_cell(t.rows[i].cells[1].value / 55, 1));
    ReportCell h;
    h.kind = CellKind::hours;
    h.minutes = minutes[i];
    h.value = minutes_to_hours(minutes[i]);
    h.from = {{-1, 1}};
    t.rows[i].cells.push_back(h);
    ReportCell fte;
    fte.kind = CellKind::number;
    fte.value = 1234.5 * static_cast<double>(i);
    fte.from = {{-1, 1}};
    t.rows[i].cells.push_back(fte);
  }
  ReportTable none = t;
  none.id = "none";
  none.title = "Nobody";
  none.rows.clear();
  s.tables.push_back(none);  // `t` no longer refers to the table
  suppress(r);
  REQUIRE(hidden(r, 0, 0) == Hidden::small);
  REQUIRE(hidden(r, 0, 2) == Hidden::complement);

  std::string csv = write_report_csv_table(r, csv::Format{});
  CHECK(csv.find("\nStatus – People\nKey,People,Share,Hours,FTE\n") != std::string::npos);
  CHECK(csv.find("\nr0,<5,x,x,x\n") != std::string::npos);  // as the text hides them
  CHECK(csv.find("\nr1,40,72.7%,1234567:00,1234.5\n") != std::string::npos);  // no grouping
  CHECK(csv.find("\nr2,x,x,x,x\n") != std::string::npos);
  CHECK(csv.find("\ntotal,55,100%,28128:20,3703.5\n") != std::string::npos);
  // An empty table: its "(none)" row as wide as the header; the tables apart.
  CHECK(csv.find("\n\nStatus – Nobody\nKey,People,Share,Hours,FTE\n(none),,,,\n") !=
        std::string::npos);
  CHECK(csv.rfind("nytte report\n", 0) == 0);
  CHECK(write_report_text(r).find("1,234,567:00") == std::string::npos);

  // ';': decimal commas; --csv-bom: the mark once, at the start.
  csv::Format danish = csv::Format::with_separator(';');
  danish.bom = true;
  std::string semi = write_report_csv_table(r, danish);
  CHECK(semi.rfind("\xEF\xBB\xBFnytte report\n", 0) == 0);
  CHECK(semi.find(csv::kBom, 1) == std::string::npos);
  CHECK(semi.find("\nr1;40;72,7%;1234567:00;1234,5\n") != std::string::npos);
  std::string long_form = write_report_csv(r, danish);
  CHECK(long_form.rfind("\xEF\xBB\xBFsection;table;row;", 0) == 0);
  CHECK(long_form.find(csv::kBom, 1) == std::string::npos);
}
