// Reading the interview's answers (interview/answer.h): "don't know" however
// it is spaced, dates checked as typed, choices by number, code or Danish
// name, and the record checks of the citizen reader made as the answer is
// taken (nobody enters before birth), so that -o saves a readable file.
#include <doctest/doctest.h>

#include <string>

#include "base/codes.h"
#include "interview/answer.h"
#include "interview/question.h"
#include "model/rules.h"

namespace nytte::interview {
namespace {

Question date_question(Field f) {
  Question q;
  q.field.builtin = f;
  q.shape = AnswerShape::date;
  return q;
}

TEST_CASE("interview answers: don't know, however it is typed") {
  CHECK(is_dont_know("ved ikke"));
  CHECK(is_dont_know("  Ved Ikke \r"));
  CHECK(is_dont_know("ved  ikke"));
  CHECK(is_dont_know("ved\tikke"));
  CHECK(is_dont_know("?"));
  CHECK(is_dont_know("Don't know"));
  CHECK(is_dont_know("don\u2019t  know"));
  CHECK_FALSE(is_dont_know("vedikke"));
  CHECK_FALSE(is_dont_know("??"));
  CHECK_FALSE(is_dont_know(""));
  CHECK(is_none(""));
  CHECK(is_none(" Ingen "));
  CHECK_FALSE(is_none("?"));
}

TEST_CASE("interview answers: a date is a real day written YYYY-MM-DD") {
  std::string why;
  CHECK(read_date("2024-02-29", why) == Date::from_ymd(2024, 2, 29));
  CHECK(read_date(" 1990-01-01\r", why) == Date::from_ymd(1990, 1, 1));
  CHECK_FALSE(read_date("2023-02-29", why));
  CHECK(why == "2023-02-29 is not a day: February 2023 has 28 days");
  CHECK_FALSE(read_date("2025-13-01", why));
  CHECK(why == "2025-13-01 is not a day: there is no month 13");
  for (const char* bad : {"1990-1-1", "19900101", "01-01-1990", "1990/01/01", "", "ved"}) {
    CAPTURE(bad);
    CHECK_FALSE(read_date(bad, why));
    CHECK(why.find("is not a date") != std::string::npos);
  }
}

TEST_CASE("interview answers: a choice by number, code or Danish name") {
  Question q;
  q.choices = choices_of(benefit_codes());
  std::string why;
  CHECK(read_choice(q, "1", why) == "kontanthjaelp");
  CHECK(read_choice(q, "kontanthjælp", why) == "kontanthjaelp");
  CHECK(read_choice(q, "Kontanthjaelp", why) == "kontanthjaelp");
  CHECK_FALSE(read_choice(q, "0", why));
  CHECK_FALSE(read_choice(q, "8", why));
  CHECK_FALSE(read_choice(q, "kontant", why));
}

TEST_CASE("interview answers: first_entry_date before the birth date is refused") {
  RuleSet rules;
  std::string why;
  Citizen c;
  CHECK(read_answer(date_question(Field::birth_date), "2005-01-01", rules.schema, c, why));
  CHECK_FALSE(
      read_answer(date_question(Field::first_entry_date), "1990-01-01", rules.schema, c, why));
  CHECK(why == "first_entry_date 1990-01-01 is before the birth date 2005-01-01");
  CHECK_FALSE(c.first_entry_date);
  CHECK(read_answer(date_question(Field::first_entry_date), "2005-01-01", rules.schema, c, why));
  // The other order, and a birth date from the CPR number.
  Citizen d;
  d.first_entry_date = Date::from_ymd(1990, 1, 1);
  CHECK_FALSE(read_answer(date_question(Field::birth_date), "2005-01-01", rules.schema, d, why));
  CHECK_FALSE(d.birth_date);
  Citizen e;
  e.birth_date = Date::from_ymd(1990, 1, 1);
  e.birth_date_from_cpr = true;
  CHECK_FALSE(
      read_answer(date_question(Field::first_entry_date), "1980-01-01", rules.schema, e, why));
  CHECK(why ==
        "first_entry_date 1980-01-01 is before the birth date 1990-01-01 (from the CPR "
        "number)");
}

}  // namespace
}  // namespace nytte::interview
