// How far a long run has come: the progress types are the public face's
// (nytte/progress.h); what the runs measure their inputs by is here.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "nytte/progress.h"

namespace nytte {

// The size in bytes of the inputs as the citizen reader reads them (a file,
// the *.toml and *.csv of a directory); 0 when it cannot be known ("-",
// a pipe, a path that cannot be read).
uint64_t input_bytes(const std::vector<std::string>& paths);

}  // namespace nytte
