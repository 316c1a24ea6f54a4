# report: a population at a glance, with small counts hidden.

# A small population (30 of the example's people): counts from 1 to 4 are
# shown as <5, and a second cell (x) hides what a total would give away.
$ nytte report tests/data/report/aarhus-30.csv --rules rules/aarhus.toml --on 2023-06-01
| nytte report
| Rule set aarhus (Aarhus-modellen for nytteindsats), on 2023-06-01
| Counts from 1 to 4 are shown as <5; x marks a figure hidden so that such a
| count cannot be worked out from the others.
|
| == Eligibility ==
| Everyone in the population checked with the rule set 'aarhus'. Covered: in a
| target group and not exempt. Undetermined: in no target group that could be
| decided, and one could not be decided for missing data.
|
| Status: people and share of checked
|   Status                       People  Share
|   ---------------------------  ------  -----
|   covered (eligible)               15   50 %
|   exempt                            0    0 %
|   not eligible                      x      x
|   undetermined (missing data)      <5      x
|   Total                            30  100 %
|
| Target groups (covered people): people and share of covered
|   Target group              People  Share
|   ------------------------  ------  -----
|   aarhus_sho_ydelse             12   80 %
|   aarhus_integrationsbehov      <5      x
|   A person may be in several target groups: the rows need not add up to the
|   covered.
|
| Tracks (covered people): people and share of covered
|   Track          People  Share
|   -------------  ------  -----
|   ordinaert_job      <5      x
|   igu                 0    0 %
|   jobpakke            x      x
|   Total              15  100 %
|
| Exemptions (people in a target group, exempt): people and share of checked
|   Exemption      People  Share
|   -------------  ------  -----
|   helt_fritaget       0    0 %
|   A person may meet several exemptions.
|
| Missing data: fields a decision needed: people and share of checked
|   Field            People  Share
|   ---------------  ------  -----
|   benefit_history      <5      x
|   People whose decision needed the field and did not have it, whatever the
|   outcome; a person may lack several fields.
|
| == Who they are (covered people) ==
| The covered people by category, sex, age band on the date, benefit and
| municipality (kommunekode), and by each field asked for with --by.
|
| Category: people and share of covered
|   Category         People  Share
|   ---------------  ------  -----
|   aktivitetsparat       x      x
|   jobparat             <5      x
|   Total                15  100 %
|
| Sex: people and share of covered
|   Sex    People  Share
|   -----  ------  -----
|   F           9   60 %
|   M           6   40 %
|   Total      15  100 %
|
| Age band: people and share of covered
|   Age band  People   Share
|   --------  ------  ------
|   18-29         <5       x
|   30-39         <5       x
|   40-49         <5       x
|   50-59          7  46.7 %
|   Total         15   100 %
|
| Benefit: people and share of covered
|   Benefit                  People  Share
|   -----------------------  ------  -----
|   hjemrejseydelse              <5      x
|   kontanthjaelp                <5      x
|   overgangsydelse              <5      x
|   selvforsoergelsesydelse       6   40 %
|   Total                        15  100 %
|
| Municipality: people and share of covered
|   Municipality  People  Share
|   ------------  ------  -----
|   751 Aarhus        15  100 %
|   Total             15  100 %
|
| == Required hours ==
| Hours a week the covered people must take part, in total and as full-time
| equivalents (37 hours a week). Reduced: fewer than 37 hours (work capacity, or
| hours a track sets). People whose hours the source does not state (or whose
| hours depend on missing data) are counted apart and left out of the hours, the
| full-time equivalents, the average and the reduced.
|
| Required hours a week
|   Figure                           Value
|   -------------------------------  -----
|   Covered people                      15
|   Hours stated                         0
|   Hours not stated by the source      15
|   Hours unknown (data missing)         0
|   Required hours a week                –
|   Full-time equivalents (37 h)         –
|   Average hours a person               –
|   People with fewer than 37 hours      0
|
| Required hours by track
|   Track          People  Hours a week  FTE
|   -------------  ------  ------------  ---
|   ordinaert_job      <5             x    x
|   igu                 0          0:00    0
|   jobpakke            x             x    x
|   Total              15             –    –
|   Hours and FTE of the people whose hours are stated; empty for a track none
|   of whose people has hours stated (the source states none).
|
| == Capacity: seats demanded against seats offered ==
| Demanded: the covered people whose package (the one build-package makes for
| the person alone, with every offer's seats free) uses the offer; a person
| holds one seat of an offer whatever the number of its slots. Served: the seats
| offered shared out as build-package shares them in a batch (earliest start
| first, then the fewest offers open, then input order; then pairs swapped): the
| packages the offers can serve, and the seats taken. Diff.: seats offered minus
| seats demanded (negative: too few seats).
|
| Packages of the covered people
|   Package                          Seats free  Seats offered
|   -------------------------------  ----------  -------------
|   Reaching the required hours               0              0
|   Short of the required hours               0              0
|   Hours not stated: parts only             15             15
|   No package (no track or recipe)           0              0
|   Total covered                            15             15
|   Hours missing a week, summed           0:00           0:00
|   Seats free: every offer's seats free (what the people would take). Seats
|   offered: the seats shared out in build-package's batch order (the figures
|   build-package gives).
|
| Seats by offer
|   Offer                          Kind             Seats  Demanded  Diff.  Taken
|   -----------------------------  ------------  --------  --------  -----  -----
|   nyttejob_kommunal              nytteindsats  no limit         0      –      0
|   danskundervisning              dansk         no limit         0      –      0
|   jobsoegning_jobcenter          jobsoegning   no limit         0      –      0
|   smaajob_service                smaajob             60         0     60      0
|   nytteindsats_plejecenter       nytteindsats       125         0    125      0
|   nytteindsats_kommunal_service  nytteindsats       125         0    125      0
|   nytteindsats_lager             nytteindsats       125         0    125      0
|   nytteindsats_transport         nytteindsats       125         0    125      0
|   igu_forloeb                    igu                 50         0     50      0
|   danskundervisning_aarhus       dansk              200         0    200      0
|   praktik_velfaerd               praktik             80         0     80      0
|   loentilskud_privat             loentilskud         40         0     40      0
|   sundhed_aarhus                 sundhed            100         0    100      0
|
| Seats by kind of offer
|   Kind             Seats  Demanded  Taken
|   ------------  --------  --------  -----
|   nytteindsats  no limit         0      0
|   dansk         no limit         0      0
|   jobsoegning   no limit         0      0
|   smaajob             60         0      0
|   igu                 50         0      0
|   praktik             80         0      0
|   loentilskud         40         0      0
|   sundhed            100         0      0
|   Seats of the kind's offers: a person holding two offers of a kind holds two
|   seats.
|
| == Cost against the budget ==
| The seats demanded at the offers' cost a seat a week, and a year of 52 weeks;
| set against each budget line of the rule set, its amount spread over its
| period (365.25 days a year).
|
| Cost of the seats demanded, by kind of offer
|   Kind          Seats  Kr. a week  Kr. a year
|   ------------  -----  ----------  ----------
|   nytteindsats      0           0           0
|   Total             0           0           0
|   Offers without a cost a seat a week are left out.
|
| Budget lines
|   Aarhus-modellen: 500 nytteindsatser over to år
|     Period                 2022-03-09 to 2024-03-08
|     Amount, kr.            10,000,000
|     Kr. a year             5,000,000
|     All seats, kr. a year  19,994,000
|     In force               yes
|     Seats                  0
|     Demanded, kr. a year   0
|     Share of budget        0 %
|   All seats: every seat of the line's offers filled for a year. Share of
|   budget: the seats demanded a year against the line's amount a year.
! nytte: report of 30 people with aarhus on 2023-06-01; 0 records not read

