#include "run/diff_batch.h"

#include <algorithm>
#include <memory>
#include <mutex>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "format/decision_format.h"
#include "format/output.h"
#include "model/citizen.h"
#include "nytte/error.h"
#include "nytte/i18n.h"

namespace nytte {
namespace {

class Worker : public BatchWorker {
 public:
  Worker(std::shared_ptr<DiffTally> tally, const DiffList& list)
      : tally_(std::move(tally)),
        list_(list.out != nullptr),
        printer_{DecisionPrinter(format(list)), DecisionPrinter(format(list))} {}

  void process(const Citizen& c, ByteBuffer& out, std::vector<uint64_t>&) override {
    if (!tally_->add(c) || !list_) return;
    const Decision& b = tally_->before();
    const Decision& a = tally_->after();
    out += "{\"id\":\"";
    json_escape(out, c.id);
    out += "\",\"changed\":[";
    unsigned parts = changed_parts(b, a);
    bool first = true;
    for (size_t i = 0; i < std::size(kDecisionParts); ++i) {
      if (!(parts & (1u << i))) continue;
      if (!first) out += ',';
      first = false;
      out.append_quoted(kDecisionParts[i]);
    }
    out += "],\"before\":";
    printer_[0].json_line(b, out);
    out += ",\"after\":";
    printer_[1].json_line(a, out);
    out += "}\n";
  }

 private:
  static DecisionFormat format(const DiffList& list) {
    DecisionFormat f;
    f.show_cpr = list.show_cpr;
    return f;
  }
  std::shared_ptr<DiffTally> tally_;
  bool list_;
  DecisionPrinter printer_[2];  // one a side: each keeps the parts of its rule set
};

// The list's lines in input order; bad records reported; the records
// skipped as duplicate ids, which a worker had counted before the ids were
// checked, counted again to be taken out.
class Sink : public BatchSink {
 public:
  Sink(OutputSink* list, StderrLog& log, DiffTally& skipped)
      : list_(list), log_(log), skipped_(skipped) {}
  void output(std::string_view bytes) override {
    if (list_) list_->write(bytes);
  }
  bool joins_outputs() const override { return true; }
  void record(std::span<const uint64_t>) override {}
  void error(const Diagnostic& d) override { log_.error(d); }
  bool wants_skipped() const override { return true; }
  void skipped(const Citizen& c) override { skipped_.add(c); }

 private:
  OutputSink* list_;
  StderrLog& log_;
  DiffTally& skipped_;
};

bool same_field(const DeclaredField& a, const DeclaredField& b) {
  return a.name == b.name && a.type == b.type && a.codes == b.codes;
}

// The codes either side allows (none listed: any code).
void add_codes(std::vector<std::string>& to, const std::vector<std::string>& from) {
  if (from.empty()) to.clear();
  if (to.empty()) return;
  for (const std::string& code : from)
    if (std::find(to.begin(), to.end(), code) == to.end()) to.push_back(code);
}

// "'integration_need' (bool)", with its codes when it lists some: the
// field as a reader looks it up in the rule file.
std::string field_text(const DeclaredField& f) {
  std::string out = fmt::format("'{}' ({}", f.name, type_name(f.type));
  if (!f.codes.empty()) out += ": " + fmt::format("{}", fmt::join(f.codes, ", "));
  return out + ")";
}

// Where a field is declared: "rules/a.toml:40:1", the file when not known.
std::string field_place(const DeclaredField& f, const RuleSet& r) {
  return f.pos.line > 0 ? f.pos.str() : r.file;
}

}  // namespace

Schema diff_schema(const RuleSet& before, const RuleSet& after) {
  const Schema& b = before.schema;
  const Schema& a = after.schema;
  const bool after_longer = a.fields.size() > b.fields.size();
  const Schema& longer = after_longer ? a : b;
  const Schema& shorter = after_longer ? b : a;
  auto differ = std::mismatch(shorter.fields.begin(), shorter.fields.end(), longer.fields.begin(),
                              same_field);
  if (differ.first != shorter.fields.end()) {
    // The first field that differs, on each side, where it is declared.
    size_t i = static_cast<size_t>(differ.first - shorter.fields.begin());
    const DeclaredField& bf = b.fields[i];
    const DeclaredField& af = a.fields[i];
    throw UsageError(trf(
        "the two rule sets declare different citizen fields: field {} is {} in {} and {} in "
        "{}; a diff reads each record once, so the fields one declares must begin the "
        "other's, in the same order",
        i + 1, field_text(bf), field_place(bf, before), field_text(af), field_place(af, after)));
  }
  Schema s = longer;
  add_codes(s.exemption_codes, shorter.exemption_codes);
  add_codes(s.track_ids, shorter.track_ids);
  return s;
}

DiffRun diff_population(const std::vector<std::string>& inputs, const DiffOptions& options,
                        const BatchOptions& batch, StderrLog& log, const DiffList& list) {
  Schema schema = diff_schema(*options.before.rules, *options.after.rules);
  std::mutex mutex;
  std::vector<std::shared_ptr<DiffTally>> tallies;
  DiffTally skipped(options);
  Sink sink(list.out, log, skipped);
  BatchCounts counts = run_batch(
      inputs, schema, batch,
      [&]() -> std::unique_ptr<BatchWorker> {
        auto t = std::make_shared<DiffTally>(options);
        std::lock_guard<std::mutex> lock(mutex);
        tallies.push_back(t);
        return std::make_unique<Worker>(t, list);
      },
      sink);
  DiffRun run{DiffTally(options), counts};
  for (const auto& t : tallies) run.tally.merge(*t);
  run.tally.remove(skipped);  // the duplicates: counted by a worker, then skipped
  return run;
}

}  // namespace nytte
