// Standard output, checked at the end of a run: a result that did not reach
// it (a full disk, > /dev/full) is an error, whatever printed it, so that a
// command never exits 0 with its result lost.
#pragma once

#include <string>

namespace nytte {

// Standard output flushed and checked: "" when everything written reached
// it, else what went wrong, as a path's error is said ("standard output:
// cannot write: no space left on device").
std::string stdout_write_error();
// That message for the error number `err` (a failed fclose, say).
std::string stdout_write_message(int err);

}  // namespace nytte
