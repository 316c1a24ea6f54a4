// The shared CSV piece: the row splitter both CSV inputs use, the quote
// tracker that joins a row's lines, numbers with a decimal comma, and the
// form of CSV output (separator and decimal mark).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "csv.h"

using namespace nytte;

namespace {

// The rows of `text` as their cells' texts; a malformed row as "!message".
std::vector<std::vector<std::string>> rows_of(std::string_view text, char sep) {
  csv::RowSplitter rows(text, 1, sep);
  std::vector<csv::Cell> cells;
  std::vector<std::vector<std::string>> out;
  std::string error;
  csv::Where at;
  while (!rows.done()) {
    if (!rows.row(cells, error, at)) {
      out.push_back({"!" + error});
      continue;
    }
    std::vector<std::string> row;
    for (const csv::Cell& c : cells) row.emplace_back(c.text());
    out.push_back(row);
  }
  return out;
}

bool open_after(std::string_view text, char sep = ',') {
  csv::QuoteTracker q(sep);
  q.feed(text);
  return q.open();
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
  CHECK(rows_of("a,\"b\n", ',').front().front().starts_with("!unterminated quoted cell"));
  CHECK(rows_of("a,\"b\"c\n", ',').front().front().starts_with("!unexpected text after"));
}

TEST_CASE("csv: the quote tracker says when a row goes on on the next line") {
  CHECK_FALSE(open_after("a,b\n"));
  CHECK(open_after("a,\"b\n"));
  CHECK_FALSE(open_after("a,\"b\nc\"\n"));
  CHECK(open_after("a,\"b\"\"\n"));          // "" is a quote inside the cell
  CHECK_FALSE(open_after("a,\"b\"\"\"\n"));  // then the closing quote
  CHECK_FALSE(open_after("a,b\"c,d\n"));     // a quote inside a cell opens nothing
  CHECK(open_after("a;\"b\n", ';'));
  CHECK_FALSE(open_after("a,\"b\""));  // a quote at the very end closes the cell
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
