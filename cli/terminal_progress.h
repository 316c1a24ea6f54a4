// Progress of a long run on standard error, for a person at a terminal: one
// line, rewritten in place at most 5 times a second, with a percentage and
// an estimate of the time left where the input's size is known, erased when
// the run ends or something else is printed. Nothing of it when standard
// error is not a terminal or with -q. NYTTE_PROGRESS=always shows it
// anyway (for tests, from the first update on), NYTTE_PROGRESS=never never.
#pragma once

#include <chrono>
#include <string>
#include <string_view>

#include <nytte/progress.h>

namespace nytte::cli {

class TerminalProgress : public StageProgress {
 public:
  explicit TerminalProgress(bool quiet);
  ~TerminalProgress() override;
  TerminalProgress(const TerminalProgress&) = delete;
  TerminalProgress& operator=(const TerminalProgress&) = delete;

  // Starts a stage (its clock is the estimate's); the line shows its name.
  void stage(std::string_view name, ProgressUnit unit) override;
  void advance(uint64_t done, uint64_t total) override;
  // Erases the line, if one is shown (before other output on standard error).
  void clear() override;
  bool enabled() const { return enabled_; }

 private:
  using Clock = std::chrono::steady_clock;
  bool enabled_ = false;
  bool forced_ = false;  // NYTTE_PROGRESS=always: no wait before the first line
  bool shown_ = false;
  std::string stage_;
  ProgressUnit unit_ = ProgressUnit::people;
  Clock::time_point started_, last_;
  bool any_ = false;  // a line of this stage was shown
};

}  // namespace nytte::cli
