# Broken records cost only themselves (docs/reliability.md, "How broken
# records are resynchronised"): a stray quote in a CSV file, invalid UTF-8 in
# a cell, a malformed [[citizen]] header, a bad [[plan]]. Records in =
# records out + records reported, exit 2.

# A stray quote on row 3 (p2): the row is its line alone, p3 is read again;
# p4's cell over two lines is still one cell.
$ nytte check-eligibility tests/data/broken/stray-quote.csv --on 2025-09-01 --format csv \
>     | cut -d, -f1
| id
| p1
| p3
| p4
| p5
! nytte: error: tests/data/broken/stray-quote.csv:3:7: stray quote: the quoted cell opened here does not close as a cell over several lines would (within 100 lines, into a row of 3 cells, no line of it a row on its own); this line alone is the row, the next line starts the next
! nytte: 4 citizens checked with national on 2025-09-01: 0 eligible, 0 exempt, 0 not eligible, 4 undetermined (missing data); 1 record not read
? 2
# Nothing closes it: every row after it is read.
$ nytte check-eligibility tests/data/broken/runaway-quote.csv --on 2025-09-01 --format csv \
>     | cut -d, -f1 | paste -sd ' '
| id r1 r3 r4 r5 r6 r7 r8 r9 r10 r11 r12
! nytte: error: tests/data/broken/runaway-quote.csv:3:7: stray quote: the quoted cell opened here does not close as a cell over several lines would (within 100 lines, into a row of 3 cells, no line of it a row on its own); this line alone is the row, the next line starts the next
! nytte: 11 citizens checked with national on 2025-09-01: 0 eligible, 0 exempt, 0 not eligible, 11 undetermined (missing data); 1 record not read
? 2
# Closed by a later stray quote: a line of the cell would be a row on its own.
$ nytte check-eligibility tests/data/broken/paired-quotes.csv --on 2025-09-01 --format csv \
>     | cut -d, -f1 | paste -sd ' '
| id q2 q3 q4
! nytte: error: tests/data/broken/paired-quotes.csv:2:6: stray quote: the quoted cell opened here does not close as a cell over several lines would (within 100 lines, into a row of 3 cells, no line of it a row on its own); this line alone is the row, the next line starts the next
! nytte: 3 citizens checked with national on 2025-09-01: 0 eligible, 0 exempt, 0 not eligible, 3 undetermined (missing data); 1 record not read
? 2

