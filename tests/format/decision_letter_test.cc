// The draft of a decision letter: Danish in every language, marked as a
// draft at both ends, the outcome, the hours and each rule's legal basis.
#include "format/decision_letter.h"

#include <doctest/doctest.h>

#include "load/rules.h"
#include "nytte/i18n.h"

namespace nytte {
namespace {

RuleSet letter_rules() {
  return load_rules_text(R"([ruleset]
id = "brev"
title = "Testkommunens nytteindsats"
version = "2025-01"

[[source]]
id = "s"
title = "En vejledning"
author = "En styrelse"
legal_basis = "LAB § 1"

[[target_group]]
id = "group"
title = "Modtagere af kontanthjælp"
when = 'benefit == "kontanthjaelp" and residence_years_last_10 < 9'
source = "s"
quote = "the group"

[[exemption]]
id = "sick"
title = "Syg"
when = 'has(exemptions) and "health" in exemptions'
source = "s"
legal_basis = "LAB § 2"
quote = "the exemption"

[[hours]]
id = "h"
title = "12,5 timer"
value = '12.5'
source = "s"
quote = "the hours"
)",
                         "brev.toml");
}

std::string letter_of(const RuleSet& rules, const Citizen& c) {
  Decision d;
  decide(rules, c, *Date::parse("2025-09-01"), d);
  std::string out;
  write_decision_letter(d, out);
  return out;
}

bool has(const std::string& text, std::string_view part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("letter: Danish dates, hours and field names whatever the language") {
  set_language(Language::en);
  CHECK(letter_date(*Date::parse("2025-09-01")) == "1. september 2025");
  CHECK(letter_date(*Date::parse("2026-01-31")) == "31. januar 2026");
  CHECK(letter_hours(37) == "37 timer om ugen");
  CHECK(letter_hours(15.3) == "15,3 timer om ugen");
  CHECK(letter_hours(1) == "1 time om ugen");
  CHECK(letter_field("benefit") == "ydelse (`benefit`)");
  CHECK(letter_field("my_own_field") == "`my_own_field`");
}

TEST_CASE("letter: each outcome, with the rules it rests on") {
  set_language(Language::en);  // the letter is Danish all the same
  RuleSet rules = letter_rules();
  Citizen c;
  c.id = "p";
  c.cpr = "1403701234";
  c.benefit = Benefit::kontanthjaelp;
  c.residence_years_last_10 = 3;

  std::string eligible = letter_of(rules, c);
  CHECK(eligible.starts_with(std::string(kLetterDraftMark) + "\n\n"));
  CHECK(eligible.ends_with("\n" + std::string(kLetterDraftMark) + "\n"));
  CHECK(has(eligible, "Sag: p (CPR 140370-****)\n"));
  CHECK_FALSE(has(eligible, "1234"));
  CHECK(has(eligible,
            "pr. 1. september 2025 efter regelsættet „Testkommunens nytteindsats“ "
            "(brev, version 2025-01)."));
  CHECK(has(eligible,
            "Du er omfattet af indsatsen „Testkommunens nytteindsats“, fordi du hører "
            "til målgruppen „Modtagere af kontanthjælp“."));
  CHECK(has(eligible, "Dit timetal er 12,5 timer om ugen efter reglen „12,5 timer“."));
  CHECK(has(eligible,
            "- Målgruppe „Modtagere af kontanthjælp“: retsgrundlag LAB § 1; kilde: En "
            "vejledning (En styrelse).\n"));
  CHECK(has(eligible, "- Timetal „12,5 timer“: retsgrundlag LAB § 1"));
  CHECK_FALSE(has(eligible, "Fritagelse"));

  c.exemptions = std::vector<std::string>{"health"};
  std::string exempt = letter_of(rules, c);
  CHECK(has(exempt,
            "Du er fritaget for indsatsen „Testkommunens "
            "nytteindsats“. Du hører til målgruppen „Modtagere af kontanthjælp“, men du "
            "er fritaget, fordi dette gælder for dig: „Syg“."));
  CHECK(has(exempt, "- Fritagelse „Syg“: retsgrundlag LAB § 2; kilde"));  // the rule's own basis
  CHECK_FALSE(has(exempt, "Timetal"));

  c.exemptions.reset();
  c.residence_years_last_10 = 10;
  std::string not_eligible = letter_of(rules, c);
  CHECK(has(not_eligible,
            "Du er ikke omfattet af indsatsen „Testkommunens nytteindsats“, fordi "
            "du ikke hører til nogen af målgrupperne."));

  c.residence_years_last_10.reset();
  std::string undetermined = letter_of(rules, c);
  CHECK(has(undetermined,
            "Det kan endnu ikke afgøres, om du er omfattet af indsatsen "
            "„Testkommunens nytteindsats“, fordi disse oplysninger mangler: år med "
            "lovligt ophold i Danmark inden for de seneste 10 år "
            "(`residence_years_last_10`)."));
}

TEST_CASE("letter: a further group the data leaves open is named for the caseworker") {
  RuleSet rules = load_rules_text(R"([ruleset]
id = "brev"
title = "Testkommunens nytteindsats"
version = "2025-01"

[[source]]
id = "s"
title = "En vejledning"
legal_basis = "LAB § 1"

[[target_group]]
id = "group"
title = "Modtagere af kontanthjælp"
when = 'benefit == "kontanthjaelp"'
source = "s"
quote = "the group"

[[target_group]]
id = "school"
title = "Uden skolegang"
when = 'school_years < 6'
source = "s"
quote = "the other group"
)",
                                  "brev.toml");
  Citizen c;
  c.id = "p";
  c.benefit = Benefit::kontanthjaelp;
  std::string open = letter_of(rules, c);
  CHECK(has(open, "fordi du hører til målgruppen „Modtagere af kontanthjælp“."));
  CHECK(has(open,
            "- Det er ikke afgjort, om borgeren også hører til målgruppen „Uden skolegang“, "
            "fordi disse oplysninger mangler: "));
  CHECK(has(open, "(`school_years`).\n"));

  c.school_years = 9;  // decided: nothing left open
  CHECK_FALSE(has(letter_of(rules, c), "Det er ikke afgjort"));
}

TEST_CASE("letter: the same in Danish as in English, and the same every time") {
  RuleSet rules = letter_rules();
  Citizen c;
  c.id = "p";
  c.benefit = Benefit::kontanthjaelp;
  c.residence_years_last_10 = 3;
  set_language(Language::en);
  std::string en = letter_of(rules, c);
  set_language(Language::da);
  std::string da = letter_of(rules, c);
  set_language(Language::en);
  CHECK(en == da);
  CHECK(en == letter_of(rules, c));
}

}  // namespace nytte
