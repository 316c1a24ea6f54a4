// The man pages: nytte(1) and one a subcommand, nytte-SUB(1), in roff with
// the man macros (man(7)), from the command tree alone. A command's footer
// in --help gives its EXAMPLES ("Examples:" and the indented lines under
// it), its EXIT STATUS (from "Exit status:" to the next blank line) and the
// rest of its DESCRIPTION.
#include <algorithm>
#include <cctype>
#include <cstdint>

#include <fmt/format.h>

#include "generate.h"

namespace nytte::cli {
namespace {

struct Footer {
  std::vector<std::vector<std::string>> prose;  // paragraphs
  std::vector<std::string> examples;            // as written, less the first indent
  std::vector<std::string> exit_status;
};

std::vector<std::string> lines_of(std::string_view text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    out.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  while (!out.empty() && out.back().empty()) out.pop_back();
  return out;
}

std::string trim_left(std::string_view s) {
  size_t i = s.find_first_not_of(' ');
  return i == std::string_view::npos ? "" : std::string(s.substr(i));
}

Footer parse_footer(std::string_view footer) {
  Footer f;
  enum { prose, examples, exit_status } in = prose;
  bool new_paragraph = true;
  for (const std::string& line : lines_of(footer)) {
    if (line.find_first_not_of(' ') == std::string::npos) {
      in = prose;
      new_paragraph = true;
    } else if (line.starts_with("Examples:")) {
      in = examples;
    } else if (line.starts_with("Exit status:")) {
      in = exit_status;
      f.exit_status.push_back(trim_left(line.substr(12)));
    } else if (in == examples) {
      f.examples.push_back(line.starts_with("  ") ? line.substr(2) : line);
    } else if (in == exit_status) {
      f.exit_status.push_back(line);
    } else {
      if (new_paragraph) f.prose.emplace_back();
      new_paragraph = false;
      f.prose.back().push_back(trim_left(line));
    }
  }
  return f;
}

// The first example (its first line and the deeper-indented lines that
// continue it), for nytte(1)'s list of one example a subcommand.
std::vector<std::string> first_example(const std::vector<std::string>& examples) {
  std::vector<std::string> out;
  for (const std::string& line : examples) {
    if (!out.empty() && !line.starts_with(' ')) break;
    out.push_back(line);
  }
  return out;
}

// The UTF-8 sequence at s[i] as \[uXXXX], leaving i on its last byte; a
// broken sequence is one U+FFFD.
void append_utf8_escape(std::string& out, std::string_view s, size_t& i) {
  auto c = static_cast<unsigned char>(s[i]);
  int extra = (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : 0;
  uint32_t cp = extra == 1 ? c & 0x1F : extra == 2 ? c & 0x0F : c & 0x07;
  bool ok = extra > 0 && i + extra < s.size();
  for (int k = 1; ok && k <= extra; ++k) {
    auto b = static_cast<unsigned char>(s[i + k]);
    ok = (b & 0xC0) == 0x80;
    cp = (cp << 6) | (b & 0x3F);
  }
  if (ok) i += extra;
  out += fmt::format("\\[u{:04X}]", ok ? cp : 0xFFFD);
}

std::string macro_arg(std::string_view text) {
  std::string out;
  for (char c : roff_escape(text)) {
    if (c == '"')
      out += "\\(dq";
    else
      out += c;
  }
  return "\"" + out + "\"";
}

std::string bold(std::string_view s) {
  return "\\fB" + roff_escape(s) + "\\fR";
}
std::string italic(std::string_view s) {
  return "\\fI" + roff_escape(s) + "\\fR";
}

std::string sentence(std::string text) {
  if (!text.empty() && std::string_view(".!?").find(text.back()) == std::string_view::npos)
    text += '.';
  return text;
}

// A positional's label: its type ("INPUT"), else its name.
std::string positional_label(const OptionSpec& p) {
  std::string t = p.type;
  while (t.ends_with('.')) t.pop_back();
  return t.empty() || t == "TEXT" ? p.positional : t;
}

std::string synopsis(const CommandSpec& cmd) {
  std::string out = ".B " + macro_arg(cmd.name()) + "\n[\\fIOPTIONS\\fR]";
  if (!cmd.subcommands.empty())
    out += cmd.subcommand_required ? " \\fISUBCOMMAND\\fR" : " [\\fISUBCOMMAND\\fR]";
  for (const OptionSpec& p : cmd.positionals) {
    std::string label = italic(positional_label(p)) + (p.repeatable ? "..." : "");
    out += p.required ? " " + label : " [" + label + "]";
  }
  return out + "\n";
}

// "text, json or csv"; a value that is not a word is quoted, so that
// --csv-sep's read "',' or ';'", not ",, ;".
std::string value_list(const std::vector<std::string>& values) {
  std::string out;
  for (size_t i = 0; i < values.size(); ++i) {
    const std::string& v = values[i];
    bool word = std::all_of(v.begin(), v.end(), [](char c) {
      return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
    });
    if (i > 0) out += i + 1 == values.size() ? " or " : ", ";
    out += bold(word ? v : "'" + v + "'");
  }
  return out;
}

std::string option_item(const OptionSpec& o) {
  std::string tag;
  if (o.positional.empty()) {
    for (const std::string& n : o.names) tag += (tag.empty() ? "" : ", ") + bold(n);
    if (o.takes_value) tag += " " + italic(o.type);
  } else {
    tag = italic(positional_label(o)) + (o.repeatable ? "..." : "");
  }
  std::string out = ".TP\n" + tag + "\n" + roff_escape(sentence(o.description)) + "\n";
  if (!o.choices.empty()) out += "Values: " + value_list(o.choices) + ".\n";
  if (!o.constraint.empty()) out += roff_escape("Value: " + o.constraint + ".") + "\n";
  if (!o.default_value.empty()) out += "Default: " + bold(o.default_value) + ".\n";
  if (o.required) out += "Required.\n";
  return out;
}

void text_lines(std::string& out, const std::vector<std::string>& lines) {
  for (const std::string& line : lines) out += roff_escape(trim_left(line)) + "\n";
}

void examples_block(std::string& out, const std::vector<std::string>& lines) {
  out += ".PP\n.nf\n.RS 4\n";
  for (const std::string& line : lines) out += roff_escape(line) + "\n";
  out += ".RE\n.fi\n";
}

// nytte(1): each subcommand's exit status, with the lines that more than one
// of them has (the words on -q) said once after the list.
void root_exit_status(std::string& out, const CommandSpec& root) {
  std::vector<std::pair<std::string, std::vector<std::string>>> each;
  for (const CommandSpec& sub : root.subcommands) {
    Footer f = parse_footer(sub.footer);
    if (!f.exit_status.empty()) each.emplace_back(sub.name(), f.exit_status);
  }
  if (each.empty()) return;
  std::vector<std::string> common;
  for (const auto& [name, lines] : each)
    for (const std::string& line : lines) {
      auto has = [&](const auto& e) {
        return std::find(e.second.begin(), e.second.end(), line) != e.second.end();
      };
      bool repeated = std::count_if(each.begin(), each.end(), has) > 1;
      if (repeated && std::find(common.begin(), common.end(), line) == common.end())
        common.push_back(line);
    }
  out += ".SH \"EXIT STATUS\"\n";
  for (auto& [name, lines] : each) {
    std::erase_if(lines, [&](const std::string& l) {
      return std::find(common.begin(), common.end(), l) != common.end();
    });
    out += ".TP\n" + bold(name) + "\n";
    text_lines(out, lines);
  }
  if (!common.empty()) {
    out += ".PP\n";
    text_lines(out, common);
  }
}

void environment_and_files(std::string& out) {
  out +=
      ".SH ENVIRONMENT\n"
      ".TP\n.B NO_COLOR\n" +
      roff_escape(
          "When set and not empty, --color auto (the default) writes no colours; "
          "--color always still does.") +
      "\n.TP\n.B NYTTE_RULES_PATH\n" +
      roff_escape(
          "Directories, separated by ':', where --rules NAME looks for NAME.toml "
          "first, before the installed rule sets and ./rules/.") +
      "\n.SH FILES\n.TP\n" + italic("share/nytte/rules/") + "\n" +
      roff_escape(
          "The rule sets installed with nytte. --rules NAME looks for NAME.toml in "
          "each directory of NYTTE_RULES_PATH, then in share/nytte/rules/ beside the "
          "bin/ that holds the executable (so a tree moved elsewhere as a whole still "
          "finds its rules), then in the directory the build was configured to install "
          "into (CMAKE_INSTALL_FULL_DATADIR/nytte/rules: /usr/share/nytte/rules/ for the "
          "Debian package, /usr/local/share/nytte/rules/ by default), then in ./rules/. "
          "--rules national is always the set built into nytte.") +
      "\n";
}

void see_also(std::string& out, const CommandSpec& root, const CommandSpec& cmd) {
  std::vector<std::string> refs;
  for (const CommandSpec* c : all_commands(root))
    if (c != &cmd) refs.push_back(".BR " + roff_escape(c->page()) + " (1)");
  if (refs.empty()) return;
  out += ".SH \"SEE ALSO\"\n";
  for (size_t i = 0; i < refs.size(); ++i) out += refs[i] + (i + 1 < refs.size() ? ",\n" : "\n");
}

}  // namespace

std::string roff_escape(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\\')
      out += "\\e";
    else if (c == '-')
      out += "\\-";
    else if (static_cast<unsigned char>(c) >= 0x80)
      append_utf8_escape(out, text, i);
    else
      out += c;
  }
  if (out.starts_with('.') || out.starts_with('\'')) out.insert(0, "\\&");
  return out;
}

std::string man_page(const CommandSpec& root, const CommandSpec& cmd, std::string_view date,
                     std::string_view version) {
  std::string page = cmd.page();
  std::string title = page;
  std::transform(title.begin(), title.end(), title.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  Footer footer = parse_footer(cmd.footer);
  std::string out = fmt::format(
      ".\\\" Generated by `nytte --generate man` from nytte's command-line definition.\n"
      ".TH {} 1 {} {} \"nytte manual\"\n"
      ".SH NAME\n{} \\- {}\n"
      ".SH SYNOPSIS\n{}"
      ".SH DESCRIPTION\n{}\n",
      macro_arg(title), "\"" + std::string(date) + "\"", macro_arg(version), roff_escape(page),
      roff_escape(cmd.description), synopsis(cmd), roff_escape(sentence(cmd.description)));
  for (const auto& paragraph : footer.prose) {
    out += ".PP\n";
    text_lines(out, paragraph);
  }
  if (!cmd.subcommands.empty()) {
    out += ".SH COMMANDS\n";
    for (const CommandSpec& sub : cmd.subcommands)
      out += ".TP\n.BR " + roff_escape(sub.page()) + " (1)\n" +
             roff_escape(sentence(sub.description)) + "\n";
  }
  out += ".SH OPTIONS\n";
  for (const OptionSpec& p : cmd.positionals) out += option_item(p);
  for (const OptionSpec& o : cmd.options) out += option_item(o);

  std::vector<std::string> examples = footer.examples;
  if (&cmd == &root)
    for (const CommandSpec& sub : root.subcommands) {
      std::vector<std::string> first = first_example(parse_footer(sub.footer).examples);
      examples.insert(examples.end(), first.begin(), first.end());
    }
  if (!examples.empty()) {
    out += ".SH EXAMPLES\n";
    examples_block(out, examples);
  }
  if (&cmd == &root) {
    root_exit_status(out, root);
  } else if (!footer.exit_status.empty()) {
    out += ".SH \"EXIT STATUS\"\n";
    text_lines(out, footer.exit_status);
  }
  environment_and_files(out);
  see_also(out, root, cmd);
  return out;
}

}  // namespace nytte::cli
