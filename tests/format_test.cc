// lib/format/: the list frame every command's output shares, and the frames
// of build-package's outputs.
#include <doctest/doctest.h>

#include "format/list.h"
#include "format/package_format.h"

using namespace nytte;

TEST_CASE("ListWriter: JSON brackets and commas, a blank line between text records") {
  std::string s;
  ListWriter json(ListFrame::json_array);
  json.begin(s);
  json.end(s);
  CHECK(s == "[\n]\n");
  s.clear();
  ListWriter two(ListFrame::json_array);
  two.begin(s);
  for (const char* item : {"1", "2"}) {
    two.before(s);
    s += item;
  }
  two.end(s);
  CHECK(s == "[\n1,\n2\n]\n");
  s.clear();
  ListWriter text(ListFrame::blank_line);
  text.begin(s);
  for (const char* item : {"a\n", "b\n"}) {
    text.before(s);
    s += item;
  }
  text.end(s);
  CHECK(s == "a\n\nb\n");
  CHECK(text.count() == 2);
}

TEST_CASE("PackageWriter: the CSV header in the separator asked for, the plan file's comment") {
  RuleSet rules = load_builtin_rules();
  std::string s;
  PackageWriter csv(PackageFormat::csv, rules, csv::Format::with_separator(';'), {});
  csv.begin(s);
  csv.end(s);
  CHECK(s.rfind("id;track;phase;day;", 0) == 0);
  s.clear();
  PackageWriter toml(PackageFormat::toml, rules, csv::Format::with_separator(','), {});
  toml.begin(s);
  CHECK(s.find("# Weekly plans made by nytte build-package with rules national.") == 0);
  CHECK(package_format_of("ics") == PackageFormat::ics);
  CHECK(package_format_of("anything") == PackageFormat::text);
}
