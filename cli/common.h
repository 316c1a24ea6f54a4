// Options every subcommand spells the same way (shared/contract.md), as
// CLI11 flags of the library's CommonOptions (nytte/options.h; each run
// checks their values).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include <nytte/i18n.h>
#include <nytte/options.h>

namespace nytte::cli {

void add_rules_option(CLI::App& app, CommonOptions& o);
void add_on_option(CLI::App& app, CommonOptions& o);
void add_format_option(CLI::App& app, CommonOptions& o, std::vector<std::string> formats);
void add_output_option(CLI::App& app, CommonOptions& o);

// -q/--quiet, the same words in every subcommand: nothing on standard output
// or standard error but the messages of bad usage and bad input (exit 2); an
// -o FILE is still written; the exit status tells.
void add_quiet_option(CLI::App& app, bool& quiet);
// The last line of every --help footer, after the command's exit statuses.
inline constexpr const char* kQuietFooter =
    N_("-q prints nothing but the messages of bad usage and bad input (exit 2); the exit\n"
       "status tells. README.md, \"Quiet mode and exit status\", says it for every command.");
inline constexpr const char* kQuietHelp =
    N_("Quiet mode: nothing is printed but the messages of bad usage and bad input (exit 2); -o "
       "FILE is still written. The exit status tells (see \"Exit status\")");

// --color auto|always|never: colours in text for a person at a terminal
// (auto: when the stream is one and NO_COLOR is not set; Style in the library).
void add_color_option(CLI::App& app, std::string& color);

// --lang da|en on `app` and every command under it. main() has read its
// value before building the command line (nytte/i18n.h: find_option); the
// option makes the parser take it anywhere, check it and list it in --help,
// the man pages and the completions. Added last, after every command.
void add_lang_option(CLI::App& app, std::string& lang);

// A check that a value is one of `choices`, CLI11's IsMember with the
// message in nytte's words and a "did you mean" for a near miss:
// "--format: 'jsn' is not one of text, json, jsonl, csv; did you mean 'json'?"
CLI::Validator one_of(std::vector<std::string> choices);

// A check that a value is a whole number from `min` to `max`, in nytte's
// words: "--weeks: expected a whole number from 1 to 520, got 'abc'" (CLI11's
// Range says "not in range" for a word too). No `max`: any from `min` up.
CLI::Validator whole_number(long long min, std::optional<long long> max = std::nullopt);

// --csv-sep ',' or ';' for CSV output; ';' writes numbers with a decimal
// comma and joins lists in a cell with '|', for Danish spreadsheets.
void add_csv_sep_option(CLI::App& app, CommonOptions& o);
// --csv-bom: every CSV file or stream written starts with the UTF-8
// byte-order mark, without which Excel reads UTF-8 as Latin-1.
void add_csv_bom_option(CLI::App& app, CommonOptions& o);

}  // namespace nytte::cli
