// build-package for a batch: the seats shared in priority order against the
// best allocation, and the same packages on any number of threads.
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

Date d(int y, int m, int day) {
  return Date::from_ymd(y, m, day);
}

Citizen person(const std::string& id) {
  return test::sho_person(id);
}

// A small catalogue with few seats, for comparing a batch with the best
// allocation of seats. Its offers take the ids of the national offers, so
// they replace them (no unlimited offer is left).
constexpr const char* kSmallCatalogue = R"(
[ruleset]
id = "small_batch"
title = "Few seats"
extends = "national"

[[offer]]
id = "nyttejob_kommunal"
title = "A"
kind = "nytteindsats"
location = "a"
seats = 2
tracks = ["arbejdspligt"]
slots = [{ days = ["mon", "tue", "wed"], from = 08:00:00, to = 15:24:00 }]

[[offer]]
id = "jobsoegning_jobcenter"
title = "B"
kind = "praktik"
location = "b"
seats = 1
tracks = ["arbejdspligt"]
slots = [{ days = ["wed", "thu", "fri"], from = 08:00:00, to = 15:24:00 }]

[[offer]]
id = "danskundervisning"
title = "C"
kind = "smaajob"
location = "c"
seats = 2
tracks = ["arbejdspligt"]
slots = [{ days = ["mon", "thu"], from = 08:00:00, to = 12:00:00 }]
)";

}  // namespace

TEST_CASE("batch: total missing hours against the best allocation of seats (docs/packages.md)") {
  RuleSet base = load_rules_text(kSmallCatalogue, "small.toml");
  std::mt19937 rng(4);
  auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  double greedy_total = 0, best_total = 0;
  int worse = 0, instances = 200;
  for (int n = 0; n < instances; ++n) {
    RuleSet rules = base;
    for (Offer& o : rules.offers) {
      if (o.seats) o.seats = pick(1, 2);
    }
    std::vector<Citizen> people;
    std::vector<Date> starts;
    for (int k = 0; k < 4; ++k) {
      Citizen c = person(fmt::format("p{}", k));
      if (pick(0, 1)) c.work_capacity_hours = pick(8, 30);
      std::vector<UnavailableBlock> u;
      for (int b = pick(0, 2); b > 0; --b)
        u.push_back({static_cast<Weekday>(pick(0, 4)), {480}, {720}});
      c.unavailable = u;
      people.push_back(c);
      starts.push_back(d(2025, 9, 1));
    }
    // The batch.
    SeatBook seats(rules);
    PackageBatchOptions opt;
    std::vector<PackageResult> got = build_packages(rules, people, starts, opt, seats);
    double greedy = 0;
    for (const PackageResult& r : got) greedy += r.missing_minutes();
    for (size_t i = 0; i < rules.offers.size(); ++i) {
      if (rules.offers[i].seats) CHECK(seats.taken[i] <= *rules.offers[i].seats);
    }
    // The best: every person gets a subset of the limited offers, within seats.
    std::vector<size_t> limited;
    for (size_t i = 0; i < rules.offers.size(); ++i) {
      if (rules.offers[i].seats) limited.push_back(i);
    }
    uint32_t subsets = 1u << limited.size();
    std::vector<std::vector<double>> missing(people.size(), std::vector<double>(subsets));
    for (size_t k = 0; k < people.size(); ++k) {
      for (uint32_t s = 0; s < subsets; ++s) {
        SeatBook only(rules);
        for (size_t j = 0; j < limited.size(); ++j) {
          if (!(s >> j & 1)) only.taken[limited[j]] = *rules.offers[limited[j]].seats;
        }
        missing[k][s] =
            build_package(rules, people[k], starts[k], starts[k], only).missing_minutes();
      }
    }
    double best = 1e9;
    std::vector<uint32_t> choice(people.size(), 0);
    std::function<void(size_t, double)> go = [&](size_t k, double sum) {
      if (sum >= best) return;
      if (k == people.size()) {
        best = sum;
        return;
      }
      for (uint32_t s = 0; s < subsets; ++s) {
        choice[k] = s;
        bool ok = true;
        for (size_t j = 0; j < limited.size() && ok; ++j) {
          int used = 0;
          for (size_t q = 0; q <= k; ++q) used += choice[q] >> j & 1;
          ok = used <= *rules.offers[limited[j]].seats;
        }
        if (ok) go(k + 1, sum + missing[k][s]);
      }
    };
    go(0, 0);
    CHECK(greedy >= best - 1e-6);  // nothing beats the best allocation
    greedy_total += greedy;
    best_total += best;
    worse += greedy > best + 1e-6;
  }
  MESSAGE(
      fmt::format("batch vs best over {} instances: {:.2f} h vs {:.2f} h missing ({:+.2f} %), "
                  "{} instances worse",
                  instances, greedy_total / 60, best_total / 60,
                  best_total > 0 ? (greedy_total - best_total) / best_total * 100 : 0.0, worse));
  // Recorded in docs/packages.md: the batch is 9.9 % above the best here (31 %
  // before the pair swaps; the aim is 2 %, issue open). This guards against
  // it getting worse.
  CHECK(greedy_total <= best_total * 1.10 + 1e-6);
}

namespace {

// Everything a batch decides for one person, as text to compare.
std::string outcome(const PackageResult& r) {
  std::string s = fmt::format("{} {} {}|", r.id, r.problem, r.missing_minutes());
  for (const WeeklyPackage& w : r.packages) {
    for (const PackageBlock& b : w.blocks) {
      s += fmt::format("{}:{}-{}:{} ", static_cast<int>(b.day), b.from.minutes, b.to.minutes,
                       b.offer ? b.offer->h.id : "transport");
    }
    s += fmt::format("| {}", fmt::join(w.shortfall_reasons, "; "));
  }
  return s;
}

}  // namespace

TEST_CASE("batch: the same packages on any number of threads") {
  // Enough people for several chunks searched ahead, against few seats, so
  // that offers fill up while searches done ahead wait to be used.
  RuleSet rules = load_rules_text(kSmallCatalogue, "small.toml");
  std::mt19937 rng(11);
  auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  for (Offer& o : rules.offers) {
    if (o.seats) o.seats = pick(20, 60);
  }
  std::vector<Citizen> people;
  std::vector<Date> starts;
  for (int k = 0; k < 400; ++k) {
    Citizen c = person(fmt::format("p{}", k));
    if (pick(0, 2) == 0) c.work_capacity_hours = pick(8, 30);
    std::vector<UnavailableBlock> u;
    for (int b = pick(0, 2); b > 0; --b)
      u.push_back({static_cast<Weekday>(pick(0, 4)), {pick(16, 20) * 30}, {pick(21, 30) * 30}});
    c.unavailable = u;
    people.push_back(c);
    starts.push_back(d(2025, 9, 1));
  }
  auto run = [&](unsigned threads) {
    SeatBook seats(rules);
    PackageBatchOptions opt;
    opt.threads = threads;
    std::vector<std::string> out;
    for (const PackageResult& r : build_packages(rules, people, starts, opt, seats))
      out.push_back(outcome(r));
    return std::make_pair(out, seats.taken);
  };
  auto one = run(1);
  int short_ = 0;
  for (const std::string& s : one.first) short_ += s.find("no seats left") != std::string::npos;
  CHECK(short_ > 0);  // offers did fill up
  CHECK(run(2) == one);
  CHECK(run(4) == one);
}
