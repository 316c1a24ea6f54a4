#include "format/json_indent.h"

#include <cstring>

namespace nytte {

void append_indented_json(std::string& out, std::string_view compact, int indent) {
  size_t depth = 0;
  auto newline = [&] {
    out += '\n';
    out.append(depth * static_cast<size_t>(indent), ' ');
  };
  const char* p = compact.data();
  const char* end = p + compact.size();
  while (p < end) {
    // Everything up to the next structural character or string is copied
    // as it is (numbers, true, false, null).
    const char* q = p;
    while (q < end && !std::strchr("{}[],:\"", *q)) ++q;
    out.append(p, q);
    if (q == end) break;
    p = q + 1;
    switch (*q) {
      case '"': {  // a string, up to its closing quote (not an escaped one)
        const char* s = p;
        while (s < end && *s != '"') s += *s == '\\' ? 2 : 1;
        s = s < end ? s + 1 : end;
        out.append(q, s);
        p = s;
        break;
      }
      case '{':
      case '[':
        out += *q;
        if (p < end && (*p == '}' || *p == ']')) {  // empty: on one line
          out += *p++;
        } else {
          ++depth;
          newline();
        }
        break;
      case '}':
      case ']':
        --depth;
        newline();
        out += *q;
        break;
      case ',':
        out += ',';
        newline();
        break;
      case ':':
        out += ": ";
        break;
    }
  }
}

}  // namespace nytte
