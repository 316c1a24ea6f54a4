#include "base/locale_dir.h"

#include <cstdlib>
#include <system_error>

namespace nytte {

std::string locale_dir(const char* env_override, const std::filesystem::path& exe,
                       const std::string& install_dir) {
  namespace fs = std::filesystem;
  if (env_override != nullptr && *env_override != '\0') return env_override;
  if (!exe.empty()) {
    fs::path bin = exe.parent_path();
    for (const fs::path& dir : {bin / ".." / "share" / "locale", bin / ".." / "locale"}) {
      std::error_code ec;
      if (fs::exists(dir / "da" / "LC_MESSAGES" / "nytte.mo", ec))
        return dir.lexically_normal().string();
    }
  }
  return install_dir;
}

std::string locale_dir() {
  std::error_code ec;
  std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) exe.clear();
  return locale_dir(std::getenv("NYTTE_LOCALEDIR"), exe, NYTTE_LOCALE_INSTALL_DIR);
}

}  // namespace nytte
