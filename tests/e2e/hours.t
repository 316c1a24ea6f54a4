# weekly-hours: required, planned and attended hours by ISO week.

# A plan of 12 hours a week (the Nordfyns example) and its attendance log:
# two sick days in week 37 lower what is required; an unexcused day in week 38
# leaves it short.
$ nytte weekly-hours examples/plans/nordfyns-49.toml --rules rules/nordfyns.toml --attendance examples/attendance/nordfyns-49.csv
| nordfyns-49 - rules nordfyns, track virksomhedsrettet, course from 2025-09-01
|   week      days         required planned attended absence unexcused  short  notes
|   2025-W36  01.09-05.09     12:00   12:00    12:00    0:00      0:00   0:00
|   2025-W37  08.09-12.09      4:00   12:00     4:00    8:00      0:00   0:00  approved_absence
|   2025-W38  15.09-19.09     12:00   12:00     6:00    0:00      4:00   6:00  unexcused; short
|   2025-W39  22.09-26.09     12:00   12:00    12:00    0:00      0:00   0:00
|   total     4 weeks         40:00   48:00    34:00    8:00      4:00   6:00
|   attendance 85.0 %; 1 week below the requirement; longest run of fully attended weeks 2
! nytte: 1 person with rules nordfyns: 1 below the requirement in 1 week (6:00 short in total); attendance: 12 rows counted; 0 errors

# The week of Kristi himmelfartsdag (Thursday 14 May 2026): the day off takes
# a day share (12/5 = 2:24) or what the plan loses that day (its 4-hour
# Thursday block), whichever is more: 8:00 required, 8:00 planned, not short.
$ nytte weekly-hours examples/plans/nordfyns-49.toml --rules rules/nordfyns.toml --from 2026-05-11 --to 2026-05-24
| nordfyns-49 - rules nordfyns, track virksomhedsrettet, course from 2025-09-01
|   week      days         required planned attended absence unexcused  short  notes
|   2026-W20  11.05-15.05      8:00    8:00        -    0:00      0:00   0:00  14.05 Kristi himmelfartsdag
|   2026-W21  18.05-22.05     12:00   12:00        -    0:00      0:00   0:00
|   total     2 weeks         20:00   20:00        -    0:00      0:00   0:00
|   0 weeks below the requirement

# A course that starts on a Wednesday: 3 of 5 days, 22.2 of 37 hours. The
# input is a citizen, so the plan is built on the fly (build-package) and the
# planned hours are known too.
$ nytte weekly-hours tests/data/attendance/wednesday-start.toml --weeks 2
| onsdag - rules national, track arbejdspligt, course from 2025-09-03
|   week      days         required planned attended absence unexcused  short  notes
|   2025-W36  03.09-05.09     22:12   22:12        -    0:00      0:00   0:00  first_week
|   2025-W37  08.09-12.09     37:00   37:00        -    0:00      0:00   0:00
|   total     2 weeks         59:12   59:12        -    0:00      0:00   0:00
|   0 weeks below the requirement

# København: the first 14 days nytteindsats only, then job search added.
$ nytte weekly-hours examples/citizens/koebenhavn-projektplads.toml --rules rules/koebenhavn.toml --weeks 3 --format json | jq -c '.[0].weeks[] | {week, phases}'
| {"week":"2025-W36","phases":["kun_nytteindsats"]}
| {"week":"2025-W37","phases":["kun_nytteindsats"]}
| {"week":"2025-W38","phases":["nytteindsats_og_jobsoegning"]}

# Greve: 6 conversations in the first 26 weeks, one a month, on working days.
$ nytte weekly-hours examples/citizens/greve-nyledig.toml --rules rules/greve.toml --weeks 26 --format json | jq -r '.[0].conversations[] | "\(.number) \(.date) \(.planned)"'
| 1 2025-09-01 2025-09-01
| 2 2025-10-01 2025-10-01
| 3 2025-11-03 2025-11-01
| 4 2025-12-01 2025-12-01
| 5 2026-01-02 2026-01-01
| 6 2026-02-02 2026-02-01

# A conversation moved off a weekend or holiday stays in its calendar month:
# from a start on 31 October, 30 November (a Sunday) goes back to Friday 28
# November, as Monday 1 December is in the next month; 31 January and 28
# February 2026 (Saturdays) go back to the Friday before.
$ printf '[[plan]]\nid = "greve-31"\nrules = "greve"\ntrack = "service_nyledig"\nstart = 2025-10-31\nrequired_weekly_hours = 37\n' > $TMP/greve-31.toml
$ nytte weekly-hours $TMP/greve-31.toml --rules rules/greve.toml --weeks 26 --format json | jq -r '.[0].conversations[] | "\(.number) \(.date) \(.planned)"'
| 1 2025-10-31 2025-10-31
| 2 2025-11-28 2025-11-30
| 3 2025-12-31 2025-12-31
| 4 2026-01-30 2026-01-31
| 5 2026-02-27 2026-02-28
| 6 2026-03-31 2026-03-31

