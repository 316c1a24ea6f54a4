// Compact JSON laid out with indentation, as JsonWriter(out, indent) lays it
// out: a writer that makes compact JSON fast gives the indented form too.
#pragma once

#include <string>
#include <string_view>

namespace nytte {

// Appends `compact` (JSON as a compact JsonWriter writes it: no whitespace
// outside strings) to `out` with a member or element a line, `indent` spaces
// a level from depth 0, `"key": value`, and `[]` and `{}` when empty.
void append_indented_json(std::string& out, std::string_view compact, int indent);

}  // namespace nytte
