// Rule sets by name: what is a name, the search path's order, national
// always built in, shadowing, the listing, a name found nowhere, and
// `extends` by name.
#include "load/rules_path.h"

#include <doctest/doctest.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>

#include <fmt/format.h>

#include "load/rules.h"

using namespace nytte;

namespace {

namespace fs = std::filesystem;

// Directories of rule files under one temporary root, removed at the end.
struct RulesDirs {
  fs::path root = fs::temp_directory_path() / ("nytte-rules-path-" + std::to_string(::getpid()));
  RulesDirs() {
    fs::remove_all(root);
    fs::create_directories(root);
  }
  ~RulesDirs() {
    std::error_code ec;
    fs::remove_all(root, ec);
  }
  std::string dir(const std::string& name) const {
    fs::create_directories(root / name);
    return (root / name).string();
  }
  std::string write(const std::string& dir_name, const std::string& file,
                    std::string_view text = "") const {
    fs::path p = fs::path(dir(dir_name)) / file;
    fs::create_directories(p.parent_path());
    std::ofstream(p) << text;
    return p.string();
  }
};

std::string rule_set(std::string_view id, std::string_view extends = "national") {
  return fmt::format("[ruleset]\nid = \"{}\"\ntitle = \"T {}\"\nextends = \"{}\"\n", id, id,
                     extends);
}

// NYTTE_RULES_PATH set for one test case, as it was afterwards.
struct RulesPathEnv {
  std::optional<std::string> saved;
  explicit RulesPathEnv(const std::string& value) {
    if (const char* v = std::getenv("NYTTE_RULES_PATH")) saved = v;
    setenv("NYTTE_RULES_PATH", value.c_str(), 1);
  }
  ~RulesPathEnv() {
    if (saved) {
      setenv("NYTTE_RULES_PATH", saved->c_str(), 1);
    } else {
      unsetenv("NYTTE_RULES_PATH");
    }
  }
};

}  // namespace

TEST_CASE("is_rule_set_name: no '/', not .toml, not '-'") {
  CHECK(is_rule_set_name("aarhus"));
  CHECK(is_rule_set_name("national"));
  CHECK(is_rule_set_name("aarhus.old"));
  CHECK_FALSE(is_rule_set_name("rules/aarhus.toml"));
  CHECK_FALSE(is_rule_set_name("aarhus.toml"));
  CHECK_FALSE(is_rule_set_name("./aarhus"));
  CHECK_FALSE(is_rule_set_name("-"));
  CHECK_FALSE(is_rule_set_name(""));
  CHECK_FALSE(is_rule_set_name(".hidden"));  // not listed, so not a name either
}

TEST_CASE("rules_search_path: the variable's entries in order, then installed, then ./rules") {
  RulesDirs t;
  std::string a = t.dir("a"), b = t.dir("b"), inst = t.dir("inst");
  std::string missing = (t.root / "missing").string();
  // Empty entries and directories that do not exist are skipped; a
  // directory met twice (a/. is a) is searched where first met.
  std::vector<std::string> dirs =
      rules_search_path(b + "::" + missing + ":" + a + ":" + a + "/.:", {inst, b});
  REQUIRE(dirs.size() >= 3);
  CHECK(dirs[0] == b);
  CHECK(dirs[1] == a);
  CHECK(dirs[2] == inst);
  // ./rules comes last, when the working directory has one.
  CHECK(dirs.size() == (fs::is_directory("rules") ? 4u : 3u));
  if (dirs.size() == 4) CHECK(dirs[3] == "rules");
}

TEST_CASE("rules_search_candidates: every directory tried, existing or not, each once") {
  CHECK(rules_search_candidates("/x::/y:/x:", {"/inst", "/y"}) ==
        std::vector<std::string>{"/x", "/y", "/inst", "rules"});
  CHECK(rules_search_candidates("", {}) == std::vector<std::string>{"rules"});
}

TEST_CASE("find_rule_set: the first directory that has NAME.toml; national is built in") {
  RulesDirs t;
  std::string a = t.write("a", "x.toml"), ay = t.write("a", "national.toml");
  t.write("b", "x.toml");
  std::string by = t.write("b", "y.toml");
  t.write("b", "tests/z.toml");  // a subdirectory's files are not rule sets
  fs::create_directories(t.root / "b" / "d.toml");
  std::vector<std::string> dirs{t.dir("a"), t.dir("b")};
  CHECK(find_rule_set("x", dirs) == a);
  CHECK(find_rule_set("y", dirs) == by);
  CHECK(find_rule_set("national", dirs) == std::string(kBuiltinFileName));
  CHECK(find_rule_set("z", dirs) == std::nullopt);
  CHECK(find_rule_set("d", dirs) == std::nullopt);  // a directory, not a file
  CHECK(find_rule_set("x", {}) == std::nullopt);
}

