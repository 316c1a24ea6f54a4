// Stage 1 of the condition language: the text as a stream of tokens, read
// one at a time as the parser asks for them (so that errors come in the
// order of the text).
#pragma once

#include <cstdint>
#include <string>

#include "base/date.h"
#include "condition/source.h"

namespace nytte::condition {

enum class Tok : uint8_t {
  end,
  ident,
  number,
  string,
  date,
  lparen,
  rparen,
  lbracket,
  rbracket,
  comma,
  eq,
  ne,
  lt,
  le,
  gt,
  ge,
  plus,
  minus,
  star,
  slash,
  kw_and,
  kw_or,
  kw_not,
  kw_in,
  kw_true,
  kw_false,
};

struct Token {
  Tok kind = Tok::end;
  uint32_t begin = 0;  // byte offsets into the expression
  uint32_t end = 0;
  std::string text;  // identifier name or decoded string literal
  double number = 0;
  Date date;
};

class Lexer {
 public:
  explicit Lexer(const Source& src) : src_(src) {}

  // The next token; Tok::end at the end of the text, again and again.
  // Throws Error at a character that starts no token.
  Token next();

  // Where the next token will be looked for, to step back to (`a not in b`).
  size_t mark() const { return pos_; }
  void reset(size_t mark) { pos_ = mark; }

 private:
  Token lex_string(Token& t, char quote);
  Token lex_number(Token& t);

  const Source& src_;
  size_t pos_ = 0;
};

}  // namespace nytte::condition
