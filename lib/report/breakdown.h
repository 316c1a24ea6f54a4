// What the covered people are broken down by in "who they are": the fixed
// dimensions (category, sex, age band, benefit, municipality) and each
// --by field, with the text a person's row is keyed by. Internal to
// lib/report.
#pragma once

#include <cstddef>
#include <iterator>
#include <string>
#include <string_view>

#include "base/date.h"
#include "load/citizen_fields.h"
#include "model/citizen.h"
#include "nytte/i18n.h"

namespace nytte::reporting {

// The fixed dimensions of "who they are", then one per --by field.
inline constexpr std::string_view kWhoDims[] = {"category", "sex", "age_band", "benefit",
                                                "municipality"};
inline constexpr size_t kFixedDims = std::size(kWhoDims);

inline constexpr std::string_view kMissing = N_("(missing)");

// The age band of a person on `on` (marked for the catalogue: the text's
// label in Danish).
inline std::string_view age_band(const Citizen& c, Date on) {
  if (!c.birth_date) return N_("unknown");
  int age = age_on(*c.birth_date, on);
  if (age < 18) return N_("under 18");
  if (age <= 29) return "18-29";
  if (age <= 39) return "30-39";
  if (age <= 49) return "40-49";
  if (age <= 59) return "50-59";
  if (age <= 67) return "60-67";
  return N_("68 and over");
}

// The value of a --by field as the text its row is keyed by.
void by_value(const Citizen& c, const citizen_fields::FieldRef& f, const Schema& schema,
              std::string& out);

}  // namespace nytte::reporting
