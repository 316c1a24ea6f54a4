// Where the Danish catalogue is found (base/locale_dir.h), and --lang found
// on a command line before it is parsed (nytte/i18n.h: find_option).
#include "base/locale_dir.h"

#include <unistd.h>

#include <fstream>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "nytte/i18n.h"

using namespace nytte;
namespace fs = std::filesystem;

namespace {

// A folder of its own for one test case, removed after it.
struct Folder {
  fs::path path = fs::temp_directory_path() / ("nytte-locale-dir-test-" + std::to_string(getpid()));
  // The folders of the binaries, as where a binary runs from exists.
  Folder() {
    fs::create_directories(path / "bin");
    fs::create_directories(path / "cli");
  }
  ~Folder() { fs::remove_all(path); }
  void catalogue(const fs::path& locale) const {
    fs::create_directories(path / locale / "da" / "LC_MESSAGES");
    std::ofstream(path / locale / "da" / "LC_MESSAGES" / "nytte.mo") << "mo";
  }
};

}  // namespace

TEST_CASE("locale_dir: beside the binary, in the build tree, else where it was installed") {
  Folder f;
  const std::string installed = "/usr/share/locale";
  // Neither beside it: the configured install folder.
  CHECK(locale_dir(nullptr, f.path / "bin" / "nytte", installed) == installed);
  CHECK(locale_dir(nullptr, fs::path(), installed) == installed);
  // The build tree: BUILD/cli/nytte finds BUILD/locale.
  f.catalogue("locale");
  CHECK(locale_dir(nullptr, f.path / "cli" / "nytte", installed) == (f.path / "locale").string());
  // Installed under a prefix: PREFIX/bin/nytte finds PREFIX/share/locale,
  // which goes before the build tree's.
  f.catalogue("share/locale");
  CHECK(locale_dir(nullptr, f.path / "bin" / "nytte", installed) ==
        (f.path / "share" / "locale").string());
  // NYTTE_LOCALEDIR before all of them; empty is unset.
  CHECK(locale_dir("/opt/nytte/locale", f.path / "bin" / "nytte", installed) ==
        "/opt/nytte/locale");
  CHECK(locale_dir("", f.path / "bin" / "nytte", installed) ==
        (f.path / "share" / "locale").string());
  // A folder without the catalogue is passed over.
  fs::remove(f.path / "share" / "locale" / "da" / "LC_MESSAGES" / "nytte.mo");
  CHECK(locale_dir(nullptr, f.path / "bin" / "nytte", installed) == (f.path / "locale").string());
}

TEST_CASE("find_option: --lang da and --lang=da anywhere before --") {
  auto find = [](std::initializer_list<const char*> args) {
    std::vector<const char*> argv(args);
    auto v = find_option(static_cast<int>(argv.size()), argv.data(), "--lang");
    return v ? std::string(*v) : std::string("(none)");
  };
  CHECK(find({"nytte", "--lang", "da", "check-eligibility", "--help"}) == "da");
  CHECK(find({"nytte", "check-eligibility", "--help", "--lang=da"}) == "da");
  CHECK(find({"nytte", "check-eligibility", "x.toml", "--lang", "en"}) == "en");
  CHECK(find({"nytte", "--lang=da", "report", "--lang", "en"}) == "en");  // the last one
  CHECK(find({"nytte", "report", "--", "--lang", "da"}) == "(none)");     // an operand after --
  CHECK(find({"nytte", "report", "--language=da", "--langda"}) == "(none)");
  CHECK(find({"nytte", "report", "--lang"}) == "");  // the parser says it needs a value
  CHECK(find({"nytte", "--lang="}) == "");
  CHECK(find({"nytte"}) == "(none)");
}