TEST_CASE("rule_sets_on_path: built-in first, then each directory's by name, shadowed marked") {
  RulesDirs t;
  t.write("a", "x.toml");
  t.write("a", "national.toml");
  t.write("b", "y.toml");
  t.write("b", "x.toml");
  t.write("b", "tests/x.toml");
  t.write("b", ".#y.toml");
  t.write("b", "notes.txt");
  std::vector<RuleSetOnPath> all = rule_sets_on_path({t.dir("a"), t.dir("b")});
  REQUIRE(all.size() == 5);
  CHECK(all[0].name == "national");
  CHECK(all[0].builtin);
  CHECK(all[0].shadowed_by.empty());
  CHECK(all[1].name == "national");
  CHECK(all[1].shadowed_by == std::string(kBuiltinFileName));
  CHECK(all[2].name == "x");
  CHECK(all[2].file == (t.root / "a" / "x.toml").string());
  CHECK(all[2].shadowed_by.empty());
  CHECK(all[3].name == "x");
  CHECK(all[3].shadowed_by == all[2].file);
  CHECK(all[4].name == "y");
  CHECK_FALSE(all[4].builtin);
}

TEST_CASE("rule_set_not_found: the directories looked in and a close name") {
  RulesDirs t;
  t.write("a", "aarhus.toml");
  std::string a = t.dir("a");
  CHECK(rule_set_not_found("aarhu", {a}) ==
        "no rule set named 'aarhu' (looked in: " + a + "/); did you mean 'aarhus'?");
  CHECK(rule_set_not_found("nationl", {}).ends_with("did you mean 'national'?"));
  // Every directory tried is named; those that do not exist are marked.
  std::string gone = (t.root / "gone").string();
  CHECK(rule_set_not_found("aarhu", {gone, a}) == "no rule set named 'aarhu' (looked in: " + gone +
                                                      "/ (missing), " + a +
                                                      "/); did you mean 'aarhus'?");
  CHECK(rule_set_not_found("x", {gone}) ==
        "no rule set named 'x' (looked in: " + gone + "/ (missing))");
  CHECK(rule_set_not_found("zzzzzz", {a}).find("did you mean") == std::string::npos);
  // A name the file system refuses (over NAME_MAX) is not found, not thrown.
  std::string long_name(300, 'a');
  CHECK(find_rule_set(long_name, {a}) == std::nullopt);
  CHECK(rule_set_not_found(long_name, {a}).find("(300 bytes)") != std::string::npos);
}

TEST_CASE("resolve_rules_argument: a name through NYTTE_RULES_PATH, a path as it is") {
  RulesDirs t;
  std::string x = t.write("a", "x.toml", rule_set("x"));
  RulesPathEnv env(t.dir("a"));
  CHECK(resolve_rules_argument("x") == x);
  CHECK(resolve_rules_argument("national") == std::string(kBuiltinFileName));
  CHECK(resolve_rules_argument("elsewhere/x.toml") == "elsewhere/x.toml");
  CHECK(resolve_rules_argument("-") == "-");
  CHECK_THROWS_AS(resolve_rules_argument("no_such_rule_set"), UsageError);
  CHECK_THROWS_WITH_AS(resolve_rules_argument(""), doctest::Contains("--rules: the value is empty"),
                       UsageError);
  // .x.toml beside x.toml is not listed, and --rules .x does not find it.
  t.write("a", ".x.toml", rule_set("x"));
  CHECK_THROWS_WITH_AS(resolve_rules_argument(".x"), doctest::Contains("does not start with '.'"),
                       UsageError);
  RuleSet rs = load_rules_file("x");
  CHECK(rs.id == "x");
  CHECK(rs.file == x);
  CHECK(load_rules_file("national").file == std::string(kBuiltinFileName));
}

TEST_CASE("extends by name: found on the search path; a name found nowhere is extends-missing") {
  RulesDirs t;
  t.write("lib", "base.toml", rule_set("base"));
  std::string child = t.write("work", "child.toml", rule_set("child", "base"));
  std::string lost = t.write("work", "lost.toml", rule_set("lost", "bsae"));
  RulesPathEnv env(t.dir("lib"));
  RuleSet rs = load_rules_file(child);
  CHECK(rs.extends == "base");
  CHECK(rs.chain == std::vector<std::string>{"national", "base", "child"});
  try {
    load_rules_file(lost);
    FAIL("loaded");
  } catch (const Error& e) {
    CHECK(e.diagnostic().code == "extends-missing");
    CHECK(e.diagnostic().pos.line == 4);
    CHECK(e.diagnostic().message.find("no rule set named 'bsae'") != std::string::npos);
    CHECK(e.diagnostic().message.ends_with("did you mean 'base'?"));
  }
}
