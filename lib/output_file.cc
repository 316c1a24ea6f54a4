#include "output_file.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <fmt/format.h>

#include "diagnostic.h"

namespace nytte {

OutputSink::OutputSink(const std::string& path) : path_(path) {
  if (path.empty() || path == "-") {
    f_ = stdout;
    return;
  }
  // A device or pipe (/dev/null, /dev/stdout, a FIFO) is written directly:
  // renaming a temporary file over it would replace the device.
  struct stat st {};
  bool special = ::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode);
  if (!special) tmp_ = path + ".tmp-" + std::to_string(getpid());
  f_ = std::fopen(special ? path.c_str() : tmp_.c_str(), "wb");
  if (!f_) {
    fail({path, 0, 0}, fmt::format("cannot write output: {}", std::strerror(errno)), "io");
  }
  buffer_ = std::make_unique<char[]>(kBufferSize);
  std::setvbuf(f_, buffer_.get(), _IOFBF, kBufferSize);
}

OutputSink::~OutputSink() {
  if (f_ && f_ != stdout && !committed_) {
    std::fclose(f_);
    if (!tmp_.empty()) std::remove(tmp_.c_str());
  }
}

void OutputSink::write(std::string_view bytes) {
  if (bytes.empty()) return;
  std::fwrite(bytes.data(), 1, bytes.size(), f_);
}

void OutputSink::commit() {
  if (f_ == stdout) {
    std::fflush(stdout);
    return;
  }
  bool ok = std::fflush(f_) == 0 && !std::ferror(f_);
  ok = std::fclose(f_) == 0 && ok;
  committed_ = true;
  if (tmp_.empty()) {  // written directly
    if (!ok)
      fail({path_, 0, 0}, fmt::format("cannot write output: {}", std::strerror(errno)), "io");
    return;
  }
  if (!ok || std::rename(tmp_.c_str(), path_.c_str()) != 0) {
    int err = errno;
    std::remove(tmp_.c_str());
    fail({path_, 0, 0}, fmt::format("cannot write output: {}", std::strerror(err)), "io");
  }
}

bool OutputSink::is_terminal() const {
  return isatty(fileno(f_));
}

}  // namespace nytte
