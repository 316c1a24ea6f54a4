#include "base/io_error.h"

#include <cerrno>
#include <clocale>
#include <cstring>

#include <fmt/format.h>

#include "base/diagnostic.h"
#include "nytte/i18n.h"

namespace nytte {

namespace {

// The system's reasons a person meets most, for Danish: strerror speaks the
// C library's catalogue, which a Danish system need not have installed.
const char* common_reason(int err) {
  switch (err) {
    case ENOENT:
      return N_("no such file or directory");
    case EACCES:
      return N_("permission denied");
    case EISDIR:
      return N_("is a directory");
    case ENOTDIR:
      return N_("not a directory");
    case ENOSPC:
      return N_("no space left on device");
    case EROFS:
      return N_("read-only file system");
    case EIO:
      return N_("input/output error");
    case EPIPE:
      return N_("broken pipe");
    default:
      return nullptr;
  }
}

}  // namespace

std::string io_message(Io io, std::string_view why) {
  std::string w(why);
  // "No such file or directory" -> "no such ...", but not an acronym ("EOF").
  if (w.size() > 1 && w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'a' && w[1] <= 'z')
    w[0] = static_cast<char>(w[0] - 'A' + 'a');
  return io == Io::read ? trf("cannot read: {}", w) : trf("cannot write: {}", w);
}

std::string io_message(Io io, int err) {
  if (err == 0) err = EIO;
  if (language() != Language::en) {
    if (const char* reason = common_reason(err)) return io_message(io, tr(reason));
    return io_message(io, std::strerror(err));  // the C library's Danish, where it has it
  }
  // English whatever LC_MESSAGES says: the C locale's words.
  static const locale_t c_locale = newlocale(LC_ALL_MASK, "C", locale_t(0));
  return io_message(io, c_locale ? strerror_l(err, c_locale) : std::strerror(err));
}

void fail_io(const std::string& path, Io io, int err) {
  fail({path, 0, 0}, io_message(io, err), "io");
}

void fail_io(const std::string& path, Io io, std::string_view why) {
  fail({path, 0, 0}, io_message(io, why), "io");
}

}  // namespace nytte
