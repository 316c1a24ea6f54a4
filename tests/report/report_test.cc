// Reports: the tally over a population, and the suppression of small counts.
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

ReportCell count_cell(double v, std::string quantity = "") {
  ReportCell c;
  c.kind = CellKind::count;
  c.value = v;
  c.quantity = std::move(quantity);
  return c;
}

ReportCell share_cell(double v, int count_column) {
  ReportCell c;
  c.kind = CellKind::share;
  c.value = v;
  c.from = {{-1, count_column}};
  return c;
}

ReportRow row(std::string key, std::vector<double> counts, bool total = false,
              std::vector<std::string> quantities = {}) {
  ReportRow r;
  r.key = key;
  r.total = total;
  ReportCell label;
  label.kind = CellKind::label;
  label.text = key;
  r.cells.push_back(label);
  for (size_t i = 0; i < counts.size(); ++i)
    r.cells.push_back(count_cell(counts[i], i < quantities.size() ? quantities[i] : ""));
  return r;
}

// One section, one additive table of one count column and a total row.
Report one_table(std::vector<double> parts) {
  Report r;
  ReportSection s;
  s.id = "s";
  ReportTable t;
  t.id = "t";
  t.columns = {{"key", "Key", CellKind::label}, {"people", "People", CellKind::count}};
  t.additive = {1};
  double total = 0;
  for (size_t i = 0; i < parts.size(); ++i) {
    t.rows.push_back(row(fmt::format("r{}", i), {parts[i]}));
    total += parts[i];
  }
  t.rows.push_back(row("total", {total}, true));
  s.tables.push_back(t);
  r.sections.push_back(s);
  return r;
}

Hidden hidden(const Report& r, size_t table, size_t row_index, size_t col = 1) {
  return r.sections[0].tables[table].rows[row_index].cells[col].hidden;
}

}  // namespace

TEST_CASE("suppress: a count from 1 to 4 is hidden, and the smallest other count with it") {
  Report r = one_table({3, 40, 12, 0, 7});
  suppress(r);
  CHECK(hidden(r, 0, 0) == Hidden::small);
  CHECK(hidden(r, 0, 4) == Hidden::complement);  // 7: the smallest non-zero other
  CHECK(hidden(r, 0, 1) == Hidden::no);
  CHECK(hidden(r, 0, 2) == Hidden::no);
  CHECK(hidden(r, 0, 3) == Hidden::no);  // 0 is never hidden: it shows no one
  CHECK(hidden(r, 0, 5) == Hidden::no);  // the total
}

TEST_CASE("suppress: two small counts protect each other; counts of 5 are shown") {
  Report r = one_table({3, 2, 5, 50});
  suppress(r);
  CHECK(hidden(r, 0, 0) == Hidden::small);
  CHECK(hidden(r, 0, 1) == Hidden::small);
  CHECK(hidden(r, 0, 2) == Hidden::no);
  CHECK(hidden(r, 0, 3) == Hidden::no);
}

TEST_CASE("suppress: a small total hides every part") {
  Report r = one_table({3, 0, 1});
  suppress(r);
  CHECK(hidden(r, 0, 0) == Hidden::small);
  CHECK(hidden(r, 0, 1) == Hidden::no);
  CHECK(hidden(r, 0, 2) == Hidden::small);
  CHECK(hidden(r, 0, 3) == Hidden::small);
}

TEST_CASE(
    "suppress: a quantity hidden in one table is hidden in the others, and the others "
    "are protected in turn") {
  // Table 0: 3 + 6 + 20 = 29; the 6 is hidden as a complement. Table 1 shows
  // the same 6 people (quantity "q6") beside 30 others: it must be hidden
  // there too, and then table 1 needs a second hidden cell.
  Report r = one_table({3, 6, 20});
  r.sections[0].tables[0].rows[1].cells[1].quantity = "q6";
  ReportTable t2 = r.sections[0].tables[0];
  t2.id = "t2";
  t2.rows = {row("a", {6}, false, {"q6"}), row("b", {30}), row("c", {40}),
             row("total", {76}, true)};
  r.sections[0].tables.push_back(t2);
  suppress(r);
  CHECK(hidden(r, 0, 0) == Hidden::small);
  CHECK(hidden(r, 0, 1) == Hidden::complement);
  CHECK(hidden(r, 1, 0) == Hidden::complement);
  CHECK(hidden(r, 1, 1) == Hidden::complement);  // 30: the smallest other in table 1
  CHECK(hidden(r, 1, 2) == Hidden::no);
}

