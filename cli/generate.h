// Man pages and shell completions written from the command line itself, as
// ripgrep's `rg --generate`: the hidden root option
//
//   nytte --generate man                  nytte(1) on standard output
//   nytte --generate man-SUB              nytte-SUB(1), e.g. man-check-eligibility
//   nytte --generate complete-bash        (also complete-zsh, complete-fish)
//   nytte --generate KIND --output-dir D  the files instead: every page D/nytte*.1,
//                                         or D/nytte.bash, D/_nytte, D/nytte.fish
//
// reads only the CLI11 App (command_tree.h), so a subcommand or option added
// there is in the pages and completions with no other change. CMake runs it
// after the build (cli/CMakeLists.txt); tests/tools/check_generated.py
// compares the result with --help.
#pragma once

#include <string>
#include <string_view>

#include <CLI/CLI.hpp>

#include "command_tree.h"

namespace nytte::cli {

// Adds --generate and --output-dir to the root, hidden from --help. When
// given, the output is written and parsing ends there (CLI::Success), before
// the root asks for a subcommand.
void add_generate_option(CLI::App& app);

// The man page of `cmd`, a command of the tree `root`, in roff (man(7)).
// `date` goes into .TH (empty: none, so that the page does not change with
// the day it is made); `version` names the source ("nytte 0.1.0").
std::string man_page(const CommandSpec& root, const CommandSpec& cmd, std::string_view date,
                     std::string_view version);

// Text escaped for a roff text line: backslashes, hyphens as \-, characters
// outside ASCII as \[uXXXX], and a leading '.' or '\'' made plain text.
std::string roff_escape(std::string_view text);

std::string bash_completion(const CommandSpec& root);
std::string zsh_completion(const CommandSpec& root);
std::string fish_completion(const CommandSpec& root);

}  // namespace nytte::cli
