// The tally over a population: statuses and tracks adding up, remove() of
// the duplicates a batch skipped, and a report over a batch on any threads.
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

TEST_CASE("report tally: the statuses add up to the people, the tracks to the covered") {
  RuleSet rules = load_rules_file(source_file("rules/aarhus.toml"));
  LoadResult pop = load_citizens({source_file("tests/data/report/aarhus-30.csv")}, rules.schema);
  REQUIRE(pop.errors.empty());
  ReportOptions o;
  o.dates = {Date::from_ymd(2023, 6, 1), Date::from_ymd(2025, 9, 1)};
  // Two tallies over halves of the population, merged, equal one over all.
  ReportTally all(rules, o), first(rules, o), second(rules, o);
  for (size_t i = 0; i < pop.citizens.size(); ++i) {
    all.add(pop.citizens[i]);
    (i % 2 ? second : first).add(pop.citizens[i]);
  }
  first.merge(second);
  for (size_t di = 0; di < 2; ++di) {
    const DateTally& t = all.dates[di];
    uint64_t people = t.by_status[0] + t.by_status[1] + t.by_status[2] + t.by_status[3];
    CHECK(people == 30);
    uint64_t tracked = 0;
    for (uint64_t n : t.by_track) tracked += n;
    CHECK(tracked == t.by_status[0]);
    CHECK(t.full + t.short_ + t.parts_only + t.no_package == t.by_status[0]);
    CHECK(t.hours_stated + t.hours_not_stated + t.hours_unknown == t.by_status[0]);
    CHECK(first.dates[di].hours_not_stated == t.hours_not_stated);
    CHECK(first.dates[di].parts_only == t.parts_only);
    CHECK(first.dates[di].track_stated == t.track_stated);
    CHECK(first.dates[di].by_status[0] == t.by_status[0]);
    CHECK(first.dates[di].required_minutes == t.required_minutes);
    CHECK(first.dates[di].demand == t.demand);
    CHECK(first.dates[di].who == t.who);
  }
  CHECK(all.people == 30);
  CHECK(first.people == 30);
}

// --- Duplicate ids (issue 19): a record skipped counts nowhere -------------

namespace {

AttendanceById attendance_log(const std::string& path) {
  AttendanceById log;
  read_attendance(
      path,
      [&](const AttendanceRow& r) {
        log[std::string(r.id)].push_back({r.date, r.hours, r.status});
      },
      [](const Diagnostic& d) { FAIL(d.message); });
  return log;
}

// Every figure of the report, none hidden, with `errors` left out.
std::string report_json(const RuleSet& rules, const ReportOptions& o, const ReportTally& t,
                        bool attendance) {
  Report r = make_report(rules, o, t, 0, attendance, 0);
  r.suppression = false;
  return write_report_json(r);
}

ReportOptions duplicate_options() {
  ReportOptions o;
  o.dates = {Date::from_ymd(2023, 6, 1), Date::from_ymd(2025, 9, 1)};
  o.by = {"residence_area", "school_years", "unemployed_since"};
  return o;
}

}  // namespace

TEST_CASE("report tally: remove() takes out people counted twice, keys no one is left under too") {
  RuleSet rules = load_rules_file(source_file("rules/aarhus.toml"));
  LoadResult pop = load_citizens({source_file("tests/data/report/aarhus-30.csv")}, rules.schema);
  LoadResult others =
      load_citizens({source_file("examples/population/aarhus-2000.csv")}, rules.schema);
  REQUIRE(pop.errors.empty());
  AttendanceById log = attendance_log(source_file("tests/data/report/aarhus-30-attendance.csv"));
  ReportOptions o = duplicate_options();
  // Later records with the ids of the first ten people (who are in the
  // log) and the data of others: what a batch skips as duplicates.
  std::vector<Citizen> dups;
  for (size_t i = 0; i < 10; ++i) {
    Citizen c = others.citizens[1000 + 37 * i];
    c.id = pop.citizens[i].id;
    dups.push_back(c);
  }
  ReportTally expected(rules, o, &log);
  for (const Citizen& c : pop.citizens) expected.add(c);
  // Two workers over everything, then the duplicates taken out.
  ReportTally counted(rules, o, &log), odd(rules, o, &log), even(rules, o, &log),
      skipped(rules, o, &log);
  std::vector<Citizen> all = pop.citizens;
  all.insert(all.begin() + 15, dups.begin(), dups.end());
  for (size_t i = 0; i < all.size(); ++i) (i % 2 ? odd : even).add(all[i]);
  for (const Citizen& c : dups) skipped.add(c);
  counted.merge(odd);
  counted.merge(even);
  REQUIRE(counted.people == 40);
  CHECK(report_json(rules, o, counted, true) != report_json(rules, o, expected, true));
  // Some values are only the duplicates' (a --by row that must go).
  bool own_values = false;
  for (size_t d = 0; d < counted.dates[0].who.size(); ++d)
    own_values |= counted.dates[0].who[d].size() > expected.dates[0].who[d].size();
  CHECK(own_values);
  CHECK(counted.attendance_people == 30 + 10);

  counted.remove(skipped);
  CHECK(counted.people == 30);
  CHECK(counted.attendance_people == expected.attendance_people);
  for (size_t di = 0; di < 2; ++di) {
    CHECK(counted.dates[di].who == expected.dates[di].who);
    CHECK(counted.dates[di].missing == expected.dates[di].missing);
  }
  CHECK(counted.attendance.by_track.size() == expected.attendance.by_track.size());
  CHECK(report_json(rules, o, counted, true) == report_json(rules, o, expected, true));
}

