// Every field of a citizen record as one line, with where it starts: the
// readers' tests and fuzzers compare two readers by it.
#pragma once

#include <optional>
#include <string>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "model/citizen.h"

namespace nytte::testing {

inline std::string dump_date(const std::optional<Date>& d) {
  return d ? d->iso() : "-";
}

template <class T>
std::string dump_num(const std::optional<T>& v) {
  return v ? fmt::format("{}", *v) : "-";
}

template <class E>
std::string dump_code(const std::optional<E>& v) {
  return v ? fmt::format("{}", static_cast<int>(*v)) : "-";
}

// Every field of a record, with where it starts.
inline std::string dump(const Citizen& c) {
  std::string s = fmt::format("{}@{}:{}:{} cpr={} born={}{} sex={}{} mun={} ben={} cat={}", c.id,
                              c.pos.file, c.pos.line, c.pos.column, c.cpr, dump_date(c.birth_date),
                              c.birth_date_from_cpr ? "(cpr)" : "", dump_code(c.sex),
                              c.sex_from_cpr ? "(cpr)" : "", c.municipality.value_or("-"),
                              dump_code(c.benefit), dump_code(c.category));
  if (c.benefit_history) {
    s += " history=";
    for (const BenefitPeriod& p : *c.benefit_history) {
      s += fmt::format("[{} {} {}]", static_cast<int>(p.benefit), p.from.iso(), dump_date(p.to));
    }
  }
  if (c.danish_tests) {
    s += " tests=";
    for (DanishTest t : *c.danish_tests) s += fmt::format("{},", static_cast<int>(t));
  }
  s += fmt::format(" school={} res={} work={} unemployed={} ordinary={} capacity={}",
                   dump_num(c.school_years), dump_num(c.residence_years_last_10),
                   dump_num(c.fulltime_work_years_last_10), dump_date(c.unemployed_since),
                   dump_num(c.ordinary_hours), dump_num(c.work_capacity_hours));
  if (c.exemptions) s += fmt::format(" exemptions={}", fmt::join(*c.exemptions, ","));
  if (c.unavailable) {
    s += " unavailable=";
    for (const UnavailableBlock& b : *c.unavailable) {
      s += fmt::format("[{} {} {}]", static_cast<int>(b.day), b.from.minutes, b.to.minutes);
    }
  }
  s += fmt::format(" area={} start={} track={} born_dk={} entry={}", c.residence_area.value_or("-"),
                   dump_date(c.start_date), c.assigned_track.value_or("-"),
                   dump_num(c.born_in_denmark), dump_date(c.first_entry_date));
  for (const Value& x : c.extra) {
    if (!x.known) {
      s += " extra=-";
      continue;
    }
    s += fmt::format(" extra={}/{}/{}/{}/{}", x.boolean, x.number, x.date.iso(), x.text,
                     fmt::join(x.list, ","));
  }
  return s;
}

}  // namespace nytte::testing
