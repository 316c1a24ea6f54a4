// Internal to the rule-file loader (lib/load/rules.cc and lib/load/rules/*.cc):
// the state of loading one rule file, the readers of its TOML values that
// report problems at their position, and one loader for each section of the
// file (docs/rules.md), a file each. Not part of the library's interface:
// load/rules.h is.
#pragma once

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "base/diagnostic.h"
#include "load/rules.h"
#include "model/rules.h"
#include "nytte/i18n.h"

namespace nytte::rule_loader {

bool valid_id(std::string_view id);  // [a-z0-9_]+
std::string read_file(const std::string& path);
// "a string", "an integer", ... for messages about a value of the wrong type.
std::string_view type_word(const toml::node& n);

// One rule file being loaded on top of its parent: its text and name, the
// directory its `extends` and citizen paths are relative to, the files being
// loaded (to find an `extends` cycle) and, when checking, the problems found
// so far.
struct RuleFile {
  // `problems` null: the first problem throws. Else problems are collected
  // there and loading carries on where it can.
  RuleFile(std::string_view text, std::string file, std::string base_dir,
           std::vector<std::string>& stack, std::vector<Diagnostic>* problems = nullptr);

  toml::table parse();

  SourcePos pos_of(const toml::source_position& p) const {
    return {file, static_cast<uint32_t>(p.line), static_cast<uint32_t>(p.column)};
  }
  SourcePos pos(const toml::node& n) const { return pos_of(n.source().begin); }

  // A problem after which loading can go on: collected, or thrown.
  void report(SourcePos at, std::string message, std::string code);

  // Runs one entry; when collecting, a problem in it is recorded and loading
  // goes on with the next entry.
  template <class F>
  void guarded(F&& f) {
    if (!problems) {
      f();
      return;
    }
    try {
      f();
    } catch (const Error& e) {
      problems->push_back(e.diagnostic());
    }
  }

  // Each [[x]] entry must be a table in an array of tables.
  template <class F>
  void each_table(const toml::table& doc, std::string_view key, F&& f) {
    const toml::node* n = doc.get(key);
    if (!n) return;
    const toml::array* a = n->as_array();
    if (!a) fail(pos(*n), trf("'{}' must be written as [[{}]] tables", key, key), "wrong-type");
    for (const toml::node& e : *a) {
      guarded([&] {
        const toml::table* t = e.as_table();
        if (!t) fail(pos(e), trf("each [[{}]] must be a table", key), "wrong-type");
        f(*t);
      });
    }
  }

  void check_keys(const toml::table& t, std::vector<std::string_view> allowed,
                  std::string_view where);

  // Values of a table's keys, each checked for its type (and range) where it
  // is written.
  std::string required_string(const toml::table& t, std::string_view key, const toml::node& ctx);
  std::string optional_string(const toml::table& t, std::string_view key);
  std::string as_string(const toml::node& n, std::string_view key);
  std::optional<Date> optional_date(const toml::table& t, std::string_view key);
  std::vector<std::string> string_list(const toml::node& n, std::string_view key);
  std::optional<int64_t> optional_int(const toml::table& t, std::string_view key, int64_t lo,
                                      int64_t hi);
  std::optional<double> optional_hours(const toml::table& t, std::string_view key, double hi);
  std::optional<double> optional_kroner(const toml::table& t, std::string_view key);
  std::optional<double> optional_number(const toml::table& t, std::string_view key, double hi,
                                        const char* unit);  // a msgid
  bool optional_bool(const toml::table& t, std::string_view key, bool fallback);
  TimeOfDay time_of_day(const toml::node& n, std::string_view key);
  std::string kind_code(const toml::node& n);  // an offer kind code
  std::vector<std::string> kinds_list(const toml::node& n);

  TextOrigin origin_of(const toml::node& n) const;
  // A condition (or number expression) compiled against the schema so far,
  // its errors placed inside the TOML string.
  CompiledExpr expression(const toml::table& t, std::string_view key, const RuleSet& rs, Type type,
                          const toml::node& ctx);

