// Loading rule files: TOML (rules/*.toml, format in docs/rules.md) -> a
// checked, compiled RuleSet (model/rules.h), every condition parsed and
// type-checked once. Errors name file, line and column.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "model/rules.h"

namespace nytte {

// The national rule set compiled into the binary from rules/national.toml.
extern const std::string_view kBuiltinNationalRules;
inline constexpr std::string_view kBuiltinFileName = "<built-in>/national.toml";

// Loads a rule set from a file and the rule sets it extends (`extends` names a
// file relative to it, or a rule set by name, "national" the built-in one).
// Throws Error at the first problem, with file, line and column. "-" reads
// standard input (named <stdin> in messages; `extends` relative to the
// working directory). `arg` may be a rule set's name (aarhus, national), as
// --rules takes it: found on the search path (load/rules_path.h), a
// UsageError when not.
RuleSet load_rules_file(const std::string& arg);
// Loads from text, for the built-in rule set and tests.
RuleSet load_rules_text(std::string_view text, const std::string& file_name,
                        const std::string& base_dir = ".");
RuleSet load_builtin_rules();

// Several --rules files: each is applied on its own; this returns them in order.
std::vector<RuleSet> load_rule_files(const std::vector<std::string>& paths);

// Loads a rule file for checking: carries on after a problem where it can
// (the rest of the entry, the next entry) and returns every problem found in
// it and in the files it extends, in the order found. `rules` is empty when
// the file could not be loaded at all (unreadable, broken TOML, no
// [ruleset]). `tests_file`, when not empty, is a file of further [[test]]
// entries for this rule set (rules/tests/<name>).
struct RuleFileCheck {
  std::optional<RuleSet> rules;
  std::vector<Diagnostic> problems;
};
RuleFileCheck check_rules_file(const std::string& path, const std::string& tests_file = "");

}  // namespace nytte
