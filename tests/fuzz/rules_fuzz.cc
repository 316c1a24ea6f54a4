// Rule files: any bytes loaded as a rule file, as `--rules FILE` does
// (load_rules_text: the first problem thrown as an Error with file:line:column)
// and as `validate` does (check_rules_file: every problem, carrying on after
// each). A rule set that loads is applied to a few people on two dates and
// its decisions written as text and CSV. `extends` can only name the built-in
// national rules or files in an empty temporary directory.
#include <unistd.h>

#include <cstdlib>
#include <fstream>

#include "decide/eligibility.h"
#include "format/decision_format.h"
#include "fuzz_support.h"
#include "load/rules.h"
#include "people.h"

namespace {

const std::string& scratch_dir() {
  static const std::string dir = [] {
    char templ[] = "/tmp/nytte-fuzz-rules-XXXXXX";
    if (!mkdtemp(templ)) nytte::fuzz::broken("mkdtemp failed");
    return std::string(templ);
  }();
  return dir;
}

void apply(const nytte::RuleSet& rules) {
  using namespace nytte;
  std::vector<Citizen> who = fuzz::people(rules.schema);
  Decision d;
  DecisionFormat format;
  format.explain = true;
  Decider decider;
  DecisionPrinter printer(format, &decider.eval_cache());
  std::string out;
  for (const Citizen& c : who) {
    for (Date on : {Date::from_ymd(2025, 9, 1), Date::from_ymd(2019, 1, 1)}) {
      decider.decide(rules, c, on, d);
      printer.text(d, out);
      printer.json(d, out, 2);
      write_decision_csv(d, out);
      out.clear();
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace nytte;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  const std::string& dir = scratch_dir();
  try {
    RuleSet rules = load_rules_text(text, "fuzz.toml", dir);
    apply(rules);
  } catch (const Error& e) {
    if (e.diagnostic().pos.file.empty()) fuzz::broken("an error naming no file", e.what());
  }

  std::string path = dir + "/fuzz.toml";
  {
    std::ofstream f(path, std::ios::binary | std::ios::trunc);
    f.write(text.data(), static_cast<std::streamsize>(text.size()));
  }
  RuleFileCheck check = check_rules_file(path);
  if (!check.rules && check.problems.empty()) fuzz::broken("a rule file refused without a word");
  return 0;
}
