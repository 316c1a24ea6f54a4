// The fields an interview has not asked yet (UnaskedFields, condition.h):
// unknown and named missing wherever an absent field would read as known;
// a field answered "don't know" is absent; a normal run is unchanged.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "condition/condition.h"

namespace nytte {
namespace {

// The names of the missing fields are copied: a declared field's name is a
// view into the expression, which lives only as long as this call.
Tri eval_with(std::string_view text, const Citizen& c, const UnaskedFields* unasked,
              std::vector<std::string>* missing = nullptr, const Schema& schema = {}) {
  CompiledExpr e = compile_expression(text, TextOrigin{"r.toml", 1, 1}, schema, Type::boolean);
  EvalContext ctx{c, Date::from_ymd(2025, 9, 1), nullptr, unasked};
  std::vector<std::string_view> names;
  Tri t = eval_condition(e, ctx, missing ? &names : nullptr);
  if (missing) missing->assign(names.begin(), names.end());
  return t;
}

UnaskedFields unasked_of(std::initializer_list<Field> fields) {
  UnaskedFields u;
  for (Field f : fields) u.set(f, true);
  return u;
}

TEST_CASE("unasked: has(), value_or() and the 37 hours of an unasked field are unknown") {
  Citizen c;  // nothing recorded
  UnaskedFields u =
      unasked_of({Field::work_capacity_hours, Field::born_in_denmark, Field::first_entry_date,
                  Field::benefit_history, Field::danish_tests, Field::birth_date, Field::benefit});
  std::vector<std::string> missing;
  CHECK(eval_with("has(work_capacity_hours)", c, &u, &missing) == Tri::unknown);
  CHECK(missing == std::vector<std::string>{"work_capacity_hours"});
  missing.clear();
  CHECK(eval_with("work_capacity_hours >= 37", c, &u, &missing) == Tri::unknown);
  CHECK(missing == std::vector<std::string>{"work_capacity_hours"});
  missing.clear();
  CHECK(eval_with("not value_or(born_in_denmark, false)", c, &u, &missing) == Tri::unknown);
  CHECK(missing == std::vector<std::string>{"born_in_denmark"});
  missing.clear();
  CHECK(eval_with("days_on([\"kontanthjaelp\"], 365) >= 300", c, &u, &missing) == Tri::unknown);
  CHECK(missing == std::vector<std::string>{"benefit_history"});
  missing.clear();
  CHECK(eval_with("months_on([\"kontanthjaelp\"], 12) >= 6", c, &u, &missing) == Tri::unknown);
  CHECK(eval_with("passed_danish(\"PD2\")", c, &u) == Tri::unknown);
  CHECK(eval_with("highest_danish_test() == \"none\"", c, &u) == Tri::unknown);
  CHECK(eval_with("age() >= 30", c, &u) == Tri::unknown);
  CHECK(eval_with("benefit in [\"kontanthjaelp\"]", c, &u) == Tri::unknown);
  // The birth date from a CPR number is unknown too while the field is unasked.
  Citizen cpr;
  cpr.birth_date = Date::from_ymd(1980, 1, 1);
  cpr.birth_date_from_cpr = true;
  CHECK(eval_with("age() >= 30", cpr, &u) == Tri::unknown);
  // Kleene logic still settles what an unasked field cannot change.
  missing.clear();
  CHECK(eval_with("has(first_entry_date) or true", c, &u, &missing) == Tri::yes);
  CHECK(missing.empty());
  CHECK(eval_with("benefit in [\"kontanthjaelp\"] and false", c, &u) == Tri::no);
}

TEST_CASE("unasked: a field answered \"don't know\" behaves as absent") {
  Citizen c;
  UnaskedFields none;  // every field asked; nothing answered
  std::vector<std::string> missing;
  CHECK(eval_with("has(work_capacity_hours)", c, &none) == Tri::no);
  CHECK(eval_with("work_capacity_hours >= 37", c, &none) == Tri::yes);
  CHECK(eval_with("not value_or(born_in_denmark, false)", c, &none) == Tri::yes);
  CHECK(eval_with("days_on([\"kontanthjaelp\"], 365) >= 300", c, &none, &missing) == Tri::unknown);
  CHECK(missing == std::vector<std::string>{"benefit_history"});
}

TEST_CASE("unasked: a normal run (no set) and a recorded field are unchanged") {
  Citizen c;
  c.benefit = Benefit::kontanthjaelp;
  c.benefit_history =
      std::vector<BenefitPeriod>{{Benefit::kontanthjaelp, Date::from_ymd(2024, 1, 1), {}}};
  CHECK(eval_with("has(work_capacity_hours)", c, nullptr) == Tri::no);
  CHECK(eval_with("work_capacity_hours >= 37", c, nullptr) == Tri::yes);
  CHECK(eval_with("value_or(born_in_denmark, true)", c, nullptr) == Tri::yes);
  CHECK(eval_with("benefit in [\"kontanthjaelp\"]", c, nullptr) == Tri::yes);
  // Only the fields in the set are unknown; a recorded one not in it reads.
  UnaskedFields u = unasked_of({Field::born_in_denmark});
  CHECK(eval_with("benefit in [\"kontanthjaelp\"]", c, &u) == Tri::yes);
  CHECK(eval_with("days_on([\"kontanthjaelp\"], 30) >= 30", c, &u) == Tri::yes);
  CHECK(eval_with("value_or(born_in_denmark, true)", c, &u) == Tri::unknown);
}

TEST_CASE("unasked: a declared field") {
  Schema schema;
  DeclaredField& f = schema.fields.emplace_back();
  f.name = "kursus";
  f.type = Type::boolean;
  Citizen c;
  c.extra.resize(1);
  c.extra[0].type = Type::boolean;
  UnaskedFields u;
  u.declared = {true};
  std::vector<std::string> missing;
  CHECK(eval_with("has(kursus)", c, &u, &missing, schema) == Tri::unknown);
  CHECK(missing == std::vector<std::string>{"kursus"});
  CHECK(eval_with("value_or(kursus, false)", c, &u, nullptr, schema) == Tri::unknown);
  u.declared = {false};  // answered "don't know"
  CHECK(eval_with("has(kursus)", c, &u, nullptr, schema) == Tri::no);
  CHECK(eval_with("value_or(kursus, true)", c, &u, nullptr, schema) == Tri::yes);
  CHECK(eval_with("has(kursus)", c, nullptr, nullptr, schema) == Tri::no);
}

}  // namespace
}  // namespace nytte
