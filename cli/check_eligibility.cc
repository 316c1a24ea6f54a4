// nytte check-eligibility: who is in a target group, which track, how many
// hours a week, and why.
#include <algorithm>
#include <cstdio>

#include <fmt/format.h>

#include "commands.h"
#include "common.h"
#include "decide/eligibility.h"
#include "format/decision_format.h"
#include "format/eligibility_format.h"
#include "format/output.h"
#include "model/rules.h"
#include "run/batch.h"
#include "terminal_progress.h"

namespace nytte::cli {
namespace {

struct Options {
  CommonOptions common;
  std::vector<std::string> inputs;
  std::string input_format;  // "", "toml", "csv"
  bool explain = false;
  bool show_cpr = false;
  bool no_duplicate_check = false;
  unsigned threads = 0;
};

class Worker : public BatchWorker {
 public:
  // `write` false (-q): decide and count only.
  Worker(const std::vector<RuleSet>& rules, Date on, DecisionListFormat format,
         const DecisionFormat& df, bool write, const csv::Format& csv)
      : rules_(rules), on_(on), write_(write), writer_(format, df, csv, rules.size() > 1) {}

  void process(const Citizen& c, ByteBuffer& out, std::vector<uint64_t>& tags) override {
    for (size_t i = 0; i < rules_.size(); ++i) {
      decide(rules_[i], c, on_, decision_);
      tags.push_back(decision_tag(decision_, i));
      if (write_) writer_.add(decision_, i, out);
    }
  }

 private:
  const std::vector<RuleSet>& rules_;
  Date on_;
  bool write_;
  Decision decision_;
  DecisionWriter writer_;
};

// The ordered stage: writes results in the list's frame, counts them, reports
// errors and progress.
class Sink : public BatchSink {
 public:
  Sink(OutputSink& out, DecisionListFormat format, size_t rulesets, bool quiet, bool write)
      : out_(out),
        format_(format),
        list_(decision_list_frame(format)),
        write_(write),
        progress_(quiet),
        log_(&progress_),
        tally_(rulesets) {}

  void output(std::string_view bytes) override {
    if (!write_) return;
    frame_.clear();
    list_.before(frame_);
    out_.write(frame_);
    out_.write(bytes);
  }

  bool joins_outputs() const override {
    return format_ == DecisionListFormat::jsonl || format_ == DecisionListFormat::csv;
  }
  void record(std::span<const uint64_t> tags) override { tally_.add(tags); }
  // At most a few of each kind shown; all counted (cli/diagnostics.h).
  void error(const Diagnostic& d) override { log_.error(d); }

  // Progress by bytes of input (run_batch tells it through BatchOptions).
  TerminalProgress& terminal_progress() { return progress_; }
  const EligibilityTally& tally() const { return tally_; }

  void finish() {
    progress_.clear();
    log_.print_hidden();
    if (!write_) return;
    frame_.clear();
    list_.end(frame_);
    out_.write(frame_);
  }

