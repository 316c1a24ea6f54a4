// Plan files (load/plans.h): what each key reads, the errors at their line and
// column, and a bad plan costing only itself.
#include "load/plans.h"

#include <fmt/format.h>

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace nytte;

namespace {

std::string error_of(const char* text) {
  try {
    load_plans_text(text, "p.toml");
  } catch (const Error& e) {
    return e.diagnostic().str();
  }
  return "no error";
}

}  // namespace

TEST_CASE("plan files: plans read, errors at their line and column") {
  std::vector<Plan> plans = load_plans_text(
      "[[plan]]\nid = \"a\"\nrules = \"national\"\nstart = 2025-09-01\n"
      "required_weekly_hours = 12\n[[plan.block]]\nday = \"mon\"\nfrom = 09:00:00\n"
      "to = 12:30:00\noffer = \"x\"\n",
      "p.toml");
  REQUIRE(plans.size() == 1);
  REQUIRE(plans[0].blocks.size() == 1);
  CHECK(plans[0].blocks[0].minutes == 210);
  CHECK(plans[0].required_weekly_minutes == 720);
  CHECK(error_of("[[plan]]\nid = \"a\"\nstart = 2025-09-01\nrequired_weekly_hours = 12\n"
                 "[[plan.block]]\nday = \"mond\"\nfrom = 09:00:00\nto = 10:00:00\n") ==
        "p.toml:6:7: error: 'day' must be mon, tue, wed, thu, fri, sat or sun, found 'mond'; did "
        "you mean 'mon'?");
  CHECK(error_of("[[plan]]\nid = \"a\"\nstart = 2025-09-01\nrequired_weekly_hours = 12\n"
                 "strat = 1\n") ==
        "p.toml:5:1: error: unknown key 'strat' in [[plan]]; did you mean 'start'?");
  CHECK(error_of("[[plan]]\nid = \"a\"\nrequired_weekly_hours = 12\n") ==
        "p.toml:1:1: error: [[plan]] without 'start'");
  // nan compares false with every bound: refused, not written as JSON 'nan'.
  CHECK(error_of("[[plan]]\nid = \"a\"\nstart = 2025-09-01\nrequired_weekly_hours = nan\n") ==
        "p.toml:4:25: error: 'required_weekly_hours' must be between 0 and 168, found nan");
  CHECK(error_of("[[plan]]\nid = \"a\"\nstart = 2025-09-01\nrequired_weekly_hours = 12\n"
                 "[[plan.block]]\nday = \"mon\"\nfrom = 09:00:00\nto = 10:00:00\nhours = inf\n") ==
        "p.toml:9:9: error: 'hours' must be between 0 and 24, found inf");
}

TEST_CASE("plan files: a plan whose hours are not stated has no requirement") {
  std::vector<Plan> plans = load_plans_text(
      "[[plan]]\nid = \"a\"\nstart = 2025-09-01\nhours_stated = false\n[[plan.block]]\n"
      "day = \"tue\"\nfrom = 09:00:00\nto = 11:30:00\noffer = \"dansk\"\n",
      "p.toml");
  REQUIRE(plans.size() == 1);
  CHECK_FALSE(plans[0].required_weekly_minutes.has_value());
  // A forgotten requirement is still an error; both keys at once too.
  CHECK(error_of("[[plan]]\nid = \"a\"\nstart = 2025-09-01\n") ==
        "p.toml:1:1: error: [[plan]] without 'required_weekly_minutes' (or "
        "'required_weekly_hours')");
  CHECK(error_of("[[plan]]\nid = \"a\"\nstart = 2025-09-01\nhours_stated = true\n") ==
        "p.toml:1:1: error: [[plan]] without 'required_weekly_minutes' (or "
        "'required_weekly_hours')");
  CHECK(error_of("[[plan]]\nid = \"a\"\nstart = 2025-09-01\nhours_stated = false\n"
                 "required_weekly_hours = 12\n") ==
        "p.toml:5:25: error: 'required_weekly_hours' with 'hours_stated = false': a plan whose "
        "hours are not stated has no requirement; leave one of the two out");
  CHECK(error_of("[[plan]]\nid = \"a\"\nstart = 2025-09-01\nhours_stated = \"no\"\n") ==
        "p.toml:4:16: error: 'hours_stated' must be true or false");
}

