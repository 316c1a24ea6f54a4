// nytte check-eligibility: who is in a target group, which track, how many
// hours a week, and why.
#include <algorithm>
#include <bit>
#include <cstdio>
#include <map>

#include <fmt/format.h>

#include "batch.h"
#include "commands.h"
#include "common.h"
#include "decision_format.h"
#include "eligibility.h"
#include "output.h"
#include "rules.h"
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

enum class Format { text, json, jsonl, csv };

Format parse_format(const std::string& f) {
  if (f == "json") return Format::json;
  if (f == "jsonl") return Format::jsonl;
  if (f == "csv") return Format::csv;
  return Format::text;
}

// Tag layout for the summary: bits 0-1 status, 2-7 rule set, 8-62 target
// groups, 63 a data warning.
constexpr int kGroupBits = 55;
constexpr uint64_t kWarningBit = uint64_t{1} << 63;

uint64_t summary_tag(const Decision& d, size_t ruleset_index) {
  uint64_t tag = static_cast<uint64_t>(d.status) | (static_cast<uint64_t>(ruleset_index) << 2);
  if (!d.warnings.empty()) tag |= kWarningBit;
  const auto& groups = d.rules->target_groups;
  for (std::string_view met : d.target_groups) {
    // A group the person is exempted from does not count as covering them.
    if (std::find(d.exempt_from.begin(), d.exempt_from.end(), met) != d.exempt_from.end()) continue;
    for (size_t k = 0; k < groups.size() && k < kGroupBits; ++k) {
      if (groups[k].h.id.data() == met.data()) tag |= uint64_t{1} << (8 + k);
    }
  }
  return tag;
}

class Worker : public BatchWorker {
 public:
  // `write` false (-q): decide and count only.
  Worker(const std::vector<RuleSet>& rules, Date on, Format format, DecisionFormat df, bool write,
         csv::Format csv)
      : rules_(rules), on_(on), format_(format), df_(df), write_(write), csv_(csv) {}

  void process(const Citizen& c, ByteBuffer& out, std::vector<uint64_t>& tags) override {
    for (size_t i = 0; i < rules_.size(); ++i) {
      decide(rules_[i], c, on_, decision_);
      tags.push_back(summary_tag(decision_, i));
      if (!write_) continue;
      if (format_ == Format::jsonl) {  // straight into the chunk's output: the batch case
        append_decision_line(decision_, out, df_, scratch_);
        out += '\n';
        continue;
      }
      text_.clear();
      switch (format_) {
        case Format::json: {
          // Array elements; the sink writes the brackets and the commas between people.
          if (i > 0) text_ += ",\n";
          JsonWriter w(text_, 2);
          write_decision_json(decision_, w, df_, scratch_);
          break;
        }
        case Format::csv:
          write_decision_csv(decision_, text_, rules_.size() > 1, csv_);
          break;
        case Format::text:
          write_decision_text(decision_, text_, df_, scratch_);
          break;
        case Format::jsonl:
          break;
      }
      out += text_;
    }
  }

 private:
  const std::vector<RuleSet>& rules_;
  Date on_;
  Format format_;
  DecisionFormat df_;
  bool write_;
  csv::Format csv_;
  Decision decision_;
  DecisionScratch scratch_;
  std::string text_;  // one person's output in the other formats
};

// The ordered stage: writes results, counts them, reports errors and progress.
class Sink : public BatchSink {
 public:
  Sink(OutputSink& out, Format format, const std::vector<RuleSet>& rules, bool quiet, bool write)
      : out_(out),
        format_(format),
        rules_(rules),
        write_(write),
        progress_(quiet),
        log_(&progress_),
        per_ruleset_(rules.size()) {}

  void output(std::string_view bytes) override {
    if (!write_) return;
    if (format_ == Format::json) out_.write(first_ ? "[\n" : ",\n");
    if (format_ == Format::text && !first_) out_.write("\n");
    out_.write(bytes);
    first_ = false;
  }

  bool joins_outputs() const override { return format_ == Format::jsonl || format_ == Format::csv; }

  void record(std::span<const uint64_t> tags) override {
    ++citizens_;
    for (uint64_t tag : tags) {
      Counts& c = per_ruleset_[(tag >> 2) & 63];
      ++c.by_status[tag & 3];
      if (tag & kWarningBit) ++c.warned;
      tag &= ~kWarningBit;
      // Per target group, only the eligible: an exempt person meets a group
      // but is not counted as covered by it.
      if ((tag & 3) == static_cast<uint64_t>(Status::eligible)) {
        for (uint64_t groups = tag >> 8; groups != 0; groups &= groups - 1) {
          ++c.by_group[std::countr_zero(groups)];  // each group met, lowest first
        }
        any_eligible_ = true;
      }
    }
  }

