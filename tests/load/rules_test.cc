// Loading rule files: the schema, inheritance, versions, and where errors point.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include <fmt/format.h>

#include "decide/eligibility.h"
#include "load/rules.h"

using namespace nytte;

namespace {

std::string load_error(std::string_view text) {
  try {
    load_rules_text(text, "t.toml");
  } catch (const Error& e) {
    return e.diagnostic().str();
  }
  return "(loaded)";
}

constexpr std::string_view kMinimal = R"(
[ruleset]
id = "t"
title = "Test"

[[source]]
id = "s"
title = "A source"

[[target_group]]
id = "adults"
when = 'age() >= 18'
source = "s"
quote = "adults"

[[track]]
id = "only"
source = "s"

[[hours]]
id = "h"
value = 'min(37, work_capacity_hours)'
source = "s"
)";

// A directory of rule files for the extends tests, removed at the end.
struct TempDir {
  std::filesystem::path path;
  TempDir() {
    path =
        std::filesystem::temp_directory_path() / ("nytte-rules-test-" + std::to_string(::getpid()));
    std::filesystem::create_directories(path);
  }
  ~TempDir() { std::filesystem::remove_all(path); }
  std::string write(const std::string& name, std::string_view text) const {
    std::ofstream(path / name) << text;
    return (path / name).string();
  }
};

}  // namespace

TEST_CASE("a minimal rule set loads and decides") {
  RuleSet rs = load_rules_text(kMinimal, "t.toml");
  CHECK(rs.id == "t");
  REQUIRE(rs.target_groups.size() == 1);
  CHECK(rs.target_groups[0].h.ruleset == "t");

  Citizen c;
  c.id = "x";
  c.birth_date = Date::from_ymd(2000, 6, 15);
  c.work_capacity_hours = 20;
  Decision d;
  decide(rs, c, Date::from_ymd(2018, 6, 15), d);
  CHECK(d.eligible);
  CHECK(d.status == Status::eligible);
  REQUIRE(d.track != nullptr);
  CHECK(d.track->h.id == "only");
  CHECK(d.required_weekly_hours == 20);

  decide(rs, c, Date::from_ymd(2018, 6, 14), d);  // the day before the 18th birthday
  CHECK_FALSE(d.eligible);
  CHECK(d.status == Status::not_eligible);
  CHECK(d.required_weekly_hours == 0);
  CHECK(d.track == nullptr);
}

TEST_CASE("a missing field leaves the decision undetermined and names the field") {
  RuleSet rs = load_rules_text(kMinimal, "t.toml");
  Citizen c;
  c.id = "x";
  Decision d;
  decide(rs, c, Date::from_ymd(2025, 1, 1), d);
  CHECK(d.status == Status::undetermined);
  CHECK_FALSE(d.eligible);
  REQUIRE(d.missing_fields.size() == 1);
  CHECK(d.missing_fields[0] == "birth_date");
}

TEST_CASE("the built-in national rules load") {
  RuleSet rs = load_builtin_rules();
  CHECK(rs.id == "national");
  CHECK(rs.file == kBuiltinFileName);
  CHECK_FALSE(rs.target_groups.empty());
  CHECK(rs.find_track("arbejdspligt") != nullptr);
}

TEST_CASE("rule file errors name the line and column") {
  CHECK(load_error("[ruleset]\nid = \"t\"\ntitel = \"x\"\n") ==
        "t.toml:3:1: error: unknown key 'titel' in [ruleset]; did you mean 'title'?");
  CHECK(load_error("[ruleset\nid = \"t\"\n").starts_with("t.toml:1:"));
  CHECK(load_error("[rules]\nid = 1\n") ==
        "t.toml:1:2: error: unknown key 'rules' in top-level table; did you mean 'ruleset'?");
  CHECK(load_error("[ruleset]\nid = 7\ntitle = \"x\"\n") ==
        "t.toml:2:6: error: 'id' must be a string, found an integer");
  CHECK(load_error("[ruleset]\nid = \"Bad Id\"\ntitle = \"x\"\n") ==
        "t.toml:2:6: error: rule set id must be [a-z0-9_]+");
  CHECK(load_error("x = 1\n").starts_with("t.toml:1:1: error: unknown key 'x'"));
}

