// The whole rule file: the [ruleset] table, the rule set it extends (a file
// relative to it, a rule set by name, or the built-in national one;
// docs/rules.md "Inheritance"), then each section in order, each on top of
// what came before.
#include "load/rules/loader.h"

#include <algorithm>
#include <filesystem>
#include <string>
#include <string_view>
#include <system_error>

#include "load/rules_path.h"

namespace nytte::rule_loader {

namespace {

namespace fs = std::filesystem;

constexpr std::string_view kNational = kNationalName;

RuleSet load_parent(RuleFile& rf, const toml::node& ext) {
  std::string name = rf.as_string(ext, "extends");
  std::string path;
  if (name == kNational) {
    path = std::string(kBuiltinFileName);
  } else if (is_rule_set_name(name)) {  // "aarhus": on the search path, as --rules finds it
    std::optional<std::string> found = find_rule_set(name, rules_search_path());
    if (!found) {
      fail(rf.pos(ext),
           trf("rule set '{}' extends '{}': {}", rf.file, name,
               rule_set_not_found(name, rules_search_candidates())),
           "extends-missing");
    }
    path = *found;
  } else {
    path = (fs::path(rf.base_dir) / name).lexically_normal().string();
  }
  // The error_code form: a name the file system refuses (too long, say)
  // is reported below as a file that does not exist, not thrown.
  std::error_code canonical_ec;
  std::string key = name == kNational ? path : fs::weakly_canonical(path, canonical_ec).string();
  if (canonical_ec) key = path;
  if (std::find(rf.stack.begin(), rf.stack.end(), key) != rf.stack.end()) {
    fail(
        rf.pos(ext),
        trf("'extends' makes a cycle: {} extends {}, which is already being loaded", rf.file, path),
        "extends-cycle");
  }
  if (name == kNational) {
    rf.stack.push_back(key);
    RuleFile parent_file(kBuiltinNationalRules, path, ".", rf.stack, rf.problems);
    RuleSet parent = load_rule_set(parent_file);
    rf.stack.pop_back();
    return parent;
  }
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) {
    fail(rf.pos(ext),
         trf("rule set '{}' extends '{}', which does not exist ({})", rf.file, name, path),
         "extends-missing");
  }
  std::string text = read_file(path);
  rf.stack.push_back(key);
  RuleFile parent_file(text, path, fs::path(path).parent_path().string(), rf.stack, rf.problems);
  RuleSet parent = load_rule_set(parent_file);
  rf.stack.pop_back();
  return parent;
}

}  // namespace

RuleSet load_rule_set(RuleFile& rf) {
  toml::table doc = rf.parse();
  rf.check_keys(doc,
                {"ruleset", "source", "constants", "field", "exemption_code", "target_group",
                 "exemption", "warning", "track", "hours", "calendar", "phase", "conversations",
                 "offer", "recipe", "transport", "budget", "test"},
                tr("top-level table"));

  const toml::table* head = doc["ruleset"].as_table();
  if (!head) fail({rf.file, 1, 1}, tr("missing [ruleset] table (id, title, ...)"), "missing-key");
  rf.check_keys(*head, {"id", "title", "municipality", "extends", "status", "version"},
                "[ruleset]");

  RuleSet rs;
  std::string id = rf.required_string(*head, "id", *head);
  if (!valid_id(id)) fail(rf.pos(*head->get("id")), tr("rule set id must be [a-z0-9_]+"), "bad-id");
  if (const toml::node* ext = head->get("extends")) {
    rs = load_parent(rf, *ext);
    rs.extends = rs.id;
    rs.tests.clear();  // tests are a file's own
  }
  rs.id = id;
  rs.title = rf.required_string(*head, "title", *head);
  rs.municipality = rf.optional_string(*head, "municipality");
  rs.status = rf.optional_string(*head, "status");
  rs.version = rf.optional_string(*head, "version");
  rs.file = rf.file;
  rs.chain.push_back(rs.id);

  load_sources(rf, doc, rs);
  load_constants(rf, doc, rs);
  load_fields(rf, doc, rs);
  load_exemption_codes(rf, doc, rs);
  load_target_groups(rf, doc, rs);
  load_exemptions(rf, doc, rs);
  load_warnings(rf, doc, rs);
  load_tracks(rf, doc, rs);
  load_hours(rf, doc, rs);
  load_calendar(rf, doc, rs);
  load_phases(rf, doc, rs);
  load_conversations(rf, doc, rs);
  load_transport(rf, doc, rs);
  load_offers(rf, doc, rs);
  load_recipes(rf, doc, rs);
  load_budget(rf, doc, rs);
  load_tests(rf, doc, rs);
  rs.files.push_back(rf.file);
  return rs;
}

void load_tests_file(RuleFile& rf, RuleSet& rs) {
  toml::table doc = rf.parse();
  rf.check_keys(doc, {"test"}, tr("a tests file"));
  load_tests(rf, doc, rs);
}

}  // namespace nytte::rule_loader
