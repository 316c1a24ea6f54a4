#include "condition/lexer.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "nytte/i18n.h"

namespace nytte::condition {

namespace {

bool is_ident_start(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

}  // namespace

Token Lexer::next() {
  while (pos_ < src_.text.size()) {
    char c = src_.text[pos_];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++pos_;
    } else if (c == '#') {  // a comment runs to the end of the line
      while (pos_ < src_.text.size() && src_.text[pos_] != '\n') ++pos_;
    } else {
      break;
    }
  }
  Token t;
  t.begin = static_cast<uint32_t>(pos_);
  if (pos_ >= src_.text.size()) {
    t.end = t.begin;
    return t;
  }
  char c = src_.text[pos_];
  auto one = [&](Tok k, size_t n = 1) {
    t.kind = k;
    pos_ += n;
    t.end = static_cast<uint32_t>(pos_);
    return t;
  };
  char next = pos_ + 1 < src_.text.size() ? src_.text[pos_ + 1] : '\0';
  switch (c) {
    case '(':
      return one(Tok::lparen);
    case ')':
      return one(Tok::rparen);
    case '[':
      return one(Tok::lbracket);
    case ']':
      return one(Tok::rbracket);
    case ',':
      return one(Tok::comma);
    case '+':
      return one(Tok::plus);
    case '-':
      return one(Tok::minus);
    case '*':
      return one(Tok::star);
    case '/':
      return one(Tok::slash);
    case '=':
      if (next == '=') return one(Tok::eq, 2);
      src_.error(t.begin, tr("'=' is not an operator here; write '==' to compare"));
    case '!':
      if (next == '=') return one(Tok::ne, 2);
      return one(Tok::kw_not);
    case '<':
      if (next == '=') return one(Tok::le, 2);
      return one(Tok::lt);
    case '>':
      if (next == '=') return one(Tok::ge, 2);
      return one(Tok::gt);
    case '&':
      if (next == '&') return one(Tok::kw_and, 2);
      src_.error(t.begin, tr("'&' is not an operator; write 'and'"));
    case '|':
      if (next == '|') return one(Tok::kw_or, 2);
      src_.error(t.begin, tr("'|' is not an operator; write 'or'"));
    case '"':
    case '\'':
      return lex_string(t, c);
    default:
      break;
  }
  if (is_digit(c)) return lex_number(t);
  if (is_ident_start(c)) {
    size_t b = pos_;
    while (pos_ < src_.text.size() &&
           (is_ident_start(src_.text[pos_]) || is_digit(src_.text[pos_])))
      ++pos_;
    t.end = static_cast<uint32_t>(pos_);
    t.text = std::string(src_.text.substr(b, pos_ - b));
    if (t.text == "and") {
      t.kind = Tok::kw_and;
    } else if (t.text == "or") {
      t.kind = Tok::kw_or;
    } else if (t.text == "not") {
      t.kind = Tok::kw_not;
    } else if (t.text == "in") {
      t.kind = Tok::kw_in;
    } else if (t.text == "true") {
      t.kind = Tok::kw_true;
    } else if (t.text == "false") {
      t.kind = Tok::kw_false;
    } else {
      t.kind = Tok::ident;
    }
    return t;
  }
  // A UTF-8 sequence or other stray character: name it whole.
  size_t n = 1;
  auto u = static_cast<unsigned char>(c);
  if (u >= 0xC0) n = u >= 0xF0 ? 4 : u >= 0xE0 ? 3 : 2;
  src_.error(t.begin, trf("unexpected character '{}'", src_.text.substr(pos_, n)));
}

Token Lexer::lex_string(Token& t, char quote) {
  ++pos_;
  t.kind = Tok::string;
  while (true) {
    if (pos_ >= src_.text.size() || src_.text[pos_] == '\n') {
      src_.error(t.begin, trf("string not closed: expected {} before the end of the line",
                              quote == '"' ? "'\"'" : "\"'\""));
    }
    char c = src_.text[pos_];
    if (c == quote) {
      ++pos_;
      break;
    }
    if (c == '\\' && pos_ + 1 < src_.text.size()) {
      char e = src_.text[pos_ + 1];
      if (e == '\\' || e == '"' || e == '\'') {
        t.text += e;
      } else if (e == 'n') {
        t.text += '\n';
      } else if (e == 't') {
        t.text += '\t';
      } else {
        src_.error(
            static_cast<uint32_t>(pos_),
            trf("unknown escape '\\{}' in a string; expected \\\\, \\\", \\', \\n or \\t", e));
      }
      pos_ += 2;
      continue;
    }
    t.text += c;
    ++pos_;
  }
  t.end = static_cast<uint32_t>(pos_);
  return t;
}

Token Lexer::lex_number(Token& t) {
  size_t b = pos_;
  // A date literal: YYYY-MM-DD.
  if (b + 10 <= src_.text.size() && src_.text[b + 4] == '-' && src_.text[b + 7] == '-' &&
      std::all_of(src_.text.begin() + b, src_.text.begin() + b + 4, is_digit) &&
      is_digit(src_.text[b + 5]) && is_digit(src_.text[b + 6]) && is_digit(src_.text[b + 8]) &&
      is_digit(src_.text[b + 9]) && (b + 10 == src_.text.size() || !is_digit(src_.text[b + 10]))) {
    std::string_view s = src_.text.substr(b, 10);
    auto d = Date::parse(s);
    if (!d) src_.error(t.begin, trf("'{}' is not a date that exists", s), "bad-date");
    pos_ += 10;
    t.kind = Tok::date;
    t.date = *d;
    t.end = static_cast<uint32_t>(pos_);
    return t;
  }
  double v = 0;
  while (pos_ < src_.text.size() && (is_digit(src_.text[pos_]) || src_.text[pos_] == '_')) {
    if (src_.text[pos_] != '_') v = v * 10 + (src_.text[pos_] - '0');
    ++pos_;
  }
  if (pos_ + 1 < src_.text.size() && src_.text[pos_] == '.' && is_digit(src_.text[pos_ + 1])) {
    ++pos_;
    double scale = 0.1;
    while (pos_ < src_.text.size() && is_digit(src_.text[pos_])) {
      v += (src_.text[pos_] - '0') * scale;
      scale /= 10;
      ++pos_;
    }
  }
  if (pos_ < src_.text.size() && is_ident_start(src_.text[pos_])) {
    src_.error(t.begin, trf("'{}' is not a number", src_.text.substr(b, pos_ - b + 1)));
  }
  if (!std::isfinite(v)) {
    src_.error(t.begin, trf("number too large: {} digits", pos_ - b));
  }
  t.kind = Tok::number;
  t.number = v;
  t.end = static_cast<uint32_t>(pos_);
  return t;
}

}  // namespace nytte::condition
