#include "run/options.h"

#include <algorithm>
#include <ctime>

#include <fmt/format.h>

#include "nytte/error.h"
#include "nytte/i18n.h"
#include "run/output_file.h"

namespace nytte {

void check_outputs(const std::vector<std::pair<std::string, std::string>>& outputs,
                   const std::vector<std::string>& inputs) {
  for (size_t i = 0; i < outputs.size(); ++i) {
    const auto& [option, path] = outputs[i];
    bool to_stdout = path.empty() || path == "-";
    std::string what = to_stdout ? tr("standard output") : fmt::format("{} {}", option, path);
    if (std::string input = output_replaces_input(path, inputs); !input.empty()) {
      throw UsageError(trf(
          "{} is the same file as the input {}: the output would replace it; write it elsewhere",
          what, input));
    }
    if (std::string dir = output_in_input_directory(path, inputs); !dir.empty()) {
      throw UsageError(
          trf("{} is in the input directory {}: the next run that reads the directory "
              "would read it as an input; write it elsewhere",
              what, dir));
    }
    for (size_t j = 0; j < i; ++j) {
      if (same_output_file(path, outputs[j].second)) {
        throw UsageError(trf("{} and {} {} are the same file: give each output its own", what,
                             outputs[j].first, outputs[j].second));
      }
    }
    if (std::string why = output_unwritable(path); !why.empty()) {
      throw UsageError(fmt::format("{}: {}", what, why));
    }
  }
}

std::vector<std::string> all_paths(std::initializer_list<std::vector<std::string>> lists) {
  std::vector<std::string> out;
  for (const std::vector<std::string>& l : lists) out.insert(out.end(), l.begin(), l.end());
  return out;
}

void check_stdin_once(const std::vector<std::string>& rules,
                      const std::vector<std::string>& inputs) {
  auto n = std::count(rules.begin(), rules.end(), "-");
  if (n > 1) throw UsageError(tr("--rules - is given twice: standard input holds one rule set"));
  if (n == 1 && std::find(inputs.begin(), inputs.end(), "-") != inputs.end()) {
    throw UsageError(
        tr("--rules - and the input - both read standard input: give one of them as a file"));
  }
}

csv::Format csv_format_of(const CommonOptions& o) {
  if (o.csv_sep != "," && o.csv_sep != ";") {
    throw UsageError(trf("--csv-sep: '{}' is not ',' or ';'", o.csv_sep));
  }
  csv::Format f = csv::Format::with_separator(o.csv_sep[0]);
  f.bom = o.csv_bom;
  return f;
}

void warn_unused_csv_option(const CommonOptions& o, std::string_view option, bool given,
                            bool writes_csv, std::FILE* err) {
  if (!given || writes_csv || o.quiet) return;
  std::string why = trf("{}: --format {} writes no CSV; the option is ignored", option, o.format);
  fmt::print(err, "{}\n", message_line(Severity::warning, why));
}

void warn_unused_csv_options(const CommonOptions& o, bool writes_csv, std::FILE* err) {
  warn_unused_csv_option(o, "--csv-sep", o.csv_sep != ",", writes_csv, err);
  warn_unused_csv_option(o, "--csv-bom", o.csv_bom, writes_csv, err);
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

std::optional<Date> date_option(std::string_view option, const std::string& text) {
  if (text.empty()) return std::nullopt;
  if (std::optional<Date> d = Date::parse(text)) return d;
  throw UsageError(
      trf("{}: '{}' is not a date; expected YYYY-MM-DD, e.g. 2025-09-01", option, text));
}

Date resolve_on(const std::string& on) {
  std::optional<Date> d = date_option("--on", on);
  return d ? *d : today();
}

}  // namespace nytte
