// nytte: the command line. Parses arguments and calls the rules library.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sstream>
#include <string>

#include <fmt/format.h>

#include <nytte/error.h>
#include <nytte/i18n.h>
#include <nytte/rules_run.h>
#include <nytte/stdout.h>
#include <nytte/version.h>

#include "commands.h"
#include "common.h"
#include "generate.h"
#include "help_format.h"
#include "parse_error.h"

int main(int argc, char** argv) {
  using namespace nytte;
  // The language before any text is made, since CLI11 takes --help's texts
  // as the command line is built: --lang, found in argv first (it may follow
  // a subcommand), else the locale's (nytte/i18n.h). Man pages and
  // completions are English wherever they are made (cli/generate.h). A bad
  // --lang is refused by the parser, in the locale's language.
  Language lang = language_from_environment();
  if (auto value = find_option(argc, argv, "--lang"); value == "da" || value == "en")
    lang = *value == "da" ? Language::da : Language::en;
  if (find_option(argc, argv, "--generate")) lang = Language::en;
  set_language(lang);
  CLI::App app{tr("nytte: nytteindsats and the 37-hour work obligation, for Danish job centres")};
  app.name("nytte");
  app.set_version_flag("--version", [] {
    return std::string("nytte ") + version() + "\n" +
           trf("national rules: {} (built in)", builtin_rules_version());
  });
  app.require_subcommand(1);
  app.footer(tr("Run 'nytte SUBCOMMAND --help' for the options and an example of each."));

  int exit_code = 0;
  bool stdout_reported = false;  // a subcommand's OutputSink said it already
  cli::add_check_eligibility(app, exit_code);
  cli::add_build_package(app, exit_code);
  cli::add_weekly_hours(app, exit_code);
  cli::add_report(app, exit_code);
  cli::add_diff(app, exit_code);
  cli::add_validate(app, exit_code);
  cli::add_rules(app, exit_code);
  cli::add_help(app);             // last: it walks the commands added before it
  cli::add_generate_option(app);  // hidden: man pages and completions (generate.h)
  std::string lang_option;        // read above; the parser checks it
  cli::add_lang_option(app, lang_option);
  cli::translate_help(app);  // last: CLI11's own words in the language (help_format.h)

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    exit_code = cli::report_parse_error(app, e);  // help, version, or bad usage
  } catch (const Error& e) {
    // Every message in one form, "nytte: error: ..." (message_line).
    fmt::print(stderr, "{}\n", message_line(e.diagnostic()));
    stdout_reported = e.diagnostic().code == "stdout-write";
    exit_code = 2;
  } catch (const UsageError& e) {
    fmt::print(stderr, "{}\n", message_line(Severity::error, e.what()));
    exit_code = 2;
  } catch (const std::exception& e) {
    fmt::print(stderr, "{}\n", message_line(Severity::error, e.what()));
    exit_code = 2;
  }
  // Output that did not reach standard output (a full disk, > /dev/full) is
  // an error, whatever printed it: never exit 0 with the result lost.
  std::string why = stdout_write_error();
  if (why.empty() && std::fclose(stdout) != 0) why = stdout_write_message(errno);
  if (!why.empty()) {
    if (!stdout_reported) fmt::print(stderr, "{}\n", message_line(Severity::error, why));
    return 2;
  }
  return exit_code;
}