TEST_CASE("a bad condition is reported inside the TOML file") {
  std::string text(kMinimal);
  text.replace(text.find("age() >= 18"), 11, "agee() >= 18");
  std::string err = load_error(text);
  CHECK(err.starts_with("t.toml:12:9: error: unknown function 'agee'"));

  text = std::string(kMinimal);
  text.replace(text.find("'age() >= 18'"), 13, "'''\nage() >= 18\nand benfit == \"su\"\n'''");
  err = load_error(text);
  CHECK(err.starts_with("t.toml:14:5: error: unknown field 'benfit'"));
}

TEST_CASE("references: sources, groups, versions") {
  std::string text(kMinimal);
  text.replace(text.find("source = \"s\"\nquote"), 12, "source = \"z\"");
  CHECK(load_error(text).find("unknown source 'z'") != std::string::npos);

  text = std::string(kMinimal);
  text.replace(text.find("id = \"only\""), 11, "id = \"only\"\ngroups = [\"adult\"]");
  CHECK(load_error(text).find("unknown target group 'adult'; did you mean 'adults'?") !=
        std::string::npos);

  text = std::string(kMinimal) +
         "\n[[target_group]]\nid = \"adults\"\nwhen = 'age() >= 30'\nsource = \"s\"\n";
  CHECK(load_error(text).find("has two versions in force at the same time") != std::string::npos);

  text = std::string(kMinimal);
  text.replace(text.find("id = \"adults\""), 13, "id = \"adults\"\nvalid_to = 2019-12-31");
  text +=
      "\n[[target_group]]\nid = \"adults\"\nvalid_from = 2020-01-01\nwhen = 'age() >= "
      "30'\nsource = \"s\"\n";
  RuleSet rs = load_rules_text(text, "t.toml");
  CHECK(rs.target_groups.size() == 2);
}

TEST_CASE("extends: inheritance, a missing parent, and cycles") {
  TempDir dir;
  std::string base = dir.write("base.toml", kMinimal);
  std::string child = dir.write("child.toml", R"([ruleset]
id = "child"
title = "Child"
extends = "base.toml"

[[target_group]]
id = "seniors"
when = 'age() >= 60'
source = "s"
)");
  RuleSet rs = load_rules_file(child);
  CHECK(rs.id == "child");
  REQUIRE(rs.target_groups.size() == 2);
  CHECK(rs.target_groups[0].h.ruleset == "t");
  CHECK(rs.target_groups[1].h.ruleset == "child");
  CHECK(rs.find_track("only") != nullptr);  // no own tracks: the parent's are kept
  (void)base;

  std::string missing = dir.write("missing.toml",
                                  "[ruleset]\nid = \"m\"\ntitle = \"M\"\n"
                                  "extends = \"nowhere.toml\"\n");
  try {
    load_rules_file(missing);
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(e.diagnostic().pos.line == 4);
    CHECK(e.diagnostic().pos.column == 11);
    CHECK(e.diagnostic().message.find("which does not exist") != std::string::npos);
  }

  std::string self = dir.write("self.toml",
                               "[ruleset]\nid = \"s\"\ntitle = \"S\"\n"
                               "extends = \"self.toml\"\n");
  try {
    load_rules_file(self);
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(e.diagnostic().pos.line == 4);
    CHECK(e.diagnostic().code == "extends-cycle");
  }

  dir.write("a.toml", "[ruleset]\nid = \"a\"\ntitle = \"A\"\nextends = \"b.toml\"\n");
  std::string b = dir.write("b.toml",
                            "[ruleset]\nid = \"b\"\ntitle = \"B\"\n"
                            "extends = \"a.toml\"\n");
  try {
    load_rules_file(b);
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(e.diagnostic().code == "extends-cycle");
  }
}

