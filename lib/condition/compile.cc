// compile_expression(): the stages of the condition language in order.
#include <algorithm>
#include <memory>

#include <fmt/format.h>

#include "condition/checker.h"
#include "condition/condition.h"
#include "condition/lower.h"
#include "condition/parser.h"
#include "condition/program.h"
#include "nytte/i18n.h"

namespace nytte {

CompiledExpr compile_expression(std::string_view text, const TextOrigin& origin,
                                const Schema& schema, Type expected) {
  using namespace condition;
  CompiledExpr out;
  out.text = std::string(text);
  Source src{out.text, origin};
  out.pos = src.position(0);
  bool blank = std::all_of(text.begin(), text.end(),
                           [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; });
  if (blank) src.error(0, trf("empty expression; expected a {}", type_text(expected)));

  Ast ast = parse(src);                       // tokens -> tree as written
  Checked checked = check(ast, src, schema);  // names, types, codes
  ExprNode& root = checked.root;
  if (root.type != expected) {
    src.error(root.begin,
              trf("expected a {} expression, but '{}' is a {}", type_text(expected),
                  src.slice(root.begin, root.end), type_text(root.type)),
              "type");
  }
  lower(root, src);  // the compiled form
  out.type = root.type;
  out.reads = std::move(checked.reads);
  out.constants = std::move(checked.constants);
  auto node = std::make_shared<ExprNode>(std::move(root));
  list_observables(*node);
  out.root = std::move(node);
  return out;
}

}  // namespace nytte