# Every figure recomputed independently (check-eligibility, build-package
# --no-seat-limits, build-package with the seats offered for the allocation
# columns, weekly-hours and the rule file, in Python), the
# suppression checked cell by cell, and --compare against the report on the
# other date.
$ python3 tests/tools/check_report.py --nytte nytte --population examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 --compare 2024-06-01
| check_report: 207 figures recomputed, 233 cells checked for suppression, 0 problems
$ python3 tests/tools/check_report.py --nytte nytte --population examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2023-06-01
| check_report: 187 figures recomputed, 213 cells checked for suppression, 0 problems
$ python3 tests/tools/check_report.py --nytte nytte --population examples/population/aarhus-2000.csv --rules rules/roskilde.toml --on 2021-06-01
| check_report: 86 figures recomputed, 141 cells checked for suppression, 0 problems
$ python3 tests/tools/check_report.py --nytte nytte --population tests/data/report/aarhus-30.csv --rules rules/aarhus.toml --on 2023-06-01 --compare 2024-06-01 --attendance tests/data/report/aarhus-30-attendance.csv --period 2023-06-05 2023-06-23
| check_report: 173 figures recomputed, 205 cells checked for suppression, 0 problems

# Before and after the 2025 work obligation, side by side.
$ nytte report examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 --compare 2024-06-01 --no-packages 2>/dev/null | sed -n '/^Status/,/^Target/p;/^Required hours by track/,/^$/p'
| Status: people and share of checked
|                                2025-09-01      2024-06-01
|   Status                       People   Share  People   Share  Change
|   ---------------------------  ------  ------  ------  ------  ------
|   covered (eligible)            1,644  82.2 %   1,181  59.1 %     463
|   exempt                           19   0.9 %       0     0 %      19
|   not eligible                    103   5.1 %     792  39.6 %    -689
|   undetermined (missing data)     234  11.7 %      27   1.4 %     207
|   Total                         2,000   100 %   2,000   100 %       0
|
| Target groups (covered people): people and share of covered
| Required hours by track
|                  2025-09-01                      2024-06-01
|   Track          People  Hours a week       FTE  People  Hours a week  FTE
|   -------------  ------  ------------  --------  ------  ------------  ---
|   ordinaert_job     237       6863:00    185.49     169             –    –
|   igu                95       2920:00     78.92      72             –    –
|   jobpakke        1,312      39159:00  1,058.35     940             –    –
|   Total           1,644      48942:00  1,322.76   1,181             –    –
|   Hours and FTE of the people whose hours are stated; empty for a track none
|   of whose people has hours stated (the source states none).

