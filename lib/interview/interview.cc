#include "interview/interview.h"

#include <fmt/format.h>

#include "interview/answer.h"
#include "interview/next_question.h"
#include "load/citizen_fields.h"
#include "nytte/i18n.h"

namespace nytte::interview {

Interview::Interview(const RuleSet& rules, Date on, Citizen start)
    : rules_(rules), on_(on), citizen_(std::move(start)) {
  citizen_.extra.resize(rules.schema.fields.size());
  for (size_t i = 0; i < rules.schema.fields.size(); ++i) {
    citizen_.extra[i].type = rules.schema.fields[i].type;
  }
  unasked_ = unasked_in(citizen_, rules.schema);
  next();
}

void Interview::next() {
  decider_.decide(rules_, citizen_, on_, decision_, &unasked_);
  std::optional<FieldRef> f = next_field(decision_, unasked_, rules_.schema);
  if (!f) {
    question_.reset();
    return;
  }
  question_ = question_for(*f, rules_);
  asked_.emplace_back(question_->name);
  periods_.clear();
  part_ = 0;
}

void Interview::settle(const FieldRef& f) {
  if (f.builtin) {
    unasked_.set(*f.builtin, false);
  } else {
    unasked_.declared[f.declared] = false;
  }
  next();
}

std::string_view Interview::field_name() const {
  return question_ ? question_->name : std::string_view();
}

std::string Interview::prompt() const {
  if (!question_) return "";
  if (question_->shape != AnswerShape::periods) return question_lines(*question_);
  std::string out;
  size_t n = periods_.size() + 1;
  if (part_ == 0) {
    if (periods_.empty()) out = question_lines(*question_);
    out += "  " + trf("Period {}: the benefit (empty answer: no more periods)", n) + "\n";
    out += choice_lines(choices_of(benefit_codes()));
  } else if (part_ == 1) {
    out = "  " + trf("Period {}: from (YYYY-MM-DD)", n) + "\n";
  } else {
    out = "  " + trf("Period {}: to (YYYY-MM-DD; empty answer: still running)", n) + "\n";
  }
  return out;
}

bool Interview::answer(std::string_view line, std::string& why) {
  if (!question_) return true;
  FieldRef f = question_->field;
  if (is_dont_know(line)) {
    // Left out for good: absent, as in a record that does not give it.
    if (f.builtin && *f.builtin == Field::benefit_history) citizen_.benefit_history.reset();
    unknown_.emplace_back(question_->name);
    settle(f);
    return true;
  }
  if (question_->shape == AnswerShape::periods) return answer_period(line, why);
  if (!read_answer(*question_, line, rules_.schema, citizen_, why)) return false;
  settle(f);
  return true;
}

bool Interview::answer_period(std::string_view line, std::string& why) {
  if (part_ == 0) {
    if (trimmed(line).empty()) {
      citizen_.benefit_history = periods_;
      settle(question_->field);
      return true;
    }
    Question benefit = *question_;
    benefit.choices = choices_of(benefit_codes());
    std::optional<std::string> code = read_choice(benefit, line, why);
    if (!code) return false;
    citizen_fields::Fault f;
    std::optional<Benefit> b = citizen_fields::parse_benefit(*code, f);
    if (!b) {
      why = f.message;
      return false;
    }
    period_ = BenefitPeriod{*b, Date{}, std::nullopt};
    part_ = 1;
    return true;
  }
  if (part_ == 2 && trimmed(line).empty()) {
    period_.to.reset();
  } else {
    std::optional<Date> d = read_date(line, why);
    if (!d) return false;
    if (part_ == 1) {
      period_.from = *d;
      part_ = 2;
      return true;
    }
    period_.to = *d;
  }
  citizen_fields::Fault f;
  if (!citizen_fields::check_period(period_, f)) {
    why = f.message;
    part_ = 1;  // the period again from its start date
    return false;
  }
  periods_.push_back(period_);
  part_ = 0;
  return true;
}

}  // namespace nytte::interview
