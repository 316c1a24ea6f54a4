#include "interview/question.h"

#include <fmt/format.h>

#include "base/codes.h"
#include "nytte/i18n.h"

namespace nytte::interview {

std::vector<Choice> choices_of(const CodeList& list) {
  std::vector<Choice> out;
  for (size_t i = 0; i < list.codes.size(); ++i) {
    out.push_back({std::string(list.codes[i]), std::string(list.titles[i])});
  }
  return out;
}

namespace {

// The question of a built-in field, in the citizen's terms.
const char* builtin_text(Field f) {
  switch (f) {
    case Field::birth_date:
      return N_("What is the citizen's date of birth?");
    case Field::sex:
      return N_("What is the citizen's sex?");
    case Field::municipality:
      return N_("Which municipality does the citizen live in (kommunekode or name)?");
    case Field::benefit:
      return N_("Which benefit does the citizen receive now?");
    case Field::benefit_history:
      return N_("Which benefits has the citizen received? One period at a time.");
    case Field::category:
      return N_("Which category is the citizen assessed to be in?");
    case Field::danish_tests:
      return N_("Which Danish tests has the citizen passed?");
    case Field::school_years:
      return N_("How many years of schooling does the citizen have?");
    case Field::residence_years_last_10:
      return N_("How many of the last 10 years has the citizen lived in Denmark?");
    case Field::fulltime_work_years_last_10:
      return N_("How many years of full-time work has the citizen had in the last 10 years?");
    case Field::unemployed_since:
      return N_("Since when has the citizen been unemployed?");
    case Field::ordinary_hours:
      return N_("How many ordinary hours a week does the citizen work?");
    case Field::work_capacity_hours:
      return N_("How many hours a week can the citizen work?");
    case Field::exemptions:
      return N_("Which exemptions apply to the citizen?");
    case Field::residence_area:
      return N_("Which residence area does the citizen live in?");
    case Field::start_date:
      return N_("When does the citizen start?");
    case Field::born_in_denmark:
      return N_("Was the citizen born in Denmark?");
    case Field::first_entry_date:
      return N_("When did the citizen first enter Denmark?");
    default:
      return N_("What is the citizen's value of this field?");
  }
}

AnswerShape shape_of(citizen_fields::Shape s, bool has_codes) {
  using citizen_fields::Shape;
  switch (s) {
    case Shape::text:
      return has_codes ? AnswerShape::code : AnswerShape::text;
    case Shape::integer:
      return AnswerShape::integer;
    case Shape::number:
      return AnswerShape::number;
    case Shape::date:
      return AnswerShape::date;
    case Shape::boolean:
      return AnswerShape::boolean;
    case Shape::text_list:
      return AnswerShape::codes;
    case Shape::periods:
    case Shape::unavailable:
      return AnswerShape::periods;
  }
  return AnswerShape::text;
}

// The title a rule set gives an exemption code, when one of its exemptions
// has it as id; else the code.
std::string exemption_title(const RuleSet& rules, const std::string& code) {
  for (const Exemption& e : rules.exemptions) {
    if (e.h.id == code && !e.h.title.empty()) return e.h.title;
  }
  return code;
}

}  // namespace

Question question_for(const FieldRef& f, const RuleSet& rules) {
  Question q;
  q.field = f;
  q.name = citizen_fields::field_name(f, rules.schema);
  if (!f.builtin) {
    const DeclaredField& d = rules.schema.fields[f.declared];
    q.text = d.description.empty() ? trf("What is the citizen's {}?", d.name) : d.description;
    for (const std::string& c : d.codes) q.choices.push_back({c, c});
    q.shape = shape_of(citizen_fields::shape_of(d.type), !q.choices.empty());
    return q;
  }
  Field b = *f.builtin;
  q.text = tr(builtin_text(b));
  switch (b) {
    case Field::benefit:
      q.choices = choices_of(benefit_codes());
      break;
    case Field::category:
      q.choices = choices_of(category_codes());
      break;
    case Field::sex:
      q.choices = choices_of(sex_codes());
      break;
    case Field::danish_tests:
      q.choices = choices_of(danish_test_codes());
      break;
    case Field::exemptions:
      for (const std::string& c : rules.schema.exemption_codes) {
        q.choices.push_back({c, exemption_title(rules, c)});
      }
      break;
    default:
      break;
  }
  q.shape = shape_of(citizen_fields::shape_of(b), !q.choices.empty());
  if (b == Field::exemptions) q.shape = AnswerShape::codes;
  return q;
}

std::string choice_lines(const std::vector<Choice>& choices) {
  std::string out;
  for (size_t i = 0; i < choices.size(); ++i) {
    const Choice& c = choices[i];
    if (c.title == c.code) {
      out += fmt::format("  {}) {}\n", i + 1, c.code);
    } else {
      out += fmt::format("  {}) {} \u2013 {}\n", i + 1, c.code, c.title);
    }
  }
  return out;
}

namespace {

std::string hint(const Question& q) {
  switch (q.shape) {
    case AnswerShape::code:
      return tr("(a number or a code)");
    case AnswerShape::codes:
      return tr("(numbers or codes separated by commas or spaces; empty or \"none\" for none)");
    case AnswerShape::text:
      return "";
    case AnswerShape::integer:
      return tr("(a whole number)");
    case AnswerShape::number:
      return tr("(a number)");
    case AnswerShape::date:
      return tr("(YYYY-MM-DD)");
    case AnswerShape::boolean:
      return tr("(yes/no)");
    case AnswerShape::periods:
      return "";
  }
  return "";
}

}  // namespace

std::string question_lines(const Question& q) {
  std::string out = fmt::format("{} ({})\n", q.text, q.name);
  if (std::string h = hint(q); !h.empty()) out += "  " + h + "\n";
  out += choice_lines(q.choices);
  return out;
}

}  // namespace nytte::interview