# The attendance section: weeks meeting the requirement, by track.
$ nytte report tests/data/report/aarhus-30.csv --rules rules/aarhus.toml --on 2023-06-01 --no-packages 2>/dev/null --attendance tests/data/report/aarhus-30-attendance.csv | sed -n '/^== Attendance/,$p'
| == Attendance ==
| Weeks of the attendance log (each person's weeks from their first to their
| last row) in which hours were required, and the people with such weeks; met:
| attended at least the required hours. Tracks are those of the decision on each
| person's course start. Attended: hours attended as a share of the hours
| required. 1 id of the log is in no record of the population.
|
| Weeks meeting the requirement, by track
|   Track  People  Weeks  Weeks met  Share met  Attended
|   -----  ------  -----  ---------  ---------  --------
|   Total       0      0          0          –         –

# One person: every count is under 5, so everything is hidden; --no-suppress
# is for internal use.
$ nytte report examples/citizens/nordfyns-49.toml --rules rules/nordfyns.toml --on 2025-09-01 --attendance examples/attendance/nordfyns-49.csv 2>/dev/null | sed -n '/^Weeks meeting/,$p'
| Weeks meeting the requirement, by track
|   Track              People  Weeks  Weeks met  Share met  Attended
|   -----------------  ------  -----  ---------  ---------  --------
|   virksomhedsrettet      <5      x          x          x         x
|   Total                  <5      x          x          x         x
$ nytte report examples/citizens/nordfyns-49.toml --rules rules/nordfyns.toml --on 2025-09-01 --attendance examples/attendance/nordfyns-49.csv 2>/dev/null --no-suppress | sed -n '/^Weeks meeting/,$p'
| Weeks meeting the requirement, by track
|   Track              People  Weeks  Weeks met  Share met  Attended
|   -----------------  ------  -----  ---------  ---------  --------
|   virksomhedsrettet       1      4          3       75 %    90.4 %
|   Total                   1      4          3       75 %    90.4 %

# --by any field of single values, numbers in numeric order.
$ nytte report examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2023-06-01 --no-packages 2>/dev/null --by school_years --by residence_area | sed -n '/^By school_years/,/^== Required/p'
| By school_years: people and share of covered
|   school_years  People   Share
|   ------------  ------  ------
|   0                 31   2.9 %
|   1                 34   3.2 %
|   2                 30   2.8 %
|   3                 24   2.2 %
|   4                 27   2.5 %
|   5                 32     3 %
|   6                 99   9.2 %
|   7                109  10.1 %
|   8                114  10.6 %
|   9                116  10.8 %
|   10               110  10.2 %
|   11               101   9.4 %
|   12               118    11 %
|   13               118    11 %
|   (missing)         13   1.2 %
|   Total          1,076   100 %
|
| By residence_area: people and share of covered
|   residence_area  People   Share
|   --------------  ------  ------
|   Bispehaven          39   3.6 %
|   Gellerup            41   3.8 %
|   Tingbjerg           39   3.6 %
|   Vollsmose           66   6.1 %
|   Æblehaven           28   2.6 %
|   (missing)          863  80.2 %
|   Total            1,076   100 %
|
| == Required hours ==

