// The options every command shares: one message for a date that is not one,
// the CSV form of --csv-sep, standard input read once.
#include "run/options.h"

#include <doctest/doctest.h>

#include "nytte/error.h"

namespace nytte {
namespace {

TEST_CASE("date_option: a date, not given, or one message for every option") {
  CHECK(date_option("--on", "2025-09-01") == Date::from_ymd(2025, 9, 1));
  CHECK_FALSE(date_option("--on", "").has_value());
  CHECK_THROWS_WITH_AS(date_option("--until", "2025-02-30"),
                       "--until: '2025-02-30' is not a date; expected YYYY-MM-DD, e.g. 2025-09-01",
                       UsageError);
  CHECK(resolve_on("2024-01-31") == Date::from_ymd(2024, 1, 31));
  CHECK(resolve_on("") == today());
}

TEST_CASE("csv_format_of: ',' or ';' with a decimal comma; another separator refused") {
  CommonOptions o;
  CHECK(csv_format_of(o).separator == ',');
  CHECK_FALSE(csv_format_of(o).decimal_comma);
  o.csv_sep.assign(1, ';');  // not = ";", a false -Wrestrict in GCC 12
  CHECK(csv_format_of(o).separator == ';');
  CHECK(csv_format_of(o).decimal_comma);
  o.csv_sep.assign(1, '\t');
  CHECK_THROWS_WITH_AS(csv_format_of(o), "--csv-sep: '\t' is not ',' or ';'", UsageError);
}

TEST_CASE("check_stdin_once: standard input is read by one option only") {
  CHECK_NOTHROW(check_stdin_once({"-"}, {"a.csv"}));
  CHECK_NOTHROW(check_stdin_once({"r.toml"}, {"-"}));
  CHECK_THROWS_WITH_AS(check_stdin_once({"-", "-"}, {}),
                       "--rules - is given twice: standard input holds one rule set", UsageError);
  CHECK_THROWS_WITH_AS(
      check_stdin_once({"-"}, {"-"}),
      "--rules - and the input - both read standard input: give one of them as a file", UsageError);
}

TEST_CASE("input_format_of and all_paths") {
  CHECK(input_format_of("csv") == InputFormat::csv);
  CHECK(input_format_of("toml") == InputFormat::toml);
  CHECK_FALSE(input_format_of("").has_value());
  CHECK(all_paths({{"a", "b"}, {}, {"c"}}) == std::vector<std::string>{"a", "b", "c"});
}

}  // namespace
}  // namespace nytte
