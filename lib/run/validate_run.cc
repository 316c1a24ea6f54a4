#include "nytte/validate_run.h"

#include <fmt/format.h>

#include "check/rule_check.h"
#include "format/output.h"
#include "format/validate_format.h"
#include "nytte/i18n.h"
#include "run/options.h"
#include "run/output_file.h"

namespace nytte {

int run_validate(const ValidateRunOptions& o, std::FILE* err) {
  // The machine formats (json, junit, github, gitlab) are the same in every
  // language: their messages are made in English from the start, as the
  // rules are loaded.
  if (validation_format_of(o.format) != ValidationFormat::text) set_language(Language::en);
  std::vector<std::string> paths = o.paths.empty() ? std::vector<std::string>{"rules"} : o.paths;
  std::vector<std::string> files = find_rule_files(paths);
  check_outputs({{"-o", o.output}}, files);
  std::vector<FileResult> results = validate_rule_files(files);
  ValidationTotals totals = tally_validation(results, o.strict);

  // -q: nothing printed, but an -o FILE is still written.
  Style style = Style::for_stream(stdout, o.color);  // checks --color too
  if (!o.quiet || !o.output.empty()) {
    ValidationFormat format = validation_format_of(o.format);
    bool tty_text = format == ValidationFormat::text && o.output.empty();
    std::string out =
        write_validation(format, results, {o.strict, o.verbose, tty_text ? style : Style{}});
    OutputSink sink(o.output);
    sink.write(out);
    sink.commit();
  }
  if (!o.quiet) {
    fmt::print(err, "{}", validation_summary_line(totals));
  }
  return totals.ok() ? 0 : 1;
}

}  // namespace nytte
