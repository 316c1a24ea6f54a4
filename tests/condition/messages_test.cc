// The condition language's messages in Danish: the same position and code
// as in English, the words from the catalogue (po/da/rules.po).
#include <doctest/doctest.h>

#include "../in_language.h"

#include "condition/checker.h"
#include "condition/condition.h"
#include "nytte/i18n.h"

namespace nytte {
namespace {

Schema schema() {
  Schema s;
  Constant sho;
  sho.name = "sho";
  sho.value.known = true;
  sho.value.type = Type::string_list;
  sho.value.list = {"selvforsoergelsesydelse", "hjemrejseydelse"};
  s.constants.push_back(sho);
  return s;
}

// The error compiling `text` at r.toml:10:9, as validate writes it.
std::string error_of(std::string_view text, Type t = Type::boolean) {
  try {
    compile_expression(text, TextOrigin{"r.toml", 10, 9}, schema(), t);
  } catch (const Error& e) {
    return e.diagnostic().str();
  }
  return "";
}

std::string code_of(std::string_view text) {
  try {
    compile_expression(text, TextOrigin{"r.toml", 10, 9}, schema(), Type::boolean);
  } catch (const Error& e) {
    return e.diagnostic().code;
  }
  return "";
}

}  // namespace

TEST_CASE("condition messages in Danish: types, operators, codes, arity") {
  InLanguage da(Language::da);
  CHECK(std::string(condition::type_text(Type::number)) == "tal");
  CHECK(std::string(condition::type_text(Type::boolean)) == "sandhedsværdi");
  CHECK(error_of("benefit > 3") ==
        "r.toml:10:17: error: kan ikke sammenligne 'benefit' (tekst) med '3' (tal) ved hjælp af "
        "'>'");
  CHECK(code_of("benefit > 3") == "type");
  CHECK(error_of("age()") ==
        "r.toml:10:9: error: forventede et udtryk af typen sandhedsværdi, men 'age()' er af "
        "typen tal");
  CHECK(error_of("age() = 3") ==
        "r.toml:10:15: error: '=' er ikke en operator her; skriv '==' for at sammenligne");
  CHECK(error_of("category == \"jobparat_x\"")
            .starts_with("r.toml:10:21: error: 'jobparat_x' er ikke en kategorikode i "
                         "'category'"));
  CHECK(code_of("category == \"jobparat_x\"") == "unknown-code");
  CHECK(error_of("(age() > 3")
            .ends_with("forventede ')' til at lukke '(' ved 10:9, fandt udtrykkets slutning"));
  CHECK(error_of("days_on(sho) > 1").starts_with("r.toml:10:9: error: days_on tager 2 argumenter"));
  CHECK(error_of("1 / 0 > 1") ==
        "r.toml:10:11: error: division med nul: '0' er 0 for alle borgere");
}

TEST_CASE("condition messages in English: as before the catalogue") {
  InLanguage en(Language::en);
  CHECK(std::string(condition::type_text(Type::string_list)) == "list of strings");
  CHECK(error_of("benefit > 3") ==
        "r.toml:10:17: error: cannot compare 'benefit' (string) with '3' (number) using '>'");
  CHECK(error_of("(age() > 3")
            .ends_with("expected ')' to close the '(' at 10:9, found end of "
                       "expression"));
  CHECK(error_of("1 / 0 > 1") ==
        "r.toml:10:11: error: division by zero: '0' is 0 for every person");
}

}  // namespace nytte
