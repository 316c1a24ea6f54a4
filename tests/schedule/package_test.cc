// build-package for one person: the packages of the shipped rule sets'
// people, the invariants of packages made for random people, and packages
// for hours the source does not state.
#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <functional>
#include <map>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "../test_citizens.h"
#include "base/duration.h"
#include "load/rules.h"
#include "schedule/package.h"

using namespace nytte;

namespace {

std::string rule_file(const char* name) {
  return fmt::format("{}/rules/{}", NYTTE_SOURCE_DIR, name);
}

Date d(int y, int m, int day) {
  return Date::from_ymd(y, m, day);
}

Citizen person(const std::string& id) {
  return test::sho_person(id);
}

// Checks what every package must hold, whatever the person.
void check_invariants(const RuleSet& rules, const Citizen& c, const PackageResult& r) {
  for (const WeeklyPackage& w : r.packages) {
    CHECK(w.planned_minutes <= w.target_minutes);
    if (w.required_minutes) CHECK(w.target_minutes == *w.required_minutes);
    if (c.work_capacity_hours) CHECK(w.planned_minutes <= hours_to_minutes(*c.work_capacity_hours));
    CHECK(w.missing_minutes == w.target_minutes - w.planned_minutes);
    // Exact minutes: the blocks add up to the week.
    int sum = w.ordinary_minutes;
    for (const PackageBlock& b : w.blocks) sum += b.minutes;
    CHECK(sum == w.planned_minutes);
    std::array<int, 7> day{};
    for (size_t i = 0; i < w.blocks.size(); ++i) {
      const PackageBlock& b = w.blocks[i];
      CHECK(b.from < b.to);
      day[static_cast<int>(b.day)] += b.minutes;
      if (i > 0 && w.blocks[i - 1].day == b.day) CHECK(w.blocks[i - 1].to <= b.from);
      if (c.unavailable) {
        for (const UnavailableBlock& u : *c.unavailable) {
          CHECK_FALSE((u.day == b.day && u.from < b.to && b.from < u.to && b.offer));
        }
      }
      if (b.offer) {
        CHECK(std::find(w.offers.begin(), w.offers.end(), b.offer) != w.offers.end());
        bool in_slot = false;
        for (const Slot& s : b.offer->slots) {
          in_slot = in_slot || (s.day == b.day && s.from <= b.from && b.to <= s.to);
        }
        // Merged back-to-back slots span several of the offer's slots.
        bool starts = false, ends = false;
        for (const Slot& s : b.offer->slots) {
          starts = starts || (s.day == b.day && s.from == b.from);
          ends = ends || (s.day == b.day && s.to == b.to);
        }
        CHECK((in_slot || (starts && ends)));
      }
    }
    int limit = hours_to_minutes(w.recipe->daily_limit.value_or(rules.calendar.hours_per_day));
    for (int m : day) CHECK(m <= limit);
  }
}

}  // namespace

TEST_CASE("build-package: the Nordfyns woman gets 12 hours, her work capacity, not 37") {
  RuleSet rules = load_rules_file(rule_file("nordfyns.toml"));
  Citizen c = person("nordfyns-49");
  c.birth_date = d(1970, 3, 14);
  c.benefit = Benefit::kontanthjaelp;
  c.work_capacity_hours = 12.0;
  c.residence_years_last_10 = 10.0;
  c.danish_tests = std::vector<DanishTest>{DanishTest::studieproeven};
  SeatBook seats(rules);
  PackageResult r = build_package(rules, c, d(2025, 9, 1), d(2025, 9, 1), seats);
  REQUIRE(r.problem.empty());
  REQUIRE(r.packages.size() == 1);
  CHECK(r.track->h.id == "virksomhedsrettet");
  CHECK(r.packages[0].required_minutes == 720);
  CHECK(r.packages[0].planned_minutes == 720);
  CHECK(r.packages[0].missing_minutes == 0);
  check_invariants(rules, c, r);
}

