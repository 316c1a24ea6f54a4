// Deciding: groups and the exemptions that cover them, hours stated or not,
// municipal groups and their municipality, phase-in dates and data warnings.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>

#include "decide/eligibility.h"
#include "format/decision_format.h"
#include "load/rules.h"

using namespace nytte;

namespace {

// A national-like part (group "state" with its own hours and an exemption
// of its own) and a municipal part (group "local", kommunekode 751, with a
// track that states no hours but a cap and a stated part).
constexpr std::string_view kRules = R"(
[ruleset]
id = "t"
title = "Test"
municipality = "751"

[[source]]
id = "s"
title = "A source"
author = "An authority"
date = 2024-06-11

[[target_group]]
id = "state"
when = 'benefit == "kontanthjaelp" and residence_years_last_10 < 9'
phased_in_by = 2026-01-01
valid_from = 2025-07-01
source = "s"
quote = "q"

[[target_group]]
id = "local"
when = 'category == "jobparat"'
source = "s"
quote = "q"

[[exemption]]
id = "only_state"
when = 'has(exemptions) and "ukraine_special_act" in exemptions'
groups = ["state"]
source = "s"
quote = "q"

[[exemption]]
id = "everything"
when = 'has(work_capacity_hours) and work_capacity_hours <= 0'
source = "s"
quote = "q"

[[exemption_code]]
id = "ukraine_special_act"
title = "Ukraine"

[[warning]]
id = "stale"
title = "stale benefit code"
valid_from = 2025-07-01
when = 'benefit == "hjemrejseydelse"'
source = "s"
quote = "q"

[[track]]
id = "local_track"
groups = ["local"]
max_hours = 'min(37, work_capacity_hours)'
hours_parts = [{ title = "Danish", kind = "dansk", hours = 5 }]
source = "s"
quote = "q"

[[track]]
id = "state_track"
groups = ["state"]
source = "s"
quote = "q"

[[hours]]
id = "state_hours"
groups = ["state"]
value = 'min(37, work_capacity_hours)'
source = "s"
quote = "q"
)";

Citizen person() {
  Citizen c;
  c.id = std::string(1, 'p');
  c.benefit = Benefit::kontanthjaelp;
  c.residence_years_last_10 = 5;
  c.municipality = "751";
  c.category = Category::aktivitetsparat;
  return c;
}

Date day(int y, int m, int d) {
  return Date::from_ymd(y, m, d);
}

const RuleSet& rules() {
  static const RuleSet rs = load_rules_text(kRules, "t.toml");
  return rs;
}

bool has(const std::vector<std::string_view>& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

}  // namespace

TEST_CASE("an hours rule for some groups is not borrowed by others: hours not stated") {
  Decision d;
  Citizen c = person();
  c.benefit = Benefit::su;  // not in "state"
  c.category = Category::jobparat;
  decide(rules(), c, day(2025, 9, 1), d);
  CHECK(d.status == Status::eligible);
  REQUIRE(d.track != nullptr);
  CHECK(d.track->h.id == "local_track");
  CHECK_FALSE(d.required_weekly_hours.has_value());
  CHECK_FALSE(d.hours_stated);
  REQUIRE(d.max_weekly_hours.has_value());
  CHECK(*d.max_weekly_hours == 37);
  // work_capacity_hours was not recorded: the cap read it as 37, and says so.
  REQUIRE(d.assumptions.size() == 1);
  CHECK(d.assumptions[0].field == "work_capacity_hours");

  std::string csv;
  write_decision_csv(d, csv);
  CHECK(csv == "p,true,local,local_track,,eligible,,,,work_capacity_hours=37,\n");
  ByteBuffer line;
  DecisionFormat f;
  DecisionPrinter printer(f);
  printer.json_line(d, line);
  std::string json(line.view());
  CHECK(json.find("\"required_weekly_hours\":null") != std::string::npos);
  CHECK(json.find("\"required_weekly_hours\":null,\"required_weekly_minutes\":null") !=
        std::string::npos);
  CHECK(json.find("\"hours_stated\":false,\"max_weekly_hours\":37,\"max_weekly_minutes\":2220") !=
        std::string::npos);
  CHECK(json.find("\"hours_parts\":[{\"title\":\"Danish\",\"kind\":\"dansk\",\"hours\":5,"
                  "\"minutes\":300}]") != std::string::npos);
  std::string text;
  printer.text(d, text);
  CHECK(text.find("hours not stated by the source (at most 37:00 a week)") != std::string::npos);
  CHECK(text.find("stated part: Danish 5:00 a week") != std::string::npos);
  CHECK(text.find("A source (An authority, 2024-06-11)") != std::string::npos);
}

