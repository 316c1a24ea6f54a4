// The interview: one question at a time, only for what the rules still
// need. After each answer it decides again with the fields not yet asked as
// unknown (condition.h's UnaskedFields) and asks next for the field
// next_field() names; it is done when the decision depends on nothing
// unasked. docs/interview.md.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "decide/eligibility.h"
#include "interview/question.h"
#include "model/citizen.h"
#include "model/rules.h"

namespace nytte::interview {

class Interview {
 public:
  // `start`: the fields known already (an input file's); they are not asked.
  Interview(const RuleSet& rules, Date on, Citizen start);

  bool done() const { return !question_; }
  // What to print before the next answer: the question (the first time it
  // is asked) or a benefit period's next part; each line ends in '\n'.
  std::string prompt() const;
  // The current question's field name, for messages.
  std::string_view field_name() const;
  // Takes one answer; false with `why` when it is refused (the same prompt
  // is due again).
  bool answer(std::string_view line, std::string& why);

  const Citizen& citizen() const { return citizen_; }
  // Fields answered "don't know", in the order asked.
  const std::vector<std::string>& unknown() const { return unknown_; }
  // Fields asked, in order.
  const std::vector<std::string>& asked() const { return asked_; }

 private:
  void next();  // decide again and choose the next question
  void settle(const FieldRef& f);
  bool answer_period(std::string_view line, std::string& why);

  const RuleSet& rules_;
  Date on_;
  Citizen citizen_;
  UnaskedFields unasked_;
  Decider decider_;
  Decision decision_;
  std::optional<Question> question_;
  std::vector<std::string> unknown_, asked_;
  // benefit_history: the periods given so far and the part asked next
  // (0 benefit, 1 from, 2 to).
  std::vector<BenefitPeriod> periods_;
  BenefitPeriod period_;
  int part_ = 0;
};

}  // namespace nytte::interview
