// Numbers and dates for people: unchanged in English, the Danish way in
// Danish.
#include "base/local_format.h"

#include <doctest/doctest.h>

#include "../in_language.h"

#include "nytte/i18n.h"

using namespace nytte;

TEST_CASE("local_format: English writes numbers and dates as before") {
  InLanguage en(Language::en);
  CHECK(local_int(1506) == "1506");
  CHECK(local_int(-1234567) == "-1234567");
  CHECK(local_fixed(75.25, 1) == "75.2");
  CHECK(local_fixed(-0.04, 1) == "0.0");
  CHECK(local_number(37) == "37");
  CHECK(local_number(7.5) == "7.5");
  CHECK(local_percent(75.33, 1) == "75.3%");
  CHECK(local_date(Date::from_ymd(2025, 9, 1)) == "2025-09-01");
}

TEST_CASE("local_format: Danish thousands points, decimal commas and long dates") {
  InLanguage da(Language::da);
  CHECK(local_int(999) == "999");
  CHECK(local_int(1506) == "1.506");
  CHECK(local_int(1000000) == "1.000.000");
  CHECK(local_int(-1234567) == "-1.234.567");
  CHECK(local_fixed(75.33, 1) == "75,3");
  CHECK(local_fixed(1234.5, 2) == "1.234,50");
  CHECK(local_fixed(-0.04, 1) == "0,0");
  CHECK(local_number(37) == "37");
  CHECK(local_number(7.5) == "7,5");
  CHECK(local_number(12345.678) == "12.345,68");
  CHECK(local_percent(75.33, 1) == "75,3 %");
  CHECK(local_date(Date::from_ymd(2025, 9, 1)) == "1. september 2025");
  CHECK(local_date(Date::from_ymd(2026, 12, 24)) == "24. december 2026");
}

TEST_CASE("i18n: the language from the environment, as gettext reads it") {
  CHECK(language_from_environment(nullptr, nullptr, nullptr, nullptr) == Language::en);
  CHECK(language_from_environment(nullptr, nullptr, "da_DK.UTF-8", nullptr) == Language::da);
  CHECK(language_from_environment(nullptr, "da_DK.UTF-8", "en_US.UTF-8", nullptr) == Language::da);
  CHECK(language_from_environment("C", "da_DK.UTF-8", nullptr, nullptr) == Language::en);
  CHECK(language_from_environment("", "da", nullptr, nullptr) == Language::da);
  // LANGUAGE goes first, but not under the C locale.
  CHECK(language_from_environment(nullptr, nullptr, "en_GB.UTF-8", "da:en") == Language::da);
  CHECK(language_from_environment(nullptr, nullptr, "C", "da") == Language::en);
  CHECK(language_from_environment(nullptr, nullptr, "de_DE.UTF-8", "fr:da") == Language::da);
  CHECK(language_from_environment(nullptr, nullptr, "de_DE.UTF-8", nullptr) == Language::en);
  CHECK(parse_language("da_DK@euro") == Language::da);
  CHECK_FALSE(parse_language("POSIX").has_value());
}

TEST_CASE("i18n: Danish comes from the compiled catalogue, plural forms included") {
  InLanguage da(Language::da);
  CHECK(std::string(tr("September")) == "september");
  CHECK(std::string(tr("a text no catalogue has")) == "a text no catalogue has");
}
