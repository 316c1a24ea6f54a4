#include "load/attendance.h"

#include <algorithm>
#include <cerrno>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <vector>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "base/io_error.h"
#include "base/plural.h"
#include "load/csv.h"
#include "nytte/i18n.h"

namespace nytte {
namespace {

using RowFn = std::function<void(const AttendanceRow&)>;
using ErrorFn = std::function<void(const Diagnostic&)>;

constexpr std::string_view kStatuses[] = {"present", "sick", "approved_absence", "unexcused"};

std::optional<AttendanceStatus> parse_status(std::string_view s) {
  for (size_t i = 0; i < std::size(kStatuses); ++i) {
    if (s == kStatuses[i]) return static_cast<AttendanceStatus>(i);
  }
  return std::nullopt;
}

std::string status_problem(std::string_view s) {
  std::string hint = did_you_mean(s, {kStatuses[0], kStatuses[1], kStatuses[2], kStatuses[3]});
  if (hint.empty()) {
    return trf("unknown status '{}': expected present, sick, approved_absence or unexcused",
               excerpt(s));
  }
  return trf("unknown status '{}': expected present, sick, approved_absence or unexcused; {}",
             excerpt(s), hint);
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::string hours_problem(double h) {
  return trf("hours must be between 0 and 24 a day, found {}", h);
}

// What both readers share: where rows and problems go, and the counts.
class AttendanceReader {
 protected:
  AttendanceReader(const std::string& file, const RowFn& row, const ErrorFn& error)
      : file_(file), row_(row), error_(error) {}

  void emit(const AttendanceRow& r) {
    ++counts_.rows;
    row_(r);
  }

  void report(uint32_t line, uint32_t column, std::string message) {
    ++counts_.errors;
    error_(
        Diagnostic{Severity::error, {file_, line, column}, std::move(message), "bad-attendance"});
  }

  const std::string& file_;
  const RowFn& row_;
  const ErrorFn& error_;
  AttendanceReadCounts counts_;
};

class CsvAttendance : public AttendanceReader {
 public:
  CsvAttendance(const std::string& file, const RowFn& row, const ErrorFn& error)
      : AttendanceReader(file, row, error) {}

  // Line by line; a row whose quoted cell holds a line end goes on until the
  // cell closes, and counts as one row (numbered by its first line), as
  // csv::row_end() says: a stray quote costs only its own line, and at most
  // csv::kMaxQuotedLines lines are held.
  AttendanceReadCounts read(std::istream& in) {
    std::string line, rows;  // `rows`: whole lines read and not yet used
    uint32_t n = 0, first = 0;
    bool eof = false;
    while (!header_ && std::getline(in, line)) {
      ++n;
      if (n == 1 && line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.find_first_not_of(" \t") == std::string::npos) continue;
      sep_ = csv::separator_of(line);
      if (!parse_header(line, n)) return counts_;
      header_ = true;
    }
    first = n + 1;
    for (;;) {
      size_t nl = rows.find('\n');
      if (nl != std::string::npos && rows.find_first_not_of(" \t\r") >= nl) {
        rows.erase(0, nl + 1);  // a blank line
        ++first;
        continue;
      }
      if (rows.empty() && eof) break;
      csv::RowEnd e = csv::row_end(rows, 0, sep_, columns_, eof);
      if (e.end == std::string::npos) {
        if (std::getline(in, line)) {
          rows += line;
          rows += '\n';
        } else {
          eof = true;
        }
        continue;
      }
      std::string_view row(rows.data(), e.end);
      if (e.stray) {
        report(first, static_cast<uint32_t>(e.quote + 1), csv::stray_quote_message(columns_));
      } else {
        parse_row(row, first);
      }
      first += static_cast<uint32_t>(std::count(row.begin(), row.end(), '\n'));
      rows.erase(0, e.end);
    }
    return counts_;
  }

 private:
  using Cell = csv::Cell;

  // Splits one row (its text, with its line end) at the separator; the
  // cells stay valid until the next row.
  bool split(std::string_view text, uint32_t n) {
    csv::RowSplitter& rows = splitter_.emplace(text, n, sep_, columns_);
    std::string error;
    csv::Where at;
    if (!rows.row(cells_, error, at)) {
      report(at.line, at.column, std::move(error));
      return false;
    }
    return true;
  }

  bool parse_header(const std::string& line, uint32_t n) {
    if (!split(line, n)) return false;
    const std::vector<std::string_view> known = {"id", "date", "offer", "hours", "status"};
    int* slots[] = {&id_, &date_, &offer_, &hours_, &status_};
    for (size_t i = 0; i < cells_.size(); ++i) {
      std::string_view name = trim(cells_[i].text());
      auto it = std::find(known.begin(), known.end(), name);
      if (it == known.end()) {
        std::string hint = did_you_mean(name, known);
        report(n, cells_[i].at.column,
               hint.empty() ? trf("unknown column '{}' (an attendance log has id, date, offer, "
                                  "hours, status)",
                                  excerpt(name))
                            : trf("unknown column '{}' (an attendance log has id, date, offer, "
                                  "hours, status); {}",
                                  excerpt(name), hint));
        return false;
      }
      *slots[it - known.begin()] = static_cast<int>(i);
    }
    columns_ = cells_.size();
    for (std::string_view need : {"id", "date", "hours", "status"}) {
      auto it = std::find(known.begin(), known.end(), need);
      if (*slots[it - known.begin()] < 0) {
        report(n, 1, trf("the header has no '{}' column", need));
        return false;
      }
    }
    return true;
  }

  void parse_row(std::string_view text, uint32_t n) {
    if (!split(text, n)) return;
    if (cells_.size() != columns_) {
      report(n, 1,
             trf("row has {}, the header has {}", plural(cells_.size(), "cell", "cells"),
                 plural(columns_, "column", "columns")));
      return;
    }
    AttendanceRow r;
    r.line = n;
    auto problem = [&](const Cell& c, std::string message) {
      report(c.at.line, c.at.column, std::move(message));
    };
    const Cell& id = cells_[id_];
    if (id.text().empty()) return problem(id, tr("missing id"));
    r.id = id.text();
    const Cell& date = cells_[date_];
    std::optional<Date> d = Date::parse(trim(date.text()));
    if (!d) {
      return problem(date,
                     trf("date must be a date like 2025-09-01, found '{}'", excerpt(date.text())));
    }
    r.date = *d;
    // With ';' between cells, a Danish spreadsheet writes hours as 7,5.
    const Cell& hours = cells_[hours_];
    std::optional<double> h = csv::parse_number(trim(hours.text()), sep_);
    if (!h) {
      return problem(hours, trf("hours must be a number like {}, found '{}'",
                                sep_ == ';' ? "7,4" : "7.4", excerpt(hours.text())));
    }
    if (!(*h >= 0 && *h <= 24)) return problem(hours, hours_problem(*h));
    r.hours = *h;
    const Cell& status = cells_[status_];
    std::optional<AttendanceStatus> s = parse_status(trim(status.text()));
    if (!s) return problem(status, status_problem(status.text()));
    r.status = *s;
    if (offer_ >= 0) r.offer = cells_[offer_].text();
    emit(r);
  }

  char sep_ = ',';
  bool header_ = false;
  std::optional<csv::RowSplitter> splitter_;
  std::vector<Cell> cells_;
  size_t columns_ = 0;
  int id_ = -1, date_ = -1, offer_ = -1, hours_ = -1, status_ = -1;
};

class TomlAttendance : public AttendanceReader {
 public:
  TomlAttendance(const std::string& file, const RowFn& row, const ErrorFn& error)
      : AttendanceReader(file, row, error) {}

  // Reads pieces of about 4096 records, cut at [[attendance]] lines.
  AttendanceReadCounts read(std::istream& in) {
    std::string line, piece;
    uint32_t n = 0, piece_first = 1;
    int records = 0;
    while (std::getline(in, line)) {
      ++n;
      std::string_view l = line;
      size_t p = l.find_first_not_of(" \t");
      bool header = p != std::string_view::npos && l.substr(p).starts_with("[[attendance]]");
      if (header && records >= 4096) {
        parse(piece, piece_first);
        piece.clear();
        piece_first = n;
        records = 0;
      }
      if (header) ++records;
      piece += line;
      piece += '\n';
    }
    parse(piece, piece_first);
    return counts_;
  }

 private:
  void parse(const std::string& piece, uint32_t first) {
    if (piece.empty()) return;
    toml::table doc;
    try {
      doc = toml::parse(piece);
    } catch (const toml::parse_error& e) {
      // Parse record by record so that only the broken one is lost.
      if (!split_and_parse(piece, first, e)) return;
      return;
    }
    read_doc(doc, first);
  }

  bool split_and_parse(const std::string& piece, uint32_t first, const toml::parse_error& whole) {
    std::vector<std::pair<std::string_view, uint32_t>> records;
    std::string_view text = piece;
    size_t start = 0;
    uint32_t line = first, start_line = first;
    for (size_t p = 0; p < text.size();) {
      size_t nl = text.find('\n', p);
      size_t end = nl == std::string_view::npos ? text.size() : nl + 1;
      std::string_view l = text.substr(p, end - p);
      size_t q = l.find_first_not_of(" \t");
      if (p > start && q != std::string_view::npos && l.substr(q).starts_with("[[attendance]]")) {
        records.push_back({text.substr(start, p - start), start_line});
        start = p;
        start_line = line;
      }
      ++line;
      p = end;
    }
    records.push_back({text.substr(start), start_line});
    if (records.size() == 1) {
      syntax(whole, first);
      return false;
    }
    for (auto [rec, at] : records) {
      try {
        toml::table doc = toml::parse(rec);
        read_doc(doc, at);
      } catch (const toml::parse_error& e) {
        syntax(e, at);
      }
    }
    return true;
  }

  void syntax(const toml::parse_error& e, uint32_t first) {
    report(e.source().begin.line + first - 1, e.source().begin.column,
           toml_syntax_message(e.description()));
  }

  void read_doc(const toml::table& doc, uint32_t first) {
    uint32_t offset = first - 1;
    for (auto&& [key, value] : doc) {
      if (key.str() != "attendance" || !value.is_array_of_tables()) {
        std::string hint = did_you_mean(key.str(), {"attendance"});
        report(key.source().begin.line + offset, key.source().begin.column,
               hint.empty() ? trf("unknown top-level key '{}' (an attendance log holds "
                                  "[[attendance]] tables)",
                                  excerpt(key.str()))
                            : trf("unknown top-level key '{}' (an attendance log holds "
                                  "[[attendance]] tables); {}",
                                  excerpt(key.str()), hint));
        continue;
      }
      for (const toml::node& e : *value.as_array()) record(*e.as_table(), offset);
    }
  }

  void record(const toml::table& t, uint32_t offset) {
    uint32_t line = t.source().begin.line + offset;
    auto at = [&](const toml::node& n) { return n.source().begin.line + offset; };
    auto col = [&](const toml::node& n) { return n.source().begin.column; };
    for (auto&& [key, value] : t) {
      static const std::vector<std::string_view> known = {"id", "date", "offer", "hours", "status"};
      if (std::find(known.begin(), known.end(), key.str()) != known.end()) continue;
      std::string hint = did_you_mean(key.str(), known);
      return report(
          key.source().begin.line + offset, key.source().begin.column,
          hint.empty()
              ? trf("unknown key '{}' in {}", excerpt(key.str()), "[[attendance]]")
              : trf("unknown key '{}' in {}; {}", excerpt(key.str()), "[[attendance]]", hint));
    }
    AttendanceRow r;
    r.line = line;
    const toml::node* id = t.get("id");
    if (!id || !id->is_string() || id->as_string()->get().empty()) {
      return report(id ? at(*id) : line, id ? col(*id) : 1, tr("missing id (a non-empty string)"));
    }
    id_ = id->as_string()->get();
    r.id = id_;
    const toml::node* date = t.get("date");
    if (!date || !date->is_date()) {
      return report(date ? at(*date) : line, date ? col(*date) : 1,
                    tr("date must be a TOML date like 2025-09-01"));
    }
    toml::date d = date->as_date()->get();
    r.date = Date::from_ymd(d.year, d.month, d.day);
    const toml::node* hours = t.get("hours");
    std::optional<double> h = hours ? hours->value<double>() : std::nullopt;
    if (!h || !(hours->is_floating_point() || hours->is_integer())) {
      return report(hours ? at(*hours) : line, hours ? col(*hours) : 1,
                    tr("hours must be a number like 7.4"));
    }
    if (!(*h >= 0 && *h <= 24)) return report(at(*hours), col(*hours), hours_problem(*h));
    r.hours = *h;
    const toml::node* status = t.get("status");
    if (!status || !status->is_string()) {
      return report(status ? at(*status) : line, status ? col(*status) : 1,
                    tr("status must be a string: present, sick, approved_absence or unexcused"));
    }
    std::optional<AttendanceStatus> s = parse_status(status->as_string()->get());
    if (!s) return report(at(*status), col(*status), status_problem(status->as_string()->get()));
    r.status = *s;
    if (const toml::node* o = t.get("offer"); o && o->is_string()) {
      offer_ = o->as_string()->get();
      r.offer = offer_;
    }
    emit(r);
  }

  std::string id_, offer_;
};

bool ends_with_csv(const std::string& path) {
  if (path.size() < 4) return false;
  std::string ext = path.substr(path.size() - 4);
  for (char& ch : ext) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return ext == ".csv";
}

AttendanceReadCounts read_stream(std::istream& in, const std::string& file, bool csv,
                                 const RowFn& row, const ErrorFn& error) {
  if (csv) return CsvAttendance(file, row, error).read(in);
  return TomlAttendance(file, row, error).read(in);
}

}  // namespace

AttendanceReadCounts read_attendance_text(std::string_view text, const std::string& file, bool csv,
                                          const RowFn& row, const ErrorFn& error) {
  std::istringstream in{std::string(text)};
  return read_stream(in, file, csv, row, error);
}

AttendanceReadCounts read_attendance(const std::string& path, const RowFn& row,
                                     const ErrorFn& error) {
  if (path == "-") {
    // Standard input: CSV unless the first line that is not blank looks like TOML.
    std::string first;
    std::string head;
    while (std::getline(std::cin, first)) {
      head += first + "\n";
      if (first.find_first_not_of(" \t\r") != std::string::npos) break;
    }
    size_t p = first.find_first_not_of(" \t");
    bool toml = p != std::string::npos && (first[p] == '[' || first[p] == '#');
    std::string rest((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    std::istringstream in(head + rest);
    return read_stream(in, "<stdin>", !toml, row, error);
  }
  // A larger read buffer than the stream's own, owned by this read (declared
  // first, so it outlives the stream that uses it).
  constexpr size_t kBuffer = 1 << 20;
  std::unique_ptr<char[]> buffer = std::make_unique_for_overwrite<char[]>(kBuffer);
  std::ifstream in(path, std::ios::binary);
  if (!in) fail_io(path, Io::read, errno);
  in.rdbuf()->pubsetbuf(buffer.get(), static_cast<std::streamsize>(kBuffer));
  return read_stream(in, path, ends_with_csv(path), row, error);
}

}  // namespace nytte
