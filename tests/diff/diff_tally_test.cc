// The diff's tally: each person decided on both sides and counted (status
// before x after, groups, tracks, hours), the rules whose value changed for
// the changed people, merge and remove, the seats demanded as report counts
// them, and what counts as a change.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <string>
#include <vector>

#include "diff/diff.h"
#include "load/citizen_reader.h"
#include "load/rules.h"
#include "report/report.h"

using namespace nytte;

namespace {

// Before: group kh (kontanthjælp, under 9 years of residence), group jp
// (jobparat), a group "old" no longer in force, an exemption, a track each,
// and 37 hours for kh. After: kh reads 10 years, jp is in force only from
// 2026, "old" is gone, and kh's hours are 30.
constexpr std::string_view kBefore = R"(
[ruleset]
id = "t"
title = "Test"
version = "1"

[[source]]
id = "s"
title = "A source"
author = "An authority"
date = 2024-06-11

[[target_group]]
id = "kh"
when = 'benefit == "kontanthjaelp" and residence_years_last_10 < 9'
source = "s"
quote = "q"

[[target_group]]
id = "jp"
when = 'category == "jobparat"'
source = "s"
quote = "q"

[[target_group]]
id = "old"
when = 'category == "aktivitetsparat"'
valid_to = 2025-01-01
source = "s"
quote = "q"

[[exemption]]
id = "ill"
when = 'has(work_capacity_hours) and work_capacity_hours <= 0'
source = "s"
quote = "q"

[[track]]
id = "kh_track"
groups = ["kh"]
source = "s"
quote = "q"

[[track]]
id = "jp_track"
groups = ["jp"]
max_hours = 'min(37, work_capacity_hours)'
source = "s"
quote = "q"

[[hours]]
id = "h37"
groups = ["kh"]
value = '37'
source = "s"
quote = "q"
)";

constexpr std::string_view kAfter = R"(
[ruleset]
id = "t"
title = "Test"
version = "2"

[[source]]
id = "s"
title = "A source"
author = "An authority"
date = 2024-06-11

[[target_group]]
id = "kh"
when = 'benefit == "kontanthjaelp" and residence_years_last_10 < 10'
source = "s"
quote = "q"

[[target_group]]
id = "jp"
when = 'category == "jobparat"'
valid_from = 2026-01-01
source = "s"
quote = "q"

[[exemption]]
id = "ill"
when = 'has(work_capacity_hours) and work_capacity_hours <= 0'
source = "s"
quote = "q"

[[track]]
id = "kh_track"
groups = ["kh"]
source = "s"
quote = "q"

[[track]]
id = "jp_track"
groups = ["jp"]
max_hours = 'min(37, work_capacity_hours)'
source = "s"
quote = "q"

[[hours]]
id = "h37"
groups = ["kh"]
value = '30'
source = "s"
quote = "q"
)";

const RuleSet& before_rules() {
  static const RuleSet rs = load_rules_text(kBefore, "before.toml");
  return rs;
}

const RuleSet& after_rules() {
  static const RuleSet rs = load_rules_text(kAfter, "after.toml");
  return rs;
}

const Date kOn = Date::from_ymd(2025, 9, 1);

DiffOptions options() {
  DiffOptions o;
  o.before = {&before_rules(), kOn};
  o.after = {&after_rules(), kOn};
  return o;
}

Citizen person(std::string id, Benefit benefit, Category category, double residence) {
  Citizen c;
  c.id = std::move(id);
  c.benefit = benefit;
  c.category = category;
  c.residence_years_last_10 = residence;
  return c;
}

// p1: in kh on both sides, 37 hours then 30. p2: kh only after (9.5
// years). p3: jp, not in force after. p4: in no group. p5: exempt on both.
std::vector<Citizen> people() {
  std::vector<Citizen> v;
  v.push_back(person("p1", Benefit::kontanthjaelp, Category::aktivitetsparat, 5));
  v.push_back(person("p2", Benefit::kontanthjaelp, Category::aktivitetsparat, 9.5));
  v.push_back(person("p3", Benefit::su, Category::jobparat, 5));
  v.push_back(person("p4", Benefit::su, Category::aktivitetsparat, 5));
  Citizen p5 = person("p5", Benefit::kontanthjaelp, Category::aktivitetsparat, 5);
  p5.work_capacity_hours = 0;
  v.push_back(p5);
  return v;
}

