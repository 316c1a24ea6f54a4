// Plan files: any bytes loaded as a plan file (load_plans_text, what
// weekly-hours reads with --plans). A file that loads is planned week by
// week (plan_weeks over at most ten weeks with the national rules); one that
// does not is an Error at a line and column inside it.
#include "fuzz_support.h"
#include "hours/hours.h"
#include "load/plans.h"
#include "load/rules.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace nytte;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  static const RuleSet rules = load_builtin_rules();
  std::vector<Plan> plans;
  try {
    plans = load_plans_text(text, "fuzz.toml");
  } catch (const Error& err) {
    const SourcePos& p = err.diagnostic().pos;
    if (p.file != "fuzz.toml" || p.line > fuzz::count_lines(text)) {
      fuzz::broken("a plan file's error outside it", err.what());
    }
    return 0;
  }
  for (size_t i = 0; i < plans.size() && i < 4; ++i) {
    const Plan& plan = plans[i];
    Date to = plan.start.plus_days(69);
    if (plan.end && *plan.end < to) to = *plan.end;
    if (to < plan.start) continue;
    PersonHours p = plan_weeks(rules, nullptr, &plan, plan.start, Period{plan.start, to});
    add_attendance(p, plan.start, 4.5, AttendanceStatus::present);
    finish(p);
  }
  return 0;
}
