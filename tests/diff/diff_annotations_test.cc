// A diff's CI annotations from a hand-made, suppressed report: what they
// show, where, and that a hidden count never appears.
#include "diff/diff_annotations.h"

#include <set>

#include <doctest/doctest.h>

namespace nytte {
namespace {

ReportCell count(double v, Hidden h = Hidden::no) {
  ReportCell c;
  c.kind = CellKind::count;
  c.value = v;
  c.hidden = h;
  return c;
}

ReportCell text(std::string s, CellKind k = CellKind::text) {
  ReportCell c;
  c.kind = k;
  c.text = std::move(s);
  return c;
}

// Two sides, 2000 people of whom 131 changed, a transition table with a
// hidden 3 (and the x that protects it), a condition row and an hours row.
Report sample() {
  Report r;
  r.people = 2000;
  r.changed = 131;
  r.sides = {{"aarhus", "Aarhus", "2022-03", "rules/aarhus.toml", Date::from_ymd(2025, 9, 1)},
             {"aarhus", "Aarhus", "2026-12", "new/aarhus.toml", Date::from_ymd(2025, 9, 1)}};
  ReportSection status;
  status.id = "status";
  ReportTable summary;
  summary.id = "summary";
  summary.columns = {{"key", "", CellKind::label}, {"people", "People"}};
  summary.rows = {{"people", {text("People", CellKind::label), count(2000)}, true},
                  {"unchanged", {text("Unchanged", CellKind::label), count(1869)}},
                  {"changed", {text("Changed", CellKind::label), count(131)}}};
  ReportTable transition;
  transition.id = "transition";
  transition.columns = {{"key", "Before \\ after", CellKind::label},
                        {"eligible", "Eligible"},
                        {"exempt", "Exempt"},
                        {"total", "Total"}};
  transition.rows = {
      {"eligible",
       {text("Eligible", CellKind::label), count(1200), count(3, Hidden::small),
        count(1203, Hidden::complement)}},
      {"exempt", {text("Exempt", CellKind::label), count(128), count(669), count(797)}},
      {"total", {text("Total", CellKind::label), count(1328), count(672), count(2000)}, true}};
  status.tables = {summary, transition};
  ReportSection conditions;
  conditions.id = "conditions";
  ReportTable cond;
  cond.id = "conditions";
  cond.columns = {{"key", "Rule", CellKind::label},
                  {"kind", "Kind", CellKind::text},
                  {"people", "People"},
                  {"to_yes", "To yes"},
                  {"to_no", "To no"},
                  {"to_other", "Other"},
                  {"edited", "Edited", CellKind::text},
                  {"source", "Source", CellKind::text},
                  {"where", "Where", CellKind::text}};
  cond.rows = {
      {"target_group:ledige",
       {text("Ledige", CellKind::label), text("target_group"), count(128), count(0), count(128),
        count(0), text("yes"), text("LAB § 2, Lov om en aktiv"), text("new/aarhus.toml:40:1")}},
      {"exemption:syg",
       {text("Syg", CellKind::label), text("exemption"), count(3, Hidden::small),
        count(3, Hidden::small), count(0, Hidden::complement), count(0), text("no"), text(""),
        text("")}}};
  ReportTable hours;
  hours.id = "hours_rules";
  hours.columns = {{"key", "Rule", CellKind::label},
                   {"kind", "Kind", CellKind::text},
                   {"people", "People"},
                   {"higher", "Higher"},
                   {"lower", "Lower"},
                   {"other", "Other"},
                   {"edited", "Edited", CellKind::text},
                   {"source", "Source", CellKind::text},
                   {"where", "Where", CellKind::text}};
  hours.rows = {{"hours:jobpakke",
                 {text("Jobpakke", CellKind::label), text("hours"), count(1), count(1), count(0),
                  count(0), text("no"), text("LAB § 3"), text("C:/x,y.toml:7:5")}}};
  conditions.tables = {cond, hours};
  r.sections = {status, conditions};
  return r;
}

}  // namespace

TEST_CASE("diff_github_annotations: a summary, a notice a rule at its line, no hidden value") {
  Report r = sample();
  std::string out = diff_github_annotations(r, std::nullopt);
  CHECK(out ==
        "::notice title=nytte diff::131 of 2000 people changed (aarhus 2022-03 on 2025-09-01 -> "
        "aarhus 2026-12 on 2025-09-01)%0A"
        "Before: aarhus 2022-03 (Aarhus), rules/aarhus.toml, on 2025-09-01%0A"
        "After: aarhus 2026-12 (Aarhus), new/aarhus.toml, on 2025-09-01%0A%0A"
        "Before \\ after  Eligible  Exempt  Total%0A"
        "Eligible            1200      <5      x%0A"
        "Exempt               128     669    797%0A"
        "Total               1328     672   2000\n"
        "::notice file=new/aarhus.toml,line=40,col=1,title=nytte diff%3A target_group "
        "ledige::128 people changed (to yes 0, to no 128, to unknown 0); the rule was edited; "
        "source: "
        "LAB § 2, Lov om en aktiv\n"
        "::notice title=nytte diff%3A exemption syg::<5 people changed (to yes <5, to no x, to "
        "unknown 0)\n"
        "::notice file=C%3A/x%2Cy.toml,line=7,col=5,title=nytte diff%3A hours jobpakke::1 person "
        "changed (higher 1, lower 0, other 0); source: LAB § 3\n");
  // The hidden 3 and the 1203 it would give away appear nowhere.
  CHECK(out.find("1203") == std::string::npos);
  CHECK(out.find("3 people") == std::string::npos);
}

TEST_CASE("diff annotations: --fail-over exceeded is an error; at the limit it is not") {
  Report r = sample();
  CHECK_FALSE(diff_over_limit(r, std::nullopt));
  CHECK_FALSE(diff_over_limit(r, 131));
  CHECK(diff_over_limit(r, 130));
  CHECK(diff_github_annotations(r, 131).find("::error") == std::string::npos);
  std::string out = diff_github_annotations(r, 50);
  CHECK(out.substr(out.rfind("::error")) ==
        "::error title=nytte diff::131 people changed, more than the 50 allowed (--fail-over "
        "50)\n");
  CHECK(diff_github_annotations(r, 0).find("131 people changed, and none may (--fail-over 0)") !=
        std::string::npos);
  // The count a log shows is the report's: hidden when the report hides it,
  // though the limit is checked against the true figure.
  r.changed = 3;
  r.sections[0].tables[0].rows[2].cells[1] = count(3, Hidden::small);
  out = diff_github_annotations(r, 2);
  CHECK(out.find("<5 people changed, more than the 2 allowed") != std::string::npos);
  CHECK(out.find("3 people") == std::string::npos);
}

TEST_CASE("diff_code_quality: an info issue a rule, the fail-over one major, fingerprints apart") {
  Report r = sample();
  std::vector<CodeQualityIssue> issues = diff_code_quality(r, 100);
  REQUIRE(issues.size() == 5);
  CHECK(issues[0].check_name == "nytte-diff/summary");
  CHECK(issues[0].path == "new/aarhus.toml");
  CHECK(issues[0].line == 1);
  CHECK(issues[1].check_name == "nytte-diff/target_group");
  CHECK(issues[1].path == "new/aarhus.toml");
  CHECK(issues[1].line == 40);
  CHECK(issues[1].severity == "info");
  CHECK(issues[1].description ==
        "nytte diff: target_group ledige: 128 people changed (to yes 0, to no 128, to unknown 0); "
        "the rule was edited; source: LAB § 2, Lov om en aktiv");
  // A rule without a place: at the top of the after side's file.
  CHECK(issues[2].path == "new/aarhus.toml");
  CHECK(issues[2].line == 1);
  CHECK(issues[3].path == "C:/x,y.toml");
  CHECK(issues[4].check_name == "nytte-diff/fail-over");
  CHECK(issues[4].severity == "major");
  std::set<std::string> prints;
  for (const CodeQualityIssue& i : issues) prints.insert(code_quality_fingerprint(i));
  CHECK(prints.size() == issues.size());
  std::string json = write_diff_annotations(r, DiffAnnotationFormat::gitlab, std::nullopt);
  CHECK(json.find("fail-over") == std::string::npos);
  CHECK(json.find("\"begin\": 40") != std::string::npos);
  CHECK(json.find("1203") == std::string::npos);
}

TEST_CASE("diff_summary_line and diff_summary_cell: the summary as the report shows it") {
  Report r = sample();
  CHECK(diff_summary_line(r) ==
        "131 of 2000 people changed (aarhus 2022-03 on 2025-09-01 -> aarhus 2026-12 on "
        "2025-09-01)");
  REQUIRE(diff_summary_cell(r, "changed") != nullptr);
  CHECK(diff_summary_cell(r, "changed")->value == 131);
  CHECK(diff_summary_cell(r, "nobody") == nullptr);
  r.sections[0].tables[0].rows[2].cells[1] = count(3, Hidden::small);
  CHECK(diff_summary_line(r).substr(0, 15) == "<5 of 2000 peop");
  Report none;
  CHECK(diff_summary_cell(none, "changed") == nullptr);
  CHECK(diff_summary_line(none) == "? of ? people changed");
  CHECK(diff_fail_over_message(r, 2) ==
        "<5 people changed, more than the 2 allowed (--fail-over 2)");
}

}  // namespace nytte
