#include "common.h"

#include <charconv>

#include <fmt/format.h>

#include <nytte/i18n.h>
#include <nytte/suggest.h>

namespace nytte::cli {

void add_rules_option(CLI::App& app, CommonOptions& o) {
  app.add_option("--rules", o.rules,
                 tr("Rule set to apply: a file, or a name found on NYTTE_RULES_PATH, the installed "
                    "rules or ./rules ('nytte rules' lists them; national is the one built in); "
                    "repeatable; - reads standard input; default: national"))
      ->type_name("FILE")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
}

void add_on_option(CLI::App& app, CommonOptions& o) {
  app.add_option("--on", o.on, tr("Date the rules are applied on (YYYY-MM-DD); default: today"))
      ->type_name("DATE");
}

void add_format_option(CLI::App& app, CommonOptions& o, std::vector<std::string> formats) {
  std::string help = trf("Output format: {} (default: text)", fmt::join(formats, ", "));
  app.add_option("--format", o.format, help)
      ->type_name("FORMAT")
      ->check(one_of(std::move(formats)));
}

void add_color_option(CLI::App& app, std::string& color) {
  app.add_option("--color", color,
                 tr("Colours: auto (when writing to a terminal and NO_COLOR is not set), always, "
                    "never (default: auto)"))
      ->type_name("WHEN")
      ->check(one_of({"auto", "always", "never"}));
}

void add_lang_option(CLI::App& app, std::string& lang) {
  app.add_option("--lang", lang,
                 tr("Language of the text for people: da (Danish) or en (English); default: "
                    "the locale's (LC_ALL, LC_MESSAGES, LANG, LANGUAGE); JSON, JSONL and CSV "
                    "are the same in both"))
      ->type_name("LANG")
      ->check(one_of({"da", "en"}));
  for (CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
    if (!sub->get_name().empty()) add_lang_option(*sub, lang);
}

CLI::Validator one_of(std::vector<std::string> choices) {
  std::string desc = fmt::format("{{{}}}", fmt::join(choices, ","));
  return CLI::Validator(
      [choices = std::move(choices)](std::string& value) -> std::string {
        for (const std::string& c : choices)
          if (value == c) return "";
        std::vector<std::string_view> names(choices.begin(), choices.end());
        std::string hint = did_you_mean(value, names);
        return trf("'{}' is not one of {}{}{}", value, fmt::join(choices, ", "),
                   hint.empty() ? "" : "; ", hint);
      },
      desc);
}

CLI::Validator whole_number(long long min, std::optional<long long> max) {
  std::string expected =
      max ? trf("a whole number from {} to {}", min, *max) : trf("a whole number, {} or more", min);
  return CLI::Validator(
      [min, max, expected](std::string& value) -> std::string {
        long long n = 0;
        const char* end = value.data() + value.size();
        auto [stop, ec] = std::from_chars(value.data(), end, n);
        if (!value.empty() && ec == std::errc() && stop == end && n >= min && (!max || n <= *max))
          return "";
        return trf("expected {}, got '{}'", expected, value);
      },
      "");  // no description: --help shows the option's type name alone
}

void add_output_option(CLI::App& app, CommonOptions& o) {
  app.add_option("-o,--output", o.output,
                 tr("Write the result to FILE (whole or not at all); default: standard output"))
      ->type_name("FILE");
}

void add_quiet_option(CLI::App& app, bool& quiet) {
  app.add_flag("-q,--quiet", quiet, tr(kQuietHelp));
}

void add_csv_sep_option(CLI::App& app, CommonOptions& o) {
  app.add_option("--csv-sep", o.csv_sep,
                 tr("CSV separator: ',' (default) or ';' (with decimal comma and lists joined by "
                    "'|', for Danish spreadsheets)"))
      ->type_name("SEP")
      // The values listed for --help, the man page and completions
      // (command_tree.h); the run checks the value, in its own words.
      ->check(CLI::Validator("{',',';'}"));
}

void add_csv_bom_option(CLI::App& app, CommonOptions& o) {
  app.add_flag("--csv-bom", o.csv_bom,
               tr("Start CSV output with a UTF-8 byte-order mark, so that Excel reads it as "
                  "UTF-8 (ignored, with a warning, where no CSV is written)"));
}

}  // namespace nytte::cli
