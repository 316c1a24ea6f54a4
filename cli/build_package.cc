// nytte build-package: a weekly package (jobpakke) of offers that reaches the
// person's required hours; for a batch, everyone against the offers' seats.
#include <memory>

#include <nytte/package_run.h>

#include "commands.h"
#include "common.h"
#include "terminal_progress.h"

namespace nytte::cli {

CLI::App* add_build_package(CLI::App& app, int& exit_code) {
  auto opts = std::make_shared<PackageRunOptions>();
  CLI::App* cmd = app.add_subcommand(
      "build-package", tr("A weekly package of offers that reaches the required hours"));
  cmd->footer(
      std::string(tr(
          "Examples:\n"
          "  nytte build-package examples/citizens/nordfyns-49.toml --rules nordfyns\n"
          "  nytte build-package examples/citizens/greve-nyledig.toml --rules greve \\\n"
          "      --start 2025-09-01 --format ics -o calendar.ics\n"
          "  nytte build-package tests/data/packages/greve-30-unge.csv --rules greve \\\n"
          "      --start 2025-09-01 --format ics --weeks 13 --split calendars/\n"
          "  nytte build-package examples/population/aarhus-2000.csv --rules aarhus \\\n"
          "      --start 2025-09-01 --format toml -o plans.toml\n"
          "  nytte build-package examples/citizens/greve-dansk.toml --rules greve \\\n"
          "      --start 2024-09-02 --hours 20\n"
          "\n"
          "The start is --start, else the record's start_date, else --on, else today; the rules\n"
          "are applied on --on, else on the start. One person gets the best package the recipe\n"
          "allows; several people share the offers' seats in priority order (earliest start,\n"
          "then the fewest offers open to them, then input order). Where the source states no\n"
          "weekly hours, the package holds the stated parts only, or is made up to --hours N\n"
          "(capped by the track's maximum); nothing is missing against a requirement nobody\n"
          "states. See docs/packages.md.\n"
          "\n"
          "Exit status: 0 done, 1 with -q: someone is short of hours or has no package,\n"
          "2 bad usage or input (messages name file:line:column).\n")) +
      tr(kQuietFooter));
  cmd->add_option("inputs", opts->inputs, tr("Citizen files (TOML or CSV), directories, or -"))
      ->type_name("INPUT...");
  add_rules_option(*cmd, opts->common);
  add_on_option(*cmd, opts->common);
  cmd->add_option("--start", opts->start, tr("First day of the course (YYYY-MM-DD)"))
      ->type_name("DATE");
  add_format_option(*cmd, opts->common, {"text", "json", "csv", "toml", "ics"});
  add_output_option(*cmd, opts->common);
  cmd->add_flag("--no-seat-limits", opts->no_seat_limits,
                tr("Treat every offer as having seats for everyone: each person's best package, "
                   "the demand for seats (as nytte report counts it)"));
  cmd->add_option("--hours", opts->hours,
                  tr("Hours a week to make the package up to for a person whose hours the source "
                     "does not state (capped by the track's maximum; ignored where the rules state "
                     "the hours); without it such a person gets the stated parts only"))
      ->type_name("N");
  cmd->add_option("--weeks", opts->weeks,
                  tr("With --format ics: the course lasts N ISO weeks, the week of the start "
                     "first (as weekly-hours --weeks counts); default: the rule set's course "
                     "length where it declares one, else 26 weeks"))
      ->type_name("N")
      ->check(whole_number(1));
  cmd->add_option("--until", opts->until,
                  tr("With --format ics: the last day of the course (YYYY-MM-DD)"))
      ->type_name("DATE");
  cmd->add_option("--split", opts->split,
                  tr("With --format ics: one calendar a person, DIR/ID.ics (ids made safe as file "
                     "names, docs/packages.md), all written or none; needed for more than one "
                     "person"))
      ->type_name("DIR");
  cmd->add_option("--shortfalls", opts->shortfalls,
                  tr("Also write every person short of hours or without a package, with the reason "
                     "and the minutes missing, to FILE as CSV (whole or not at all), whatever the "
                     "--format"))
      ->type_name("FILE");
  cmd->add_option("--threads", opts->threads,
                  tr("Worker threads for a batch (default: one per core; the packages are the same "
                     "on any number)"))
      ->check(whole_number(0));
  add_csv_sep_option(*cmd, opts->common);
  add_csv_bom_option(*cmd, opts->common);
  add_quiet_option(*cmd, opts->common.quiet);
  add_color_option(*cmd, opts->common.color);
  cmd->callback([opts, &exit_code] {
    TerminalProgress progress(opts->common.quiet);
    exit_code = run_packages(*opts, progress);
  });
  return cmd;
}

}  // namespace nytte::cli
