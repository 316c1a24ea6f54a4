// nytte report: a population at a glance, with small counts hidden.
#include <memory>

#include <nytte/report_run.h>

#include "commands.h"
#include "common.h"
#include "terminal_progress.h"

namespace nytte::cli {

CLI::App* add_report(CLI::App& app, int& exit_code) {
  auto opts = std::make_shared<ReportRunOptions>();
  CLI::App* cmd = app.add_subcommand(
      "report", tr("Counts, capacity, hours and cost over a population, with small counts hidden"));
  cmd->footer(
      std::string(tr(
          "Examples:\n"
          "  nytte report examples/population/aarhus-2000.csv --rules aarhus --on 2023-06-01\n"
          "  nytte report pop.csv --rules aarhus --on 2025-09-01 --compare 2024-06-01\n"
          "  nytte report pop.csv --rules aarhus --format html -o report.html\n"
          "  nytte report pop.csv --by residence_area --format csv --csv-sep ';' -o rapport.csv\n"
          "\n"
          "Counts from 1 to 4 are shown as <5, and a second cell (x) is hidden where a reader\n"
          "could otherwise work such a count out from a total; --no-suppress shows every count\n"
          "(for internal use). CPR numbers and ids never appear in a report.\n"
          "Exit status: 0 done, 2 bad usage or input (the report still counts the good records);\n"
          "never 1, with -q or without.\n")) +
      tr(kQuietFooter));
  cmd->add_option(
         "inputs", opts->inputs,
         tr("Population: citizen files (TOML or CSV), directories, or - for standard input"))
      ->type_name("INPUT...");
  add_rules_option(*cmd, opts->common);
  add_on_option(*cmd, opts->common);
  cmd->add_option("--compare", opts->compare,
                  tr("A second date: every section shows both dates side by side, and the change"))
      ->type_name("DATE");
  cmd->add_option("--by", opts->by,
                  tr("Also break the covered people down by this field (repeatable; any field of "
                     "single values, also those a rule set declares)"))
      ->type_name("FIELD");
  cmd->add_option("--attendance", opts->attendance,
                  tr("Attendance log, CSV or TOML (repeatable): adds the attendance section"))
      ->type_name("FILE");
  add_format_option(*cmd, opts->common, {"text", "markdown", "csv", "json", "html"});
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
                tr("Leave out the capacity and cost sections (they make everyone's package)"));
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
  cmd->add_option("--allocation-limit", opts->allocation_limit,
                  tr("Share the seats offered out as build-package does for at most N covered "
                     "people (4 bytes a person while reading, then their packages; default "
                     "200000; 0: never); above it the capacity tables say 'not computed'"))
      ->type_name("N")
      ->check(whole_number(0));
  cmd->callback([opts, &exit_code] {
    TerminalProgress progress(opts->common.quiet);
    exit_code = run_report(*opts, progress);
  });
  return cmd;
}

}  // namespace nytte::cli
