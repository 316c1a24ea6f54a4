// nytte rules' outputs: the text table's columns, a shadowed and a broken
// rule set, JSON's keys and nulls, the names a search finds; the text in Danish.
#include "format/rules_format.h"

#include <doctest/doctest.h>

#include "load/rules.h"
#include "nytte/i18n.h"

using namespace nytte;

namespace {

std::vector<RuleSetSummary> sample() {
  RuleSetSummary national;
  national.name = national.id = "national";
  national.file = std::string(kBuiltinFileName);
  national.builtin = true;
  national.title = "Arbejdspligt";
  national.version = "2025-07";
  national.valid_from = Date::parse("2025-01-01");
  RuleSetSummary aarhus;
  aarhus.name = aarhus.id = "aarhus";
  aarhus.file = "rules/aarhus.toml";
  aarhus.title = "Aarhus-modellen";
  aarhus.version = "2022-03";
  aarhus.municipality = "751";
  aarhus.valid_from = Date::parse("2022-03-09");
  aarhus.valid_to = Date::parse("2024-12-31");
  RuleSetSummary shadow = aarhus;
  shadow.file = "/opt/rules/aarhus.toml";
  shadow.shadowed_by = "rules/aarhus.toml";
  shadow.id = "aarhus_copy";  // a file's [ruleset] id need not be its name
  RuleSetSummary broken;
  broken.name = "broken";
  broken.file = "rules/broken.toml";
  broken.error = "rules/broken.toml:1:1: error: missing [ruleset] table";
  return {national, aarhus, shadow, broken};
}

}  // namespace

TEST_CASE(
    "rules list, text: name and id, aligned columns, '-' for empty, shadowed and errors last") {
  CHECK(write_rules_list(RulesListFormat::text, sample()) ==
        "name      id           version  municipality  from        to          file                "
        "    "
        "title\n"
        "national  national     2025-07  -             2025-01-01  -           (built in)          "
        "    "
        "Arbejdspligt\n"
        "aarhus    aarhus       2022-03  751           2022-03-09  2024-12-31  rules/aarhus.toml   "
        "    "
        "Aarhus-modellen\n"
        "aarhus    aarhus_copy  2022-03  751           2022-03-09  2024-12-31  "
        "/opt/rules/aarhus.toml  "
        "(shadowed by rules/aarhus.toml) Aarhus-modellen\n"
        "broken    -            -        -             -           -           rules/broken.toml   "
        "    "
        "rules/broken.toml:1:1: error: missing [ruleset] table\n");
}

TEST_CASE("rules list, text: shadowed by the built-in national one says so") {
  RuleSetSummary s;
  s.name = "national";
  s.file = "rules/national.toml";
  s.shadowed_by = std::string(kBuiltinFileName);
  s.title = "Arbejdspligt";
  std::string text = write_rules_list(RulesListFormat::text, {s});
  CHECK(text.find("(shadowed by the built-in one) Arbejdspligt\n") != std::string::npos);
}

TEST_CASE("rules list, JSON: every key, null where there is nothing") {
  std::string json = write_rules_list(RulesListFormat::json, {sample()[0], sample()[3]});
  CHECK(json ==
        "[\n"
        "  {\n"
        "    \"name\": \"national\",\n"
        "    \"id\": \"national\",\n"
        "    \"title\": \"Arbejdspligt\",\n"
        "    \"version\": \"2025-07\",\n"
        "    \"municipality\": null,\n"
        "    \"valid_from\": \"2025-01-01\",\n"
        "    \"valid_to\": null,\n"
        "    \"file\": \"<built-in>/national.toml\",\n"
        "    \"builtin\": true,\n"
        "    \"shadowed_by\": null,\n"
        "    \"error\": null\n"
        "  },\n"
        "  {\n"
        "    \"name\": \"broken\",\n"
        "    \"id\": null,\n"
        "    \"title\": null,\n"
        "    \"version\": null,\n"
        "    \"municipality\": null,\n"
        "    \"valid_from\": null,\n"
        "    \"valid_to\": null,\n"
        "    \"file\": \"rules/broken.toml\",\n"
        "    \"builtin\": false,\n"
        "    \"shadowed_by\": null,\n"
        "    \"error\": \"rules/broken.toml:1:1: error: missing [ruleset] table\"\n"
        "  }\n"
        "]\n");
}

TEST_CASE("rules list, names: each name a search finds, once, broken ones too") {
  CHECK(write_rules_list(RulesListFormat::names, sample()) == "national\naarhus\nbroken\n");
  CHECK(rules_list_format_of("names") == RulesListFormat::names);
  CHECK(rules_list_format_of("json") == RulesListFormat::json);
  CHECK(rules_list_format_of("text") == RulesListFormat::text);
}

TEST_CASE(
    "rules list, text in Danish: the headings and notes; names, dates and files as they are") {
  set_language(Language::da);
  std::vector<RuleSetSummary> sets = sample();
  sets[2].shadowed_by = std::string(kBuiltinFileName);
  std::string text = write_rules_list(RulesListFormat::text, sets);
  set_language(Language::en);
  CHECK(text ==
        "navn      id           version  kommune  fra         til         fil                     "
        "titel\n"
        "national  national     2025-07  -        2025-01-01  -           (indbygget)             "
        "Arbejdspligt\n"
        "aarhus    aarhus       2022-03  751      2022-03-09  2024-12-31  rules/aarhus.toml       "
        "Aarhus-modellen\n"
        "aarhus    aarhus_copy  2022-03  751      2022-03-09  2024-12-31  /opt/rules/aarhus.toml  "
        "(overskygget af det indbyggede) Aarhus-modellen\n"
        "broken    -            -        -        -           -           rules/broken.toml       "
        "rules/broken.toml:1:1: error: missing [ruleset] table\n");
}
