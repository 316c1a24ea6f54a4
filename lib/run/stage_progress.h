// The progress of a command's run: a Progress that goes through named stages
// ("reading citizens", "building packages") and is cleared before another
// line is written to standard error. The command line shows it on a
// terminal (cli/terminal_progress.h); NoProgress shows nothing.
#pragma once

#include <string_view>

#include "run/progress.h"

namespace nytte {

class StageProgress : public Progress {
 public:
  // Starts a stage: what `advance` counts from now on, in `unit`.
  virtual void stage(std::string_view name, ProgressUnit unit) = 0;
  // Erases what is shown, if anything (before other output on standard error).
  virtual void clear() = 0;
};

class NoProgress : public StageProgress {
 public:
  void stage(std::string_view, ProgressUnit) override {}
  void advance(uint64_t, uint64_t) override {}
  void clear() override {}
};

}  // namespace nytte
