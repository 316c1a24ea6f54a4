// A decision as text for people: the answer line for each status, the
// warnings, then the rules tried by section with what they read.
#include <doctest/doctest.h>

#include "format/decision_format.h"
#include "load/rules.h"
#include "nytte/i18n.h"

namespace nytte {
namespace {

RuleSet text_rules() {
  return load_rules_text(R"([ruleset]
id = "text"
title = "Test rules"

[[source]]
id = "s"
title = "A source"
author = "An authority"

[[target_group]]
id = "group"
title = "On kontanthjaelp"
when = 'benefit == "kontanthjaelp"'
source = "s"
quote = "the group"

[[exemption]]
id = "sick"
when = 'has(exemptions) and "health" in exemptions'
source = "s"
quote = "the exemption"

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
quote = "the hours"
)",
                         "text.toml");
}

std::string text_of(const RuleSet& rules, const Citizen& c) {
  Decision d;
  decide(rules, c, *Date::parse("2025-09-01"), d);
  std::string out;
  DecisionPrinter(DecisionFormat{}).text(d, out);
  return out;
}

}  // namespace

TEST_CASE("decision text: the answer first, then each rule tried") {
  RuleSet rules = text_rules();
  Citizen c;
  c.id = "p";
  c.benefit = Benefit::kontanthjaelp;
  CHECK(text_of(rules, c) ==
        "p - rules text on 2025-09-01\n"
        "  ELIGIBLE: in group; track none; 12:30 a week\n"
        "  warning: A warning [always]\n"
        "\n Target groups\n"
        "  ✔ group: On kontanthjaelp\n"
        "      if benefit == \"kontanthjaelp\"\n"
        "      read: benefit = kontanthjaelp\n"
        "      source: A source (An authority)\n"
        "      “the group”\n"
        "\n Exemptions\n"
        "  ✘ sick\n"
        "      if has(exemptions) and \"health\" in exemptions\n"
        "      read: has(exemptions) = false, exemptions = missing\n"
        "      source: A source (An authority)\n"
        "      “the exemption”\n"
        "\n Weekly hours\n"
        "  ✔ h\n"
        "      value 12.5\n"
        "      = 12:30 a week\n"
        "      source: A source (An authority)\n"
        "      “the hours”\n");

  c.exemptions = std::vector<std::string>{"health"};
  CHECK(text_of(rules, c).find("  NOT ELIGIBLE: in group but exempt (sick)\n") !=
        std::string::npos);
  c.benefit = Benefit::su;
  CHECK(text_of(rules, c).find("  NOT ELIGIBLE: in no target group\n") != std::string::npos);
  c.exemptions.reset();
  c.benefit.reset();
  CHECK(text_of(rules, c).find("  UNDETERMINED: data missing: benefit\n") != std::string::npos);
}

TEST_CASE("decision text in Danish: titles, Danish hours and dates, labels translated") {
  RuleSet rules = text_rules();
  Citizen c;
  c.id = "p";
  c.benefit = Benefit::kontanthjaelp;
  set_language(Language::da);
  std::string da = text_of(rules, c);
  set_language(Language::en);
  CHECK(
      da.starts_with("p – regelsæt text den 1. september 2025\n"
                     "  OMFATTET: målgruppe „On kontanthjaelp“; spor intet; 12,5 timer om "
                     "ugen\n"
                     "  advarsel: A warning [always]\n"
                     "\n Målgrupper\n"
                     "  ✔ group: On kontanthjaelp\n"
                     "      hvis benefit == \"kontanthjaelp\"\n"
                     "      læst: benefit = kontanthjaelp (kontanthjælp)\n"
                     "      kilde: A source (An authority)\n"));
  CHECK(da.find("      = 12,5 timer om ugen\n") != std::string::npos);
  // English is as it was.
  CHECK(
      text_of(rules, c).starts_with("p - rules text on 2025-09-01\n"
                                    "  ELIGIBLE: in group; track none; 12:30 a week\n"));
}

}  // namespace nytte
