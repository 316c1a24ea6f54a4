// What a rule set declares about the citizens it reads, on top of the
// built-in fields: its own fields, its named constants and the codes its
// tracks and exemptions allow. The citizen readers check records against it;
// the condition language resolves names against it.
#pragma once

#include <string>
#include <vector>

#include "base/date.h"
#include "base/diagnostic.h"
#include "model/citizen.h"
#include "model/value.h"

namespace nytte {

// A field a rule set declares on top of the built-in ones ([[field]]).
struct DeclaredField {
  std::string name;
  Type type = Type::string;
  std::string description;
  std::vector<std::string> codes;  // allowed values of a string field; empty = any
  SourcePos pos;
};

// A named constant of a rule set ([constants]), e.g. sho = ["..", ".."].
struct Constant {
  std::string name;
  Value value;  // known
  SourcePos pos;
};

// What an expression may refer to besides the built-in fields and functions.
struct Schema {
  std::vector<DeclaredField> fields;  // index = position in Citizen::extra
  std::vector<Constant> constants;
  std::vector<std::string> exemption_codes;  // codes allowed in `exemptions`
  std::vector<std::string> track_ids;        // codes allowed for assigned_track
};

}  // namespace nytte
