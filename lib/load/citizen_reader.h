// Loading citizen records (contract v1 plus the fields a rule set declares)
// from TOML and CSV, streamed: the reading stage cuts inputs into chunks of
// whole records, so memory does not grow with the population, and the chunks
// can be parsed on several threads and put back in input order. See
// docs/citizens.md for the record as the tool reads it.
//
//   ChunkReader::next (one thread) -> parse_chunk (any thread) -> RecordSink
#pragma once

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "model/citizen.h"
#include "model/schema.h"

namespace nytte {

enum class InputFormat : uint8_t { toml, csv };

// One column of a CSV header: the field it fills, and where it was named.
struct CsvColumn {
  std::string name;
  std::optional<Field> builtin;  // a contract field, or else
  size_t declared = 0;           // index into Schema::fields (and Citizen::extra)
  uint32_t column = 1;           // byte column of the header cell, 1-based
};

// The parsed header row of a CSV input.
struct CsvHeader {
  char separator = ',';       // ',' or ';'
  char list_separator = ';';  // inside a cell: ';' with ',' and '|' with ';'
  uint32_t line = 1;          // line of the header row
  std::vector<CsvColumn> columns;
};

// A piece of one input holding whole records, cut by the (sequential) reading
// stage so that records can be parsed on several threads and put back in
// input order.
struct Chunk {
  std::shared_ptr<const std::string> file;  // name for messages ("<stdin>" for "-")
  InputFormat format = InputFormat::toml;
  std::string text;                      // whole records only
  uint32_t first_line = 1;               // line in the file of text's first line
  std::shared_ptr<const CsvHeader> csv;  // CSV: the parsed header of that file
  uint64_t seq = 0;                      // 0,1,2,... over all inputs
};

struct ReaderOptions {
  std::optional<InputFormat> format;  // forced (e.g. for stdin); default: by extension
                                      // (.csv -> csv, else toml); stdin: sniffed
  size_t chunk_bytes = 64 << 10;      // target chunk size: output buffers stay small
  // An input of another kind than citizens, known by its first line that is
  // neither blank nor a comment (`is_other`), is read whole, once, and given
  // to `other` instead (weekly-hours: plan files, from a path, a FIFO or
  // standard input alike). TOML inputs only.
  std::function<bool(std::string_view line)> is_other = {};
  std::function<void(const std::string& name, std::string_view text, uint32_t first_line)> other =
      {};
};

// Reads inputs one after another, in order. A path is a file, a directory
// (every *.toml and *.csv in it, sorted by name, not recursive; each read by
// its extension) or "-" (standard input, read in blocks).
class ChunkReader {
 public:
  ChunkReader(std::vector<std::string> paths, const Schema& schema, ReaderOptions opt = {});
  // Reads one stream named `name` in messages; `in` must outlive the reader.
  ChunkReader(std::istream& in, std::string name, const Schema& schema, ReaderOptions opt = {});
  ~ChunkReader();
  ChunkReader(ChunkReader&&) noexcept;
  ChunkReader& operator=(ChunkReader&&) noexcept;

  // Fills `out` with the next chunk; false at the end of all inputs. Problems
  // with a whole input (unreadable file, bad CSV header, empty directory...)
  // are appended to `errors` and that input is skipped; reading goes on with
  // the next one.
  bool next(Chunk& out, std::vector<Diagnostic>& errors);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// Receives the records of a chunk in input order.
struct RecordSink {
  virtual ~RecordSink() = default;
  virtual void record(const Citizen& c) = 0;
  // One bad record: all the problems found in it (at least one), with
  // file:line:column. The record is not passed to record().
  virtual void bad_record(const std::vector<Diagnostic>& problems) = 0;
};

// Parses one chunk. Thread-safe for different chunks (no shared mutable state).
void parse_chunk(const Chunk& chunk, const Schema& schema, Citizen& scratch, RecordSink& sink);

// Convenience for tests and one-person commands: every record of `paths`, in
// order. A record whose id repeats an earlier one is reported and left out.
struct LoadResult {
  std::vector<Citizen> citizens;
  std::vector<Diagnostic> errors;
};
LoadResult load_citizens(const std::vector<std::string>& paths, const Schema& schema,
                         ReaderOptions opt = {});

}  // namespace nytte
