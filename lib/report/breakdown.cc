// The values people are broken down by (breakdown.h), and the check of a
// --by field (report.h).
#include "report/breakdown.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "report/report.h"

namespace nytte {
namespace reporting {
namespace {

std::string number_text(double v) {
  return fmt::format("{:g}", v);
}

}  // namespace

void by_value(const Citizen& c, const citizen_fields::FieldRef& f, const Schema& schema,
              std::string& out) {
  out.clear();
  if (!f.builtin) {
    const Value& v = c.extra[f.declared];
    if (!v.known) {
      out = kMissing;
      return;
    }
    switch (schema.fields[f.declared].type) {
      case Type::boolean:
        out = v.boolean ? "true" : "false";
        break;
      case Type::number:
        out = number_text(v.number);
        break;
      case Type::date:
        out = fmt::format("{}", v.date.year());
        break;
      case Type::string:
        out = v.text;
        break;
      case Type::string_list: {
        std::vector<std::string> items = v.list;
        std::sort(items.begin(), items.end());
        out = items.empty() ? "none" : fmt::format("{}", fmt::join(items, "+"));
        break;
      }
    }
    return;
  }
  auto text = [&](const std::optional<std::string>& s) { out = s ? *s : std::string(kMissing); };
  auto num = [&](const auto& v) { out = v ? number_text(*v) : std::string(kMissing); };
  auto year = [&](const std::optional<Date>& d) {
    out = d ? fmt::format("{}", d->year()) : std::string(kMissing);
  };
  switch (*f.builtin) {
    case Field::birth_date:
      year(c.birth_date);
      break;
    case Field::sex:
      out = c.sex ? sex_code(*c.sex) : kMissing;
      break;
    case Field::municipality:
      text(c.municipality);
      break;
    case Field::benefit:
      out = c.benefit ? benefit_code(*c.benefit) : kMissing;
      break;
    case Field::category:
      out = c.category ? category_code(*c.category) : kMissing;
      break;
    case Field::danish_tests:
      out = c.danish_tests ? danish_test_code(c.highest_danish_test().value_or(DanishTest::none))
                           : kMissing;
      break;
    case Field::school_years:
      num(c.school_years);
      break;
    case Field::residence_years_last_10:
      num(c.residence_years_last_10);
      break;
    case Field::fulltime_work_years_last_10:
      num(c.fulltime_work_years_last_10);
      break;
    case Field::unemployed_since:
      year(c.unemployed_since);
      break;
    case Field::ordinary_hours:
      num(c.ordinary_hours);
      break;
    case Field::work_capacity_hours:
      num(c.work_capacity_hours);
      break;
    case Field::exemptions:
      if (!c.exemptions) {
        out = kMissing;
      } else if (c.exemptions->empty()) {
        out = "none";
      } else {
        std::vector<std::string> items = *c.exemptions;
        std::sort(items.begin(), items.end());
        out = fmt::format("{}", fmt::join(items, "+"));
      }
      break;
    case Field::residence_area:
      text(c.residence_area);
      break;
    case Field::start_date:
      year(c.start_date);
      break;
    case Field::assigned_track:
      text(c.assigned_track);
      break;
    case Field::born_in_denmark:
      out = c.born_in_denmark ? (*c.born_in_denmark ? "true" : "false") : kMissing;
      break;
    case Field::first_entry_date:
      year(c.first_entry_date);
      break;
    default:
      out = kMissing;
      break;  // refused by check_by_field
  }
}

}  // namespace reporting

std::string check_by_field(std::string_view name, const Schema& schema) {
  std::optional<citizen_fields::FieldRef> f = citizen_fields::find_any_field(name, schema);
  if (!f) return "--by: " + citizen_fields::unknown_field_message(name, schema);
  if (f->builtin && (*f->builtin == Field::id || *f->builtin == Field::cpr)) {
    return trf(
        "--by {}: a report never breaks people down by '{}', which would "
        "show single people",
        name, name);
  }
  if (f->builtin && (*f->builtin == Field::benefit_history || *f->builtin == Field::unavailable)) {
    return trf(
        "--by {}: '{}' holds tables, not one value a person; break down by "
        "a field of single values (benefit, category, ...)",
        name, name);
  }
  return "";
}

}  // namespace nytte
