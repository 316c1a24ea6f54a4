# --csv-bom (issue 21): every CSV nytte writes can start with the UTF-8
# byte-order mark EF BB BF, without which Excel reads UTF-8 as Latin-1
# ("Nytårsdag" becomes "NytÃ¥rsdag"). Off by default: the CSV of scripts
# is unchanged. One mark a file, at its very start, whatever the threads.

# check-eligibility: the mark, then the header; none without the option.
$ nytte check-eligibility examples/citizens/aarhus-igu.toml --rules rules/aarhus.toml --on 2025-09-01 --format csv --csv-bom | head -c 8 | od -An -c
|  357 273 277   i   d   ,   e   l
$ nytte check-eligibility examples/citizens/aarhus-igu.toml --rules rules/aarhus.toml --on 2025-09-01 --format csv | head -c 5 | od -An -c
|    i   d   ,   e   l

# A batch on four threads into -o FILE: one mark in the whole file, at its
# start (the workers' chunks have none), and the rest as without it.
$ nytte check-eligibility examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 --format csv --csv-bom --threads 4 -o $TMP/all.csv 2>/dev/null
$ head -c 3 $TMP/all.csv | od -An -tx1
|  ef bb bf
$ grep -ao $'\xef\xbb\xbf' $TMP/all.csv | wc -l
| 1
$ nytte check-eligibility examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 --format csv --threads 4 2>/dev/null | cmp - <(tail -c +4 $TMP/all.csv)
$ nytte check-eligibility examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 --format csv --csv-bom --csv-sep ';' --threads 3 > $TMP/semi.csv 2>/dev/null
$ head -c 10 $TMP/semi.csv | od -An -c
|  357 273 277   i   d   ;   e   l   i   g

# build-package: the CSV and the --shortfalls file, each with its mark.
$ nytte build-package examples/citizens/aarhus-jobpakke.toml --rules rules/aarhus.toml --start 2025-09-01 --format csv --csv-bom | head -c 8 | od -An -c
|  357 273 277   i   d   ,   t   r
$ nytte build-package examples/population/aarhus-2000.csv --rules rules/aarhus.toml --start 2025-09-01 --format csv --csv-bom --threads 2 -o $TMP/packages.csv --shortfalls $TMP/short.csv 2>/dev/null
$ grep -ao $'\xef\xbb\xbf' $TMP/packages.csv | wc -l
| 1
$ head -c 8 $TMP/short.csv | od -An -c
|  357 273 277   i   d   ,   s   t
$ grep -ao $'\xef\xbb\xbf' $TMP/short.csv | wc -l
| 1

# The --shortfalls file is CSV whatever --format says: a plan file (TOML)
# with the shortfalls beside it takes the mark in the shortfalls only.
$ nytte build-package examples/population/aarhus-2000.csv --rules rules/aarhus.toml --start 2025-09-01 --format toml --csv-bom -o $TMP/plans.toml --shortfalls $TMP/short2.csv 2>/dev/null
$ head -c 5 $TMP/plans.toml | od -An -c
|    #       W   e   e
$ head -c 3 $TMP/short2.csv | od -An -tx1
|  ef bb bf

# weekly-hours: the weeks, the --shortfalls file and --holidays.
$ nytte weekly-hours examples/plans/nordfyns-49.toml --rules rules/nordfyns.toml --attendance examples/attendance/nordfyns-49.csv --format csv --csv-bom --shortfalls $TMP/weeks-short.csv 2>/dev/null | head -c 8 | od -An -c
|  357 273 277   i   d   ,   w   e
$ head -c 8 $TMP/weeks-short.csv | od -An -c
|  357 273 277   i   d   ,   w   e
$ nytte weekly-hours --holidays 2026 --format csv --csv-bom | sed -n 1,2p | od -An -c | sed -n 1p
|  357 273 277   d   a   t   e   ,   w   e   e   k   d   a   y   ,
$ nytte weekly-hours --holidays 2026 --format csv --csv-bom | iconv -f UTF-8 -t UTF-8 | sed -n 2p
| 2026-01-01,thu,nytaarsdag,Nytårsdag,holiday

# report: the long form and the table form.
$ nytte report examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 --format csv --csv-bom -o $TMP/long.csv 2>/dev/null
$ head -c 10 $TMP/long.csv | od -An -c
|  357 273 277   s   e   c   t   i   o   n
$ nytte report examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 --format csv --csv-layout table --csv-bom -o $TMP/report.csv 2>/dev/null
$ head -c 8 $TMP/report.csv | od -An -c
|  357 273 277   n   y   t   t   e
$ grep -ao $'\xef\xbb\xbf' $TMP/report.csv | wc -l
| 1

# No CSV, no mark: with another format the option is ignored, and said
# (nothing with -q); the output is as without it.
$ nytte check-eligibility examples/citizens/aarhus-igu.toml --rules rules/aarhus.toml --on 2025-09-01 --format json --csv-bom | head -c 1
| [
! nytte: warning: --csv-bom: --format json writes no CSV; the option is ignored
$ nytte report examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 --format json --csv-bom 2>&1 >/dev/null
| nytte: warning: --csv-bom: --format json writes no CSV; the option is ignored
| nytte: report of 2000 people with aarhus on 2025-09-01; 0 records not read
$ nytte build-package examples/citizens/aarhus-jobpakke.toml --rules rules/aarhus.toml --start 2025-09-01 --csv-bom | head -c 5 | od -An -c
|    a   a   r   h   u
! nytte: warning: --csv-bom: --format text writes no CSV; the option is ignored
$ nytte weekly-hours examples/plans/nordfyns-49.toml --rules rules/nordfyns.toml --format json --csv-bom -q -o $TMP/weeks.json
$ head -c 1 $TMP/weeks.json
| [

# Excel's "CSV UTF-8" starts the file with the mark, and nytte's readers
# skip it: a citizen CSV and an attendance log saved so (';', CRLF) read
# as the plain files do.
$ head -5 examples/population/aarhus-2000.csv > $TMP/plain.csv
$ (printf '\xef\xbb\xbf'; tr ',' ';' < $TMP/plain.csv | sed 's/$/\r/') > $TMP/excel.csv
$ nytte check-eligibility $TMP/plain.csv --rules rules/aarhus.toml --on 2025-09-01 --format csv 2>/dev/null > $TMP/plain.out
$ nytte check-eligibility $TMP/excel.csv --rules rules/aarhus.toml --on 2025-09-01 --format csv 2>/dev/null | diff - $TMP/plain.out
$ (printf '\xef\xbb\xbf'; tr ',' ';' < examples/attendance/nordfyns-49.csv | sed 's/$/\r/') > $TMP/attendance.csv
$ nytte weekly-hours examples/plans/nordfyns-49.toml --rules rules/nordfyns.toml --attendance examples/attendance/nordfyns-49.csv --format csv 2>/dev/null > $TMP/weeks.out
$ nytte weekly-hours examples/plans/nordfyns-49.toml --rules rules/nordfyns.toml --attendance $TMP/attendance.csv --format csv 2>/dev/null | diff - $TMP/weeks.out
$ nytte report $TMP/excel.csv --rules rules/aarhus.toml --on 2025-09-01 --attendance $TMP/attendance.csv --format csv 2>/dev/null > $TMP/excel-report.csv
$ nytte report $TMP/plain.csv --rules rules/aarhus.toml --on 2025-09-01 --attendance examples/attendance/nordfyns-49.csv --format csv 2>/dev/null | diff - $TMP/excel-report.csv
