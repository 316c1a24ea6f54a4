// A value of one of the condition language's types, owned: a declared
// field's value on a citizen (Citizen::extra) and a rule set's named constant
// (Constant) are both one. Only the member of `type` is meaningful.
// ValueView is its non-owning form.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"

namespace nytte {

enum class Type : uint8_t;  // model/citizen.h

struct Value {
  Type type{};         // a field's declared type, a constant's own
  bool known = false;  // false: a field the record does not give
  bool boolean = false;
  Date date;
  double number = 0;
  std::string text;
  std::vector<std::string> list;
};

// A value of the same shape that points into the memory of another, for
// whoever reads values without owning them (the values a condition read,
// their writers): valid while that memory lives.
struct ValueView {
  Type type{};
  bool known = false;
  bool boolean = false;
  Date date;
  double number = 0;
  std::string_view text;
  std::vector<std::string_view> list;
};

// The one way from a Value to its view.
inline ValueView view_of(const Value& v) {
  ValueView out;
  out.type = v.type;
  out.known = v.known;
  out.boolean = v.boolean;
  out.date = v.date;
  out.number = v.number;
  out.text = v.text;
  out.list.assign(v.list.begin(), v.list.end());
  return out;
}

}  // namespace nytte
