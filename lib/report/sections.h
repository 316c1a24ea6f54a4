// The sections of a report, one file each (section_*.cc), laid out from the
// tallies. Internal to lib/report.
#pragma once

#include <cstdint>

#include "report/report.h"
#include "report/table.h"

namespace nytte::reporting {

// Everyone checked: statuses, target groups, tracks, exemptions, missing data.
ReportSection eligibility_section(Layout& L);
// The covered people by the fixed dimensions and each --by field.
ReportSection who_section(Layout& L);
// The covered people's required hours, in all and by track.
ReportSection hours_section(Layout& L);
// Packages, and seats demanded against seats offered and taken.
ReportSection capacity_section(Layout& L);
// The seats demanded at the offers' cost, against the budget lines.
ReportSection cost_section(Layout& L);
// Weeks of the attendance log meeting the requirement, by track.
ReportSection attendance_section(Layout& L, uint64_t unmatched);

}  // namespace nytte::reporting