TEST_CASE("suppress: a sum between quantities of different tables") {
  // Seats at offers a and b add up to the seats of their kind.
  Report r = one_table({2, 30});
  r.sections[0].tables[0].additive.clear();  // no total relation inside the table
  r.sections[0].tables[0].rows[0].cells[1].quantity = "a";
  r.sections[0].tables[0].rows[1].cells[1].quantity = "b";
  r.sections[0].tables[0].rows[2].cells[1].quantity = "a+b";
  r.sums.push_back({{"a", "b"}, "a+b"});
  suppress(r);
  CHECK(hidden(r, 0, 0) == Hidden::small);
  CHECK(hidden(r, 0, 1) == Hidden::complement);
}

TEST_CASE("suppress: a figure computed from a hidden count is hidden") {
  Report r = one_table({3, 40, 12});
  ReportTable& t = r.sections[0].tables[0];
  t.columns.push_back({"share", "Share", CellKind::share});
  for (ReportRow& row : t.rows) row.cells.push_back(share_cell(0.5, 1));
  suppress(r);
  CHECK(hidden(r, 0, 0, 2) == Hidden::complement);
  CHECK(hidden(r, 0, 2, 2) == Hidden::complement);  // 12 is the complement
  CHECK(hidden(r, 0, 1, 2) == Hidden::no);
  CHECK(hidden(r, 0, 3, 2) == Hidden::no);
}

TEST_CASE("report writers: hidden cells read <5 and x; widths count æ, ø and å as one") {
  Report r = one_table({3, 40, 12});
  r.sections[0].tables[0].rows[1].cells[0].text = "Æblehaven";
  r.dates = {Date::from_ymd(2025, 9, 1)};
  suppress(r);
  std::string text = write_report_text(r);
  CHECK(text.find("  r0" + std::string(13, ' ') + "<5\n") != std::string::npos);
  CHECK(text.find("  Æblehaven      40\n") != std::string::npos);
  CHECK(text.find("  r2" + std::string(14, ' ') + "x\n") != std::string::npos);
  CHECK(display_width("Æblehaven") == 9);
  CHECK(display_width("Rønnebærparken") == 14);
  std::string csv = write_report_csv(r, ';', true);
  CHECK(csv.find("s;t;r0;r0;people;<5;\n") != std::string::npos);  // no minutes: a count
  std::string json = write_report_json(r);
  CHECK(json.find("\"people\": null") != std::string::npos);
  CHECK(json.find("\"people\": \"<5\"") != std::string::npos);
}

