# Danish spreadsheets (issue 18): an attendance log exported from one
# (';' between cells, decimal comma, a UTF-8 byte-order mark, CRLF, a
# quoted cell over two lines) reads as the plain CSV log does, and
# --csv-sep ';' writes every CSV output the way such a spreadsheet reads it.

# The Nordfyns log with two days split into 3,5 + 0,5 and 1,75 + 2,25
# hours, and an offer cell of two lines: the same weeks as the plain log.
$ head -c 3 tests/data/attendance/nordfyns-49-dansk.csv | od -An -tx1
|  ef bb bf
$ grep -c $'\r$' tests/data/attendance/nordfyns-49-dansk.csv
| 16
$ nytte weekly-hours examples/plans/nordfyns-49.toml --rules rules/nordfyns.toml --attendance tests/data/attendance/nordfyns-49-dansk.csv > $TMP/dansk.txt
! nytte: 1 person with rules nordfyns: 1 below the requirement in 1 week (6:00 short in total); attendance: 14 rows counted; 0 errors
$ nytte weekly-hours examples/plans/nordfyns-49.toml --rules rules/nordfyns.toml --attendance examples/attendance/nordfyns-49.csv 2>/dev/null | diff - $TMP/dansk.txt
$ nytte weekly-hours examples/plans/nordfyns-49.toml --rules rules/nordfyns.toml --attendance tests/data/attendance/nordfyns-49-dansk.csv --format json 2>/dev/null | jq -c '[.[0].weeks[].attended]'
| [12,4,6,12]

# Errors in such a log name the line and column, with the hint in the
# log's own form (a decimal point is read too, as in citizen files); a
# quoted cell never closed is reported where it opens.
$ printf 'id;date;offer;hours;status\r\nnordfyns-49;2025-09-01;"praktik\r\nkontor";syv;present\r\nnordfyns-49;2025-09-02;"praktik;4;present\r\n' > $TMP/bad.csv
$ nytte weekly-hours examples/plans/nordfyns-49.toml --rules rules/nordfyns.toml --attendance $TMP/bad.csv --weeks 1 > /dev/null
! nytte: error: .*/bad.csv:3:9: hours must be a number like 7,4, found 'syv' (re)
! nytte: error: .*/bad.csv:4:24: stray quote: the quoted cell opened here does not close as a cell over several lines would .* (re)
! nytte: 1 person with rules nordfyns: 1 below the requirement in 1 week (12:00 short in total); attendance: 0 rows counted; 2 errors
? 2

# --csv-sep ';' in every CSV output: ';' between cells, a decimal comma in
# numbers, lists in a cell joined by '|'. check-eligibility:
$ printf '[[citizen]]\nid = "halv-tid"\nbirth_date = 1970-03-14\nmunicipality = "480"\nbenefit = "kontanthjaelp"\ncategory = "aktivitetsparat"\nresidence_years_last_10 = 10.0\nfulltime_work_years_last_10 = 0.5\nwork_capacity_hours = 12.5\n' > $TMP/halv.toml
$ nytte check-eligibility $TMP/halv.toml --rules rules/nordfyns.toml --on 2025-09-01 --format csv --csv-sep ';'
| id;eligible;target_groups;track;required_weekly_hours;status;missing_fields;warnings;exempt_from;assumptions;required_weekly_minutes
| halv-tid;true;aktivitetsparate_30plus;virksomhedsrettet;12,5;eligible;;;;;750
$ nytte check-eligibility examples/citizens/aarhus-igu.toml --rules rules/aarhus.toml --on 2025-09-01 --format csv --csv-sep ';' | cut -d';' -f1-5
| id;eligible;target_groups;track;required_weekly_hours
| aarhus-igu;true;sho_ydelse|aarhus_sho_ydelse;igu;37

# build-package (a 20-minute leg is 0,33 hours, and 20 minutes exactly):
$ nytte build-package examples/citizens/aarhus-jobpakke.toml --rules rules/aarhus.toml --start 2025-09-01 --format csv --csv-sep ';' | awk 'NR == 1 || (/transport/ && !n++)'
| id;track;phase;day;from;to;hours;kind;offer;location;required_weekly_hours;minutes;required_weekly_minutes
| aarhus-jobpakke;jobpakke;;mon;12:00;12:20;0,33;transport;;sundhedscenter;25;20;1500

# weekly-hours (7,5 hours attended in the log, 7,5 in the CSV):
$ printf '\xef\xbb\xbfid;date;offer;hours;status\r\nnordfyns-49;2025-09-01;praktik_kontor;7,5;present\r\n' > $TMP/halv.csv
$ nytte weekly-hours examples/plans/nordfyns-49.toml --rules rules/nordfyns.toml --attendance $TMP/halv.csv --weeks 1 --format csv --csv-sep ';' 2>/dev/null | cut -d';' -f1-11
| id;week;from;to;requirement;required;planned;attended;approved_absence;unexcused_absence;shortfall
| nordfyns-49;2025-W36;2025-09-01;2025-09-05;12;12;12;7,5;0;0;4,5
$ nytte weekly-hours examples/plans/nordfyns-49.toml --rules rules/nordfyns.toml --attendance examples/attendance/nordfyns-49.csv --csv-sep ';' --shortfalls $TMP/short.csv > /dev/null 2>&1; cat $TMP/short.csv
| id;week;from;to;kind;required_minutes;done_minutes;shortfall_minutes;shortfall_hours;flags
| nordfyns-49;2025-W38;2025-09-15;2025-09-19;short;720;360;360;6,00;unexcused|short
$ nytte weekly-hours --holidays 2026 --format csv --csv-sep ';' | sed -n 1,2p
| date;weekday;id;name;kind
| 2026-01-01;thu;nytaarsdag;Nytårsdag;holiday

# report (as before: the option is now the shared one):
$ nytte report examples/citizens/ --on 2025-09-01 --no-packages --format csv --csv-sep ';' 2>/dev/null | grep ';share;' | sed -n 1p
| eligibility;status;eligible;covered (eligible);share;0,5;

# Any other separator is bad usage, in every subcommand.
$ nytte build-package examples/citizens/nordfyns-49.toml --rules rules/nordfyns.toml --format csv --csv-sep tab
! nytte: error: --csv-sep: 'tab' is not ',' or ';'
? 2
$ nytte weekly-hours examples/plans/nordfyns-49.toml --rules rules/nordfyns.toml --csv-sep '|'
! nytte: error: --csv-sep: '|' is not ',' or ';'
? 2