TEST_CASE("a person in a group with an hours rule gets its hours") {
  Decision d;
  Citizen c = person();
  c.work_capacity_hours = 20;
  decide(rules(), c, day(2025, 9, 1), d);
  CHECK(d.status == Status::eligible);
  CHECK(d.track->h.id == "state_track");
  CHECK(d.hours_stated);
  CHECK(d.required_weekly_hours == 20);
  CHECK(d.assumptions.empty());
  // Before the group's date, in no group and 0 hours (not eligible).
  decide(rules(), c, day(2025, 6, 30), d);
  CHECK(d.status == Status::not_eligible);
  CHECK(d.required_weekly_hours == 0);
}

TEST_CASE("hours in every format: h:mm in text, whole minutes beside the decimals") {
  // A work capacity of 15.3 hours is 15 h 18 min (918 minutes), as
  // build-package and weekly-hours count it (docs/hours.md).
  Citizen c = person();
  c.work_capacity_hours = 15.3;
  Decision d;
  decide(rules(), c, day(2025, 9, 1), d);
  REQUIRE(d.status == Status::eligible);
  for (bool explain : {false, true}) {
    DecisionFormat f;
    f.explain = explain;
    DecisionPrinter printer(f);
    ByteBuffer line;
    printer.json_line(d, line);
    std::string json(line.view());
    CAPTURE(explain);
    CHECK(json.find("\"required_weekly_hours\":15.3,\"required_weekly_minutes\":918,") !=
          std::string::npos);
    CHECK(json.find("\"max_weekly_hours\":null,\"max_weekly_minutes\":null,") != std::string::npos);
    CHECK(json.find("\"value\":15.3,\"value_minutes\":918,") != std::string::npos);
    std::string text;
    printer.text(d, text);
    CHECK(text.find("track state_track; 15:18 a week\n") != std::string::npos);
    CHECK(text.find("      = 15:18 a week\n") != std::string::npos);
    CHECK(text.find("15.3 hours") == std::string::npos);
  }
  // Hours not in tenths take the general way: the nearest minute, in the
  // line and in the indented form.
  for (double hours : {15.33, 0.25}) {
    Citizen other = person();
    other.work_capacity_hours = hours;
    Decision od;
    decide(rules(), other, day(2025, 9, 1), od);
    DecisionPrinter printer{DecisionFormat{}};
    ByteBuffer line;
    printer.json_line(od, line);
    std::string pretty;
    printer.json(od, pretty, 2);
    std::string_view minutes = hours > 1 ? "920" : "15";
    CHECK(std::string(line.view()).find(fmt::format("\"required_weekly_minutes\":{},", minutes)) !=
          std::string::npos);
    CHECK(pretty.find(fmt::format("\n  \"required_weekly_minutes\": {},\n", minutes)) !=
          std::string::npos);
    CHECK(pretty.find(fmt::format("\"value_minutes\": {},\n", minutes)) != std::string::npos);
  }
  // CSV: the minutes last, after the columns scripts read by position.
  std::string csv;
  write_decision_csv(d, csv);
  CHECK(csv == "p,true,state,state_track,15.3,eligible,,,,,918\n");
  csv.clear();
  write_decision_csv(d, csv, true, csv::Format::with_separator(';'));
  CHECK(csv == "p;true;state;state_track;15,3;eligible;;;;;t;918\n");
  CHECK(decision_csv_header(false) ==
        "id,eligible,target_groups,track,required_weekly_hours,status,missing_fields,warnings,"
        "exempt_from,assumptions,required_weekly_minutes\n");
  CHECK(decision_csv_header(true).ends_with(",assumptions,rules,required_weekly_minutes\n"));
}

TEST_CASE("an exemption covers only its groups") {
  Decision d;
  Citizen c = person();
  c.category = Category::jobparat;
  c.exemptions = std::vector<std::string>{"ukraine_special_act"};
  decide(rules(), c, day(2025, 9, 1), d);
  // Exempt from "state", still in "local".
  CHECK(d.status == Status::eligible);
  CHECK(has(d.target_groups, "state"));
  CHECK(has(d.target_groups, "local"));
  CHECK(d.exempt_from == std::vector<std::string_view>{"state"});
  CHECK(d.track->h.id == "local_track");
  CHECK_FALSE(d.hours_stated);  // the state's hours are not the local group's

  c.category = Category::aktivitetsparat;  // only "state": exempt
  decide(rules(), c, day(2025, 9, 1), d);
  CHECK(d.status == Status::exempt);
  CHECK_FALSE(d.eligible);
  CHECK(d.required_weekly_hours == 0);
  std::string csv;
  write_decision_csv(d, csv);
  CHECK(csv == "p,false,state,,0,exempt,,,state,,0\n");

  // The residence figure missing: "state" is undecided, but the exemption
  // covers it whatever the figure, so the answer is exempt, not undetermined.
  c.residence_years_last_10.reset();
  decide(rules(), c, day(2025, 9, 1), d);
  CHECK(d.status == Status::exempt);
  CHECK(d.missing_fields.empty());
}

