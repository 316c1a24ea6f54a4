#include <doctest/doctest.h>

#include <cerrno>

#include "base/io_error.h"
#include "nytte/error.h"
#include "nytte/i18n.h"

using namespace nytte;

TEST_CASE("io_message: one wording for a path the system refuses, in lower case") {
  CHECK(io_message(Io::read, ENOENT) == "cannot read: no such file or directory");
  CHECK(io_message(Io::write, ENOSPC) == "cannot write: no space left on device");
  CHECK(io_message(Io::read, EACCES) == "cannot read: permission denied");
  CHECK(io_message(Io::read, 0) == "cannot read: input/output error");
  CHECK(io_message(Io::write, "a file of another kind is in the way") ==
        "cannot write: a file of another kind is in the way");
  CHECK(io_message(Io::write, "EOF reached") == "cannot write: EOF reached");
}

TEST_CASE("fail_io: an Error at the path as a whole, code io") {
  try {
    fail_io("no/such.toml", Io::read, ENOENT);
    FAIL("no throw");
  } catch (const Error& e) {
    CHECK(e.diagnostic().pos.file == "no/such.toml");
    CHECK(e.diagnostic().pos.line == 0);
    CHECK(e.diagnostic().code == "io");
    CHECK(message_line(e.diagnostic()) ==
          "nytte: error: no/such.toml: cannot read: no such file or directory");
  }
}

TEST_CASE("io_message in Danish: the common reasons from nytte's catalogue, not the C library's") {
  set_language(Language::da);
  std::string missing = io_message(Io::read, ENOENT);
  std::string full = io_message(Io::write, ENOSPC);
  Diagnostic d;
  d.pos.file = "no/such.toml";
  d.message = missing;
  std::string line = message_line(d);
  set_language(Language::en);
  CHECK(missing == "kan ikke læse: filen eller mappen findes ikke");
  CHECK(full == "kan ikke skrive: der er ikke mere plads på enheden");
  CHECK(line == "nytte: fejl: no/such.toml: kan ikke læse: filen eller mappen findes ikke");
  // Back in English, word for word as before, though the C library's
  // messages may now be Danish.
  CHECK(io_message(Io::read, ENOENT) == "cannot read: no such file or directory");
  CHECK(io_message(Io::read, EMFILE) == "cannot read: too many open files");
}
