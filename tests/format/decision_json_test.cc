// A decision's JSON: what a printer keeps from one decision to the next
// changes no byte (a printer for all against a fresh one for each), the
// values are those observe() gives, and the indented form is the line laid
// out again; over every example and test citizen, every rule set and several
// dates.
#include "format/decision_format.h"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

#include "../source_files.h"
#include "format/json_indent.h"
#include "load/citizen_reader.h"
#include "load/rules.h"

namespace nytte {
namespace {

using test::files_in;

// The start of a rule file for a test: its rule set `id` and a source "s".
std::string test_rules_header(std::string_view id) {
  return fmt::format(
      "[ruleset]\nid = \"{}\"\ntitle = \"Test rules\"\n\n[[source]]\nid = \"s\"\ntitle = \"A "
      "source\"\n",
      id);
}

// A target group of that rule file: its id, its condition, the source "s".
std::string target_group(std::string_view id, std::string_view when) {
  return fmt::format(
      "\n[[target_group]]\nid = \"{}\"\nwhen = '{}'\nsource = \"s\"\nquote = \"{}\"\n", id, when,
      id);
}

// The JSON of `d` from a fresh printer (nothing kept from earlier
// decisions).
std::string fresh_line(const Decision& d, const DecisionFormat& f) {
  ByteBuffer line;
  DecisionPrinter(f).json_line(d, line);
  return std::string(line.view());
}

// `"values":{..}` of each reason that has them, as observe() gives them
// written through JsonWriter, in the order of the reasons.
std::vector<std::string> expected_values(const Decision& d) {
  std::vector<std::string> out;
  std::vector<Observed> seen;
  for (const Reason& r : d.reasons) {
    if (!r.in_force || !r.expr) continue;
    observe(*r.expr, EvalContext{*d.citizen, d.on}, seen);
    std::string& s = out.emplace_back("\"values\":");
    JsonWriter w(s);
    w.begin_object();
    for (const Observed& o : seen) {
      w.key(o.name);
      write_observed_json(o, w);
    }
    w.end_object();
  }
  return out;
}

// Each of `parts` found in `line`, in order.
bool in_order(std::string_view line, const std::vector<std::string>& parts) {
  size_t at = 0;
  for (const std::string& p : parts) {
    at = line.find(p, at);
    if (at == std::string_view::npos) return false;
    at += p.size();
  }
  return true;
}

TEST_CASE("decision JSON: the same bytes whatever the printer kept; the values observed") {
  std::vector<std::string> people = test::all_test_citizens();
  size_t compared = 0;
  for (const std::string& rules_file : files_in("/rules", ".toml")) {
    RuleSet rules = load_rules_file(rules_file);
    LoadResult loaded = load_citizens(people, rules.schema);
    REQUIRE(loaded.citizens.size() > 20);
    for (const char* on : {"2022-01-01", "2024-06-01", "2025-03-01", "2025-09-01", "2026-01-01"}) {
      for (bool show_cpr : {false, true}) {
        DecisionFormat f;
        f.show_cpr = show_cpr;
        f.explain = show_cpr;  // explanations too, half the time
        Decider decider;
        DecisionPrinter kept(f, &decider.eval_cache());
        std::string a, b, pretty, relaid;
        bool values = true;
        for (const Citizen& c : loaded.citizens) {
          Decision d;
          decider.decide(rules, c, *Date::parse(on), d);
          ByteBuffer line;
          kept.json_line(d, line);
          a += line.view();
          b += fresh_line(d, f);
          kept.json(d, pretty, 2);
          append_indented_json(relaid, line.view(), 2);
          values = values && in_order(line.view(), expected_values(d));
          a += '\n';
          b += '\n';
          ++compared;
        }
        CAPTURE(rules_file);
        CAPTURE(on);
        CHECK(a == b);
        CHECK(pretty == relaid);
        CHECK(values);
      }
    }
  }
  CHECK(compared > 1000);
}

}  // namespace
TEST_CASE("decision JSON: conditions that read nothing, with and without explanations") {
  RuleSet rules = load_rules_text(test_rules_header("constant") + target_group("everyone", "true") +
                                      R"(
[[track]]
id = "only"
propose = '1 < 2'
source = "s"

[[hours]]
id = "h"
value = '30'
source = "s"
)",
                                  "constant.toml");
  Citizen c;
  c.id = "x";
  Decision d;
  decide(rules, c, *Date::parse("2025-09-01"), d);
  CHECK(fresh_line(d, {}) ==
        R"({"id":"x","on":"2025-09-01","rules":"constant","eligible":true,"status":"eligible",)"
        R"("target_groups":["everyone"],"exemptions":[],"track":"only","track_assigned":false,)"
        R"("required_weekly_hours":30,"required_weekly_minutes":1800,"missing_fields":[],)"
        R"("hours_stated":true,"max_weekly_hours":null,"max_weekly_minutes":null,)"
        R"("hours_parts":[],"exempt_from":[],"phase_in":[],"warnings":[],"assumptions":[],)"
        R"("reasons":[{"kind":"target_group","rule":"everyone","ruleset":"constant",)"
        R"("in_force":true,"held":true,"source":"s","values":{}},)"
        R"({"kind":"track","rule":"only","ruleset":"constant","in_force":true,"held":true,)"
        R"("source":"s","values":{}},)"
        R"({"kind":"hours","rule":"h","ruleset":"constant","in_force":true,"held":true,)"
        R"("value":30,"value_minutes":1800,"source":"s","values":{}}]})");
  DecisionFormat explained;
  explained.explain = true;
  std::string pretty;
  DecisionPrinter(explained).json(d, pretty, 2);
  CHECK(pretty.find(R"(
      "values": {},
      "title": "",
      "condition": "true",
      "quote": "everyone",
      "explanation": {
        "expr": "true",
        "value": true
      }
    },)") != std::string::npos);
}

