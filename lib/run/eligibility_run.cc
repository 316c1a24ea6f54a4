#include "nytte/eligibility_run.h"

#include <algorithm>
#include <cstdio>
#include <memory>

#include <fmt/format.h>

#include "decide/eligibility.h"
#include "format/decision_format.h"
#include "format/eligibility_format.h"
#include "format/output.h"
#include "load/rules.h"
#include "nytte/error.h"
#include "nytte/i18n.h"
#include "run/batch.h"
#include "run/options.h"
#include "run/output_file.h"
#include "run/stderr_log.h"

namespace nytte {
namespace {

class Worker : public BatchWorker {
 public:
  // `write` false (-q): decide and count only.
  Worker(const std::vector<RuleSet>& rules, Date on, DecisionListFormat format,
         const DecisionFormat& df, bool write, const csv::Format& csv)
      : rules_(rules),
        on_(on),
        write_(write),
        writer_(format, df, csv, rules.size() > 1, &decider_.eval_cache()) {}

  void process(const Citizen& c, ByteBuffer& out, std::vector<uint64_t>& tags) override {
    for (size_t i = 0; i < rules_.size(); ++i) {
      decider_.decide(rules_[i], c, on_, decision_);
      tags.push_back(decision_tag(decision_, i));
      if (write_) writer_.add(decision_, i, out);
    }
  }

 private:
  const std::vector<RuleSet>& rules_;
  Date on_;
  bool write_;
  Decider decider_;
  Decision decision_;
  DecisionWriter writer_;
};

// The ordered stage: writes results in the list's frame, counts them, reports
// errors and progress.
class Sink : public BatchSink {
 public:
  Sink(OutputSink& out, DecisionListFormat format, size_t rulesets, bool write,
       StageProgress& progress, std::FILE* err)
      : out_(out),
        format_(format),
        list_(decision_list_frame(format)),
        write_(write),
        progress_(progress),
        log_(&progress_, StderrLog::kExamples, err),
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
  // At most a few of each kind shown; all counted (run/stderr_log.h).
  void error(const Diagnostic& d) override { log_.error(d); }

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
  StageProgress& progress_;
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
      throw UsageError(tr("only one --rules file may declare extra citizen fields"));
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

}  // namespace

int run_eligibility(const EligibilityRunOptions& o, StageProgress& progress, std::FILE* err) {
  check_stdin_once(o.common.rules, o.inputs);
  check_outputs({{"-o", o.common.output}}, all_paths({o.inputs, o.common.rules}));
  if (o.inputs.empty()) {
    throw UsageError(
        tr("no input: give citizen files (TOML or CSV), directories, or - for "
           "standard input"));
  }
  Date on = resolve_on(o.common.on);
  std::vector<RuleSet> rules = load_rule_files(o.common.rules);
  DecisionListFormat format = decision_list_format_of(o.common.format);

  DecisionFormat df;
  df.explain = o.explain;
  df.show_cpr = o.show_cpr;
  OutputSink out(o.common.output);
  Style style = Style::for_stream(stdout, o.common.color);  // checks --color too
  df.style = format == DecisionListFormat::text && o.common.output.empty() ? style : Style{};
  // -q: nothing printed, but an -o FILE is still written.
  const bool write = !o.common.quiet || !o.common.output.empty();
  const csv::Format csv = csv_format_of(o.common);
  warn_unused_csv_options(o.common, format == DecisionListFormat::csv, err);
  if (format == DecisionListFormat::csv && write)
    out.write(decision_csv_header(rules.size() > 1, csv));

  BatchOptions bo;
  bo.threads = o.threads;
  bo.check_duplicate_ids = !o.no_duplicate_check;
  bo.reader.format = input_format_of(o.input_format);

  Schema schema = merged_schema(rules);
  Sink sink(out, format, rules.size(), write, progress, err);
  bo.progress = &progress;
  bo.input_bytes = input_bytes(o.inputs);
  progress.stage("checking citizens", ProgressUnit::bytes);
  BatchCounts counts = run_batch(
      o.inputs, schema, bo,
      [&] { return std::make_unique<Worker>(rules, on, format, df, write, csv); }, sink);
  sink.finish();
  out.commit();
  if (!o.common.quiet && counts.records + counts.errors > 1) {
    fmt::print(err, "{}", sink.tally().summary(rules, on, not_read(counts)));
  }
  if (counts.errors > 0) return 2;
  if (o.common.quiet) return sink.tally().any_eligible() ? 0 : 1;
  return 0;
}

}  // namespace nytte
