// The text of one expression and where it sits in its file: what every stage
// of the condition language needs to point an error at a token.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "base/diagnostic.h"
#include "condition/condition.h"

namespace nytte::condition {

struct Source {
  std::string_view text;
  const TextOrigin& origin;

  // The line and column of byte `offset` of the text in its file.
  SourcePos position(uint32_t offset) const;
  // "at LINE:COLUMN" of `offset`, for messages that name a second place.
  std::string position_text(uint32_t offset) const;
  // Throws Error at `offset` with `code` (see diagnostic.h).
  [[noreturn]] void error(uint32_t offset, std::string message,
                          std::string code = "expression") const;
  std::string_view slice(uint32_t begin, uint32_t end) const {
    return text.substr(begin, end - begin);
  }
};

// `text` with runs of white space (line breaks of a multi-line condition)
// made single spaces.
void one_line(std::string_view text, std::string& out);

}  // namespace nytte::condition
