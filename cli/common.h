// Options every subcommand spells the same way (shared/contract.md).
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "citizen_reader.h"
#include "date.h"
#include "diagnostic.h"

namespace nytte::cli {

// Bad usage: reported as "nytte: message", exit code 2.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct CommonOptions {
  std::vector<std::string> rules;  // --rules, repeatable; empty = built-in national
  std::string on;                  // --on DATE; empty = today
  std::string format = "text";     // --format
  std::string output;              // -o FILE
  bool quiet = false;              // -q
};

void add_rules_option(CLI::App& app, CommonOptions& o);
void add_on_option(CLI::App& app, CommonOptions& o);
void add_format_option(CLI::App& app, CommonOptions& o, std::vector<std::string> formats);
void add_output_option(CLI::App& app, CommonOptions& o);

// --input-format toml|csv as the reader takes it ("" = by file extension).
std::optional<InputFormat> input_format_of(const std::string& name);

// The date of --on, or today's local date.
Date resolve_on(const std::string& on);
Date today();

}  // namespace nytte::cli