using Pair = std::pair<std::string, std::string>;

constexpr int E = static_cast<int>(Status::eligible);
constexpr int N = static_cast<int>(Status::not_eligible);
constexpr int X = static_cast<int>(Status::exempt);

uint64_t count_of(const std::map<ConditionKey, ConditionChange>& m, RuleKind kind,
                  const std::string& id, uint64_t ConditionChange::*field) {
  auto it = m.find(ConditionKey{kind, id});
  return it == m.end() ? 0 : it->second.*field;
}

std::string source_file(const std::string& path) {
  return fmt::format("{}/{}", NYTTE_SOURCE_DIR, path);
}

}  // namespace

TEST_CASE("diff tally: statuses, groups, tracks and hours before and after") {
  DiffOptions o = options();
  DiffTally t(o);
  std::vector<bool> changed;
  for (const Citizen& c : people()) changed.push_back(t.add(c));
  CHECK(changed == std::vector<bool>{true, true, true, false, false});
  CHECK(t.people == 5);
  CHECK(t.changed == 3);
  CHECK(t.status[E][E] == 1);
  CHECK(t.status[N][E] == 1);
  CHECK(t.status[E][N] == 1);
  CHECK(t.status[N][N] == 1);
  CHECK(t.status[X][X] == 1);

  std::map<Pair, uint64_t> groups{
      {{"kh", "kh"}, 2}, {{"", "kh"}, 1}, {{"jp", ""}, 1}, {{"", ""}, 1}};
  CHECK(t.groups == groups);
  std::map<Pair, uint64_t> tracks{
      {{"kh_track", "kh_track"}, 1}, {{"", "kh_track"}, 1}, {{"jp_track", ""}, 1}, {{"", ""}, 2}};
  CHECK(t.tracks == tracks);

  const DiffSideTally& b = t.side[0];
  CHECK(b.by_status[E] == 2);
  CHECK(b.by_status[N] == 2);
  CHECK(b.by_status[X] == 1);
  CHECK(b.covered == 2);
  CHECK(b.hours_stated == 1);
  CHECK(b.hours_not_stated == 1);  // jp: no hours rule for it
  CHECK(b.hours_unknown == 0);
  CHECK(b.required_minutes == 37 * 60);
  CHECK(b.by_track ==
        std::map<std::string, uint64_t, std::less<>>{{"jp_track", 1}, {"kh_track", 1}});
  CHECK(b.track_minutes == std::map<std::string, int64_t, std::less<>>{{"kh_track", 37 * 60}});
  CHECK(b.demand.empty());  // no offers

  const DiffSideTally& a = t.side[1];
  CHECK(a.covered == 2);
  CHECK(a.hours_stated == 2);
  CHECK(a.hours_not_stated == 0);
  CHECK(a.required_minutes == 2 * 30 * 60);
  CHECK(a.by_track == std::map<std::string, uint64_t, std::less<>>{{"kh_track", 2}});
  CHECK(a.track_minutes == std::map<std::string, int64_t, std::less<>>{{"kh_track", 60 * 60}});
}

TEST_CASE("diff tally: the rules whose value changed for the changed people") {
  DiffOptions o = options();
  DiffTally t(o);
  for (const Citizen& c : people()) t.add(c);
  // Each rule as the decision saw it: one not in force, or not in the rule
  // set, holds for no one. p2: kh became true (the exemption and track were
  // not tried before: not compared). p3: jp is not in force after, so it
  // became false for her; for p1 and p2 it was false before and is still.
  // "old", not in force before and gone after, held for no one on either
  // side: no change. Hours, under the rule that gave them: h37 went down
  // for p1 and appeared for p2; p3's cap (jp_track's, 37 with the work
  // capacity assumed) vanished.
  CHECK(t.conditions.size() == 4);
  CHECK(count_of(t.conditions, RuleKind::target_group, "kh", &ConditionChange::people) == 1);
  CHECK(count_of(t.conditions, RuleKind::target_group, "kh", &ConditionChange::to_yes) == 1);
  CHECK(count_of(t.conditions, RuleKind::target_group, "jp", &ConditionChange::people) == 1);
  CHECK(count_of(t.conditions, RuleKind::target_group, "jp", &ConditionChange::to_no) == 1);
  CHECK(t.conditions.count(ConditionKey{RuleKind::target_group, "old"}) == 0);
  CHECK(t.conditions.count(ConditionKey{RuleKind::exemption, "ill"}) == 0);
  CHECK(t.conditions.count(ConditionKey{RuleKind::track, "jp_track"}) == 0);
  CHECK(count_of(t.conditions, RuleKind::hours, "h37", &ConditionChange::people) == 2);
  CHECK(count_of(t.conditions, RuleKind::hours, "h37", &ConditionChange::to_no) == 1);  // lower
  CHECK(count_of(t.conditions, RuleKind::hours, "h37", &ConditionChange::to_other) == 1);
  CHECK(count_of(t.conditions, RuleKind::max_hours, "jp_track", &ConditionChange::to_other) == 1);
  for (const auto& [key, change] : t.conditions)
    CHECK(change.to_yes + change.to_no + change.to_other == change.people);

  // Hours that went up count as higher (to_yes), from the after side's view.
  DiffOptions back;
  back.before = o.after;
  back.after = o.before;
  DiffTally r(back);
  r.add(people()[0]);
  CHECK(count_of(r.conditions, RuleKind::hours, "h37", &ConditionChange::to_yes) == 1);
}

