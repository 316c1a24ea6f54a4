// check-eligibility's outputs: each person's decisions in text, JSON, JSON
// lines or CSV (the writers of one decision are decision_format.h), the
// list's frame, and the counts and summary line of a batch.
#pragma once

#include <algorithm>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/bytes.h"
#include "base/date.h"
#include "decide/eligibility.h"
#include "format/decision_format.h"
#include "format/list.h"
#include "load/csv.h"
#include "model/rules.h"

namespace nytte {

// letter: the draft of a decision letter, in Danish (format/decision_letter.h).
enum class DecisionListFormat { text, json, jsonl, csv, letter };

// "json" -> json, ...; any other name is text.
DecisionListFormat decision_list_format_of(std::string_view name);

// How the people's outputs are put together: a JSON array (written from the
// first person on, "[]" for none), a blank line between people in text,
// nothing between JSON lines and CSV rows. The CSV header comes first.
// Letters: a blank line between them, each begun and ended by its draft mark.
ListFrame decision_list_frame(DecisionListFormat f);

// Writes one person's decisions, one a rule set, in one format; a worker
// thread owns one. `eval`: the cache of the Decider that makes the decisions
// (DecisionPrinter).
class DecisionWriter {
 public:
  DecisionWriter(DecisionListFormat format, const DecisionFormat& df, const csv::Format& csv,
                 bool several_rulesets, EvalCache* eval = nullptr)
      : format_(format), csv_(csv), several_(several_rulesets), printer_(df, eval) {}

  // The decision under the `i`-th rule set, appended to `out`.
  void add(const Decision& d, size_t i, ByteBuffer& out) {
    if (format_ == DecisionListFormat::jsonl) {  // straight into the output: the batch case
      printer_.json_line(d, out);
      out += '\n';
      return;
    }
    text_.clear();
    if (format_ == DecisionListFormat::csv) {
      write_decision_csv(d, text_, several_, csv_);
    } else {
      add_other(d, i);
    }
    out += text_;
  }

 private:
  void add_other(const Decision& d, size_t i);  // json, text, letter: into text_

  DecisionListFormat format_;
  csv::Format csv_;
  bool several_;
  DecisionPrinter printer_;
  std::string text_;  // one decision in the formats other than jsonl
};

// A decision as the batch's counts need it, in 64 bits: bits 0-1 the status,
// 2-7 the rule set's index, 8-62 the target groups met (the first 55 of the
// rule set; a group the person is exempted from does not count), 63 a data
// warning.
inline constexpr int kTalliedGroups = 55;
inline constexpr uint64_t kTagWarningBit = uint64_t{1} << 63;
// Inline: it runs for every person and rule set.
inline uint64_t decision_tag(const Decision& d, size_t ruleset_index) {
  uint64_t tag = static_cast<uint64_t>(d.status) | (static_cast<uint64_t>(ruleset_index) << 2);
  if (!d.warnings.empty()) tag |= kTagWarningBit;
  const auto& groups = d.rules->target_groups;
  for (std::string_view met : d.target_groups) {
    // A group the person is exempted from does not count as covering them.
    if (std::find(d.exempt_from.begin(), d.exempt_from.end(), met) != d.exempt_from.end()) continue;
    for (size_t k = 0; k < groups.size() && k < kTalliedGroups; ++k) {
      if (groups[k].h.id.data() == met.data()) tag |= uint64_t{1} << (8 + k);
    }
  }
  return tag;
}

// The counts of a batch, by rule set: status, eligible people by target
// group, data warnings.
class EligibilityTally {
 public:
  explicit EligibilityTally(size_t rulesets) : per_ruleset_(rulesets) {}
  void add(std::span<const uint64_t> tags);  // one person's decision_tag()s
  bool any_eligible() const { return any_eligible_; }
  uint64_t people() const { return people_; }
  // One line a rule set: "nytte: 2000 citizens checked with aarhus on
  // 2025-09-01: 1512 eligible (...), ...; 0 errors\n".
  std::string summary(const std::vector<RuleSet>& rules, Date on, std::string_view not_read) const;

 private:
  struct Counts {
    uint64_t by_status[4] = {};
    uint64_t by_group[kTalliedGroups] = {};
    uint64_t warned = 0;
  };
  std::vector<Counts> per_ruleset_;
  uint64_t people_ = 0;
  bool any_eligible_ = false;
};

}  // namespace nytte
