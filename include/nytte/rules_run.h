// nytte rules, run: the rule sets found by name (NYTTE_RULES_PATH, the
// installed share/nytte/rules, ./rules, and the built-in national one)
// listed, or one printed as it is. What the list holds: docs/rules.md,
// "Rule sets by name"; behind it: lib/run/rules_run.cc.
#pragma once

#include <optional>
#include <string>

namespace nytte {

// rules' options as given on the command line.
struct RulesRunOptions {
  std::string format = "text";      // text, json, names
  std::optional<std::string> show;  // `rules show ID`: the rule set to print; none lists them
  std::string color = "auto";       // --color, as every command takes it (nothing here is coloured)
};

// Lists the rule sets on the search path in search-path order, each loaded
// for its [ruleset] table (one that does not load is listed with its error),
// or prints the file of `show` as it is (the built-in one from the text
// compiled in). Returns 0; throws UsageError for a `show` no search finds
// (with "did you mean"), Error for a file that cannot be read.
int run_rules(const RulesRunOptions& o);

// The built-in national rules' id and [ruleset] version, "national 2025-07",
// for --version.
std::string builtin_rules_version();

}  // namespace nytte
