// Suppression of small counts: counts from 1 to 4, the counts that would
// give them away through a sum, and the figures computed from them.
#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "report/report.h"
#include "report_tables.h"

using namespace nytte;
using namespace nytte::test;

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
  std::vector<ReportRow>& rows = r.sections[0].tables[0].rows;
  for (auto [row, quantity] : {std::pair<size_t, std::string>{0, "a"}, {1, "b"}, {2, "a+b"}})
    rows[row].cells[1].quantity = quantity;
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

TEST_CASE("suppress: sums taken together must not pin a small count down") {
  // Table t: 2 + 53 + 347 = 402; table u: 3 + 40 = 43; and a sum across them
  // (as a diff's "joined" adds cells of several rows of a matrix): q1 + q2 +
  // q3 = 58, shown. Each sum alone has two hidden members, but together
  // they give q3 = 58 - (402 - 347) = 3 unless more is hidden.
  Report r = one_table({2, 53, 347});
  ReportTable& t = r.sections[0].tables[0];
  t.rows[0].cells[1].quantity = "q1";
  t.rows[1].cells[1].quantity = "q2";
  ReportTable u = t;
  u.id = "u";
  u.rows = {row("a", {3}, false, {"q3"}), row("b", {40}), row("total", {43}, true)};
  ReportTable j = t;
  j.id = "j";
  j.additive.clear();
  j.rows = {row("joined", {58}, false, {"j"})};
  r.sections[0].tables.push_back(u);
  r.sections[0].tables.push_back(j);
  r.sums.push_back({{"q1", "q2", "q3"}, "j"});
  suppress(r);
  CHECK(hidden(r, 0, 0) == Hidden::small);
  CHECK(hidden(r, 0, 1) == Hidden::complement);
  CHECK(hidden(r, 1, 0) == Hidden::small);
  CHECK(hidden(r, 1, 1) == Hidden::complement);
  // 43 and then 58 are hidden too: with either shown, q3 is worked out.
  CHECK(hidden(r, 1, 2) == Hidden::complement);
  CHECK(hidden(r, 2, 0) == Hidden::complement);
  CHECK(hidden(r, 0, 2) == Hidden::no);  // 347 and 402 still shown
  CHECK(hidden(r, 0, 3) == Hidden::no);
}
