// The laid-out diff: the sections, tables, keys and quantities of the
// design, the figures from a hand-filled tally, suppression along both the
// rows and the columns of the before x after tables, the conditions'
// edited/source/where, and the writers' diff header.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <map>
#include <string>
#include <vector>

#include "../in_language.h"
#include "diff/diff.h"
#include "load/rules.h"
#include "nytte/i18n.h"
#include "report/report.h"

using namespace nytte;

namespace {

constexpr std::string_view kBefore = R"(
[ruleset]
id = "t"
title = "Test"
version = "1"

[constants]
max_years = 9

[[source]]
id = "s"
title = "A source"
legal_basis = "LAB § 1"

[[target_group]]
id = "kh"
title = "Kontanthjælp"
when = 'benefit == "kontanthjaelp" and residence_years_last_10 < max_years'
source = "s"
quote = "q"
legal_basis = "LAB § 2"

[[target_group]]
id = "jp"
when = 'category == "jobparat"'
source = "s"
quote = "q"

[[track]]
id = "kh_track"
groups = ["kh"]
hours = '37'
source = "s"
quote = "q"

[[offer]]
id = "o"
kind = "praktik"
seats = 10
cost_per_week = 100
source = "s"
quote = "q"
slots = [{ day = "mon", from = 08:00:00, to = 12:00:00 }]
)";

// The same but kh's constant reads 10 years, jp is unchanged.
std::string after_text() {
  std::string s(kBefore);
  s.replace(s.find("version = \"1\""), 13, "version = \"2\"");
  s.replace(s.find("max_years = 9"), 13, "max_years = 10");
  s.replace(s.find("cost_per_week = 100"), 19, "cost_per_week = 150");
  return s;
}

const RuleSet& before_rules() {
  static const RuleSet rs = load_rules_text(kBefore, "before.toml");
  return rs;
}
const RuleSet& after_rules() {
  static const RuleSet rs = load_rules_text(after_text(), "after.toml");
  return rs;
}

DiffOptions options() {
  DiffOptions o;
  o.before = {&before_rules(), Date::from_ymd(2025, 9, 1)};
  o.after = {&after_rules(), Date::from_ymd(2025, 9, 1)};
  return o;
}

constexpr int kE = static_cast<int>(Status::eligible);
constexpr int kX = static_cast<int>(Status::exempt);
constexpr int kN = static_cast<int>(Status::not_eligible);
constexpr int kU = static_cast<int>(Status::undetermined);

// 100 people: 40 eligible before, of whom 2 exempt after; 3 not eligible
// became eligible; the rest unchanged.
void fill(DiffTally& t) {
  t.people = 100;
  t.changed = 12;
  t.status[kE][kE] = 38;
  t.status[kE][kX] = 2;
  t.status[kN][kE] = 3;
  t.status[kN][kN] = 50;
  t.status[kX][kX] = 7;
  t.status[kU][kU] = 0;
  t.status[kN][kU] = 0;
  for (int b = 0; b < 4; ++b)
    for (int a = 0; a < 4; ++a) {
      t.side[0].by_status[b] += t.status[b][a];
      t.side[1].by_status[a] += t.status[b][a];
    }
  t.side[0].covered = 40;
  t.side[1].covered = 41;
  t.groups[{"kh", "kh"}] = 30;
  t.groups[{"kh", ""}] = 3;
  t.groups[{"kh+jp", "kh+jp"}] = 17;
  t.groups[{"", "kh"}] = 6;
  t.groups[{"", ""}] = 44;
  t.tracks[{"kh_track", "kh_track"}] = 36;
  t.tracks[{"kh_track", ""}] = 4;
  t.tracks[{"", "kh_track"}] = 5;
  t.tracks[{"", ""}] = 55;
  for (int k = 0; k < 2; ++k) {
    t.side[k].by_track["kh_track"] = 40 + k;
    t.side[k].hours_stated = 30 + k;
    t.side[k].hours_not_stated = 6;
    t.side[k].hours_unknown = 4;
    t.side[k].required_minutes = (30 + k) * 37 * 60;
    t.side[k].track_minutes["kh_track"] = (30 + k) * 37 * 60;
    t.side[k].demand["o"] = 8 + k;
  }
  t.conditions[{RuleKind::target_group, "kh"}] = {9, 6, 3, 0};
  t.conditions[{RuleKind::target_group, "jp"}] = {2, 0, 0, 2};
  t.conditions[{RuleKind::hours, "kh_track"}] = {5, 5, 0, 0};
}