  std::string_view text;
  std::string file;
  std::string base_dir;
  std::vector<std::string>& stack;
  std::vector<Diagnostic>* problems;
  std::vector<size_t> line_starts;  // offset of each line in `text`
};

// The whole file (ruleset.cc): [ruleset], the rule set it extends, then each
// section in order.
RuleSet load_rule_set(RuleFile& rf);
// A file of [[test]] entries only, for the rule set `rs`.
void load_tests_file(RuleFile& rf, RuleSet& rs);

// Sources and citations (sources.cc).
void load_sources(RuleFile& rf, const toml::table& doc, RuleSet& rs);
// `kind` is a msgid (N_("target group")), translated in messages.
RuleHeader header(RuleFile& rf, const toml::table& t, const RuleSet& rs, const char* kind);
void merge_citation(RuleFile& rf, const toml::table& t, const RuleSet& rs, Citation& cite);
// The keys of a rule's header, and `more`.
std::vector<std::string_view> keys_with(std::initializer_list<std::string_view> more);
bool overlaps(const Validity& a, const Validity& b);

// Fields, constants and codes (schema.cc).
void load_constants(RuleFile& rf, const toml::table& doc, RuleSet& rs);
void load_fields(RuleFile& rf, const toml::table& doc, RuleSet& rs);
void load_exemption_codes(RuleFile& rf, const toml::table& doc, RuleSet& rs);

// Target groups (target_groups.cc).
void load_target_groups(RuleFile& rf, const toml::table& doc, RuleSet& rs);
// A rule's `groups`: ids of target groups declared so far.
std::vector<std::string> group_refs(RuleFile& rf, const toml::table& t, const RuleSet& rs);

// Exemptions and data warnings (exemptions.cc).
void load_exemptions(RuleFile& rf, const toml::table& doc, RuleSet& rs);
void load_warnings(RuleFile& rf, const toml::table& doc, RuleSet& rs);

// Tracks and the hours rules (tracks.cc).
void load_tracks(RuleFile& rf, const toml::table& doc, RuleSet& rs);
void load_hours(RuleFile& rf, const toml::table& doc, RuleSet& rs);
// A rule's `tracks`: ids of tracks declared so far.
std::vector<std::string> track_list(RuleFile& rf, const toml::table& t, const RuleSet& rs);

// How weeks are counted (calendar.cc).
void load_calendar(RuleFile& rf, const toml::table& doc, RuleSet& rs);
void load_phases(RuleFile& rf, const toml::table& doc, RuleSet& rs);
void load_conversations(RuleFile& rf, const toml::table& doc, RuleSet& rs);

// What packages are made of (offers.cc, packages.cc, budget.cc).
void load_offers(RuleFile& rf, const toml::table& doc, RuleSet& rs);
void load_transport(RuleFile& rf, const toml::table& doc, RuleSet& rs);
void load_recipes(RuleFile& rf, const toml::table& doc, RuleSet& rs);
void load_budget(RuleFile& rf, const toml::table& doc, RuleSet& rs);

// Test cases beside the rules (test_cases.cc).
void load_tests(RuleFile& rf, const toml::table& doc, RuleSet& rs);

// Rules of one kind (`kind` a msgid: N_("target group")): versions of one id
// must not overlap in time; a child's id replaces every inherited version of it.
template <class Rule>
void add_versions(RuleFile& rf, std::vector<Rule>& rules, std::vector<Rule> own, const char* kind) {
  std::set<std::string> own_ids;
  for (const Rule& r : own) own_ids.insert(r.h.id);
  std::erase_if(rules, [&](const Rule& r) { return own_ids.count(r.h.id) > 0; });
  for (size_t i = 0; i < own.size(); ++i) {
    for (size_t j = 0; j < i; ++j) {
      if (own[i].h.id == own[j].h.id && overlaps(own[i].h.valid, own[j].h.valid)) {
        rf.report(own[i].h.pos,
                  trf("{} '{}' has two versions in force at the same time (the other at line "
                      "{}); give them valid_from/valid_to dates that do not overlap",
                      tr(kind), own[i].h.id, own[j].h.pos.line),
                  "overlapping-versions");
      }
    }
  }
  for (Rule& r : own) rules.push_back(std::move(r));
}

// An entry whose key an inherited one has is replaced in place, else added.
template <class T, class Key>
void replace_or_add(std::vector<T>& items, T item, Key key) {
  for (T& existing : items) {
    if (key(existing) == key(item)) {
      existing = std::move(item);
      return;
    }
  }
  items.push_back(std::move(item));
}

}  // namespace nytte::rule_loader