TEST_CASE("build-package: Greve 4 days Service++ and 1 day job search") {
  RuleSet rules = load_rules_file(rule_file("greve.toml"));
  Citizen c = person("greve-nyledig");
  c.birth_date = d(1983, 4, 30);
  c.benefit = Benefit::kontanthjaelp;
  c.category = Category::jobparat;
  c.danish_tests = std::vector<DanishTest>{DanishTest::studieproeven};
  c.residence_years_last_10 = 10.0;
  c.fulltime_work_years_last_10 = 6.0;
  c.unemployed_since = d(2025, 8, 4);
  SeatBook seats(rules);
  PackageResult r = build_package(rules, c, d(2025, 9, 1), d(2025, 9, 1), seats);
  REQUIRE(r.packages.size() == 1);
  const WeeklyPackage& w = r.packages[0];
  int service = 0, search_days = 0;
  for (const PackageBlock& b : w.blocks) {
    if (b.offer && b.offer->h.id == "service_pp") ++service;
    if (b.offer && b.offer->kind == "jobsoegning") ++search_days;
  }
  CHECK(service == 4);
  CHECK(search_days == 1);
  CHECK(w.planned_minutes == 37 * 60);
  REQUIRE(w.parts.size() == 1);
  CHECK(w.parts[0].planned_minutes == 444);  // 7.4 hours
}

TEST_CASE("build-package: when Service++'s 24 seats are taken, the week is short and says why") {
  RuleSet rules = load_rules_file(rule_file("greve.toml"));
  Citizen c = person("greve-ung");
  c.birth_date = d(2003, 4, 30);
  c.benefit = Benefit::uddannelseshjaelp;
  c.category = Category::aabenlyst_uddannelsesparat;
  SeatBook seats(rules);
  PackageResult r = build_package(rules, c, d(2025, 9, 1), d(2025, 9, 1), seats);
  REQUIRE(r.packages.size() == 1);
  CHECK(r.packages[0].missing_minutes == 0);
  for (size_t i = 0; i < rules.offers.size(); ++i) {
    if (rules.offers[i].h.id == "service_pp") seats.taken[i] = 24;
  }
  PackageResult full = build_package(rules, c, d(2025, 9, 1), d(2025, 9, 1), seats);
  REQUIRE(full.packages.size() == 1);
  CHECK(full.packages[0].missing_minutes == 37 * 60);
  bool says_seats = false;
  for (const std::string& why : full.packages[0].shortfall_reasons)
    says_seats = says_seats || why.find("no seats left: service_pp") != std::string::npos;
  CHECK(says_seats);
}

TEST_CASE("build-package: København's first 14 days are nytteindsats only, then job search") {
  RuleSet rules = load_rules_file(rule_file("koebenhavn.toml"));
  Citizen c = person("kbh");
  c.benefit = Benefit::overgangsydelse;
  c.category = Category::jobparat;
  SeatBook seats(rules);
  PackageResult r = build_package(rules, c, d(2025, 9, 1), d(2025, 9, 1), seats);
  REQUIRE(r.packages.size() == 2);
  CHECK(r.packages[0].phase->h.id == "kun_nytteindsats");
  CHECK(r.packages[1].phase->h.id == "nytteindsats_og_jobsoegning");
  for (const PackageBlock& b : r.packages[0].blocks) CHECK(b.offer->kind == "nytteindsats");
  bool search_after = false;
  for (const PackageBlock& b : r.packages[1].blocks)
    search_after = search_after || b.offer->kind == "jobsoegning";
  CHECK(search_after);
  // The same place continues.
  CHECK(r.packages[0].offers.front() == r.packages[1].offers.front());
}

