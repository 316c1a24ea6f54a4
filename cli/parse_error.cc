// What the command line says when CLI11 cannot parse it (parse_error.h).
#include "parse_error.h"

#include <cctype>
#include <cstdio>
#include <regex>
#include <sstream>
#include <vector>

#include <fmt/format.h>

#include <nytte/error.h>
#include <nytte/i18n.h>
#include <nytte/suggest.h>

#include "help_format.h"

namespace nytte::cli {
namespace {

std::string with_suggestion(std::string message, std::string suggestion) {
  if (!suggestion.empty()) message += "; " + suggestion;
  return message;
}

std::string unknown_command_message(const CLI::App& parent, std::string_view word) {
  std::vector<std::string_view> names;
  for (const CLI::App* sub : visible_commands(parent)) names.push_back(sub->get_name());
  return with_suggestion(trf("unknown command '{}'", word), did_you_mean(word, names));
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
  return with_suggestion(trf("unknown option '{}'", name), suggestion);
}

// CLI11's own message, begun in lower case as the others are.
std::string plain(std::string_view what) {
  std::string s(what);
  if (s.size() > 1 && std::isupper(static_cast<unsigned char>(s[0])) &&
      std::islower(static_cast<unsigned char>(s[1])))
    s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
  return s;
}

// A CLI11 type name in words ("UINT": "a whole number, 0 or more"); one of
// nytte's own (DATE, FILE, N) as --help names it.
std::string type_words(const std::string& type) {
  if (type == "INT") return tr("a whole number");
  if (type == "UINT") return tr("a whole number, 0 or more");
  if (type == "FLOAT" || type == "NUMBER") return tr("a number");
  if (type == "BOOLEAN") return tr("true or false");
  if (type == "TEXT") return tr("text");
  return value_name(type);
}

// "FORMAT" of CLI11's "FORMAT:{text,json}" (the type and its checks' words).
std::string bare_type(std::string_view type) {
  return std::string(type.substr(0, type.find(':')));
}

// The option a CLI11 message is about, by the name it begins with.
const CLI::Option* option_named(const CLI::App& app, const std::string& name) {
  for (const CLI::App* a = &app; a; a = a->get_parent())
    if (const CLI::Option* o = a->get_option_no_throw(name)) return o;
  return nullptr;
}

bool is_flag(const CLI::Option* o) {
  return o && o->get_expected_max() == 0;
}

// "--threads: expected a whole number, 0 or more, got 'many'" for CLI11's
// "Could not convert: --threads = many"; "--quiet takes no value" for a flag
// given one (--quiet=maybe).
std::string conversion_message(const CLI::App& app, const std::string& what) {
  static const std::regex convert(R"(Could not convert: (\S+) = (.*))");
  static const std::regex flag(R"((\S+): (too many inputs for a flag|Should be true/false.*))");
  static const std::regex allowed(R"(The value (.*) is not an allowed value for (\S+))");
  std::smatch m;
  if (std::regex_match(what, m, convert)) {
    const CLI::Option* o = option_named(app, m[1]);
    if (is_flag(o)) return trf("{} takes no value, got '{}'", m[1].str(), m[2].str());
    std::string type = o ? type_words(bare_type(o->get_type_name())) : "";
    if (type.empty()) return trf("{}: '{}' is not a value it takes", m[1].str(), m[2].str());
    return trf("{}: expected {}, got '{}'", m[1].str(), type, m[2].str());
  }
  if (std::regex_match(what, m, flag)) return trf("{} takes no value", m[1].str());
  if (std::regex_match(what, m, allowed))
    return trf("{}: '{}' is not a value it takes", m[2].str(), m[1].str());
  return plain(what);
}

// "'json', 'csv'": the values an option was given, quoted.
std::string quoted_values(const CLI::Option* o) {
  std::vector<std::string> q;
  if (o)
    for (const std::string& r : o->results()) q.push_back(fmt::format("'{}'", r));
  return fmt::format("{}", fmt::join(q, ", "));
}

std::string times(size_t n) {
  return n == 2 ? tr("twice") : trf("{} times", n);
}

// An option given too few or too many values, in CLI11's ArgumentMismatch
// forms: "--on needs a value (DATE)", "--format given twice ('json', 'csv');
// give it once".
std::string argument_message(const CLI::App& app, const std::string& what) {
  static const std::regex at_most(R"((\S+): At Most (\d+) required but received (\d+))");
  static const std::regex at_least(R"((\S+): At least (\d+) required but received (\d+))");
  static const std::regex typed(R"((\S+): (\d+) required (\S*) ?missing)");
  static const std::regex exactly(
      R"(Expected (exactly|at least) (\d+) arguments to (\S+), got (\d+))");
  static const std::regex override_flag(R"((\S+) was given a disallowed flag override)");
  std::smatch m;
  if (std::regex_match(what, m, at_most)) {
    const std::string& name = m[1];
    const CLI::Option* o = option_named(app, name);
    size_t got = std::stoul(m[3]);
    if (m[2] == "1")
      return trf("{} given {} ({}); give it once", name, times(got), quoted_values(o));
    return trf("{} takes at most {} values, got {} ({})", name, m[2].str(), got, quoted_values(o));
  }
  if (std::regex_match(what, m, typed)) {
    std::string bare = bare_type(m[3].str());
    std::string type = bare.empty() ? "" : fmt::format(" ({})", value_name(bare));
    if (m[2] == "1") return trf("{} needs a value{}", m[1].str(), type);
    return trf("{} needs {} values{}", m[1].str(), m[2].str(), type);
  }
  if (std::regex_match(what, m, at_least))
    return trf("{} needs at least {} values, got {}", m[1].str(), m[2].str(), m[3].str());
  if (std::regex_match(what, m, exactly)) {
    if (m[1] == "exactly")
      return trf("{} needs exactly {} values, got {}", m[3].str(), m[2].str(), m[4].str());
    return trf("{} needs at least {} values, got {}", m[3].str(), m[2].str(), m[4].str());
  }
  if (std::regex_match(what, m, override_flag)) return trf("{} takes no value", m[1].str());
  return plain(what);
}

// Something missing: "missing ID (the rule set's name, as --rules takes it)"
// for CLI11's "id is required"; "--a needs --b" and "--a and --b cannot be
// given together" for its RequiresError and ExcludesError.
std::string missing_message(const CLI::App& app, const std::string& what) {
  static const std::regex required(R"((\S+) is required)");
  static const std::regex requires_(R"((\S+) requires (\S+))");
  static const std::regex excludes(R"((\S+) excludes (\S+))");
  std::smatch m;
  if (std::regex_match(what, m, required)) {
    const CLI::Option* o = option_named(app, m[1]);
    if (!o) return trf("missing {}", m[1].str());
    std::string name = o->get_positional() && !o->get_type_name().empty()
                           ? value_name(bare_type(o->get_type_name()))
                           : m[1].str();
    return trf("missing {} ({})", name, plain(o->get_description()));
  }
  if (std::regex_match(what, m, requires_)) return trf("{} needs {} too", m[1].str(), m[2].str());
  if (std::regex_match(what, m, excludes))
    return trf("{} and {} cannot be given together", m[1].str(), m[2].str());
  return plain(what);
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
  // A mistyped option first, whatever CLI11 stopped at: `rules show --hep`
  // is about --hep, not the ID it then lacks.
  for (const CLI::App* a = &cmd; a; a = a->get_parent())
    for (const std::string& w : a->remaining())
      if (w.size() > 1 && w[0] == '-') return {unknown_option_message(*a, w), a};
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
      // A word a command with commands of its own did not know (not one left
      // to a parent after its command was found).
      if (a == &cmd && !visible_commands(*a).empty()) return {unknown_command_message(*a, w), a};
      return {trf("unexpected argument '{}'", w), a};
    }
    if (no_command) return {tr("no command given"), &cmd};
  }
  const std::string what = e.what();
  if (dynamic_cast<const CLI::ConversionError*>(&e)) return {conversion_message(cmd, what), &cmd};
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&e)) return {argument_message(cmd, what), &cmd};
  if (dynamic_cast<const CLI::RequiredError*>(&e) || dynamic_cast<const CLI::RequiresError*>(&e) ||
      dynamic_cast<const CLI::ExcludesError*>(&e))
    return {missing_message(cmd, what), &cmd};
  // ValidationError: "--weeks: " and the message of one of nytte's own checks
  // (common.h: one_of, whole_number).
  return {plain(what), &cmd};
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
  std::string see = trf("see '{} --help'", command_path(*u.see));
  fmt::print(stderr, "{}\n{}\n", message_line(Severity::error, u.message),
             message_line(Severity::error, see));
  return 2;
}

}  // namespace nytte::cli
