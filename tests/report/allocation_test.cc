// The capacity section's allocation of the seats offered, as build-package
// shares them, and the allocation limit.
#include <doctest/doctest.h>
#include <fmt/format.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <mutex>

#include "base/duration.h"
#include "format/output.h"
#include "load/attendance.h"
#include "load/citizen_reader.h"
#include "load/rules.h"
#include "report/report.h"
#include "run/batch.h"

using namespace nytte;

namespace {

std::string source_file(const std::string& path) {
  return fmt::format("{}/{}", NYTTE_SOURCE_DIR, path);
}

}  // namespace

namespace {

// A tally over `pop` on `on` by two workers (alternate people), the
// allocation input recorded in input order, as `nytte report` runs it.
ReportTally allocated_tally(const RuleSet& rules, const ReportOptions& o,
                            const std::vector<Citizen>& pop) {
  AllocationInput input(rules, o);
  ReportTally total(rules, o), odd(rules, o, nullptr, &input), even(rules, o, nullptr, &input);
  for (size_t i = 0; i < pop.size(); ++i) {
    std::vector<uint64_t> tags;
    (i % 2 ? odd : even).add(pop[i], &tags);
    input.record(tags);
  }
  total.merge(odd);
  total.merge(even);
  allocate_seats(rules, o, input, total);
  return total;
}

}  // namespace

TEST_CASE("report capacity: the seats offered shared out as build-package shares them") {
  RuleSet rules = load_rules_file(source_file("rules/aarhus.toml"));
  LoadResult pop =
      load_citizens({source_file("examples/population/aarhus-2000.csv")}, rules.schema);
  REQUIRE(pop.errors.empty());
  Date on = Date::from_ymd(2025, 9, 1);
  ReportOptions o;
  o.dates = {on};
  ReportTally tally = allocated_tally(rules, o, pop.citizens);
  const DateTally& t = tally.dates[0];
  REQUIRE(t.allocated);

  // build-package's batch over the whole population, counted the same way.
  std::vector<Date> starts;
  for (const Citizen& c : pop.citizens) starts.push_back(c.start_date.value_or(on));
  PackageBatchOptions batch;
  batch.on = on;
  batch.on_given = true;
  SeatBook seats(rules);
  std::vector<PackageResult> results = build_packages(rules, pop.citizens, starts, batch, seats);
  uint64_t n[4] = {};
  int64_t missing = 0;
  for (const PackageResult& r : results) {
    if (r.status != Status::eligible) continue;
    PackageOutcome k = package_outcome(r);
    ++n[static_cast<int>(k)];
    if (k == PackageOutcome::short_) missing += r.missing_minutes();
  }
  CHECK(t.allocated_full == n[0]);
  CHECK(t.allocated_short == n[1]);
  CHECK(t.allocated_parts_only == n[2]);
  CHECK(t.allocated_none == n[3]);
  CHECK(t.allocated_missing_minutes == missing);
  for (size_t k = 0; k < rules.offers.size(); ++k)
    CHECK(t.taken[k] == static_cast<uint64_t>(seats.taken[k]));
  // The seats are scarce: fewer people are served than with every seat free.
  CHECK(t.allocated_full < t.full);
  CHECK(t.allocated_full + t.allocated_short + t.allocated_parts_only + t.allocated_none ==
        t.by_status[0]);
}

TEST_CASE("report capacity: above the allocation limit the table says it was not computed") {
  RuleSet rules = load_rules_file(source_file("rules/aarhus.toml"));
  LoadResult pop = load_citizens({source_file("tests/data/report/aarhus-30.csv")}, rules.schema);
  REQUIRE(pop.errors.empty());
  ReportOptions o;
  o.dates = {Date::from_ymd(2025, 9, 1)};
  o.allocation_limit = 3;
  ReportTally tally = allocated_tally(rules, o, pop.citizens);
  REQUIRE(tally.dates[0].by_status[0] > 3);
  CHECK_FALSE(tally.dates[0].allocated);
  CHECK(tally.dates[0].allocation_problem == "over --allocation-limit 3");
  Report r = make_report(rules, o, tally, 0, false, 0);
  suppress(r);
  const ReportTable* packages = nullptr;
  for (const ReportSection& s : r.sections)
    if (s.id == "capacity") packages = &s.tables[0];
  REQUIRE(packages != nullptr);
  REQUIRE(packages->columns[2].id == "allocated");
  const ReportRow& why = packages->rows.back();
  CHECK(why.key == "allocation");
  CHECK(why.cells[2].text == "over --allocation-limit 3");
  for (const ReportRow& row : packages->rows) {
    if (row.key == "allocation") continue;
    CHECK(row.cells[2].kind == CellKind::text);
    CHECK(row.cells[2].text == "not computed");
  }
  // Without the limit the same people are allocated.
  o.allocation_limit = ReportOptions::kDefaultAllocationLimit;
  CHECK(allocated_tally(rules, o, pop.citizens).dates[0].allocated);
}
