// nytte rules' run: the built-in version for --version, and a name that
// cannot be shown, said in English and in Danish.
#include "nytte/rules_run.h"

#include <doctest/doctest.h>

#include "nytte/error.h"
#include "nytte/i18n.h"

namespace nytte {
namespace {

TEST_CASE("builtin_rules_version: the id and [ruleset] version of rules/national.toml") {
  std::string v = builtin_rules_version();
  CHECK(v.starts_with("national 20"));
  CHECK(v.find('\n') == std::string::npos);
}

TEST_CASE("run_rules: show of a name found nowhere, or of a path, is bad usage") {
  RulesRunOptions o;
  o.show = "no_such_rule_set";
  CHECK_THROWS_AS(run_rules(o), UsageError);
  o.show = "nationl";
  try {
    run_rules(o);
    FAIL("shown");
  } catch (const UsageError& e) {
    CHECK(std::string(e.what()).ends_with("did you mean 'national'?"));
  }
  o.show = "rules/aarhus.toml";
  CHECK_THROWS_AS(run_rules(o), UsageError);
  // Given but empty ('') is a name to show, not the list.
  o.show = "";
  CHECK_THROWS_WITH_AS(run_rules(o), doctest::Contains("the rule set's name is empty"), UsageError);
}

TEST_CASE("run_rules: show's messages in Danish, the name given as it is") {
  set_language(Language::da);
  RulesRunOptions o;
  o.show = "";
  std::string empty;
  std::string path;
  try {
    run_rules(o);
  } catch (const UsageError& e) {
    empty = e.what();
  }
  o.show = "rules/aarhus.toml";
  try {
    run_rules(o);
  } catch (const UsageError& e) {
    path = e.what();
  }
  set_language(Language::en);
  CHECK(empty == "rules show: regelsættets navn er tomt ('nytte rules' viser dem)");
  CHECK(
      path.starts_with("rules show: 'rules/aarhus.toml' er ikke navnet på et regelsæt (et navn "));
}

}  // namespace
}  // namespace nytte