  // At most a few of each kind shown; all counted (cli/diagnostics.h).
  void error(const Diagnostic& d) override { log_.error(d); }

  // Progress by bytes of input (run_batch tells it through BatchOptions).
  TerminalProgress& terminal_progress() { return progress_; }

  void finish() {
    progress_.clear();
    log_.print_hidden();
    if (format_ == Format::json && write_) out_.write(first_ ? "[]\n" : "\n]\n");
  }

  // "nytte: 2000 citizens checked with aarhus on 2025-09-01: 1512 eligible (...), ..."
  void print_summary(Date on, uint64_t errors) const {
    for (size_t i = 0; i < rules_.size(); ++i) {
      const Counts& c = per_ruleset_[i];
      std::map<std::string_view, uint64_t> groups;  // sorted by id, versions together
      for (size_t k = 0; k < rules_[i].target_groups.size() && k < kGroupBits; ++k) {
        if (c.by_group[k]) groups[rules_[i].target_groups[k].h.id] += c.by_group[k];
      }
      std::vector<std::string> parts;
      for (auto& [id, n] : groups) parts.push_back(fmt::format("{} {}", id, n));
      // Data warnings are counted only when there are some, so that the
      // line scripts read stays as it was for clean data.
      std::string warned =
          c.warned ? fmt::format(", {} with data warnings (see \"warnings\")", c.warned) : "";
      fmt::print(stderr,
                 "nytte: {} citizens checked with {} on {}: {} eligible{}, {} exempt, {} not "
                 "eligible, {} undetermined (missing data){}; {} errors\n",
                 citizens_, rules_[i].id, on.iso(), c.by_status[0],
                 parts.empty() ? "" : fmt::format(" ({})", fmt::join(parts, ", ")),
                 c.by_status[static_cast<int>(Status::exempt)],
                 c.by_status[static_cast<int>(Status::not_eligible)],
                 c.by_status[static_cast<int>(Status::undetermined)], warned, errors);
    }
  }

  bool any_eligible() const { return any_eligible_; }
  uint64_t citizens() const { return citizens_; }

 private:
  struct Counts {
    uint64_t by_status[4] = {};
    uint64_t by_group[kGroupBits] = {};
    uint64_t warned = 0;
  };

  OutputSink& out_;
  Format format_;
  const std::vector<RuleSet>& rules_;
  bool write_;
  TerminalProgress progress_;
  StderrLog log_;
  bool first_ = true;
  bool any_eligible_ = false;
  uint64_t citizens_ = 0;
  std::vector<Counts> per_ruleset_;
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
  Format format = parse_format(o.common.format);

  DecisionFormat df;
  df.explain = o.explain;
  df.show_cpr = o.show_cpr;
  OutputSink out(o.common.output);
  df.style =
      format == Format::text && o.common.output.empty() ? Style::for_stream(stdout) : Style{};
  // -q: nothing printed, but an -o FILE is still written.
  const bool write = !o.common.quiet || !o.common.output.empty();
  const csv::Format csv = csv_format_of(o.common);
  if (format == Format::csv && write) out.write(decision_csv_header(rules.size() > 1, csv));

  BatchOptions bo;
  bo.threads = o.threads;
  bo.check_duplicate_ids = !o.no_duplicate_check;
  bo.reader.format = input_format_of(o.input_format);

  Schema schema = merged_schema(rules);
  Sink sink(out, format, rules, o.common.quiet, write);
  bo.progress = &sink.terminal_progress();
  bo.input_bytes = input_bytes(o.inputs);
  sink.terminal_progress().stage("checking citizens", ProgressUnit::bytes);
  BatchCounts counts = run_batch(
      o.inputs, schema, bo,
      [&] { return std::make_unique<Worker>(rules, on, format, df, write, csv); }, sink);
  sink.finish();
  out.commit();
  if (!o.common.quiet && counts.records + counts.errors > 1) {
    sink.print_summary(on, counts.errors);
  }
  if (counts.errors > 0) return 2;
  if (o.common.quiet) return sink.any_eligible() ? 0 : 1;
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
