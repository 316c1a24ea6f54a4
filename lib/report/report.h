// Reports: a population at a glance (eligibility, who, hours, capacity, cost,
// attendance), counted while the population streams past, then laid out as
// tables that every output format renders the same way. Counts from 1 to 4
// are hidden, with the cells that would give them away. What each figure
// means: docs/report.md.
//
//   ReportTally::add (per worker, per person) -> merge (-> remove the
//   duplicates the batch skipped) -> make_report -> suppress ->
//   write_report_* (text, markdown, csv, json, html)
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/date.h"
#include "decide/eligibility.h"
#include "hours/hours.h"
#include "load/csv.h"
#include "model/citizen.h"
#include "model/rules.h"
#include "schedule/package.h"

namespace nytte {

struct ReportOptions {
  std::vector<Date> dates;      // --on, then --compare when given (1 or 2 dates)
  std::vector<std::string> by;  // further fields to break the covered people down by
  bool packages = true;         // the capacity and cost sections (needs build-package)
  // The capacity section's allocation of the seats offered (build-package's
  // batch): computed for at most this many covered people a date; beyond
  // it the tables say it was not computed. 0: never computed.
  uint64_t allocation_limit = kDefaultAllocationLimit;
  unsigned threads = 0;  // for the allocation; 0: one per core (same outcome on any number)
  // The words of the laid-out report: the current language, for the text,
  // Markdown and HTML; false: English, for JSON and CSV, whose output is the
  // same in every language (report/words.h).
  bool local_words = false;
  static constexpr uint64_t kDefaultAllocationLimit = 200000;
};

// A field `--by` may name: a built-in or declared field of single values (not
// id or cpr, which would show people; not benefit_history or unavailable).
// Returns the problem ("" when fine), with a "did you mean" for a near miss.
std::string check_by_field(std::string_view name, const Schema& schema);

// Attendance of the people of a log, by person: rows in date order.
struct AttendanceEntry {
  Date date;
  double hours = 0;
  AttendanceStatus status = AttendanceStatus::present;
};
using AttendanceById = std::unordered_map<std::string, std::vector<AttendanceEntry>>;

// Counts for one date.
struct DateTally {
  uint64_t by_status[4] = {};          // Status order
  std::vector<uint64_t> by_group;      // RuleSet::target_groups index (eligible only)
  std::vector<uint64_t> by_exemption;  // RuleSet::exemptions index (status exempt)
  std::vector<uint64_t> by_track;      // RuleSet::tracks index; last = no track
  std::vector<int64_t> track_minutes;  // required minutes a week by track
  std::vector<uint64_t> track_stated;  // by track: covered people whose hours are stated
  std::map<std::string, uint64_t, std::less<>> missing;  // field -> people whose decision lacked it
  std::vector<std::map<std::string, uint64_t, std::less<>>> who;  // per dimension: value -> covered
  // Covered people's required hours a week: only those whose hours are
  // stated; the others are counted apart and left out of every sum.
  int64_t required_minutes = 0;
  uint64_t hours_stated = 0;      // covered, hours a week stated
  uint64_t hours_not_stated = 0;  // covered, the source states no weekly hours
  uint64_t hours_unknown = 0;     // covered, the hours depend on missing data
  uint64_t reduced = 0;           // covered with fewer than 37 hours (stated)
  // Packages (capacity, cost): the covered people's packages, every offer free.
  std::vector<uint64_t> demand;  // RuleSet::offers index -> people
  uint64_t full = 0;             // packages reaching the requirement
  uint64_t short_ = 0;           // packages short of it
  uint64_t parts_only = 0;       // hours not stated: a package of the stated parts
  uint64_t no_package = 0;       // covered but no package (no recipe, no track)
  int64_t missing_minutes = 0;   // minutes a week short, summed
  // The seats offered allocated to the covered people in build-package's
  // batch order (allocate_seats); the same classification as build-package.
  bool allocated = false;          // false: not computed, allocation_problem says why
  std::string allocation_problem;  // e.g. more covered people than the limit
  uint64_t allocated_full = 0, allocated_short = 0, allocated_parts_only = 0, allocated_none = 0;
  int64_t allocated_missing_minutes = 0;  // minutes a week short, summed
  std::vector<uint64_t> taken;            // RuleSet::offers index -> seats taken

