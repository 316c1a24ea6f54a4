// The duplicate-id errors (load/duplicate_id.h), byte for byte as each reader
// writes them.
#include "load/duplicate_id.h"

#include <doctest/doctest.h>

#include <string>

using namespace nytte;

TEST_CASE("duplicate id: a record, a weekly-hours record and a plan") {
  CHECK(duplicate_id_message("a-1", DuplicateOf::record) ==
        "duplicate id 'a-1': an earlier record has the same id (ids must be unique within an "
        "input); this record was skipped");
  CHECK(duplicate_id_message("a-1", DuplicateOf::hours_record) ==
        "duplicate id 'a-1': an earlier record has the same id; this record was skipped");
  CHECK(duplicate_id_message("a-1", DuplicateOf::plan) ==
        "duplicate id 'a-1'; this plan was skipped");
  Diagnostic d = duplicate_id_error({"p.csv", 3, 1}, "a-1");
  CHECK(d.str() ==
        "p.csv:3:1: error: duplicate id 'a-1': an earlier record has the same id (ids must be "
        "unique within an input); this record was skipped");
  CHECK(d.code == "duplicate-id");
}

TEST_CASE("duplicate id: a long id is an excerpt, but as written for weekly-hours' records") {
  std::string id(100, 'x');
  CHECK(duplicate_id_message(id, DuplicateOf::record).find(excerpt(id)) != std::string::npos);
  CHECK(duplicate_id_message(id, DuplicateOf::record).find(id) == std::string::npos);
  CHECK(duplicate_id_message(id, DuplicateOf::plan).find(id) == std::string::npos);
  CHECK(duplicate_id_message(id, DuplicateOf::hours_record).find("'" + id + "'") !=
        std::string::npos);
}