TEST_CASE("diff tally: the same rules on the same date change nobody") {
  DiffOptions o;
  o.before = o.after = {&before_rules(), kOn};
  DiffTally t(o);
  for (const Citizen& c : people()) CHECK_FALSE(t.add(c));
  CHECK(t.changed == 0);
  CHECK(t.conditions.empty());
  for (int i = 0; i < 4; ++i)
    for (int j = 0; j < 4; ++j)
      if (i != j) CHECK(t.status[i][j] == 0);
}

TEST_CASE("diff tally: the decisions of the last person stay readable") {
  DiffOptions o = options();
  DiffTally t(o);
  // The decisions point at the citizen: she must outlive them, as a batch's
  // record outlives the worker's use of it.
  std::vector<Citizen> v = people();
  t.add(v[1]);
  CHECK(t.before().status == Status::not_eligible);
  CHECK(t.after().status == Status::eligible);
  CHECK(t.before().rules == &before_rules());
  CHECK(t.after().citizen->id == "p2");
}

TEST_CASE("diff tally: merged halves equal the whole; remove takes duplicates out") {
  DiffOptions o = options();
  std::vector<Citizen> v = people();
  DiffTally all(o), first(o), second(o);
  for (size_t i = 0; i < v.size(); ++i) {
    all.add(v[i]);
    (i % 2 ? second : first).add(v[i]);
  }
  first.merge(second);
  auto same = [](const DiffTally& x, const DiffTally& y) {
    CHECK(x.people == y.people);
    CHECK(x.changed == y.changed);
    for (int i = 0; i < 4; ++i)
      for (int j = 0; j < 4; ++j) CHECK(x.status[i][j] == y.status[i][j]);
    CHECK(x.groups == y.groups);
    CHECK(x.tracks == y.tracks);
    for (int s = 0; s < 2; ++s) {
      CHECK(x.side[s].covered == y.side[s].covered);
      CHECK(x.side[s].required_minutes == y.side[s].required_minutes);
      CHECK(x.side[s].hours_stated == y.side[s].hours_stated);
      CHECK(x.side[s].hours_not_stated == y.side[s].hours_not_stated);
      CHECK(x.side[s].by_track == y.side[s].by_track);
      CHECK(x.side[s].track_minutes == y.side[s].track_minutes);
      CHECK(x.side[s].demand == y.side[s].demand);
    }
    REQUIRE(x.conditions.size() == y.conditions.size());
    for (auto i = x.conditions.begin(), j = y.conditions.begin(); i != x.conditions.end();
         ++i, ++j) {
      CHECK(i->first == j->first);
      CHECK(i->second.people == j->second.people);
      CHECK(i->second.to_yes == j->second.to_yes);
      CHECK(i->second.to_no == j->second.to_no);
      CHECK(i->second.to_other == j->second.to_other);
    }
  };
  same(first, all);

  // p3 and p2 counted twice (a batch's duplicates), then taken out: the keys
  // only they made are gone, not left at zero.
  DiffTally dup(o), skipped(o);
  for (const Citizen& c : v) dup.add(c);
  dup.add(v[2]);
  dup.add(v[1]);
  skipped.add(v[2]);
  skipped.add(v[1]);
  dup.remove(skipped);
  same(dup, all);

  DiffTally only(o), out(o);
  only.add(v[1]);
  only.add(v[0]);
  out.add(v[1]);
  only.remove(out);
  CHECK(only.groups == std::map<Pair, uint64_t>{{{"kh", "kh"}, 1}});
  CHECK(only.tracks == std::map<Pair, uint64_t>{{{"kh_track", "kh_track"}, 1}});
  CHECK(only.side[1].by_track == std::map<std::string, uint64_t, std::less<>>{{"kh_track", 1}});
  CHECK(only.conditions.count(ConditionKey{RuleKind::target_group, "kh"}) == 0);
  CHECK(only.conditions.count(ConditionKey{RuleKind::hours, "h37"}) == 1);
}

