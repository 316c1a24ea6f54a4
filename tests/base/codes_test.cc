// The code lists' Danish names: one for every code, in the same order.
#include "base/codes.h"

#include <doctest/doctest.h>

using namespace nytte;

TEST_CASE("codes: every code of every list has its Danish name") {
  for (const CodeList* list : {&benefit_codes(), &category_codes(), &sex_codes(),
                               &danish_test_codes(), &offer_kind_codes()}) {
    CAPTURE(list->name);
    REQUIRE(list->titles.size() == list->codes.size());
    for (size_t i = 0; i < list->codes.size(); ++i)
      CHECK(code_title(*list, list->codes[i]) == list->titles[i]);
  }
  CHECK(code_title(benefit_codes(), "kontanthjaelp") == "kontanthjælp");
  CHECK(code_title(category_codes(), "aabenlyst_uddannelsesparat") == "åbenlyst uddannelsesparat");
  CHECK(code_title(danish_test_codes(), "PD2") == "Prøve i Dansk 2");
  CHECK(code_title(benefit_codes(), "no-such-code") == "no-such-code");
}