# Budget lines: Aarhus (10 million kr. over two years) and Roskilde (three lines,
# no cost a seat declared in the seed).
$ nytte report examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2023-06-01 2>/dev/null | sed -n '/^Budget lines/,$p'
| Budget lines
|   Aarhus-modellen: 500 nytteindsatser over to år
|     Period                 2022-03-09 to 2024-03-08
|     Amount, kr.            10,000,000
|     Kr. a year             5,000,000
|     All seats, kr. a year  19,994,000
|     In force               yes
|     Seats                  0
|     Demanded, kr. a year   0
|     Share of budget        0 %
|   All seats: every seat of the line's offers filled for a year. Share of
|   budget: the seats demanded a year against the line's amount a year.
$ nytte report examples/population/aarhus-2000.csv --rules rules/roskilde.toml --on 2021-06-01 2>/dev/null | sed -n '/^Budget lines/,$p'
| Budget lines
|   Korterevarende kurser, certifikater, kørekort og tolkning (integrationsloven
|   § 23 a)
|     Period                 2021-01-01 to 2021-12-31
|     Amount, kr.            600,000
|     Kr. a year             600,000
|     All seats, kr. a year  no cost declared
|     In force               yes
|     Seats                  0
|     Demanded, kr. a year   no cost declared
|     Share of budget        –
|   Mentorstøtte i virksomhedssamarbejdet
|     Period                 2021-01-01 to 2021-12-31
|     Amount, kr.            350,000
|     Kr. a year             350,000
|     All seats, kr. a year  no cost declared
|     In force               yes
|     Seats                  0
|     Demanded, kr. a year   no cost declared
|     Share of budget        –
|   Opkvalificering af medarbejdere
|     Period                 2021-01-01 to 2021-12-31
|     Amount, kr.            50,000
|     Kr. a year             50,000
|     All seats, kr. a year  no offers
|     In force               yes
|     Seats                  –
|     Demanded, kr. a year   no offers
|     Share of budget        –
|   All seats: every seat of the line's offers filled for a year. Share of
|   budget: the seats demanded a year against the line's amount a year.

# CSV for Danish spreadsheets: ';' and decimal comma.
$ nytte report tests/data/report/aarhus-30.csv --rules rules/aarhus.toml --on 2023-06-01 2>/dev/null --format csv --csv-sep ';' | sed -n '1,6p;/^hours;required/p'
| section;table;row;label;column;value;minutes
| eligibility;status;eligible;covered (eligible);people;15;
| eligibility;status;eligible;covered (eligible);share;0,5;
| eligibility;status;exempt;exempt;people;0;
| eligibility;status;exempt;exempt;share;0;
| eligibility;status;not_eligible;not eligible;people;x;
| hours;required;covered;Covered people;value;15;
| hours;required;hours_stated;Hours stated;value;0;
| hours;required;hours_not_stated;Hours not stated by the source;value;15;
| hours;required;hours_unknown;Hours unknown (data missing);value;0;
| hours;required;required_hours;Required hours a week;value;;
| hours;required;fte;Full-time equivalents (37 h);value;;
| hours;required;average_hours;Average hours a person;value;;
| hours;required;reduced;People with fewer than 37 hours;value;0;

# JSON: hidden cells are null, with the mark under "suppressed".
$ nytte report tests/data/report/aarhus-30.csv --rules rules/aarhus.toml --on 2023-06-01 2>/dev/null --format json | python3 -c 'import json,sys; r=json.load(sys.stdin); t=r["sections"][0]["tables"][0]; print(r["rules"], r["on"], r["people"], r["suppression"]); [print(x) for x in t["rows"]]'
| aarhus 2023-06-01 30 {'enabled': True, 'threshold': 5}
| {'key': 'eligible', 'label': 'covered (eligible)', 'total': False, 'people': 15, 'share': 0.5}
| {'key': 'exempt', 'label': 'exempt', 'total': False, 'people': 0, 'share': 0}
| {'key': 'not_eligible', 'label': 'not eligible', 'total': False, 'people': None, 'share': None, 'suppressed': {'people': 'x', 'share': 'x'}}
| {'key': 'undetermined', 'label': 'undetermined (missing data)', 'total': False, 'people': None, 'share': None, 'suppressed': {'people': '<5', 'share': 'x'}}
| {'key': 'total', 'label': 'Total', 'total': True, 'people': 30, 'share': 1}