  void merge(const DateTally& o);
  // Takes out `o`, counted here too; keys left with no one are dropped.
  void remove(const DateTally& o);
};

// Attendance by track (the track of the decision on the person's course start).
struct AttendanceTally {
  struct Track {
    uint64_t people = 0;
    uint64_t weeks = 0;      // weeks with hours required
    uint64_t weeks_met = 0;  // of those, attended at least the required hours
    int64_t required_minutes = 0;
    int64_t attended_minutes = 0;
  };
  std::map<std::string, Track> by_track;  // "" = no track
  void merge(const AttendanceTally& o);
  void remove(const AttendanceTally& o);  // as DateTally::remove
};

// What the allocation of the seats offered needs of a population that
// streams past: for each date, the covered people in input order, each as
// the package problem she shares with others (4 bytes a person), and one
// citizen of each problem. Shared by the workers (problem_of locks).
class AllocationInput {
 public:
  AllocationInput(const RuleSet& rules, const ReportOptions& options);
  ~AllocationInput();
  // The problem of a covered person on date `di` whose package key is `key`
  // (+1; 0 when the date's allocation is not computed). Any thread.
  uint32_t problem_of(size_t di, std::string_view key, const Citizen& c, Date start);
  // The next person in input order: `tags` as ReportTally::add wrote them
  // (one a date; 0: not covered). One thread, in input order.
  void record(std::span<const uint64_t> tags);

  struct Impl;
  std::unique_ptr<Impl> impl;
};

// The running counts of one worker; merged at the end, in any order (sums
// of integers, so the result does not depend on the order).
class ReportTally {
 public:
  ReportTally(const RuleSet& rules, const ReportOptions& options,
              const AttendanceById* attendance = nullptr, AllocationInput* allocation = nullptr);
  ~ReportTally();
  ReportTally(ReportTally&&) noexcept;
  // With `tags`: appends one number a date for AllocationInput::record.
  void add(const Citizen& c, std::vector<uint64_t>* tags = nullptr);
  void merge(const ReportTally& o);
  // Takes out the counts of `o`, a tally of people counted here too (the
  // records a batch skipped as duplicate ids after its workers had counted
  // them: BatchSink::skipped), so that this is exactly the tally of the
  // others, keys no one is left under included. Before allocate_seats.
  void remove(const ReportTally& o);

  uint64_t people = 0;
  std::vector<DateTally> dates;
  AttendanceTally attendance;
  uint64_t attendance_people = 0;  // people of the population found in the log

