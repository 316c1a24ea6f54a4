// --help in the language of the rest of nytte's output (nytte/i18n.h):
// CLI11's own words (its labels "Usage", "OPTIONS", "REQUIRED", ..., the
// default groups "Options" and "Subcommands", the help and version flags'
// descriptions) and the value names (FILE, DATE) in Danish. The man pages
// and completions are made in English (generate.h), from the App's own
// definition, which this leaves as it is.
#pragma once

#include <string>
#include <string_view>

#include <CLI/CLI.hpp>

namespace nytte::cli {

// Gives `app` and every command under it the words of the current
// language. Called once, when the whole command line is built.
void translate_help(CLI::App& app);

// A value name as --help shows it: "FIL" for FILE in Danish, what CLI11
// adds after it (":{text,json}") kept; the name itself in English.
std::string value_name(std::string_view type);

}  // namespace nytte::cli
