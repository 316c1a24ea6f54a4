// What the command line says when it cannot be parsed: in the one message
// form, with a "did you mean" for a near miss and where to look, as git does:
//   nytte: error: unknown option '--fromat'; did you mean '--format'?
//   nytte: error: see 'nytte check-eligibility --help'
#pragma once

#include <string>
#include <string_view>

#include <CLI/CLI.hpp>

namespace nytte::cli {

// A word given as a command of `parent` that is none of its commands
// (`nytte help nosuch`).
struct UnknownCommand : CLI::ParseError {
  UnknownCommand(const CLI::App& parent, std::string_view word);
  const CLI::App* parent;
};

// The commands of `app` a person can be offered (not the hidden ones).
std::vector<const CLI::App*> visible_commands(const CLI::App& app);

// "nytte check-eligibility": the words that run `app`.
std::string command_path(const CLI::App& app);

// Reports what CLI11 threw from parsing `app`: help and --version on
// standard output (exit 0), bad usage on standard error (exit 2). Returns
// the exit code.
int report_parse_error(const CLI::App& app, const CLI::ParseError& e);

}  // namespace nytte::cli
