// nytte help [COMMAND...]: what `nytte --help` or `nytte COMMAND --help`
// prints, found by walking the command line's own definition, so that a
// command added later has its help here too.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "commands.h"
#include "common.h"
#include "parse_error.h"

namespace nytte::cli {

CLI::App* add_help(CLI::App& app) {
  auto words = std::make_shared<std::vector<std::string>>();
  CLI::App* cmd = app.add_subcommand("help", tr("Print the help of nytte, or of a command"));
  cmd->footer(
      tr("Examples:\n"
         "  nytte help                      (what nytte --help prints)\n"
         "  nytte help check-eligibility    (what nytte check-eligibility --help prints)"));
  cmd->add_option("command", *words, tr("The command whose help to print"))->type_name("COMMAND");
  // Taken as every command takes it; help is plain text, never coloured.
  auto color = std::make_shared<std::string>("auto");
  add_color_option(*cmd, *color);
  cmd->callback([&app, words, color] {
    const CLI::App* target = &app;
    for (const std::string& w : *words) {
      const CLI::App* next = nullptr;
      for (const CLI::App* sub : visible_commands(*target))
        if (sub->get_name() == w) next = sub;
      if (!next) throw UnknownCommand(*target, w);
      target = next;
    }
    // The formatter directly: App::help would describe the command being
    // run, which is this one.
    std::string text = target->get_formatter()->make_help(target, command_path(*target),
                                                          CLI::AppFormatMode::Normal);
    std::fwrite(text.data(), 1, text.size(), stdout);
  });
  return cmd;
}

}  // namespace nytte::cli
