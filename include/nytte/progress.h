// How far a long run has come. The library only counts: a run calls the
// StageProgress its caller hands it, stage by stage ("reading citizens",
// "building packages"), and the caller decides whether and how to show it
// (the command line: on a terminal only, cli/terminal_progress.h).
// NoProgress shows nothing. Nothing in the library prints progress.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

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

// A Progress that goes through named stages and is cleared before another
// line is written to standard error.
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

// One line of progress, for people:
//   "reading citizens: 45% (54.0 of 120.0 MB), about 8 s left"
//   "building packages: 12% (120000 of 1000000 people), about 1 min 30 s left"
//   "reading citizens: 54.0 MB" (total not known)
// `seconds`: time spent on the stage so far; the estimate of the time left
// (done at the pace so far) is given from 1 s and 1 % on, when it can be.
std::string progress_text(std::string_view stage, ProgressUnit unit, uint64_t done, uint64_t total,
                          double seconds);

}  // namespace nytte