const ReportTable& table(const Report& r, std::string_view section, std::string_view id) {
  for (const ReportSection& s : r.sections)
    if (s.id == section)
      for (const ReportTable& t : s.tables)
        if (t.id == id) return t;
  FAIL("no table ", section, "/", id);
  static ReportTable none;
  return none;
}

const ReportRow& row(const ReportTable& t, std::string_view key) {
  for (const ReportRow& r : t.rows)
    if (r.key == key) return r;
  FAIL("no row ", key, " in ", t.id);
  static ReportRow none;
  return none;
}

const ReportCell& cell(const ReportTable& t, std::string_view key, std::string_view column) {
  for (size_t c = 0; c < t.columns.size(); ++c)
    if (t.columns[c].id == column) return row(t, key).cells[c];
  FAIL("no column ", column, " in ", t.id);
  static ReportCell none;
  return none;
}

std::vector<std::string> column_ids(const ReportTable& t) {
  std::vector<std::string> out;
  for (const ReportColumn& c : t.columns) out.push_back(c.id);
  return out;
}

std::vector<std::string> row_keys(const ReportTable& t) {
  std::vector<std::string> out;
  for (const ReportRow& r : t.rows) out.push_back(r.key);
  return out;
}

bool hidden(const ReportCell& c) {
  return c.hidden != Hidden::no;
}

// No row and no column of a before x after table has one hidden cell
// alone (the total included): none can be worked out from the others.
void check_matrix_protected(const ReportTable& t) {
  for (const ReportRow& r : t.rows) {
    int n = 0;
    for (size_t c = 1; c < r.cells.size(); ++c) n += hidden(r.cells[c]) ? 1 : 0;
    CHECK_MESSAGE(n != 1, t.id, " row ", r.key);
  }
  for (size_t c = 1; c < t.columns.size(); ++c) {
    int n = 0;
    for (const ReportRow& r : t.rows) n += hidden(r.cells[c]) ? 1 : 0;
    CHECK_MESSAGE(n != 1, t.id, " column ", t.columns[c].id);
  }
}

}  // namespace

