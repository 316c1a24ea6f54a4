// The condition language's table of functions (lib/condition/functions.h)
// and the EvalCache an evaluation may keep between conditions.
#include <doctest/doctest.h>

#include <string>

#include "condition/condition.h"
#include "condition/functions.h"

namespace nytte {
namespace {

using condition::Fn;
using condition::FnDecl;

CompiledExpr compile(std::string_view text, Type t = Type::number) {
  return compile_expression(text, TextOrigin{"r.toml", 1, 1}, Schema{}, t);
}

TEST_CASE("condition functions: one entry a function, named as its signature, implemented") {
  size_t i = 0;
  for (const FnDecl& f : condition::functions()) {
    CAPTURE(f.name);
    CHECK(static_cast<size_t>(f.fn) == i++);  // condition::function(fn) indexes by Fn
    CHECK(condition::find_function(f.name) == &f);
    CHECK(f.signature.substr(0, f.name.size() + 1) == std::string(f.name) + "(");
    CHECK((f.eval != nullptr || f.number != nullptr));
    CHECK(f.arity <= f.params.size());
    if (f.variadic) CHECK(f.arity >= 1);
  }
  CHECK(condition::find_function("ages") == nullptr);
}

TEST_CASE("condition functions: arity and types are checked from the table") {
  auto error_of = [](std::string_view text) {
    try {
      compile(text);
    } catch (const Error& e) {
      return std::string(e.what());
    }
    return std::string();
  };
  CHECK(error_of("age(1)").find("age takes 0 arguments, given 1: age() -> number") !=
        std::string::npos);
  CHECK(error_of("min()").find("min takes at least 1 argument") != std::string::npos);
  CHECK(error_of("add_days(on_date, \"x\")")
            .find("argument 2 of add_days must be a number, but '\"x\"' is a string") !=
        std::string::npos);
  CHECK(error_of("value_or(school_years, \"x\")").find("argument 2 of value_or must be a number") !=
        std::string::npos);
  CHECK(error_of("max(1, 2, age())").empty());
}

TEST_CASE("condition EvalCache: the same results with a cache, without, and shared") {
  Citizen a, b;
  a.birth_date = Date::from_ymd(1990, 9, 2);
  b.birth_date = Date::from_ymd(1960, 9, 1);
  a.benefit_history = std::vector<BenefitPeriod>{
      {Benefit::kontanthjaelp, Date::from_ymd(2022, 9, 1), std::nullopt}};
  b.benefit_history = std::vector<BenefitPeriod>{
      {Benefit::kontanthjaelp, Date::from_ymd(2024, 3, 1), Date::from_ymd(2024, 8, 31)}};
  CompiledExpr age = compile("age()");
  CompiledExpr months = compile("months_on([\"kontanthjaelp\"], 48)");
  Date sep = Date::from_ymd(2025, 9, 1), jan = Date::from_ymd(2026, 1, 1);
  EvalCache cache;  // one for all: people and dates change under it
  for (int round = 0; round < 2; ++round) {
    CHECK(*eval_number(age, EvalContext{a, sep}) == 34);
    CHECK(*eval_number(age, EvalContext{a, sep, &cache}) == 34);
    CHECK(*eval_number(age, EvalContext{b, sep, &cache}) == 65);
    CHECK(*eval_number(age, EvalContext{b, jan, &cache}) == 65);
    CHECK(*eval_number(age, EvalContext{a, jan, &cache}) == 35);
    CHECK(*eval_number(months, EvalContext{a, sep}) == 36);
    CHECK(*eval_number(months, EvalContext{a, sep, &cache}) == 36);
    CHECK(*eval_number(months, EvalContext{b, sep, &cache}) == 6);
    CHECK(*eval_number(months, EvalContext{a, jan, &cache}) == 40);
    CHECK(*eval_number(months, EvalContext{b, jan}) == 6);
  }
}

}  // namespace
}  // namespace nytte
