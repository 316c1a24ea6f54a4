// The values an expression read, as JSON, written straight from the citizen
// where they are numbers, codes or booleans (the common case of every line
// of check-eligibility's jsonl).
#include <optional>
#include <string_view>

#include "condition/explain.h"

namespace nytte {

using condition::assumed_value;
using condition::code_field;
using condition::Ctx;
using condition::ExprNode;
using condition::fill_observed;
using condition::Fn;
using condition::Num;
using condition::Op;
using condition::Val;

void append_observed_json_values(const CompiledExpr& e, const EvalContext& ctx,
                                 std::span<const std::string> keys, ByteBuffer& out, Observed& slot,
                                 void (*other)(ByteBuffer&, const Observed&)) {
  Ctx x{ctx.citizen, ctx.on, nullptr, ctx.cache};
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

}  // namespace nytte