TEST_CASE("diff report: the design's sections, tables, columns and row keys") {
  DiffOptions o = options();
  DiffTally t(o);
  fill(t);
  Report r = make_diff_report(o, t, 0);
  std::vector<std::string> sections;
  for (const ReportSection& s : r.sections) sections.push_back(s.id);
  CHECK(sections ==
        std::vector<std::string>{"status", "groups", "hours", "capacity", "conditions"});
  REQUIRE(r.sides.size() == 2);
  CHECK(r.sides[0].version == "1");
  CHECK(r.sides[1].version == "2");
  CHECK(r.sides[1].file == "after.toml");
  CHECK(r.people == 100);
  CHECK(r.changed == 12);

  const ReportTable& summary = table(r, "status", "summary");
  CHECK(row_keys(summary) == std::vector<std::string>{"people", "unchanged", "changed"});
  CHECK(cell(summary, "unchanged", "people").value == 88);
  CHECK(cell(summary, "changed", "people").quantity == "changed");

  const ReportTable& tr = table(r, "status", "transition");
  const std::vector<std::string> statuses{"eligible", "exempt", "not_eligible", "undetermined"};
  std::vector<std::string> cols{"key"};
  cols.insert(cols.end(), statuses.begin(), statuses.end());
  cols.push_back("all");
  CHECK(column_ids(tr) == cols);
  std::vector<std::string> rows(statuses);
  rows.push_back("total");
  CHECK(row_keys(tr) == rows);
  CHECK(cell(tr, "eligible", "exempt").value == 2);
  CHECK(cell(tr, "eligible", "exempt").quantity == "status:eligible>exempt");
  CHECK(cell(tr, "eligible", "all").quantity == "before:status:eligible");
  CHECK(cell(tr, "total", "eligible").quantity == "after:status:eligible");
  CHECK(cell(tr, "total", "eligible").value == 41);
  CHECK(cell(tr, "total", "all").quantity == "people");

  // Matrix keys in key order, "none" for no group among them.
  const ReportTable& g = table(r, "groups", "target_groups");
  CHECK(column_ids(g) == std::vector<std::string>{"key", "kh", "kh+jp", "none", "all"});
  CHECK(row_keys(g) == std::vector<std::string>{"kh", "kh+jp", "none", "total"});
  CHECK(cell(g, "kh", "none").quantity == "groups:kh>none");
  CHECK(cell(g, "none", "all").quantity == "before:groups:none");

  // kh: before 50, after 53 = 30 + 17 + 6; stayed 47, left 3, joined 6.
  const ReportTable& gc = table(r, "groups", "target_group_counts");
  CHECK(row_keys(gc) == std::vector<std::string>{"kh", "jp"});
  CHECK(column_ids(gc) ==
        std::vector<std::string>{"key", "before", "stayed", "left", "joined", "after"});
  CHECK(cell(gc, "kh", "before").value == 50);
  CHECK(cell(gc, "kh", "stayed").value == 47);
  CHECK(cell(gc, "kh", "left").value == 3);
  CHECK(cell(gc, "kh", "joined").value == 6);
  CHECK(cell(gc, "kh", "after").value == 53);
  CHECK(cell(gc, "kh", "left").quantity == "group:kh@left");
  CHECK(cell(gc, "jp", "after").quantity == "group:jp@1");
  CHECK(cell(gc, "jp", "stayed").value == 17);

  const ReportTable& tm = table(r, "groups", "tracks");
  CHECK(cell(tm, "kh_track", "all").quantity == "before:track:kh_track");
  CHECK(cell(tm, "total", "none").quantity == "after:track:none");

  const ReportTable& h = table(r, "hours", "hours");
  CHECK(column_ids(h) == std::vector<std::string>{"key", "before", "after", "change"});
  CHECK(row_keys(h) == std::vector<std::string>{"covered", "hours_stated", "hours_not_stated",
                                                "hours_unknown", "required_hours", "fte"});
  CHECK(cell(h, "covered", "before").quantity == "before:status:eligible");
  CHECK(cell(h, "required_hours", "after").minutes == 31 * 37 * 60);
  CHECK(cell(h, "required_hours", "change").minutes == 37 * 60);
  CHECK(cell(h, "fte", "before").value == 30);
  CHECK(cell(h, "fte", "change").value == 1);

  const ReportTable& bt = table(r, "hours", "by_track");
  CHECK(column_ids(bt) == std::vector<std::string>{"key", "before_people", "before_hours",
                                                   "after_people", "after_hours", "change_hours"});
  CHECK(row_keys(bt) == std::vector<std::string>{"kh_track", "total"});
  CHECK(cell(bt, "kh_track", "after_people").quantity == "after:track:kh_track");
  CHECK(cell(bt, "total", "before_people").quantity == "before:status:eligible");

  // Seats: 8 and 9 demanded at 100 and 150 kr. a seat a week.
  const ReportTable& seats = table(r, "capacity", "seats");
  CHECK(cell(seats, "o", "offered_before").value == 10);
  CHECK(cell(seats, "o", "demand_after").quantity == "seats:o@1");
  CHECK(cell(seats, "o", "week_before").value == 800);
  CHECK(cell(seats, "total", "week_after").value == 1350);
  const ReportTable& cost = table(r, "capacity", "cost");
  CHECK(row_keys(cost) == std::vector<std::string>{"week", "year"});
  CHECK(cell(cost, "year", "change").value == 550 * 52);

  const ReportTable& c = table(r, "conditions", "conditions");
  CHECK(column_ids(c) == std::vector<std::string>{"key", "kind", "people", "to_yes", "to_no",
                                                  "to_other", "edited", "source", "where"});
  CHECK(row_keys(c) == std::vector<std::string>{"target_group:kh", "target_group:jp"});
  CHECK(cell(c, "target_group:kh", "kind").text == "target_group");
  CHECK(cell(c, "target_group:kh", "to_yes").value == 6);
  CHECK(cell(c, "target_group:kh", "edited").text == "yes");  // its constant changed
  CHECK(cell(c, "target_group:jp", "edited").text == "no");
  CHECK(cell(c, "target_group:kh", "source").text == "LAB § 2; A source");
  CHECK(cell(c, "target_group:jp", "source").text == "LAB § 1; A source");
  CHECK(cell(c, "target_group:kh", "where").text.starts_with("after.toml:"));
  CHECK(row(c, "target_group:kh").cells[0].text == "kh");  // English: the id
  const ReportTable& hr = table(r, "conditions", "hours_rules");
  CHECK(column_ids(hr) == std::vector<std::string>{"key", "kind", "people", "higher", "lower",
                                                   "other", "edited", "source", "where"});
  CHECK(row_keys(hr) == std::vector<std::string>{"hours:kh_track"});
  CHECK(cell(hr, "hours:kh_track", "edited").text == "no");
}

