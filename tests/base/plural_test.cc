// Counts in text: the singular for exactly one, the plural otherwise.
#include "base/plural.h"

#include <doctest/doctest.h>

namespace nytte {
namespace {

TEST_CASE("plural: one is singular, zero and more are plural") {
  CHECK(plural(1, "citizen", "citizens") == "1 citizen");
  CHECK(plural(0, "citizen", "citizens") == "0 citizens");
  CHECK(plural(2, "citizen", "citizens") == "2 citizens");
  CHECK(plural(1, "person", "people") == "1 person");
  CHECK(plural(13, "person", "people") == "13 people");
  CHECK(plural(11, "week", "weeks") == "11 weeks");
  CHECK(plural(21, "week", "weeks") == "21 weeks");
}

TEST_CASE("plural: the number as text writes it, phrases agree with it") {
  CHECK(plural(1234567, "row", "rows") == "1234567 rows");
  CHECK(plural(uint64_t{18446744073709551615u}, "error", "errors") ==
        "18446744073709551615 errors");
  CHECK(plural(1, "record is", "records are") == "1 record is");
  CHECK(plural(3, "record is", "records are") == "3 records are");
  CHECK(plural_noun(1, "test", "tests") == "test");
  CHECK(plural_noun(0, "test", "tests") == "tests");
}

}  // namespace
}  // namespace nytte
