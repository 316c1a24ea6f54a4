#include "condition/parser.h"

#include <algorithm>
#include <utility>

#include <fmt/format.h>

#include "condition/functions.h"
#include "condition/lexer.h"
#include "nytte/i18n.h"

namespace nytte::condition {

namespace {

class Parser {
 public:
  explicit Parser(const Source& src) : src_(src), lexer_(src) { advance(); }

  Ast parse() {
    Ast e = parse_or();
    if (tok_.kind != Tok::end) {
      src_.error(tok_.begin, trf("unexpected {} after a complete expression; expected an "
                                 "operator such as 'and', 'or' or '=='",
                                 describe(tok_)));
    }
    return e;
  }

 private:
  std::string describe(const Token& t) const {
    if (t.kind == Tok::end) return tr("end of expression");
    return fmt::format("'{}'", src_.slice(t.begin, t.end));
  }

  void advance() {
    prev_end_ = tok_.end;
    tok_ = lexer_.next();
  }

  bool accept(Tok k) {
    if (tok_.kind != k) return false;
    advance();
    return true;
  }

  void expect(Tok k, std::string_view what) {
    if (tok_.kind != k) {
      src_.error(tok_.begin, trf("expected {}, found {}", what, describe(tok_)));
    }
    advance();
  }

  Ast make(AstKind kind, uint32_t begin, std::vector<Ast> args = {}) {
    Ast n;
    n.kind = kind;
    n.begin = begin;
    n.end = prev_end_;
    n.args = std::move(args);
    for (const Ast& a : n.args) n.depth = std::max(n.depth, a.depth + 1);
    return n;
  }

