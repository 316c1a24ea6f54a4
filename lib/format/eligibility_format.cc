// check-eligibility's writers and counts (format/eligibility_format.h).
#include "format/eligibility_format.h"

#include <algorithm>
#include <bit>
#include <map>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "base/local_format.h"
#include "base/plural.h"
#include "format/decision_letter.h"
#include "format/output.h"
#include "nytte/i18n.h"

namespace nytte {

DecisionListFormat decision_list_format_of(std::string_view f) {
  if (f == "json") return DecisionListFormat::json;
  if (f == "jsonl") return DecisionListFormat::jsonl;
  if (f == "csv") return DecisionListFormat::csv;
  if (f == "letter") return DecisionListFormat::letter;
  return DecisionListFormat::text;
}

ListFrame decision_list_frame(DecisionListFormat f) {
  switch (f) {
    case DecisionListFormat::json:
      return ListFrame::json_array_from_first;
    case DecisionListFormat::text:
    case DecisionListFormat::letter:
      return ListFrame::blank_line;
    default:
      return ListFrame::concatenated;
  }
}

void DecisionWriter::add_other(const Decision& d, size_t i) {
  if (format_ == DecisionListFormat::json) {
    // Array elements; the list's frame writes the brackets and the commas
    // between people.
    if (i > 0) text_ += ",\n";
    printer_.json(d, text_, 2);
  } else if (format_ == DecisionListFormat::letter) {
    if (i > 0) text_ += "\n";  // a letter a rule set, apart as letters of two people are
    write_decision_letter(d, text_);
  } else {
    printer_.text(d, text_);
  }
}

void EligibilityTally::add(std::span<const uint64_t> tags) {
  ++people_;
  for (uint64_t tag : tags) {
    Counts& c = per_ruleset_[(tag >> 2) & 63];
    ++c.by_status[tag & 3];
    if (tag & kTagWarningBit) ++c.warned;
    tag &= ~kTagWarningBit;
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

std::string EligibilityTally::summary(const std::vector<RuleSet>& rules, Date on,
                                      std::string_view not_read) const {
  std::string out;
  for (size_t i = 0; i < rules.size(); ++i) {
    const Counts& c = per_ruleset_[i];
    std::map<std::string_view, uint64_t> groups;  // sorted by id, versions together
    for (size_t k = 0; k < rules[i].target_groups.size() && k < kTalliedGroups; ++k) {
      if (c.by_group[k]) groups[rules[i].target_groups[k].h.id] += c.by_group[k];
    }
    std::vector<std::string> parts;
    for (auto& [id, n] : groups) parts.push_back(fmt::format("{} {}", id, local_count(n)));
    // Data warnings are counted only when there are some, so that the line
    // scripts read stays as it was for clean data.
    std::string warned =
        c.warned ? trf(", {} with data warnings (see \"warnings\")", local_count(c.warned)) : "";
    out +=
        trf("nytte: {} checked with {} on {}: {} eligible{}, {} exempt, {} not eligible, {} "
            "undetermined (missing data){}; {}\n",
            plural(people_, "citizen", "citizens"), rules[i].id, local_date(on),
            local_count(c.by_status[0]),
            parts.empty() ? "" : fmt::format(" ({})", fmt::join(parts, ", ")),
            local_count(c.by_status[static_cast<int>(Status::exempt)]),
            local_count(c.by_status[static_cast<int>(Status::not_eligible)]),
            local_count(c.by_status[static_cast<int>(Status::undetermined)]), warned, not_read);
  }
  return out;
}

}  // namespace nytte
