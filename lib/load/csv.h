// CSV as RFC 4180 and Danish spreadsheets write it: the one row splitter of
// the CSV inputs (citizen files, attendance logs), their numbers, and the
// form of every CSV output (separator and decimal mark).
#pragma once

#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/bytes.h"

namespace nytte::csv {

// A line and column inside the current file (1-based; column in bytes).
struct Where {
  uint32_t line = 0;
  uint32_t column = 0;
};

// One cell of a row: a view into the text (or, for a quoted cell, into the
// splitter's buffer, valid until the next row).
struct Cell {
  const char* data;
  uint32_t size;
  Where at;
  std::string_view text() const { return {data, size}; }
};

// The separator of a CSV input, from its header row: ';' when the row has
// ';' and no ',' (as a Danish spreadsheet exports), else ','.
char separator_of(std::string_view header_line);

// How far a quoted cell that runs over line ends may go: a cell that has not
// closed within this many line ends, or bytes from its opening quote, is
// taken to be a stray quote (docs/citizens.md, "Quotes").
inline constexpr uint32_t kMaxQuotedLines = 100;
inline constexpr size_t kMaxQuotedBytes = size_t{1} << 20;

// Where a row ends: the one rule the chunk cutter, the row splitter and the
// attendance reader share, so that a stray quote costs at most its own row.
// A row ends at the first line end outside a quoted cell. A row that runs
// over line ends (a quoted cell holds one) is kept only when it is well
// formed, has `columns` cells (0: any number) and its quoted cells close
// within the limits above; otherwise its quote is taken to be stray, the row
// is its first line alone, and the next row starts on the next line.
struct RowEnd {
  size_t end = std::string_view::npos;  // the next row's start; npos: read more first
  bool stray = false;                   // the row was cut back to its first line
  size_t quote = 0;  // stray: the opening quote of the cell that runs over its line
};

// The end of the row that starts at text[pos]; `final`: nothing follows the
// text (else npos when the text ends before the rule can decide).
RowEnd row_end(std::string_view text, size_t pos, char separator, size_t columns, bool final);

// What a reader says of a row that row_end() cut back to its first line.
std::string stray_quote_message(size_t columns);

// Splits text into rows of cells, tracking lines and columns. A quoted cell
// may hold the separator, "" (a quote) and line ends; rows end in LF or CRLF,
// as row_end() says, given the header's number of columns (0: any). A row
// that is not well-formed UTF-8 is malformed, reported at the byte.
class RowSplitter {
 public:
  RowSplitter(std::string_view text, uint32_t first_line, char separator, size_t columns = 0)
      : text_(text), line_(first_line), sep_(separator), columns_(columns) {}

  bool done() const { return pos_ >= text_.size(); }
  uint32_t line() const { return line_; }
  // The code of the last malformed row: csv-syntax, csv-stray-quote or invalid-utf8.
  const char* error_code() const { return code_; }

  // The next row's cells; false with `error` (and `error_at`) set when the
  // row is malformed (the row is still consumed). Rows with nothing on them
  // come out with no cells.
  bool row(std::vector<Cell>& cells, std::string& error, Where& error_at);

 private:
  bool line_end(size_t p) const;
  void skip_line_end();
  std::string_view unquoted();
  bool quoted(std::string_view& cell);
  bool plain_row(std::vector<Cell>& cells, bool& ascii);
  bool stray_quote(const RowEnd& e, std::string& error, Where& error_at);
  bool check_utf8(size_t start, uint32_t line, size_t line_start, std::string& error,
                  Where& error_at);

  std::string_view text_;
  size_t pos_ = 0;
  size_t line_start_ = 0;
  uint32_t line_;
  char sep_;
  size_t columns_;
  const char* code_ = "csv-syntax";
  std::string arena_;
};

// The first of [p, end) that is `x` or `y`, or `end`: eight bytes at a time
// (a byte equal to c is a zero byte of w ^ c; the lowest flag marks the
// first, as borrows only run upwards).
inline const char* find_either(const char* p, const char* end, char x, char y) {
  const uint64_t xs = bytes::repeat(x), ys = bytes::repeat(y);
  while (end - p >= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    uint64_t found = bytes::zeros(w ^ xs) | bytes::zeros(w ^ ys);
    if (found) return p + __builtin_ctzll(found) / 8;
    p += 8;
  }
  while (p != end && *p != x && *p != y) ++p;
  return p;
}

// A number cell: "7.5", or with ';' between cells also the decimal comma a
// Danish spreadsheet writes ("7,5"); nullopt for anything else.
std::optional<double> parse_number(std::string_view s, char separator);

// How CSV is written: ',' (the default), or ';' with a decimal comma and
// lists inside a cell joined by '|' (as citizen CSV files are read), for
// Danish spreadsheets.
struct Format {
  char separator = ',';
  bool decimal_comma = false;
  char list_separator = ';';
  // --csv-bom: the file starts with the UTF-8 byte-order mark (start_of below).
  bool bom = false;
  static Format with_separator(char sep) { return sep == ';' ? Format{';', true, '|'} : Format{}; }
};

// The UTF-8 byte-order mark: Excel reads a CSV file as UTF-8 only when it
// starts with one (else as Latin-1: "Sønderborg" becomes "SÃ¸nderborg").
inline constexpr std::string_view kBom = "\xEF\xBB\xBF";
// What a CSV file or stream starts with before its header: the mark once,
// when the format asks for it.
inline std::string_view start_of(const Format& f) {
  return f.bom ? kBom : std::string_view();
}

// Appends a number cell: the shortest form that reads back the same (as
// JSON writes it), with a decimal comma where the format has one.
void number(std::string& out, double v, const Format& f);
// Appends a number already written with a decimal point ("7.5", "37").
void number_text(std::string& out, std::string_view text, const Format& f);

}  // namespace nytte::csv