TEST_CASE("an own track list replaces the inherited tracks") {
  TempDir dir;
  dir.write("base.toml", kMinimal);
  std::string child = dir.write("child.toml", R"([ruleset]
id = "child"
title = "Child"
extends = "base.toml"

[[track]]
id = "mine"
propose = 'value_or(ordinary_hours, 0) > 0'

[[track]]
id = "rest"
)");
  RuleSet rs = load_rules_file(child);
  CHECK(rs.find_track("only") == nullptr);
  REQUIRE(rs.tracks.size() == 2);

  Citizen c;
  c.id = "x";
  c.birth_date = Date::from_ymd(1980, 1, 1);
  Decision d;
  decide(rs, c, Date::from_ymd(2025, 1, 1), d);
  REQUIRE(d.track != nullptr);
  CHECK(d.track->h.id == "rest");
  c.ordinary_hours = 10;
  decide(rs, c, Date::from_ymd(2025, 1, 1), d);
  CHECK(d.track->h.id == "mine");
  c.ordinary_hours.reset();
  c.assigned_track = "mine";
  decide(rs, c, Date::from_ymd(2025, 1, 1), d);
  CHECK(d.track->h.id == "mine");
  CHECK(d.track_assigned);
}

TEST_CASE("nan and infinity are refused in rule files, at their position") {
  std::string base(kMinimal);
  CHECK(load_error(base + "\n[constants]\nlimit = nan\n")
            .find("constant 'limit' must be a finite number, not nan") != std::string::npos);
  CHECK(load_error(base + "\n[constants]\nlimit = -inf\n")
            .find("constant 'limit' must be a finite number, not inf") != std::string::npos);
  CHECK(load_error(base + "\n[calendar]\nhours_per_day = nan\n")
            .find("'hours_per_day' must be a number of hours above 0") != std::string::npos);
  std::string offer = base +
                      "\n[[offer]]\nid = \"o\"\nkind = \"praktik\"\nsource = \"s\"\n"
                      "cost_per_week = nan\n";
  std::string e = load_error(offer);
  CHECK(e.find("'cost_per_week' must be a number") != std::string::npos);
  CHECK(e.starts_with("t.toml:"));
}

TEST_CASE("extends naming a file the file system refuses is an error, not a crash") {
  // Found by the rules fuzzer: a name over NAME_MAX threw filesystem_error.
  // (".toml" keeps it a path: a bare name is looked for on the search path.)
  std::string text =
      "[ruleset]\nid = \"x\"\ntitle = \"x\"\nextends = \"" + std::string(300, 'a') + ".toml\"\n";
  std::string e = load_error(text);
  CHECK(e.starts_with("t.toml:4:11: error: rule set 't.toml' extends"));
  CHECK(e.find("which does not exist") != std::string::npos);
}

TEST_CASE("checking a rule file collects a problem of each section, in the order they are loaded") {
  TempDir dir;
  std::string path = dir.write("many.toml", R"([ruleset]
id = "many"
title = "Problems in every section"
colour = "red"

[[source]]
id = "s"
title = "A source"

[[target_group]]
id = "adults"
when = 'age() >= 18'
source = "z"

[[exemption]]
id = "x"
when = 'age() >= 90'
groups = ["adult"]

[[track]]
id = "only"

[calendar]
closing_days = ["juleaften"]

[[phase]]
id = "p"
tracks = ["onyl"]

[[offer]]
id = "o"
kind = "praktik"
slots = [{ day = "mon", from = 08:00:00, to = 12:00:00 }]

[[budget]]
id = "b"
amount = 100
offers = ["oo"]

[[recipe]]
id = "r"
phase = "q"
prefer = ["praktik"]

[[test]]
name = "t"
on = 2025-09-01
citizen = { id = "c" }
expect = { status = "eligble" }
)");
  RuleFileCheck check = check_rules_file(path);
  REQUIRE(check.rules.has_value());
  CHECK(check.rules->offers.size() == 1);
  CHECK(check.rules->tests.size() == 1);
  std::vector<std::string> got;
  for (const Diagnostic& d : check.problems) {
    got.push_back(fmt::format("{}:{} {}", d.pos.line, d.pos.column, d.code));
  }
  // Sections load in a fixed order (recipes before the budget), not in file order.
  CHECK(got == std::vector<std::string>{"4:1 unknown-key", "13:10 unknown-source",
                                        "18:11 unknown-reference", "24:17 unknown-reference",
                                        "28:11 unknown-reference", "42:9 unknown-reference",
                                        "38:10 unknown-reference", "49:21 unknown-reference"});
  CHECK(check.problems[0].message == "unknown key 'colour' in [ruleset]");
  CHECK(check.problems[5].message == "unknown phase 'q'; did you mean 'p'?");
}
