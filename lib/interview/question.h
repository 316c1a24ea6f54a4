// A question of the interview: a field of the citizen record asked in the
// citizen's terms (Danish when language() is), with the field's name shown
// and its choices numbered, each code with its Danish name.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "load/citizen_fields.h"
#include "model/rules.h"

namespace nytte::interview {

using citizen_fields::FieldRef;

// How an answer is written.
enum class AnswerShape : uint8_t {
  code,     // one of the choices, by number or code
  codes,    // several choices, separated by commas or spaces; empty = none
  text,     // free text (a municipality's code or name, a residence area)
  integer,  // a whole number
  number,   // a number, decimal point or comma
  date,     // YYYY-MM-DD
  boolean,  // yes/no (ja/nej)
  periods,  // benefit_history: periods asked one at a time
};

struct Choice {
  std::string code;
  std::string title;  // the Danish name; the code again when it has none
};

struct Question {
  FieldRef field;
  std::string_view name;  // the field's name, as the files write it
  AnswerShape shape = AnswerShape::text;
  std::string text;             // the question, translated
  std::vector<Choice> choices;  // numbered from 1
};

Question question_for(const FieldRef& f, const RuleSet& rules);

// The question as printed: "Hvilken ydelse modtager borgeren nu? (benefit)",
// a hint of the answer's form, and its choices, one a line
// ("  1) kontanthjaelp – kontanthjælp"); each line ends in '\n'.
std::string question_lines(const Question& q);
// The choices alone, in the same form (a benefit period's benefit).
std::string choice_lines(const std::vector<Choice>& choices);
// The choices of a code list (benefit, category, sex, Danish tests).
std::vector<Choice> choices_of(const CodeList& list);

}  // namespace nytte::interview
