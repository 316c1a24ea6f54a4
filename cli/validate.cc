// `nytte validate`: checks rule files and runs the tests written beside them,
// for people and for CI (text, json, junit, github).
#include <fmt/format.h>

#include "check/rule_check.h"
#include "commands.h"
#include "common.h"
#include "format/output.h"
#include "format/validate_format.h"

namespace nytte::cli {
namespace {

struct Options {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string output;
  bool strict = false;
  bool quiet = false;
  bool verbose = false;
};

int run(const Options& o) {
  std::vector<std::string> paths = o.paths.empty() ? std::vector<std::string>{"rules"} : o.paths;
  std::vector<std::string> files = find_rule_files(paths);
  check_outputs({{"-o", o.output}}, files);
  std::vector<FileResult> results = validate_rule_files(files);
  ValidationTotals totals = tally_validation(results, o.strict);

  // -q: nothing printed, but an -o FILE is still written.
  if (!o.quiet || !o.output.empty()) {
    std::string out =
        write_validation(validation_format_of(o.format), results, {o.strict, o.verbose});
    OutputSink sink(o.output);
    sink.write(out);
    sink.commit();
  }
  if (!o.quiet) {
    fmt::print(stderr, "{}", validation_summary_line(totals));
  }
  return totals.ok() ? 0 : 1;
}

}  // namespace

CLI::App* add_validate(CLI::App& app, int& exit_code) {
  auto opts = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand(
      "validate", "Check rule files and run the tests written beside them (for CI)");
  cmd->footer(
      "Examples:\n"
      "  nytte validate                          (every rule file in rules/)\n"
      "  nytte validate rules/aarhus.toml --strict\n"
      "  nytte validate rules/ --format junit -o nytte-validate.xml\n"
      "  nytte validate rules/ --format github   (annotations in a GitHub Actions log)\n"
      "\n"
      "Checks: TOML syntax; keys, types and required keys (with 'did you mean'); every\n"
      "condition, at its line and column; references to sources, target groups, tracks,\n"
      "fields and the files a rule set extends; extends cycles; versions of a rule that\n"
      "overlap. Warnings: a rule with no source or legal basis, a track no target group\n"
      "reaches, a declared field no rule reads, a gap between versions. Then runs every\n"
      "[[test]] of a rule file and of tests/<file> beside it.\n"
      "\n"
      "Exit status: 0 all good, 1 errors (warnings too with --strict) or failing tests,\n"
      "with -q or without, 2 could not run (no such file, bad usage).\n" +
      std::string(kQuietFooter));
  cmd->add_option("paths", opts->paths, "Rule files or directories (default: rules/)")
      ->type_name("PATH...");
  cmd->add_option("--format", opts->format,
                  "Output format: text (file:line:column: error: message), json, junit, github")
      ->type_name("FORMAT")
      ->check(CLI::IsMember({"text", "json", "junit", "github"}));
  cmd->add_option("-o,--output", opts->output,
                  "Write the report to FILE (whole or not at all); default: standard output")
      ->type_name("FILE");
  cmd->add_flag("--strict", opts->strict, "Treat warnings as errors");
  add_quiet_option(*cmd, opts->quiet);
  cmd->add_flag("-v,--verbose", opts->verbose, "Also list the tests that passed (text)");
  cmd->callback([opts, &exit_code] { exit_code = run(*opts); });
  return cmd;
}

}  // namespace nytte::cli
