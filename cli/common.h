// Options every subcommand spells the same way (shared/contract.md).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

#include "base/date.h"
#include "base/diagnostic.h"
#include "diagnostics.h"
#include "load/citizen_reader.h"
#include "load/csv.h"
#include "run/progress.h"
#include "terminal_progress.h"

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
  bool quiet = false;              // -q (README.md, "Quiet mode and exit status")
  std::string csv_sep = ",";       // --csv-sep
};

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
    "-q prints nothing but the messages of bad usage and bad input (exit 2); the exit\n"
    "status tells. README.md, \"Quiet mode and exit status\", says it for every command.";
inline constexpr const char* kQuietHelp =
    "Quiet mode: nothing is printed but the messages of bad usage and bad input (exit 2); -o "
    "FILE is still written. The exit status tells (see \"Exit status\")";

// --csv-sep ',' or ';' for CSV output; ';' writes numbers with a decimal
// comma and joins lists in a cell with '|', for Danish spreadsheets.
void add_csv_sep_option(CLI::App& app, CommonOptions& o);
// The CSV form --csv-sep asks for (UsageError for another separator).
csv::Format csv_format_of(const CommonOptions& o);

// Before anything is read or written: refuses (UsageError) an output that is
// one of the inputs (the same file by device and inode, through links too),
// two outputs that are the same file, and an existing output the user cannot
// write. `outputs` pairs an option with its path ({"-o", o.output}); "" or "-"
// is standard output, refused only when redirected to an input.
void check_outputs(const std::vector<std::pair<std::string, std::string>>& outputs,
                   const std::vector<std::string>& inputs);
// The paths of several options in one list, for check_outputs.
std::vector<std::string> all_paths(std::initializer_list<std::vector<std::string>> lists);
// Standard input can be read once: refuses `--rules -` twice, or with an input `-`.
void check_stdin_once(const std::vector<std::string>& rules,
                      const std::vector<std::string>& inputs);

// --input-format toml|csv as the reader takes it ("" = by file extension).
std::optional<InputFormat> input_format_of(const std::string& name);

// Reads every citizen record of `inputs` in input order and passes the good
// ones to `each`; bad records and unreadable inputs go to `log` (bounded
// standard error), and `progress`, when given, is told the bytes read (a
// stage the caller started).
void read_citizens(const std::vector<std::string>& inputs, const Schema& schema,
                   const ReaderOptions& opt, StderrLog& log, Progress* progress,
                   const std::function<void(const Citizen&)>& each);

// The error for a record whose id an earlier record has.
Diagnostic duplicate_id_error(const Citizen& c);

// read_citizens keeping the first record of each id: a later one is the
// error duplicate_id_error, logged. Stage "reading citizens" on `progress`.
std::vector<Citizen> read_unique_citizens(const std::vector<std::string>& inputs,
                                          const Schema& schema, StderrLog& log,
                                          TerminalProgress& progress);

// The value of a date option (--on, --start, --until, --from, --to,
// --compare, ...): YYYY-MM-DD, a day of the calendar; "" = not given.
// Every date option says the same when it is not a date: UsageError
// "OPTION: 'TEXT' is not a date; expected YYYY-MM-DD, e.g. 2025-09-01".
std::optional<Date> date_option(std::string_view option, const std::string& text);

// The date of --on, or today's local date.
Date resolve_on(const std::string& on);
Date today();

}  // namespace nytte::cli