 private:
  OutputSink& out_;
  DecisionListFormat format_;
  ListWriter list_;
  bool write_;
  TerminalProgress progress_;
  StderrLog log_;
  EligibilityTally tally_;
  std::string frame_;
};

// The schema citizens are read with: every rule set's declared fields and codes.
Schema merged_schema(const std::vector<RuleSet>& rules) {
  if (rules.size() == 1) return rules[0].schema;
  Schema s;
  for (const RuleSet& r : rules) {
    if (!r.schema.fields.empty() && !s.fields.empty()) {
      throw UsageError("only one --rules file may declare extra citizen fields");
    }
    if (!r.schema.fields.empty()) s.fields = r.schema.fields;
    for (const std::string& code : r.schema.exemption_codes) {
      if (std::find(s.exemption_codes.begin(), s.exemption_codes.end(), code) ==
          s.exemption_codes.end()) {
        s.exemption_codes.push_back(code);
      }
    }
  }
  return s;  // track ids stay open: each rule set checks assigned_track itself
}

int run(const Options& o) {
  check_stdin_once(o.common.rules, o.inputs);
  check_outputs({{"-o", o.common.output}}, all_paths({o.inputs, o.common.rules}));
  if (o.inputs.empty()) {
    throw UsageError(
        "no input: give citizen files (TOML or CSV), directories, or - for "
        "standard input");
  }
  Date on = resolve_on(o.common.on);
  std::vector<RuleSet> rules = load_rule_files(o.common.rules);
  DecisionListFormat format = decision_list_format_of(o.common.format);

  DecisionFormat df;
  df.explain = o.explain;
  df.show_cpr = o.show_cpr;
  OutputSink out(o.common.output);
  df.style = format == DecisionListFormat::text && o.common.output.empty()
                 ? Style::for_stream(stdout)
                 : Style{};
  // -q: nothing printed, but an -o FILE is still written.
  const bool write = !o.common.quiet || !o.common.output.empty();
  const csv::Format csv = csv_format_of(o.common);
  if (format == DecisionListFormat::csv && write)
    out.write(decision_csv_header(rules.size() > 1, csv));

  BatchOptions bo;
  bo.threads = o.threads;
  bo.check_duplicate_ids = !o.no_duplicate_check;
  bo.reader.format = input_format_of(o.input_format);

  Schema schema = merged_schema(rules);
  Sink sink(out, format, rules.size(), o.common.quiet, write);
  bo.progress = &sink.terminal_progress();
  bo.input_bytes = input_bytes(o.inputs);
  sink.terminal_progress().stage("checking citizens", ProgressUnit::bytes);
  BatchCounts counts = run_batch(
      o.inputs, schema, bo,
      [&] { return std::make_unique<Worker>(rules, on, format, df, write, csv); }, sink);
  sink.finish();
  out.commit();
  if (!o.common.quiet && counts.records + counts.errors > 1) {
    fmt::print(stderr, "{}", sink.tally().summary(rules, on, counts.errors));
  }
  if (counts.errors > 0) return 2;
  if (o.common.quiet) return sink.tally().any_eligible() ? 0 : 1;
  return 0;
}

}  // namespace

CLI::App* add_check_eligibility(CLI::App& app, int& exit_code) {
  auto opts = std::make_shared<Options>();
  CLI::App* cmd =
      app.add_subcommand("check-eligibility",
                         "Who is in the target group, which track, how many hours a week, and why");
  cmd->footer(
      "Examples:\n"
      "  nytte check-eligibility examples/citizens/nordfyns-49.toml --rules rules/nordfyns.toml\n"
      "  nytte check-eligibility person.toml --on 2025-09-01          (built-in national rules)\n"
      "  nytte check-eligibility population.csv --rules rules/aarhus.toml --format jsonl | jq .\n"
      "  nytte check-eligibility -q person.toml && echo covered\n"
      "\n"
      "Exit status: 0 done (with -q: someone checked is eligible), 1 with -q: nobody checked\n"
      "is eligible, 2 bad usage or input (messages name file:line:column).\n" +
      std::string(kQuietFooter));
  cmd->add_option("inputs", opts->inputs,
                  "Citizen files ([[citizen]] TOML, or CSV), directories of *.toml, or - for "
                  "standard input")
      ->type_name("INPUT...");
  add_rules_option(*cmd, opts->common);
  add_on_option(*cmd, opts->common);
  add_format_option(*cmd, opts->common, {"text", "json", "jsonl", "csv"});
  add_output_option(*cmd, opts->common);
  add_csv_sep_option(*cmd, opts->common);
  add_quiet_option(*cmd, opts->common.quiet);
  cmd->add_flag("--explain", opts->explain,
                "Reasons also carry each rule's title, condition, quoted source and the "
                "evaluation tree");
  cmd->add_option("--input-format", opts->input_format,
                  "Read inputs as toml or csv (default: by file extension; stdin is sniffed)")
      ->check(CLI::IsMember({"toml", "csv"}));
  cmd->add_flag("--show-cpr", opts->show_cpr, "Print CPR numbers in full (masked by default)");
  cmd->add_flag("--no-duplicate-check", opts->no_duplicate_check,
                "Do not check that ids are unique (saves 20 MB of memory and a temporary file of 8 "
                "bytes a citizen)");
  cmd->add_option("--threads", opts->threads, "Worker threads (default: one per core)");
  cmd->callback([opts, &exit_code] { exit_code = run(*opts); });
  return cmd;
}

}  // namespace nytte::cli
