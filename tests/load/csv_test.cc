// The shared CSV piece: the row splitter both CSV inputs use, the rule that
// says where a row ends (and resynchronises after a stray quote), numbers with a decimal comma, and
// the form of CSV output (separator and decimal mark).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <fmt/format.h>

#include "load/csv.h"

using namespace nytte;

namespace {

// The rows of `text` as their cells' texts; a malformed row as "!message".
std::vector<std::vector<std::string>> rows_of(std::string_view text, char sep, size_t columns = 0) {
  csv::RowSplitter rows(text, 1, sep, columns);
  std::vector<csv::Cell> cells;
  std::vector<std::vector<std::string>> out;
  std::string error;
  csv::Where at;
  while (!rows.done()) {
    if (!rows.row(cells, error, at)) {
      out.push_back({"!" + error, fmt::format("{}:{}", at.line, at.column)});
      continue;
    }
    std::vector<std::string> row;
    for (const csv::Cell& c : cells) row.emplace_back(c.text());
    out.push_back(row);
  }
  return out;
}

// Where each row starts, by row_end() over the whole text.
std::vector<size_t> row_starts(std::string_view text, size_t columns, char sep = ',') {
  std::vector<size_t> out;
  for (size_t p = 0; p < text.size();) {
    out.push_back(p);
    csv::RowEnd e = csv::row_end(text, p, sep, columns, true);
    REQUIRE(e.end != std::string_view::npos);
    REQUIRE(e.end > p);
    p = e.end;
  }
  return out;
}

}  // namespace

TEST_CASE("csv: the separator is ';' only when the header has ';' and no ','") {
  CHECK(csv::separator_of("id;date;hours") == ';');
  CHECK(csv::separator_of("id,date,hours") == ',');
  CHECK(csv::separator_of("id,\"a;b\"") == ',');
  CHECK(csv::separator_of("id") == ',');
}

TEST_CASE("csv: rows split at ';', quoted cells over lines, CRLF") {
  auto rows = rows_of("a;\"b;c\";7,5\r\nd;\"line 1\nline 2\";\r\n\n\"x\"\"y\"\n", ';');
  REQUIRE(rows.size() == 4);
  CHECK(rows[0] == std::vector<std::string>{"a", "b;c", "7,5"});
  CHECK(rows[1] == std::vector<std::string>{"d", "line 1\nline 2", ""});
  CHECK(rows[2].empty());  // a blank line
  CHECK(rows[3] == std::vector<std::string>{"x\"y"});
}

TEST_CASE("csv: a quoted cell that never closes, and text after a closing quote") {
  CHECK(rows_of("a,\"b", ',').front().front().starts_with("!unterminated quoted cell"));
  CHECK(rows_of("a,\"b\n", ',').front().front().starts_with("!stray quote"));
  CHECK(rows_of("a,\"b\"c\n", ',').front().front().starts_with("!unexpected text after"));
}

TEST_CASE("csv: a row ends at a line end outside quotes, and goes on inside them") {
  CHECK(row_starts("a,b\nc,d\n", 2) == std::vector<size_t>{0, 4});
  CHECK(row_starts("a,\"b\nc\"\nd,e\n", 2) == std::vector<size_t>{0, 8});
  CHECK(row_starts("a,\"b\"\"\nc\"\nd,e\n", 2) == std::vector<size_t>{0, 10});  // "" in the cell
  CHECK(row_starts("a,b\"c\nd,e\n", 2) == std::vector<size_t>{0, 6});  // a quote inside a cell
  CHECK(row_starts("a;\"b\nc\"\r\nd;e\r\n", 2, ';') == std::vector<size_t>{0, 9});
  CHECK(row_starts("a,\"b\"", 2) == std::vector<size_t>{0});
  // Not final: the text may go on, and a row is not cut before it is known.
  CHECK(csv::row_end("a,\"b\nc", 0, ',', 2, false).end == std::string_view::npos);
  CHECK(csv::row_end("a,\"b\"", 0, ',', 2, false).end == std::string_view::npos);
  CHECK(csv::row_end("a,b", 0, ',', 2, false).end == std::string_view::npos);
  CHECK(csv::row_end("a,b\n", 0, ',', 2, false).end == 4);
}