# CSV: one row a person and week.
$ nytte weekly-hours examples/plans/nordfyns-49.toml --rules rules/nordfyns.toml --attendance examples/attendance/nordfyns-49.csv --format csv
| id,week,from,to,requirement,required,planned,attended,approved_absence,unexcused_absence,shortfall,days_off,phases,conversations,flags,requirement_minutes,required_minutes,planned_minutes,attended_minutes,approved_absence_minutes,unexcused_absence_minutes,shortfall_minutes
| nordfyns-49,2025-W36,2025-09-01,2025-09-05,12,12,12,12,0,0,0,,,,,720,720,720,720,0,0,0
| nordfyns-49,2025-W37,2025-09-08,2025-09-12,12,4,12,4,8,0,0,,,,approved_absence,720,240,720,240,480,0,0
| nordfyns-49,2025-W38,2025-09-15,2025-09-19,12,12,12,6,0,4,6,,,,unexcused;short,720,720,720,360,0,240,360
| nordfyns-49,2025-W39,2025-09-22,2025-09-26,12,12,12,12,0,0,0,,,,,720,720,720,720,0,0,0
! nytte: 1 person with rules nordfyns: 1 below the requirement in 1 week (6:00 short in total); attendance: 12 rows counted; 0 errors

# A plan whose hours the source does not state (hours_stated = false, as
# build-package writes it): no requirement in any format, never short, and
# --fail-under does not exit 1 however little is attended.
$ printf '[[plan]]\nid = "dansk"\nrules = "greve"\ntrack = "individuel_dansk"\nstart = 2024-09-02\nhours_stated = false\n[[plan.block]]\nday = "tue"\nfrom = 08:00:00\nto = 10:30:00\noffer = "dansk_sprogcenter_greve"\n' > $TMP/dansk.toml
$ printf 'id,date,offer,hours,status\ndansk,2024-09-03,dansk_sprogcenter_greve,1,present\n' > $TMP/dansk.csv
$ nytte weekly-hours $TMP/dansk.toml --rules rules/greve.toml --attendance $TMP/dansk.csv --weeks 1 --format json | jq -c '.[0] | (.weeks[0] | {requirement, required, attended, shortfall, flags}), (.summary | {weeks, weeks_not_stated, required, shortfall, weeks_below_requirement, attendance_rate})'
| {"requirement":null,"required":null,"attended":1,"shortfall":null,"flags":["hours_not_stated"]}
| {"weeks":1,"weeks_not_stated":1,"required":null,"shortfall":null,"weeks_below_requirement":0,"attendance_rate":null}
! nytte: 1 person with rules greve: nobody below the requirement; attendance: 1 row counted; 0 errors
$ nytte weekly-hours $TMP/dansk.toml --rules rules/greve.toml --attendance $TMP/dansk.csv --weeks 1 --format csv
| id,week,from,to,requirement,required,planned,attended,approved_absence,unexcused_absence,shortfall,days_off,phases,conversations,flags,requirement_minutes,required_minutes,planned_minutes,attended_minutes,approved_absence_minutes,unexcused_absence_minutes,shortfall_minutes
| dansk,2024-W36,2024-09-02,2024-09-06,,,2.5,1,0,0,,,,,hours_not_stated,,,150,60,0,0,
! nytte: 1 person with rules greve: nobody below the requirement; attendance: 1 row counted; 0 errors
$ nytte weekly-hours -q $TMP/dansk.toml --rules rules/greve.toml --attendance $TMP/dansk.csv --weeks 1 --fail-under

# An attendance log with errors: each at its line and column, exit 2, and
# the good rows still counted.
$ nytte weekly-hours examples/plans/nordfyns-49.toml --rules rules/nordfyns.toml --attendance tests/data/attendance/with-errors.csv --weeks 1 --format json | jq -c '.[0].weeks[0] | {week, attended}'
| {"week":"2025-W36","attended":12}
! nytte: error: tests/data/attendance/with-errors.csv:3:13: date must be a date like 2025-09-01, found '2025-09-31'
! nytte: error: tests/data/attendance/with-errors.csv:4:39: hours must be a number like 7.4, found 'four'
! nytte: error: tests/data/attendance/with-errors.csv:5:41: unknown status 'presnt': expected present, sick, approved_absence or unexcused; did you mean 'present'?
! nytte: error: tests/data/attendance/with-errors.csv:7:1: row has 4 cells, the header has 5 columns
! nytte: 1 person with rules nordfyns: nobody below the requirement; attendance: 3 rows counted, 1 for ids not among the inputs (first tests/data/attendance/with-errors.csv:8: 'somebody-else'), 1 outside the period; 4 errors
? 2