# Invalid UTF-8 in a cell (Windows-1252 'ø', a cut sequence inside a quoted
# cell over two lines): reported at the byte, the record left out, never
# copied into the output.
$ nytte check-eligibility tests/data/broken/bad-utf8.csv --on 2025-09-01 --format json \
>     | jq -r '.[].id'
| u1
| u4
! nytte: error: tests/data/broken/bad-utf8.csv:3:9: invalid UTF-8 (byte 0xF8): CSV inputs are read as UTF-8; save the file as "CSV UTF-8" (a spreadsheet's other CSV forms write Windows-1252); this row was skipped
! nytte: error: tests/data/broken/bad-utf8.csv:5:1: invalid UTF-8 (byte 0xC3): CSV inputs are read as UTF-8; save the file as "CSV UTF-8" (a spreadsheet's other CSV forms write Windows-1252); this row was skipped
! nytte: 2 citizens checked with national on 2025-09-01: 0 eligible, 0 exempt, 0 not eligible, 2 undetermined (missing data); 2 records not read
? 2
# TOML says the same through toml++.
$ nytte check-eligibility tests/data/broken/bad-utf8.toml --on 2025-09-01 --format json \
>     | jq -r '.[].id'
| u1
| u3
! nytte: error: tests/data/broken/bad-utf8.toml:6:20: Encountered invalid utf-8 sequence
! nytte: 2 citizens checked with national on 2025-09-01: 0 eligible, 0 exempt, 0 not eligible, 2 undetermined (missing data); 1 record not read
? 2

# An attendance log: a cell over two lines is one row (counted once), a
# stray quote costs its line, invalid UTF-8 its row.
$ nytte weekly-hours examples/plans/nordfyns-49.toml --rules rules/nordfyns.toml \
>     --attendance tests/data/broken/attendance.csv --weeks 2 --format csv | cut -d, -f1,2,8
| id,week,attended
| nordfyns-49,2025-W36,8
| nordfyns-49,2025-W37,4
! nytte: error: tests/data/broken/attendance.csv:4:24: stray quote: the quoted cell opened here does not close as a cell over several lines would (within 100 lines, into a row of 5 cells, no line of it a row on its own); this line alone is the row, the next line starts the next
! nytte: error: tests/data/broken/attendance.csv:6:31: invalid UTF-8 (byte 0xFF): CSV inputs are read as UTF-8; save the file as "CSV UTF-8" (a spreadsheet's other CSV forms write Windows-1252); this row was skipped
! nytte: 1 person with rules nordfyns.*; 2 errors (re)
? 2

# A malformed [[citizen]] header costs the record it heads: t1 before it
# and t3 after it are read ([citizen]] on line 12 likewise costs t4).
$ nytte check-eligibility tests/data/broken/broken-header.toml --on 2025-09-01 --format csv \
>     | cut -d, -f1 | paste -sd ' '
| id t1 t3 t5
! nytte: error: tests/data/broken/broken-header.toml:5:11: invalid table header: expected ']', saw '\n'
! nytte: error: tests/data/broken/broken-header.toml:12:10: invalid table header: expected a comment or whitespace, saw ']'
! nytte: 3 citizens checked with national on 2025-09-01: 0 eligible, 0 exempt, 0 not eligible, 3 undetermined (missing data); 2 records not read
? 2

# A bad [[plan]] costs only itself: a syntax error, an unknown key, a
# malformed header; good-1, good-2 and good-3 are read.
$ nytte weekly-hours tests/data/broken/bad-plans.toml --weeks 1 --format csv | cut -d, -f1,2
| id,week
| good-1,2025-W36
| good-2,2025-W36
| good-3,2025-W36
! nytte: error: tests/data/broken/bad-plans.toml:16:31: invalid key-value pair: expected a comment or whitespace, saw '7'
! nytte: error: tests/data/broken/bad-plans.toml:33:1: unknown key 'colour' in [[plan]]
! nytte: error: tests/data/broken/bad-plans.toml:41:8: invalid table header: expected ']', saw '\n'
! nytte: 3 people with rules national.*; 3 errors (re)
? 2

# Each input is read once: a plan file from a FIFO, from '-' and from
# /dev/stdin (a plan, known by its bytes, not citizens), beside a citizen file.
$ mkfifo $TMP/plan.fifo && (cat examples/plans/nordfyns-49.toml > $TMP/plan.fifo &) && \
>     timeout 20 nytte weekly-hours $TMP/plan.fifo --rules rules/nordfyns.toml --weeks 1 \
>     --format csv | cut -d, -f1-7
| id,week,from,to,requirement,required,planned
| nordfyns-49,2025-W36,2025-09-01,2025-09-05,12,12,12
$ nytte weekly-hours - --rules rules/nordfyns.toml --weeks 1 --format csv \
>     < examples/plans/nordfyns-49.toml | cut -d, -f1-7
| id,week,from,to,requirement,required,planned
| nordfyns-49,2025-W36,2025-09-01,2025-09-05,12,12,12
$ cat examples/plans/nordfyns-49.toml | nytte weekly-hours /dev/stdin --rules rules/nordfyns.toml \
>     --weeks 1 --format csv | cut -d, -f1-7
| id,week,from,to,requirement,required,planned
| nordfyns-49,2025-W36,2025-09-01,2025-09-05,12,12,12
$ sed 's/nordfyns-49/other/' examples/citizens/nordfyns-49.toml > $TMP/other.toml && \
>     nytte weekly-hours $TMP/other.toml - --rules rules/nordfyns.toml --from 2025-09-01 \
>     --weeks 1 --format csv < examples/plans/nordfyns-49.toml | cut -d, -f1,2
| id,week
| other,2025-W36
| nordfyns-49,2025-W36
! nytte: 2 people with rules nordfyns.*; 0 errors (re)
