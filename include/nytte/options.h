// The options every command spells the same way (shared/contract.md), as
// plain values: the command line maps its flags to them, and each run
// (nytte/*_run.h) checks them with the same messages (UsageError).
#pragma once

#include <string>
#include <vector>

namespace nytte {

struct CommonOptions {
  std::vector<std::string> rules;  // --rules, repeatable; empty = built-in national
  std::string on;                  // --on DATE; empty = today
  std::string format = "text";     // --format
  std::string output;              // -o FILE
  bool quiet = false;              // -q (README.md, "Quiet mode and exit status")
  std::string csv_sep = ",";       // --csv-sep
  std::string color = "auto";      // --color auto|always|never (NO_COLOR, TERM=dumb: Style)
  bool csv_bom = false;            // --csv-bom: a UTF-8 byte-order mark before CSV, for Excel
};

}  // namespace nytte
