// A decision as a CSV row: the cells in the header's order, lists joined,
// quoted only where a cell needs it, and the --csv-sep ';' form.
#include <doctest/doctest.h>

#include "format/decision_format.h"
#include "load/rules.h"

namespace nytte {
namespace {

// Two groups that hold for anyone on kontanthjaelp, a data warning that holds
// for everyone and 12.5 hours a week.
RuleSet csv_rules() {
  return load_rules_text(R"([ruleset]
id = "csv"
title = "Test rules"

[[source]]
id = "s"
title = "A source"

[[target_group]]
id = "first"
when = 'benefit == "kontanthjaelp"'
source = "s"
quote = "q"

[[target_group]]
id = "second"
when = 'benefit == "kontanthjaelp"'
source = "s"
quote = "q"

[[warning]]
id = "always"
title = "A warning"
when = 'true'
source = "s"
quote = "q"

[[hours]]
id = "h"
value = '12.5'
source = "s"
quote = "q"
)",
                         "csv.toml");
}

}  // namespace

TEST_CASE("decision CSV: cells, lists and quoting, with either separator") {
  RuleSet rules = csv_rules();
  Citizen c;
  c.id = "a,b";
  c.benefit = Benefit::kontanthjaelp;
  Decision d;
  decide(rules, c, *Date::parse("2025-09-01"), d);
  std::string row;
  write_decision_csv(d, row);
  CHECK(row == "\"a,b\",true,first;second,,12.5,eligible,,always,,,750\n");
  row.clear();
  write_decision_csv(d, row, true, csv::Format::with_separator(';'));
  CHECK(row == "a,b;true;first|second;;12,5;eligible;;always;;;csv;750\n");
  CHECK(decision_csv_header(true, csv::Format::with_separator(';')) ==
        "id;eligible;target_groups;track;required_weekly_hours;status;missing_fields;warnings;"
        "exempt_from;assumptions;rules;required_weekly_minutes\n");
  CHECK(decision_csv_header(false) == kDecisionCsvHeader);
  csv::Format bom;
  bom.bom = true;  // --csv-bom: the header is the start of the file
  CHECK(decision_csv_header(false, bom) == "\xEF\xBB\xBF" + std::string(kDecisionCsvHeader));

  // Not on kontanthjaelp: in no group; the benefit missing: undetermined,
  // the field named (0 hours: not eligible).
  c.benefit = Benefit::su;
  decide(rules, c, *Date::parse("2025-09-01"), d);
  row.clear();
  write_decision_csv(d, row);
  CHECK(row == "\"a,b\",false,,,0,not_eligible,,always,,,0\n");
  c.benefit.reset();
  decide(rules, c, *Date::parse("2025-09-01"), d);
  row.clear();
  write_decision_csv(d, row);
  CHECK(row == "\"a,b\",false,,,0,undetermined,benefit,always,,,0\n");
}

}  // namespace nytte
