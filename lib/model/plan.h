// A person's weekly plan: what build-package makes and writes as a plan file,
// or a hand-written [[plan]] (docs/hours.md); weekly-hours counts its blocks.
// Read from a file by load/plans.h.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/diagnostic.h"

namespace nytte {

// One weekly block of a plan (what build-package writes, or a hand-written
// plan file): every week on `day`, from-to, at an offer.
struct PlanBlock {
  Weekday day = Weekday::mon;
  TimeOfDay from, to;
  std::string offer;
  std::string kind;   // offer kind code, e.g. "praktik"; may be empty
  int minutes = 0;    // counted minutes; (to - from) unless the plan says otherwise
  std::string phase;  // id of a [[phase]]: counted only on its days; "" = every day
  SourcePos pos;
};

// A person's weekly plan: [[plan]] in a plan file (docs/hours.md).
struct Plan {
  std::string id;
  std::string rules;  // id of the rule set it was made with
  std::string track;
  Date start;
  std::optional<Date> end;
  // In whole minutes (hours of an older file rounded to the nearest minute);
  // nullopt: the source states no weekly hours (`hours_stated = false` in
  // the file, as build-package writes it for such a person).
  std::optional<int> required_weekly_minutes;
  // Ordinary paid work a week, counted before the blocks (build-package's
  // ordinary hours); like the requirement, less a day's share a day off.
  int ordinary_weekly_minutes = 0;
  std::vector<PlanBlock> blocks;
  SourcePos pos;
};

}  // namespace nytte
