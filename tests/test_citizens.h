// Citizens the unit tests share: a person on selvforsørgelsesydelse who is
// aktivitetsparat, has Prøve i Dansk 1 and 8 school years, 5 of the last 10
// years in Denmark, no exemption and no municipality recorded. Under the
// national rules she meets neither part of the employment requirement, so
// she is in the target group; tests change the one field they are about.
#pragma once

#include <string>
#include <vector>

#include "model/citizen.h"

namespace nytte::test {

inline Citizen sho_person(std::string id, Date birth = Date::from_ymd(1980, 5, 10),
                          double fulltime_work_years_last_10 = 0.0) {
  Citizen c;
  c.id = std::move(id);
  c.birth_date = birth;
  c.sex = Sex::F;
  c.benefit = Benefit::selvforsoergelsesydelse;
  c.category = Category::aktivitetsparat;
  c.danish_tests = std::vector<DanishTest>{DanishTest::PD1};
  c.school_years = 8;
  c.residence_years_last_10 = 5.0;
  c.fulltime_work_years_last_10 = fulltime_work_years_last_10;
  c.exemptions = std::vector<std::string>{};
  return c;
}

}  // namespace nytte::test
