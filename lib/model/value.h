// A value of one of the condition language's types, owned: a declared
// field's value on a citizen (Citizen::extra) and a rule set's named constant
// (Constant) are both one. Only the member of `type` is meaningful.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/date.h"

namespace nytte {

enum class Type : uint8_t;  // model/citizen.h

struct Value {
  Type type{};         // a field's declared type, a constant's own
  bool known = false;  // false: a field the record does not give
  bool boolean = false;
  double number = 0;
  Date date;
  std::string text;
  std::vector<std::string> list;
};

}  // namespace nytte
