// The man pages and completions are written from a CLI11 App alone
// (cli/command_tree.h, cli/generate.h): a small App here stands for nytte's.
#include <doctest/doctest.h>

#include "command_tree.h"
#include "generate.h"

using namespace nytte::cli;

namespace {

struct Fixture {
  CLI::App app{"tool: does things"};
  std::string format, hidden, out;
  std::vector<std::string> inputs;
  bool quiet = false;
  Fixture() {
    app.name("tool");
    CLI::App* sub = app.add_subcommand("run-it", "Runs it");
    sub->footer(
        "Examples:\n  tool run-it a.toml\n      --format json\n\nSome prose here.\n\n"
        "Exit status: 0 done, 2 bad usage.");
    sub->add_option("inputs", inputs, "Files to read")->type_name("INPUT...");
    sub->add_option("--format", format, "Output format")
        ->type_name("FORMAT")
        ->check(CLI::IsMember({"text", "json"}));
    sub->add_option("-o,--output", out, "Write to FILE")->type_name("FILE");
    sub->add_flag("-q,--quiet", quiet, "Quiet");
    sub->add_option("--secret", hidden, "Not shown")->group("");
  }
};

}  // namespace

TEST_CASE("roff_escape: backslashes, hyphens, a leading dot or quote, non-ASCII") {
  CHECK(roff_escape("a-b\\c") == "a\\-b\\ec");
  CHECK(roff_escape(".x") == "\\&.x");
  CHECK(roff_escape("'q") == "\\&'q");
  CHECK(roff_escape("x.y") == "x.y");
  CHECK(roff_escape("b\xC3\xA6k") == "b\\[u00E6]k");
  CHECK(roff_escape("\xE2\x80\x9Cq\xE2\x80\x9D") == "\\[u201C]q\\[u201D]");
  CHECK(roff_escape("\xC3") == "\\[uFFFD]");  // a broken sequence
}

TEST_CASE("parse_choices: a validator's {a,b}, quoted values, anything else none") {
  CHECK(parse_choices("{text,json,csv}") == std::vector<std::string>{"text", "json", "csv"});
  CHECK(parse_choices("{',',';'}") == std::vector<std::string>{",", ";"});
  CHECK(parse_choices("INT in [1 - 520]").empty());
  CHECK(parse_choices("{a,}").empty());
  CHECK(parse_choices("{'a}").empty());
}

TEST_CASE("command_tree: commands, options, positionals, values; hidden options left out") {
  Fixture f;
  CommandSpec root = command_tree(f.app);
  REQUIRE(root.subcommands.size() == 1);
  const CommandSpec& sub = root.subcommands[0];
  CHECK(sub.name() == "tool run-it");
  CHECK(sub.page() == "tool-run-it");
  REQUIRE(sub.positionals.size() == 1);
  CHECK(sub.positionals[0].positional == "inputs");
  CHECK(sub.positionals[0].value_kind() == ValueKind::files);
  std::vector<std::string> names;
  for (const OptionSpec& o : sub.options) names.insert(names.end(), o.names.begin(), o.names.end());
  CHECK(names ==
        std::vector<std::string>{"-h", "--help", "--format", "-o", "--output", "-q", "--quiet"});
  const OptionSpec& format = sub.options[1];
  CHECK(format.type == "FORMAT");
  CHECK(format.choices == std::vector<std::string>{"text", "json"});
  CHECK(format.value_kind() == ValueKind::choices);
  CHECK(sub.options[2].value_kind() == ValueKind::files);
  CHECK_FALSE(sub.options[3].takes_value);  // -q, a flag
  CHECK(all_commands(root).size() == 2);
}

