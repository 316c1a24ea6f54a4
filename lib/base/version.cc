#include "nytte/version.h"

namespace nytte {

const char* version() {
  return NYTTE_VERSION;  // a compile definition of nytte_lib (lib/CMakeLists.txt)
}

}  // namespace nytte
