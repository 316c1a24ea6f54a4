// What can go wrong, as the library reports it. An input that cannot be used
// (a rule file, an unreadable path, an output that cannot be written) throws
// Error, whose Diagnostic carries the file, line and column; options that do
// not fit together throw UsageError. The command line prints either on
// standard error and exits 2.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace nytte {

// A place in an input file; line and column count from 1 (column in bytes of
// UTF-8, as compilers do). line 0 means "the file as a whole".
struct SourcePos {
  std::string file;
  uint32_t line = 0;
  uint32_t column = 0;
  std::string str() const;  // "file:line:column"
};

enum class Severity : uint8_t { error, warning, note };

struct Diagnostic {
  Severity severity = Severity::error;
  SourcePos pos;
  std::string message;  // what is wrong, and what was expected
  std::string code;     // stable id for scripts, e.g. "unknown-field"

  // "file:line:column: error: message", the form editors and compilers use
  // (validate's result); standard error has message_line's form.
  std::string str() const;
};

// Thrown where a whole input (a rule file, an unreadable path) cannot be used.
class Error : public std::runtime_error {
 public:
  explicit Error(Diagnostic d) : std::runtime_error(d.str()), diagnostic_(std::move(d)) {}
  const Diagnostic& diagnostic() const { return diagnostic_; }

 private:
  Diagnostic diagnostic_;
};

// Bad usage of a command (options that do not fit together, a value that is
// not a date): reported as "nytte: error: message", exit code 2.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// The one form of every message nytte writes on standard error, as git and
// ripgrep write theirs: "nytte: error: file:line:column: message" (file:line
// or file where the position has no column or no line; "nytte: error:
// message" where it has no file), "nytte: warning: ..." likewise; in Danish
// "nytte: fejl: ..." and "nytte: advarsel: ...". Without the newline.
// Diagnostic::str() stays validate's form on standard output, whose words
// error: and warning: are the same in every language.
std::string message_line(const Diagnostic& d);
// A message of no file: "nytte: error: message".
std::string message_line(Severity severity, std::string_view message);

}  // namespace nytte