TEST_CASE("build-package: random people against every shipped rule set keep the invariants") {
  std::mt19937 rng(99);
  auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  for (const char* file : {"national.toml", "aarhus.toml", "greve.toml", "koebenhavn.toml",
                           "roskilde.toml", "flere_skal_med_2.toml", "nordfyns.toml"}) {
    RuleSet rules = load_rules_file(rule_file(file));
    SeatBook seats(rules);
    for (int n = 0; n < 60; ++n) {
      Citizen c = person(fmt::format("p{}", n));
      c.birth_date = d(pick(1960, 2004), pick(1, 12), pick(1, 28));
      c.benefit = static_cast<Benefit>(pick(0, 4));
      c.category = static_cast<Category>(pick(0, 3));
      if (pick(0, 1)) c.work_capacity_hours = pick(8, 37);
      if (pick(0, 2) == 0) c.ordinary_hours = pick(0, 15);
      if (pick(0, 1)) {
        std::vector<UnavailableBlock> u;
        for (int k = pick(1, 3); k > 0; --k) {
          int from = pick(14, 32) * 30;
          u.push_back({static_cast<Weekday>(pick(0, 4)), {from}, {from + pick(1, 8) * 30}});
        }
        c.unavailable = u;
      }
      c.residence_area = std::string("Æblehaven");
      c.unemployed_since = d(2025, 8, 1);
      PackageResult a = build_package(rules, c, d(2025, 9, 1), d(2025, 9, 1), seats);
      PackageResult b = build_package(rules, c, d(2025, 9, 1), d(2025, 9, 1), seats);
      INFO(file, " person ", n);
      check_invariants(rules, c, a);
      REQUIRE(a.packages.size() == b.packages.size());
      for (size_t k = 0; k < a.packages.size(); ++k) {
        REQUIRE(a.packages[k].blocks.size() == b.packages[k].blocks.size());
        for (size_t i = 0; i < a.packages[k].blocks.size(); ++i) {
          CHECK(a.packages[k].blocks[i].offer == b.packages[k].blocks[i].offer);
          CHECK(a.packages[k].blocks[i].from == b.packages[k].blocks[i].from);
        }
        for (const PartResult& p : a.packages[k].parts) {
          // A mandatory part is met unless the week is short for a stated reason.
          if (p.planned_minutes < p.required_minutes)
            CHECK_FALSE(a.packages[k].shortfall_reasons.empty());
        }
      }
      take_seats(rules, a, seats);
      for (size_t i = 0; i < rules.offers.size(); ++i) {
        if (rules.offers[i].seats) CHECK(seats.taken[i] <= *rules.offers[i].seats);
      }
    }
  }
}

namespace {

// A municipality's own group whose source states 5 hours of Danish but no
// weekly total (as Greve's individual track), and one whose hours are stated.
constexpr const char* kSilentHours = R"(
[ruleset]
id = "silent"
title = "Hours not stated"

[[source]]
id = "s"
title = "A source"

[[target_group]]
id = "silent"
when = 'category == "aktivitetsparat"'
source = "s"
quote = "q"

[[target_group]]
id = "capped"
when = 'category == "uddannelsesparat"'
source = "s"
quote = "q"

[[target_group]]
id = "stated"
when = 'category == "jobparat"'
source = "s"
quote = "q"

[[track]]
id = "individuel"
groups = ["silent"]
hours_parts = [{ title = "Danskundervisning", kind = "dansk", hours = 5 }]
source = "s"
quote = "q"

[[track]]
id = "op_til"
groups = ["capped"]
max_hours = '10'
hours_parts = [{ title = "Danskundervisning", kind = "dansk", hours = 5 }]
source = "s"
quote = "q"

[[track]]
id = "fuld"
groups = ["stated"]
hours = '37'
source = "s"
quote = "q"

[[offer]]
id = "nytte"
title = "Nytteindsats"
kind = "nytteindsats"
location = "a"
slots = [{ days = ["mon", "tue", "wed", "thu", "fri"], from = 08:00:00, to = 15:24:00 }]

[[offer]]
id = "dansk"
title = "Dansk"
kind = "dansk"
location = "a"
slots = [{ days = ["tue", "thu"], from = 16:00:00, to = 18:30:00 }]

[[recipe]]
id = "uge"
title = "Nytteindsats og dansk"
prefer = ["nytteindsats", "dansk"]
)";

Citizen in_category(Category c) {
  Citizen p;
  p.id = std::string(1, 'p');  // not = "p": GCC 12 warns falsely (-Wrestrict)
  p.category = c;
  return p;
}

int minutes_of_kind(const WeeklyPackage& w, std::string_view kind) {
  int m = 0;
  for (const PackageBlock& b : w.blocks) m += b.offer && b.offer->kind == kind ? b.minutes : 0;
  return m;
}

}  // namespace