TEST_CASE("diff report: without packages no capacity section; one rule set is never edited") {
  DiffOptions o = options();
  o.after.rules = o.before.rules;
  o.after.on = Date::from_ymd(2026, 1, 1);
  o.packages = false;
  DiffTally t(o);
  fill(t);
  Report r = make_diff_report(o, t, 3);
  for (const ReportSection& s : r.sections) CHECK(s.id != "capacity");
  CHECK(cell(table(r, "conditions", "conditions"), "target_group:kh", "edited").text == "no");
  CHECK(r.errors == 3);
  REQUIRE(r.notes.size() == 1);
  CHECK(r.notes[0].find("3 records could not be read") != std::string::npos);
}

TEST_CASE("diff report: a small cell of a matrix hides with a second in its row and column") {
  DiffOptions o = options();
  DiffTally t(o);
  fill(t);
  Report r = make_diff_report(o, t, 0);
  suppress(r);
  const ReportTable& tr = table(r, "status", "transition");
  // eligible > exempt is 2: shown as <5; eligible > eligible (38) is the
  // only other non-zero cell of the row and not_eligible > exempt is 0, so
  // the row's and the column's protection lie on other cells.
  CHECK(cell(tr, "eligible", "exempt").hidden == Hidden::small);
  CHECK(cell(tr, "not_eligible", "eligible").hidden == Hidden::small);  // 3
  int row_hidden = 0, column_hidden = 0;
  for (const char* a : {"eligible", "exempt", "not_eligible", "undetermined", "all"})
    row_hidden += hidden(cell(tr, "eligible", a)) ? 1 : 0;
  for (const char* b : {"eligible", "exempt", "not_eligible", "undetermined", "total"})
    column_hidden += hidden(cell(tr, b, "exempt")) ? 1 : 0;
  CHECK(row_hidden >= 2);
  CHECK(column_hidden >= 2);
  for (const ReportSection& s : r.sections)
    for (const ReportTable& m : s.tables)
      if (m.id == "transition" || m.id == "target_groups" || m.id == "tracks")
        check_matrix_protected(m);
  // Groups: kh > none is 3 and hidden; so are cells in its row and column,
  // and kh's "left" (3, the same people), with a second of its sum.
  const ReportTable& g = table(r, "groups", "target_groups");
  CHECK(cell(g, "kh", "none").hidden == Hidden::small);
  const ReportTable& gc = table(r, "groups", "target_group_counts");
  CHECK(cell(gc, "kh", "left").hidden == Hidden::small);
  CHECK((hidden(cell(gc, "kh", "stayed")) || hidden(cell(gc, "kh", "before"))));
  // A quantity shown twice hides in both places: the covered after (41).
  const ReportTable& h = table(r, "hours", "hours");
  CHECK(hidden(cell(h, "covered", "after")) == hidden(cell(tr, "total", "eligible")));
  CHECK(hidden(cell(h, "covered", "before")) == hidden(cell(tr, "eligible", "all")));
  // The hours change is hidden when either side's hours_stated is.
  if (hidden(cell(h, "hours_stated", "before")) || hidden(cell(h, "hours_stated", "after")))
    CHECK(hidden(cell(h, "required_hours", "change")));
  // The conditions: jp's 2 people are hidden with a second of its sum.
  const ReportTable& c = table(r, "conditions", "conditions");
  CHECK(cell(c, "target_group:jp", "people").hidden == Hidden::small);
  CHECK(cell(c, "target_group:jp", "to_other").hidden == Hidden::small);
}

