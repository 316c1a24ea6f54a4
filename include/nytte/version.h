// The version of nytte, as CMakeLists.txt's project() gives it ("0.1.0"):
// what --version prints and what a calendar names as its maker.
#pragma once

namespace nytte {

const char* version();

}  // namespace nytte
