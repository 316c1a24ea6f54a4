#include "condition/source.h"

#include <fmt/format.h>

#include "nytte/i18n.h"

namespace nytte::condition {

SourcePos Source::position(uint32_t offset) const {
  SourcePos p;
  p.file = origin.file;
  uint32_t line = origin.line;
  uint32_t col = origin.column;
  for (uint32_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      col = 1;
    } else {
      ++col;
    }
  }
  p.line = line;
  p.column = col;
  return p;
}

std::string Source::position_text(uint32_t offset) const {
  SourcePos p = position(offset);
  return trf("at {}:{}", p.line, p.column);
}

void Source::error(uint32_t offset, std::string message, std::string code) const {
  fail(position(offset), std::move(message), std::move(code));
}

void one_line(std::string_view text, std::string& out) {
  out.clear();
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
}

}  // namespace nytte::condition
