// nytte check-eligibility: who is in a target group, which track, how many
// hours a week, and why.
#include <memory>

#include <nytte/eligibility_run.h>
#include <nytte/error.h>
#include <nytte/interview_run.h>

#include "commands.h"
#include "common.h"
#include "terminal_progress.h"

namespace nytte::cli {

CLI::App* add_check_eligibility(CLI::App& app, int& exit_code) {
  auto opts = std::make_shared<EligibilityRunOptions>();
  CLI::App* cmd = app.add_subcommand(
      "check-eligibility",
      tr("Who is in the target group, which track, how many hours a week, and why"));
  cmd->footer(
      std::string(tr(
          "Examples:\n"
          "  nytte check-eligibility examples/citizens/nordfyns-49.toml --rules nordfyns\n"
          "  nytte check-eligibility person.toml --on 2025-09-01          (built-in national "
          "rules)\n"
          "  nytte check-eligibility population.csv --rules aarhus --format jsonl | jq .\n"
          "  nytte check-eligibility -q person.toml && echo covered\n"
          "\n"
          "Exit status: 0 done (with -q: someone checked is eligible), 1 with -q: nobody checked\n"
          "is eligible, 2 bad usage or input (messages name file:line:column).\n")) +
      tr(kQuietFooter));
  cmd->add_option("inputs", opts->inputs,
                  tr("Citizen files ([[citizen]] TOML, or CSV), directories of *.toml, or - for "
                     "standard input"))
      ->type_name("INPUT...");
  add_rules_option(*cmd, opts->common);
  add_on_option(*cmd, opts->common);
  add_format_option(*cmd, opts->common, {"text", "json", "jsonl", "csv", "letter"});
  add_output_option(*cmd, opts->common);
  add_csv_sep_option(*cmd, opts->common);
  add_csv_bom_option(*cmd, opts->common);
  add_quiet_option(*cmd, opts->common.quiet);
  add_color_option(*cmd, opts->common.color);
  cmd->add_flag("--explain", opts->explain,
                tr("Reasons also carry each rule's title, condition, quoted source and the "
                   "evaluation tree"));
  cmd->add_option("--input-format", opts->input_format,
                  tr("Read inputs as toml or csv (default: by file extension; stdin is sniffed)"))
      ->check(one_of({"toml", "csv"}));
  cmd->add_flag("--show-cpr", opts->show_cpr, tr("Print CPR numbers in full (masked by default)"));
  cmd->add_flag(
      "--no-duplicate-check", opts->no_duplicate_check,
      tr("Do not check that ids are unique (saves 20 MB of memory and a temporary file of 8 "
         "bytes a citizen)"));
  cmd->add_option("--threads", opts->threads, tr("Worker threads (default: one per core)"))
      ->check(whole_number(0));
  cmd->add_flag("--ask", opts->ask,
                tr("Interview: ask one question at a time for what the rules still need, then "
                   "print the decision; -o FILE saves the answers as a citizen file"));
  cmd->add_option("--id", opts->id,
                  tr("With --ask: the id of the citizen answered (default: the input file's, "
                     "else 'interview')"))
      ->type_name("ID");
  cmd->callback([opts, &exit_code] {
    if (opts->ask) {
      exit_code = run_interview(*opts);
      return;
    }
    if (!opts->id.empty()) throw UsageError(tr("--id is for --ask"));
    TerminalProgress progress(opts->common.quiet);
    exit_code = run_eligibility(*opts, progress);
  });
  return cmd;
}

}  // namespace nytte::cli