TEST_CASE("report writers: hours as h:mm for people, minutes beside the decimals for machines") {
  // Hours a week of each row's people: 20 minutes (0.33 h) for r1, 28,128 h
  // 20 min in total; r0 and r2 hidden.
  Report r = one_table({3, 40, 12});
  r.dates = {Date::from_ymd(2025, 9, 1)};
  ReportTable& t = r.sections[0].tables[0];
  t.columns.push_back({"hours", "Hours", CellKind::hours});
  const int64_t minutes[] = {20, 20, 450, 1687700};
  for (size_t i = 0; i < t.rows.size(); ++i) {
    ReportCell c;
    c.kind = CellKind::hours;
    c.minutes = minutes[i];
    c.value = minutes_to_hours(minutes[i]);
    c.from = {{-1, 1}};
    t.rows[i].cells.push_back(c);
  }
  suppress(r);  // r0 (3 people) and r2 (its complement) are hidden, their hours too
  REQUIRE(t.rows[0].cells[2].hidden == Hidden::complement);
  REQUIRE(t.rows[2].cells[2].hidden == Hidden::complement);
  std::string text = write_report_text(r);
  CHECK(text.find("  r0         <5         x\n") != std::string::npos);
  CHECK(text.find("  r1         40      0:20\n") != std::string::npos);
  CHECK(text.find("  total      55  28128:20\n") != std::string::npos);
  CHECK(text.find("0.33") == std::string::npos);
  CHECK(text.find("7:30") == std::string::npos);  // r2's 450 minutes
  CHECK(write_report_markdown(r).find("| r1 | 40 | 0:20 |") != std::string::npos);
  CHECK(write_report_html(r).find("<td class=\"n\">28128:20</td>") != std::string::npos);
  std::string json = write_report_json(r);
  CHECK(json.find("\"hours\": 0.33,\n              \"hours_minutes\": 20") != std::string::npos);
  CHECK(json.find("\"hours\": 28128.33,\n              \"hours_minutes\": 1687700") !=
        std::string::npos);
  CHECK(json.find("\"hours\": null,\n              \"hours_minutes\": null") !=
        std::string::npos);  // r0: hidden, the minutes too
  std::string csv = write_report_csv(r, ',', false);
  CHECK(csv.starts_with("section,table,row,label,column,value,minutes\n"));
  CHECK(csv.find("s,t,r0,r0,hours,x,x\n") != std::string::npos);
  CHECK(csv.find("s,t,r2,r2,hours,x,x\n") != std::string::npos);
  CHECK(csv.find("s,t,r1,r1,people,40,\n") != std::string::npos);
  CHECK(csv.find("s,t,r1,r1,hours,0.33,20\n") != std::string::npos);
  CHECK(write_report_csv(r, ';', true).find("s;t;total;total;hours;28128,33;1687700\n") !=
        std::string::npos);
}