# --fail-under: a week below the requirement makes exit 1.
$ nytte weekly-hours -q examples/plans/nordfyns-49.toml --rules rules/nordfyns.toml --attendance examples/attendance/nordfyns-49.csv --fail-under
? 1

$ nytte weekly-hours -q examples/plans/nordfyns-49.toml --rules rules/nordfyns.toml --attendance examples/attendance/nordfyns-49.csv --weeks 2 --fail-under

# The holidays of a year, and a rule set's closing days.
$ nytte weekly-hours --holidays 2023
| Holidays and closing days 2023 (rules national)
|   2023-01-01  sun  Nytårsdag
|   2023-04-06  thu  Skærtorsdag
|   2023-04-07  fri  Langfredag
|   2023-04-09  sun  Påskedag
|   2023-04-10  mon  2. påskedag
|   2023-05-05  fri  Store bededag
|   2023-05-18  thu  Kristi himmelfartsdag
|   2023-05-28  sun  Pinsedag
|   2023-05-29  mon  2. pinsedag
|   2023-12-25  mon  Juledag
|   2023-12-26  tue  2. juledag

$ nytte weekly-hours --holidays 2026 --format csv
| date,weekday,id,name,kind
| 2026-01-01,thu,nytaarsdag,Nytårsdag,holiday
| 2026-04-02,thu,skaertorsdag,Skærtorsdag,holiday
| 2026-04-03,fri,langfredag,Langfredag,holiday
| 2026-04-05,sun,paaskedag,Påskedag,holiday
| 2026-04-06,mon,anden_paaskedag,2. påskedag,holiday
| 2026-05-14,thu,kristi_himmelfartsdag,Kristi himmelfartsdag,holiday
| 2026-05-24,sun,pinsedag,Pinsedag,holiday
| 2026-05-25,mon,anden_pinsedag,2. pinsedag,holiday
| 2026-12-25,fri,juledag,Juledag,holiday
| 2026-12-26,sat,anden_juledag,2. juledag,holiday

# Usage errors.
$ nytte weekly-hours examples/plans/nordfyns-49.toml
! nytte: error: examples/plans/nordfyns-49.toml:4:1: the plan for 'nordfyns-49' was made with rules 'nordfyns', but the rules applied are 'national' (give --rules for 'nordfyns'); this plan was skipped
? 2

$ nytte weekly-hours examples/citizens/nordfyns-49.toml --rules rules/nordfyns.toml
! nytte: error: examples/citizens/nordfyns-49.toml:12:1: 'nordfyns-49': no course start: the record has no start_date; give --from
? 2

$ nytte weekly-hours examples/plans/nordfyns-49.toml --rules rules/nordfyns.toml --attendance no/such.csv
! nytte: error: no/such.csv: cannot read: no such file or directory
? 2

# A rule set's closing days, listed with the holidays and taken off the week.
$ nytte weekly-hours --holidays 2026 --rules tests/data/hours-rules/closing.toml --format csv | grep closing_day
| 2026-05-15,fri,lukkedag,Lukkedag,closing_day
| 2026-06-05,fri,grundlovsdag,Grundlovsdag,closing_day
| 2026-12-24,thu,juleaftensdag,Juleaftensdag,closing_day
| 2026-12-31,thu,nytaarsaftensdag,Nytårsaftensdag,closing_day

$ nytte weekly-hours examples/plans/nordfyns-49.toml --rules tests/data/hours-rules/closing.toml --from 2026-05-11 --to 2026-05-17 --format csv
| id,week,from,to,requirement,required,planned,attended,approved_absence,unexcused_absence,shortfall,days_off,phases,conversations,flags,requirement_minutes,required_minutes,planned_minutes,attended_minutes,approved_absence_minutes,unexcused_absence_minutes,shortfall_minutes
! nytte: error: examples/plans/nordfyns-49.toml:4:1: the plan for 'nordfyns-49' was made with rules 'nordfyns', but the rules applied are 'lukkedage' (give --rules for 'nordfyns'); this plan was skipped
? 2

