#include "command_tree.h"

#include <algorithm>

namespace nytte::cli {
namespace {

bool hidden(const CLI::Option& o) {
  return o.get_group().empty();
}

// "FORMAT:{text,json}" is the type and, after each ':', a validator's
// description, as --help prints it.
void read_type(const CLI::Option& o, OptionSpec& spec) {
  std::string full = o.get_type_name();
  size_t colon = full.find(':');
  spec.type = full.substr(0, colon);
  if (colon == std::string::npos) return;
  std::string rest = full.substr(colon + 1);
  if (rest.starts_with('{')) {
    size_t end = rest.find("}:");
    std::string list = end == std::string::npos ? rest : rest.substr(0, end + 1);
    spec.choices = parse_choices(list);
    rest = end == std::string::npos ? "" : rest.substr(end + 2);
  }
  spec.constraint = rest;
}

OptionSpec option_spec(const CLI::Option& o) {
  OptionSpec spec;
  for (const std::string& s : o.get_snames()) spec.names.push_back("-" + s);
  for (const std::string& l : o.get_lnames()) spec.names.push_back("--" + l);
  if (!o.nonpositional()) spec.positional = o.get_name(true);
  spec.takes_value = o.get_type_size() != 0 && o.get_expected_max() != 0;  // not a flag
  if (spec.takes_value) read_type(o, spec);
  spec.description = o.get_description();
  spec.default_value = o.get_default_str();
  spec.repeatable = o.get_expected_max() >= CLI::detail::expected_max_vector_size ||
                    o.get_multi_option_policy() == CLI::MultiOptionPolicy::TakeAll;
  spec.required = o.get_required();
  return spec;
}

CommandSpec command_spec(const CLI::App& app, std::vector<std::string> path) {
  CommandSpec spec;
  spec.path = std::move(path);
  spec.description = app.get_description();
  // The root's description names it ("nytte: ..."); a page's NAME line does.
  std::string prefix = app.get_name() + ": ";
  if (spec.path.size() == 1 && spec.description.starts_with(prefix))
    spec.description.erase(0, prefix.size());
  spec.footer = app.get_footer();
  spec.subcommand_required = app.get_require_subcommand_min() > 0;
  for (const CLI::Option* o : app.get_options()) {
    if (hidden(*o)) continue;
    (o->nonpositional() ? spec.options : spec.positionals).push_back(option_spec(*o));
  }
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    if (sub->get_group().empty() || sub->get_name().empty()) continue;  // hidden, option groups
    std::vector<std::string> sub_path = spec.path;
    sub_path.push_back(sub->get_name());
    spec.subcommands.push_back(command_spec(*sub, std::move(sub_path)));
  }
  return spec;
}

void collect(const CommandSpec& c, std::vector<const CommandSpec*>& out) {
  out.push_back(&c);
  for (const CommandSpec& sub : c.subcommands) collect(sub, out);
}

std::string join(const std::vector<std::string>& parts, char sep) {
  std::string out;
  for (const std::string& p : parts) {
    if (!out.empty()) out += sep;
    out += p;
  }
  return out;
}

}  // namespace

ValueKind OptionSpec::value_kind() const {
  if (!choices.empty()) return ValueKind::choices;
  if (std::find(names.begin(), names.end(), "--rules") != names.end()) return ValueKind::rules;
  std::string t = type;
  while (t.ends_with('.')) t.pop_back();  // "INPUT..."
  if (t == "FILE" || t == "INPUT" || t == "PATH") return ValueKind::files;
  if (t == "DIR") return ValueKind::dirs;
  if (t == "RULE_SET") return ValueKind::rule_set;
  if (t == "COMMAND" || t == "SUBCOMMAND") return ValueKind::commands;
  return ValueKind::none;
}

std::string CommandSpec::name() const {
  return join(path, ' ');
}
std::string CommandSpec::page() const {
  return join(path, '-');
}

CommandSpec command_tree(const CLI::App& app) {
  return command_spec(app, {app.get_name()});
}

std::vector<const CommandSpec*> all_commands(const CommandSpec& root) {
  std::vector<const CommandSpec*> out;
  collect(root, out);
  return out;
}

std::vector<std::string> parse_choices(std::string_view d) {
  if (d.size() < 2 || d.front() != '{' || d.back() != '}') return {};
  d = d.substr(1, d.size() - 2);
  std::vector<std::string> out;
  size_t i = 0;
  while (i < d.size()) {
    std::string value;
    if (d[i] == '\'') {
      size_t close = d.find('\'', i + 1);
      if (close == std::string_view::npos) return {};
      value = d.substr(i + 1, close - i - 1);
      i = close + 1;
      if (i < d.size() && d[i] != ',') return {};
    } else {
      size_t comma = d.find(',', i);
      value = d.substr(i, comma == std::string_view::npos ? comma : comma - i);
      i = comma == std::string_view::npos ? d.size() : comma;
    }
    if (value.empty()) return {};
    out.push_back(std::move(value));
    if (i + 1 == d.size()) return {};  // a ',' last: an empty value
    ++i;                               // the ','
  }
  return out;
}

}  // namespace nytte::cli
