// The condition language: lexer, parser with type checking, evaluator with
// three-valued logic, and the observation and explanation of an evaluation.
// The language is described for users in docs/rules.md.
#include "condition.h"

#include <algorithm>
#include <array>
#include <climits>
#include <cmath>
#include <cstdint>
#include <unordered_set>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "codes.h"

namespace nytte {

// What a string value is a code of, so that literals compared with it can be
// checked (and spelled canonically) when the rule file loads.
enum class CodeKind : uint8_t {
  none,
  benefit,
  category,
  sex,
  danish_test,  // PD1 .. studieproeven, and "none" for highest_danish_test()
  municipality,
  track,
  exemption,
  weekday,
  declared,  // a declared field with a `codes` list
};

enum class Op : uint8_t {
  lit_bool,
  lit_number,
  lit_string,
  lit_date,
  lit_list,
  field,     // a built-in field
  declared,  // a field the rule set declares
  on_date,
  not_,
  and_,
  or_,
  eq,
  ne,
  lt,
  le,
  gt,
  ge,
  in,           // string in list (negated for `not in`)
  in_enum_set,  // benefit/category/sex in a fixed set: a bit mask
  neg,
  add,
  sub,
  mul,
  div,
  call,
};

enum class Fn : uint8_t {
  age,
  age_on,
  months_on,
  days_on,
  passed_danish,
  highest_danish_test,
  has,
  value_or,
  min,
  max,
  len,
  abs,
  days_between,
  months_between,
  years_between,
  months_since,
  add_days,
  add_months,
  weekday,
  date,
};

// What evaluating a node reads comes first, within one cache line (a node
// starts one): every citizen walks the trees again, and the output written
// between two citizens pushes them out of the nearest caches.
struct alignas(64) ExprNode {
  Op op = Op::lit_bool;
  Type type = Type::boolean;
  Fn fn = Fn::age;
  Field field = Field::id;
  CodeKind codes = CodeKind::none;
  bool negate = false;    // `not in`
  uint16_t declared = 0;  // index into Citizen::extra
  bool b = false;
  Date date;
  double number = 0;
  uint64_t mask = 0;
  std::vector<ExprNode> args;
  uint32_t begin = 0;  // the node's text in the expression
  uint32_t end = 0;
  int depth = 1;      // levels of the tree from here down (kMaxDepth)
  std::string name;   // field name (for missing-field reports)
  std::string label;  // a call's text on one line, for explanations
  std::string string;
  std::vector<std::string> list;
  // On the root only: the fields and calls whose values explain the
  // expression, in first-use order, each name once (see observe()).
  std::vector<const ExprNode*> observables;
  std::vector<std::string_view> observable_names;  // theirs, in the same order
};

namespace {

// The Benefit bits of the codes in a list (other strings set none).
uint64_t benefit_mask(const std::vector<std::string>& codes) {
  uint64_t m = 0;
  const CodeList& l = benefit_codes();
  for (size_t i = 0; i < l.codes.size(); ++i) {
    if (std::find(codes.begin(), codes.end(), l.codes[i]) != codes.end()) m |= uint64_t{1} << i;
  }
  return m;
}

// ---------------------------------------------------------------- lexing --

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
  uint32_t begin = 0;
  uint32_t end = 0;
  std::string text;  // identifier name or decoded string literal
  double number = 0;
  Date date;
};

bool is_ident_start(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// --------------------------------------------------------- the functions --

struct FnInfo {
  Fn fn;
  std::string_view name;
  std::string_view signature;  // for messages and docs
};

constexpr std::array<FnInfo, 20> kFunctions = {{
    {Fn::age, "age", "age() -> number"},
    {Fn::age_on, "age_on", "age_on(date) -> number"},
    {Fn::months_on, "months_on", "months_on(list of benefits, number of months) -> number"},
    {Fn::days_on, "days_on", "days_on(list of benefits, number of days) -> number"},
    {Fn::passed_danish, "passed_danish",
     "passed_danish(\"PD1\"|\"PD2\"|\"PD3\"|\"studieproeven\") -> bool"},
    {Fn::highest_danish_test, "highest_danish_test", "highest_danish_test() -> string"},
    {Fn::has, "has", "has(field) -> bool"},
    {Fn::value_or, "value_or", "value_or(field, default) -> the field's type"},
    {Fn::min, "min", "min(number, number, ...) -> number"},
    {Fn::max, "max", "max(number, number, ...) -> number"},
    {Fn::len, "len", "len(list) -> number"},
    {Fn::abs, "abs", "abs(number) -> number"},
    {Fn::days_between, "days_between", "days_between(date, date) -> number"},
    {Fn::months_between, "months_between", "months_between(date, date) -> number"},
    {Fn::years_between, "years_between", "years_between(date, date) -> number"},
    {Fn::months_since, "months_since", "months_since(date) -> number"},
    {Fn::add_days, "add_days", "add_days(date, number) -> date"},
    {Fn::add_months, "add_months", "add_months(date, number) -> date"},
    {Fn::weekday, "weekday", "weekday(date) -> string"},
    {Fn::date, "date", "date(\"YYYY-MM-DD\") -> date"},
}};

constexpr std::array<std::string_view, 7> kWeekdays = {"mon", "tue", "wed", "thu",
                                                       "fri", "sat", "sun"};

// `text` with runs of white space (line breaks of a multi-line condition)
// made single spaces.
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

// ---------------------------------------------------------------- parser --

class Parser {
 public:
  Parser(std::string_view text, const TextOrigin& origin, const Schema& schema,
         std::vector<std::string>& reads, std::vector<Constant>& constants)
      : text_(text), origin_(origin), schema_(schema), reads_(reads), constants_(constants) {
    advance();
  }

  ExprNode parse() {
    ExprNode e = parse_or();
    if (tok_.kind != Tok::end) {
      error(tok_.begin, fmt::format("unexpected {} after a complete expression; expected an "
                                    "operator such as 'and', 'or' or '=='",
                                    describe(tok_)));
    }
    return e;
  }

  [[noreturn]] void error(uint32_t offset, std::string message, std::string code = "expression") {
    fail(position(offset), std::move(message), std::move(code));
  }

  SourcePos position(uint32_t offset) const {
    SourcePos p;
    p.file = origin_.file;
    uint32_t line = origin_.line;
    uint32_t col = origin_.column;
    for (uint32_t i = 0; i < offset && i < text_.size(); ++i) {
      if (text_[i] == '\n') {
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

  std::string_view slice(const ExprNode& n) const { return text_.substr(n.begin, n.end - n.begin); }

 private:
  std::string describe(const Token& t) const {
    if (t.kind == Tok::end) return "end of expression";
    return fmt::format("'{}'", text_.substr(t.begin, t.end - t.begin));
  }

  // ---- lexer
  void advance() {
    prev_end_ = tok_.end;
    tok_ = lex();
  }

  Token lex() {
    while (pos_ < text_.size()) {
      char c = text_[pos_];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        ++pos_;
      } else if (c == '#') {  // a comment runs to the end of the line
        while (pos_ < text_.size() && text_[pos_] != '\n') ++pos_;
      } else {
        break;
      }
    }
    Token t;
    t.begin = static_cast<uint32_t>(pos_);
    if (pos_ >= text_.size()) {
      t.end = t.begin;
      return t;
    }
    char c = text_[pos_];
    auto one = [&](Tok k, size_t n = 1) {
      t.kind = k;
      pos_ += n;
      t.end = static_cast<uint32_t>(pos_);
      return t;
    };
    char next = pos_ + 1 < text_.size() ? text_[pos_ + 1] : '\0';
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
        error(t.begin, "'=' is not an operator here; write '==' to compare");
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
        error(t.begin, "'&' is not an operator; write 'and'");
      case '|':
        if (next == '|') return one(Tok::kw_or, 2);
        error(t.begin, "'|' is not an operator; write 'or'");
      case '"':
      case '\'':
        return lex_string(t, c);
      default:
        break;
    }
    if (is_digit(c)) return lex_number(t);
    if (is_ident_start(c)) {
      size_t b = pos_;
      while (pos_ < text_.size() && (is_ident_start(text_[pos_]) || is_digit(text_[pos_]))) ++pos_;
      t.end = static_cast<uint32_t>(pos_);
      t.text = std::string(text_.substr(b, pos_ - b));
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
    error(t.begin, fmt::format("unexpected character '{}'", text_.substr(pos_, n)));
  }

  Token lex_string(Token& t, char quote) {
    ++pos_;
    t.kind = Tok::string;
    while (true) {
      if (pos_ >= text_.size() || text_[pos_] == '\n') {
        error(t.begin, fmt::format("string not closed: expected {} before the end of the line",
                                   quote == '"' ? "'\"'" : "\"'\""));
      }
      char c = text_[pos_];
      if (c == quote) {
        ++pos_;
        break;
      }
      if (c == '\\' && pos_ + 1 < text_.size()) {
        char e = text_[pos_ + 1];
        if (e == '\\' || e == '"' || e == '\'') {
          t.text += e;
        } else if (e == 'n') {
          t.text += '\n';
        } else if (e == 't') {
          t.text += '\t';
        } else {
          error(static_cast<uint32_t>(pos_),
                fmt::format(
                    "unknown escape '\\{}' in a string; expected \\\\, \\\", \\', \\n or \\t", e));
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

  Token lex_number(Token& t) {
    size_t b = pos_;
    // A date literal: YYYY-MM-DD.
    if (b + 10 <= text_.size() && text_[b + 4] == '-' && text_[b + 7] == '-' &&
        std::all_of(text_.begin() + b, text_.begin() + b + 4, is_digit) && is_digit(text_[b + 5]) &&
        is_digit(text_[b + 6]) && is_digit(text_[b + 8]) && is_digit(text_[b + 9]) &&
        (b + 10 == text_.size() || !is_digit(text_[b + 10]))) {
      std::string_view s = text_.substr(b, 10);
      auto d = Date::parse(s);
      if (!d) error(t.begin, fmt::format("'{}' is not a date that exists", s), "bad-date");
      pos_ += 10;
      t.kind = Tok::date;
      t.date = *d;
      t.end = static_cast<uint32_t>(pos_);
      return t;
    }
    double v = 0;
    while (pos_ < text_.size() && (is_digit(text_[pos_]) || text_[pos_] == '_')) {
      if (text_[pos_] != '_') v = v * 10 + (text_[pos_] - '0');
      ++pos_;
    }
    if (pos_ + 1 < text_.size() && text_[pos_] == '.' && is_digit(text_[pos_ + 1])) {
      ++pos_;
      double scale = 0.1;
      while (pos_ < text_.size() && is_digit(text_[pos_])) {
        v += (text_[pos_] - '0') * scale;
        scale /= 10;
        ++pos_;
      }
    }
    if (pos_ < text_.size() && is_ident_start(text_[pos_])) {
      error(t.begin, fmt::format("'{}' is not a number", text_.substr(b, pos_ - b + 1)));
    }
    if (!std::isfinite(v)) {
      error(t.begin, fmt::format("number too large: {} digits", pos_ - b));
    }
    t.kind = Tok::number;
    t.number = v;
    t.end = static_cast<uint32_t>(pos_);
    return t;
  }

  bool accept(Tok k) {
    if (tok_.kind != k) return false;
    advance();
    return true;
  }

  void expect(Tok k, std::string_view what) {
    if (tok_.kind != k) {
      error(tok_.begin, fmt::format("expected {}, found {}", what, describe(tok_)));
    }
    advance();
  }

  // ---- grammar
  ExprNode make(Op op, Type type, uint32_t begin, std::vector<ExprNode> args = {}) {
    ExprNode n;
    n.op = op;
    n.type = type;
    n.begin = begin;
    n.end = prev_end_;
    n.args = std::move(args);
    for (const ExprNode& a : n.args) n.depth = std::max(n.depth, a.depth + 1);
    return n;
  }

  // An operator's node, refused when it would make the tree deeper than
  // kMaxDepth; `at` is the operator, where the message points.
  ExprNode make_op(Op op, Type type, uint32_t begin, uint32_t at, std::vector<ExprNode> args) {
    ExprNode n = make(op, type, begin, std::move(args));
    if (n.depth > kMaxDepth) {
      error(at,
            fmt::format("expression too complex: more than {} operators inside one another; a "
                        "chain of '+', '-', '*', '/' nests one level an operator (docs/rules.md, "
                        "limits); give a part a name in [constants] or split the rule",
                        kMaxDepth),
            "too-complex");
    }
    return n;
  }

  // One level of parentheses, a call, `not` or unary `-` at `at`, for as long
  // as it lives; the level past kMaxNesting is refused there. Every recursion
  // of the parser passes through one, so it is bounded too.
  class Nest {
   public:
    Nest(Parser& p, uint32_t at) : p_(p) {
      if (p_.nesting_ >= kMaxNesting) {
        p_.error(at,
                 fmt::format("expression too complex: more than {} levels of parentheses, "
                             "function calls, 'not' and '-' inside one another (docs/rules.md, "
                             "limits)",
                             kMaxNesting),
                 "too-complex");
      }
      ++p_.nesting_;
    }
    ~Nest() { --p_.nesting_; }
    Nest(const Nest&) = delete;
    Nest& operator=(const Nest&) = delete;

   private:
    Parser& p_;
  };

  void need(const ExprNode& n, Type t, std::string_view role) {
    if (n.type != t) {
      error(n.begin,
            fmt::format("{} must be a {}, but '{}' is a {}", role, type_name(t), slice(n),
                        type_name(n.type)),
            "type");
    }
  }

  ExprNode parse_or() { return parse_chain(Tok::kw_or); }
  ExprNode parse_and() { return parse_chain(Tok::kw_and); }

  // `a or b or c` (`and`: the same a level down) as one node with an operand
  // each, not a tree as deep as the chain is long: Kleene's `and` and `or`
  // are associative, and the evaluators go through the operands in order.
  //
  // Every level of nesting goes through the parse_* functions once, so they
  // keep small frames: the work of an operator that is there is done out of
  // line, in the *_rest functions (a level costs about 1 KB of stack, not 7).
  ExprNode parse_chain(Tok kind) {
    ExprNode first = kind == Tok::kw_or ? parse_and() : parse_not();
    if (tok_.kind == kind) chain_rest(kind, first);
    return first;
  }

  // The operands after `first`; `first` becomes the chain's node.
  [[gnu::noinline]] void chain_rest(Tok kind, ExprNode& first) {
    auto operand = [&] { return kind == Tok::kw_or ? parse_and() : parse_not(); };
    uint32_t b = first.begin;
    std::vector<ExprNode> args;
    args.push_back(std::move(first));
    while (tok_.kind == kind) {
      Token op_tok = tok_;
      std::string_view op = text_.substr(op_tok.begin, op_tok.end - op_tok.begin);
      if (args.size() >= kMaxChain) {
        error(op_tok.begin,
              fmt::format("expression too complex: more than {} operands of one chain of '{}' "
                          "(docs/rules.md, limits); use 'in' and a list, or split the rule",
                          kMaxChain, op),
              "too-complex");
      }
      advance();
      ExprNode right = operand();
      if (args.size() == 1) need(args[0], Type::boolean, fmt::format("each side of '{}'", op));
      need(right, Type::boolean, fmt::format("each side of '{}'", op));
      args.push_back(std::move(right));
    }
    Op op = kind == Tok::kw_or ? Op::or_ : Op::and_;
    first = make_op(op, Type::boolean, b, b, std::move(args));
  }

  ExprNode parse_not() {
    if (tok_.kind == Tok::kw_not) return parse_negation();
    return parse_comparison();
  }

  [[gnu::noinline]] ExprNode parse_negation() {
    uint32_t b = tok_.begin;
    Nest level(*this, b);
    advance();
    ExprNode operand = parse_not();
    need(operand, Type::boolean, "the operand of 'not'");
    return make_op(Op::not_, Type::boolean, b, b, vec(std::move(operand)));
  }

  static std::vector<ExprNode> vec(ExprNode a) {
    std::vector<ExprNode> v;
    v.push_back(std::move(a));
    return v;
  }
  static std::vector<ExprNode> vec(ExprNode a, ExprNode b) {
    std::vector<ExprNode> v;
    v.push_back(std::move(a));
    v.push_back(std::move(b));
    return v;
  }

  ExprNode parse_comparison() {
    ExprNode left = parse_additive();
    switch (tok_.kind) {
      case Tok::eq:
      case Tok::ne:
      case Tok::lt:
      case Tok::le:
      case Tok::gt:
      case Tok::ge:
      case Tok::kw_in:
      case Tok::kw_not:
        comparison_rest(left);
        break;
      default:
        break;
    }
    return left;
  }

  // The operator after `left` and its right side; `left` becomes the node.
  [[gnu::noinline]] void comparison_rest(ExprNode& left) {
    Op op;
    switch (tok_.kind) {
      case Tok::eq:
        op = Op::eq;
        break;
      case Tok::ne:
        op = Op::ne;
        break;
      case Tok::lt:
        op = Op::lt;
        break;
      case Tok::le:
        op = Op::le;
        break;
      case Tok::gt:
        op = Op::gt;
        break;
      case Tok::ge:
        op = Op::ge;
        break;
      case Tok::kw_in:
        left = parse_in(std::move(left), false);
        return;
      case Tok::kw_not: {
        // `a not in b`
        Token save = tok_;
        size_t save_pos = pos_;
        advance();
        if (tok_.kind != Tok::kw_in) {
          tok_ = save;
          pos_ = save_pos;
          error(save.begin,
                "expected 'in' after 'not' here ('a not in list'); "
                "to negate a condition, write 'not' before it");
        }
        left = parse_in(std::move(left), true);
        return;
      }
      default:
        return;
    }
    Token op_tok = tok_;
    advance();
    ExprNode right = parse_additive();
    std::string_view op_text = text_.substr(op_tok.begin, op_tok.end - op_tok.begin);
    bool ordering = op != Op::eq && op != Op::ne;
    if (left.type != right.type) {
      error(op_tok.begin,
            fmt::format("cannot compare '{}' ({}) with '{}' ({}) using '{}'", slice(left),
                        type_name(left.type), slice(right), type_name(right.type), op_text),
            "type");
    }
    if (left.type == Type::string_list) {
      error(op_tok.begin,
            fmt::format("'{}' cannot compare lists; use 'in' to test membership", op_text), "type");
    }
    if (ordering && left.type != Type::number && left.type != Type::date) {
      error(op_tok.begin,
            fmt::format("'{}' needs two numbers or two dates, but '{}' and '{}' are {}s", op_text,
                        slice(left), slice(right), type_name(left.type)),
            "type");
    }
    if (left.type == Type::string) {
      // A coded value compared with a literal: check and canonicalize it.
      if (left.codes != CodeKind::none && right.op == Op::lit_string) {
        right.string = check_code(left, right.string, right.begin);
      } else if (right.codes != CodeKind::none && left.op == Op::lit_string) {
        left.string = check_code(right, left.string, left.begin);
      }
      // benefit == "x" on an enum field: a one-bit set.
      if (left.op == Op::field && right.op == Op::lit_string && enum_field(left.field)) {
        uint32_t b = left.begin;
        ExprNode n = make_op(Op::in_enum_set, Type::boolean, b, op_tok.begin, vec(std::move(left)));
        n.mask = enum_bit(n.args[0].field, right.string);
        n.negate = op == Op::ne;
        left = std::move(n);
        return;
      }
    }
    uint32_t b = left.begin;
    left = make_op(op, Type::boolean, b, op_tok.begin, vec(std::move(left), std::move(right)));
  }

  ExprNode parse_in(ExprNode left, bool negate) {
    Token op_tok = tok_;
    advance();
    ExprNode right = parse_additive();
    if (right.type != Type::string_list) {
      error(right.begin,
            fmt::format("the right side of 'in' must be a list, but '{}' is a {}", slice(right),
                        type_name(right.type)),
            "type");
    }
    if (left.type != Type::string) {
      error(left.begin,
            fmt::format("the left side of 'in' must be a string, but '{}' is a {}", slice(left),
                        type_name(left.type)),
            "type");
    }
    // Check codes: a coded value in a fixed list, or a literal in a coded list.
    bool fixed = right.op == Op::lit_list;
    if (left.codes != CodeKind::none && fixed) {
      for (std::string& item : right.list) {
        item = check_code(left, item, right.begin, right.name);
      }
    } else if (right.codes != CodeKind::none && left.op == Op::lit_string) {
      left.string = check_code(right, left.string, left.begin);
    }
    if (left.op == Op::field && enum_field(left.field) && fixed) {
      uint32_t b = left.begin;
      ExprNode n = make_op(Op::in_enum_set, Type::boolean, b, op_tok.begin, vec(std::move(left)));
      for (const std::string& item : right.list) n.mask |= enum_bit(n.args[0].field, item);
      n.negate = negate;
      n.string = std::string(slice(right));  // for explanations
      n.list = right.list;
      return n;
    }
    uint32_t b = left.begin;
    ExprNode n =
        make_op(Op::in, Type::boolean, b, op_tok.begin, vec(std::move(left), std::move(right)));
    n.negate = negate;
    return n;
  }

  static bool enum_field(Field f) {
    return f == Field::benefit || f == Field::category || f == Field::sex;
  }

  static uint64_t enum_bit(Field f, std::string_view code) {
    const CodeList& list = f == Field::benefit    ? benefit_codes()
                           : f == Field::category ? category_codes()
                                                  : sex_codes();
    auto i = find_code(list, code);
    return i ? uint64_t{1} << *i : 0;
  }

  // Checks `literal` against the codes of `coded`; returns its canonical
  // spelling. `constant` names the constant the literal came from, if any.
  std::string check_code(const ExprNode& coded, const std::string& literal, uint32_t at,
                         std::string_view constant = "") {
    std::vector<std::string_view> candidates;
    std::string_view what;
    auto from_list = [&](const CodeList& l) {
      for (std::string_view c : l.codes) candidates.push_back(c);
      what = l.name;
      auto i = find_code(l, literal);
      return i ? std::optional<std::string>(std::string(l.codes[*i])) : std::nullopt;
    };
    std::optional<std::string> found;
    switch (coded.codes) {
      case CodeKind::none:
        return literal;
      case CodeKind::benefit:
        found = from_list(benefit_codes());
        break;
      case CodeKind::category:
        found = from_list(category_codes());
        break;
      case CodeKind::sex:
        found = from_list(sex_codes());
        break;
      case CodeKind::danish_test:
        found = from_list(danish_test_codes());
        what = "Danish test";
        if (!found && literal == "none") found = "none";
        if (coded.op == Op::call) candidates.push_back("none");
        break;
      case CodeKind::municipality:
        found = municipality_code(literal);
        what = "municipality (kommunekode or name)";
        break;
      case CodeKind::weekday:
        for (std::string_view d : kWeekdays) candidates.push_back(d);
        what = "weekday";
        if (parse_weekday(literal)) found = literal;
        break;
      case CodeKind::track:
      case CodeKind::exemption:
      case CodeKind::declared: {
        const std::vector<std::string>* codes = coded.codes == CodeKind::track ? &schema_.track_ids
                                                : coded.codes == CodeKind::exemption
                                                    ? &schema_.exemption_codes
                                                    : &schema_.fields[coded.declared].codes;
        what = coded.codes == CodeKind::track       ? "track"
               : coded.codes == CodeKind::exemption ? "exemption"
                                                    : "code";
        if (codes->empty()) return literal;  // nothing declared: any value
        for (const std::string& c : *codes) {
          candidates.push_back(c);
          if (fold_danish(c) == fold_danish(literal)) found = c;
        }
        break;
      }
    }
    if (found) return *found;
    std::string hint = did_you_mean(literal, candidates);
    std::string where =
        constant.empty() ? std::string() : fmt::format(" (in constant '{}')", constant);
    std::string expected;
    if (hint.empty() && !candidates.empty() && candidates.size() <= 12) {
      expected = "; expected one of: ";
      for (size_t i = 0; i < candidates.size(); ++i) {
        expected += (i ? ", " : "") + std::string(candidates[i]);
      }
    }
    error(at,
          fmt::format("'{}'{} is not a {} code of '{}'{}{}", excerpt(literal), where, what,
                      slice(coded), hint.empty() ? "" : "; " + hint, expected),
          "unknown-code");
  }

  ExprNode parse_additive() {
    ExprNode left = parse_multiplicative();
    if (tok_.kind == Tok::plus || tok_.kind == Tok::minus) additive_rest(left);
    return left;
  }

  [[gnu::noinline]] void additive_rest(ExprNode& left) {
    while (tok_.kind == Tok::plus || tok_.kind == Tok::minus) {
      Token op_tok = tok_;
      advance();
      ExprNode right = parse_multiplicative();
      Op op = op_tok.kind == Tok::plus ? Op::add : Op::sub;
      Type result = Type::number;
      bool ok = left.type == Type::number && right.type == Type::number;
      if (op == Op::sub && left.type == Type::date && right.type == Type::date) ok = true;
      if (!ok) {
        error(
            op_tok.begin,
            fmt::format("'{}' needs two numbers{}, but '{}' is a {} and '{}' is a {}{}",
                        op == Op::add ? "+" : "-", op == Op::sub ? " (or two dates)" : "",
                        slice(left), type_name(left.type), slice(right), type_name(right.type),
                        left.type == Type::date ? "; use add_days() or add_months() on dates" : ""),
            "type");
      }
      uint32_t b = left.begin;
      left = make_op(op, result, b, op_tok.begin, vec(std::move(left), std::move(right)));
    }
  }

  ExprNode parse_multiplicative() {
    ExprNode left = parse_unary();
    if (tok_.kind == Tok::star || tok_.kind == Tok::slash) multiplicative_rest(left);
    return left;
  }

  [[gnu::noinline]] void multiplicative_rest(ExprNode& left) {
    while (tok_.kind == Tok::star || tok_.kind == Tok::slash) {
      Token op_tok = tok_;
      advance();
      ExprNode right = parse_unary();
      Op op = op_tok.kind == Tok::star ? Op::mul : Op::div;
      if (left.type != Type::number || right.type != Type::number) {
        error(op_tok.begin,
              fmt::format("'{}' needs two numbers, but '{}' is a {} and '{}' is a {}",
                          op == Op::mul ? "*" : "/", slice(left), type_name(left.type),
                          slice(right), type_name(right.type)),
              "type");
      }
      uint32_t b = left.begin;
      left = make_op(op, Type::number, b, op_tok.begin, vec(std::move(left), std::move(right)));
    }
  }

  ExprNode parse_unary() {
    switch (tok_.kind) {
      case Tok::minus:
        return parse_minus();
      case Tok::lparen:
        return parse_parenthesized();
      case Tok::ident:
        return parse_name();
      default:
        return parse_primary();
    }
  }

  [[gnu::noinline]] ExprNode parse_minus() {
    uint32_t b = tok_.begin;
    Nest level(*this, b);
    advance();
    ExprNode operand = parse_unary();
    need(operand, Type::number, "the operand of '-'");
    if (operand.op == Op::lit_number) {
      operand.number = -operand.number;
      operand.begin = b;
      return operand;
    }
    return make_op(Op::neg, Type::number, b, b, vec(std::move(operand)));
  }

  [[gnu::noinline]] ExprNode parse_parenthesized() {
    uint32_t b = tok_.begin;
    Nest level(*this, b);
    advance();
    ExprNode inner = parse_or();
    // The message only when it is needed: position_text() counts lines from
    // the start, and a condition may hold thousands of parentheses.
    if (tok_.kind != Tok::rparen) {
      expect(Tok::rparen, "')' to close the '(' " + position_text(b));
    }
    advance();
    return inner;
  }

  // A field, a constant or a call.
  [[gnu::noinline]] ExprNode parse_name() {
    Token t = tok_;
    advance();
    if (tok_.kind == Tok::lparen) return parse_call(t);
    return name_ref(t);
  }

  // A literal (parenthesized expressions, names and calls: parse_unary).
  [[gnu::noinline]] ExprNode parse_primary() {
    Token t = tok_;
    switch (t.kind) {
      case Tok::number: {
        advance();
        ExprNode n = make(Op::lit_number, Type::number, t.begin);
        n.number = t.number;
        return n;
      }
      case Tok::string: {
        advance();
        ExprNode n = make(Op::lit_string, Type::string, t.begin);
        n.string = t.text;
        return n;
      }
      case Tok::date: {
        advance();
        ExprNode n = make(Op::lit_date, Type::date, t.begin);
        n.date = t.date;
        return n;
      }
      case Tok::kw_true:
      case Tok::kw_false: {
        advance();
        ExprNode n = make(Op::lit_bool, Type::boolean, t.begin);
        n.b = t.kind == Tok::kw_true;
        return n;
      }
      case Tok::lbracket: {
        advance();
        ExprNode n;
        while (tok_.kind != Tok::rbracket) {
          if (tok_.kind != Tok::string) {
            error(tok_.begin,
                  fmt::format("a list holds strings only; expected a string, found {}",
                              describe(tok_)),
                  "type");
          }
          n.list.push_back(tok_.text);
          advance();
          if (!accept(Tok::comma)) break;
        }
        expect(Tok::rbracket, "']' or ',' in the list");
        ExprNode list = make(Op::lit_list, Type::string_list, t.begin);
        list.list = std::move(n.list);
        return list;
      }
      default:
        error(t.begin, fmt::format("expected a value (a field, a number, a string, a date, a "
                                   "list or a function call), found {}",
                                   describe(t)));
    }
  }

  std::string position_text(uint32_t offset) const {
    SourcePos p = position(offset);
    return fmt::format("at {}:{}", p.line, p.column);
  }

  void note_read(std::string_view name) {
    if (std::find(reads_.begin(), reads_.end(), name) == reads_.end()) reads_.emplace_back(name);
  }

  // A field, a declared field, a constant or `on_date`.
  ExprNode name_ref(const Token& t) {
    const std::string& name = t.text;
    if (name == "on_date") return make(Op::on_date, Type::date, t.begin);
    if (auto f = find_field(name)) {
      if (*f == Field::benefit_history || *f == Field::unavailable || *f == Field::cpr) {
        error(t.begin,
              fmt::format("field '{}' cannot be read directly in a condition; use has({}){}", name,
                          name,
                          *f == Field::benefit_history
                              ? " or months_on(benefits, months) or days_on(benefits, days)"
                              : ""),
              "type");
      }
      ExprNode n = make(Op::field, field_info(*f).type, t.begin);
      n.field = *f;
      n.name = name;
      switch (*f) {
        case Field::benefit:
          n.codes = CodeKind::benefit;
          break;
        case Field::category:
          n.codes = CodeKind::category;
          break;
        case Field::sex:
          n.codes = CodeKind::sex;
          break;
        case Field::municipality:
          n.codes = CodeKind::municipality;
          break;
        case Field::danish_tests:
          n.codes = CodeKind::danish_test;
          break;
        case Field::exemptions:
          n.codes = CodeKind::exemption;
          break;
        case Field::assigned_track:
          n.codes = CodeKind::track;
          break;
        default:
          break;
      }
      note_read(name);
      return n;
    }
    for (size_t i = 0; i < schema_.fields.size(); ++i) {
      const DeclaredField& f = schema_.fields[i];
      if (f.name != name) continue;
      ExprNode n = make(Op::declared, f.type, t.begin);
      n.declared = static_cast<uint16_t>(i);
      n.name = name;
      if (!f.codes.empty()) n.codes = CodeKind::declared;
      note_read(name);
      return n;
    }
    for (const Constant& c : schema_.constants) {
      if (c.name != name) continue;
      ExprNode n;
      switch (c.type) {
        case Type::boolean:
          n = make(Op::lit_bool, Type::boolean, t.begin);
          n.b = c.boolean;
          break;
        case Type::number:
          n = make(Op::lit_number, Type::number, t.begin);
          n.number = c.number;
          break;
        case Type::string:
          n = make(Op::lit_string, Type::string, t.begin);
          n.string = c.string;
          break;
        case Type::date:
          n = make(Op::lit_date, Type::date, t.begin);
          n.date = c.date;
          break;
        case Type::string_list:
          n = make(Op::lit_list, Type::string_list, t.begin);
          n.list = c.list;
          break;
      }
      n.name = name;  // a constant: used in messages about its items
      bool seen = std::any_of(constants_.begin(), constants_.end(),
                              [&](const Constant& k) { return k.name == name; });
      if (!seen) constants_.push_back(c);
      return n;
    }
    std::vector<std::string_view> candidates = builtin_field_names();
    for (const DeclaredField& f : schema_.fields) candidates.push_back(f.name);
    for (const Constant& c : schema_.constants) candidates.push_back(c.name);
    candidates.push_back("on_date");
    std::string hint = did_you_mean(name, candidates);
    for (const FnInfo& fi : kFunctions) {
      if (fi.name == name) {
        error(t.begin, fmt::format("'{}' is a function; call it as {}", name, fi.signature),
              "unknown-field");
      }
    }
    error(t.begin,
          fmt::format("unknown field '{}'{}{}", excerpt(name), hint.empty() ? "" : "; ",
                      hint.empty() ? "; expected a citizen field, a field the rule set declares, "
                                     "a constant or on_date"
                                   : hint),
          "unknown-field");
  }

  ExprNode parse_call(const Token& name_tok) {
    const std::string& name = name_tok.text;
    const FnInfo* info = nullptr;
    for (const FnInfo& f : kFunctions) {
      if (f.name == name) info = &f;
    }
    if (!info) {
      std::vector<std::string_view> names;
      for (const FnInfo& f : kFunctions) names.push_back(f.name);
      std::string hint = did_you_mean(name, names);
      error(name_tok.begin,
            fmt::format("unknown function '{}'{}", excerpt(name),
                        hint.empty() ? "; see docs/rules.md for the functions" : "; " + hint),
            "unknown-function");
    }
    Nest level(*this, name_tok.begin);
    advance();  // '('
    std::vector<ExprNode> args;
    std::vector<uint32_t> arg_at;
    if (tok_.kind != Tok::rparen) {
      while (true) {
        arg_at.push_back(tok_.begin);
        if (info->fn == Fn::has || (info->fn == Fn::value_or && args.empty())) {
          args.push_back(field_arg(*info));
        } else {
          args.push_back(parse_or());
        }
        if (!accept(Tok::comma)) break;
      }
    }
    expect(Tok::rparen, fmt::format("')' or ',' in the call of {}", name));
    ExprNode n = make_op(Op::call, Type::number, name_tok.begin, name_tok.begin, std::move(args));
    n.fn = info->fn;
    n.name = name;
    one_line(slice(n), n.label);
    type_call(n, *info);
    return n;
  }

  // The argument of has() and the first of value_or(): a field by name.
  ExprNode field_arg(const FnInfo& info) {
    Token t = tok_;
    if (t.kind != Tok::ident) {
      error(t.begin, fmt::format("{} needs a field name, found {}", info.name, describe(t)),
            "type");
    }
    advance();
    if (auto f = find_field(t.text)) {
      ExprNode n = make(Op::field, field_info(*f).type, t.begin);
      n.field = *f;
      n.name = t.text;
      note_read(t.text);
      if (info.fn == Fn::value_or &&
          (*f == Field::benefit_history || *f == Field::unavailable || *f == Field::cpr)) {
        error(t.begin, fmt::format("value_or cannot read '{}'; use has({})", t.text, t.text),
              "type");
      }
      return n;
    }
    ExprNode n = name_ref(t);
    if (n.op != Op::declared) {
      error(t.begin,
            fmt::format("{} needs a citizen field, but '{}' is a constant", info.name, t.text),
            "type");
    }
    return n;
  }

  void arity(const ExprNode& n, const FnInfo& info, size_t lo, size_t hi) {
    size_t k = n.args.size();
    if (k < lo || k > hi) {
      std::string want = lo == hi         ? fmt::format("{}", lo)
                         : hi == SIZE_MAX ? fmt::format("at least {}", lo)
                                          : fmt::format("{} to {}", lo, hi);
      error(n.begin,
            fmt::format("{} takes {} argument{}, given {}: {}", info.name, want,
                        hi == 1 && lo == 1 ? "" : "s", k, info.signature),
            "arity");
    }
  }

  void arg_type(const ExprNode& n, size_t i, Type t, const FnInfo& info) {
    const ExprNode& a = n.args[i];
    if (a.type != t) {
      error(a.begin,
            fmt::format("argument {} of {} must be a {}, but '{}' is a {}: {}", i + 1, info.name,
                        type_name(t), slice(a), type_name(a.type), info.signature),
            "type");
    }
  }

  void type_call(ExprNode& n, const FnInfo& info) {
    switch (info.fn) {
      case Fn::age:
        arity(n, info, 0, 0);
        note_read("birth_date");
        n.type = Type::number;
        break;
      case Fn::age_on:
        arity(n, info, 1, 1);
        arg_type(n, 0, Type::date, info);
        note_read("birth_date");
        n.type = Type::number;
        break;
      case Fn::months_on:
      case Fn::days_on: {
        arity(n, info, 2, 2);
        arg_type(n, 0, Type::string_list, info);
        arg_type(n, 1, Type::number, info);
        ExprNode& list = n.args[0];
        if (list.op == Op::lit_list) {
          for (std::string& item : list.list) item = check_benefit(item, list.begin, list.name);
          // The codes as bits of Benefit, which months_on() and days_on() test each period
          // against (instead of comparing its code with each string).
          list.mask = benefit_mask(list.list);
        }
        note_read("benefit_history");
        n.type = Type::number;
        break;
      }
      case Fn::passed_danish: {
        arity(n, info, 1, 1);
        arg_type(n, 0, Type::string, info);
        ExprNode& a = n.args[0];
        if (a.op != Op::lit_string) {
          error(a.begin, "passed_danish needs a test name written out, such as \"PD2\"", "type");
        }
        auto i = find_code(danish_test_codes(), a.string);
        if (!i) {
          std::vector<std::string_view> c(danish_test_codes().codes.begin(),
                                          danish_test_codes().codes.end());
          std::string hint = did_you_mean(a.string, c);
          error(a.begin,
                fmt::format("'{}' is not a Danish test{}; expected PD1, PD2, PD3 or "
                            "studieproeven",
                            excerpt(a.string), hint.empty() ? "" : "; " + hint),
                "unknown-code");
        }
        a.string = std::string(danish_test_codes().codes[*i]);
        a.number = static_cast<double>(*i + 1);  // the DanishTest value
        note_read("danish_tests");
        n.type = Type::boolean;
        break;
      }
      case Fn::highest_danish_test:
        arity(n, info, 0, 0);
        note_read("danish_tests");
        n.type = Type::string;
        n.codes = CodeKind::danish_test;
        break;
      case Fn::has:
        arity(n, info, 1, 1);
        n.type = Type::boolean;
        break;
      case Fn::value_or:
        arity(n, info, 2, 2);
        arg_type(n, 1, n.args[0].type, info);
        n.type = n.args[0].type;
        n.codes = n.args[0].codes;
        n.declared = n.args[0].declared;
        break;
      case Fn::min:
      case Fn::max:
        arity(n, info, 1, SIZE_MAX);
        for (size_t i = 0; i < n.args.size(); ++i) arg_type(n, i, Type::number, info);
        n.type = Type::number;
        break;
      case Fn::len:
        arity(n, info, 1, 1);
        arg_type(n, 0, Type::string_list, info);
        n.type = Type::number;
        break;
      case Fn::abs:
        arity(n, info, 1, 1);
        arg_type(n, 0, Type::number, info);
        n.type = Type::number;
        break;
      case Fn::days_between:
      case Fn::months_between:
      case Fn::years_between:
        arity(n, info, 2, 2);
        arg_type(n, 0, Type::date, info);
        arg_type(n, 1, Type::date, info);
        n.type = Type::number;
        break;
      case Fn::months_since:
        arity(n, info, 1, 1);
        arg_type(n, 0, Type::date, info);
        n.type = Type::number;
        break;
      case Fn::add_days:
      case Fn::add_months:
        arity(n, info, 2, 2);
        arg_type(n, 0, Type::date, info);
        arg_type(n, 1, Type::number, info);
        n.type = Type::date;
        break;
      case Fn::weekday:
        arity(n, info, 1, 1);
        arg_type(n, 0, Type::date, info);
        n.type = Type::string;
        n.codes = CodeKind::weekday;
        break;
      case Fn::date: {
        arity(n, info, 1, 1);
        arg_type(n, 0, Type::string, info);
        const ExprNode& a = n.args[0];
        if (a.op != Op::lit_string) {
          error(a.begin, "date() needs a date written out, such as \"2025-07-01\"", "type");
        }
        auto d = Date::parse(a.string);
        if (!d) {
          error(a.begin,
                fmt::format("'{}' is not a date; expected YYYY-MM-DD naming a day that exists",
                            a.string),
                "bad-date");
        }
        ExprNode lit = make(Op::lit_date, Type::date, n.begin);
        lit.end = n.end;
        lit.date = *d;
        n = std::move(lit);
        break;
      }
    }
  }

  // Checks a benefit code given to months_on() or days_on().
  std::string check_benefit(const std::string& literal, uint32_t at, std::string_view constant) {
    const CodeList& l = benefit_codes();
    if (auto i = find_code(l, literal)) return std::string(l.codes[*i]);
    std::vector<std::string_view> candidates(l.codes.begin(), l.codes.end());
    std::string hint = did_you_mean(literal, candidates);
    error(at,
          fmt::format("'{}'{} is not a benefit code{}", excerpt(literal),
                      constant.empty() ? "" : fmt::format(" (in constant '{}')", constant),
                      hint.empty() ? "" : "; " + hint),
          "unknown-code");
  }

  std::string_view text_;
  const TextOrigin& origin_;
  const Schema& schema_;
  std::vector<std::string>& reads_;
  std::vector<Constant>& constants_;  // the constants referred to, in first-use order
  size_t pos_ = 0;
  Token tok_;
  uint32_t prev_end_ = 0;
  int nesting_ = 0;  // levels of Nest open
};

// ------------------------------------------------------------- evaluator --

// A value during evaluation. Strings and lists point into the citizen, the
// compiled tree or static tables: evaluation allocates nothing.
struct Val {
  double n = 0;
  std::string_view s;
  const std::vector<std::string>* strings = nullptr;
  const std::vector<DanishTest>* tests = nullptr;
  Date d;
  bool known = true;
  bool b = false;
};

struct Ctx {
  const Citizen& c;
  Date on;
  std::vector<std::string_view>* missing;
};

Val unknown() {
  Val v;
  v.known = false;
  return v;
}

void add_missing(const Ctx& x, std::string_view name) {
  if (!x.missing) return;
  if (std::find(x.missing->begin(), x.missing->end(), name) == x.missing->end()) {
    x.missing->push_back(name);
  }
}

Val missing_field(const Ctx& x, std::string_view name) {
  add_missing(x, name);
  return unknown();
}

// The value of a built-in number field, nullopt when the record lacks it
// (work_capacity_hours is never missing: full capacity, 37).
std::optional<double> number_field(Field f, const Citizen& c) {
  switch (f) {
    case Field::school_years:
      if (c.school_years) return *c.school_years;
      return std::nullopt;
    case Field::residence_years_last_10:
      return c.residence_years_last_10;
    case Field::fulltime_work_years_last_10:
      return c.fulltime_work_years_last_10;
    case Field::ordinary_hours:
      return c.ordinary_hours;
    case Field::work_capacity_hours:
      return c.work_capacity_hours.value_or(37.0);
    default:
      return std::nullopt;  // not a number field
  }
}

Val read_field(const ExprNode& n, const Ctx& x) {
  const Citizen& c = x.c;
  Val v;
  switch (n.field) {
    case Field::id:
      v.s = c.id;
      return v;
    case Field::birth_date:
      if (!c.birth_date) break;
      v.d = *c.birth_date;
      return v;
    case Field::sex:
      if (!c.sex) break;
      v.s = sex_code(*c.sex);
      return v;
    case Field::municipality:
      if (!c.municipality) break;
      v.s = *c.municipality;
      return v;
    case Field::benefit:
      if (!c.benefit) break;
      v.s = benefit_code(*c.benefit);
      return v;
    case Field::category:
      if (!c.category) break;
      v.s = category_code(*c.category);
      return v;
    case Field::danish_tests:
      if (!c.danish_tests) break;
      v.tests = &*c.danish_tests;
      return v;
    case Field::school_years:
    case Field::residence_years_last_10:
    case Field::fulltime_work_years_last_10:
    case Field::ordinary_hours:
    case Field::work_capacity_hours: {
      std::optional<double> number = number_field(n.field, c);
      if (!number) break;
      v.n = *number;
      return v;
    }
    case Field::unemployed_since:
      if (!c.unemployed_since) break;
      v.d = *c.unemployed_since;
      return v;
    case Field::exemptions:
      if (!c.exemptions) break;
      v.strings = &*c.exemptions;
      return v;
    case Field::residence_area:
      if (!c.residence_area) break;
      v.s = *c.residence_area;
      return v;
    case Field::start_date:
      if (!c.start_date) break;
      v.d = *c.start_date;
      return v;
    case Field::assigned_track:
      if (!c.assigned_track) break;
      v.s = *c.assigned_track;
      return v;
    case Field::born_in_denmark:
      if (!c.born_in_denmark) break;
      v.b = *c.born_in_denmark;
      return v;
    case Field::first_entry_date:
      if (!c.first_entry_date) break;
      v.d = *c.first_entry_date;
      return v;
    case Field::cpr:
    case Field::benefit_history:
    case Field::unavailable:
    case Field::count_:
      v.known = false;  // not readable in conditions (the parser refuses them)
      return v;
  }
  // Every return is of `v`, so that it is built in the caller's place.
  add_missing(x, field_info(n.field).name);
  v.known = false;
  return v;
}

Val read_declared(const ExprNode& n, const Ctx& x) {
  if (n.declared >= x.c.extra.size() || !x.c.extra[n.declared].present) {
    return missing_field(x, n.name);
  }
  const ExtraValue& e = x.c.extra[n.declared];
  Val v;
  v.b = e.boolean;
  v.n = e.number;
  v.d = e.date;
  v.s = e.string;
  v.strings = &e.list;
  return v;
}

bool list_contains(const Val& list, std::string_view s) {
  if (list.tests) {
    for (DanishTest t : *list.tests) {
      if (danish_test_code(t) == s) return true;
    }
    return false;
  }
  if (list.strings) {
    for (const std::string& item : *list.strings) {
      if (item == s) return true;
    }
  }
  return false;
}

size_t list_size(const Val& list) {
  if (list.tests) return list.tests->size();
  if (list.strings) return list.strings->size();
  return 0;
}

// months_on() looks back at most 200 years.
constexpr int kMaxMonths = 2400;

// Whole months of the last `months` months before `on` that periods on one of
// `benefits` cover completely. Month i (0 = the latest) runs from
// on - (i+1) months to on - i months, end exclusive.
int months_on(const std::vector<BenefitPeriod>& history, uint64_t benefits, int months, Date on) {
  if (months <= 0) return 0;
  months = std::min(months, kMaxMonths);
  // Matching periods as half-open [from, to + 1), merged (vectors kept per
  // thread: nothing is allocated once warm).
  thread_local std::vector<std::pair<int32_t, int32_t>> spans, merged;
  spans.clear();
  merged.clear();
  for (const BenefitPeriod& p : history) {
    if (!((benefits >> static_cast<unsigned>(p.benefit)) & 1)) continue;
    int32_t end = p.to ? p.to->days + 1 : on.days + 1;
    if (p.to && p.to->days >= on.days) end = std::max(end, on.days + 1);
    if (end > p.from.days) spans.emplace_back(p.from.days, end);
  }
  if (spans.empty()) return 0;
  std::sort(spans.begin(), spans.end());
  for (auto s : spans) {
    if (!merged.empty() && s.first <= merged.back().second) {
      merged.back().second = std::max(merged.back().second, s.second);
    } else {
      merged.push_back(s);
    }
  }
  // Month boundaries, newest first: on - i months, the day clamped to the
  // length of the month (as Date::plus_months does). The date is the same for
  // a whole batch: the table is kept per thread.
  thread_local int32_t table_on = INT32_MIN;
  thread_local std::vector<int32_t> table;
  if (table_on != on.days) {
    table_on = on.days;
    table.clear();
  }
  if (table.size() <= static_cast<size_t>(months)) {
    YearMonthDay v = on.ymd();
    for (int i = static_cast<int>(table.size()); i <= months; ++i) {
      int total = v.year * 12 + (v.month - 1) - i;
      int y = total >= 0 ? total / 12 : (total - 11) / 12;
      int m = total - y * 12 + 1;
      table.push_back(Date::from_ymd(y, m, std::min(v.day, days_in_month(y, m))).days);
    }
  }
  // Month i is covered when one merged span holds it whole: table[i + 1] >=
  // span start and table[i] <= span end. The boundaries fall as i grows, so
  // the months a span covers are one run of i, found by binary search; spans
  // are disjoint, so no month is counted twice.
  const int32_t* first = table.data();
  const int32_t* last = first + months + 1;
  int count = 0;
  for (const auto& span : merged) {
    // Named copies, not a structured binding: clang 14 cannot capture one.
    int32_t start = span.first, end = span.second;
    auto lo = std::partition_point(first, last, [&](int32_t b) { return b > end; }) - first;
    auto k = std::partition_point(first, last, [&](int32_t b) { return b >= start; }) - first;
    auto hi = std::min<ptrdiff_t>(k - 2, months - 1);
    if (hi >= lo) count += static_cast<int>(hi - lo + 1);
  }
  return count;
}

// days_on() looks back at most 200 years.
constexpr int kMaxDays = 73050;

// Days of the window [lo, hi) that periods on one of `benefits` cover (their
// union: overlapping periods are not counted twice), or -1 when the periods
// on them do not come in order of their start, which the single pass needs.
int days_covered_in_order(const std::vector<BenefitPeriod>& history, uint64_t benefits, int32_t lo,
                          int32_t hi) {
  int32_t cursor = lo;  // the days before it are counted
  int32_t last_from = INT32_MIN;
  int count = 0;
  for (const BenefitPeriod& p : history) {
    if (!((benefits >> static_cast<unsigned>(p.benefit)) & 1)) continue;
    if (p.from.days < last_from) return -1;
    last_from = p.from.days;
    int32_t end = p.to ? std::min(p.to->days + 1, hi) : hi;
    int32_t start = std::max(p.from.days, cursor);
    if (end > start) {
      count += end - start;
      cursor = end;
    }
  }
  return count;
}

// The same for periods in any order: the span that starts first of those
// that reach past the counted days is counted next (quadratic, but records
// hold a few periods, and mostly in order).
int days_covered(const std::vector<BenefitPeriod>& history, uint64_t benefits, int32_t lo,
                 int32_t hi) {
  int count = days_covered_in_order(history, benefits, lo, hi);
  if (count >= 0) return count;
  count = 0;
  int32_t cursor = lo;
  while (true) {
    int32_t best_start = INT32_MAX, best_end = cursor;
    for (const BenefitPeriod& p : history) {
      if (!((benefits >> static_cast<unsigned>(p.benefit)) & 1)) continue;
      int32_t end = p.to ? std::min(p.to->days + 1, hi) : hi;
      int32_t start = std::max(p.from.days, cursor);
      if (end > start && start < best_start) {
        best_start = start;
        best_end = end;
      }
    }
    if (best_start == INT32_MAX) return count;
    count += best_end - best_start;
    cursor = best_end;
  }
}

// Days of the last `days` days before `on` (on - days .. on - 1) that periods
// on one of `benefits` cover; both ends of a period are days on it, and a
// period without `to` runs on to `on`. Nothing is allocated.
int days_on(const std::vector<BenefitPeriod>& history, uint64_t benefits, int days, Date on) {
  if (days <= 0) return 0;
  days = std::min(days, kMaxDays);
  return days_covered(history, benefits, on.days - days, on.days);
}

Val eval(const ExprNode& n, const Ctx& x);

// age_on() with the last answer remembered: the date is the same for a whole
// batch, and age() is asked for many times a person.
int age_at(Date birth, Date on) {
  thread_local int32_t last_on = INT32_MIN, last_birth = INT32_MIN;
  thread_local int last_age = 0;
  if (on.days != last_on || birth.days != last_birth) {
    last_on = on.days;
    last_birth = birth.days;
    last_age = age_on(birth, on);
  }
  return last_age;
}

// Evaluates `n` and forgets the missing fields it named when it turned out
// known: only the fields that leave a result unknown are reported.
Val eval_scoped(const ExprNode& n, const Ctx& x) {
  size_t mark = x.missing ? x.missing->size() : 0;
  Val v = eval(n, x);
  if (v.known && x.missing) x.missing->resize(mark);
  return v;
}

Val boolean(bool b) {
  Val v;
  v.b = b;
  return v;
}
Val number(double d) {
  Val v;
  v.n = d;
  return v;
}
Val date_val(Date d) {
  Val v;
  v.d = d;
  return v;
}

// has(field): whether the record gives the field.
bool has_field(const ExprNode& f, const Citizen& c) {
  if (f.op == Op::declared) return f.declared < c.extra.size() && c.extra[f.declared].present;
  return c.has(f.field);
}

int clamp_int(double d) {
  if (!(d > -1e6)) return -1000000;
  if (d > 1e6) return 1000000;
  return static_cast<int>(std::floor(d));
}

// A number, returned in registers (a Val goes through memory).
struct Num {
  double v;
  bool known;
};

Num num(const ExprNode& n, const Ctx& x);

[[gnu::noinline]] Val eval_call(const ExprNode& n, const Ctx& x) {
  const auto& a = n.args;
  switch (n.fn) {
    case Fn::age:
      if (!x.c.birth_date) return missing_field(x, "birth_date");
      return number(age_at(*x.c.birth_date, x.on));
    case Fn::age_on: {
      if (!x.c.birth_date) return missing_field(x, "birth_date");
      Val d = eval(a[0], x);
      if (!d.known) return d;
      return number(age_at(*x.c.birth_date, d.d));
    }
    case Fn::months_on:
    case Fn::days_on:
    case Fn::min:
    case Fn::max: {  // numbers: num() computes them
      Num v = num(n, x);
      return v.known ? number(v.v) : unknown();
    }
    case Fn::value_or: {
      if (n.type == Type::number) {
        Num v = num(n, x);
        return v.known ? number(v.v) : unknown();
      }
      Ctx quiet{x.c, x.on, nullptr};
      Val v = eval(a[0], quiet);
      if (v.known) return v;
      return eval(a[1], x);
    }
    case Fn::passed_danish: {
      if (!x.c.danish_tests) return missing_field(x, "danish_tests");
      auto need = static_cast<int>(a[0].number);
      auto best = x.c.highest_danish_test();
      return boolean(best && static_cast<int>(*best) >= need);
    }
    case Fn::highest_danish_test: {
      if (!x.c.danish_tests) return missing_field(x, "danish_tests");
      Val v;
      v.s = danish_test_code(x.c.highest_danish_test().value_or(DanishTest::none));
      return v;
    }
    case Fn::has:
      return boolean(has_field(a[0], x.c));
    case Fn::len: {
      Val v = eval(a[0], x);
      if (!v.known) return v;
      return number(static_cast<double>(list_size(v)));
    }
    case Fn::abs: {
      Val v = eval(a[0], x);
      if (!v.known) return v;
      return number(std::fabs(v.n));
    }
    case Fn::days_between:
    case Fn::months_between:
    case Fn::years_between: {
      Val p = eval(a[0], x);
      Val q = eval(a[1], x);
      if (!p.known || !q.known) return unknown();
      if (n.fn == Fn::days_between) return number(q.d - p.d);
      if (n.fn == Fn::months_between) return number(whole_months_between(p.d, q.d));
      return number(q.d >= p.d ? age_on(p.d, q.d) : -age_on(q.d, p.d));
    }
    case Fn::months_since: {
      Val p = eval(a[0], x);
      if (!p.known) return p;
      return number(whole_months_between(p.d, x.on));
    }
    case Fn::add_days:
    case Fn::add_months: {
      Val p = eval(a[0], x);
      Val k = eval(a[1], x);
      if (!p.known || !k.known) return unknown();
      int k_int = clamp_int(k.n);
      return date_val(n.fn == Fn::add_days ? p.d.plus_days(k_int) : p.d.plus_months(k_int));
    }
    case Fn::weekday: {
      Val p = eval(a[0], x);
      if (!p.known) return p;
      Val v;
      v.s = weekday_code(p.d.weekday());
      return v;
    }
    case Fn::date:
      break;  // folded into a literal when compiled
  }
  return unknown();
}

// <0, 0 or >0 as a is below, equal to or above b.
template <class T>
int three_way(const T& a, const T& b) {
  return a < b ? -1 : b < a ? 1 : 0;
}

// Whether comparison `op` holds of a three-way result.
bool holds(Op op, int c) {
  switch (op) {
    case Op::eq:
      return c == 0;
    case Op::ne:
      return c != 0;
    case Op::lt:
      return c < 0;
    case Op::le:
      return c <= 0;
    case Op::gt:
      return c > 0;
    default:  // Op::ge
      return c >= 0;
  }
}

[[gnu::noinline]] Val compare(const ExprNode& n, const Ctx& x) {
  Val l = eval(n.args[0], x);
  Val r = eval(n.args[1], x);
  if (!l.known || !r.known) return unknown();
  int c = 0;  // <0, 0, >0
  switch (n.args[0].type) {
    case Type::number:
      c = three_way(l.n, r.n);
      break;
    case Type::date:
      c = three_way(l.d, r.d);
      break;
    case Type::string:
      c = three_way(l.s, r.s);
      break;
    case Type::boolean:
      c = static_cast<int>(l.b) - static_cast<int>(r.b);
      break;
    case Type::string_list:
      break;
  }
  return boolean(holds(n.op, c));
}

// The cases of eval() that are more than a read, each out of line so that
// eval() itself stays a small dispatch (it runs for every node).

[[gnu::noinline]] Val eval_logic(const ExprNode& n, const Ctx& x) {
  // Kleene logic: false and unknown = false; true or unknown = true. The
  // operands of a chain in order, as the tree (((a and b) and c) ...) was.
  bool decisive = n.op == Op::or_;  // the value that settles the result
  size_t mark = x.missing ? x.missing->size() : 0;
  bool any_unknown = false;
  for (size_t i = 0; i < n.args.size(); ++i) {
    Val v = eval(n.args[i], x);
    if (v.known && v.b == decisive) {
      if (i > 0 && x.missing) x.missing->resize(mark);
      return boolean(decisive);
    }
    any_unknown |= !v.known;
  }
  if (any_unknown) return unknown();
  return boolean(!decisive);
}

[[gnu::noinline]] Val eval_in(const ExprNode& n, const Ctx& x) {
  Val l = eval(n.args[0], x);
  Val r = eval(n.args[1], x);
  if (!l.known || !r.known) return unknown();
  return boolean(list_contains(r, l.s) != n.negate);
}

// benefit/category/sex in a fixed set of codes: a bit of the node's mask.
Tri in_code_set(const ExprNode& n, const Ctx& x) {
  const Citizen& c = x.c;
  int bit = -1;
  switch (n.args[0].field) {
    case Field::benefit:
      if (c.benefit) bit = static_cast<int>(*c.benefit);
      break;
    case Field::category:
      if (c.category) bit = static_cast<int>(*c.category);
      break;
    case Field::sex:
      if (c.sex) bit = static_cast<int>(*c.sex);
      break;
    default:
      break;
  }
  if (bit < 0) {
    add_missing(x, field_info(n.args[0].field).name);
    return Tri::unknown;
  }
  return ((n.mask >> bit) & 1) != n.negate ? Tri::yes : Tri::no;
}

[[gnu::noinline]] Val eval_in_enum_set(const ExprNode& n, const Ctx& x) {
  Tri t = in_code_set(n, x);
  if (t == Tri::unknown) return unknown();
  return boolean(t == Tri::yes);
}

[[gnu::noinline]] Val eval_negate(const ExprNode& n, const Ctx& x) {
  Val v = eval(n.args[0], x);
  if (!v.known) return v;
  if (n.op == Op::not_) return boolean(!v.b);
  return number(-v.n);
}

[[gnu::noinline]] Val eval_arithmetic(const ExprNode& n, const Ctx& x) {
  Val l = eval(n.args[0], x);
  Val r = eval(n.args[1], x);
  if (!l.known || !r.known) return unknown();
  if (n.args[0].type == Type::date) return number(l.d - r.d);
  switch (n.op) {
    case Op::add:
      return number(l.n + r.n);
    case Op::sub:
      return number(l.n - r.n);
    case Op::mul:
      return number(l.n * r.n);
    default:
      return number(l.n / r.n);
  }
}

Val eval(const ExprNode& n, const Ctx& x) {
  switch (n.op) {
    case Op::lit_bool:
      return boolean(n.b);
    case Op::lit_number:
      return number(n.number);
    case Op::lit_string: {
      Val v;
      v.s = n.string;
      return v;
    }
    case Op::lit_date:
      return date_val(n.date);
    case Op::lit_list: {
      Val v;
      v.strings = &n.list;
      return v;
    }
    case Op::field:
      return read_field(n, x);
    case Op::declared:
      return read_declared(n, x);
    case Op::on_date:
      return date_val(x.on);
    case Op::not_:
    case Op::neg:
      return eval_negate(n, x);
    case Op::and_:
    case Op::or_:
      return eval_logic(n, x);
    case Op::eq:
    case Op::ne:
    case Op::lt:
    case Op::le:
    case Op::gt:
    case Op::ge:
      return compare(n, x);
    case Op::in:
      return eval_in(n, x);
    case Op::in_enum_set:
      return eval_in_enum_set(n, x);
    case Op::add:
    case Op::sub:
    case Op::mul:
    case Op::div:
      return eval_arithmetic(n, x);
    case Op::call:
      return eval_call(n, x);
  }
  return unknown();
}

// ------------------------------------------------------ typed evaluation --
// Conditions are decided by test() and the numbers they compare read by
// num(): the same results, missing fields and short cuts as eval(), with the
// value returned in registers (eval()'s Val goes through memory). Anything
// they do not handle themselves they hand to eval().

// The calls that give a number, as eval_call() would (it hands them here).
[[gnu::noinline]] Num num_call(const ExprNode& n, const Ctx& x) {
  const Citizen& c = x.c;
  const auto& a = n.args;
  switch (n.fn) {
    case Fn::age:
      if (!c.birth_date) {
        add_missing(x, "birth_date");
        return {0, false};
      }
      return {static_cast<double>(age_at(*c.birth_date, x.on)), true};
    case Fn::months_on:
    case Fn::days_on: {
      if (!c.benefit_history) {
        add_missing(x, "benefit_history");
        return {0, false};
      }
      uint64_t benefits = a[0].mask;  // the benefits of a list written in the rule
      bool known = true;
      if (a[0].op != Op::lit_list) {
        Val list = eval(a[0], x);
        known = list.known;
        benefits = list.strings ? benefit_mask(*list.strings) : 0;
      }
      Num m = num(a[1], x);
      if (!known || !m.known) return {0, false};
      int count = n.fn == Fn::days_on
                      ? days_on(*c.benefit_history, benefits, clamp_int(m.v), x.on)
                      : months_on(*c.benefit_history, benefits, clamp_int(m.v), x.on);
      return {static_cast<double>(count), true};
    }
    case Fn::value_or:
      if (n.type == Type::number) {
        Ctx quiet{c, x.on, nullptr};
        Num v = num(a[0], quiet);
        if (v.known) return v;
        return num(a[1], x);
      }
      break;
    case Fn::min:
    case Fn::max: {
      double r = 0;
      for (size_t i = 0; i < a.size(); ++i) {
        Num v = num(a[i], x);
        if (!v.known) return {0, false};
        if (i == 0 || (n.fn == Fn::min ? v.v < r : v.v > r)) r = v.v;
      }
      return {r, true};
    }
    default:
      break;
  }
  Val w = eval(n, x);
  return {w.n, w.known};
}

Num num(const ExprNode& n, const Ctx& x) {
  const Citizen& c = x.c;
  switch (n.op) {
    case Op::lit_number:
      return {n.number, true};
    case Op::field:  // a number-typed field is one of the number fields
      if (std::optional<double> v = number_field(n.field, c)) return {*v, true};
      add_missing(x, field_info(n.field).name);
      return {0, false};
    case Op::call:
      // age(), the most asked for, without the call (num_call is large).
      if (n.fn == Fn::age && c.birth_date) {
        return {static_cast<double>(age_at(*c.birth_date, x.on)), true};
      }
      return num_call(n, x);
    default:
      break;
  }
  Val w = eval(n, x);
  return {w.n, w.known};
}

Tri tri(bool b) {
  return b ? Tri::yes : Tri::no;
}

Tri test(const ExprNode& n, const Ctx& x) {
  switch (n.op) {
    case Op::and_:
    case Op::or_: {
      // Kleene logic, as eval_logic().
      bool decisive = n.op == Op::or_;
      size_t mark = x.missing ? x.missing->size() : 0;
      bool any_unknown = false;
      for (size_t i = 0; i < n.args.size(); ++i) {
        Tri v = test(n.args[i], x);
        if (v != Tri::unknown && (v == Tri::yes) == decisive) {
          if (i > 0 && x.missing) x.missing->resize(mark);
          return tri(decisive);
        }
        any_unknown |= v == Tri::unknown;
      }
      return any_unknown ? Tri::unknown : tri(!decisive);
    }
    case Op::not_: {
      Tri v = test(n.args[0], x);
      if (v == Tri::unknown) return v;
      return tri(v == Tri::no);
    }
    case Op::in_enum_set:
      return in_code_set(n, x);
    case Op::call:
      if (n.fn == Fn::has) return tri(has_field(n.args[0], x.c));
      break;
    case Op::eq:
    case Op::ne:
    case Op::lt:
    case Op::le:
    case Op::gt:
    case Op::ge: {
      if (n.args[0].type != Type::number) break;
      Num l = num(n.args[0], x);
      // Most comparisons are with a number or a rule set's constant.
      const ExprNode& b = n.args[1];
      Num r = b.op == Op::lit_number ? Num{b.number, true} : num(b, x);
      if (!l.known || !r.known) return Tri::unknown;
      return tri(holds(n.op, three_way(l.v, r.v)));
    }
    default:
      break;
  }
  Val v = eval(n, x);
  if (!v.known) return Tri::unknown;
  return tri(v.b);
}

// ------------------------------------------------ observing and explaining --

// Sets what the readers of an Observed of this type look at (a missing value:
// nothing but `known`), leaving the rest as the slot's last use left it.
void fill_observed(const Val& v, Type type, Observed& o) {
  o.type = type;
  o.known = v.known;
  if (!v.known) return;
  switch (type) {
    case Type::boolean:
      o.boolean = v.b;
      break;
    case Type::number:
      o.number = v.n;
      break;
    case Type::date:
      o.date = v.d;
      break;
    case Type::string:
      o.text = v.s;
      break;
    case Type::string_list:
      o.text = {};
      o.list.clear();
      if (v.tests) {
        for (DanishTest t : *v.tests) o.list.push_back(danish_test_code(t));
      } else if (v.strings) {
        for (const std::string& s : *v.strings) o.list.push_back(s);
      }
      break;
  }
}

// Whether `f` is one of the code fields most conditions read (benefit,
// category); `code` is then the person's code, if given.
bool code_field(Field f, const Citizen& c, std::optional<std::string_view>& code) {
  if (f == Field::benefit) {
    if (c.benefit) code = benefit_code(*c.benefit);
  } else if (f == Field::category) {
    if (c.category) code = category_code(*c.category);
  } else {
    return false;
  }
  return true;
}

// A code field observed in one step, what fill_observed makes of read_field;
// false for other fields.
bool observe_code(Field f, const Citizen& c, Observed& o) {
  std::optional<std::string_view> code;
  if (!code_field(f, c, code)) return false;
  o.type = Type::string;
  o.known = code.has_value();
  if (code) o.text = *code;
  return true;
}

// Whether the value of `n` for this citizen is assumed rather than recorded:
// a missing work_capacity_hours, read as 37 (number_field).
bool assumed_value(const ExprNode& n, const Citizen& c) {
  return n.op == Op::field && n.field == Field::work_capacity_hours && !c.work_capacity_hours;
}

void node_text(const CompiledExpr& e, const ExprNode& n, std::string& out) {
  one_line(std::string_view(e.text).substr(n.begin, n.end - n.begin), out);
}

std::string_view observed_name(const ExprNode& n) {
  if (n.op == Op::field) return field_info(n.field).name;
  if (n.op == Op::declared) return n.name;
  return n.label;
}

// Collects the observables of a tree once, when it is compiled (`seen`: their
// names, so that a chain of thousands of calls is not quadratic).
void collect_observables(const ExprNode& n, std::vector<const ExprNode*>& out,
                         std::unordered_set<std::string_view>& seen) {
  bool named = n.op == Op::field || n.op == Op::declared || n.op == Op::call;
  if (named && seen.insert(observed_name(n)).second) out.push_back(&n);
  if (n.op == Op::field || n.op == Op::declared) return;
  if (n.op == Op::call && n.fn == Fn::has) return;  // has(f) does not read f's value
  for (const ExprNode& a : n.args) collect_observables(a, out, seen);
}

ExplainNode explain_node(const CompiledExpr& e, const ExprNode& n, const Ctx& x) {
  ExplainNode out;
  node_text(e, n, out.text);
  fill_observed(eval(n, x), n.type, out.value);
  out.value.assumed = assumed_value(n, x.c);
  bool leaf = n.op == Op::lit_bool || n.op == Op::lit_number || n.op == Op::lit_string ||
              n.op == Op::lit_date || n.op == Op::lit_list || n.op == Op::field ||
              n.op == Op::declared || n.op == Op::on_date || (n.op == Op::call && n.fn == Fn::has);
  if (leaf) return out;
  if (n.op == Op::in_enum_set) {
    out.children.push_back(explain_node(e, n.args[0], x));
    ExplainNode set;
    set.text = n.string.empty() ? fmt::format("{}", fmt::join(n.list, ", ")) : n.string;
    set.value.known = true;
    set.value.type = n.string.empty() ? Type::string : Type::string_list;
    if (n.string.empty()) {
      // `benefit == "x"`: show the literal
      for (size_t i = 0; i < 64; ++i) {
        if ((n.mask >> i) & 1) {
          const CodeList& l = n.args[0].field == Field::benefit    ? benefit_codes()
                              : n.args[0].field == Field::category ? category_codes()
                                                                   : sex_codes();
          if (i < l.codes.size()) set.value.text = l.codes[i];
        }
      }
      set.text = fmt::format("\"{}\"", set.value.text);
    } else {
      for (const std::string& item : n.list) set.value.list.push_back(item);
    }
    out.children.push_back(std::move(set));
    return out;
  }
  for (const ExprNode& a : n.args) out.children.push_back(explain_node(e, a, x));
  return out;
}

}  // namespace

std::string_view tri_name(Tri t) {
  switch (t) {
    case Tri::no:
      return "false";
    case Tri::yes:
      return "true";
    case Tri::unknown:
      return "unknown";
  }
  return "unknown";
}

CompiledExpr compile_expression(std::string_view text, const TextOrigin& origin,
                                const Schema& schema, Type expected) {
  CompiledExpr out;
  out.text = std::string(text);
  std::vector<std::string> reads;
  std::vector<Constant> constants;
  Parser p(out.text, origin, schema, reads, constants);
  out.pos = p.position(0);
  bool blank = std::all_of(text.begin(), text.end(),
                           [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; });
  if (blank) {
    p.error(0, fmt::format("empty expression; expected a {}", type_name(expected)));
  }
  ExprNode root = p.parse();
  if (root.type != expected) {
    p.error(root.begin,
            fmt::format("expected a {} expression, but '{}' is a {}", type_name(expected),
                        p.slice(root), type_name(root.type)),
            "type");
  }
  out.type = root.type;
  out.reads = std::move(reads);
  out.constants = std::move(constants);
  auto node = std::make_shared<ExprNode>(std::move(root));
  std::unordered_set<std::string_view> seen;
  collect_observables(*node, node->observables, seen);
  for (const ExprNode* o : node->observables) node->observable_names.push_back(observed_name(*o));
  out.root = std::move(node);
  return out;
}

Tri eval_condition(const CompiledExpr& e, const EvalContext& ctx,
                   std::vector<std::string_view>* missing) {
  Ctx x{ctx.citizen, ctx.on, missing};
  size_t mark = missing ? missing->size() : 0;
  Tri t = test(*e.root, x);
  // Only the fields that leave the result unknown are reported (eval_scoped).
  if (t != Tri::unknown && missing) missing->resize(mark);
  return t;
}

std::optional<double> eval_number(const CompiledExpr& e, const EvalContext& ctx,
                                  std::vector<std::string_view>* missing) {
  Ctx x{ctx.citizen, ctx.on, missing};
  Val v = eval_scoped(*e.root, x);
  if (!v.known) return std::nullopt;
  return v.n;
}

std::span<const Observed> observe_into(const CompiledExpr& e, const EvalContext& ctx,
                                       std::vector<Observed>& scratch) {
  Ctx x{ctx.citizen, ctx.on, nullptr};
  const auto& nodes = e.root->observables;
  if (scratch.size() < nodes.size()) scratch.resize(nodes.size());
  for (size_t i = 0; i < nodes.size(); ++i) {
    const ExprNode& n = *nodes[i];
    Observed& o = scratch[i];
    o.name = e.root->observable_names[i];
    o.assumed = assumed_value(n, x.c);
    if (n.op == Op::field && observe_code(n.field, x.c, o)) continue;
    if (n.type == Type::number) {  // number fields, age() and the like, without a Val
      Num v = num(n, x);
      o.type = Type::number;
      o.known = v.known;
      o.number = v.v;
      continue;
    }
    fill_observed(n.op == Op::field ? read_field(n, x) : eval(n, x), n.type, o);
  }
  return {scratch.data(), nodes.size()};
}

bool observed_assumed(const CompiledExpr& e, const EvalContext& ctx, size_t index) {
  const auto& nodes = e.root->observables;
  return index < nodes.size() && assumed_value(*nodes[index], ctx.citizen);
}

std::span<const std::string_view> observed_names(const CompiledExpr& e) {
  return e.root->observable_names;
}

void append_observed_json_values(const CompiledExpr& e, const EvalContext& ctx,
                                 std::span<const std::string> keys, ByteBuffer& out, Observed& slot,
                                 void (*other)(ByteBuffer&, const Observed&)) {
  Ctx x{ctx.citizen, ctx.on, nullptr};
  const auto& nodes = e.root->observables;
  for (size_t i = 0; i < nodes.size(); ++i) {
    const ExprNode& n = *nodes[i];
    out += keys[i];
    std::optional<std::string_view> code;
    if (n.op == Op::field && code_field(n.field, x.c, code)) {
      if (code) {
        out.append_quoted(*code);  // a code: nothing in it to escape
      } else {
        out += "null";
      }
      continue;
    }
    if (n.type == Type::number) {
      Num v = num(n, x);
      if (v.known) {
        append_number(out, v.v);
      } else {
        out += "null";
      }
      continue;
    }
    Val v = n.op == Op::field ? read_field(n, x) : eval(n, x);
    if (n.type == Type::boolean) {
      out += !v.known ? std::string_view("null")
             : v.b    ? std::string_view("true")
                      : std::string_view("false");
      continue;
    }
    fill_observed(v, n.type, slot);
    slot.assumed = assumed_value(n, x.c);
    other(out, slot);
  }
}

bool same_observations(const CompiledExpr& a, const CompiledExpr& b) {
  const auto& p = a.root->observables;
  const auto& q = b.root->observables;
  auto same_field = [](const ExprNode* m, const ExprNode* n) {
    if (m->op != n->op) return false;
    if (m->op == Op::field) return m->field == n->field;
    return m->op == Op::declared && m->declared == n->declared;
  };
  return p.size() == q.size() && std::equal(p.begin(), p.end(), q.begin(), same_field);
}

void observe(const CompiledExpr& e, const EvalContext& ctx, std::vector<Observed>& out) {
  size_t n = observe_into(e, ctx, out).size();
  out.resize(n);
}

ExplainNode explain(const CompiledExpr& e, const EvalContext& ctx) {
  Ctx x{ctx.citizen, ctx.on, nullptr};
  return explain_node(e, *e.root, x);
}

}  // namespace nytte
