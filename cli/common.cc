#include "common.h"

#include <algorithm>
#include <ctime>
#include <unordered_set>

#include <fmt/format.h>

#include "run/output_file.h"

namespace nytte::cli {

void add_rules_option(CLI::App& app, CommonOptions& o) {
  app.add_option("--rules", o.rules,
                 "Rule file to apply (repeatable; - reads standard input); default: the national "
                 "rules built in")
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

void check_outputs(const std::vector<std::pair<std::string, std::string>>& outputs,
                   const std::vector<std::string>& inputs) {
  for (size_t i = 0; i < outputs.size(); ++i) {
    const auto& [option, path] = outputs[i];
    bool to_stdout = path.empty() || path == "-";
    std::string what = to_stdout ? "standard output" : fmt::format("{} {}", option, path);
    if (std::string input = output_replaces_input(path, inputs); !input.empty()) {
      throw UsageError(fmt::format(
          "{} is the same file as the input {}: the output would replace it; write it elsewhere",
          what, input));
    }
    for (size_t j = 0; j < i; ++j) {
      if (same_output_file(path, outputs[j].second)) {
        throw UsageError(fmt::format("{} and {} {} are the same file: give each output its own",
                                     what, outputs[j].first, outputs[j].second));
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
  if (n > 1) throw UsageError("--rules - is given twice: standard input holds one rule set");
  if (n == 1 && std::find(inputs.begin(), inputs.end(), "-") != inputs.end()) {
    throw UsageError(
        "--rules - and the input - both read standard input: give one of them as a file");
  }
}

void add_quiet_option(CLI::App& app, bool& quiet) {
  app.add_flag("-q,--quiet", quiet, kQuietHelp);
}

void add_csv_sep_option(CLI::App& app, CommonOptions& o) {
  app.add_option("--csv-sep", o.csv_sep,
                 "CSV separator: ',' (default) or ';' (with decimal comma and lists joined by "
                 "'|', for Danish spreadsheets)")
      ->type_name("SEP");
}

csv::Format csv_format_of(const CommonOptions& o) {
  if (o.csv_sep != "," && o.csv_sep != ";") {
    throw UsageError(fmt::format("--csv-sep: '{}' is not ',' or ';'", o.csv_sep));
  }
  return csv::Format::with_separator(o.csv_sep[0]);
}

std::optional<InputFormat> input_format_of(const std::string& name) {
  if (name == "csv") return InputFormat::csv;
  if (name == "toml") return InputFormat::toml;
  return std::nullopt;
}

namespace {

class Forward : public RecordSink {
 public:
  Forward(StderrLog& log, const std::function<void(const Citizen&)>& each)
      : log_(log), each_(each) {}
  void record(const Citizen& c) override { each_(c); }
  void bad_record(const std::vector<Diagnostic>& problems) override { log_.bad_record(problems); }

 private:
  StderrLog& log_;
  const std::function<void(const Citizen&)>& each_;
};

}  // namespace

void read_citizens(const std::vector<std::string>& inputs, const Schema& schema,
                   const ReaderOptions& opt, StderrLog& log, Progress* progress,
                   const std::function<void(const Citizen&)>& each) {
  uint64_t total = progress ? input_bytes(inputs) : 0, done = 0;
  ChunkReader reader(inputs, schema, opt);
  Chunk chunk;
  Citizen scratch;
  Forward sink(log, each);
  std::vector<Diagnostic> input_errors;
  for (;;) {
    bool more = reader.next(chunk, input_errors);
    for (const Diagnostic& d : input_errors) log.error(d);
    input_errors.clear();
    if (!more) break;
    parse_chunk(chunk, schema, scratch, sink);
    done += chunk.text.size();
    if (progress) progress->advance(done, total);
  }
}

Diagnostic duplicate_id_error(const Citizen& c) {
  return Diagnostic{Severity::error, c.pos,
                    fmt::format("duplicate id '{}': an earlier record has the same id (ids must "
                                "be unique within an input); this record was skipped",
                                excerpt(c.id)),
                    "duplicate-id"};
}

std::vector<Citizen> read_unique_citizens(const std::vector<std::string>& inputs,
                                          const Schema& schema, StderrLog& log,
                                          TerminalProgress& progress) {
  std::vector<Citizen> people;
  std::unordered_set<std::string> ids;
  progress.stage("reading citizens", ProgressUnit::bytes);
  read_citizens(inputs, schema, {}, log, &progress, [&](const Citizen& c) {
    if (ids.insert(c.id).second) {
      people.push_back(c);
    } else {
      log.error(duplicate_id_error(c));
    }
  });
  return people;
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
      fmt::format("{}: '{}' is not a date; expected YYYY-MM-DD, e.g. 2025-09-01", option, text));
}

Date resolve_on(const std::string& on) {
  std::optional<Date> d = date_option("--on", on);
  return d ? *d : today();
}

}  // namespace nytte::cli
