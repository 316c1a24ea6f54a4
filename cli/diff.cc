// nytte diff: what a change of rules (or of date) does to a population.
#include <memory>

#include <nytte/diff_run.h>

#include "commands.h"
#include "common.h"
#include "terminal_progress.h"

namespace nytte::cli {

CLI::App* add_diff(CLI::App& app, int& exit_code) {
  auto opts = std::make_shared<DiffRunOptions>();
  auto fail_over = std::make_shared<uint64_t>(0);
  CLI::App* cmd = app.add_subcommand(
      "diff", tr("What a rule change does to a population: who changes and why, with small counts "
                 "hidden"));
  cmd->footer(
      std::string(tr(
          "Examples:\n"
          "  nytte diff examples/population/aarhus-2000.csv --rules aarhus --on 2025-09-01 \\\n"
          "      --against tests/data/diff/aarhus-30mdr.toml\n"
          "  nytte diff pop.csv --rules national --on 2025-06-30 --against-on 2025-07-01\n"
          "  nytte diff pop.csv --rules old/aarhus.toml --against rules/aarhus.toml --format html "
          "-o diff.html\n"
          "  nytte diff pop.csv --rules aarhus --against new.toml --list changed.jsonl -o "
          "diff.txt\n"
          "  nytte diff pop.csv --rules base.toml --against rules/aarhus.toml --format github "
          "--fail-over 40\n"
          "\n"
          "--rules and --on are the before side, --against and --against-on the after side\n"
          "(each defaults to the before side's; give at least one). Counts from 1 to 4 are\n"
          "shown as <5, and a second cell (x) is hidden where a reader could work such a count\n"
          "out from a total; --no-suppress shows every count (for internal use). The report\n"
          "never shows ids or CPR numbers; --list does (internal use), CPR masked.\n"
          "Exit status: 0 done, 1 more people changed than --fail-over allows (the report is\n"
          "still written), 2 bad usage or input (the diff still counts the good records).\n")) +
      tr(kQuietFooter));
  cmd->add_option(
         "inputs", opts->inputs,
         tr("Population: citizen files (TOML or CSV), directories, or - for standard input"))
      ->type_name("INPUT...");
  add_rules_option(*cmd, opts->common);
  add_on_option(*cmd, opts->common);
  cmd->add_option("--against", opts->against,
                  tr("The rules of the after side: a file or a name, as --rules (default: the "
                     "before side's)"))
      ->type_name("FILE");
  cmd->add_option("--against-on", opts->against_on,
                  tr("The date of the after side (default: the before side's, --on)"))
      ->type_name("DATE");
  add_format_option(*cmd, opts->common,
                    {"text", "markdown", "csv", "json", "html", "github", "gitlab"});
  add_output_option(*cmd, opts->common);
  add_csv_sep_option(*cmd, opts->common);
  add_csv_bom_option(*cmd, opts->common);
  cmd->add_option("--csv-layout", opts->csv_layout,
                  tr("CSV layout: long (default: one row a figure, for scripts) or table (each "
                     "table as on screen, for a spreadsheet)"))
      ->type_name("LAYOUT")
      ->check(one_of({"long", "table"}));
  cmd->add_flag("--no-suppress", opts->no_suppress,
                tr("Show counts from 1 to 4 (internal use only; never publish such a report)"));
  cmd->add_flag("--no-packages", opts->no_packages,
                tr("Leave out the seats and cost (they make everyone's package on both sides)"));
  cmd->add_option("--list", opts->list,
                  tr("Write the changed people to FILE, one JSON line each with both decisions "
                     "(internal use; - for standard output, the report then only with -o)"))
      ->type_name("FILE");
  cmd->add_flag("--show-cpr", opts->show_cpr,
                tr("Print CPR numbers in full in the --list (masked by default)"));
  CLI::Option* fail = cmd->add_option("--fail-over", *fail_over,
                                      tr("Exit 1 when more than N people changed (for CI)"))
                          ->type_name("N")
                          ->check(whole_number(0));
  cmd->add_flag(
      "--no-duplicate-check", opts->no_duplicate_check,
      tr("Do not check that ids are unique (saves 20 MB of memory and a temporary file of 8 "
         "bytes a person)"));
  add_quiet_option(*cmd, opts->common.quiet);
  add_color_option(*cmd, opts->common.color);
  cmd->add_option("--input-format", opts->input_format,
                  tr("Read inputs as toml or csv (default: by file extension; stdin is sniffed)"))
      ->check(one_of({"toml", "csv"}));
  cmd->add_option("--threads", opts->threads, tr("Worker threads (default: one per core)"))
      ->check(whole_number(0));
  cmd->callback([opts, fail_over, fail, &exit_code] {
    if (fail->count() > 0) opts->fail_over = *fail_over;
    TerminalProgress progress(opts->common.quiet);
    exit_code = run_diff(*opts, progress);
  });
  return cmd;
}

}  // namespace nytte::cli