TEST_CASE("diff report: seat cost hides with any demand it sums") {
  DiffOptions o = options();
  DiffTally t(o);
  fill(t);
  t.side[0].demand["o"] = 2;
  Report r = make_diff_report(o, t, 0);
  suppress(r);
  const ReportTable& seats = table(r, "capacity", "seats");
  CHECK(cell(seats, "o", "demand_before").hidden == Hidden::small);
  CHECK(hidden(cell(seats, "o", "week_before")));
  CHECK(hidden(cell(seats, "total", "week_before")));
  const ReportTable& cost = table(r, "capacity", "cost");
  CHECK(hidden(cell(cost, "week", "before")));
  CHECK(hidden(cell(cost, "year", "change")));
  CHECK_FALSE(hidden(cell(cost, "week", "after")));
}

TEST_CASE("diff report writers: both sides in the title lines, before/after and changed in JSON") {
  DiffOptions o = options();
  DiffTally t(o);
  fill(t);
  Report r = make_diff_report(o, t, 0);
  suppress(r);
  std::string text = write_report_text(r);
  CHECK(
      text.starts_with("nytte diff\nBefore: t 1 (Test), before.toml, on 2025-09-01\n"
                       "After: t 2 (Test), after.toml, on 2025-09-01\n"));
  std::string md = write_report_markdown(r);
  CHECK(
      md.starts_with("# nytte diff: t\n\nBefore: t 1 (Test), before.toml, on 2025-09-01.\n\n"
                     "After: t 2 (Test), after.toml, on 2025-09-01.\n\n"));
  std::string html = write_report_html(r);
  CHECK(html.find("<h1>nytte diff: t</h1>") != std::string::npos);
  CHECK(html.find("after.toml, on 2025-09-01. 100 people, 12 changed. ") != std::string::npos);
  std::string table_csv = write_report_csv_table(r, csv::Format::with_separator(','));
  CHECK(table_csv.starts_with("nytte diff\n\"Before: t 1 (Test), before.toml, on 2025-09-01\"\n"));
  std::string json = write_report_json(r);
  CHECK(json.starts_with(
      "{\n  \"before\": {\n    \"rules\": \"t\",\n    \"rules_title\": \"Test\",\n"
      "    \"version\": \"1\",\n    \"file\": \"before.toml\",\n    \"on\": \"2025-09-01\"\n  },\n"
      "  \"after\": {\n    \"rules\": \"t\",\n"));
  CHECK(json.find("\"people\": 100,\n  \"changed\": 12,\n  \"errors\": 0,") != std::string::npos);
  CHECK(json.find("\"compare\"") == std::string::npos);
  // A matrix's row total is "all": "total" is the row's flag.
  CHECK(json.find("\"total\": false,\n              \"eligible\": ") != std::string::npos);
  CHECK(json.find("\"all\": 40") != std::string::npos);
  CHECK(json.find("\"rules\": \"t\",\n  \"rules_title\"") == std::string::npos);
  // The long CSV layout has no title lines: the report's, row by row.
  std::string csv = write_report_csv(r, csv::Format::with_separator(','));
  CHECK(
      csv.starts_with("section,table,row,label,column,value,minutes\n"
                      "status,summary,people,People decided,people,100,\n"));
}

TEST_CASE("report writers: a report without sides keeps its rule set and dates") {
  Report r;
  r.rules_id = "t";
  r.rules_title = "Test";
  r.dates = {Date::from_ymd(2025, 9, 1)};
  r.people = 5;
  CHECK(write_report_text(r).starts_with("nytte report\nRule set t (Test), on 2025-09-01\n"));
  std::string json = write_report_json(r);
  CHECK(
      json.starts_with("{\n  \"rules\": \"t\",\n  \"rules_title\": \"Test\",\n  \"on\": "
                       "\"2025-09-01\",\n  \"compare\": null,\n  \"people\": 5,\n  \"errors\""));
}