# Markdown.
$ nytte report tests/data/report/aarhus-30.csv --rules rules/aarhus.toml --on 2023-06-01 2>/dev/null --format markdown | sed -n '1,18p'
| # nytte report: aarhus
|
| Rule set aarhus (Aarhus-modellen for nytteindsats), on 2023-06-01.
|
| Counts from 1 to 4 are shown as <5; x marks a figure hidden so that such a count cannot be worked out from the others.
|
| ## Eligibility
|
| Everyone in the population checked with the rule set 'aarhus'. Covered: in a target group and not exempt. Undetermined: in no target group that could be decided, and one could not be decided for missing data.
|
| ### Status: people and share of checked
|
| | Status | People | Share |
| | --- | ---: | ---: |
| | covered (eligible) | 15 | 50 % |
| | exempt | 0 | 0 % |
| | not eligible | x | x |
| | undetermined (missing data) | <5 | x |

# HTML: one self-contained, well-formed page with a chart a section.
$ nytte report examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2023-06-01 2>/dev/null --format html --attendance tests/data/report/aarhus-30-attendance.csv | python3 tests/tools/check_html.py
| eligibility: chart with 3 bars, 5 tables
| who: chart with 5 bars, 5 tables
| hours: chart with 0 bars, 2 tables
| capacity: chart with 0 bars, 3 tables
| cost: chart with 0 bars, 2 tables
| attendance: chart with 0 bars, 1 tables

# The same input gives the same bytes; -o writes the file whole.
$ nytte report examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 2>/dev/null --format json -o $TMP/a.json && nytte report examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 2>/dev/null --format json --threads 1 > $TMP/b.json && cmp $TMP/a.json $TMP/b.json && echo same
| same

# No ids or CPR numbers in any format.
$ for f in text markdown csv json html; do nytte report tests/data/report/aarhus-30.csv --rules rules/aarhus.toml --on 2023-06-01 2>/dev/null --format $f --by assigned_track; done | grep -c -E 'p000000|[0-9]{6}-[0-9]{4}'
| 0
? 1

# A bad record: reported with file:line:column, the others still counted, exit 2.
$ nytte report tests/data/report/aarhus-30-bad.csv --rules rules/aarhus.toml --on 2023-06-01 --no-packages | sed -n '/^Status/,/^$/p;/^Notes/,$p'
| Status: people and share of checked
|   Status                       People   Share
|   ---------------------------  ------  ------
|   covered (eligible)                x       x
|   exempt                            0     0 %
|   not eligible                     14  48.3 %
|   undetermined (missing data)      <5       x
|   Total                            29   100 %
|
| Notes
| - 1 record could not be read (the messages are on standard error) and is not
| counted.
! nytte: error: tests/data/report/aarhus-30-bad.csv:4:98: field 'unemployed_since' must be a date like 1970-03-14, found '2023-02-30'
! nytte: report of 29 people with aarhus on 2023-06-01; 1 record not read
? 2

# Bad usage.
$ nytte report tests/data/report/aarhus-30.csv --rules rules/aarhus.toml --by cpr
! nytte: error: --by cpr: a report never breaks people down by 'cpr', which would show single people
? 2
$ nytte report tests/data/report/aarhus-30.csv --rules rules/aarhus.toml --by benfit
! nytte: error: --by: unknown field 'benfit'; did you mean 'benefit'?
? 2
$ nytte report tests/data/report/aarhus-30.csv --rules rules/aarhus.toml --by unavailable
! nytte: error: --by unavailable: 'unavailable' holds tables, not one value a person; break down by a field of single values (benefit, category, ...)
? 2
$ nytte report tests/data/report/aarhus-30.csv --rules rules/aarhus.toml --rules rules/greve.toml
! nytte: error: a report applies one rule set: give --rules once
? 2
$ nytte report tests/data/report/aarhus-30.csv --rules rules/aarhus.toml --compare 2025-02-30
! nytte: error: --compare: '2025-02-30' is not a date; expected YYYY-MM-DD, e.g. 2025-09-01
? 2
$ nytte report tests/data/report/aarhus-30.csv --rules rules/aarhus.toml --csv-sep '|'
! nytte: error: --csv-sep: '|' is not ',' or ';'
? 2
$ nytte report --rules rules/aarhus.toml
! nytte: error: no input: give a population (TOML or CSV files, directories, or - for standard input)
? 2

