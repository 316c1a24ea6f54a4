// Citizen CSV files: any bytes, read as the subcommands read a .csv input
// (header row, separator, quoted cells, chunks of whole rows). No crash, no
// sanitizer report, and every message about a row names a line and column.
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  nytte::fuzz::read_all(text, nytte::InputFormat::csv, 64 << 10);
  return 0;
}
