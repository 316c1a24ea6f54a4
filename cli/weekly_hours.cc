// nytte weekly-hours: required, planned and attended hours, ISO week by ISO
// week, for each person of the inputs (citizens with rules, or plan files).
#include <memory>

#include <nytte/hours_run.h>

#include "commands.h"
#include "common.h"
#include "terminal_progress.h"

namespace nytte::cli {

CLI::App* add_weekly_hours(CLI::App& app, int& exit_code) {
  auto opts = std::make_shared<HoursRunOptions>();
  CLI::App* cmd = app.add_subcommand(
      "weekly-hours", tr("Required, planned and attended hours week by week over a period"));
  cmd->footer(
      std::string(tr(
          "Examples:\n"
          "  nytte weekly-hours examples/citizens/greve-nyledig.toml --rules greve --weeks 26\n"
          "  nytte weekly-hours examples/plans/nordfyns-49.toml --rules nordfyns \\\n"
          "      --attendance examples/attendance/nordfyns-49.csv --from 2025-09-01 --to "
          "2025-10-31\n"
          "  nytte weekly-hours --holidays 2026\n"
          "\n"
          "Inputs are citizen files (the requirement comes from the rules, decided week by week)\n"
          "or plan files ([[plan]], as build-package writes them). The period is --from/--to, or\n"
          "--weeks N from the course start (default 4 weeks). An attendance log is CSV\n"
          "(id,date,offer,hours,status) or TOML [[attendance]]; status is present, sick,\n"
          "approved_absence or unexcused. A week whose hours the source does not state has no\n"
          "requirement (\"not stated\"; null in JSON, empty in CSV) and is never short.\n"
          "\n"
          "Exit status: 0 done, 1 with --fail-under or -q: a week below the requirement, 2 bad\n"
          "usage or input (messages name file:line:column; the other rows are still counted).\n")) +
      tr(kQuietFooter));
  cmd->add_option(
         "inputs", opts->inputs,
         tr("Citizen files (TOML or CSV), directories, plan files, or - for standard input"))
      ->type_name("INPUT...");
  add_rules_option(*cmd, opts->common);
  add_format_option(*cmd, opts->common, {"text", "json", "csv"});
  add_output_option(*cmd, opts->common);
  cmd->add_option("--from", opts->from, tr("First day of the period (YYYY-MM-DD)"))
      ->type_name("DATE");
  cmd->add_option("--to", opts->to, tr("Last day of the period (YYYY-MM-DD)"))->type_name("DATE");
  cmd->add_option("--weeks", opts->weeks,
                  tr("Number of ISO weeks (1 to 520) from the course start or --from"))
      ->type_name("N")
      ->check(whole_number(1, 520));
  cmd->add_option("--attendance", opts->attendance,
                  tr("Attendance log, CSV or TOML (repeatable; - for standard input)"))
      ->type_name("FILE")
      ->expected(1)
      ->allow_extra_args(false);
  cmd->add_option("--shortfalls", opts->shortfalls,
                  tr("Also write every week below its requirement, with the minutes missing, to "
                     "FILE as CSV (whole or not at all), whatever the --format"))
      ->type_name("FILE");
  cmd->add_flag(
      "--fail-under", opts->fail_under,
      tr("Exit 1 when a week is below the requirement (attended, or planned without a log)"));
  cmd->add_option("--holidays", opts->holidays_year,
                  tr("List the public holidays and the rule set's closing days of YEAR"))
      ->type_name("YEAR")
      ->check(whole_number(1900, 2200));
  add_csv_sep_option(*cmd, opts->common);
  add_csv_bom_option(*cmd, opts->common);
  add_quiet_option(*cmd, opts->common.quiet);
  add_color_option(*cmd, opts->common.color);
  cmd->callback([opts, &exit_code] {
    TerminalProgress progress(opts->common.quiet);
    exit_code = run_weekly_hours(*opts, progress);
  });
  return cmd;
}

}  // namespace nytte::cli