TEST_CASE("diff report in Danish: its words and the rules' titles; the same cells") {
  InLanguage da(Language::da);
  DiffOptions o = options();
  o.local_words = true;
  DiffTally t(o);
  fill(t);
  Report r = make_diff_report(o, t, 0);
  CHECK(r.sections[0].title == "Hvem berøres");
  const ReportTable& tr = table(r, "status", "transition");
  CHECK(tr.columns[0].title == "Før \\ efter");
  CHECK(row(tr, "eligible").cells[0].text == "omfattet");
  CHECK(row(tr, "undetermined").cells[0].text == "uafklaret");
  const ReportTable& c = table(r, "conditions", "conditions");
  CHECK(row(c, "target_group:kh").cells[0].text == "Kontanthjælp");
  CHECK(cell(c, "target_group:kh", "kind").text == "målgruppe");
  CHECK(cell(c, "target_group:kh", "edited").text == "ja");
  CHECK(row(table(r, "hours", "hours"), "fte").cells[0].text == "Fuldtidsækvivalenter (37 t)");
  std::string text = write_report_text(r);
  CHECK(
      text.starts_with("nytte diff\nFør: t 1 (Test), before.toml, den 1. september 2025\n"
                       "Efter: t 2 (Test), after.toml, den 1. september 2025\n"));
  // The machine formats' layout is English in every language.
  o.local_words = false;
  Report machine = make_diff_report(o, t, 0);
  CHECK(write_report_json(machine).find("\"title\": \"Who changes\"") != std::string::npos);
  CHECK(cell(table(machine, "conditions", "conditions"), "target_group:kh", "kind").text ==
        "target_group");
}

TEST_CASE("diff report: the target group matrix points to the titles only where they are") {
  DiffOptions o = options();
  DiffTally t(o);
  fill(t);
  // English: both tables show the ids.
  CHECK(table(make_diff_report(o, t, 0), "groups", "target_groups").note.empty());
  InLanguage da(Language::da);
  o.local_words = true;
  Report r = make_diff_report(o, t, 0);
  CHECK(table(r, "groups", "target_groups").note ==
        tr("Target groups by id; their titles are in the next table."));
  CHECK(table(r, "groups", "target_groups").note.find("næste tabel") != std::string::npos);
  CHECK(row(table(r, "groups", "target_group_counts"), "kh").cells[0].text == "Kontanthjælp");
}

TEST_CASE("diff report writers: a hidden count of the changed people is hidden in the header") {
  Report r;
  r.rules_id = "t";
  r.sides = {ReportSide{"t", "Test", "1", "before.toml", Date::from_ymd(2025, 9, 1)},
             ReportSide{"t", "Test", "2", "after.toml", Date::from_ymd(2025, 9, 1)}};
  r.people = 50;
  r.changed = 3;
  ReportTable sum;
  sum.id = "summary";
  sum.columns = {{"key", "Figure", CellKind::label}, {"people", "People", CellKind::count}};
  ReportRow changed;
  changed.key = "changed";
  ReportCell label_cell, count_cell;
  label_cell.kind = CellKind::label;
  label_cell.text = "Changed";
  count_cell.kind = CellKind::count;
  count_cell.value = 3;
  count_cell.hidden = Hidden::small;
  changed.cells = {label_cell, count_cell};
  sum.rows.push_back(changed);
  r.sections.push_back(ReportSection{"status", "Who changes", "", {sum}});
  std::string json = write_report_json(r);
  CHECK(json.find("\"people\": 50,\n  \"changed\": null,\n  \"suppressed\": {\n    \"changed\": "
                  "\"<5\"\n  },\n  \"errors\": 0,") != std::string::npos);
  CHECK(json.find("\"changed\": 3") == std::string::npos);
  std::string html = write_report_html(r);
  CHECK(html.find("50 people, &lt;5 changed.") != std::string::npos);
  // Shown in the table, shown in the header.
  r.sections[0].tables[0].rows[0].cells[1].hidden = Hidden::no;
  CHECK(write_report_json(r).find("\"changed\": 3,") != std::string::npos);
  CHECK(write_report_html(r).find("50 people, 3 changed.") != std::string::npos);
}
