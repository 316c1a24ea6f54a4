// weekly-hours' CSV outputs with --csv-bom: the byte-order mark once, before
// the header, and never before another format.
#include "format/hours_format.h"

#include <doctest/doctest.h>

#include "load/rules.h"

using namespace nytte;

namespace {

csv::Format with_bom(char sep) {
  csv::Format f = csv::Format::with_separator(sep);
  f.bom = true;
  return f;
}

}  // namespace

TEST_CASE("HoursWriter: --csv-bom puts the mark before the header, once") {
  std::string s;
  HoursWriter csv(HoursFormat::csv, with_bom(';'));
  csv.begin(s);
  PersonHours p;
  p.id = "a";
  csv.add(p, Period{}, s);
  csv.add(p, Period{}, s);
  csv.end(s);
  CHECK(s.rfind("\xEF\xBB\xBFid;week;from;to;", 0) == 0);
  CHECK(s.find(csv::kBom, 1) == std::string::npos);
  s.clear();
  HoursWriter plain(HoursFormat::csv, csv::Format{});
  plain.begin(s);
  CHECK(s.rfind("id,week,from,to,", 0) == 0);
  s.clear();
  HoursWriter json(HoursFormat::json, with_bom(','));
  json.begin(s);
  json.end(s);
  CHECK(s == "[\n]\n");
}

TEST_CASE("write_days_off: --csv-bom before the CSV header only") {
  RuleSet rules = load_builtin_rules();
  std::string csv = write_days_off(HoursFormat::csv, 2026, rules, with_bom(','));
  CHECK(csv.rfind("\xEF\xBB\xBF"
                  "date,weekday,id,name,kind\n2026-01-01,thu,",
                  0) == 0);
  CHECK(csv.find(csv::kBom, 1) == std::string::npos);
  CHECK(write_days_off(HoursFormat::csv, 2026, rules, csv::Format{}).rfind("date,", 0) == 0);
  CHECK(write_days_off(HoursFormat::json, 2026, rules, with_bom(',')).rfind("[", 0) == 0);
  CHECK(write_days_off(HoursFormat::text, 2026, rules, with_bom(',')).rfind("Holidays", 0) == 0);
}
