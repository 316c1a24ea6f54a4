// Output helpers: JSON escaping, numbers, CSV cells, and files written whole.
#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>
#include <random>
#include <sstream>

#include <fmt/format.h>

#include "base/bytes.h"
#include "base/diagnostic.h"
#include "format/output.h"

namespace nytte {

TEST_CASE("json_escape: quotes, backslashes and control bytes, long and short runs") {
  auto esc = [](std::string_view s) {
    std::string out;
    json_escape(out, s);
    return out;
  };
  CHECK(esc("") == "");
  CHECK(esc("plain") == "plain");
  CHECK(esc("Kontanthjælp, Æblehaven") == "Kontanthjælp, Æblehaven");  // UTF-8 kept
  CHECK(esc("a\"b\\c") == "a\\\"b\\\\c");
  CHECK(esc("line\nnext\ttab\r") == "line\\nnext\\ttab\\r");
  CHECK(esc(std::string_view("\x01\x1f", 2)) == "\\u0001\\u001f");
  // Escapes in every position of an 8-byte word, and after long plain runs.
  for (size_t i = 0; i < 20; ++i) {
    std::string s(20, 'x');
    s[i] = '"';
    std::string want = s.substr(0, i) + "\\\"" + s.substr(i + 1);
    CHECK(esc(s) == want);
  }
  CHECK(esc("passed_danish(\"PD2\")") == "passed_danish(\\\"PD2\\\")");
  // Short strings and the last, overlapping word: every length, every position.
  for (size_t n = 1; n <= 17; ++n) {
    for (size_t i = 0; i < n; ++i) {
      std::string s(n, 'x');
      s[i] = '\\';
      CHECK(esc(s) == s.substr(0, i) + "\\\\" + s.substr(i + 1));
      s[i] = '\x1f';
      CHECK(esc(s) == s.substr(0, i) + "\\u001f" + s.substr(i + 1));
    }
  }
}

TEST_CASE("append_number: integers without a decimal point, shortest round trip") {
  auto num = [](double v) {
    std::string out;
    append_number(out, v);
    return out;
  };
  CHECK(num(37) == "37");
  CHECK(num(-3) == "-3");
  CHECK(num(0) == "0");
  CHECK(num(7.4) == "7.4");
  CHECK(num(0.1) == "0.1");
  CHECK(num(2.5) == "2.5");
  CHECK(num(1e20) == "1e+20");
  CHECK(num(0.05) == "0.05");
  CHECK(num(-12.25) == "-12.25");
  CHECK(num(0.001) == "0.001");
  // Every value written with one or two decimals the quick way is what fmt's
  // shortest form writes: tenths, hundredths, thirds and bit patterns near them.
  std::mt19937_64 rng(37);
  for (int i = 0; i < 200000; ++i) {
    double v = 0;
    switch (i % 5) {
      case 0:
        v = static_cast<double>(static_cast<int64_t>(rng() % 2000001) - 1000000) / 10;
        break;
      case 1:
        v = static_cast<double>(static_cast<int64_t>(rng() % 20000001) - 10000000) / 100;
        break;
      case 2:
        v = static_cast<double>(rng() % 100000) / 3;
        break;
      case 3:
        v = std::nextafter(static_cast<double>(rng() % 100000) / 100, (rng() & 1) ? 1e9 : -1e9);
        break;
      default:
        v = static_cast<double>(rng() % 1000000000) + static_cast<double>(rng() % 100) / 100;
    }
    CAPTURE(v);
    REQUIRE(num(v) == fmt::format("{}", v));
  }
}

TEST_CASE(
    "ByteBuffer: appends in pieces keep every byte as it grows; json_escape and append_number "
    "write to it as to a string") {
  ByteBuffer b;
  std::string want;
  std::mt19937_64 rng(11);
  std::string alphabet = "ab\"\\\n\x01 æø";
  for (int i = 0; i < 5000; ++i) {  // well past the first 4 KB and several doublings
    // Mostly short pieces; now and then one of up to 700 bytes (copied 16
    // bytes at a time up to 512, by memcpy beyond).
    std::string piece(i % 7 == 0 ? rng() % 700 : rng() % 40, 'x');
    for (char& c : piece) c = alphabet[rng() % alphabet.size()];
    switch (i % 4) {
      case 0:
        b += piece;
        want += piece;
        break;
      case 1:
        b.push_back('!');
        want.push_back('!');
        break;
      case 2:
        json_escape(b, piece);
        json_escape(want, piece);
        break;
      default: {
        double v =
            static_cast<double>(static_cast<int64_t>(rng() % 400) - 100) / ((rng() & 1) ? 1 : 4);
        append_number(b, v);
        append_number(want, v);
      }
    }
    REQUIRE(b.size() == want.size());
  }
  CHECK(b.view() == want);
  for (size_t from : {size_t{0}, size_t{17}, want.size() / 2}) {
    for (size_t n : {size_t{0}, size_t{5}, size_t{40}, size_t{600}}) {
      b.append_earlier(from, n);
      want += want.substr(from, n);
    }
  }
  CHECK(b.view() == want);
  b.clear();
  CHECK(b.size() == 0);
  b += "again";
  CHECK(b.view() == "again");
}

TEST_CASE("append_number to a ByteBuffer: tenths below 100 written directly, as fmt writes them") {
  auto check = [](double v) {
    ByteBuffer b;
    append_number(b, v);
    CAPTURE(v);
    CHECK(b.view() == fmt::format("{}", v));
  };
  for (int t = 0; t <= 1010; ++t) {
    double v = t / 10.0;
    check(v);
    check(std::nextafter(v, 1e9));  // not a tenth: the long way
    check(std::nextafter(v, -1e9));
    check(t / 100.0);
    if (t > 0) check(-v);  // -0 is written "0" (see below), not as fmt writes it
  }
  check(0.1 + 0.2);
  check(99.95);
  check(1e300);
}

TEST_CASE("append_number: small whole numbers written directly, as fmt writes them") {
  for (int i = -5; i <= 200; ++i) {
    std::string out;
    append_number(out, i);
    CHECK(out == fmt::format("{}", i));
  }
  std::string out;
  append_number(out, -0.0);
  CHECK(out == "0");
  out.clear();
  append_number(out, 99.5);
  CHECK(out == "99.5");
}

TEST_CASE("append_number: beyond int64_t's range, and never nan or inf (JSON has neither)") {
  auto both = [](double v) {
    std::string s;
    append_number(s, v);
    ByteBuffer b;
    append_number(b, v);
    CHECK(b.view() == s);
    return s;
  };
  // Outside int64_t (about 9.2e18) a cast would be undefined behaviour: the
  // range is checked first (UBSan caught 1e20 here).
  for (double v : {1e15, 9.2e18, 9.3e18, 1e19, 1e20, 1e300, std::numeric_limits<double>::max(),
                   std::numeric_limits<double>::lowest(), -9.3e18, -1e20}) {
    CAPTURE(v);
    CHECK(both(v) == fmt::format("{}", v));
  }
  CHECK(both(std::nan("")) == "null");
  CHECK(both(-std::nan("")) == "null");
  CHECK(both(std::numeric_limits<double>::infinity()) == "null");
  CHECK(both(-std::numeric_limits<double>::infinity()) == "null");
  std::string out;
  JsonWriter w(out);
  w.begin_array();
  w.number(std::nan(""));
  w.number(std::numeric_limits<double>::infinity());
  w.number(2.5);
  w.end_array();
  CHECK(out == "[null,null,2.5]");
}

TEST_CASE("JsonWriter: compact and indented") {
  std::string out;
  JsonWriter w(out);
  w.begin_object();
  w.key("a");
  w.integer(1);
  w.raw_members("\"b\":true,\"c\":null");
  w.key("d");
  w.begin_array();
  w.string("x");
  w.number(2.5);
  w.end_array();
  w.end_object();
  CHECK(out == "{\"a\":1,\"b\":true,\"c\":null,\"d\":[\"x\",2.5]}");
  std::string pretty;
  JsonWriter p(pretty, 2);
  p.begin_object();
  p.key("a");
  p.begin_array();
  p.end_array();
  p.end_object();
  CHECK(pretty == "{\n  \"a\": []\n}");
}

TEST_CASE("OutputSink: a file appears whole on commit, not at all without") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("nytte-output-test-" + std::to_string(getpid()));
  fs::create_directories(dir);
  std::string path = (dir / "out.jsonl").string();
  {
    OutputSink sink(path);
    sink.write("half");
    CHECK_FALSE(fs::exists(path));  // still a temporary file
  }                                 // no commit: nothing is left behind
  CHECK_FALSE(fs::exists(path));
  CHECK(fs::is_empty(dir));
  {
    OutputSink sink(path);
    sink.write("whole\n");
    sink.commit();
  }
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  CHECK(text.str() == "whole\n");
  CHECK_THROWS_AS(OutputSink((dir / "missing-dir" / "x").string()), Error);
  fs::remove_all(dir);
}

