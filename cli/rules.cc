// `nytte rules`: the rule sets --rules NAME finds, listed; `nytte rules show
// ID` prints one.
#include <memory>

#include <nytte/rules_run.h>

#include "commands.h"
#include "common.h"

namespace nytte::cli {

CLI::App* add_rules(CLI::App& app, int& exit_code) {
  auto opts = std::make_shared<RulesRunOptions>();
  CLI::App* cmd = app.add_subcommand(
      "rules", tr("List the rule sets that --rules NAME finds, or print one (rules show ID)"));
  cmd->footer(
      tr("Examples:\n"
         "  nytte rules                             (name, id, version, municipality, dates, file, "
         "title)\n"
         "  nytte rules --format json | jq -r '.[] | select(.municipality) | .name'\n"
         "  nytte rules show aarhus                 (the rule file as it is)\n"
         "  NYTTE_RULES_PATH=~/rules nytte check-eligibility citizen.toml --rules mine\n"
         "\n"
         "--rules NAME (no '/', no '.toml') looks for NAME.toml in each directory of\n"
         "NYTTE_RULES_PATH (colon-separated), then the installed share/nytte/rules, then\n"
         "./rules; the first found wins. 'national' is always the rule set built in. A\n"
         "rule set an earlier directory also has is listed as shadowed; one that does not\n"
         "load is listed with its error (the listing goes on). docs/rules.md, \"Rule sets\n"
         "by name\".\n"
         "\n"
         "Exit status: 0 listed or shown, 2 could not (no rule set of that name, bad usage).\n"));
  cmd->add_option("--format", opts->format,
                  tr("Output format: text, json, names (one name a line, for shell completion)"))
      ->type_name("FORMAT")
      ->check(one_of({"text", "json", "names"}));
  add_color_option(*cmd, opts->color);
  CLI::App* show = cmd->add_subcommand("show", tr("Print a rule set's file as it is"));
  show->footer(
      tr("Examples:\n"
         "  nytte rules show aarhus | head\n"
         "  nytte rules show national               (the text built into the binary)\n"
         "\n"
         "Exit status: 0 shown, 2 no rule set of that name (with the directories looked in).\n"));
  auto id = std::make_shared<std::string>();
  show->add_option("id", *id, tr("The rule set's name, as --rules takes it"))
      ->type_name("RULE_SET")  // completed with the names `nytte rules --format names` lists
      ->required();
  add_color_option(*show, opts->color);  // as every command takes it, after the ID too
  // Given, even empty (''), it is shown, not the list.
  show->callback([opts, id] { opts->show = *id; });
  cmd->require_subcommand(0, 1);
  cmd->callback([opts, &exit_code] { exit_code = run_rules(*opts); });
  return cmd;
}

}  // namespace nytte::cli