  // An operator's node, refused when it would make the tree deeper than
  // kMaxDepth; `op` is the operator's token, where the messages point.
  Ast make_op(AstKind kind, uint32_t begin, const Token& op, std::vector<Ast> args) {
    Ast n = make(kind, begin, std::move(args));
    n.op_at = op.begin;
    n.op_end = op.end;
    if (n.depth > kMaxDepth) {
      src_.error(n.op_at,
                 trf("expression too complex: more than {} operators inside one another; a "
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
        p_.src_.error(at,
                      trf("expression too complex: more than {} levels of parentheses, "
                          "function calls, 'not' and '-' inside one another "
                          "(docs/rules.md, limits)",
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

  static std::vector<Ast> vec(Ast a) {
    std::vector<Ast> v;
    v.push_back(std::move(a));
    return v;
  }
  static std::vector<Ast> vec(Ast a, Ast b) {
    std::vector<Ast> v;
    v.push_back(std::move(a));
    v.push_back(std::move(b));
    return v;
  }

  Ast parse_or() { return parse_chain(Tok::kw_or); }
  Ast parse_and() { return parse_chain(Tok::kw_and); }

  // `a or b or c` (`and`: the same a level down) as one node with an operand
  // each (`list`: the operators' texts), not a tree as deep as the chain is long: Kleene's `and`
  // and `or` are associative, and the evaluator goes through the operands in order.
  //
  // Every level of nesting goes through the parse_* functions once, so they
  // keep small frames: the work of an operator that is there is done out of
  // line, in the *_rest functions.
  Ast parse_chain(Tok kind) {
    Ast first = kind == Tok::kw_or ? parse_and() : parse_not();
    if (tok_.kind == kind) chain_rest(kind, first);
    return first;
  }

  // The operands after `first`; `first` becomes the chain's node.
  [[gnu::noinline]] void chain_rest(Tok kind, Ast& first) {
    uint32_t b = first.begin;
    Token at;  // a chain too deep is refused at its start
    at.begin = at.end = b;
    std::vector<Ast> args;
    args.push_back(std::move(first));
    // The text of each operator (`and` or `&&`), which the messages about the
    // operands after it quote.
    std::vector<std::string> ops;
    while (tok_.kind == kind) {
      if (args.size() >= kMaxChain) {
        src_.error(tok_.begin,
                   trf("expression too complex: more than {} operands of one chain of "
                       "'{}' (docs/rules.md, limits); use 'in' and a list, or split the "
                       "rule",
                       kMaxChain, src_.slice(tok_.begin, tok_.end)),
                   "too-complex");
      }
      ops.emplace_back(src_.slice(tok_.begin, tok_.end));
      advance();
      args.push_back(kind == Tok::kw_or ? parse_and() : parse_not());
    }
    first = make_op(kind == Tok::kw_or ? AstKind::or_ : AstKind::and_, b, at, std::move(args));
    first.list = std::move(ops);
  }

  Ast parse_not() {
    if (tok_.kind == Tok::kw_not) return parse_negation();
    return parse_comparison();
  }

  [[gnu::noinline]] Ast parse_negation() {
    Token op = tok_;
    Nest level(*this, op.begin);
    advance();
    Ast operand = parse_not();
    return make_op(AstKind::not_, op.begin, op, vec(std::move(operand)));
  }

  Ast parse_comparison() {
    Ast left = parse_additive();
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
  [[gnu::noinline]] void comparison_rest(Ast& left) {
    AstKind kind = AstKind::eq;
    switch (tok_.kind) {
      case Tok::eq:
        kind = AstKind::eq;
        break;
      case Tok::ne:
        kind = AstKind::ne;
        break;
      case Tok::lt:
        kind = AstKind::lt;
        break;
      case Tok::le:
        kind = AstKind::le;
        break;
      case Tok::gt:
        kind = AstKind::gt;
        break;
      case Tok::ge:
        kind = AstKind::ge;
        break;
      case Tok::kw_in:
        left = parse_in(std::move(left), false);
        return;
      case Tok::kw_not: {
        // `a not in b`
        Token save = tok_;
        size_t save_pos = lexer_.mark();
        advance();
        if (tok_.kind != Tok::kw_in) {
          tok_ = save;
          lexer_.reset(save_pos);
          src_.error(save.begin, tr("expected 'in' after 'not' here ('a not in list'); "
                                    "to negate a condition, write 'not' before it"));
        }
        left = parse_in(std::move(left), true);
        return;
      }
      default:
        return;
    }
    Token op_tok = tok_;
    advance();
    Ast right = parse_additive();
    uint32_t b = left.begin;
    left = make_op(kind, b, op_tok, vec(std::move(left), std::move(right)));
  }

  Ast parse_in(Ast left, bool negate) {
    Token op_tok = tok_;
    advance();
    Ast right = parse_additive();
    uint32_t b = left.begin;
    Ast n = make_op(AstKind::in, b, op_tok, vec(std::move(left), std::move(right)));
    n.negate = negate;
    return n;
  }

  Ast parse_additive() {
    Ast left = parse_multiplicative();
    if (tok_.kind == Tok::plus || tok_.kind == Tok::minus) additive_rest(left);
    return left;
  }

  [[gnu::noinline]] void additive_rest(Ast& left) {
    while (tok_.kind == Tok::plus || tok_.kind == Tok::minus) {
      Token op_tok = tok_;
      advance();
      Ast right = parse_multiplicative();
      uint32_t b = left.begin;
      left = make_op(op_tok.kind == Tok::plus ? AstKind::add : AstKind::sub, b, op_tok,
                     vec(std::move(left), std::move(right)));
    }
  }

  Ast parse_multiplicative() {
    Ast left = parse_unary();
    if (tok_.kind == Tok::star || tok_.kind == Tok::slash) multiplicative_rest(left);
    return left;
  }

  [[gnu::noinline]] void multiplicative_rest(Ast& left) {
    while (tok_.kind == Tok::star || tok_.kind == Tok::slash) {
      Token op_tok = tok_;
      advance();
      Ast right = parse_unary();
      uint32_t b = left.begin;
      left = make_op(op_tok.kind == Tok::star ? AstKind::mul : AstKind::div, b, op_tok,
                     vec(std::move(left), std::move(right)));
    }
  }

  Ast parse_unary() {
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

  [[gnu::noinline]] Ast parse_minus() {
    Token op = tok_;
    Nest level(*this, op.begin);
    advance();
    Ast operand = parse_unary();
    if (operand.kind == AstKind::number) {  // a negative number is a literal
      operand.number = -operand.number;
      operand.begin = op.begin;
      return operand;
    }
    return make_op(AstKind::neg, op.begin, op, vec(std::move(operand)));
  }

  [[gnu::noinline]] Ast parse_parenthesized() {
    uint32_t b = tok_.begin;
    Nest level(*this, b);
    advance();
    Ast inner = parse_or();
    // The message only when it is needed: position_text() counts lines from
    // the start, and a condition may hold thousands of parentheses.
    if (tok_.kind != Tok::rparen) {
      expect(Tok::rparen, trf("')' to close the '(' {}", src_.position_text(b)));
    }
    advance();
    return inner;
  }

  // A name, or a call when a '(' follows.
  [[gnu::noinline]] Ast parse_name() {
    Token t = tok_;
    advance();
    if (tok_.kind == Tok::lparen) return parse_call(t);
    Ast n = make(AstKind::name, t.begin);
    n.text = std::move(t.text);
    return n;
  }

  // A literal (parenthesized expressions, names and calls: parse_unary).
  [[gnu::noinline]] Ast parse_primary() {
    Token t = tok_;
    switch (t.kind) {
      case Tok::number: {
        advance();
        Ast n = make(AstKind::number, t.begin);
        n.number = t.number;
        return n;
      }
      case Tok::string: {
        advance();
        Ast n = make(AstKind::string, t.begin);
        n.text = t.text;
        return n;
      }
      case Tok::date: {
        advance();
        Ast n = make(AstKind::date, t.begin);
        n.date = t.date;
        return n;
      }
      case Tok::kw_true:
      case Tok::kw_false: {
        advance();
        Ast n = make(AstKind::boolean, t.begin);
        n.boolean = t.kind == Tok::kw_true;
        return n;
      }
      case Tok::lbracket: {
        advance();
        std::vector<std::string> items;
        while (tok_.kind != Tok::rbracket) {
          if (tok_.kind != Tok::string) {
            src_.error(
                tok_.begin,
                trf("a list holds strings only; expected a string, found {}", describe(tok_)),
                "type");
          }
          items.push_back(tok_.text);
          advance();
          if (!accept(Tok::comma)) break;
        }
        expect(Tok::rbracket, tr("']' or ',' in the list"));
        Ast list = make(AstKind::list, t.begin);
        list.list = std::move(items);
        return list;
      }
      default:
        src_.error(t.begin, trf("expected a value (a field, a number, a string, a date, a "
                                "list or a function call), found {}",
                                describe(t)));
    }
  }

  // name(args...). The argument of has() and the first of value_or() are a
  // field by name, not an expression (the functions' table says which).
  Ast parse_call(Token& name_tok) {
    const FnDecl* fn = find_function(name_tok.text);
    Nest level(*this, name_tok.begin);
    advance();  // '('
    std::vector<Ast> args;
    if (tok_.kind != Tok::rparen) {
      while (true) {
        if (fn && fn->takes_field(args.size())) {
          args.push_back(parse_field_arg(*fn));
        } else {
          args.push_back(parse_or());
        }
        if (!accept(Tok::comma)) break;
      }
    }
    expect(Tok::rparen, trf("')' or ',' in the call of {}", name_tok.text));
    Ast n = make_op(AstKind::call, name_tok.begin, name_tok, std::move(args));
    n.text = std::move(name_tok.text);
    return n;
  }

  Ast parse_field_arg(const FnDecl& fn) {
    Token t = tok_;
    if (t.kind != Tok::ident) {
      src_.error(t.begin, trf("{} needs a field name, found {}", fn.name, describe(t)), "type");
    }
    advance();
    Ast n = make(AstKind::name, t.begin);
    n.text = std::move(t.text);
    n.field_arg = true;
    return n;
  }

  const Source& src_;
  Lexer lexer_;
  Token tok_;
  uint32_t prev_end_ = 0;
  int nesting_ = 0;  // levels of Nest open
};

}  // namespace

Ast parse(const Source& src) {
  return Parser(src).parse();
}

}  // namespace nytte::condition
