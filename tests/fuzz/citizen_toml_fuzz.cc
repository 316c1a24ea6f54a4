// Citizen TOML files as the subcommands read them: each [[citizen]] record
// taken by the fast plain reader (citizen_toml_plain.cc) when it can, else
// read with toml++ (citizen_toml.cc). No crash, no sanitizer report, and
// every message about a record names a line and column.
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  nytte::fuzz::read_all(text, nytte::InputFormat::toml, 64 << 10);
  return 0;
}
