// How far a long run has come. The library only counts: the batch loops
// (run_batch, build_packages) call a Progress the caller hands them, and the
// command line decides whether and how to show it (cli/progress.h: on a
// terminal only). Nothing here prints.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace nytte {

// What a stage counts: bytes of input read, people (records) done, or rows
// (of an attendance log).
enum class ProgressUnit : uint8_t { bytes, people, rows };

class Progress {
 public:
  virtual ~Progress() = default;
  // `done` of `total` units of the current stage; `total` 0 when not known
  // (standard input). Called from one thread, as often as is convenient:
  // the receiver decides how often to show it.
  virtual void advance(uint64_t done, uint64_t total) = 0;
};

// The size in bytes of the inputs as the citizen reader reads them (a file,
// the *.toml and *.csv of a directory); 0 when it cannot be known ("-",
// a pipe, a path that cannot be read).
uint64_t input_bytes(const std::vector<std::string>& paths);

// One line of progress, for people:
//   "reading citizens: 45% (54.0 of 120.0 MB), about 8 s left"
//   "building packages: 12% (120000 of 1000000 people), about 1 min 30 s left"
//   "reading citizens: 54.0 MB" (total not known)
// `seconds`: time spent on the stage so far; the estimate of the time left
// (done at the pace so far) is given from 1 s and 1 % on, when it can be.
std::string progress_text(std::string_view stage, ProgressUnit unit, uint64_t done, uint64_t total,
                          double seconds);

}  // namespace nytte
