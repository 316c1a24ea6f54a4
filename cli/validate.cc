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
             "  nytte validate rules/ --format gitlab -o gl-code-quality.json\n"
             "  nytte validate rules/ --baseline base-rules/ \\\n"
             "      --population examples/population/aarhus-2000.csv --fail-over 40\n"
             "\n"
             "Checks: TOML syntax; keys, types and required keys (with 'did you mean'); every\n"
             "condition, at its line and column; references to sources, target groups, tracks,\n"
             "fields and the files a rule set extends; extends cycles; versions of a rule that\n"
             "overlap. Warnings: a rule with no source or legal basis, a track no target group\n"
             "reaches, a declared field no rule reads, a gap between versions. Then runs every\n"
             "[[test]] of a rule file and of tests/<file> beside it.\n"
             "\n"
             "--baseline REF: each rule file checked is then diffed against its counterpart\n"
             "in REF (the file of the same name in a directory; REF itself when one file is\n"
             "checked) on the --population, as nytte diff does, and the diff written in the\n"
             "format asked for.\n"
             "\n"
             "Exit status: 0 all good, 1 errors (warnings too with --strict), failing tests or\n"
             "more people changed than --fail-over allows, with -q or without, 2 could not run\n"
             "(no such file, bad usage, a record of the population not read).\n")) +
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
  cmd->add_option("--baseline", opts->baseline,
                  tr("Diff each rule file against its counterpart in REF (a rule file, or a "
                     "directory of files of the same names), e.g. the target branch's rules"))
      ->type_name("REF");
  cmd->add_option("--population", opts->population,
                  tr("The people to diff on (--baseline): TOML or CSV files or directories; "
                     "repeatable"))
      ->type_name("POP")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  cmd->add_option("--on", opts->on,
                  tr("Date the rules are applied on (YYYY-MM-DD); default: today"))
      ->type_name("DATE");
  cmd->add_option_function<uint64_t>(
         "--fail-over", [opts](const uint64_t& n) { opts->fail_over = n; },
         tr("Exit status 1 when a diff changes more than N people (--baseline)"))
      ->type_name("N")
      ->check(whole_number(0));
  cmd->callback([opts, &exit_code] { exit_code = run_validate(*opts); });
  return cmd;
}

}  // namespace nytte::cli