 private:
  struct Scratch;
  const RuleSet& rules_;
  const ReportOptions& options_;
  const AttendanceById* attendance_log_;
  AllocationInput* allocation_;
  std::unique_ptr<Scratch> scratch_;
};

// Allocates the seats offered to the people `input` recorded, date by
// date, as build-package does (build_packages: earliest start, then fewest
// offers open, then input order, then pairs swapped), and writes the
// outcome into `tally` (DateTally::allocated ...). A date with more covered
// people than options.allocation_limit gets its allocation_problem instead.
void allocate_seats(const RuleSet& rules, const ReportOptions& options, AllocationInput& input,
                    ReportTally& tally);

// How build-package counts a person's package in its summary.
enum class PackageOutcome : uint8_t { full, short_, parts_only, none };
PackageOutcome package_outcome(const PackageResult& r);

// --- The laid-out report --------------------------------------------------

// `hours`: a length of time (hours a week), `value` in decimal hours and
// `minutes` the same in whole minutes; text, Markdown and HTML show h:mm
// (lib/base/duration.h), JSON and CSV both.
enum class CellKind : uint8_t { none, label, count, share, hours, kroner, number, text };

enum class Hidden : uint8_t {
  no,
  small,       // a count from 1 to 4: shown as "<5"
  complement,  // would give away a hidden count: shown as "x"
};

struct ReportCell {
  CellKind kind = CellKind::none;  // none: empty cell (no value)
  double value = 0;
  int64_t minutes = 0;  // hours cells: the figure in whole minutes
  std::string text;     // label and text cells
  Hidden hidden = Hidden::no;
  // Counts: the quantity the cell shows. Cells of one quantity (the covered
  // people on a date appear in several tables) are hidden together.
  std::string quantity;
  // Other figures: the cells (row, column; -1 = this row, this column) whose
  // counts they come from: hidden when one of them is.
  std::vector<std::pair<int, int>> from;
  // Quantities (of any table) it would give away: hidden when one of them is.
  std::vector<std::string> from_quantities;
};

// Quantities whose values add up: a single hidden part is protected by a
// second one (or by hiding the total).
struct SumConstraint {
  std::vector<std::string> parts;
  std::string total;
};

struct ReportColumn {
  std::string id;     // JSON key and CSV column
  std::string title;  // for people
  CellKind kind = CellKind::count;
  std::string group = {};  // with two dates: the date of the column ("" = both)
};

struct ReportRow {
  std::string key;  // the row's id: a code, a value, "total"
  std::vector<ReportCell> cells;
  bool total = false;
};

struct ReportTable {
  std::string id;
  std::string title;
  std::string note;
  std::vector<ReportColumn> columns;  // column 0: the row label
  std::vector<ReportRow> rows;
  // Count columns whose rows (other than the total) add up to the total row:
  // a single hidden cell among them is protected by a second one.
  std::vector<int> additive;
  std::vector<int> chart;  // columns drawn in the section's chart (one a date)
};

struct ReportSection {
  std::string id;
  std::string title;
  std::string intro;
  std::vector<ReportTable> tables;
  int chart_table = -1;  // table drawn as a bar chart, -1: none
};

// One side of a diff (nytte diff, diff/diff.h): the rule set and the date
// its people were decided on.
struct ReportSide {
  std::string rules_id;
  std::string rules_title;
  std::string version;  // [ruleset] version, "" when the file gives none
  std::string file;     // the rule file as given, "" for a built-in one
  Date on;
};

struct Report {
  std::string rules_id;
  std::string rules_title;
  std::vector<Date> dates;
  // A diff: before, after (the writers name both sides instead of the rule
  // set and dates); empty for a report.
  std::vector<ReportSide> sides;
  uint64_t people = 0;
  uint64_t changed = 0;  // a diff: people whose decision changed
  uint64_t errors = 0;   // records that could not be read
  bool suppression = true;
  int threshold = 5;
  bool local_words = false;  // ReportOptions::local_words: the writers for people follow it
  std::vector<ReportSection> sections;
  std::vector<SumConstraint> sums;  // besides the additive columns of the tables
  std::vector<std::string> notes;
};

// Lays out the tallies. `attendance_given`: whether a log was read (the
// attendance section appears only then); `log_ids_unmatched` the log's ids
// found in no record of the population.
Report make_report(const RuleSet& rules, const ReportOptions& options, const ReportTally& tally,
                   uint64_t errors, bool attendance_given, uint64_t log_ids_unmatched);

// How every writer shows a hidden figure: "<5" for a small count, "x" for
// one hidden to protect it.
std::string_view hidden_mark(Hidden h);

// Hides counts from 1 to threshold-1, the cells that would give them away
// in additive columns, and every figure derived from a hidden count.
void suppress(Report& r, int threshold = 5);

// Output. `f` for CSV: --csv-sep (Danish spreadsheets: ';' and a decimal
// comma) and --csv-bom (the file starts with the byte-order mark).
std::string write_report_text(const Report& r);
std::string write_report_markdown(const Report& r);
// --csv-layout long (the default, for scripts): one row a figure,
//   section,table,row,label,column,value,minutes
std::string write_report_csv(const Report& r, const csv::Format& f);
// --csv-layout table (for a person in a spreadsheet): each table as the
// text report shows it, a row of its title (section - table), a header row
// and its rows, with a blank line between tables; the same cells hidden.
std::string write_report_csv_table(const Report& r, const csv::Format& f);
std::string write_report_json(const Report& r);
std::string write_report_html(const Report& r);

}  // namespace nytte
