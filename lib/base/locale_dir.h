// Where the Danish catalogue (locale/da/LC_MESSAGES/nytte.mo) is looked
// for, so that nytte finds it wherever it runs from: installed under any
// prefix, in the build tree, or moved with its share/ folder.
#pragma once

#include <filesystem>
#include <string>

namespace nytte {

// The folder to bind gettext's "nytte" domain to: `env_override`
// (NYTTE_LOCALEDIR) when set and not empty; else beside the binary `exe`,
// installed (bin/../share/locale) or built (cli/../locale), the first that
// holds da/LC_MESSAGES/nytte.mo; else `install_dir`, where the build was
// configured to install it.
std::string locale_dir(const char* env_override, const std::filesystem::path& exe,
                       const std::string& install_dir);

// The same for this process: NYTTE_LOCALEDIR, /proc/self/exe and the
// configured share/locale.
std::string locale_dir();

}  // namespace nytte
