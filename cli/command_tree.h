// The command line as plain data, read from the CLI11 App that main() builds:
// each command's name, description, footer, options and positionals, and its
// subcommands. The man pages and shell completions (generate.h) are written
// from this one tree, so they list what --help lists and nothing else:
// options without a group are hidden from --help and left out here too.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

namespace nytte::cli {

// What completes an option's value or a positional, from its definition.
enum class ValueKind {
  none,      // a value nothing completes (a date, a number)
  choices,   // one of OptionSpec::choices
  files,     // a file (type FILE, INPUT, PATH)
  dirs,      // a directory (type DIR)
  rules,     // --rules: a rule-set name or a file
  rule_set,  // a rule-set name only (type RULE_SET: `rules show`'s)
  commands,  // a command's subcommand, the path typed so far followed (type COMMAND: help's)
};

struct OptionSpec {
  std::vector<std::string> names;    // "-o", "--output", as --help spells them; empty: positional
  std::string positional;            // the positional's name ("inputs")
  std::string type;                  // "FILE", "INPUT"; empty for a flag
  std::vector<std::string> choices;  // the fixed values a validator lists, "{text,json}"
  std::string constraint;            // any other validator's description ("INT in [1 - 520]")
  std::string description;
  std::string default_value;
  bool takes_value = false;
  bool repeatable = false;
  bool required = false;

  ValueKind value_kind() const;
};

struct CommandSpec {
  std::vector<std::string> path;  // {"nytte", "check-eligibility"}
  std::string description;
  std::string footer;
  std::vector<OptionSpec> options;
  std::vector<OptionSpec> positionals;
  std::vector<CommandSpec> subcommands;
  bool subcommand_required = false;

  std::string name() const;  // "nytte check-eligibility"
  std::string page() const;  // "nytte-check-eligibility", its man page
};

CommandSpec command_tree(const CLI::App& app);

// Every command of the tree, the root first, then depth first in the order
// they were added.
std::vector<const CommandSpec*> all_commands(const CommandSpec& root);

// The values of a validator's description in the form CLI11's IsMember and
// one_of() give it, "{text,json,csv}"; a value may be quoted, "{',',';'}".
// Empty when the description is not such a list.
std::vector<std::string> parse_choices(std::string_view description);

}  // namespace nytte::cli
