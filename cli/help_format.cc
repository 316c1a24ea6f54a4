#include "help_format.h"

#include <memory>
#include <utility>

#include <nytte/i18n.h>

namespace nytte::cli {
namespace {

// The value names of nytte's options and CLI11's own (TEXT, UINT), and the
// names of the positionals: words a reader reads, not codes.
constexpr std::pair<std::string_view, const char*> kValueNames[] = {
    {"FILE", N_("FILE")},         {"DATE", N_("DATE")},       {"DIR", N_("DIR")},
    {"YEAR", N_("YEAR")},         {"FIELD", N_("FIELD")},     {"WHEN", N_("WHEN")},
    {"INPUT...", N_("INPUT...")}, {"PATH...", N_("PATH...")}, {"RULE_SET", N_("RULE_SET")},
    {"COMMAND", N_("COMMAND")},   {"TEXT", N_("TEXT")},       {"UINT", N_("UINT")},
    {"INT", N_("INT")},           {"FLOAT", N_("FLOAT")},     {"NUMBER", N_("NUMBER")},
    {"BOOLEAN", N_("BOOLEAN")},   {"inputs", N_("inputs")},   {"paths", N_("paths")},
    {"command", N_("command")},   {"LANG", N_("LANG")},       {"POP", N_("POP")},
};

const char* translated(std::string_view word) {
  for (const auto& [english, msgid] : kValueNames)
    if (word == english) return tr(msgid);
  return nullptr;
}

// Characters, not bytes: "ÅR" takes two columns (UTF-8; every letter of
// nytte's help is one column wide).
size_t columns(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// Positionals by their names in the current language ("[inddata...]"), and
// the descriptions lined up in columns whatever the letters (CLI11 counts
// bytes).
class HelpFormatter : public CLI::Formatter {
 public:
  std::string make_option(const CLI::Option* opt, bool is_positional) const override {
    // As CLI::detail::format_help writes it.
    std::string out = "  " + make_option_name(opt, is_positional) + make_option_opts(opt);
    size_t shown = columns(out);
    const size_t width = get_column_width();
    std::string desc = make_option_desc(opt);
    if (!desc.empty() && shown >= width) {
      out += '\n';
      shown = 0;
    }
    if (shown < width) out.append(width - shown, ' ');
    for (char c : desc) {
      out += c;
      if (c == '\n') out.append(width, ' ');
    }
    return out + '\n';
  }

  std::string make_option_name(const CLI::Option* opt, bool is_positional) const override {
    std::string name = CLI::Formatter::make_option_name(opt, is_positional);
    if (!is_positional) return name;
    const char* word = translated(name);
    return word ? word : name;
  }
};

void translate_commands(CLI::App& app, const std::shared_ptr<HelpFormatter>& f) {
  app.formatter(f);
  if (CLI::Option* help = app.get_help_ptr())
    help->description(tr("Print this help message and exit"));
  if (CLI::Option* version = app.get_version_ptr())
    version->description(tr("Display program version information and exit"));
  for (CLI::Option* o : app.get_options()) {
    if (o->get_group() == "Options") o->group(tr("Options"));
    // CLI11 shows a value name through its labels: one for each.
    if (!o->get_type_name().empty()) f->label(o->get_type_name(), value_name(o->get_type_name()));
  }
  for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) {
    if (sub->get_group() == "Subcommands") sub->group(tr("Subcommands"));
    translate_commands(*sub, f);
  }
}

}  // namespace

std::string value_name(std::string_view type) {
  size_t colon = type.find(':');
  const char* word = translated(type.substr(0, colon));
  if (!word) return std::string(type);
  return std::string(word) + std::string(type.substr(std::min(colon, type.size())));
}

void translate_help(CLI::App& app) {
  auto formatter = std::make_shared<HelpFormatter>();  // one for the whole tree
  formatter->label("Usage", tr("Usage"));
  formatter->label("OPTIONS", tr("OPTIONS"));
  formatter->label("SUBCOMMAND", tr("SUBCOMMAND"));
  formatter->label("SUBCOMMANDS", tr("SUBCOMMANDS"));
  formatter->label("Positionals", tr("Positionals"));
  formatter->label("REQUIRED", tr("REQUIRED"));
  formatter->label("Env", tr("Env"));
  formatter->label("Needs", tr("Needs"));
  formatter->label("Excludes", tr("Excludes"));
  translate_commands(app, formatter);
}

}  // namespace nytte::cli