TEST_CASE("an exemption without groups covers every group: 0 hours' capacity is exempt") {
  Decision d;
  Citizen c = person();
  c.category = Category::jobparat;
  c.work_capacity_hours = 0;
  decide(rules(), c, day(2025, 9, 1), d);
  CHECK(d.status == Status::exempt);
  CHECK(d.exempt_from.size() == 2);
  c.work_capacity_hours = 0.5;
  decide(rules(), c, day(2025, 9, 1), d);
  CHECK(d.status == Status::eligible);
  CHECK(d.required_weekly_hours == 0.5);
}

TEST_CASE("an undecided exemption leaves only the groups it covers open") {
  constexpr std::string_view kOpen = R"(
[ruleset]
id = "o"
title = "O"
[[source]]
id = "s"
title = "S"
[[target_group]]
id = "a"
when = 'benefit == "kontanthjaelp"'
source = "s"
[[target_group]]
id = "b"
when = 'benefit == "kontanthjaelp" and category == "jobparat"'
source = "s"
[[exemption]]
id = "x"
when = 'school_years < 3'
groups = ["a"]
source = "s"
)";
  RuleSet rs = load_rules_text(kOpen, "o.toml");
  Citizen c = person();
  Decision d;
  decide(rs, c, day(2025, 9, 1), d);  // in a; school_years missing: open
  CHECK(d.status == Status::undetermined);
  CHECK(d.missing_fields == std::vector<std::string_view>{"school_years"});
  c.category = Category::jobparat;  // also in b, which x does not cover
  decide(rs, c, day(2025, 9, 1), d);
  CHECK(d.status == Status::eligible);
  CHECK(d.missing_fields.empty());
}

TEST_CASE("a municipality's group is not tried for a person recorded elsewhere") {
  Decision d;
  Citizen c = person();
  c.benefit = Benefit::su;
  c.category = Category::jobparat;
  c.municipality = "101";
  decide(rules(), c, day(2025, 9, 1), d);
  CHECK(d.status == Status::not_eligible);
  bool said = false;
  for (const Reason& r : d.reasons) said = said || (r.rule->id == "local" && r.other_municipality);
  CHECK(said);
  DecisionFormat f;
  DecisionPrinter printer(f);
  std::string text;
  printer.text(d, text);
  CHECK(text.find("not for this person: recorded in municipality 101; the group is Aarhus's own "
                  "(751)") != std::string::npos);
  ByteBuffer line;
  printer.json_line(d, line);
  CHECK(std::string(line.view())
            .find("\"municipality\":{\"recorded\":\"101\",\"rule_set\":\"751\"}") !=
        std::string::npos);

  // Not recorded: tried as if the person lived there, and the assumption stated.
  c.municipality.reset();
  decide(rules(), c, day(2025, 9, 1), d);
  CHECK(d.status == Status::eligible);
  REQUIRE_FALSE(d.assumptions.empty());
  CHECK(d.assumptions[0].field == "municipality");
  CHECK(d.assumptions[0].value == "751");
  text.clear();
  printer.text(d, text);
  CHECK(text.find("assumed: municipality not recorded: assumed to be 751 (Aarhus)") !=
        std::string::npos);
}

TEST_CASE("phase-in dates are shown while they are ahead") {
  Decision d;
  Citizen c = person();
  c.work_capacity_hours = 37;
  decide(rules(), c, day(2025, 12, 31), d);
  REQUIRE(d.phase_in.size() == 1);
  CHECK(d.phase_in[0]->h.id == "state");
  decide(rules(), c, day(2026, 1, 1), d);
  CHECK(d.phase_in.empty());
}