# Hours not stated by the source (issue 17): counted apart and kept out of
# the hours, the FTE and the average, in every format; a count from 1 to 4
# is hidden, and with it the cells that would give it away (the people with
# hours stated, and their hours: 37 each).
$ nytte report tests/data/report/aarhus-30.csv --rules rules/aarhus.toml --on 2025-09-01 2>/dev/null | sed -n '/^Required hours a week$/,/^$/p'
| Required hours a week
|   Figure                           Value
|   -------------------------------  -----
|   Covered people                      22
|   Hours stated                         x
|   Hours not stated by the source      <5
|   Hours unknown (data missing)         0
|   Required hours a week                x
|   Full-time equivalents (37 h)         x
|   Average hours a person               x
|   People with fewer than 37 hours      0
|
$ nytte report tests/data/report/aarhus-30.csv --rules rules/aarhus.toml --on 2025-09-01 2>/dev/null --format json | jq -c '.sections[] | select(.id == "hours") | .tables[0].rows[] | {key, value, suppressed}'
| {"key":"covered","value":22,"suppressed":null}
| {"key":"hours_stated","value":null,"suppressed":{"value":"x"}}
| {"key":"hours_not_stated","value":null,"suppressed":{"value":"<5"}}
| {"key":"hours_unknown","value":0,"suppressed":null}
| {"key":"required_hours","value":null,"suppressed":{"value":"x"}}
| {"key":"fte","value":null,"suppressed":{"value":"x"}}
| {"key":"average_hours","value":null,"suppressed":{"value":"x"}}
| {"key":"reduced","value":0,"suppressed":null}
$ nytte report tests/data/report/aarhus-30.csv --rules rules/aarhus.toml --on 2025-09-01 2>/dev/null --format csv | grep -E '^hours,required,hours_|^capacity,packages,parts_only'
| hours,required,hours_stated,Hours stated,value,x,
| hours,required,hours_not_stated,Hours not stated by the source,value,<5,
| hours,required,hours_unknown,Hours unknown (data missing),value,0,
| capacity,packages,parts_only,Hours not stated: parts only,value,<5,
| capacity,packages,parts_only,Hours not stated: parts only,allocated,<5,
$ nytte report tests/data/report/aarhus-30.csv --rules rules/aarhus.toml --on 2025-09-01 2>/dev/null --format markdown | grep -E 'Hours (not )?stated|Hours unknown'
| | Hours stated | x |
| | Hours not stated by the source | <5 |
| | Hours unknown (data missing) | 0 |
| | Hours not stated: parts only | <5 | <5 |
$ nytte report tests/data/report/aarhus-30.csv --rules rules/aarhus.toml --on 2025-09-01 2>/dev/null --format html | grep -E '<td>Hours (not )?stated|<td>Hours unknown'
| <tr><td>Hours stated</td><td class="n h">x</td></tr>
| <tr><td>Hours not stated by the source</td><td class="n h">&lt;5</td></tr>
| <tr><td>Hours unknown (data missing)</td><td class="n">0</td></tr>
| <tr><td>Hours not stated: parts only</td><td class="n h">&lt;5</td><td class="n h">&lt;5</td></tr>
$ python3 tests/tools/check_report.py --nytte nytte --population tests/data/report/aarhus-30.csv --rules rules/aarhus.toml --on 2025-09-01 --compare 2023-06-01
| check_report: 185 figures recomputed, 219 cells checked for suppression, 0 problems

# --by the entry fields of the national rules: true/false, and the year of first entry.
$ nytte report tests/data/citizens/entry.toml --on 2025-09-01 --by born_in_denmark --by first_entry_date --no-suppress --format csv 2>/dev/null | grep -E '^who,by_(born_in_denmark|first_entry_date),' | grep ',people,'
| who,by_born_in_denmark,false,false,people,1,
| who,by_born_in_denmark,(missing),(missing),people,1,
| who,by_born_in_denmark,total,Total,people,2,
| who,by_first_entry_date,1994,1994,people,1,
| who,by_first_entry_date,2008,2008,people,1,
| who,by_first_entry_date,total,Total,people,2,