TEST_CASE("budget lines: the amount a year over whole months, or over days") {
  BudgetLine b;
  b.amount = 10'000'000;
  b.h.valid = {Date::from_ymd(2022, 3, 9), Date::from_ymd(2024, 3, 8)};
  CHECK(b.per_year() == doctest::Approx(5'000'000));
  b.amount = 600'000;
  b.h.valid = {Date::from_ymd(2021, 1, 1), Date::from_ymd(2021, 12, 31)};
  CHECK(b.per_year() == doctest::Approx(600'000));
  b.h.valid = {Date::from_ymd(2021, 1, 1), Date::from_ymd(2021, 7, 1)};  // 182 days
  CHECK(b.per_year() == doctest::Approx(600'000 * 365.25 / 182));
  b.h.valid = {Date::from_ymd(2021, 1, 1), std::nullopt};
  CHECK(b.per_year() == doctest::Approx(600'000));
}

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

namespace {

// Two groups: one whose track states 37 hours, one whose source states none.
constexpr const char* kSilentRules = R"(
[ruleset]
id = "silent"
title = "Hours stated and not stated"

[[source]]
id = "s"
title = "A source"

[[target_group]]
id = "stated"
when = 'category == "jobparat"'
source = "s"
quote = "q"

[[target_group]]
id = "silent"
when = 'category == "aktivitetsparat"'
source = "s"
quote = "q"

[[track]]
id = "full"
groups = ["stated"]
hours = '37'
source = "s"
quote = "q"

[[track]]
id = "no_hours"
groups = ["silent"]
source = "s"
quote = "q"
)";

Citizen with_category(int i, Category category) {
  Citizen c;
  c.id = fmt::format("p{}", i);
  c.category = category;
  return c;
}

const ReportCell& cell(const Report& r, std::string_view table, std::string_view row) {
  for (const ReportSection& s : r.sections)
    for (const ReportTable& t : s.tables)
      if (t.id == table)
        for (const ReportRow& rr : t.rows)
          if (rr.key == row) return rr.cells[1];
  FAIL("no such cell");
  static ReportCell none;
  return none;
}

}  // namespace

TEST_CASE("report: people whose hours are not stated are counted apart, out of every sum") {
  RuleSet rules = load_rules_text(kSilentRules, "silent.toml");
  ReportOptions o;
  o.dates = {Date::from_ymd(2025, 9, 1)};
  o.packages = false;
  ReportTally tally(rules, o);
  for (int i = 0; i < 20; ++i) tally.add(with_category(i, Category::jobparat));
  for (int i = 20; i < 27; ++i) tally.add(with_category(i, Category::aktivitetsparat));
  const DateTally& t = tally.dates[0];
  CHECK(t.by_status[0] == 27);
  CHECK(t.hours_stated == 20);
  CHECK(t.hours_not_stated == 7);
  CHECK(t.hours_unknown == 0);
  CHECK(t.required_minutes == 20 * 2220);  // not 27 people, and no 0 hours for 7
  CHECK(t.reduced == 0);                   // the 7 are not "fewer than 37 hours"

  Report r = make_report(rules, o, tally, 0, false, 0);
  CHECK(cell(r, "required", "hours_not_stated").value == 7);
  CHECK(cell(r, "required", "required_hours").value == 740);
  CHECK(cell(r, "required", "fte").value == 20);
  CHECK(cell(r, "required", "average_hours").value == 37);  // over 20, not 27
  // The track whose source states no hours has no hours, not 0.
  CHECK(cell(r, "by_track", "no_hours").kind == CellKind::count);
  bool found = false;
  for (const ReportSection& s : r.sections)
    for (const ReportTable& tb : s.tables)
      for (const ReportRow& row : tb.rows)
        if (tb.id == "by_track" && row.key == "no_hours") {
          found = true;
          CHECK(row.cells[1].value == 7);
          CHECK(row.cells[2].kind == CellKind::none);
          CHECK(row.cells[3].kind == CellKind::none);
        }
  CHECK(found);
  std::string text = write_report_text(r);
  CHECK(text.find("Hours not stated by the source") != std::string::npos);
  std::string json = write_report_json(r);
  CHECK(json.find("\"hours_not_stated\"") != std::string::npos);
}

TEST_CASE("report: a small count of hours not stated is hidden, and what would give it away") {
  RuleSet rules = load_rules_text(kSilentRules, "silent.toml");
  ReportOptions o;
  o.dates = {Date::from_ymd(2025, 9, 1)};
  o.packages = false;
  ReportTally tally(rules, o);
  for (int i = 0; i < 20; ++i) tally.add(with_category(i, Category::jobparat));
  for (int i = 20; i < 23; ++i) tally.add(with_category(i, Category::aktivitetsparat));
  Report r = make_report(rules, o, tally, 0, false, 0);
  suppress(r);
  CHECK(cell(r, "required", "covered").hidden == Hidden::no);
  CHECK(cell(r, "required", "hours_not_stated").hidden == Hidden::small);
  // Covered minus stated would give the 3 away: the stated count is hidden
  // too, and the hours (37 x 20), the FTE and the average with it.
  CHECK(cell(r, "required", "hours_stated").hidden == Hidden::complement);
  CHECK(cell(r, "required", "required_hours").hidden != Hidden::no);
  CHECK(cell(r, "required", "fte").hidden != Hidden::no);
  CHECK(cell(r, "required", "average_hours").hidden != Hidden::no);
  for (const ReportSection& s : r.sections)
    for (const ReportTable& tb : s.tables)
      for (const ReportRow& row : tb.rows)
        if (tb.id == "by_track" && row.key == "total") {
          CHECK(row.cells[1].hidden == Hidden::no);  // the covered, 23
          CHECK(row.cells[2].hidden != Hidden::no);  // 740 hours = 20 people at 37
          CHECK(row.cells[3].hidden != Hidden::no);
        }
  // With 5 or more not stated, nothing is hidden.
  for (int i = 23; i < 25; ++i) tally.add(with_category(i, Category::aktivitetsparat));
  Report shown = make_report(rules, o, tally, 0, false, 0);
  suppress(shown);
  CHECK(cell(shown, "required", "hours_not_stated").hidden == Hidden::no);
  CHECK(cell(shown, "required", "required_hours").hidden == Hidden::no);
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
