#include "interview/answer.h"

#include <charconv>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "base/codes.h"
#include "base/local_format.h"
#include "load/citizen_fields.h"
#include "nytte/i18n.h"

namespace nytte::interview {

using citizen_fields::Fault;

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

namespace {

std::string lower(std::string_view s) {
  return fold_danish(trimmed(s));
}

}  // namespace

bool is_dont_know(std::string_view answer) {
  // Spaces between the words as typed ("ved  ikke") count as one.
  std::string a;
  for (char ch : lower(answer)) {
    if (ch == '\t') ch = ' ';
    if (ch != ' ' || (!a.empty() && a.back() != ' ')) a += ch;
  }
  return a == "ved ikke" || a == "?" || a == "don't know" || a == "don\u2019t know";
}

bool is_none(std::string_view answer) {
  std::string a = lower(answer);
  return a.empty() || a == "ingen" || a == "none";
}

std::optional<Date> read_date(std::string_view text, std::string& why) {
  text = trimmed(text);
  auto digits = [&](size_t from, size_t n) {
    int v = 0;
    for (size_t i = from; i < from + n; ++i) {
      if (text[i] < '0' || text[i] > '9') return -1;
      v = v * 10 + (text[i] - '0');
    }
    return v;
  };
  int y = -1, m = -1, d = -1;
  if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
    y = digits(0, 4);
    m = digits(5, 2);
    d = digits(8, 2);
  }
  if (y < 0 || m < 0 || d < 0) {
    why = trf("'{}' is not a date: write it as YYYY-MM-DD, e.g. 1985-04-17", text);
    return std::nullopt;
  }
  if (m < 1 || m > 12) {
    why = trf("{} is not a day: there is no month {}", text, m);
    return std::nullopt;
  }
  if (d < 1 || d > days_in_month(y, m)) {
    why = trf("{} is not a day: {} {} has {} days", text, local_month_name(m), y,
              days_in_month(y, m));
    return std::nullopt;
  }
  return Date::from_ymd(y, m, d);
}

std::optional<std::string> read_choice(const Question& q, std::string_view text, std::string& why) {
  text = trimmed(text);
  size_t n = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (ec == std::errc() && end == text.data() + text.size()) {
    if (n >= 1 && n <= q.choices.size()) return q.choices[n - 1].code;
    why = trf("{} is not one of the choices (1 to {})", text, q.choices.size());
    return std::nullopt;
  }
  std::string folded = fold_danish(text);
  for (const Choice& c : q.choices) {
    if (fold_danish(c.code) == folded || fold_danish(c.title) == folded) return c.code;
  }
  why = trf("'{}' is not one of the choices: answer 1 to {} or a code", text, q.choices.size());
  return std::nullopt;
}

namespace {

std::optional<double> read_number(std::string_view text, std::string& why) {
  std::string s(trimmed(text));
  for (char& ch : s) {
    if (ch == ',') ch = '.';  // the Danish decimal comma
  }
  double v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (s.empty() || ec != std::errc() || end != s.data() + s.size()) {
    why = trf("'{}' is not a number", trimmed(text));
    return std::nullopt;
  }
  return v;
}

std::optional<int64_t> read_integer(std::string_view text, std::string& why) {
  text = trimmed(text);
  int64_t v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size()) {
    why = trf("'{}' is not a whole number", text);
    return std::nullopt;
  }
  return v;
}

std::optional<bool> read_yes_no(std::string_view text, std::string& why) {
  std::string a = lower(text);
  if (a == "ja" || a == "j" || a == "yes" || a == "y") return true;
  if (a == "nej" || a == "n" || a == "no") return false;
  why = trf("'{}' is neither {} nor {}", trimmed(text), tr("yes"), tr("no"));
  return std::nullopt;
}

// The items of a list answer: separated by commas or spaces.
std::vector<std::string_view> items_of(std::string_view text) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ',' || text[i] == ' ' || text[i] == '\t')) ++i;
    size_t start = i;
    while (i < text.size() && text[i] != ',' && text[i] != ' ' && text[i] != '\t') ++i;
    if (i > start) out.push_back(text.substr(start, i - start));
  }
  return out;
}

// Nobody enters before birth: the record check of the citizen reader
// (finish_record), made as the second of the two dates is answered, so that
// the saved file is one every subcommand reads.
bool entered_after_birth(const FieldRef& f, Date d, const Citizen& c, std::string& why) {
  if (!f.builtin) return true;
  std::optional<Date> birth = c.birth_date, entry = c.first_entry_date;
  if (*f.builtin == Field::birth_date) birth = d;
  if (*f.builtin == Field::first_entry_date) entry = d;
  if (!birth || !entry || !(*entry < *birth)) return true;
  why = *f.builtin != Field::birth_date && c.birth_date_from_cpr
            ? trf("first_entry_date {} is before the birth date {} (from the CPR number)",
                  entry->iso(), birth->iso())
            : trf("first_entry_date {} is before the birth date {}", entry->iso(), birth->iso());
  return false;
}

bool fault(std::string& why, const Fault& f) {
  why = f.message;
  return false;
}

}  // namespace

bool read_answer(const Question& q, std::string_view answer, const Schema& schema, Citizen& c,
                 std::string& why) {
  Fault f;
  switch (q.shape) {
    case AnswerShape::code: {
      std::optional<std::string> code = read_choice(q, answer, why);
      if (!code) return false;
      return citizen_fields::set_text(q.field, *code, schema, c, f) || fault(why, f);
    }
    case AnswerShape::codes: {
      Citizen trial = c;  // all items or none
      citizen_fields::ListMemory lists;
      citizen_fields::start_list(q.field, trial, lists);
      if (!is_none(answer)) {
        for (std::string_view item : items_of(answer)) {
          std::optional<std::string> code =
              q.choices.empty() ? std::optional<std::string>(item) : read_choice(q, item, why);
          if (!code) return false;
          if (!citizen_fields::add_list_item(q.field, *code, schema, trial, f)) {
            return fault(why, f);
          }
        }
      }
      c = std::move(trial);
      return true;
    }
    case AnswerShape::text:
      return citizen_fields::set_text(q.field, trimmed(answer), schema, c, f) || fault(why, f);
    case AnswerShape::integer: {
      std::optional<int64_t> v = read_integer(answer, why);
      return v && (citizen_fields::set_integer(q.field, *v, schema, c, f) || fault(why, f));
    }
    case AnswerShape::number: {
      std::optional<double> v = read_number(answer, why);
      return v && (citizen_fields::set_number(q.field, *v, schema, c, f) || fault(why, f));
    }
    case AnswerShape::date: {
      std::optional<Date> d = read_date(answer, why);
      return d && entered_after_birth(q.field, *d, c, why) &&
             citizen_fields::set_date(q.field, *d, c);
    }
    case AnswerShape::boolean: {
      std::optional<bool> b = read_yes_no(answer, why);
      return b && citizen_fields::set_boolean(q.field, *b, c);
    }
    case AnswerShape::periods:
      break;  // the interview asks a period's parts one at a time
  }
  why = "not a question of one answer";
  return false;
}

}  // namespace nytte::interview