TEST_CASE("build-package: hours not stated: a package of the stated parts, never a shortfall") {
  RuleSet rules = load_rules_text(kSilentHours, "silent.toml");
  SeatBook seats(rules);
  Citizen c = in_category(Category::aktivitetsparat);
  PackageResult r = build_package(rules, c, d(2025, 9, 1), d(2025, 9, 1), seats);
  REQUIRE(r.problem.empty());
  CHECK_FALSE(r.required_weekly_hours.has_value());
  CHECK_FALSE(r.hours_stated);
  CHECK(r.target == PackageTarget::stated_parts);
  REQUIRE(r.packages.size() == 1);
  const WeeklyPackage& w = r.packages[0];
  CHECK_FALSE(w.required_minutes.has_value());
  CHECK(w.target_minutes == 300);
  CHECK(w.planned_minutes == 300);
  CHECK(minutes_of_kind(w, "dansk") == 300);
  CHECK(minutes_of_kind(w, "nytteindsats") == 0);  // nothing but the stated parts
  CHECK(w.missing_minutes == 0);
  CHECK(r.missing_minutes() == 0);
  REQUIRE(w.parts.size() == 1);  // the track's part, though the recipe has none
  CHECK(w.parts[0].title == "Danskundervisning");
  CHECK(w.parts[0].stated_by_track);
  CHECK(w.parts[0].planned_minutes == 300);
  check_invariants(rules, c, r);
  // The plan file of it has no requirement.
  CHECK_FALSE(plan_of(r, rules).required_weekly_minutes.has_value());
}

TEST_CASE("build-package: hours not stated: up to the planner's total, capped by the track's") {
  RuleSet rules = load_rules_text(kSilentHours, "silent.toml");
  SeatBook seats(rules);
  Citizen c = in_category(Category::aktivitetsparat);
  PackageResult r = build_package(rules, c, d(2025, 9, 1), d(2025, 9, 1), seats, 12.4);
  CHECK(r.target == PackageTarget::planner_total);
  REQUIRE(r.target_weekly_hours.has_value());
  CHECK(*r.target_weekly_hours == 12.4);
  CHECK_FALSE(r.required_weekly_hours.has_value());  // the planner's total is not the law's
  REQUIRE(r.packages.size() == 1);
  CHECK(r.packages[0].planned_minutes == 744);                   // 12.4 hours
  CHECK(minutes_of_kind(r.packages[0], "dansk") == 300);         // the stated part first
  CHECK(minutes_of_kind(r.packages[0], "nytteindsats") == 444);  // 7.4 hours
  check_invariants(rules, c, r);

  // "op til 10 timer": a total of 20 is capped at 10; 5 of Danish and no
  // whole day of 7.4 fits in the other 5, so 5 are missing of the 10.
  Citizen capped = in_category(Category::uddannelsesparat);
  PackageResult k = build_package(rules, capped, d(2025, 9, 1), d(2025, 9, 1), seats, 20.0);
  CHECK(k.max_weekly_hours == 10);
  CHECK(k.target_weekly_hours == 10);
  REQUIRE(k.packages.size() == 1);
  CHECK(k.packages[0].target_minutes == 600);
  CHECK(k.packages[0].planned_minutes == 300);
  CHECK(k.packages[0].missing_minutes == 300);

  // Where the rules state the hours, the planner's total is not used.
  Citizen stated = in_category(Category::jobparat);
  PackageResult s = build_package(rules, stated, d(2025, 9, 1), d(2025, 9, 1), seats, 12.4);
  CHECK(s.target == PackageTarget::requirement);
  CHECK(s.required_weekly_hours == 37);
  REQUIRE(s.packages.size() == 1);
  CHECK(s.packages[0].target_minutes == 2220);
  CHECK(s.packages[0].planned_minutes == 2220);

  // A batch passes the total on.
  PackageBatchOptions opt;
  opt.planner_hours = 12.4;
  opt.threads = 1;
  SeatBook batch_seats(rules);
  std::vector<PackageResult> got =
      build_packages(rules, {c, stated}, {d(2025, 9, 1), d(2025, 9, 1)}, opt, batch_seats);
  REQUIRE(got.size() == 2);
  CHECK(got[0].target == PackageTarget::planner_total);
  CHECK(got[0].packages[0].planned_minutes == 744);
  CHECK(got[1].packages[0].planned_minutes == 2220);
}
