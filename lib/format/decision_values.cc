// The values a condition read (Observed), as people read them and as JSON,
// through their view (ValueView).
#include <fmt/format.h>

#include "format/decision_format.h"
#include "format/decision_parts.h"

namespace nytte {
namespace {

// An observed value that is not a list, as JSON.
template <class Out>
void scalar_json_to(Out& out, const ValueView& o) {
  if (!o.known) {
    out += "null";
    return;
  }
  switch (o.type) {
    case Type::boolean:
      out += o.boolean ? std::string_view("true") : std::string_view("false");
      break;
    case Type::number:
      append_number(out, o.number);
      break;
    case Type::string:
    case Type::string_list:  // a table rendered as text (benefit_history)
      append_string(out, o.text);
      break;
    case Type::date:
      append_string(out, o.date.iso());
      break;
  }
}

bool is_list(const ValueView& o) {
  return o.known && o.type == Type::string_list && o.text.empty();
}

template <class Out>
void append_string_array(Out& out, const std::vector<std::string_view>& items) {
  out += '[';
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += ',';
    append_string(out, items[i]);
  }
  out += ']';
}

}  // namespace

void append_observed_json(ByteBuffer& out, const Observed& o) {
  if (!is_list(o)) {
    scalar_json_to(out, o);
    return;
  }
  append_string_array(out, o.list);
}

void append_observed_json(std::string& out, const ValueView& o) {
  if (!is_list(o)) {
    scalar_json_to(out, o);
    return;
  }
  append_string_array(out, o.list);
}

void write_observed_json(const ValueView& o, JsonWriter& w) {
  if (!is_list(o)) {
    scalar_json_to(w.value_buffer(), o);
    return;
  }
  w.begin_array();
  for (std::string_view s : o.list) w.string(s);
  w.end_array();
}

std::string observed_text(const ValueView& o) {
  if (!o.known) return "missing";
  switch (o.type) {
    case Type::boolean:
      return o.boolean ? "true" : "false";
    case Type::number: {
      std::string s;
      append_number(s, o.number);
      return s;
    }
    case Type::string:
      return std::string(o.text);
    case Type::date:
      return o.date.iso();
    case Type::string_list:
      if (!o.text.empty()) return std::string(o.text);
      return o.list.empty() ? "(none)" : fmt::format("{}", fmt::join(o.list, ", "));
  }
  return "?";
}

}  // namespace nytte