TEST_CASE("a data warning is given whatever the outcome, in every format") {
  Decision d;
  Citizen c = person();
  c.benefit = Benefit::hjemrejseydelse;
  decide(rules(), c, day(2025, 6, 30), d);
  CHECK(d.warnings.empty());
  decide(rules(), c, day(2025, 7, 1), d);
  CHECK(d.status == Status::not_eligible);
  REQUIRE(d.warnings.size() == 1);
  std::string csv;
  write_decision_csv(d, csv, true);
  CHECK(csv == "p,false,,,0,not_eligible,,stale,,,t,0\n");
  DecisionFormat f;
  DecisionPrinter printer(f);
  ByteBuffer line;
  printer.json_line(d, line);
  CHECK(std::string(line.view())
            .find("\"warnings\":[{\"id\":\"stale\",\"message\":\"stale benefit "
                  "code\",\"source\":\"s\"}]") != std::string::npos);
  std::string text;
  printer.text(d, text);
  CHECK(text.find("warning: stale benefit code [stale]") != std::string::npos);
}

TEST_CASE("the new keys are checked when the file loads") {
  auto error = [](std::string_view text) {
    try {
      load_rules_text(text, "e.toml");
    } catch (const Error& e) {
      return e.diagnostic().str();
    }
    return std::string("(loaded)");
  };
  std::string head =
      "[ruleset]\nid = \"e\"\ntitle = \"E\"\n[[source]]\nid = \"s\"\ntitle = \"S\"\n"
      "[[target_group]]\nid = \"g\"\nwhen = 'true'\nsource = \"s\"\n";
  CHECK(error(head + "[[exemption]]\nid = \"x\"\nwhen = 'true'\ngroups = [\"gg\"]\n") ==
        "e.toml:14:11: error: unknown target group 'gg'; did you mean 'g'?");
  CHECK(error(head + "[[warning]]\nid = \"w\"\nwhen = 'true'\n") ==
        "e.toml:11:1: error: a [[warning]] needs a 'title': the message a caseworker reads");
  CHECK(error(head + "[[track]]\nid = \"t\"\nhours_parts = [{ title = \"D\" }]\n") ==
        "e.toml:13:16: error: a part of 'hours_parts' needs 'hours'");
  CHECK(error(head + "[[hours]]\nid = \"h\"\nvalue = '1'\ngroups = [\"g\"]\n") == "(loaded)");
}

TEST_CASE("the text names the thresholds compared with and the values assumed") {
  constexpr std::string_view kWith = R"(
[ruleset]
id = "k"
title = "K"
[[source]]
id = "s"
title = "S"
[constants]
min_age = 18
[[target_group]]
id = "g"
when = 'age() >= min_age'
source = "s"
[[hours]]
id = "h"
value = 'min(37, work_capacity_hours)'
source = "s"
)";
  RuleSet rs = load_rules_text(kWith, "k.toml");
  Citizen c = person();
  c.birth_date = day(1980, 1, 1);
  Decision d;
  decide(rs, c, day(2025, 9, 1), d);
  DecisionFormat f;
  DecisionPrinter printer(f);
  std::string text;
  printer.text(d, text);
  CHECK(text.find("compared with: min_age = 18\n") != std::string::npos);
  CHECK(text.find("work_capacity_hours = 37 (not recorded: assumed, full capacity)") !=
        std::string::npos);
  CHECK(text.find("assumed: work_capacity_hours not recorded: read as 37, full capacity") !=
        std::string::npos);
}

TEST_CASE("a Decider kept from person to person decides as a fresh one") {
  // What it keeps (earlier reasons' missing lists, groups left undecided,
  // exemptions tried, the evaluation cache) carries nothing over, whatever
  // the order of people and dates.
  std::vector<Citizen> people(5, person());
  people[1].benefit.reset();  // undetermined: missing lists
  people[2].municipality = "101";
  people[3].work_capacity_hours = 15.3;
  people[3].birth_date = day(1990, 1, 1);
  people[4].category.reset();
  people[4].residence_years_last_10.reset();
  auto line = [](const Decision& d) {
    ByteBuffer out;
    DecisionPrinter(DecisionFormat{}).json_line(d, out);
    return std::string(out.view());
  };
  Decider kept;
  Decision reused;
  size_t compared = 0;
  for (int round = 0; round < 2; ++round) {
    for (Date on : {day(2025, 9, 1), day(2025, 6, 30), day(2026, 1, 1)}) {
      for (const Citizen& c : people) {
        Decision fresh;
        decide(rules(), c, on, fresh);
        kept.decide(rules(), c, on, reused);
        CAPTURE(c.id);
        CHECK(line(reused) == line(fresh));
        CHECK(reused.missing_fields == fresh.missing_fields);
        ++compared;
      }
    }
  }
  CHECK(compared == 30);
}
