#include "format/citizen_toml.h"

#include <fmt/format.h>

namespace nytte {
namespace {

std::string quoted(std::string_view s) {
  std::string out = "\"";
  for (char ch : s) {
    auto u = static_cast<unsigned char>(ch);
    if (ch == '"' || ch == '\\') {
      out += '\\';
      out += ch;
    } else if (u < 0x20 || u == 0x7f) {
      out += fmt::format("\\u{:04X}", u);
    } else {
      out += ch;
    }
  }
  return out + "\"";
}

// A TOML float: always with a point, so that it reads back as a float.
std::string number(double v) {
  std::string s = fmt::format("{}", v);
  if (s.find_first_of(".eEn") == std::string::npos) s += ".0";
  return s;
}

std::string list(const std::vector<std::string_view>& items) {
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + quoted(items[i]);
  return out + "]";
}

void line(std::string& out, std::string_view key, std::string_view value) {
  out += fmt::format("{} = {}\n", key, value);
}

std::string value_text(const Value& v) {
  switch (v.type) {
    case Type::boolean:
      return v.boolean ? "true" : "false";
    case Type::number:
      return number(v.number);
    case Type::string:
      return quoted(v.text);
    case Type::date:
      return v.date.iso();
    case Type::string_list:
      return list(std::vector<std::string_view>(v.list.begin(), v.list.end()));
  }
  return "\"\"";
}

}  // namespace

std::string citizen_toml(const Citizen& c, const Schema& schema,
                         const std::vector<std::string>& comments) {
  std::string out;
  for (const std::string& comment : comments) out += "# " + comment + "\n";
  out += "[[citizen]]\n";
  line(out, "id", quoted(c.id));
  if (!c.cpr.empty()) line(out, "cpr", quoted(c.cpr));
  if (c.birth_date && !c.birth_date_from_cpr) line(out, "birth_date", c.birth_date->iso());
  if (c.sex && !c.sex_from_cpr) line(out, "sex", quoted(sex_code(*c.sex)));
  if (c.municipality) line(out, "municipality", quoted(*c.municipality));
  if (c.benefit) line(out, "benefit", quoted(benefit_code(*c.benefit)));
  if (c.benefit_history) {
    std::string periods = "[";
    for (size_t i = 0; i < c.benefit_history->size(); ++i) {
      const BenefitPeriod& p = (*c.benefit_history)[i];
      periods += fmt::format("{}{{ benefit = {}, from = {}", i ? ", " : "",
                             quoted(benefit_code(p.benefit)), p.from.iso());
      if (p.to) periods += fmt::format(", to = {}", p.to->iso());
      periods += " }";
    }
    line(out, "benefit_history", periods + "]");
  }
  if (c.category) line(out, "category", quoted(category_code(*c.category)));
  if (c.danish_tests) {
    std::vector<std::string_view> tests;
    for (DanishTest t : *c.danish_tests) tests.push_back(danish_test_code(t));
    line(out, "danish_tests", list(tests));
  }
  if (c.school_years) line(out, "school_years", fmt::format("{}", *c.school_years));
  if (c.residence_years_last_10) {
    line(out, "residence_years_last_10", number(*c.residence_years_last_10));
  }
  if (c.fulltime_work_years_last_10) {
    line(out, "fulltime_work_years_last_10", number(*c.fulltime_work_years_last_10));
  }
  if (c.unemployed_since) line(out, "unemployed_since", c.unemployed_since->iso());
  if (c.ordinary_hours) line(out, "ordinary_hours", number(*c.ordinary_hours));
  if (c.work_capacity_hours) line(out, "work_capacity_hours", number(*c.work_capacity_hours));
  if (c.exemptions) {
    line(out, "exemptions",
         list(std::vector<std::string_view>(c.exemptions->begin(), c.exemptions->end())));
  }
  if (c.unavailable) {
    std::string blocks = "[";
    for (size_t i = 0; i < c.unavailable->size(); ++i) {
      const UnavailableBlock& b = (*c.unavailable)[i];
      blocks += fmt::format("{}{{ day = {}, from = {:02}:{:02}:00, to = {:02}:{:02}:00 }}",
                            i ? ", " : "", quoted(weekday_code(b.day)), b.from.minutes / 60,
                            b.from.minutes % 60, b.to.minutes / 60, b.to.minutes % 60);
    }
    line(out, "unavailable", blocks + "]");
  }
  if (c.residence_area) line(out, "residence_area", quoted(*c.residence_area));
  if (c.start_date) line(out, "start_date", c.start_date->iso());
  if (c.assigned_track) line(out, "assigned_track", quoted(*c.assigned_track));
  if (c.born_in_denmark) line(out, "born_in_denmark", *c.born_in_denmark ? "true" : "false");
  if (c.first_entry_date) line(out, "first_entry_date", c.first_entry_date->iso());
  for (size_t i = 0; i < schema.fields.size() && i < c.extra.size(); ++i) {
    if (c.extra[i].known) line(out, schema.fields[i].name, value_text(c.extra[i]));
  }
  return out;
}

}  // namespace nytte
