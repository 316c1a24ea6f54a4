// validate's text: the severity words in colour only where the style says,
// the rest of each line as editors and CI tools parse it.
#include "format/validate_format.h"

#include <doctest/doctest.h>

namespace nytte {

TEST_CASE("write_validation text: severity words coloured only with a colour style") {
  FileResult f;
  f.file = "r.toml";
  f.problems.push_back({Severity::error, {"r.toml", 3, 7}, "bad", "x"});
  f.problems.push_back({Severity::warning, {"r.toml", 9, 1}, "odd", "y"});
  ValidationOptions plain;
  CHECK(write_validation(ValidationFormat::text, {f}, plain) ==
        "r.toml:3:7: error: bad\nr.toml:9:1: warning: odd\n");
  ValidationOptions color;
  color.style = Style{true};
  CHECK(write_validation(ValidationFormat::text, {f}, color) ==
        "r.toml:3:7: \x1b[1m\x1b[31merror\x1b[0m: bad\n"
        "r.toml:9:1: \x1b[1m\x1b[33mwarning\x1b[0m: odd\n");
  // --strict: the warning is written, and coloured, as an error.
  color.strict = true;
  CHECK(write_validation(ValidationFormat::text, {f}, color)
            .find("r.toml:9:1: \x1b[1m\x1b[31merror\x1b[0m: odd") != std::string::npos);
  // Other formats never carry colours.
  CHECK(write_validation(ValidationFormat::github, {f}, color).find('\x1b') == std::string::npos);
}

}  // namespace nytte
