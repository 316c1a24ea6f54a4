// The two TOML citizen readers must agree: the plain reader takes only what
// is certainly valid TOML and a good record and declines the rest to toml++
// (citizen_fields.h), so reading a text with it (and toml++ behind it) and
// with toml++ alone gives the same records, fields, positions and messages.
#include "fuzz_support.h"
#include "load/citizen_fields.h"

namespace {

std::string read_with(std::string_view text, bool plain) {
  using namespace nytte;
  Chunk chunk;
  chunk.file = std::make_shared<const std::string>("fuzz.toml");
  chunk.format = InputFormat::toml;
  chunk.text = std::string(text);
  fuzz::DumpSink sink(fuzz::count_lines(text));
  Citizen scratch;
  citizen_fields::parse_toml_chunk(chunk, fuzz::rich_schema(), scratch, sink, plain);
  return sink.text;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::string plain = read_with(text, true);
  std::string tomlpp = read_with(text, false);
  if (plain != tomlpp) {
    nytte::fuzz::broken("the plain TOML reader and toml++ disagree",
                        "plain reader:\n" + plain + "toml++:\n" + tomlpp);
  }
  return 0;
}
