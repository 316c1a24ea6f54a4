// Files written whole or not at all: results go to a temporary file beside
// the target, renamed into place when everything has been written.
#pragma once

#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

namespace nytte {

// Where results go: standard output, or a file that appears only when the
// whole result has been written (a temporary file renamed at commit()).
class OutputSink {
 public:
  // path "" or "-" = standard output. Throws Error if the file cannot be created.
  explicit OutputSink(const std::string& path);
  ~OutputSink();  // without commit(): the temporary file is removed
  OutputSink(const OutputSink&) = delete;
  OutputSink& operator=(const OutputSink&) = delete;

  void write(std::string_view bytes);
  // Flushes and, for a file, renames it into place. Throws Error on failure.
  void commit();
  bool is_terminal() const;
  FILE* stream() const { return f_; }

 private:
  std::string path_;
  std::string tmp_;
  FILE* f_ = nullptr;
  static constexpr size_t kBufferSize = 1 << 16;
  std::unique_ptr<char[]> buffer_;
  bool committed_ = false;
};

}  // namespace nytte