// Writes a person's decision on 2025-09-01 with a printer kept from person to
// person, checks it against a fresh printer's and the values observed, and
// gives the line.
struct BothWays {
  DecisionPrinter kept{DecisionFormat{}};
  std::string line(const RuleSet& rules, const Citizen& c) {
    Decision d;
    decide(rules, c, *Date::parse("2025-09-01"), d);
    ByteBuffer line;
    kept.json_line(d, line);
    std::string a(line.view());
    CAPTURE(c.id);
    CHECK(a == fresh_line(d, {}));
    CHECK(in_order(a, expected_values(d)));
    return a;
  }
};

TEST_CASE("decision JSON: values copied from the reason before only when they are the same") {
  RuleSet rules = load_rules_text(
      test_rules_header("shared") +
          target_group("a", R"(benefit == "kontanthjaelp" and school_years < 9)") +
          target_group("b", R"(benefit == "hjemrejseydelse" or school_years >= 9)") +
          target_group("c", R"(school_years < 9 and benefit == "kontanthjaelp")") +
          target_group("d", R"(age_on(2020-01-01) >= 18 and benefit == "kontanthjaelp")") +
          target_group("e", R"(age_on(2025-01-01) >= 18 and benefit == "kontanthjaelp")"),
      "shared.toml");
  const auto& groups = rules.target_groups;
  REQUIRE(groups.size() == 5);
  CHECK(same_observations(groups[0].when, groups[1].when));   // benefit, school_years
  CHECK(!same_observations(groups[1].when, groups[2].when));  // the other order
  CHECK(!same_observations(groups[3].when, groups[4].when));  // calls: not compared

  Citizen full, no_school, nothing;
  full.id = "full";
  full.benefit = Benefit::kontanthjaelp;
  full.school_years = 7;
  full.birth_date = *Date::parse("1990-05-01");
  no_school.id = "no_school";
  no_school.benefit = Benefit::kontanthjaelp;
  no_school.birth_date = *Date::parse("2006-06-01");  // 18 in 2025, not in 2020
  nothing.id = "nothing";
  BothWays both;
  for (const Citizen* c : {&full, &no_school, &nothing, &full}) both.line(rules, *c);
}

