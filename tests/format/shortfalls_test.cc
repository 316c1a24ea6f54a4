// --shortfalls FILE: a row for each phase short of hours and for a person
// without a package; a row for each week below its requirement; nothing
// written when no file is asked for.
#include "format/shortfalls.h"

#include <doctest/doctest.h>

#include "../run/command_run.h"

namespace nytte {
namespace {

TEST_CASE("ShortfallFile of packages: short phases and people without a package") {
  test::RunDir dir("shortfalls-packages");
  std::string path = dir / "short.csv";
  ShortfallFile f(path, ShortfallFile::Of::packages);
  PackageResult none;
  none.id = "a";
  none.problem = "not in the target group on 2025-09-01 (not_eligible)";
  PackageResult short_one;
  short_one.id = "b";
  WeeklyPackage w;
  w.missing_minutes = 90;
  w.shortfall_reasons = {"no seats left: x, y", "time conflicts"};
  short_one.packages.push_back(w);
  short_one.packages.push_back(WeeklyPackage{});  // full: no row
  f.add(none);
  f.add(short_one);
  f.commit();
  CHECK(test::file_text(path) ==
        "id,status,phase,missing_minutes,missing_hours,reason\n"
        "a,no_package,,,,not in the target group on 2025-09-01 (not_eligible)\n"
        "b,short,,90,1.50,\"no seats left: x, y; time conflicts\"\n");
}

TEST_CASE("ShortfallFile with ';': the header and decimal hours in that form") {
  test::RunDir dir("shortfalls-semi");
  std::string path = dir / "short.csv";
  ShortfallFile f(path, ShortfallFile::Of::packages, csv::Format::with_separator(';'));
  PackageResult r;
  r.id = "b";
  WeeklyPackage w;
  w.missing_minutes = 20;
  w.shortfall_reasons = {"x; y"};
  r.packages.push_back(w);
  f.add(r);
  f.commit();
  CHECK(test::file_text(path) ==
        "id;status;phase;missing_minutes;missing_hours;reason\n"
        "b;short;;20;0,33;\"x; y\"\n");
}

TEST_CASE("ShortfallFile with --csv-bom: the mark once, at the start of the file") {
  test::RunDir dir("shortfalls-bom");
  std::string path = dir / "short.csv";
  csv::Format f;
  f.bom = true;
  ShortfallFile file(path, ShortfallFile::Of::packages, f);
  for (const char* id : {"a", "b"}) {
    PackageResult none;
    none.id = id;
    none.problem = "no track";
    file.add(none);
  }
  file.commit();
  CHECK(test::file_text(path) ==
        "\xEF\xBB\xBFid,status,phase,missing_minutes,missing_hours,reason\n"
        "a,no_package,,,,no track\n"
        "b,no_package,,,,no track\n");
}

TEST_CASE("ShortfallFile of weeks: a row for each week below its requirement") {
  test::RunDir dir("shortfalls-weeks");
  std::string path = dir / "short.csv";
  ShortfallFile f(path, ShortfallFile::Of::weeks);
  PersonHours p;
  p.id = "c";
  WeekHours ok;
  ok.week = {2025, 36};
  WeekHours short_week;
  short_week.week = {2025, 38};
  short_week.first = Date::from_ymd(2025, 9, 15);
  short_week.last = Date::from_ymd(2025, 9, 19);
  short_week.required_minutes = 720;
  short_week.attended_minutes = 360;
  short_week.shortfall_minutes = 360;
  short_week.flags = {"unexcused", "short"};
  p.weeks = {ok, short_week};
  f.add(p);
  f.commit();
  CHECK(test::file_text(path) ==
        "id,week,from,to,kind,required_minutes,done_minutes,shortfall_minutes,shortfall_hours,"
        "flags\n"
        "c,2025-W38,2025-09-15,2025-09-19,short,720,360,360,6.00,unexcused;short\n");
}

TEST_CASE("ShortfallFile without a path writes nothing") {
  ShortfallFile f("", ShortfallFile::Of::packages);
  PackageResult r;
  r.id = "a";
  r.problem = "no recipe";
  f.add(r);
  CHECK_NOTHROW(f.commit());
}

}  // namespace
}  // namespace nytte
