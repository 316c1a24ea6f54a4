#include "run/output_file.h"

#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <optional>

#include <fmt/format.h>

#include "base/diagnostic.h"
#include "base/io_error.h"
#include "nytte/i18n.h"

namespace fs = std::filesystem;

namespace nytte {
namespace {

// The temporary files being written, for the signal handler: the one
// process-wide table of the library, since a handler reaches nothing else.
// Fixed slots, because a handler may neither allocate nor lock.
constexpr int kSlots = 16;
constexpr size_t kPathBytes = 4096;
struct TempSlot {
  std::atomic<int> state{0};  // 0 free, 1 being filled, 2 live
  char path[kPathBytes];
};
TempSlot g_temporaries[kSlots];
constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP};

// Removes the live temporary files, then lets the signal do what it does by
// default (end the process, with the status a shell reports as 130, 143, 129).
// Only async-signal-safe calls: unlink, signal, raise.
void remove_temporaries_and_die(int sig) {
  for (TempSlot& s : g_temporaries) {
    if (s.state.load(std::memory_order_acquire) == 2) ::unlink(s.path);
  }
  std::signal(sig, SIG_DFL);
  std::raise(sig);  // blocked until the handler returns, then the default action
}

// Installed at each registration, not once: something else may have set its
// own handler since (a test framework does).
void install_handlers() {
  for (int sig : kSignals) {
    struct sigaction old {};
    if (sigaction(sig, nullptr, &old) != 0) continue;
    // A signal ignored on purpose (nohup) stays ignored.
    if (old.sa_handler == SIG_IGN || old.sa_handler == remove_temporaries_and_die) continue;
    struct sigaction sa {};
    sa.sa_handler = remove_temporaries_and_die;
    sigemptyset(&sa.sa_mask);
    for (int other : kSignals) sigaddset(&sa.sa_mask, other);
    sigaction(sig, &sa, nullptr);
  }
}

// A slot for `path`, or -1 when the table is full or the path too long (the
// file is then still removed on error, only not on a signal).
int register_temporary(const std::string& path) {
  if (path.size() >= kPathBytes) return -1;
  install_handlers();
  for (int i = 0; i < kSlots; ++i) {
    int expected = 0;
    if (g_temporaries[i].state.compare_exchange_strong(expected, 1)) {
      std::memcpy(g_temporaries[i].path, path.c_str(), path.size() + 1);
      g_temporaries[i].state.store(2, std::memory_order_release);
      return i;
    }
  }
  return -1;
}

void unregister_temporary(int slot) {
  if (slot >= 0) g_temporaries[slot].state.store(0, std::memory_order_release);
}

bool is_stdout(const std::string& path) {
  return path.empty() || path == "-";
}

// The file a path writes to: a symbolic link's target, so that the link
// stays a link; the path itself otherwise (or when the link dangles).
std::string link_target(const std::string& path) {
  struct stat st {};
  if (::lstat(path.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) return path;
  char resolved[PATH_MAX];
  if (!::realpath(path.c_str(), resolved)) return path;
  return resolved;
}

std::string directory_of(const std::string& path) {
  std::string dir = fs::path(path).parent_path().string();
  return dir.empty() ? "." : dir;
}

bool has_extension(const fs::path& p, std::string_view a, std::string_view b) {
  std::string ext = p.extension().string();
  return ext == a || ext == b;
}

// The existing target keeps its owner (where the user may give it) and mode
// when the temporary file is renamed onto it. Owner first: changing it
// clears set-user-ID bits that the mode then sets again.
void keep_owner_and_mode(int fd, const struct stat& st) {
  if (::fchown(fd, st.st_uid, st.st_gid) != 0 && ::fchown(fd, static_cast<uid_t>(-1), st.st_gid)) {
    // Not allowed to give the file away: it stays the user's.
  }
  ::fchmod(fd, st.st_mode & 07777);
}

[[noreturn]] void fail_stdout(int err) {
  // Standard output is named as a path is: "standard output: cannot write: ...".
  fail({tr("standard output"), 0, 0}, io_message(Io::write, err), "stdout-write");
}

}  // namespace

std::string output_replaces_input(const std::string& output,
                                  const std::vector<std::string>& inputs) {
  struct stat out {};
  int got = is_stdout(output) ? ::fstat(STDOUT_FILENO, &out) : ::stat(output.c_str(), &out);
  if (got != 0 || !S_ISREG(out.st_mode)) return "";  // a new file, a terminal, a pipe, a device
  auto same = [&](const struct stat& st) {
    return S_ISREG(st.st_mode) && st.st_dev == out.st_dev && st.st_ino == out.st_ino;
  };
  for (const std::string& in : inputs) {
    struct stat st {};
    if (in == "-") {
      if (::fstat(STDIN_FILENO, &st) == 0 && same(st)) return tr("- (standard input)");
      continue;
    }
    if (::stat(in.c_str(), &st) != 0) continue;
    if (same(st)) return in;
    if (!S_ISDIR(st.st_mode) || st.st_dev != out.st_dev) continue;
    // A directory is read for its *.toml and *.csv files (not recursively).
    std::error_code ec;
    for (const fs::directory_entry& e : fs::directory_iterator(in, ec)) {
      if (!has_extension(e.path(), ".toml", ".csv")) continue;
      struct stat f {};
      if (::stat(e.path().c_str(), &f) == 0 && same(f)) return e.path().string();
    }
  }
  return "";
}

std::string output_in_input_directory(const std::string& output,
                                      const std::vector<std::string>& inputs) {
  if (is_stdout(output)) return "";
  std::string target = link_target(output);
  if (!has_extension(fs::path(target), ".toml", ".csv")) return "";
  struct stat dir {};
  if (::stat(directory_of(target).c_str(), &dir) != 0) return "";
  for (const std::string& in : inputs) {
    struct stat st {};
    if (in == "-" || ::stat(in.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) continue;
    if (st.st_dev == dir.st_dev && st.st_ino == dir.st_ino) return in;
  }
  return "";
}

bool same_output_file(const std::string& a, const std::string& b) {
  if (is_stdout(a) || is_stdout(b)) return false;
  if (a == b) return true;
  auto key =
      [](const std::string& p) -> std::optional<std::pair<std::pair<dev_t, ino_t>, std::string>> {
    struct stat st {};
    std::string target = link_target(p);
    if (::stat(target.c_str(), &st) == 0) return {{{st.st_dev, st.st_ino}, ""}};
    if (::stat(directory_of(target).c_str(), &st) == 0) {
      return {{{st.st_dev, st.st_ino}, fs::path(target).filename().string()}};
    }
    return std::nullopt;
  };
  auto ka = key(a), kb = key(b);
  return ka && kb && *ka == *kb;
}

std::string output_unwritable(const std::string& output) {
  if (is_stdout(output)) return "";
  std::string target = link_target(output);
  struct stat st {};
  if (::stat(target.c_str(), &st) == 0) {
    if (!S_ISREG(st.st_mode)) return "";  // a device or pipe, written directly
    // No write bit for anyone means read-only on purpose, for root too.
    if ((st.st_mode & 0222) == 0 || ::access(target.c_str(), W_OK) != 0) {
      return tr(
          "the file is read-only; it was not replaced (make it writable, or write elsewhere)");
    }
  }
  // The temporary file is made in the target's directory and renamed there.
  std::string dir = directory_of(target);
  struct stat ds {};
  if (::stat(dir.c_str(), &ds) != 0) return "";  // opening says why
  if ((ds.st_mode & 0222) == 0 || ::access(dir.c_str(), W_OK | X_OK) != 0) {
    return trf("the directory {} is not writable", dir);
  }
  return "";
}

std::string stdout_write_error() {
  errno = 0;
  bool failed = std::fflush(stdout) != 0;
  int err = errno;
  if (!failed && !std::ferror(stdout)) return "";
  return stdout_write_message(err);
}

std::string stdout_write_message(int err) {
  return fmt::format("{}: {}", tr("standard output"), io_message(Io::write, err));
}

OutputSink::OutputSink(const std::string& path) : path_(path) {
  if (is_stdout(path)) {
    f_ = stdout;
    return;
  }
  target_ = link_target(path);
  // A device or pipe (/dev/null, /dev/stdout, a FIFO) is written directly:
  // renaming a temporary file over it would replace the device.
  struct stat st {};
  bool exists = ::stat(target_.c_str(), &st) == 0;
  bool special = exists && !S_ISREG(st.st_mode);
  if (!special) {
    if (std::string why = output_unwritable(path); !why.empty()) {
      fail_io(path, Io::write, why);
    }
    tmp_ = target_ + ".tmp-" + std::to_string(getpid());
    slot_ = register_temporary(tmp_);  // before the file exists: no moment unguarded
  }
  f_ = std::fopen(special ? target_.c_str() : tmp_.c_str(), "wb");
  if (!f_) {
    int err = errno;
    unregister_temporary(slot_);
    fail_io(path, Io::write, err);
  }
  if (exists && !special) keep_owner_and_mode(fileno(f_), st);
  buffer_ = std::make_unique<char[]>(kBufferSize);
  std::setvbuf(f_, buffer_.get(), _IOFBF, kBufferSize);
}

OutputSink::~OutputSink() {
  if (f_ && f_ != stdout && !committed_) {
    std::fclose(f_);
    if (!tmp_.empty()) std::remove(tmp_.c_str());
  }
  unregister_temporary(slot_);
}

void OutputSink::write(std::string_view bytes) {
  if (bytes.empty()) return;
  if (std::fwrite(bytes.data(), 1, bytes.size(), f_) != bytes.size() && !write_errno_) {
    write_errno_ = errno ? errno : EIO;
  }
}

void OutputSink::commit() {
  if (f_ == stdout) {
    errno = 0;
    bool failed = std::fflush(stdout) != 0 || std::ferror(stdout);
    if (failed) fail_stdout(write_errno_ ? write_errno_ : errno ? errno : EIO);
    return;
  }
  errno = 0;
  bool ok = std::fflush(f_) == 0 && !std::ferror(f_);
  int err = write_errno_ ? write_errno_ : errno;
  if (std::fclose(f_) != 0) {
    if (ok) err = errno;
    ok = false;
  }
  committed_ = true;
  if (!err) err = EIO;
  if (tmp_.empty()) {  // written directly
    if (!ok) fail_io(path_, Io::write, err);
    return;
  }
  if (ok && std::rename(tmp_.c_str(), target_.c_str()) != 0) {
    err = errno;
    ok = false;
  }
  if (!ok) {
    std::remove(tmp_.c_str());
    unregister_temporary(slot_);
    slot_ = -1;
    fail_io(path_, Io::write, err);
  }
  unregister_temporary(slot_);
  slot_ = -1;
}

bool OutputSink::is_terminal() const {
  return isatty(fileno(f_));
}

}  // namespace nytte
