// Files written whole or not at all: results go to a temporary file beside
// the target, renamed into place when everything has been written. The
// target is never one of the inputs, never a file the user cannot write, and
// keeps its mode; a temporary file is removed on error and on SIGINT, SIGTERM
// and SIGHUP. See docs/reliability.md.
#pragma once

#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "nytte/stdout.h"  // stdout_write_error, beside the files written here

namespace nytte {

// Where results go: standard output, or a file that appears only when the
// whole result has been written (a temporary file renamed at commit()).
class OutputSink {
 public:
  // path "" or "-" = standard output. Throws Error if the file cannot be
  // created, or exists and cannot be written (output_unwritable()).
  explicit OutputSink(const std::string& path);
  ~OutputSink();  // without commit(): the temporary file is removed
  OutputSink(const OutputSink&) = delete;
  OutputSink& operator=(const OutputSink&) = delete;

  void write(std::string_view bytes);
  // Flushes and, for a file, renames it into place. Throws Error on failure,
  // standard output's too ("standard output: cannot write: no space left on device").
  void commit();
  bool is_terminal() const;
  FILE* stream() const { return f_; }

 private:
  std::string path_;    // as given, for messages
  std::string target_;  // the file renamed onto (a symbolic link's target)
  std::string tmp_;
  FILE* f_ = nullptr;
  static constexpr size_t kBufferSize = 1 << 16;
  std::unique_ptr<char[]> buffer_;
  int write_errno_ = 0;  // the first failed write's error
  int slot_ = -1;        // in the registry of temporary files, or -1
  bool committed_ = false;
};

// Why writing `output` would lose an input: the name of the first of
// `inputs` that is the same file (same device and inode, so through a
// symbolic or hard link too; for a directory, a *.toml or *.csv file in it;
// "-", standard input when it is redirected from a file), or "" when none is.
// `output` "" or "-" is standard output, compared when it is a file.
std::string output_replaces_input(const std::string& output,
                                  const std::vector<std::string>& inputs);

// The input directory that `output` is in and whose files the next run would
// read with it, or "": a *.toml or *.csv file directly in a directory given
// as one of `inputs`, whether or not it exists yet (a directory is read for
// those files, not recursively). Standard output gives "".
std::string output_in_input_directory(const std::string& output,
                                      const std::vector<std::string>& inputs);

// True when `a` and `b` would be the same file: the same device and inode
// when both exist, else the same directory and name.
bool same_output_file(const std::string& a, const std::string& b);

// Why an existing `output` must not be replaced, or "": it is read-only (no
// write permission for the user, or none for anyone, which root respects
// too), or its directory is. A missing file, standard output and devices
// give "".
std::string output_unwritable(const std::string& output);

}  // namespace nytte
