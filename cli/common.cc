#include "common.h"

#include <ctime>

#include <fmt/format.h>

namespace nytte::cli {

void add_rules_option(CLI::App& app, CommonOptions& o) {
  app.add_option("--rules", o.rules,
                 "Rule file to apply (repeatable); default: the national rules built in")
      ->type_name("FILE")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
}

void add_on_option(CLI::App& app, CommonOptions& o) {
  app.add_option("--on", o.on, "Date the rules are applied on (YYYY-MM-DD); default: today")
      ->type_name("DATE");
}

void add_format_option(CLI::App& app, CommonOptions& o, std::vector<std::string> formats) {
  std::string help = fmt::format("Output format: {} (default: text)", fmt::join(formats, ", "));
  app.add_option("--format", o.format, help)
      ->type_name("FORMAT")
      ->check(CLI::IsMember(std::move(formats)));
}

void add_output_option(CLI::App& app, CommonOptions& o) {
  app.add_option("-o,--output", o.output,
                 "Write the result to FILE (whole or not at all); default: standard output")
      ->type_name("FILE");
}

std::optional<InputFormat> input_format_of(const std::string& name) {
  if (name == "csv") return InputFormat::csv;
  if (name == "toml") return InputFormat::toml;
  return std::nullopt;
}

Date today() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return Date::from_ymd(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
}

Date resolve_on(const std::string& on) {
  if (on.empty()) return today();
  if (std::optional<Date> d = Date::parse(on)) return *d;
  throw UsageError(
      fmt::format("--on: '{}' is not a date; expected YYYY-MM-DD, e.g. 2025-09-01", on));
}

}  // namespace nytte::cli
