// The shipped files that tests run over whole: a folder's files by
// extension, and every example and test citizen with the rule sets.
#pragma once

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

namespace nytte::test {

// The files of `dir` (relative to the source tree, "/rules") ending in `ext`,
// sorted, so that a failure names the same file on every machine.
inline std::vector<std::string> files_in(const std::string& dir, const std::string& ext) {
  std::vector<std::string> out;
  for (const auto& e : std::filesystem::directory_iterator(std::string(NYTTE_SOURCE_DIR) + dir)) {
    if (e.path().extension() == ext) out.push_back(e.path().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Every example and test citizen: the TOML files, then the CSV population.
inline std::vector<std::string> all_test_citizens() {
  std::vector<std::string> people = files_in("/examples/citizens", ".toml");
  for (const std::string& f : files_in("/tests/data/citizens", ".toml")) people.push_back(f);
  people.push_back(std::string(NYTTE_SOURCE_DIR) + "/tests/data/citizens/population.csv");
  return people;
}

}  // namespace nytte::test
