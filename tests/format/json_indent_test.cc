// Compact JSON laid out again gives what an indenting JsonWriter writes.
#include "format/json_indent.h"

#include <doctest/doctest.h>

#include "format/output.h"

namespace nytte {
namespace {

// The same document through a JsonWriter of `indent` spaces a level.
std::string document(int indent) {
  std::string out;
  JsonWriter w(out, indent);
  w.begin_object();
  w.key("id");
  w.string("a \"quoted\" {[,:]} \\ text");
  w.key("empty_list");
  w.begin_array();
  w.end_array();
  w.key("empty_object");
  w.begin_object();
  w.end_object();
  w.key("numbers");
  w.begin_array();
  w.number(1.5);
  w.integer(-3);
  w.null();
  w.boolean(true);
  w.end_array();
  w.key("nested");
  w.begin_array();
  w.begin_object();
  w.key("k");
  w.begin_array();
  w.string("\\");
  w.end_array();
  w.end_object();
  w.begin_object();
  w.end_object();
  w.end_array();
  w.end_object();
  return out;
}

}  // namespace

TEST_CASE("append_indented_json: the layout of an indenting JsonWriter") {
  std::string compact = document(0);
  for (int indent : {1, 2, 4}) {
    std::string out = "[\n";  // appended: what is there stays
    append_indented_json(out, compact, indent);
    CAPTURE(indent);
    CHECK(out == "[\n" + document(indent));
  }
  std::string scalar;
  append_indented_json(scalar, "\"x\"", 2);
  CHECK(scalar == "\"x\"");
}

}  // namespace nytte