TEST_CASE("man_page: sections from the definition and the footer") {
  Fixture f;
  CommandSpec root = command_tree(f.app);
  std::string page = man_page(root, root.subcommands[0], "2026-01-01", "tool 1.0");
  CHECK(page.find(".TH \"TOOL\\-RUN\\-IT\" 1 \"2026-01-01\" \"tool 1.0\"") != std::string::npos);
  CHECK(page.find(".SH NAME\ntool\\-run\\-it \\- Runs it\n") != std::string::npos);
  CHECK(page.find("\\fB\\-\\-format\\fR \\fIFORMAT\\fR\nOutput format.\n"
                  "Values: \\fBtext\\fR or \\fBjson\\fR.\n") != std::string::npos);
  CHECK(page.find("\\fB\\-o\\fR, \\fB\\-\\-output\\fR \\fIFILE\\fR") != std::string::npos);
  CHECK(page.find(".SH EXAMPLES\n.PP\n.nf\n.RS 4\ntool run\\-it a.toml\n    \\-\\-format json\n") !=
        std::string::npos);
  CHECK(page.find(".PP\nSome prose here.\n") != std::string::npos);
  CHECK(page.find(".SH \"EXIT STATUS\"\n0 done, 2 bad usage.\n") != std::string::npos);
  CHECK(page.find(".BR tool (1)") != std::string::npos);
  CHECK(page.find("secret") == std::string::npos);
  std::string top = man_page(root, root, "", "tool 1.0");
  CHECK(top.find(".SH COMMANDS\n.TP\n.BR tool\\-run\\-it (1)\nRuns it.\n") != std::string::npos);
  CHECK(top.find(".TP\n\\fBtool run\\-it\\fR\n0 done, 2 bad usage.\n") != std::string::npos);
}

TEST_CASE("man_page: values that are not words quoted, the last after 'or'") {
  CLI::App app{"tool: does things"};
  app.name("tool");
  std::string sep;
  app.add_option("--sep", sep, "Separator")
      ->type_name("SEP")
      ->check(CLI::Validator([](std::string&) { return std::string(); },
                             "{',',';'}"));  // as cli::one_of says them
  CommandSpec root = command_tree(app);
  REQUIRE(root.options.back().choices == std::vector<std::string>{",", ";"});
  std::string page = man_page(root, root, "", "tool 1.0");
  // bold() puts \& before the quote, as roff_escape does at the start of a line.
  CHECK(page.find("Values: \\fB\\&','\\fR or \\fB\\&';'\\fR.\n") != std::string::npos);
  CHECK(page.find("NYTTE_RULES_PATH") != std::string::npos);
  CHECK(page.find("configured to install into") != std::string::npos);  // FILES
}

TEST_CASE("completions: each script names the commands, options and values") {
  Fixture f;
  CommandSpec root = command_tree(f.app);
  std::string bash = bash_completion(root);
  CHECK(bash.find("  ['tool']='run-it'\n") != std::string::npos);
  CHECK(bash.find("  ['tool run-it --format']='words text json'\n") != std::string::npos);
  CHECK(bash.find("  ['tool run-it -o']='files'\n") != std::string::npos);
  CHECK(bash.find("  ['tool run-it']='inputs:files'\n") != std::string::npos);
  CHECK(bash.find("--secret") == std::string::npos);
  std::string zsh = zsh_completion(root);
  CHECK(zsh.find("'(--format)'--format='[Output format]:FORMAT:(text json)'") != std::string::npos);
  CHECK(zsh.find("'*:inputs:_files'") != std::string::npos);
  std::string fish = fish_completion(root);
  CHECK(fish.find("-n '__nytte_is tool run-it' -l format -x -a 'text json'") != std::string::npos);
}

TEST_CASE("completions: a RULE_SET positional completes rule-set names, a COMMAND one commands") {
  CLI::App app{"tool: does things"};
  app.name("tool");
  std::string id;
  std::vector<std::string> words;
  app.add_subcommand("show", "Shows one")
      ->add_option("id", id, "A name")
      ->type_name("RULE_SET")
      ->required();
  app.add_subcommand("help", "Helps")->add_option("command", words, "")->type_name("COMMAND");
  CommandSpec root = command_tree(app);
  CHECK(root.subcommands[0].positionals[0].value_kind() == ValueKind::rule_set);
  CHECK(root.subcommands[1].positionals[0].value_kind() == ValueKind::commands);
  CHECK(bash_completion(root).find("  ['tool show']='id:rule-sets'\n") != std::string::npos);
  CHECK(zsh_completion(root).find("'1:id:_nytte_rule_set_names'") != std::string::npos);
  CHECK(fish_completion(root).find("-n '__nytte_is tool show' -a '(__nytte_rule_sets)'\n") !=
        std::string::npos);
  // help's list follows the path typed: each command with subcommands has its case.
  CHECK(zsh_completion(root).find("    'tool') commands=(\n        'show:Shows one'\n") !=
        std::string::npos);
}