TEST_CASE("OutputSink: a device is written directly, never replaced") {
  // A bug once renamed the temporary file over /dev/null.
  {
    OutputSink sink("/dev/null");
    sink.write("nothing to see\n");
    sink.commit();
  }
  struct stat st {};
  REQUIRE(::stat("/dev/null", &st) == 0);
  CHECK(S_ISCHR(st.st_mode));
}

TEST_CASE("bytes::count: every byte equal to c, in text of any length and at either end") {
  for (size_t n : {0, 1, 2, 7, 8, 15, 16, 17, 31, 32, 33, 100, 1000}) {
    for (size_t every : {1, 2, 3, 170}) {
      std::string s(n, 'a');
      size_t want = 0;
      for (size_t i = 0; i < n; ++i) {
        if (i % every == 0 || i + 1 == n) {
          s[i] = '\n';
          ++want;
        }
      }
      CAPTURE(n);
      CAPTURE(every);
      CHECK(bytes::count(s.data(), s.data() + s.size(), '\n') == want);
      CHECK(bytes::count(s.data(), s.data() + s.size(), 'b') == 0);
    }
  }
}

TEST_CASE("json_escape: the output is UTF-8 whatever the input holds") {
  auto esc = [](std::string_view s) {
    std::string out;
    json_escape(out, s);
    ByteBuffer b;
    json_escape(b, s);
    CHECK(std::string_view(b.data(), b.size()) == out);
    return out;
  };
  CHECK(esc("K\xc3\xb8ge") == "K\xc3\xb8ge");    // well-formed: as it is
  CHECK(esc("Kj\xf8ge") == "Kj\xef\xbf\xbdge");  // Windows-1252
  CHECK(esc("a long name, then a cut sequence \xe2\x82") ==
        "a long name, then a cut sequence \xef\xbf\xbd\xef\xbf\xbd");
  CHECK(esc("\xed\xa0\x80\"") == "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\\\"");  // a surrogate
  CHECK(esc("\xc0\xaf ok \xf0\x9f\x98\x80") == "\xef\xbf\xbd\xef\xbf\xbd ok \xf0\x9f\x98\x80");
}

TEST_CASE("color_wanted: always and never as said; auto on a terminal without NO_COLOR") {
  CHECK(color_wanted("always", false, nullptr, nullptr));
  CHECK(color_wanted("always", false, "1", "dumb"));  // beats NO_COLOR, as in git and ripgrep
  CHECK_FALSE(color_wanted("never", true, nullptr, "xterm"));
  CHECK(color_wanted("auto", true, nullptr, "xterm"));
  CHECK(color_wanted("auto", true, "", "xterm"));  // NO_COLOR set but empty: as if unset
  CHECK_FALSE(color_wanted("auto", false, nullptr, "xterm"));
  CHECK_FALSE(color_wanted("auto", true, "1", "xterm"));
  CHECK_FALSE(color_wanted("auto", true, nullptr, "dumb"));
  CHECK_THROWS_AS(color_wanted("yes", true, nullptr, nullptr), UsageError);
}

TEST_CASE("Style: colours only when on") {
  CHECK(Style{true}.red() == "\x1b[31m");
  CHECK(Style{false}.red().empty());
  CHECK(Style{false}.reset().empty());
}

}  // namespace nytte
