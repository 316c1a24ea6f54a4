// `nytte validate`: checks rule files and runs the tests written beside them,
// for people and for CI (text, json, junit, github, gitlab).
#include <memory>

#include <nytte/validate_run.h>

#include "commands.h"
#include "common.h"

namespace nytte::cli {

CLI::App* add_validate(CLI::App& app, int& exit_code) {
  auto opts = std::make_shared<ValidateRunOptions>();
  CLI::App* cmd = app.add_subcommand(
      "validate", tr("Check rule files and run the tests written beside them (for CI)"));
  cmd->footer(
      std::string(
          tr("Examples:\n"
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
             "with -q or without, 2 could not run (no such file, bad usage).\n")) +
      tr(kQuietFooter));
  cmd->add_option("paths", opts->paths, tr("Rule files or directories (default: rules/)"))
      ->type_name("PATH...");
  cmd->add_option("--format", opts->format,
                  tr("Output format: text (file:line:column: error: message), json, junit, github, "
                     "gitlab (a Code Quality report)"))
      ->type_name("FORMAT")
      ->check(one_of({"text", "json", "junit", "github", "gitlab"}));
  cmd->add_option("-o,--output", opts->output,
                  tr("Write the report to FILE (whole or not at all); default: standard output"))
      ->type_name("FILE");
  cmd->add_flag("--strict", opts->strict, tr("Treat warnings as errors"));
  add_quiet_option(*cmd, opts->quiet);
  add_color_option(*cmd, opts->color);
  cmd->add_flag("-v,--verbose", opts->verbose, tr("Also list the tests that passed (text)"));
  cmd->callback([opts, &exit_code] { exit_code = run_validate(*opts); });
  return cmd;
}

}  // namespace nytte::cli
