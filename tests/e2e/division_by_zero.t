# Hours that divide by zero (issue 19). A division by a number that is 0 for
# every person (a literal, a constant, arithmetic of those) is an error at
# the '/' when the rule file loads; one that is 0 for one person leaves that
# person's hours undetermined, with the warning division_by_zero, where it
# gave an infinite figure that was written as null, 0:00 and 0 minutes.

$ sed "s|^hours = .*|hours = '37 / (6 - 2 * 3)'|" tests/data/hours-rules/division-by-zero.toml > $TMP/zero.toml
$ cp examples/citizens/nordfyns-49.toml $TMP/p.toml && cd $TMP && nytte check-eligibility p.toml --rules zero.toml --on 2025-09-01
! nytte: error: zero.toml:24:13: division by zero: '6 - 2 * 3' is 0 for every person
? 2
$ cd $TMP && nytte validate zero.toml
| zero.toml:24:13: error: division by zero: '6 - 2 * 3' is 0 for every person
| zero.toml:34:11: error: unknown track 'skaleret'
| zero.toml:42:11: error: unknown track 'skaleret'
! nytte: 1 rule file checked: 3 errors, 0 warnings; 0 tests, 0 failed
? 1

# Work capacity 12 divides by zero, 18 gives 37 hours: the batch goes on.
$ nytte check-eligibility tests/data/citizens/division-by-zero.toml \
>     --rules tests/data/hours-rules/division-by-zero.toml --on 2025-09-01 --format csv
| id,eligible,target_groups,track,required_weekly_hours,status,missing_fields,warnings,exempt_from,assumptions,required_weekly_minutes
| capacity-12,true,aktivitetsparate,skaleret,,eligible,,division_by_zero,,,
| capacity-18,true,aktivitetsparate,skaleret,37,eligible,,,,,2220
! nytte: 2 citizens checked with division on 2025-09-01: 2 eligible (aktivitetsparate 2), 0 exempt, 0 not eligible, 0 undetermined (missing data), 1 with data warnings (see "warnings"); 0 records not read
$ nytte check-eligibility tests/data/citizens/division-by-zero.toml \
>     --rules tests/data/hours-rules/division-by-zero.toml --on 2025-09-01 --format jsonl \
>   | jq -c '{id, required_weekly_hours, required_weekly_minutes, missing_fields, warnings: [.warnings[].id], hours: [.reasons[] | select(.kind == "hours") | {rule, held, value}]}'
| {"id":"capacity-12","required_weekly_hours":null,"required_weekly_minutes":null,"missing_fields":[],"warnings":["division_by_zero"],"hours":[{"rule":"skaleret","held":null,"value":null}]}
| {"id":"capacity-18","required_weekly_hours":37,"required_weekly_minutes":2220,"missing_fields":[],"warnings":[],"hours":[{"rule":"skaleret","held":true,"value":37}]}
! nytte: 2 citizens checked with division on 2025-09-01: 2 eligible (aktivitetsparate 2), 0 exempt, 0 not eligible, 0 undetermined (missing data), 1 with data warnings (see "warnings"); 0 records not read
$ nytte check-eligibility tests/data/citizens/division-by-zero.toml \
>     --rules tests/data/hours-rules/division-by-zero.toml --on 2025-09-01 | grep -A3 'ELIGIBLE\|Weekly hours'
|   ELIGIBLE: in aktivitetsparate; track skaleret; hours a week unknown: the hours rule divides by zero
|   warning: weekly hours undetermined: the hours rule divides by zero for this person (see the hours reason: the rule and the values it read) [division_by_zero]
|
|  Target groups
| --
|  Weekly hours
|   ? skaleret: Hours scaled by the work capacity above 12 hours
|       value 37 * 6 / (work_capacity_hours - 12)
|       read: work_capacity_hours = 12
| --
|   ELIGIBLE: in aktivitetsparate; track skaleret; 37:00 a week
|
|  Target groups
|   ✘ sho_ydelse [national]: Modtagere af SHO-ydelse (selvforsørgelses- og hjemrejseydelse samt overgangsydelse)
| --
|  Weekly hours
|   ✔ skaleret: Hours scaled by the work capacity above 12 hours
|       value 37 * 6 / (work_capacity_hours - 12)
|       read: work_capacity_hours = 18
! nytte: 2 citizens checked with division on 2025-09-01: 2 eligible (aktivitetsparate 2), 0 exempt, 0 not eligible, 0 undetermined (missing data), 1 with data warnings (see "warnings"); 0 records not read

# build-package and weekly-hours have no requirement for that person.
$ nytte build-package tests/data/citizens/division-by-zero.toml \
>     --rules tests/data/hours-rules/division-by-zero.toml --start 2025-09-01 --format json \
>   | jq -c '.[] | {id, required_weekly_hours, required_weekly_minutes, hours_stated}'
| {"id":"capacity-12","required_weekly_hours":null,"required_weekly_minutes":null,"hours_stated":true}
| {"id":"capacity-18","required_weekly_hours":37,"required_weekly_minutes":2220,"hours_stated":true}
! nytte: 2 people with rules division: 1 full package, 0 short (0:00 missing in total), 0 without a package, 1 of the stated parts only (hours not stated); 1 seat taken; 0 errors
$ nytte build-package tests/data/citizens/division-by-zero.toml \
>     --rules tests/data/hours-rules/division-by-zero.toml --start 2025-09-01 | grep 'Hours a week'
|   Hours a week unknown: the hours rule divides by zero: a package of the stated
! nytte: 2 people with rules division: 1 full package, 0 short (0:00 missing in total), 0 without a package, 1 of the stated parts only (hours not stated); 1 seat taken; 0 errors
$ nytte weekly-hours tests/data/citizens/division-by-zero.toml \
>     --rules tests/data/hours-rules/division-by-zero.toml --from 2025-09-01 --weeks 1 --format csv
| id,week,from,to,requirement,required,planned,attended,approved_absence,unexcused_absence,shortfall,days_off,phases,conversations,flags,requirement_minutes,required_minutes,planned_minutes,attended_minutes,approved_absence_minutes,unexcused_absence_minutes,shortfall_minutes
| capacity-12,2025-W36,2025-09-01,2025-09-05,,,0,,0,0,,,,,hours_unknown,,,0,,0,0,
| capacity-18,2025-W36,2025-09-01,2025-09-05,37,37,37,,0,0,0,,,,,2220,2220,2220,,0,0,0
! nytte: 2 people with rules division: nobody below the requirement; 0 errors
