// A Value and its view (ValueView): view_of points into the value.
#include <doctest/doctest.h>

#include "model/citizen.h"
#include "model/value.h"

using namespace nytte;

TEST_CASE("view_of: the view has the value's type, members and list, pointing into it") {
  Value v;
  v.type = Type::string_list;
  v.known = true;
  v.boolean = true;
  v.date = Date::from_ymd(2025, 9, 1);
  v.number = 37.5;
  v.text = "kontanthjaelp";
  v.list = {"a", "bc"};
  ValueView w = view_of(v);
  CHECK(w.type == Type::string_list);
  CHECK(w.known);
  CHECK(w.boolean);
  CHECK(w.date == v.date);
  CHECK(w.number == 37.5);
  CHECK(w.text == "kontanthjaelp");
  CHECK(w.text.data() == v.text.data());  // a view, not a copy
  REQUIRE(w.list.size() == 2);
  CHECK(w.list[0] == "a");
  CHECK(w.list[1] == "bc");
  CHECK(w.list[1].data() == v.list[1].data());
}

TEST_CASE("view_of: a value the record does not give stays unknown") {
  Value v;
  v.type = Type::number;
  ValueView w = view_of(v);
  CHECK(w.type == Type::number);
  CHECK_FALSE(w.known);
  CHECK(w.list.empty());
}
