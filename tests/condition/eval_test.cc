// The evaluator's register form of a value (Val, lib/condition/eval.h) and
// the literal of the compiled tree it is made from.
#include <doctest/doctest.h>

#include "condition/condition.h"
#include "condition/eval.h"
#include "condition/program.h"

namespace nytte {
namespace {

using condition::Op;
using condition::val_of;

TEST_CASE("val_of: a Val points into the value it is made from") {
  Value v;
  v.type = Type::string_list;
  v.known = true;
  v.boolean = true;
  v.date = Date::from_ymd(2025, 9, 1);
  v.number = 18;
  v.text = "ja";
  v.list = {"kontanthjaelp"};
  condition::Val r = val_of(v);
  CHECK(r.known);
  CHECK(r.b);
  CHECK(r.d == v.date);
  CHECK(r.n == 18);
  CHECK(r.s.data() == v.text.data());
  CHECK(r.strings == &v.list);
  CHECK(r.tests == nullptr);
}

TEST_CASE("a constant compiles to a literal holding its value") {
  Schema schema;
  Constant& limit = schema.constants.emplace_back();
  limit.name = "min_age";
  limit.value.type = Type::number;
  limit.value.number = 30;
  Constant& start = schema.constants.emplace_back();
  start.name = "codes";
  start.value.type = Type::string_list;
  start.value.list = {"kontanthjaelp", "uddannelseshjaelp"};
  CompiledExpr n = compile_expression("min_age", TextOrigin{"r.toml", 1, 1}, schema, Type::number);
  CHECK(n.root->op == Op::lit_number);
  CHECK(n.root->literal.number == 30);
  CHECK(n.root->literal.type == Type::number);
  CHECK(n.root->literal.known);
  CompiledExpr l =
      compile_expression("codes", TextOrigin{"r.toml", 1, 1}, schema, Type::string_list);
  CHECK(l.root->op == Op::lit_list);
  CHECK(l.root->literal.list == start.value.list);
  CompiledExpr b = compile_expression("\"kontanthjaelp\" in codes", TextOrigin{"r.toml", 1, 1},
                                      schema, Type::boolean);
  CompiledExpr d =
      compile_expression("date(\"2025-07-01\")", TextOrigin{"r.toml", 1, 1}, schema, Type::date);
  CHECK(d.root->op == Op::lit_date);
  CHECK(d.root->literal.type == Type::date);
  CHECK(d.root->literal.date == Date::from_ymd(2025, 7, 1));
  Citizen c;
  CHECK(eval_condition(b, EvalContext{c, Date::from_ymd(2025, 9, 1)}) == Tri::yes);
}

}  // namespace
}  // namespace nytte