namespace {

// nytte report's pipeline (cli/report.cc): workers count, the ordered stage
// records the allocation and counts the skipped records again.
struct TallyWorker : BatchWorker {
  std::shared_ptr<ReportTally> tally;
  void process(const Citizen& c, ByteBuffer&, std::vector<uint64_t>& tags) override {
    tally->add(c, &tags);
  }
};

struct TallySink : BatchSink {
  AllocationInput& allocation;
  ReportTally& skipped_tally;
  TallySink(AllocationInput& a, ReportTally& s) : allocation(a), skipped_tally(s) {}
  void output(std::string_view) override {}
  void record(std::span<const uint64_t> tags) override { allocation.record(tags); }
  void error(const Diagnostic&) override {}
  bool wants_skipped() const override { return true; }
  void skipped(const Citizen& c) override { skipped_tally.add(c); }
};

struct BatchReport {
  std::string json;
  uint64_t people = 0, errors = 0;
  bool allocated = false;
};

BatchReport batch_report(const RuleSet& rules, const ReportOptions& o, const std::string& path,
                         unsigned threads) {
  AllocationInput allocation(rules, o);
  ReportTally skipped(rules, o);
  TallySink sink(allocation, skipped);
  std::mutex mutex;
  std::vector<std::shared_ptr<ReportTally>> tallies;
  BatchOptions bo;
  bo.threads = threads;
  bo.reader.chunk_bytes = 4096;  // many chunks, on every worker
  BatchCounts n = run_batch(
      {path}, rules.schema, bo,
      [&] {
        auto w = std::make_unique<TallyWorker>();
        w->tally = std::make_shared<ReportTally>(rules, o, nullptr, &allocation);
        std::lock_guard lock(mutex);
        tallies.push_back(w->tally);
        return w;
      },
      sink);
  ReportTally total(rules, o);
  for (const auto& t : tallies) total.merge(*t);
  total.remove(skipped);
  allocate_seats(rules, o, allocation, total);
  return {report_json(rules, o, total, false), total.people, n.errors, total.dates[0].allocated};
}

}  // namespace

TEST_CASE(
    "report over a batch: a record skipped as a duplicate id counts nowhere, on any threads") {
  RuleSet rules = load_rules_file(source_file("rules/aarhus.toml"));
  std::ifstream in(source_file("examples/population/aarhus-2000.csv"));
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  REQUIRE(lines.size() == 2001);
  // Every tenth record followed by a repeat of an id a few records back,
  // with another record's data; and at the end repeats of the first ids.
  auto with_id_of = [&](size_t data, size_t id) {
    const std::string& l = lines[data];
    return lines[id].substr(0, lines[id].find(',')) + l.substr(l.find(','));
  };
  std::string text = lines[0] + "\n";
  size_t repeats = 0;
  for (size_t i = 1; i < lines.size(); ++i) {
    text += lines[i] + "\n";
    if (i % 10 == 0) {
      text += with_id_of(1 + (i * 7 + 500) % 2000, i - (i / 10) % 9) + "\n";
      ++repeats;
    }
  }
  for (size_t i = 1; i <= 5; ++i, ++repeats) text += with_id_of(2000 - i, i) + "\n";
  std::filesystem::path path =
      std::filesystem::temp_directory_path() / fmt::format("nytte-report-dups-{}.csv", ::getpid());
  std::ofstream(path, std::ios::binary) << text;

  ReportOptions o = duplicate_options();
  o.allocation_limit = 2000;
  BatchReport expected =
      batch_report(rules, o, source_file("examples/population/aarhus-2000.csv"), 1);
  CHECK(expected.errors == 0);
  CHECK(expected.allocated);
  for (unsigned threads : {1u, 3u}) {
    CAPTURE(threads);
    BatchReport r = batch_report(rules, o, path.string(), threads);
    CHECK(r.errors == repeats);
    CHECK(r.people == 2000);
    CHECK(r.allocated);  // the allocation's people are the tally's
    CHECK(r.json == expected.json);
  }
  std::filesystem::remove(path);
}