$ sed 's/rules = "nordfyns"/rules = "lukkedage"/' examples/plans/nordfyns-49.toml > $TMP/plan.toml && nytte weekly-hours $TMP/plan.toml --rules tests/data/hours-rules/closing.toml --from 2026-05-11 --to 2026-05-17 --format json | jq -c '.[0].weeks[0] | {required, planned, days_off: [.days_off[].id]}'
| {"required":7.2,"planned":8,"days_off":["kristi_himmelfartsdag","lukkedag"]}

# Stable attendance: the rule set's threshold of fully attended weeks in a row.
$ sed 's/rules = "nordfyns"/rules = "lukkedage"/' examples/plans/nordfyns-49.toml > $TMP/plan.toml && nytte weekly-hours $TMP/plan.toml --rules tests/data/hours-rules/closing.toml --attendance examples/attendance/nordfyns-49.csv --format json 2>/dev/null | jq -c '.[0].summary'
| {"weeks":4,"weeks_not_stated":0,"required":40,"planned":48,"attended":34,"approved_absence":8,"unexcused_absence":4,"shortfall":6,"required_minutes":2400,"planned_minutes":2880,"attended_minutes":2040,"approved_absence_minutes":480,"unexcused_absence_minutes":240,"shortfall_minutes":360,"attendance_rate":0.85,"weeks_below_requirement":1,"longest_full_run":2,"stable_attendance_weeks":2,"stable":true}

# Plans hold exact minutes (docs/hours.md): build-package writes each block's
# minutes, so the three 20-minute legs of travel in this package are 1:00 and
# the 25 hours it plans are 25:00 in weekly-hours, not 24.99 and short.
$ nytte build-package examples/citizens/aarhus-jobpakke.toml --rules rules/aarhus.toml --start 2025-09-01 --format toml -o $TMP/jobpakke.toml && grep -c '^minutes = 20$' $TMP/jobpakke.toml && nytte weekly-hours $TMP/jobpakke.toml --rules rules/aarhus.toml --from 2025-09-08 --weeks 1 --fail-under
| 3
| aarhus-jobpakke - rules aarhus, track jobpakke, course from 2025-09-01
|   week      days         required planned attended absence unexcused  short  notes
|   2025-W37  08.09-12.09     25:00   25:00        -    0:00      0:00   0:00
|   total     1 week          25:00   25:00        -    0:00      0:00   0:00
|   0 weeks below the requirement

# A plan file of an older version (hours = 0.33 a leg, required_weekly_hours =
# 25.00) reads the same: hours that are a block's span to two decimals are
# that span.
$ nytte weekly-hours tests/data/plans/aarhus-jobpakke-v1.toml --rules rules/aarhus.toml --from 2025-09-08 --weeks 1 --fail-under --format json | jq -c '.[0].weeks[0] | {required, planned, required_minutes, planned_minutes, flags}'
| {"required":25,"planned":25,"required_minutes":1500,"planned_minutes":1500,"flags":[]}

# A period that starts on a weekend: the first week holds only Saturday and
# Sunday, and its days read 06.09-07.09, never a `from` after its `to`.
$ nytte weekly-hours examples/plans/nordfyns-49.toml --rules rules/nordfyns.toml --from 2025-09-06 --weeks 2
| nordfyns-49 - rules nordfyns, track virksomhedsrettet, course from 2025-09-01
|   week      days         required planned attended absence unexcused  short  notes
|   2025-W36  06.09-07.09      0:00    0:00        -    0:00      0:00   0:00  weekend
|   2025-W37  08.09-12.09     12:00   12:00        -    0:00      0:00   0:00
|   total     2 weeks         12:00   12:00        -    0:00      0:00   0:00
|   0 weeks below the requirement
$ nytte weekly-hours examples/plans/nordfyns-49.toml --rules rules/nordfyns.toml --from 2025-09-07 --to 2025-09-14 --format csv | cut -d, -f2-4
| week,from,to
| 2025-W36,2025-09-07,2025-09-07
| 2025-W37,2025-09-08,2025-09-12

# A plan file of nobody (build-package made no package): weekly-hours says
# the input holds neither citizens nor plans, and exits 2.
$ nytte build-package examples/citizens/aarhus-fuldtid.toml --rules rules/aarhus.toml --start 2025-09-01 --format toml -o $TMP/nobody.toml 2>/dev/null
$ nytte weekly-hours $TMP/nobody.toml --rules rules/aarhus.toml
! nytte: error: .*/nobody.toml: no records: the input is empty \(no \[\[citizen\]\] or \[\[plan\]\] table\) (re)
? 2
