#include "terminal_progress.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>

#include <fmt/format.h>

namespace nytte::cli {

TerminalProgress::TerminalProgress(bool quiet) {
  const char* env = std::getenv("NYTTE_PROGRESS");
  std::string_view mode = env ? env : "";
  forced_ = mode == "always";
  enabled_ = !quiet && mode != "never" && (forced_ || isatty(fileno(stderr)));
}

TerminalProgress::~TerminalProgress() {
  clear();
}

void TerminalProgress::stage(std::string_view name, ProgressUnit unit) {
  stage_ = name;
  unit_ = unit;
  started_ = Clock::now();
  any_ = false;
}

void TerminalProgress::advance(uint64_t done, uint64_t total) {
  if (!enabled_) return;
  Clock::time_point now = Clock::now();
  // A run that ends within a second shows nothing; then 5 updates a second.
  if (!forced_ && now - started_ < std::chrono::seconds(1)) return;
  if (any_ && now - last_ < std::chrono::milliseconds(200)) return;
  last_ = now;
  any_ = true;
  double seconds = std::chrono::duration<double>(now - started_).count();
  fmt::print(stderr, "\r\x1b[K{}", progress_text(stage_, unit_, done, total, seconds));
  std::fflush(stderr);
  shown_ = true;
}

void TerminalProgress::clear() {
  if (!shown_) return;
  fmt::print(stderr, "\r\x1b[K");
  std::fflush(stderr);
  shown_ = false;
}

}  // namespace nytte::cli