# Capacity (issue 18): beside the demand with every seat free, what the seats
# offered serve when they are shared out in build-package's batch order; the
# figures are build-package's own (the same count from its JSON below).
$ nytte report examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 2>/dev/null | sed -n '/^Packages of/,/^$/p;/^Seats by kind/,/^  Seats of/p'
| Packages of the covered people
|   Package                          Seats free  Seats offered
|   -------------------------------  ----------  -------------
|   Reaching the required hours           1,333            522
|   Short of the required hours              59            870
|   Hours not stated: parts only            252            252
|   No package (no track or recipe)           0              0
|   Total covered                         1,644          1,644
|   Hours missing a week, summed         392:20       28128:20
|   Seats free: every offer's seats free (what the people would take). Seats
|   offered: the seats shared out in build-package's batch order (the figures
|   build-package gives).
|
| Seats by kind of offer
|   Kind             Seats  Demanded  Taken
|   ------------  --------  --------  -----
|   nytteindsats  no limit     1,274    500
|   dansk         no limit       472    200
|   jobsoegning   no limit         0      0
|   smaajob             60     1,190     60
|   igu                 50        68     50
|   praktik             80     1,011     80
|   loentilskud         40       570     40
|   sundhed            100     1,024    100
|   Seats of the kind's offers: a person holding two offers of a kind holds two
$ nytte build-package examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 --format json 2>/dev/null | python3 -c 'import json,sys,collections; ps=json.load(sys.stdin); ok=[p for p in ps if not p["problem"]]; n=collections.Counter("parts_only" if p["package_target"]=="stated_parts" and p["missing_minutes"]<=0 else "short" if p["missing_minutes"]>0 or any(q["planned_minutes"]<q["required_minutes"] for w in p["packages"] for q in w["parts"]) else "full" for p in ok); print(dict(sorted(n.items())), "seats", sum(len({o for w in p["packages"] for o in w["offers"]}) for p in ok))'
| {'full': 522, 'parts_only': 252, 'short': 870} seats 1030

# Above --allocation-limit (covered people a date) the allocation is not
# computed, and the table says so in itself: a row and every cell.
$ nytte report examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 --allocation-limit 1000 2>/dev/null | sed -n '/^Packages of/,/^$/p'
| Packages of the covered people
|   Package                          Seats free                 Seats offered
|   -------------------------------  ----------  ----------------------------
|   Reaching the required hours           1,333                  not computed
|   Short of the required hours              59                  not computed
|   Hours not stated: parts only            252                  not computed
|   No package (no track or recipe)           0                  not computed
|   Total covered                         1,644                  not computed
|   Hours missing a week, summed         392:20                  not computed
|   Seats offered: not computed               –  over --allocation-limit 1000
|   Seats free: every offer's seats free (what the people would take). Seats
|   offered: the seats shared out in build-package's batch order (the figures
|   build-package gives).
|
$ nytte report examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 --allocation-limit 1000 --format json 2>/dev/null | jq -c '.sections[] | select(.id == "capacity") | .tables[] | .rows[-1] | del(.label)'
| {"key":"allocation","total":false,"value":null,"allocated":"over --allocation-limit 1000"}
| {"key":"sundhed_aarhus","total":false,"kind":"sundhed","seats":100,"demanded":1024,"difference":-924,"taken":"not computed"}
| {"key":"sundhed","total":false,"seats":100,"demanded":1024,"taken":"not computed"}
$ nytte report examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 --compare 2024-06-01 --allocation-limit 1600 --format csv 2>/dev/null | grep -E '^capacity,packages,(total|allocation),'
| capacity,packages,total,Total covered,value,1644,
| capacity,packages,total,Total covered,allocated,not computed,
| capacity,packages,total,Total covered,compare_value,1181,
| capacity,packages,total,Total covered,compare_allocated,1181,
| capacity,packages,allocation,Seats offered: not computed,value,,
| capacity,packages,allocation,Seats offered: not computed,allocated,over --allocation-limit 1600,
| capacity,packages,allocation,Seats offered: not computed,compare_value,,
| capacity,packages,allocation,Seats offered: not computed,compare_allocated,computed,
$ nytte report examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 --allocation-limit 0 --format markdown 2>/dev/null | grep -E 'Total covered|Seats offered: not'
| | **Total covered** | 1,644 | not computed |
| | Seats offered: not computed | – | --allocation-limit 0 |
