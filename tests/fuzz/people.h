// A few citizen records for the targets that evaluate what they parsed (rule
// files, conditions, plans): a full record, a minimal one and one with most
// data missing, read with the schema of the rule set under test.
#pragma once

#include <string_view>
#include <vector>

#include "load/citizen_reader.h"

namespace nytte::fuzz {

inline constexpr std::string_view kPeople = R"(
[[citizen]]
id = "full"
cpr = "140370-1234"
municipality = "751"
benefit = "kontanthjaelp"
benefit_history = [
  { benefit = "uddannelseshjaelp", from = 2019-01-01, to = 2020-12-31 },
  { benefit = "kontanthjaelp", from = 2021-01-01 },
]
category = "aktivitetsparat"
danish_tests = ["PD1", "studieproeven"]
school_years = 5
residence_years_last_10 = 8
fulltime_work_years_last_10 = 1.5
unemployed_since = 2023-02-01
ordinary_hours = 4.5
work_capacity_hours = 30
unavailable = [{ day = "mon", from = 08:00:00, to = 12:00:00 }]
residence_area = "Gellerup"
start_date = 2025-03-03
born_in_denmark = false
first_entry_date = 1994-08-15

[[citizen]]
id = "minimal"
birth_date = 2001-02-28
sex = "F"
municipality = "101"
benefit = "selvforsoergelsesydelse"
residence_years_last_10 = 3.0
fulltime_work_years_last_10 = 0.0
start_date = 2025-09-03

[[citizen]]
id = "missing"
benefit = "uddannelseshjaelp"
)";

// The records of kPeople that `schema` accepts.
inline std::vector<Citizen> people(const Schema& schema) {
  struct Keep : RecordSink {
    std::vector<Citizen> out;
    void record(const Citizen& c) override { out.push_back(c); }
    void bad_record(const std::vector<Diagnostic>&) override {}
  } keep;
  Chunk chunk;
  chunk.file = std::make_shared<const std::string>("people.toml");
  chunk.text = std::string(kPeople);
  Citizen scratch;
  parse_chunk(chunk, schema, scratch, keep);
  return std::move(keep.out);
}

}  // namespace nytte::fuzz
