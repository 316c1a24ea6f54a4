// Bad usage of a command (options that do not fit together, a value that is
// not a date): reported as "nytte: message", exit code 2.
#pragma once

#include <stdexcept>

namespace nytte {

struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace nytte
