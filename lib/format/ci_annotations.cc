// CI annotations (format/ci_annotations.h).
#include "format/ci_annotations.h"

#include <fmt/format.h>

#include "format/output.h"

namespace nytte {

std::string github_data(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c == '%') {
      out += "%25";
    } else if (c == '\r') {
      out += "%0D";
    } else if (c == '\n') {
      out += "%0A";
    } else {
      out += c;
    }
  }
  return out;
}

std::string github_property(std::string_view s) {
  std::string out;
  for (char c : github_data(s)) {
    if (c == ':') {
      out += "%3A";
    } else if (c == ',') {
      out += "%2C";
    } else {
      out += c;
    }
  }
  return out;
}

namespace {

// FNV-1a over the fields, each ended by a NUL so that ("ab", "c") and
// ("a", "bc") differ, from two offset bases: 128 bits, as long as the MD5
// digests other tools write, with no cryptography needed.
uint64_t fnv1a(uint64_t h, const CodeQualityIssue& i) {
  auto add = [&h](std::string_view s) {
    for (unsigned char c : s) {
      h ^= c;
      h *= 0x100000001b3ULL;
    }
    h *= 0x100000001b3ULL;  // the NUL that ends the field (h ^= 0)
  };
  add(i.check_name);
  add(i.path);
  add(std::to_string(i.line));
  add(i.key);
  return h;
}

}  // namespace

std::string code_quality_fingerprint(const CodeQualityIssue& i) {
  return fmt::format("{:016x}{:016x}", fnv1a(0xcbf29ce484222325ULL, i),
                     fnv1a(0x84222325cbf29ce4ULL, i));
}

std::string write_code_quality(const std::vector<CodeQualityIssue>& issues) {
  std::string out;
  JsonWriter w(out, 2);
  w.begin_array();
  for (const CodeQualityIssue& i : issues) {
    w.begin_object();
    w.key("description");
    w.string(i.description);
    w.key("check_name");
    w.string(i.check_name);
    w.key("fingerprint");
    w.string(code_quality_fingerprint(i));
    w.key("severity");
    w.string(i.severity);
    w.key("location");
    w.begin_object();
    w.key("path");
    w.string(i.path);
    w.key("lines");
    w.begin_object();
    w.key("begin");
    w.integer(i.line > 0 ? i.line : 1);
    w.end_object();
    w.end_object();
    w.end_object();
  }
  w.end_array();
  out += '\n';
  return out;
}

}  // namespace nytte
