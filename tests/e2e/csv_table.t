# report --format csv --csv-layout table (issue 21): the report's CSV for a
# person in a spreadsheet, each table as the text report shows it: a row
# with the section and the table's title, a header row, the rows, a blank
# line between tables. The long form (one row a figure) stays the default.

# The shipped example population: the title rows, then each table; counts
# from 1 to 4 are "<5" and the cells that would give them away "x", as in
# the text report; no thousands separators, shares in per cent.
$ nytte report examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 --format csv --csv-layout table -o $TMP/table.csv
! nytte: report of 2000 people with aarhus on 2025-09-01; 0 records not read
$ sed -n 1,12p $TMP/table.csv
| nytte report
| "Rule set aarhus (Aarhus-modellen for nytteindsats), on 2025-09-01"
| Counts from 1 to 4 are shown as <5; x marks a figure hidden so that such a count cannot be worked out from the others.
|
| Eligibility – Status: people and share of checked
| Status,People,Share
| covered (eligible),1644,82.2%
| exempt,19,0.9%
| not eligible,103,5.1%
| undetermined (missing data),234,11.7%
| Total,2000,100%
|
$ grep -A9 '^Eligibility – Missing data' $TMP/table.csv
| Eligibility – Missing data: fields a decision needed: people and share of checked
| Field,People,Share
| benefit_history,10,0.5%
| born_in_denmark,228,11.4%
| category,9,0.4%
| first_entry_date,228,11.4%
| fulltime_work_years_last_10,<5,x
| residence_years_last_10,15,0.8%
| school_years,<5,x
|
$ grep -A5 '^Required hours – Required hours by track' $TMP/table.csv
| Required hours – Required hours by track
| Track,People,Hours a week,FTE
| ordinaert_job,237,6863:00,185.49
| igu,95,2920:00,78.92
| jobpakke,1312,39159:00,1058.35
| Total,1644,48942:00,1322.76
$ grep -A2 '^Cost against the budget – Budget lines' $TMP/table.csv
| Cost against the budget – Budget lines
| Budget line,Period,"Amount, kr.",Kr. a year,"All seats, kr. a year",In force,Seats,"Demanded, kr. a year",Share of budget
| Aarhus-modellen: 500 nytteindsatser over to år,2022-03-09 to 2024-03-08,10000000,5000000,19994000,no,1274,50944712,1018.9%

# The default is the long form, as before.
$ nytte report examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 --format csv 2>/dev/null | sed -n 1,2p
| section,table,row,label,column,value,minutes
| eligibility,status,eligible,covered (eligible),people,1644,
$ nytte report examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 --format csv --csv-layout long 2>/dev/null | cmp - <(nytte report examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 --format csv 2>/dev/null)

# With --csv-sep ';': decimal commas, as the long form writes them; with
# --compare, a column a date.
$ nytte report examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 --compare 2024-06-01 --format csv --csv-layout table --csv-sep ';' 2>/dev/null > $TMP/semi.csv
$ grep -A4 '^Eligibility – Status' $TMP/semi.csv
| Eligibility – Status: people and share of checked
| Status;People 2025-09-01;Share 2025-09-01;People 2024-06-01;Share 2024-06-01;Change
| covered (eligible);1644;82,2%;1181;59,1%;463
| exempt;19;0,9%;0;0%;19
| not eligible;103;5,1%;792;39,6%;-689
$ grep -A3 '^Required hours – Required hours a week' $TMP/semi.csv | cut -d';' -f1-4
| Required hours – Required hours a week
| Figure;Value 2025-09-01;Value 2024-06-01
| Covered people;1644;1181
| Hours stated;1392;0

# Every cell the same as the text report's (numbers, hidden cells, labels),
# in both separators, with and without --csv-bom; read with Python's csv
# module, every row of a table as wide as its header
# (tests/tools/check_report_table.py):
$ python3 tests/tools/check_report_table.py --nytte nytte examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01
| check_report_table: 17 tables, 450 cells compared, 0 problems
$ python3 tests/tools/check_report_table.py --nytte nytte examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 --compare 2024-06-01 --by residence_area
| check_report_table: 18 tables, 984 cells compared, 0 problems
$ python3 tests/tools/check_report_table.py --nytte nytte examples/population/aarhus-2000.csv --rules rules/roskilde.toml --on 2021-06-01
| check_report_table: 17 tables, 272 cells compared, 0 problems
$ python3 tests/tools/check_report_table.py --nytte nytte tests/data/report/aarhus-30.csv --rules rules/aarhus.toml --on 2023-06-01 --compare 2024-06-01 --attendance tests/data/report/aarhus-30-attendance.csv
| check_report_table: 18 tables, 784 cells compared, 0 problems
$ python3 tests/tools/check_report_table.py --nytte nytte examples/citizens/ --on 2025-09-01 --no-packages
| check_report_table: 12 tables, 168 cells compared, 0 problems

# Another layout is bad usage; --csv-layout without CSV is ignored, and said.
$ nytte report examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 --format csv --csv-layout wide
! nytte: error: --csv-layout: .*wide.* (re)
! ...
? 2
$ nytte report examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 --format text --csv-layout table > /dev/null
! nytte: warning: --csv-layout: --format text writes no CSV; the option is ignored
! nytte: report of 2000 people with aarhus on 2025-09-01; 0 records not read
