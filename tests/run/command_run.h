// What the tests of a command's run (run/*_run.h) share: a directory of
// their own for the files a run writes, standard error caught in a string,
// and the paths of the shipped examples.
#pragma once

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

namespace nytte::test {

// A fresh directory for one test case, removed at the end.
struct RunDir {
  std::filesystem::path path;
  explicit RunDir(std::string_view name)
      : path(std::filesystem::temp_directory_path() /
             ("nytte-run-" + std::string(name) + "-" + std::to_string(getpid()))) {
    std::filesystem::remove_all(path);
    std::filesystem::create_directories(path);
  }
  ~RunDir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
  std::string operator/(std::string_view name) const { return (path / name).string(); }
};

// A run's standard error: a temporary file, read back whole.
struct CapturedErr {
  std::FILE* f = std::tmpfile();
  ~CapturedErr() { std::fclose(f); }
  std::string text() const {
    std::fflush(f);
    std::rewind(f);
    std::string s;
    char buf[4096];
    for (size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) s.append(buf, n);
    return s;
  }
};

inline std::string file_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// A path in the source tree (examples/, rules/, tests/data/).
inline std::string source(std::string_view path) {
  return std::string(NYTTE_SOURCE_DIR) + "/" + std::string(path);
}

}  // namespace nytte::test
