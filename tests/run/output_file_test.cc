// Files written whole or not at all: never onto an input or a read-only file,
// the target's mode kept, the temporary file removed on a signal.
#include <doctest/doctest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/diagnostic.h"
#include "run/output_file.h"

namespace nytte {
namespace {

namespace fs = std::filesystem;

// A fresh directory for one test case, removed at the end.
struct TempDir {
  fs::path path;
  explicit TempDir(std::string_view name)
      : path(fs::temp_directory_path() /
             ("nytte-output-file-" + std::string(name) + "-" + std::to_string(getpid()))) {
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    fs::permissions(path, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(path, ec);
  }
  std::string operator/(std::string_view name) const { return (path / name).string(); }
};

void write_file(const std::string& path, std::string_view text) {
  std::ofstream(path, std::ios::binary) << text;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The names in `dir` that look like a temporary output file.
size_t temporaries_in(const fs::path& dir) {
  size_t n = 0;
  for (const fs::directory_entry& e : fs::directory_iterator(dir)) {
    if (e.path().filename().string().find(".tmp-") != std::string::npos) ++n;
  }
  return n;
}

mode_t mode_of(const std::string& path) {
  struct stat st {};
  ::stat(path.c_str(), &st);
  return st.st_mode & 07777;
}

}  // namespace

TEST_CASE("output_replaces_input: the same file by name, symbolic link, hard link or directory") {
  TempDir dir("inputs");
  std::string in = dir / "pop.toml", other = dir / "other.toml";
  write_file(in, "[[citizen]]\nid = \"a\"\n");
  write_file(other, "");
  fs::create_symlink(in, dir / "link.toml");
  fs::create_hard_link(in, dir / "hard.toml");
  CHECK(output_replaces_input(in, {other, in}) == in);
  CHECK(output_replaces_input(dir / "link.toml", {in}) == in);
  CHECK(output_replaces_input(in, {dir / "link.toml"}) == dir / "link.toml");
  CHECK(output_replaces_input(dir / "hard.toml", {in}) == in);
  CHECK(output_replaces_input(dir / "./pop.toml", {in}) == in);
  // A directory input is read for its *.toml and *.csv files.
  CHECK(output_replaces_input(in, {dir.path.string()}) != "");
  CHECK(output_replaces_input(other, {in}) == "");
  CHECK(output_replaces_input(dir / "new.json", {in}) == "");      // not there yet
  CHECK(output_replaces_input("/dev/null", {"/dev/null"}) == "");  // a device is not replaced
}

TEST_CASE("output_in_input_directory: a file the next run of the directory would read") {
  TempDir dir("input-dir");
  write_file(dir / "pop.toml", "[[citizen]]\nid = \"a\"\n");
  fs::create_directories(dir.path / "sub");
  fs::create_symlink(dir.path, dir / "sub/up");
  std::string d = dir.path.string();
  CHECK(output_in_input_directory(dir / "out.csv", {dir / "pop.toml", d}) == d);  // new
  CHECK(output_in_input_directory(dir / "out.toml", {d}) == d);
  CHECK(output_in_input_directory(dir / "sub/up/out.csv", {d}) == d);  // by another name
  CHECK(output_in_input_directory(dir / "out.csv", {dir / "sub/up"}) == dir / "sub/up");
  CHECK(output_in_input_directory(dir / "out.json", {d}) == "");     // never read as an input
  CHECK(output_in_input_directory(dir / "sub/out.csv", {d}) == "");  // not read recursively
  CHECK(output_in_input_directory(dir / "out.csv", {dir / "pop.toml"}) == "");  // a file input
  CHECK(output_in_input_directory("-", {d}) == "");
}

TEST_CASE("same_output_file: two outputs, existing or not") {
  TempDir dir("outputs");
  CHECK(same_output_file(dir / "a.csv", dir / "a.csv"));
  CHECK(same_output_file(dir / "a.csv", dir.path.string() + "/./a.csv"));
  CHECK_FALSE(same_output_file(dir / "a.csv", dir / "b.csv"));
  write_file(dir / "a.csv", "x");
  fs::create_symlink(dir / "a.csv", dir / "l.csv");
  CHECK(same_output_file(dir / "l.csv", dir / "a.csv"));
  CHECK_FALSE(same_output_file("-", "-"));  // standard output twice is no file lost
}

TEST_CASE("OutputSink refuses a read-only file or directory and leaves it as it was") {
  TempDir dir("readonly");
  std::string path = dir / "out.csv";
  write_file(path, "keep me\n");
  ::chmod(path.c_str(), 0444);
  CHECK(output_unwritable(path) != "");
  CHECK_THROWS_AS(OutputSink{path}, Error);
  CHECK(read_file(path) == "keep me\n");
  CHECK(mode_of(path) == 0444);
  CHECK(temporaries_in(dir.path) == 0);

  std::string sub = dir / "locked";
  fs::create_directories(sub);
  write_file(sub + "/out.csv", "keep me too\n");
  ::chmod(sub.c_str(), 0555);
  CHECK(output_unwritable(sub + "/out.csv").find("directory") != std::string::npos);
  CHECK_THROWS_AS(OutputSink{sub + "/out.csv"}, Error);
  CHECK(read_file(sub + "/out.csv") == "keep me too\n");
  ::chmod(sub.c_str(), 0755);

  CHECK(output_unwritable(dir / "new.csv") == "");
  CHECK(output_unwritable("-") == "");
  CHECK(output_unwritable("/dev/null") == "");
}

TEST_CASE("OutputSink keeps an existing target's mode, and a symbolic link stays a link") {
  TempDir dir("mode");
  std::string path = dir / "out.csv";
  write_file(path, "old\n");
  ::chmod(path.c_str(), 0640);
  {
    OutputSink sink(path);
    sink.write("new\n");
    sink.commit();
  }
  CHECK(read_file(path) == "new\n");
  CHECK(mode_of(path) == 0640);
  if (::geteuid() == 0) {  // only root may give a file away: the owner is kept too
    REQUIRE(::chown(path.c_str(), 4321, 4321) == 0);
    OutputSink sink(path);
    sink.write("again\n");
    sink.commit();
    struct stat st {};
    ::stat(path.c_str(), &st);
    CHECK(st.st_uid == 4321);
    CHECK(st.st_gid == 4321);
  }

  fs::create_symlink(path, dir / "link.csv");
  {
    OutputSink sink(dir / "link.csv");
    sink.write("through the link\n");
    sink.commit();
  }
  CHECK(fs::is_symlink(dir / "link.csv"));
  CHECK(read_file(path) == "through the link\n");
  CHECK(temporaries_in(dir.path) == 0);
}

TEST_CASE("OutputSink: SIGINT, SIGTERM and SIGHUP remove the temporary file") {
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) {
    CAPTURE(sig);
    TempDir dir("signal");
    std::string path = dir / "big.jsonl";
    int ready[2];
    REQUIRE(::pipe(ready) == 0);
    pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {  // writes half a result, says so, and waits for the signal
      OutputSink sink(path);
      sink.write(std::string(1 << 20, 'x'));
      std::fflush(sink.stream());
      (void)!::write(ready[1], "1", 1);
      for (;;) ::pause();
    }
    ::close(ready[1]);
    char c = 0;
    REQUIRE(::read(ready[0], &c, 1) == 1);
    ::close(ready[0]);
    CHECK(temporaries_in(dir.path) == 1);  // the half-written temporary file
    ::kill(child, sig);
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    CHECK(WIFSIGNALED(status));  // ended by the signal, as a shell expects
    CHECK(WTERMSIG(status) == sig);
    CHECK(temporaries_in(dir.path) == 0);
    CHECK_FALSE(fs::exists(path));
  }
}

}  // namespace nytte
