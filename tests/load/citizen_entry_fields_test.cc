// The built-in fields born_in_denmark (bool) and first_entry_date (date): read
// from TOML (both readers) and CSV, refused with a position when malformed,
// and read by conditions with three-valued logic.
#include <doctest/doctest.h>

#include <deque>
#include <sstream>

#include <fmt/format.h>

#include "condition/condition.h"
#include "format/decision_format.h"
#include "load/citizen_fields.h"
#include "load/citizen_reader.h"

namespace nytte {
namespace {

struct Loaded {
  std::vector<Citizen> citizens;
  std::vector<std::vector<Diagnostic>> bad;
  std::vector<Diagnostic> input_errors;
};

class Keep : public RecordSink {
 public:
  explicit Keep(Loaded& l) : l_(l) {}
  void record(const Citizen& c) override { l_.citizens.push_back(c); }
  void bad_record(const std::vector<Diagnostic>& problems) override { l_.bad.push_back(problems); }

 private:
  Loaded& l_;
};

// `text` read as standard input, named "t" in messages.
Loaded read_text(const std::string& text) {
  Schema schema;
  std::istringstream in(text);
  ChunkReader reader(in, "t", schema);
  Loaded l;
  Keep sink(l);
  Citizen scratch;
  Chunk chunk;
  while (reader.next(chunk, l.input_errors)) parse_chunk(chunk, schema, scratch, sink);
  return l;
}

std::string problem(const Diagnostic& d) {
  return fmt::format("{}:{}:{}: [{}] {}", d.pos.file, d.pos.line, d.pos.column, d.code, d.message);
}

const Date kOn = Date::from_ymd(2025, 9, 1);

// The national rule's reading of the employment part's scope.
constexpr std::string_view kEntered1968 =
    "(born_in_denmark == false or has(first_entry_date)) and first_entry_date >= 1968-01-01";

const CompiledExpr& compiled(std::string_view text, Type t = Type::boolean) {
  // Missing-field names point into the compiled expression: keep them all.
  static std::deque<CompiledExpr> keep;
  return keep.emplace_back(compile_expression(text, TextOrigin{"r.toml", 1, 1}, Schema{}, t));
}

struct Result {
  Tri value;
  std::vector<std::string> missing;
};

Result eval(std::string_view text, const Citizen& c) {
  std::vector<std::string_view> missing;
  Tri t = eval_condition(compiled(text), EvalContext{c, kOn}, &missing);
  return {t, {missing.begin(), missing.end()}};
}

using Names = std::vector<std::string>;

}  // namespace

TEST_CASE("entry fields: TOML, good values and missing ones") {
  Loaded l = read_text(
      "[[citizen]]\nid = \"a\"\nborn_in_denmark = true\n\n"
      "[[citizen]]\nid = \"b\"\nborn_in_denmark = false\nfirst_entry_date = 1994-08-15\n\n"
      "[[citizen]]\nid = \"c\"\n");
  REQUIRE(l.bad.empty());
  REQUIRE(l.citizens.size() == 3);
  CHECK(l.citizens[0].born_in_denmark == true);
  CHECK_FALSE(l.citizens[0].first_entry_date);
  CHECK(l.citizens[0].has(Field::born_in_denmark));
  CHECK_FALSE(l.citizens[0].has(Field::first_entry_date));
  CHECK(l.citizens[1].born_in_denmark == false);
  CHECK(l.citizens[1].first_entry_date == Date::from_ymd(1994, 8, 15));
  CHECK(l.citizens[1].has(Field::first_entry_date));
  // The scratch record is reused: nothing of `b` is left in `c`.
  CHECK_FALSE(l.citizens[2].born_in_denmark);
  CHECK_FALSE(l.citizens[2].first_entry_date);
  CHECK_FALSE(l.citizens[2].has(Field::born_in_denmark));
}

TEST_CASE("entry fields: TOML, wrong types at their line and column; other records still load") {
  Loaded l = read_text(
      "[[citizen]]\nid = \"a\"\nborn_in_denmark = \"ja\"\nfirst_entry_date = \"1990-01-01\"\n"
      "[[citizen]]\nid = \"b\"\nborn_in_denmark = 1\n"
      "[[citizen]]\nid = \"c\"\nfirst_entry_date = 1990-02-30\n"
      "[[citizen]]\nid = \"ok\"\nborn_in_denmark = false\n"
      "[[citizen]]\nid = \"d\"\nborn_in_denmrk = true\nfirst_entry_dat = 1990-01-01\n");
  REQUIRE(l.citizens.size() == 1);
  CHECK(l.citizens[0].id == "ok");
  REQUIRE(l.bad.size() == 4);
  REQUIRE(l.bad[0].size() == 2);
  CHECK(problem(l.bad[0][0]) ==
        "t:3:19: [wrong-type] field 'born_in_denmark' must be a boolean (true or false), found "
        "string");
  CHECK(problem(l.bad[0][1]) ==
        "t:4:20: [wrong-type] field 'first_entry_date' must be a date, found string; expected a "
        "TOML date like 1970-03-14 (no quotes)");
  REQUIRE(l.bad[1].size() == 1);
  CHECK(problem(l.bad[1][0]) ==
        "t:7:19: [wrong-type] field 'born_in_denmark' must be a boolean (true or false), found "
        "integer");
  REQUIRE(l.bad[2].size() == 1);
  CHECK(l.bad[2][0].pos.line == 10);
  CHECK(l.bad[2][0].code == "toml-syntax");  // toml++ refuses 30 February itself
  REQUIRE(l.bad[3].size() == 2);
  CHECK(problem(l.bad[3][0]) ==
        "t:16:1: [unknown-field] unknown field 'born_in_denmrk'; did you mean 'born_in_denmark'?");
  CHECK(problem(l.bad[3][1]) ==
        "t:17:1: [unknown-field] unknown field 'first_entry_dat'; did you mean "
        "'first_entry_date'?");
}

TEST_CASE("entry fields: a first entry before the birth date is refused") {
  Loaded l = read_text(
      "[[citizen]]\nid = \"a\"\nbirth_date = 1970-03-14\nfirst_entry_date = 1970-03-13\n"
      "[[citizen]]\nid = \"b\"\ncpr = \"140370-1234\"\nfirst_entry_date = 1969-12-31\n"
      "[[citizen]]\nid = \"born-here\"\nbirth_date = 1970-03-14\nfirst_entry_date = 1970-03-14\n");
  REQUIRE(l.citizens.size() == 1);
  CHECK(l.citizens[0].id == "born-here");
  REQUIRE(l.bad.size() == 2);
  REQUIRE(l.bad[0].size() == 1);
  CHECK(problem(l.bad[0][0]) ==
        "t:4:20: [invalid-value] first_entry_date 1970-03-13 is before the birth date "
        "1970-03-14");
  REQUIRE(l.bad[1].size() == 1);
  CHECK(problem(l.bad[1][0]) ==
        "t:8:20: [invalid-value] first_entry_date 1969-12-31 is before the birth date "
        "1970-03-14 (from the CPR number)");
}

TEST_CASE("entry fields: the plain TOML reader takes them, and declines what is not plain") {
  Schema schema;
  Citizen c;
  citizen_fields::PlainTomlReader reader(schema);
  using R = citizen_fields::PlainTomlReader::Result;
  REQUIRE(reader.read(
              "[[citizen]]\nid = \"a\"\nborn_in_denmark = false\nfirst_entry_date = 1994-08-15\n",
              c) == R::record);
  CHECK(c.born_in_denmark == false);
  CHECK(c.first_entry_date == Date::from_ymd(1994, 8, 15));
  citizen_fields::ListMemory lists;
  citizen_fields::reset(c, schema, lists);
  REQUIRE(reader.read("[[citizen]]\nid = \"a\"\nborn_in_denmark = true # født her\n", c) ==
          R::record);
  CHECK(c.born_in_denmark == true);
  CHECK_FALSE(c.first_entry_date);
  for (const char* text : {
           "[[citizen]]\nid = \"a\"\nborn_in_denmark = \"true\"\n",
           "[[citizen]]\nid = \"a\"\nborn_in_denmark = True\n",
           "[[citizen]]\nid = \"a\"\nborn_in_denmark = truex\n",
           "[[citizen]]\nid = \"a\"\nborn_in_denmark = true\nborn_in_denmark = false\n",
           "[[citizen]]\nid = \"a\"\nfirst_entry_date = \"1994-08-15\"\n",
           "[[citizen]]\nid = \"a\"\nbirth_date = 1990-01-01\nfirst_entry_date = 1989-01-01\n",
       }) {
    CAPTURE(text);
    CHECK(reader.read(text, c) == R::declined);
  }
}

TEST_CASE("entry fields: CSV cells, good and bad; the bad row alone is left out") {
  Loaded l = read_text(
      "id,born_in_denmark,first_entry_date\n"
      "a,true,\n"
      "b,false,1994-08-15\n"
      "c,,\n"
      "d,ja,15-08-1994\n"
      "e, FALSE ,\n"
      "f,1,\n");
  REQUIRE(l.input_errors.empty());
  REQUIRE(l.citizens.size() == 4);
  CHECK(l.citizens[0].born_in_denmark == true);
  CHECK_FALSE(l.citizens[0].first_entry_date);
  CHECK(l.citizens[1].born_in_denmark == false);
  CHECK(l.citizens[1].first_entry_date == Date::from_ymd(1994, 8, 15));
  CHECK_FALSE(l.citizens[2].born_in_denmark);  // an empty cell: not recorded
  CHECK_FALSE(l.citizens[2].first_entry_date);
  CHECK(l.citizens[3].id == "e");
  CHECK(l.citizens[3].born_in_denmark == false);
  REQUIRE(l.bad.size() == 2);
  REQUIRE(l.bad[0].size() == 2);
  CHECK(problem(l.bad[0][0]) ==
        "t:5:3: [wrong-type] field 'born_in_denmark' must be true or false, found 'ja'");
  CHECK(problem(l.bad[0][1]) ==
        "t:5:6: [wrong-type] field 'first_entry_date' must be a date like 1970-03-14, found "
        "'15-08-1994'");
  REQUIRE(l.bad[1].size() == 1);
  CHECK(problem(l.bad[1][0]) ==
        "t:7:3: [wrong-type] field 'born_in_denmark' must be true or false, found '1'");
}

TEST_CASE("entry fields: a CSV header names them; a misspelt column gets a suggestion") {
  Loaded l = read_text("id,born_in_danmark\na,true\n");
  CHECK(l.citizens.empty());
  REQUIRE(l.input_errors.size() == 1);
  CHECK(l.input_errors[0].message.find("did you mean 'born_in_denmark'?") != std::string::npos);
}

TEST_CASE("entry fields: conditions read them with three-valued logic") {
  Citizen born_here;
  born_here.id = "dk";
  born_here.born_in_denmark = true;
  Citizen entered_1994;
  entered_1994.id = "in";
  entered_1994.born_in_denmark = false;
  entered_1994.first_entry_date = Date::from_ymd(1994, 8, 15);
  Citizen entered_1965 = entered_1994;
  entered_1965.first_entry_date = Date::from_ymd(1965, 6, 1);
  Citizen abroad_no_date;
  abroad_no_date.id = "x";
  abroad_no_date.born_in_denmark = false;
  Citizen nothing;
  nothing.id = "none";
  Citizen date_only;
  date_only.id = "d";
  date_only.first_entry_date = Date::from_ymd(1990, 1, 1);

  SUBCASE("the national rule's reading") {
    Result r = eval(kEntered1968, born_here);
    CHECK(r.value == Tri::no);  // born here: the employment part does not apply
    CHECK(r.missing.empty());
    r = eval(kEntered1968, entered_1994);
    CHECK(r.value == Tri::yes);
    CHECK(r.missing.empty());
    CHECK(eval(kEntered1968, entered_1965).value == Tri::no);
    r = eval(kEntered1968, abroad_no_date);
    CHECK(r.value == Tri::unknown);
    CHECK(r.missing == Names{"first_entry_date"});
    r = eval(kEntered1968, nothing);
    CHECK(r.value == Tri::unknown);
    CHECK(r.missing == Names{"born_in_denmark", "first_entry_date"});
    CHECK(eval(kEntered1968, date_only).value == Tri::yes);
  }
  SUBCASE("not, ==, has() and value_or()") {
    CHECK(eval("not born_in_denmark", born_here).value == Tri::no);
    CHECK(eval("not born_in_denmark", abroad_no_date).value == Tri::yes);
    Result r = eval("not born_in_denmark", nothing);
    CHECK(r.value == Tri::unknown);
    CHECK(r.missing == Names{"born_in_denmark"});
    CHECK(eval("born_in_denmark", born_here).value == Tri::yes);
    CHECK(eval("born_in_denmark == true", born_here).value == Tri::yes);
    CHECK(eval("born_in_denmark != false", abroad_no_date).value == Tri::no);
    CHECK(eval("has(born_in_denmark)", nothing).value == Tri::no);
    CHECK(eval("has(born_in_denmark)", abroad_no_date).value == Tri::yes);
    CHECK(eval("has(first_entry_date)", entered_1994).value == Tri::yes);
    r = eval("value_or(born_in_denmark, false)", nothing);
    CHECK(r.value == Tri::no);
    CHECK(r.missing.empty());
    CHECK(eval("value_or(first_entry_date, 1900-01-01) < 1968-01-01", nothing).value == Tri::yes);
    CHECK(eval("value_or(first_entry_date, 1900-01-01) < 1968-01-01", entered_1994).value ==
          Tri::no);
    CHECK(eval("born_in_denmark or first_entry_date < 1968-01-01", born_here).value == Tri::yes);
    // true or unknown is true, without a missing field.
    r = eval("born_in_denmark or first_entry_date < 1968-01-01", born_here);
    CHECK(r.missing.empty());
  }
  SUBCASE("types are checked") {
    auto error_of = [](std::string_view text) -> std::string {
      try {
        compiled(text);
      } catch (const Error& e) {
        return e.diagnostic().message;
      }
      return "";
    };
    CHECK(error_of("born_in_denmark == 1").find("cannot compare") != std::string::npos);
    CHECK(error_of("first_entry_date > 1968").find("cannot compare") != std::string::npos);
    CHECK(error_of("born_in_denmark < true").find("needs two numbers or two dates") !=
          std::string::npos);
    CHECK(error_of("born_in_danmark").find("did you mean 'born_in_denmark'?") != std::string::npos);
  }
  SUBCASE("observed and explained: true, false, a date, or missing") {
    const CompiledExpr& e = compiled(kEntered1968);
    std::vector<Observed> seen;
    observe(e, EvalContext{entered_1994, kOn}, seen);
    REQUIRE(seen.size() == 3);
    CHECK(seen[0].name == "born_in_denmark");
    CHECK(seen[0].type == Type::boolean);
    CHECK(observed_text(seen[0]) == "false");
    CHECK(seen[1].name == "has(first_entry_date)");
    CHECK(observed_text(seen[1]) == "true");
    CHECK(seen[2].name == "first_entry_date");
    CHECK(seen[2].type == Type::date);
    CHECK(observed_text(seen[2]) == "1994-08-15");
    observe(e, EvalContext{born_here, kOn}, seen);
    CHECK(observed_text(seen[0]) == "true");
    CHECK(observed_text(seen[1]) == "false");
    CHECK_FALSE(seen[2].known);
    CHECK(observed_text(seen[2]) == "missing");
    observe(e, EvalContext{nothing, kOn}, seen);
    CHECK_FALSE(seen[0].known);

    // As JSON values, straight from the citizen and through an Observed.
    std::vector<std::string> keys = {"\"born_in_denmark\":", ",\"has\":", ",\"first_entry_date\":"};
    auto json = [&](const Citizen& c) {
      ByteBuffer out;
      Observed slot;
      append_observed_json_values(e, EvalContext{c, kOn}, keys, out, slot,
                                  [](ByteBuffer& b, const Observed& o) {
                                    std::string s;
                                    append_observed_json(s, o);
                                    b += s;
                                  });
      return std::string(out.view());
    };
    CHECK(json(entered_1994) ==
          "\"born_in_denmark\":false,\"has\":true,\"first_entry_date\":\"1994-08-15\"");
    CHECK(json(born_here) == "\"born_in_denmark\":true,\"has\":false,\"first_entry_date\":null");
    CHECK(json(nothing) == "\"born_in_denmark\":null,\"has\":false,\"first_entry_date\":null");

    ExplainNode tree = explain(compiled("not born_in_denmark"), EvalContext{abroad_no_date, kOn});
    CHECK(observed_text(tree.value) == "true");
    REQUIRE(tree.children.size() == 1);
    CHECK(tree.children[0].text == "born_in_denmark");
    CHECK(observed_text(tree.children[0].value) == "false");
  }
}

}  // namespace nytte
