// The checks of the options every command spells the same way
// (CommonOptions, nytte/options.h) and of the values of its own options,
// made the same way with the same messages (UsageError) by every command's
// run (nytte/*_run.h).
#pragma once

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/date.h"
#include "load/citizen_reader.h"
#include "load/csv.h"
#include "nytte/options.h"

namespace nytte {

// The CSV form --csv-sep and --csv-bom ask for (UsageError for another
// separator).
csv::Format csv_format_of(const CommonOptions& o);
// A CSV option (`given`: on the command line) of a run that writes no CSV
// (`writes_csv` false: neither --format csv nor a --shortfalls file) is
// ignored, but said on `err` (not with -q): a user who asked for a
// byte-order mark learns why the file has none.
void warn_unused_csv_option(const CommonOptions& o, std::string_view option, bool given,
                            bool writes_csv, std::FILE* err);
// warn_unused_csv_option for the CSV options every CSV writer takes:
// --csv-sep (given: other than the default ',') and --csv-bom.
void warn_unused_csv_options(const CommonOptions& o, bool writes_csv, std::FILE* err);

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

// The value of a date option (--on, --start, --until, --from, --to,
// --compare, ...): YYYY-MM-DD, a day of the calendar; "" = not given.
// Every date option says the same when it is not a date: UsageError
// "OPTION: 'TEXT' is not a date; expected YYYY-MM-DD, e.g. 2025-09-01".
std::optional<Date> date_option(std::string_view option, const std::string& text);

// The date of --on, or today's local date.
Date resolve_on(const std::string& on);
Date today();

}  // namespace nytte