TEST_CASE("decision_changed: what a caseworker must act on, not warnings") {
  Citizen c = people()[0];
  Decision a, b;
  decide(before_rules(), c, kOn, a);
  decide(before_rules(), c, kOn, b);
  CHECK_FALSE(decision_changed(a, b));
  CHECK(changed_parts(a, b) == 0);
  b.warnings.push_back(nullptr);
  b.missing_fields.push_back("school_years");
  CHECK_FALSE(decision_changed(a, b));
  decide(after_rules(), c, kOn, b);  // 37 hours -> 30
  CHECK(decision_changed(a, b));
  CHECK(changed_parts(a, b) == 1u << 4);
  CHECK(kDecisionParts[4] == "required_weekly_hours");
  decide(after_rules(), people()[2], kOn, b);  // another person: everything but exemptions
  CHECK(changed_parts(a, b) == (1u << 0 | 1u << 1 | 1u << 3 | 1u << 4));
  decide(before_rules(), people()[2], kOn, a);
  Decision jp = a;
  jp.max_weekly_hours = 20;
  CHECK(changed_parts(a, jp) == 1u << 5);
  jp = a;
  jp.exemptions.push_back("ill");
  CHECK(changed_parts(a, jp) == 1u << 2);
}

TEST_CASE("condition_value_name: the names the diff writes") {
  CHECK(condition_value_name(ConditionValue::yes) == "yes");
  CHECK(condition_value_name(ConditionValue::no) == "no");
  CHECK(condition_value_name(ConditionValue::unknown) == "unknown");
  CHECK(condition_value_name(ConditionValue::not_in_force) == "not_in_force");
  CHECK(condition_value_name(ConditionValue::not_tried) == "not_tried");
  CHECK(condition_value_name(ConditionValue::absent) == "absent");
}

TEST_CASE("diff tally: seats demanded with every offer free, as report counts them") {
  RuleSet before = load_rules_file(source_file("rules/aarhus.toml"));
  RuleSet after = load_rules_file(source_file("tests/data/diff/aarhus-30mdr.toml"));
  REQUIRE_FALSE(before.offers.empty());
  LoadResult pop = load_citizens({source_file("tests/data/report/aarhus-30.csv")}, before.schema);
  REQUIRE(pop.errors.empty());
  Date on = Date::from_ymd(2025, 9, 1);
  DiffOptions o;
  o.before = {&before, on};
  o.after = {&after, on};
  DiffTally t(o);
  ReportOptions ro;
  ro.dates = {on};
  ReportTally rb(before, ro), ra(after, ro);
  for (const Citizen& c : pop.citizens) {
    t.add(c);
    rb.add(c);
    ra.add(c);
  }
  auto by_id = [](const RuleSet& rules, const DateTally& d) {
    std::map<std::string, uint64_t, std::less<>> m;
    for (size_t k = 0; k < rules.offers.size(); ++k)
      if (d.demand[k]) m[rules.offers[k].h.id] += d.demand[k];
    return m;
  };
  CHECK_FALSE(t.side[0].demand.empty());
  CHECK(t.side[0].demand == by_id(before, rb.dates[0]));
  CHECK(t.side[1].demand == by_id(after, ra.dates[0]));
  CHECK(t.side[0].covered == rb.dates[0].by_status[E]);
  CHECK(t.side[1].required_minutes == ra.dates[0].required_minutes);
  CHECK(t.side[1].hours_not_stated == ra.dates[0].hours_not_stated);

  // --no-packages: no seats counted.
  o.packages = false;
  DiffTally none(o);
  for (const Citizen& c : pop.citizens) none.add(c);
  CHECK(none.side[0].demand.empty());
  CHECK(none.side[1].demand.empty());
}
