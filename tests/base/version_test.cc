// The version --version prints: MAJOR.MINOR.PATCH, as CMakeLists.txt's
// project() gives it.
#include "nytte/version.h"

#include <doctest/doctest.h>

#include <regex>
#include <string>

namespace nytte {
namespace {

TEST_CASE("version: MAJOR.MINOR.PATCH") {
  CHECK(std::regex_match(std::string(version()), std::regex(R"(\d+\.\d+\.\d+)")));
}

}  // namespace
}  // namespace nytte
