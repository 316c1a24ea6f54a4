// What the libFuzzer targets of tests/fuzz share: a schema with a declared
// field of every type, a text dump of a citizen record (every field, so that
// two readers can be compared byte for byte), a sink that dumps what a chunk
// gave, and the checks every reader's messages must pass.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "../citizen_dump.h"
#include "base/diagnostic.h"
#include "condition/condition.h"
#include "load/citizen_reader.h"
#include "model/citizen.h"

namespace nytte::fuzz {

// Stops the run with a message that libFuzzer reports as a crash (the input
// is saved as crash-*), for a broken invariant rather than a memory error.
[[noreturn]] inline void broken(std::string_view what, std::string_view detail = {}) {
  std::fprintf(stderr, "fuzz invariant broken: %.*s\n%.*s\n", static_cast<int>(what.size()),
               what.data(), static_cast<int>(detail.size()), detail.data());
  std::abort();
}

// Built-in fields plus one declared field of each type, constants and codes,
// so that inputs can reach the declared-field paths of every reader.
inline const Schema& rich_schema() {
  static const Schema schema = [] {
    Schema s;
    auto field = [&](std::string name, Type t, std::vector<std::string> codes = {}) {
      DeclaredField f;
      f.name = std::move(name);
      f.type = t;
      f.codes = std::move(codes);
      s.fields.push_back(std::move(f));
    };
    field("flag", Type::boolean);
    field("score", Type::number);
    field("level", Type::string, {"low", "high"});
    field("note", Type::string);
    field("seen", Type::date);
    field("tags", Type::string_list);
    Constant limit;
    limit.name = "limit";
    limit.value.known = true;
    limit.value.type = Type::number;
    limit.value.number = 9;
    s.constants.push_back(limit);
    Constant groups;
    groups.name = "groups";
    groups.value.known = true;
    groups.value.type = Type::string_list;
    groups.value.list = {"kontanthjaelp", "uddannelseshjaelp"};
    s.constants.push_back(groups);
    s.exemption_codes = {"ukraine_special_act", "sygdom"};
    s.track_ids = {"fuldtid", "deltid"};
    return s;
  }();
  return schema;
}

using testing::dump;

// A message about one record must say where: a line inside the input and a
// column (both 1-based).
inline void check_position(const Diagnostic& d, size_t lines_in_input) {
  if (d.pos.line < 1 || d.pos.line > lines_in_input + 1 || d.pos.column < 1) {
    broken("a record's message without a line and column inside the input", d.str());
  }
}

inline size_t count_lines(std::string_view text) {
  size_t n = 1;
  for (char c : text) n += c == '\n';
  return n;
}

// Everything the chunks of an input gave, one line a record or a problem,
// checking the position of every problem on the way.
class DumpSink : public RecordSink {
 public:
  explicit DumpSink(size_t lines) : lines_(lines) {}
  void record(const Citizen& c) override {
    text += dump(c);
    text += '\n';
    ++records;
  }
  void bad_record(const std::vector<Diagnostic>& problems) override {
    if (problems.empty()) broken("bad_record() with no problem");
    for (const Diagnostic& d : problems) {
      check_position(d, lines_);
      text += d.str();
      text += '\n';
    }
    ++bad;
  }
  std::string text;
  size_t records = 0, bad = 0;

 private:
  size_t lines_;
};

// Reads `text` as one input through the reading stage (cut into chunks of
// about `chunk_bytes`) and the parsers, as the subcommands do. Whole-input
// errors are dumped too, after the records.
inline std::string read_all(std::string_view text, InputFormat format, size_t chunk_bytes,
                            size_t* records = nullptr) {
  std::istringstream in{std::string(text)};
  ReaderOptions opt;
  opt.format = format;
  opt.chunk_bytes = chunk_bytes;
  const Schema& schema = rich_schema();
  ChunkReader reader(in, format == InputFormat::csv ? "fuzz.csv" : "fuzz.toml", schema, opt);
  DumpSink sink(count_lines(text));
  Citizen scratch;
  Chunk chunk;
  std::vector<Diagnostic> errors;
  while (reader.next(chunk, errors)) parse_chunk(chunk, schema, scratch, sink);
  for (const Diagnostic& d : errors) sink.text += d.str() + '\n';
  if (records) *records = sink.records;
  return sink.text;
}

}  // namespace nytte::fuzz