TEST_CASE("decision JSON: values of every type, missing or not, written as observe() gives them") {
  RuleSet rules = load_rules_text(
      test_rules_header("kinds") + R"(
[[field]]
name = "flag"
type = "bool"
description = "a declared yes or no"

[[field]]
name = "note"
type = "string"
description = "a declared text"

[[field]]
name = "seen"
type = "date"
description = "a declared date"

[[field]]
name = "tags"
type = "list"
description = "a declared list"

[[field]]
name = "count"
type = "number"
description = "a declared number"
)" +
          target_group("codes",
                       R"(benefit == "kontanthjaelp" or category == "jobparat" or sex == "F")") +
          target_group("texts", R"(residence_area == "x" or municipality == "751")") +
          target_group("dates", R"(unemployed_since < 2025-01-01 or start_date > 2025-01-01)") +
          target_group("lists", R"("health" in exemptions or len(danish_tests) > 1)") +
          target_group(
              "calls",
              R"(passed_danish("PD2") or highest_danish_test() == "PD3" or has(school_years) or months_on(["kontanthjaelp"], 12) > 3 or age() > 30)") +
          target_group("declared",
                       R"(flag or note == "n" or seen < 2025-01-01 or "t" in tags or count > 2)") +
          target_group(
              "numbers",
              R"(school_years + residence_years_last_10 > 3 or work_capacity_hours < 37 or ordinary_hours > 0 or fulltime_work_years_last_10 > 0.5)"),
      "kinds.toml");
  REQUIRE(rules.target_groups.size() == 7);

  Citizen full;
  full.id = "full";
  full.cpr = "010190-1234";
  full.birth_date = *Date::parse("1990-01-01");
  full.sex = Sex::F;
  full.municipality = "751";
  full.benefit = Benefit::kontanthjaelp;
  full.category = Category::aktivitetsparat;
  full.residence_area = "Quote \" backslash \\ newline \n tab \t bell \x07 æøå";
  full.unemployed_since = *Date::parse("2024-02-29");
  full.start_date = *Date::parse("2025-10-01");
  full.exemptions = std::vector<std::string>{"health", "a \"quoted\" one"};
  full.danish_tests = std::vector<DanishTest>{DanishTest::PD1, DanishTest::PD3};
  full.benefit_history = std::vector<BenefitPeriod>{
      {Benefit::kontanthjaelp, *Date::parse("2024-01-01"), std::nullopt}};
  full.school_years = 9;
  full.residence_years_last_10 = 2.5;
  full.fulltime_work_years_last_10 = 0.25;
  full.ordinary_hours = 12.75;
  full.work_capacity_hours = 123456.5;
  const Schema& schema = rules.schema;
  full.extra.resize(schema.fields.size());
  for (size_t i = 0; i < schema.fields.size(); ++i) {
    Value& v = full.extra[i];
    v.known = true;
    v.boolean = true;
    v.number = -3.5;
    v.date = *Date::parse("2020-02-02");
    v.text = "n \"x\"";
    v.list = {"t", "u\\v"};
  }
  Citizen empty;
  empty.id = "empty";
  Citizen partly = full;
  partly.id = "partly";
  partly.exemptions = std::vector<std::string>{};
  partly.danish_tests = std::vector<DanishTest>{};
  partly.residence_area = "";
  partly.benefit_history.reset();
  partly.work_capacity_hours.reset();
  partly.extra.assign(schema.fields.size(), Value{});

  BothWays both;
  size_t values = 0;
  for (const Citizen* c : {&full, &empty, &partly, &full, &empty}) {
    std::string a = both.line(rules, *c);
    values += static_cast<size_t>(std::count(a.begin(), a.end(), ':'));
  }
  CHECK(values > 150);
}

}  // namespace nytte
