// The words of a report: Danish for people when the language is Danish,
// English for the machine formats in every language.
#include "report/words.h"

#include <doctest/doctest.h>

#include <fmt/format.h>
#include "../in_language.h"

#include "load/rules.h"
#include "nytte/i18n.h"
#include "report/report.h"

using namespace nytte;
using nytte::reporting::Words;

namespace {

constexpr const char* kRules = R"(
[ruleset]
id = "ord"
title = "Ord"

[[source]]
id = "s"
title = "A source"

[[target_group]]
id = "ledige"
title = "Ledige borgere"
when = 'category == "jobparat"'
source = "s"
quote = "q"

[[track]]
id = "fuld"
title = "Fuld tid"
groups = ["ledige"]
hours = '37'
source = "s"
quote = "q"
)";

Report report_of(const RuleSet& rules, bool local_words) {
  ReportOptions o;
  o.dates = {Date::from_ymd(2025, 9, 1), Date::from_ymd(2024, 6, 1)};
  o.packages = false;
  o.local_words = local_words;
  ReportTally tally(rules, o);
  for (int i = 0; i < 1506; ++i) {
    Citizen c;
    c.id = fmt::format("p{}", i);
    c.category = Category::jobparat;
    c.benefit = Benefit::kontanthjaelp;
    tally.add(c);
  }
  Report r = make_report(rules, o, tally, 0, false, 0);
  suppress(r);
  return r;
}

}  // namespace

TEST_CASE("report words: Danish for people, English for programs") {
  RuleHeader h;
  h.id = "fuld";
  h.title = "Fuld tid";
  {
    InLanguage da(Language::da);
    Words people{true}, programs{false};
    CHECK(people.danish());
    CHECK(std::string(people.tr("Total")) == "I alt");
    CHECK(people.trf_plural("{} attendance row not read", "{} attendance rows not read", 2,
                            people.count(2)) == "2 rækker i fremmødeloggen ikke læst");
    CHECK(people.count(1506) == "1.506");
    CHECK(people.date(Date::from_ymd(2025, 9, 1)) == "1. september 2025");
    CHECK(people.name(h) == "Fuld tid");
    CHECK(people.code(benefit_codes(), "kontanthjaelp") == "kontanthjælp");
    CHECK(!programs.danish());
    CHECK(std::string(programs.tr("Total")) == "Total");
    CHECK(programs.plural_noun(2, "person", "people") == "people");
    CHECK(programs.count(1506) == "1506");
    CHECK(programs.date(Date::from_ymd(2025, 9, 1)) == "2025-09-01");
    CHECK(programs.name(h) == "fuld");
    CHECK(programs.code(benefit_codes(), "kontanthjaelp") == "kontanthjaelp");
  }
  InLanguage en(Language::en);
  Words people{true};
  CHECK(std::string(people.tr("Total")) == "Total");
  CHECK(people.count(1506) == "1506");
  CHECK(people.name(h) == "fuld");
  h.title.clear();
  CHECK(people.name(h) == "fuld");
}

TEST_CASE("report words: the Danish report; JSON and CSV the same in every language") {
  RuleSet rules = load_rules_text(kRules, "ord.toml");
  std::string en_text, en_json, en_csv, en_table;
  {
    InLanguage en(Language::en);
    en_text = write_report_text(report_of(rules, true));
    CHECK(en_text == write_report_text(report_of(rules, false)));
    Report machine = report_of(rules, false);
    en_json = write_report_json(machine);
    en_csv = write_report_csv(machine, csv::Format{});
    en_table = write_report_csv_table(machine, csv::Format{});
    CHECK(en_text.find("  fuld ") != std::string::npos);
    CHECK(en_text.find("1,506") != std::string::npos);
    CHECK(write_report_html(report_of(rules, true)).find("<html lang=\"en\">") !=
          std::string::npos);
  }
  InLanguage da(Language::da);
  Report machine = report_of(rules, false);
  CHECK(write_report_json(machine) == en_json);
  CHECK(write_report_csv(machine, csv::Format{}) == en_csv);
  CHECK(write_report_csv_table(machine, csv::Format{}) == en_table);

  Report people = report_of(rules, true);
  std::string text = write_report_text(people);
  CHECK(
      text.starts_with("nytte-rapport\nRegelsæt ord (Ord), den 1. september 2025 sammenlignet "
                       "med 1. juni 2024\n"));
  CHECK(text.find("== Hvem er omfattet ==") != std::string::npos);
  CHECK(text.find("  Ledige borgere") != std::string::npos);  // the title, not "ledige"
  CHECK(text.find("  Fuld tid") != std::string::npos);
  CHECK(text.find("1. september 2025") != std::string::npos);
  CHECK(text.find("1.506") != std::string::npos);
  CHECK(text.find("100 %") != std::string::npos);
  CHECK(text.find("kontanthjælp") != std::string::npos);
  CHECK(text.find("  I alt") != std::string::npos);
  CHECK(text.find("Total") == std::string::npos);
  std::string md = write_report_markdown(people);
  CHECK(md.starts_with("# nytte-rapport: ord\n"));
  CHECK(md.find("| Borgere 1. september 2025 |") != std::string::npos);
  std::string html = write_report_html(people);
  CHECK(html.find("<html lang=\"da\">") != std::string::npos);
  CHECK(html.find("1.506 borgere") != std::string::npos);
}
