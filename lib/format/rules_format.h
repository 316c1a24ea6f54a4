// `nytte rules`' outputs: the rule sets on the search path as a table for
// people (text), JSON, or their names one a line (for shell completion).
// What each holds: docs/rules.md, "Rule sets by name".
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"

namespace nytte {

enum class RulesListFormat { text, json, names };

// "json" -> json, "names" -> names; any other name is text.
RulesListFormat rules_list_format_of(std::string_view name);

// One rule set found: where, and what its [ruleset] table says. The dates
// are those its own target groups are in force (the earliest valid_from,
// the latest valid_to; nullopt = open, or no target group of its own).
struct RuleSetSummary {
  std::string name;  // what --rules takes: the file name without ".toml"
  std::string file;
  bool builtin = false;
  std::string shadowed_by;  // the file the name finds instead, "" when this one
  std::string id;           // [ruleset] id; the fields below are "" when it did not load
  std::string title;
  std::string version;
  std::string municipality;
  std::optional<Date> valid_from;
  std::optional<Date> valid_to;
  std::string error;  // why it could not be loaded (file:line:column: error: ...), or ""
};

// Text: one row a rule set, columns name (what --rules takes), id (its
// [ruleset] id), version, municipality, from, to, file, title ('-' for an empty cell; a shadowed
// one says by what, a broken one its error, in the last column). JSON: an array of objects. Names:
// the names a search finds, each once.
std::string write_rules_list(RulesListFormat format, const std::vector<RuleSetSummary>& sets);

}  // namespace nytte
