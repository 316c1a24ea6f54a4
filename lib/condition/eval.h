// Stage 5 of the condition language: evaluating the compiled form for one
// citizen on one date, with Kleene's three-valued logic (a condition that
// needs a missing field is unknown).
#pragma once

#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "condition/condition.h"
#include "condition/program.h"

namespace nytte::condition {

// A value during evaluation: the register form of a value, neither a Value
// (which owns its text and list) nor a ValueView (whose list is a vector of
// views, built by allocating), because evaluating must neither copy nor
// allocate. Strings and lists point into the citizen, the compiled tree or
// static tables, where they lie: a Value's list or the citizen's
// danish_tests, which no Value holds.
struct Val {
  double n = 0;
  std::string_view s;
  const std::vector<std::string>* strings = nullptr;
  const std::vector<DanishTest>* tests = nullptr;
  Date d;
  bool known = true;
  bool b = false;
};

// The one place a Val is made from a Value (a literal, a constant, a declared
// field's): it points into `v`. Whether a field is given (Value::known) is the
// caller's to check, as a missing one is reported.
inline Val val_of(const Value& v) {
  Val r;
  r.b = v.boolean;
  r.n = v.number;
  r.d = v.date;
  r.s = v.text;
  r.strings = &v.list;
  return r;
}

// One evaluation: the citizen, the date, where missing fields are reported
// (may be null) and what is remembered between evaluations (may be null).
struct Ctx {
  const Citizen& c;
  Date on;
  std::vector<std::string_view>* missing;
  EvalCache* cache;
  const UnaskedFields* unasked = nullptr;  // an interview's fields not yet asked
};

// Whether a built-in field is not yet asked (only ever in an interview).
inline bool unasked(const Ctx& x, Field f) {
  return x.unasked && x.unasked->field(f);
}

// A number, returned in registers (a Val goes through memory).
struct Num {
  double v;
  bool known;
};

Val eval(const ExprNode& n, const Ctx& x);
// eval() forgetting the missing fields it named when the result is known:
// only the fields that leave a result unknown are reported.
Val eval_scoped(const ExprNode& n, const Ctx& x);
// A number-typed node; the same as eval()'s number.
Num num(const ExprNode& n, const Ctx& x);
// A boolean-typed node; the same as eval()'s boolean.
Tri test(const ExprNode& n, const Ctx& x);
// A built-in field's value (n.op == Op::field).
Val read_field(const ExprNode& n, const Ctx& x);

// For the functions' implementations (functions.cc).
inline Val unknown() {
  Val v;
  v.known = false;
  return v;
}
inline Val boolean(bool b) {
  Val v;
  v.b = b;
  return v;
}
inline Val number(double d) {
  Val v;
  v.n = d;
  return v;
}
inline Val date_val(Date d) {
  Val v;
  v.d = d;
  return v;
}
// has(field): whether the record gives the field; unknown for a field not
// yet asked (which is then named missing).
Tri has_field(const ExprNode& f, const Ctx& x);
// Whether the field node of has() or value_or() is not yet asked.
bool unasked_arg(const ExprNode& f, const Ctx& x);
inline size_t list_size(const Val& list) {
  if (list.tests) return list.tests->size();
  if (list.strings) return list.strings->size();
  return 0;
}
// A number as a count of days or months, within +-1,000,000.
inline int clamp_int(double d) {
  if (!(d > -1e6)) return -1000000;
  if (d > 1e6) return 1000000;
  return static_cast<int>(std::floor(d));
}
Val missing_field(const Ctx& x, std::string_view name);
// age_on(birth, on), remembered in the cache (if any).
int age_at(Date birth, Date on, EvalCache* cache);
// age(): the one implementation, which num() also calls straight.
Num age_num(const ExprNode& call, const Ctx& x);

// The Benefit bits of the codes in a list (other strings set none).
uint64_t benefit_mask(const std::vector<std::string>& codes);

}  // namespace nytte::condition
