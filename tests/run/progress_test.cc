// Progress lines (what the terminal shows of a long run) and the size of the
// inputs their percentages are of.
#include "run/progress.h"

#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "nytte/i18n.h"

namespace nytte {
namespace {

TEST_CASE("progress_text: a percentage of a known size, an estimate of the time left") {
  // Under a second: no estimate yet.
  CHECK(progress_text("reading citizens", ProgressUnit::bytes, 54'000'000, 120'000'000, 0.5) ==
        "reading citizens: 45% (54.0 of 120.0 MB)");
  // 45 % in 10 s: 55 % more at that pace is 12.2 s.
  CHECK(progress_text("reading citizens", ProgressUnit::bytes, 54'000'000, 120'000'000, 10) ==
        "reading citizens: 45% (54.0 of 120.0 MB), about 12 s left");
  CHECK(progress_text("building packages", ProgressUnit::people, 100'000, 1'000'000, 10) ==
        "building packages: 10% (100000 of 1000000 people), about 1 min 30 s left");
  CHECK(progress_text("weekly hours", ProgressUnit::people, 1, 1000, 3600) ==
        "weekly hours: 0% (1 of 1000 people)");  // under 1 %: no estimate to trust
  CHECK(progress_text("weekly hours", ProgressUnit::people, 20, 1000, 3600) ==
        "weekly hours: 2% (20 of 1000 people), about 49 h 0 min left");
  // Done: no time left to tell; more than the total is the total.
  CHECK(progress_text("writing", ProgressUnit::people, 12, 10, 5) ==
        "writing: 100% (10 of 10 people)");
}

TEST_CASE("progress_text: a count where the size is not known") {
  CHECK(progress_text("reading citizens", ProgressUnit::bytes, 1'500'000, 0, 3) ==
        "reading citizens: 1.5 MB");
  CHECK(progress_text("reading attendance", ProgressUnit::rows, 40960, 0, 3) ==
        "reading attendance: 40960 rows");
}

TEST_CASE("progress_text: in Danish, the stage, the numbers and the units the Danish way") {
  set_language(Language::da);
  std::string bytes =
      progress_text("reading citizens", ProgressUnit::bytes, 54'000'000, 120'000'000, 10);
  std::string people = progress_text("weekly hours", ProgressUnit::people, 20'000, 1'000'000, 3600);
  std::string count = progress_text("reading attendance", ProgressUnit::rows, 40960, 0, 3);
  std::string other = progress_text("an unknown stage", ProgressUnit::rows, 1, 0, 3);
  set_language(Language::en);
  CHECK(bytes == "læser borgere: 45 % (54,0 af 120,0 MB), ca. 12 s tilbage");
  CHECK(people == "timer om ugen: 2 % (20.000 af 1.000.000 borgere), ca. 49 t 0 min tilbage");
  CHECK(count == "læser fremmøde: 40.960 rækker");
  CHECK(other == "an unknown stage: 1 rækker");  // a stage the catalogue lacks: as given
}

TEST_CASE("input_bytes: files and the citizen files of a directory; 0 for standard input") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "nytte-progress-test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::ofstream(dir / "a.toml") << std::string(100, 'x');
  std::ofstream(dir / "b.csv") << std::string(50, 'x');
  std::ofstream(dir / "notes.txt") << std::string(7, 'x');  // not read, not counted
  std::ofstream(dir / "c.csv") << std::string(3, 'x');
  CHECK(input_bytes({(dir / "a.toml").string()}) == 100);
  CHECK(input_bytes({dir.string()}) == 153);
  CHECK(input_bytes({dir.string(), (dir / "c.csv").string()}) == 156);
  CHECK(input_bytes({(dir / "a.toml").string(), "-"}) == 0);
  CHECK(input_bytes({(dir / "missing.toml").string()}) == 0);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace nytte
