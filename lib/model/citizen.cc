#include "model/citizen.h"

#include <algorithm>
#include <array>
#include <cstring>

#include <fmt/format.h>

#include "nytte/i18n.h"

namespace nytte {
namespace {

constexpr std::array<FieldInfo, kBuiltinFieldCount> kFields = {{
    {Field::id, "id", Type::string, "case id, pseudonymous"},
    {Field::cpr, "cpr", Type::string, "CPR number DDMMYY-SSSS"},
    {Field::birth_date, "birth_date", Type::date, "birth date"},
    {Field::sex, "sex", Type::string, "F or M"},
    {Field::municipality, "municipality", Type::string, "kommunekode"},
    {Field::benefit, "benefit", Type::string, "current benefit"},
    {Field::benefit_history, "benefit_history", Type::string_list, "past benefit periods"},
    {Field::category, "category", Type::string, "jobparat, aktivitetsparat, ..."},
    {Field::danish_tests, "danish_tests", Type::string_list, "passed Danish tests"},
    {Field::school_years, "school_years", Type::number, "completed years of schooling"},
    {Field::residence_years_last_10, "residence_years_last_10", Type::number,
     "years of lawful residence in the last 10 years"},
    {Field::fulltime_work_years_last_10, "fulltime_work_years_last_10", Type::number,
     "full-time-equivalent years of work in the last 10 years"},
    {Field::unemployed_since, "unemployed_since", Type::date, "unemployed since"},
    {Field::ordinary_hours, "ordinary_hours", Type::number, "ordinary paid hours a week"},
    {Field::work_capacity_hours, "work_capacity_hours", Type::number,
     "assessed work capacity, hours a week (missing = 37)"},
    {Field::exemptions, "exemptions", Type::string_list, "exemptions"},
    {Field::unavailable, "unavailable", Type::string_list, "weekly blocks not available"},
    {Field::residence_area, "residence_area", Type::string, "housing area"},
    {Field::start_date, "start_date", Type::date, "course start"},
    {Field::assigned_track, "assigned_track", Type::string, "track chosen by the consultant"},
    {Field::born_in_denmark, "born_in_denmark", Type::boolean, "born in Denmark"},
    {Field::first_entry_date, "first_entry_date", Type::date,
     "date of first entry into Denmark (førstegangsindrejst)"},
}};

int digit(char c) {
  return c >= '0' && c <= '9' ? c - '0' : -1;
}

}  // namespace

std::string_view type_name(Type t) {
  switch (t) {
    case Type::boolean:
      return "bool";
    case Type::number:
      return "number";
    case Type::string:
      return "string";
    case Type::date:
      return "date";
    case Type::string_list:
      return "list of strings";
  }
  return "?";
}

const FieldInfo& field_info(Field f) {
  return kFields[static_cast<size_t>(f)];
}

std::optional<Field> find_field(std::string_view name) {
  for (const FieldInfo& f : kFields) {
    if (f.name == name) return f.field;
  }
  return std::nullopt;
}

std::vector<std::string_view> builtin_field_names() {
  std::vector<std::string_view> names;
  for (const FieldInfo& f : kFields) names.push_back(f.name);
  return names;
}

bool Citizen::has(Field f) const {
  switch (f) {
    case Field::id:
      return true;
    case Field::cpr:
      return !cpr.empty();
    case Field::birth_date:
      return birth_date.has_value();
    case Field::sex:
      return sex.has_value();
    case Field::municipality:
      return municipality.has_value();
    case Field::benefit:
      return benefit.has_value();
    case Field::benefit_history:
      return benefit_history.has_value();
    case Field::category:
      return category.has_value();
    case Field::danish_tests:
      return danish_tests.has_value();
    case Field::school_years:
      return school_years.has_value();
    case Field::residence_years_last_10:
      return residence_years_last_10.has_value();
    case Field::fulltime_work_years_last_10:
      return fulltime_work_years_last_10.has_value();
    case Field::unemployed_since:
      return unemployed_since.has_value();
    case Field::ordinary_hours:
      return ordinary_hours.has_value();
    case Field::work_capacity_hours:
      return work_capacity_hours.has_value();
    case Field::exemptions:
      return exemptions.has_value();
    case Field::unavailable:
      return unavailable.has_value();
    case Field::residence_area:
      return residence_area.has_value();
    case Field::start_date:
      return start_date.has_value();
    case Field::assigned_track:
      return assigned_track.has_value();
    case Field::born_in_denmark:
      return born_in_denmark.has_value();
    case Field::first_entry_date:
      return first_entry_date.has_value();
    case Field::count_:
      return false;
  }
  return false;
}

std::optional<DanishTest> Citizen::highest_danish_test() const {
  if (!danish_tests) return std::nullopt;
  DanishTest best = DanishTest::none;
  for (DanishTest t : *danish_tests) best = std::max(best, t);
  return best;
}

void Citizen::clear() {
  id.clear();
  pos.line = 0;
  pos.column = 0;
  cpr.clear();
  birth_date.reset();
  birth_date_from_cpr = false;
  sex.reset();
  sex_from_cpr = false;
  municipality.reset();
  benefit.reset();
  benefit_history.reset();
  category.reset();
  danish_tests.reset();
  school_years.reset();
  residence_years_last_10.reset();
  fulltime_work_years_last_10.reset();
  unemployed_since.reset();
  ordinary_hours.reset();
  work_capacity_hours.reset();
  exemptions.reset();
  unavailable.reset();
  residence_area.reset();
  start_date.reset();
  assigned_track.reset();
  born_in_denmark.reset();
  first_entry_date.reset();
  for (Value& e : extra) {
    e.known = false;
    e.text.clear();
    e.list.clear();
  }
}

std::string_view mask_cpr(std::string_view cpr, char (&buf)[11]) {
  bool date = cpr.size() >= 6;
  for (size_t i = 0; date && i < 6; ++i) date = digit(cpr[i]) >= 0;
  std::memcpy(buf, date ? cpr.data() : "******", 6);
  std::memcpy(buf + 6, "-****", 5);
  return {buf, sizeof buf};
}

std::string mask_cpr(std::string_view cpr) {
  char buf[11];
  return std::string(mask_cpr(cpr, buf));
}

std::optional<CprFacts> decode_cpr(std::string_view cpr, std::string* why) {
  auto bad = [&](std::string msg) -> std::optional<CprFacts> {
    if (why) *why = std::move(msg);
    return std::nullopt;
  };
  char digits[10];
  if (cpr.size() == 11 && cpr[6] == '-') {
    std::memcpy(digits, cpr.data(), 6);
    std::memcpy(digits + 6, cpr.data() + 7, 4);
  } else if (cpr.size() == 10) {
    std::memcpy(digits, cpr.data(), 10);
  } else {
    return bad(tr("expected a CPR number as DDMMYY-SSSS"));
  }
  for (char c : digits) {
    if (digit(c) < 0) return bad(tr("expected a CPR number as DDMMYY-SSSS (digits only)"));
  }
  int dd = digit(digits[0]) * 10 + digit(digits[1]);
  int mm = digit(digits[2]) * 10 + digit(digits[3]);
  int yy = digit(digits[4]) * 10 + digit(digits[5]);
  int seventh = digit(digits[6]);
  int century;
  if (seventh <= 3) {
    century = 1900;
  } else if (seventh == 4 || seventh == 9) {
    century = yy <= 36 ? 2000 : 1900;
  } else {
    century = yy <= 57 ? 2000 : 1800;
  }
  int year = century + yy;
  if (!Date::valid(year, mm, dd)) {
    return bad(trf("the CPR number's date part is not a date (day {:02}, month {:02}, year {})", dd,
                   mm, year));
  }
  Sex sex = digit(digits[9]) % 2 == 1 ? Sex::M : Sex::F;
  return CprFacts{Date::from_ymd(year, mm, dd), sex};
}

}  // namespace nytte
