// What the command line says when CLI11 cannot parse it (parse_error.h).
#include "parse_error.h"

#include <cctype>
#include <cstdio>
#include <sstream>
#include <vector>

#include <fmt/format.h>

#include <nytte/error.h>
#include <nytte/suggest.h>

namespace nytte::cli {
namespace {

std::string with_suggestion(std::string message, std::string suggestion) {
  if (!suggestion.empty()) message += "; " + suggestion;
  return message;
}

std::string unknown_command_message(const CLI::App& parent, std::string_view word) {
  std::vector<std::string_view> names;
  for (const CLI::App* sub : visible_commands(parent)) names.push_back(sub->get_name());
  return with_suggestion(fmt::format("unknown command '{}'", word), did_you_mean(word, names));
}

// `arg` as given ("--fromat", "--fromat=json", "-x"); long ones get a
// suggestion from the long options of `app`.
std::string unknown_option_message(const CLI::App& app, std::string_view arg) {
  std::string_view name = arg.substr(0, arg.find('='));
  std::string suggestion;
  if (name.substr(0, 2) == "--") {
    std::vector<std::string> longs;
    for (const CLI::Option* o : app.get_options())
      if (!o->get_group().empty())  // hidden options are not offered
        for (const std::string& l : o->get_lnames()) longs.push_back("--" + l);
    suggestion = did_you_mean(name, std::vector<std::string_view>(longs.begin(), longs.end()));
  }
  return with_suggestion(fmt::format("unknown option '{}'", name), suggestion);
}

// CLI11's own message, begun in lower case as the others are.
std::string plain(std::string_view what) {
  std::string s(what);
  if (s.size() > 1 && std::isupper(static_cast<unsigned char>(s[0])) &&
      std::islower(static_cast<unsigned char>(s[1])))
    s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
  return s;
}

// "--threads: expected UINT, got 'many'" for CLI11's "Could not convert:
// --threads = many", from the option's own type name; else CLI11's message.
std::string conversion_message(const CLI::App& app, std::string_view what) {
  constexpr std::string_view kPrefix = "Could not convert: ";
  size_t eq = what.find(" = ");
  if (what.substr(0, kPrefix.size()) != kPrefix || eq == std::string_view::npos) return plain(what);
  std::string name(what.substr(kPrefix.size(), eq - kPrefix.size()));
  const CLI::Option* o = app.get_option_no_throw(name);
  if (!o || o->get_type_name().empty()) return plain(what);
  return fmt::format("{}: expected {}, got '{}'", name, o->get_type_name(), what.substr(eq + 3));
}

// The command being parsed when CLI11 stopped: the last one selected.
const CLI::App& deepest(const CLI::App& app) {
  const CLI::App* a = &app;
  while (!a->get_subcommands().empty()) a = a->get_subcommands().front();
  return *a;
}

struct Usage {
  std::string message;
  const CLI::App* see;  // whose --help the hint names
};

Usage usage_of(const CLI::App& app, const CLI::ParseError& e) {
  if (const auto* u = dynamic_cast<const UnknownCommand*>(&e)) return {u->what(), u->parent};
  const CLI::App& cmd = deepest(app);
  // By type: CLI11 names some errors after the command that threw them.
  const bool extras = dynamic_cast<const CLI::ExtrasError*>(&e) != nullptr;
  // A command that needs one and was given none it knows: the word is the
  // mistyped command, left over (`nytte chek-eligibility`).
  const bool no_command = dynamic_cast<const CLI::RequiredError*>(&e) != nullptr &&
                          cmd.get_require_subcommand_min() > 0;
  if (extras || no_command) {
    for (const CLI::App* a = &cmd; a; a = a->get_parent()) {
      std::vector<std::string> left = a->remaining();
      if (left.empty()) continue;
      const std::string& w = left.front();
      if (w.size() > 1 && w[0] == '-') return {unknown_option_message(*a, w), a};
      // A word a command with commands of its own did not know (not one left
      // to a parent after its command was found).
      if (a == &cmd && !visible_commands(*a).empty()) return {unknown_command_message(*a, w), a};
      return {fmt::format("unexpected argument '{}'", w), a};
    }
    if (no_command) return {"no command given", &cmd};
  }
  if (dynamic_cast<const CLI::ConversionError*>(&e))
    return {conversion_message(cmd, e.what()), &cmd};
  return {plain(e.what()), &cmd};
}

}  // namespace

UnknownCommand::UnknownCommand(const CLI::App& p, std::string_view word)
    : CLI::ParseError(unknown_command_message(p, word), CLI::ExitCodes::ExtrasError), parent(&p) {}

std::vector<const CLI::App*> visible_commands(const CLI::App& app) {
  return app.get_subcommands([](const CLI::App* s) { return !s->get_group().empty(); });
}

std::string command_path(const CLI::App& app) {
  if (!app.get_parent()) return app.get_name();
  return command_path(*app.get_parent()) + " " + app.get_name();
}

int report_parse_error(const CLI::App& app, const CLI::ParseError& e) {
  if (e.get_exit_code() == 0) {
    // Help and version through one write to stdout, left for main's check:
    // CLI11 flushes the version with std::endl, which would lose the reason
    // a write failed ("No space left on device") before it is asked.
    std::ostringstream text;
    app.exit(e, text);
    std::string printed = text.str();
    std::fwrite(printed.data(), 1, printed.size(), stdout);
    return 0;
  }
  Usage u = usage_of(app, e);
  std::string see = fmt::format("see '{} --help'", command_path(*u.see));
  fmt::print(stderr, "{}\n{}\n", message_line(Severity::error, u.message),
             message_line(Severity::error, see));
  return 2;
}

}  // namespace nytte::cli
