// Internal to the citizen reader (citizen_reader.cc, citizen_toml.cc,
// citizen_csv.cc): what a value of each field must be, shared by the TOML and
// the CSV parser so that both accept and reject the same values with the same
// words. Not part of the library's interface.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "load/citizen_reader.h"
#include "load/csv.h"
#include "model/citizen.h"
#include "model/schema.h"

namespace nytte::citizen_fields {

// How a field's value is written: the TOML type, and how a CSV cell is read.
enum class Shape : uint8_t {
  text,        // string
  integer,     // integer
  number,      // float; integers are accepted
  date,        // date
  boolean,     // boolean (born_in_denmark, declared bool fields)
  text_list,   // array of strings
  periods,     // benefit_history: array of {benefit, from, to}
  unavailable  // array of {day, from, to}
};
Shape shape_of(Field f);
Shape shape_of(Type t);
// "a string", "an integer", ... for "must be ..., found ..." messages.
std::string_view shape_words(Shape s);

// A field of the record: built in, or declared by the rule set.
struct FieldRef {
  std::optional<Field> builtin;
  size_t declared = 0;  // index into Schema::fields when !builtin
};
std::optional<FieldRef> find_any_field(std::string_view name, const Schema& schema);
std::string_view field_name(const FieldRef& f, const Schema& schema);
Shape shape_of(const FieldRef& f, const Schema& schema);
// "unknown field 'benfit'; did you mean 'benefit'?"
std::string unknown_field_message(std::string_view name, const Schema& schema);
// The same of a CSV header's cell: "unknown column 'benfit'; did you mean ...".
std::string unknown_column_message(std::string_view name, const Schema& schema);

// A line and column inside the current file (1-based; column in bytes).
using csv::Where;

// Turns a column counted in code points (as toml++ counts) into a byte column.
class ColumnMap {
 public:
  virtual ~ColumnMap() = default;
  virtual Where fix(Where at) = 0;
};

// The problems of one record, kept in the order of their position.
class Problems {
 public:
  explicit Problems(const std::string* file, ColumnMap* map = nullptr) : file_(file), map_(map) {}
  void add(Where at, std::string message, std::string_view code);
  bool empty() const { return list_.empty(); }
  void clear() { list_.clear(); }
  // Sorted by line and column (stable).
  const std::vector<Diagnostic>& sorted();

 private:
  const std::string* file_;
  ColumnMap* map_;
  std::vector<Diagnostic> list_;
};

// Where the fields that are checked together were written.
struct Marks {
  Where record;  // start of the record
  Where id, cpr, birth_date, sex, first_entry_date;
};

// Why a value was refused: a whole message, and a stable code for scripts.
struct Fault {
  std::string message;
  std::string_view code = "invalid-value";
};

// Setters: each checks the value and stores it in `c`, or returns false with
// `why` set. Text is taken as written (TOML string, CSV cell content); codes
// in Danish spelling are stored canonical.
bool set_text(const FieldRef& f, std::string_view v, const Schema& schema, Citizen& c, Fault& why);
bool set_integer(const FieldRef& f, int64_t v, const Schema& schema, Citizen& c, Fault& why);
bool set_number(const FieldRef& f, double v, const Schema& schema, Citizen& c, Fault& why);
bool set_date(const FieldRef& f, Date d, Citizen& c);
bool set_boolean(const FieldRef& f, bool v, Citizen& c);

// The memory of the list fields of earlier records, kept for the next
// record's lists so that reading allocates nothing a record once warm; a
// chunk's reader owns one.
struct ListMemory {
  std::vector<BenefitPeriod> benefit_history;
  std::vector<DanishTest> danish_tests;
  std::vector<std::string> exemptions;
  std::vector<UnavailableBlock> unavailable;
};

// Starts a list field (present, empty) so that an empty list is not "missing".
void start_list(const FieldRef& f, Citizen& c, ListMemory& lists);
bool add_list_item(const FieldRef& f, std::string_view v, const Schema& schema, Citizen& c,
                   Fault& why);

std::optional<Benefit> parse_benefit(std::string_view v, Fault& why);
std::optional<Weekday> parse_day(std::string_view v, Fault& why);
// The checks on one benefit period or unavailable block ("from" before "to").
bool check_period(const BenefitPeriod& p, Fault& why);
bool check_block(const UnavailableBlock& b, Fault& why);

// The list of an optional list field, present and empty, reusing its memory
// or the memory reset() kept in `spare` (a member of ListMemory).
template <class T>
std::vector<T>& fresh_list(std::optional<std::vector<T>>& list, std::vector<T>& spare) {
  if (list) {
    list->clear();
  } else {
    list.emplace(std::move(spare));
    list->clear();
    spare = std::vector<T>();
  }
  return *list;
}

// Empties `c` for the next record, its lists' memory kept in `lists`, and
// sizes `extra` for the schema.
void reset(Citizen& c, const Schema& schema, ListMemory& lists);

// Record-level checks once every field is read: `id` present and non-empty,
// CPR against birth_date and sex (filling those from the CPR when missing),
// first_entry_date not before birth_date.
void finish_record(Citizen& c, const Marks& m, Problems& problems);

// Parses "YYYY-MM-DD" and "HH:MM[:SS]" in CSV cells.
std::optional<Date> parse_date_text(std::string_view v);
std::optional<TimeOfDay> parse_time_text(std::string_view v);

// True for a line that starts a record: "[[citizen]]", spaces allowed.
bool is_citizen_header(std::string_view line);

// The fast reader of plain [[citizen]] records (citizen_toml_plain.cc): one
// `key = value` a line, values on one line except arrays. It takes only what
// is certainly valid TOML and a good record, and declines everything else
// (other syntax, any problem in the record), so that the record is read with
// toml++ and its messages: both readers give the same records and messages.
class PlainTomlReader {
 public:
  explicit PlainTomlReader(const Schema& schema) : schema_(schema) {}
  enum class Result : uint8_t {
    record,   // `c` holds the record (its position is the caller's to set)
    nothing,  // blank and comment lines only
    declined  // read it with toml++
  };
  // `piece`: a record from its [[citizen]] line up to the next one, or the
  // lines before the first record.
  Result read(std::string_view piece, Citizen& c);
  // The field each key named, by its place in the record.
  using Keys = std::vector<std::pair<std::string, std::optional<FieldRef>>>;

 private:
  const Schema& schema_;
  Keys keys_;
  ListMemory lists_;
};

// The parsers behind parse_chunk (citizen_toml.cc, citizen_csv.cc).
// `plain_reader` false reads every record with toml++ (for tests comparing the
// two readers).
void parse_toml_chunk(const Chunk& chunk, const Schema& schema, Citizen& c, RecordSink& sink,
                      bool plain_reader = true);
void parse_csv_chunk(const Chunk& chunk, const Schema& schema, Citizen& c, RecordSink& sink);

// The header row of a CSV input (without its line end), or nullopt with the
// problems appended to `errors`.
std::optional<CsvHeader> parse_csv_header(std::string_view row, uint32_t line, char separator,
                                          const Schema& schema, const std::string& file,
                                          std::vector<Diagnostic>& errors);

}  // namespace nytte::citizen_fields
