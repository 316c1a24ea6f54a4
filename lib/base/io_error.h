// What nytte says when the system refuses to read or write a path, in one
// wording for every reader and writer, the path first (message_line):
//   nytte: error: no/such.toml: cannot read: no such file or directory
//   nytte: error: /dev/full: cannot write: no space left on device
#pragma once

#include <string>
#include <string_view>

namespace nytte {

enum class Io { read, write };

// "cannot read: no such file or directory": strerror(err) begun in lower
// case, as nytte's messages are (EIO where err is 0: no reason known).
std::string io_message(Io io, int err);
// The same with a reason in words ("a file of another kind is in the way").
std::string io_message(Io io, std::string_view why);

// Throws Error at `path` as a whole (no line) with io_message, code "io".
[[noreturn]] void fail_io(const std::string& path, Io io, int err);
[[noreturn]] void fail_io(const std::string& path, Io io, std::string_view why);

}  // namespace nytte
