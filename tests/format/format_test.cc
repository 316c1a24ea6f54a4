// lib/format/: the list frame every command's output shares, and the frames
// of build-package's outputs.
#include <doctest/doctest.h>

#include <fmt/format.h>

#include "format/eligibility_format.h"
#include "format/list.h"
#include "format/package_format.h"
#include "load/rules.h"

using namespace nytte;

TEST_CASE("ListWriter: JSON brackets and commas, a blank line between text records") {
  std::string s;
  ListWriter json(ListFrame::json_array);
  json.begin(s);
  json.end(s);
  CHECK(s == "[\n]\n");
  s.clear();
  ListWriter two(ListFrame::json_array);
  two.begin(s);
  for (const char* item : {"1", "2"}) {
    two.before(s);
    s += item;
  }
  two.end(s);
  CHECK(s == "[\n1,\n2\n]\n");
  s.clear();
  ListWriter text(ListFrame::blank_line);
  text.begin(s);
  for (const char* item : {"a\n", "b\n"}) {
    text.before(s);
    s += item;
  }
  text.end(s);
  CHECK(s == "a\n\nb\n");
  CHECK(text.count() == 2);
}

TEST_CASE("PackageWriter: the CSV header in the separator asked for, the plan file's comment") {
  RuleSet rules = load_builtin_rules();
  std::string s;
  PackageWriter csv(PackageFormat::csv, rules, csv::Format::with_separator(';'), {});
  csv.begin(s);
  csv.end(s);
  CHECK(s.rfind("id;track;phase;day;", 0) == 0);
  s.clear();
  csv::Format bom = csv::Format::with_separator(';');
  bom.bom = true;
  PackageWriter with_bom(PackageFormat::csv, rules, bom, {});
  with_bom.begin(s);
  with_bom.end(s);
  CHECK(s.rfind("\xEF\xBB\xBFid;track;phase;day;", 0) == 0);
  s.clear();
  PackageWriter json(PackageFormat::json, rules, bom, {});  // a BOM only before CSV
  json.begin(s);
  json.end(s);
  CHECK(s.find('\xEF') == std::string::npos);
  s.clear();
  PackageWriter toml(PackageFormat::toml, rules, csv::Format::with_separator(','), {});
  toml.begin(s);
  CHECK(s.find("# Weekly plans made by nytte build-package with rules national.") == 0);
  CHECK(package_format_of("ics") == PackageFormat::ics);
  CHECK(package_format_of("anything") == PackageFormat::text);
}

TEST_CASE("ListWriter: a JSON array opened with its first element, [] for none") {
  std::string s;
  ListWriter none(ListFrame::json_array_from_first);
  none.begin(s);
  none.end(s);
  CHECK(s == "[]\n");
  s.clear();
  ListWriter one(ListFrame::json_array_from_first);
  one.begin(s);
  one.before(s);
  s += "{}";
  one.end(s);
  CHECK(s == "[\n{}\n]\n");
}

TEST_CASE("EligibilityTally: statuses and eligible people by target group, one line a rule set") {
  std::vector<RuleSet> rules;
  rules.push_back(load_builtin_rules());
  EligibilityTally tally(1);
  uint64_t eligible_first_group = static_cast<uint64_t>(Status::eligible) | (uint64_t{1} << 8);
  uint64_t undetermined = static_cast<uint64_t>(Status::undetermined) | kTagWarningBit;
  tally.add(std::span<const uint64_t>(&eligible_first_group, 1));
  tally.add(std::span<const uint64_t>(&undetermined, 1));
  CHECK(tally.people() == 2);
  CHECK(tally.any_eligible());
  std::string line = tally.summary(rules, Date::from_ymd(2025, 9, 1), "0 records not read");
  CHECK(line == fmt::format("nytte: 2 citizens checked with national on 2025-09-01: 1 eligible ({} "
                            "1), 0 exempt, 0 not eligible, 1 undetermined (missing data), 1 with "
                            "data warnings (see \"warnings\"); 0 records not read\n",
                            rules[0].target_groups[0].h.id));
}
