# Batches a planner can read: standard error is bounded whatever the size of
# the batch (the first 10 lines of each kind, every one counted, what was not
# shown by kind), every shortfall is in --shortfalls FILE, and progress shows
# on a terminal only (NYTTE_PROGRESS=always stands in for one here).

# 14 bad dates and 12 duplicate ids: 10 of each shown, 6 more counted by kind;
# every bad record counts in the summary, and the exit status is 2.
$ nytte check-eligibility tests/data/bad/many-errors.csv --on 2025-09-01 --format csv 2>&1 >/dev/null | cut -c1-76
| nytte: error: tests/data/bad/many-errors.csv:2:7: field 'birth_date' must be
| nytte: error: tests/data/bad/many-errors.csv:3:7: field 'birth_date' must be
| nytte: error: tests/data/bad/many-errors.csv:4:7: field 'birth_date' must be
| nytte: error: tests/data/bad/many-errors.csv:5:7: field 'birth_date' must be
| nytte: error: tests/data/bad/many-errors.csv:6:7: field 'birth_date' must be
| nytte: error: tests/data/bad/many-errors.csv:7:7: field 'birth_date' must be
| nytte: error: tests/data/bad/many-errors.csv:8:7: field 'birth_date' must be
| nytte: error: tests/data/bad/many-errors.csv:9:7: field 'birth_date' must be
| nytte: error: tests/data/bad/many-errors.csv:10:7: field 'birth_date' must b
| nytte: error: tests/data/bad/many-errors.csv:11:7: field 'birth_date' must b
| nytte: error: tests/data/bad/many-errors.csv:20:1: duplicate id 'ok1': an ea
| nytte: error: tests/data/bad/many-errors.csv:21:1: duplicate id 'ok1': an ea
| nytte: error: tests/data/bad/many-errors.csv:22:1: duplicate id 'ok1': an ea
| nytte: error: tests/data/bad/many-errors.csv:23:1: duplicate id 'ok1': an ea
| nytte: error: tests/data/bad/many-errors.csv:24:1: duplicate id 'ok1': an ea
| nytte: error: tests/data/bad/many-errors.csv:25:1: duplicate id 'ok1': an ea
| nytte: error: tests/data/bad/many-errors.csv:26:1: duplicate id 'ok1': an ea
| nytte: error: tests/data/bad/many-errors.csv:27:1: duplicate id 'ok1': an ea
| nytte: error: tests/data/bad/many-errors.csv:28:1: duplicate id 'ok1': an ea
| nytte: error: tests/data/bad/many-errors.csv:29:1: duplicate id 'ok1': an ea
| nytte: 6 more errors not shown, the first 10 of each kind are above (duplica
| nytte: 4 citizens checked with national on 2025-09-01: 0 eligible, 0 exempt,
? 2

$ nytte check-eligibility tests/data/bad/many-errors.csv --on 2025-09-01 --format csv 2>&1 >/dev/null | tail -2
| nytte: 6 more errors not shown, the first 10 of each kind are above (duplicate-id 2, wrong-type 4)
| nytte: 4 citizens checked with national on 2025-09-01: 0 eligible, 0 exempt, 0 not eligible, 4 undetermined (missing data); 26 records not read
? 2

# The same in every subcommand that reads a population.
$ nytte build-package tests/data/bad/many-errors.csv --on 2025-09-01 --format csv 2>&1 >/dev/null | grep -Ev '^nytte: (error|warning): '
| nytte: 6 more errors not shown, the first 10 of each kind are above (duplicate-id 2, wrong-type 4)
| nytte: without a package, by reason (people): not in the target group on <date> (undetermined) 4
| nytte: 4 people with rules national: 0 full packages, 0 short (0:00 missing in total), 4 without a package; 0 seats taken; 26 errors
? 2

$ nytte weekly-hours tests/data/bad/many-errors.csv --from 2025-09-01 --weeks 1 --format csv 2>&1 >/dev/null | grep -Ev '^nytte: (error|warning): '
| nytte: 6 more errors not shown, the first 10 of each kind are above (duplicate-id 2, wrong-type 4)
| nytte: 4 people with rules national: nobody below the requirement; 26 errors
? 2

$ nytte report tests/data/bad/many-errors.csv --on 2025-09-01 2>&1 >/dev/null | grep -Ev '^nytte: (error|warning): '
| nytte: 6 more errors not shown, the first 10 of each kind are above (duplicate-id 2, wrong-type 4)
| nytte: report of 4 people with national on 2025-09-01; 26 records not read
? 2

# The Aarhus batch: 356 without a package and 870 short, 10 of each shown,
# then what the others said, counted, and the summary line last.
$ nytte build-package examples/population/aarhus-2000.csv --rules rules/aarhus.toml --start 2025-09-01 --format toml 2>&1 >/dev/null | grep -c ': no package: '
| 10

$ nytte build-package examples/population/aarhus-2000.csv --rules rules/aarhus.toml --start 2025-09-01 --format toml 2>&1 >/dev/null | grep -Ev '^nytte: (error|warning): '
| nytte: 1206 more lines not shown, the first 10 of each kind are above (no package 346, short 860); --shortfalls FILE lists every one
| nytte: short, by reason (people): no seats left 857; not open to this person (track or condition) 750; the slots open to the person that fit together (no overlaps, travel time between places, at most <h:mm> a day) add up to <h:mm> 173; time conflicts with the person's unavailable times 42
| nytte: without a package, by reason (people): not in the target group on <date> (undetermined) 234; not in the target group on <date> (not_eligible) 103; not in the target group on <date> (exempt) 19
| nytte: 2000 people with rules aarhus: 522 full packages, 870 short (28128:20 missing in total), 356 without a package, 252 of the stated parts only (hours not stated); 1030 seats taken; 0 errors

$ nytte build-package examples/population/aarhus-2000.csv --rules rules/aarhus.toml --start 2025-09-01 --format toml 2>&1 >/dev/null | wc -l
| 24

# Every one of them in --shortfalls FILE (the plan file has no room for it),
# with the minutes missing and the reason.
$ nytte build-package examples/population/aarhus-2000.csv --rules rules/aarhus.toml --start 2025-09-01 --format toml -o $TMP/plans.toml --shortfalls $TMP/short.csv 2>&1 | grep 'not shown' | sed "s|$TMP|TMP|"
| nytte: 1206 more lines not shown, the first 10 of each kind are above (no package 346, short 860); every one is in TMP/short.csv

$ head -3 $TMP/short.csv; cut -d, -f2 $TMP/short.csv | sort | uniq -c
| id,status,phase,missing_minutes,missing_hours,reason
| p0000001,no_package,,,,"not in the target group on 2025-09-01 (undetermined); missing fields: benefit_history, born_in_denmark, first_entry_date"
| p0000004,no_package,,,,"not in the target group on 2025-09-01 (undetermined); missing fields: born_in_denmark, first_entry_date"
|     356 no_package
|     870 short
|       1 status

$ grep -m1 ',short,' $TMP/short.csv | cut -c1-100
| p0000010,short,,60,1.00,"no seats left: smaajob_service, nytteindsats_plejecenter; time conflicts wi

# Read back by weekly-hours: no week of a plan build-package made full is
# short; the short packages' weeks are, and --shortfalls lists each week.
$ nytte weekly-hours $TMP/plans.toml --rules rules/aarhus.toml --weeks 2 --format csv --shortfalls $TMP/weeks.csv > /dev/null
! nytte: 1644 people with rules aarhus: 870 below the requirement in 1740 weeks (56256:40 short in total); 0 errors
$ head -3 $TMP/weeks.csv
| id,week,from,to,kind,required_minutes,done_minutes,shortfall_minutes,shortfall_hours,flags
| p0000010,2025-W36,2025-09-01,2025-09-05,plan_short,2220,2160,60,1.00,plan_short
| p0000010,2025-W37,2025-09-08,2025-09-12,plan_short,2220,2160,60,1.00,plan_short
$ diff <(grep ',short,' $TMP/short.csv | cut -d, -f1 | sort -u) <(tail -n +2 $TMP/weeks.csv | cut -d, -f1 | sort -u) && echo same
| same

# Progress: not when standard error is not a terminal (here it is a pipe)...
$ nytte build-package examples/population/aarhus-2000.csv --rules rules/aarhus.toml --start 2025-09-01 --format csv 2>&1 >/dev/null | grep -c $'\r'
| 0
? 1

# ...and on a terminal, a line per stage with its percentage, rewritten in
# place and erased: what stays on the screen (the part after the last
# carriage return of each line) is the same standard error as without it.
$ NYTTE_PROGRESS=always nytte build-package examples/population/aarhus-2000.csv --rules rules/aarhus.toml --start 2025-09-01 --format csv 2>&1 >/dev/null | tr '\r' '\n' | grep -a '%' | sed -E 's/\x1b\[K//; s/, about .* left//; s/[0-9]+(\.[0-9]+)?/N/g' | sort -u
| building packages: N% (N of N people)
| reading citizens: N% (N of N MB)
| writing: N% (N of N people)

$ NYTTE_PROGRESS=always nytte build-package examples/population/aarhus-2000.csv --rules rules/aarhus.toml --start 2025-09-01 --format csv 2>&1 >/dev/null | awk -F'\r' '{print $NF}' | sed 's/\x1b\[K//' > $TMP/screen.txt
$ nytte build-package examples/population/aarhus-2000.csv --rules rules/aarhus.toml --start 2025-09-01 --format csv 2>&1 >/dev/null | diff - $TMP/screen.txt && echo same
| same

# -q and NYTTE_PROGRESS=never: no progress even where it would show.
$ NYTTE_PROGRESS=always nytte check-eligibility -q examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 2>&1 | grep -c '%'
| 0
? 1

$ NYTTE_PROGRESS=never nytte report examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 2>&1 >/dev/null | grep -c '%'
| 0
? 1

$ NYTTE_PROGRESS=always nytte report examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 2>&1 >/dev/null | tr '\r' '\n' | grep -a '%' | sed -E 's/\x1b\[K//; s/, about .* left//; s/[0-9]+(\.[0-9]+)?/N/g' | sort -u
| counting citizens: N% (N of N MB)
