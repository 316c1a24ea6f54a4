// Citizen TOML files with every record read by toml++ (citizen_toml.cc), the
// plain reader switched off: the path that gives the messages users see.
#include "fuzz_support.h"
#include "load/citizen_fields.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace nytte;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  Chunk chunk;
  chunk.file = std::make_shared<const std::string>("fuzz.toml");
  chunk.format = InputFormat::toml;
  chunk.text = std::string(text);
  fuzz::DumpSink sink(fuzz::count_lines(text));
  Citizen scratch;
  citizen_fields::parse_toml_chunk(chunk, fuzz::rich_schema(), scratch, sink, false);
  return 0;
}
