// An input read whole and in chunks must give the same: the reading stage
// (citizen_reader.cc) cuts inputs into chunks of whole records for the
// parser threads, and where it cuts must not change a record, a position or
// a message. The first byte picks the format (even: CSV, odd: TOML) and the
// chunk size (1 to 128 bytes); the rest is the input, read also as one chunk.
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace nytte;
  if (size < 1) return 0;
  InputFormat format = data[0] % 2 == 0 ? InputFormat::csv : InputFormat::toml;
  size_t chunk = static_cast<size_t>(data[0] / 2) + 1;
  std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  size_t whole_records = 0, chunked_records = 0;
  std::string whole = fuzz::read_all(text, format, 4 << 20, &whole_records);
  std::string chunked = fuzz::read_all(text, format, chunk, &chunked_records);
  if (whole != chunked) {
    fuzz::broken("reading whole and in chunks disagree",
                 fmt::format("chunk size {}\nwhole ({} records):\n{}in chunks ({} records):\n{}",
                             chunk, whole_records, whole, chunked_records, chunked));
  }
  return 0;
}