TEST_CASE("csv: a stray quote costs only its own line") {
  // Nothing closes it: the row is its line, the next line the next row.
  CHECK(row_starts("1,\"x\n2,y\n3,z\n", 2) == std::vector<size_t>{0, 5, 9});
  // Closed by a later quote into text after the closing quote.
  CHECK(row_starts("1,\"x\n2,y\n3,\"z\"\n", 2) == std::vector<size_t>{0, 5, 9});
  // Closed into a row of the wrong number of cells.
  CHECK(row_starts("1,\"x\n2,y\n3,z\",w\n", 2) == std::vector<size_t>{0, 5, 9});
  // Closed into a row of the header's number of cells, but a line of the cell
  // would be a whole row on its own.
  CHECK(row_starts("1,\"x\n2,y\n3,z\"\n", 2) == std::vector<size_t>{0, 5, 9});
  CHECK(row_starts("1,2,\"x\n3,4,y\"\n", 3) == std::vector<size_t>{0, 7});
  // Lines of a cell with fewer separators are text in it; with one column, always.
  CHECK(row_starts("1,2,\"x\n3,4y\n\ny\"\n", 3) == std::vector<size_t>{0});
  CHECK(row_starts("1,\"x\ny\n\"\"z\"\n", 2) == std::vector<size_t>{0});
  CHECK(row_starts("\"x\ny\"\n", 1) == std::vector<size_t>{0});
  // Over kMaxQuotedLines lines is a stray quote, even when a quote closes it at last.
  std::string many = "1,\"x\n";  // then 99 lines: 100 line ends in the cell so far
  for (uint32_t i = 1; i < csv::kMaxQuotedLines; ++i) many += "y\n";
  CHECK(row_starts(many + "z\"\n", 2).size() == 1);
  CHECK(row_starts(many + "y\nz\"\n", 2).size() == csv::kMaxQuotedLines + 2);
  // A bounded look ahead: decided before the text ends.
  csv::RowEnd far = csv::row_end(many + "y\ny\n", 0, ',', 2, false);
  CHECK(far.stray);
  CHECK(far.end == 5);
  std::string wide = "1,\"x\n" + std::string(csv::kMaxQuotedBytes, 'y');
  CHECK(csv::row_end(wide, 0, ',', 2, false).stray);
}

TEST_CASE("csv: the splitter reports a stray quote at it and reads the next line") {
  auto rows = rows_of("1,\"x\n2,y\n3,\"two\nlines\"\n4,z\n", ',', 2);
  REQUIRE(rows.size() == 4);
  CHECK(rows[0][0] ==
        "!stray quote: the quoted cell opened here does not close as a cell over "
        "several lines would (within 100 lines, into a row of 2 cells, no line of "
        "it a row on its own); this line alone is the row, the next line starts "
        "the next");
  CHECK(rows[0][1] == "1:3");
  CHECK(rows[1] == std::vector<std::string>{"2", "y"});
  CHECK(rows[2] == std::vector<std::string>{"3", "two\nlines"});
  CHECK(rows[3] == std::vector<std::string>{"4", "z"});
}

TEST_CASE("csv: a row that is not UTF-8 is reported at its byte") {
  auto rows = rows_of("a,K\xf8ge\nb,K\xc3\xb8ge\nc,\"x\ny\xc3\"\nd,\xed\xa0\x80\n", ',', 2);
  REQUIRE(rows.size() == 4);
  CHECK(rows[0][0] ==
        "!invalid UTF-8 (byte 0xF8): CSV inputs are read as UTF-8; save the file as "
        "\"CSV UTF-8\" (a spreadsheet's other CSV forms write Windows-1252); this "
        "row was skipped");
  CHECK(rows[0][1] == "1:4");
  CHECK(rows[1] == std::vector<std::string>{"b", "K\xc3\xb8ge"});
  CHECK(rows[2][1] == "4:2");  // inside a quoted cell over two lines
  CHECK(rows[3][1] == "5:3");  // a surrogate
  // Rows split 16 bytes at a time are checked as well.
  auto wide = rows_of("abcdefghijklmnopqrstuvwxyz,abcdefghijklmnopqrstuvwxyz\xff\n", ',', 2);
  CHECK(wide[0][1] == "1:54");
}

TEST_CASE("csv: numbers, with a decimal comma after ';'") {
  CHECK(csv::parse_number("7.5", ',') == 7.5);
  CHECK(csv::parse_number("7.5", ';') == 7.5);
  CHECK(csv::parse_number("7,5", ';') == 7.5);
  CHECK(csv::parse_number("37", ';') == 37);
  CHECK_FALSE(csv::parse_number("7,5", ','));
  CHECK_FALSE(csv::parse_number("", ';'));
  CHECK_FALSE(csv::parse_number("seven", ';'));
}

TEST_CASE("csv: output with ',' or with ';' and a decimal comma") {
  csv::Format comma = csv::Format::with_separator(','), danish = csv::Format::with_separator(';');
  CHECK(comma.separator == ',');
  CHECK(comma.list_separator == ';');
  CHECK(danish.separator == ';');
  CHECK(danish.list_separator == '|');
  std::string s;
  csv::number(s, 7.5, comma);
  s += comma.separator;
  csv::number(s, 7.5, danish);
  s += danish.separator;
  csv::number(s, 37, danish);
  s += danish.separator;
  csv::number_text(s, "0.33", danish);
  CHECK(s == "7.5,7,5;37;0,33");
}
