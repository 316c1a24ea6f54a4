// The citizen record, contract version 1 (shared/contract.md).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/codes.h"
#include "base/date.h"
#include "base/diagnostic.h"
#include "model/value.h"

namespace nytte {

struct BenefitPeriod {
  Benefit benefit = Benefit::ingen;
  Date from;
  std::optional<Date> to;  // missing: still running
};

struct UnavailableBlock {
  Weekday day = Weekday::mon;
  TimeOfDay from;
  TimeOfDay to;
};

// Types a field, a rule-set constant or an expression can have.
enum class Type : uint8_t { boolean, number, string, date, string_list };
std::string_view type_name(Type t);

// Built-in fields, in contract order (fields added to the contract come last,
// so that earlier ones keep their places). `id` is always present.
enum class Field : uint8_t {
  id,
  cpr,
  birth_date,
  sex,
  municipality,
  benefit,
  benefit_history,
  category,
  danish_tests,
  school_years,
  residence_years_last_10,
  fulltime_work_years_last_10,
  unemployed_since,
  ordinary_hours,
  work_capacity_hours,
  exemptions,
  unavailable,
  residence_area,
  start_date,
  assigned_track,
  born_in_denmark,
  first_entry_date,
  count_
};
constexpr size_t kBuiltinFieldCount = static_cast<size_t>(Field::count_);

struct FieldInfo {
  Field field;
  std::string_view name;
  Type type;  // benefit_history and unavailable are tables: string_list here is unused
  std::string_view description;
};
const FieldInfo& field_info(Field f);
std::optional<Field> find_field(std::string_view name);
// All built-in field names, for "did you mean".
std::vector<std::string_view> builtin_field_names();

struct Citizen {
  std::string id;
  SourcePos pos;  // where the record starts, for messages

  std::string cpr;  // raw DDMMYY-SSSS; never printed in full unless asked
  std::optional<Date> birth_date;
  bool birth_date_from_cpr = false;
  std::optional<Sex> sex;
  bool sex_from_cpr = false;
  std::optional<std::string> municipality;  // kommunekode, e.g. "751"
  std::optional<Benefit> benefit;
  std::optional<std::vector<BenefitPeriod>> benefit_history;
  std::optional<Category> category;
  std::optional<std::vector<DanishTest>> danish_tests;
  std::optional<int> school_years;
  std::optional<double> residence_years_last_10;
  std::optional<double> fulltime_work_years_last_10;
  std::optional<Date> unemployed_since;
  std::optional<double> ordinary_hours;
  std::optional<double> work_capacity_hours;  // missing = full capacity, 37
  std::optional<std::vector<std::string>> exemptions;
  std::optional<std::vector<UnavailableBlock>> unavailable;
  std::optional<std::string> residence_area;
  std::optional<Date> start_date;
  std::optional<std::string> assigned_track;
  std::optional<bool> born_in_denmark;
  std::optional<Date> first_entry_date;  // first entry into Denmark (førstegangsindrejst)

  std::vector<Value> extra;  // declared fields ([[field]]), in RuleSet::fields order

  bool has(Field f) const;
  // Highest Danish test passed; nullopt when danish_tests is missing.
  std::optional<DanishTest> highest_danish_test() const;
  // Resets every field, keeping the memory of its strings and declared
  // values, for streaming (a reader keeps the list fields' memory itself:
  // citizen_fields::ListMemory).
  void clear();
};

// "DDMMYY-****": the serial digits hidden (the birth date is shown
// anyway, as age). Output never carries a CPR number in full unless asked.
std::string mask_cpr(std::string_view cpr);
// The same written into `buf` (no allocation); the text returned is in it.
std::string_view mask_cpr(std::string_view cpr, char (&buf)[11]);

struct CprFacts {
  Date birth_date;
  Sex sex;
};
// Birth date and sex from a CPR number by the century rule of domain.md.
// Accepts "DDMMYY-SSSS" and "DDMMYYSSSS". Does not apply the modulus-11
// check (not valid for numbers issued since 2007). nullopt with `why` set
// when the number is malformed or names an impossible date.
std::optional<CprFacts> decode_cpr(std::string_view cpr, std::string* why = nullptr);

}  // namespace nytte
