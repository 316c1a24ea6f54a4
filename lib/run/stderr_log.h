// Standard error of a run, bounded whatever the size of the batch: the first
// lines of each kind are printed as examples (10 by default), every one is
// counted, and the run ends with what was not shown, by kind, so nothing is
// dropped silently (docs: README.md, "Standard error").
//
// A kind is an error's code ("wrong-type", "duplicate-id", ...) or an
// outcome a command reports person by person ("short", "no package"). Every
// line has the one form of standard error (message_line in nytte/error.h):
// "nytte: error: file:line:column: ..." or "nytte: warning: ...".
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <cstdio>

#include "base/diagnostic.h"
#include "nytte/progress.h"

namespace nytte {

class StderrLog {
 public:
  static constexpr uint64_t kExamples = 10;
  // `progress`, when given, is cleared before a line is written to `to`.
  explicit StderrLog(StageProgress* progress = nullptr, uint64_t examples = kExamples,
                     std::FILE* to = stderr);

  // An input error, of the kind of its code: counted in errors().
  void error(const Diagnostic& d);
  // A bad record: every problem shown (as far as the bound allows), one error counted.
  void bad_record(const std::vector<Diagnostic>& problems);
  // A problem with one person's outcome (a short package, none), of kind
  // `kind`: written as a warning, not counted as an error.
  void outcome(std::string_view kind, const SourcePos& pos, std::string message);

  uint64_t errors() const { return errors_; }
  // Quiet: every line counted, none printed.
  void set_quiet(bool quiet) { quiet_ = quiet; }

  // The lines not shown, by kind, when there are any:
  //   nytte: 9990 more errors not shown (wrong-type 9000, duplicate-id 990)
  //   nytte: 1980 more lines not shown (short 990, no package 990); <hint>
  // `hint` says where every outcome can be found (e.g. "--shortfalls FILE
  // lists every short person"); empty: none.
  // True when some line was not shown.
  bool print_hidden(std::string_view hint = {}) const;

 private:
  struct Kind {
    uint64_t count = 0;
    bool error = false;
  };
  void line(std::string_view kind, bool error, std::string_view text);

  StageProgress* progress_;
  uint64_t examples_;
  uint64_t errors_ = 0;
  std::FILE* to_;
  bool quiet_ = false;
  std::map<std::string, Kind, std::less<>> kinds_;
};

// Counts of reasons, for a summary line: reasons that differ only in their
// figures (dates, hours, counts) are one reason.
class ReasonTally {
 public:
  void add(std::string_view reason);
  bool empty() const { return counts_.empty(); }
  // "no seats left 800; the slots open ... add up to N:N 150; 3 other reasons 12",
  // the most frequent first (at most `most` of them named).
  std::string str(size_t most = 8) const;

 private:
  std::map<std::string, uint64_t, std::less<>> counts_;
};

// A reason cut at its first ": " or "; " (what follows is a list of ids or
// fields, or another reason), with dates, times and numbers as <date>,
// <h:mm> and N: "no seats left: a, b" -> "no seats left".
std::string reason_kind(std::string_view reason);

}  // namespace nytte
