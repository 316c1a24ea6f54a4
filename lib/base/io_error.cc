#include "base/io_error.h"

#include <cerrno>
#include <cstring>

#include <fmt/format.h>

#include "base/diagnostic.h"

namespace nytte {

std::string io_message(Io io, std::string_view why) {
  std::string w(why);
  // "No such file or directory" -> "no such ...", but not an acronym ("EOF").
  if (w.size() > 1 && w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'a' && w[1] <= 'z')
    w[0] = static_cast<char>(w[0] - 'A' + 'a');
  return fmt::format("cannot {}: {}", io == Io::read ? "read" : "write", w);
}

std::string io_message(Io io, int err) {
  return io_message(io, std::strerror(err ? err : EIO));
}

void fail_io(const std::string& path, Io io, int err) {
  fail({path, 0, 0}, io_message(io, err), "io");
}

void fail_io(const std::string& path, Io io, std::string_view why) {
  fail({path, 0, 0}, io_message(io, why), "io");
}

}  // namespace nytte