TEST_CASE("plan files: exact minutes; older files' decimal hours still load") {
  std::vector<Plan> plans =
      load_plans(fmt::format("{}/tests/data/plans/minutes-and-hours.toml", NYTTE_SOURCE_DIR));
  REQUIRE(plans.size() == 3);
  CHECK(plans[0].required_weekly_minutes == 2220);
  CHECK(plans[0].blocks[0].minutes == 20);
  CHECK(plans[0].blocks[1].minutes == 460 + 10);  // minutes as written, not the span
  CHECK(plans[1].required_weekly_minutes == 2220);
  CHECK(plans[1].blocks[0].minutes == 20);   // 0.33: the span, exactly
  CHECK(plans[1].blocks[1].minutes == 460);  // 7.67: 7:40 exactly
  CHECK(plans[1].blocks[2].minutes == 200);  // 3.33 of a 3-hour block: 199.8, rounded
  CHECK(plans[1].blocks[3].minutes == 0);
  CHECK(plans[2].required_weekly_minutes == 918);  // 15.3 hours
  CHECK(error_of("[[plan]]\nid = \"a\"\nstart = 2025-09-01\nrequired_weekly_minutes = 37.5\n") ==
        "p.toml:4:27: error: 'required_weekly_minutes' must be a whole number of minutes");
  CHECK(error_of("[[plan]]\nid = \"a\"\nstart = 2025-09-01\nrequired_weekly_minutes = 2220\n"
                 "required_weekly_hours = 37\n") ==
        "p.toml:5:25: error: 'required_weekly_minutes' and 'required_weekly_hours' in one "
        "table: write one of the two");
  CHECK(
      error_of("[[plan]]\nid = \"a\"\nstart = 2025-09-01\nrequired_weekly_minutes = 60\n"
               "[[plan.block]]\nday = \"mon\"\nfrom = 08:00:00\nto = 09:00:00\nminutes = 2000\n") ==
      "p.toml:9:11: error: 'minutes' must be between 0 and 1440, found 2000");
}

TEST_CASE("plan files: a bad plan costs only itself, at its line and column") {
  std::string good =
      "[[plan]]\nid = \"{}\"\nstart = 2025-09-01\nrequired_weekly_minutes = 720\n"
      "[[plan.block]]\nday = \"mon\"\nfrom = 09:00:00\nto = 13:00:00\n\n";
  auto plan = [&](std::string id) {
    std::string s = good;
    s.replace(s.find("{}"), 2, id);
    return s;
  };
  std::string text = "# plans\n" + plan("a") + "[[plan]]\nid = \"b\nstart = 2025-09-01\n\n" +
                     plan("c") + "[[plan]\nid = \"d\"\n\n" + plan("e") +
                     "[[plan]]\nid = \"f\"\nstart = 2025-09-01\n\n" + plan("g");
  PlanFile f = read_plans(text, "p.toml");
  std::vector<std::string> ids;
  for (const Plan& p : f.plans) ids.push_back(p.id);
  CHECK(ids == std::vector<std::string>{"a", "c", "e", "g"});
  REQUIRE(f.errors.size() == 3);
  CHECK(f.errors[0].pos.str() == "p.toml:12:8");  // the string not closed
  CHECK(f.errors[1].pos.line == 24);              // [[plan]
  CHECK(f.errors[2].message ==
        "[[plan]] without 'required_weekly_minutes' (or "
        "'required_weekly_hours')");
  CHECK(f.errors[2].pos.line == 36);
  CHECK(f.plans[3].pos.line == 40);
  CHECK(f.plans[3].blocks.front().pos.line == 44);
  // A file read from its 3rd line on (a BOM or lines before), numbered as such.
  CHECK(read_plans(plan("x"), "p.toml", 3).plans.front().pos.line == 3);
  CHECK(is_plan_line("[[plan]]"));
  CHECK(is_plan_line("  [[ plan ]] # x"));
  CHECK(is_plan_line("[[plan]"));
  CHECK(is_plan_line("[[plan.block]]"));
  CHECK_FALSE(is_plan_line("[[plans]]"));
  CHECK_FALSE(is_plan_line("[[citizen]]"));
  CHECK_FALSE(is_plan_line("plan = 1"));
}
