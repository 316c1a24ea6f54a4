# Duplicate ids in a population larger than the table of recent ids
# (393,216 ids), so that the earlier ids are looked up in the runs written to
# a temporary file: the first and one in the middle (in the run) and the last
# but one (in the table) are found, a new id after them is not, and the other
# records are still written.

$ awk 'BEGIN { print "id,benefit"; for (i = 1; i <= 450000; i++) printf "p%d,kontanthjaelp\n", i; \
>   print "p1,kontanthjaelp"; print "p200000,kontanthjaelp"; print "p449999,kontanthjaelp"; \
>   print "p450001,kontanthjaelp" }' > $TMP/big.csv
$ nytte check-eligibility $TMP/big.csv --on 2025-09-01 --format csv | wc -l
| 450002
! nytte: error: .*/big.csv:450002:1: duplicate id 'p1': an earlier record has the same id \(ids must be unique within an input\); this record was skipped (re)
! nytte: error: .*/big.csv:450003:1: duplicate id 'p200000': .* (re)
! nytte: error: .*/big.csv:450004:1: duplicate id 'p449999': .* (re)
! nytte: 450001 citizens checked with national on 2025-09-01: 0 eligible, 0 exempt, 0 not eligible, 450001 undetermined (missing data); 3 records not read
? 2

# The same with TMPDIR where no file can be made: the runs stay in memory.
$ TMPDIR=/nonexistent nytte check-eligibility $TMP/big.csv --on 2025-09-01 --format csv | wc -l
| 450002
! nytte: error: .*/big.csv:450002:1: duplicate id 'p1': .* (re)
! nytte: error: .*/big.csv:450003:1: duplicate id 'p200000': .* (re)
! nytte: error: .*/big.csv:450004:1: duplicate id 'p449999': .* (re)
! nytte: 450001 citizens checked with national on 2025-09-01: 0 eligible, 0 exempt, 0 not eligible, 450001 undetermined (missing data); 3 records not read
? 2

# A record skipped as a duplicate id counts nowhere (issue 19): the report's
# workers count each record before the ordered stage finds it repeats an
# earlier id, and take it out again when it does. The Aarhus example with
# 205 repeats of earlier ids, each with another record's data, in the same
# chunk as the record it repeats, in later chunks and at the end
# (tests/tools/with_duplicates.py): the report, on 1 thread or 4, is the
# report of the example, but for the note on the records skipped; every
# section, --compare, --by, the attendance of the people of the log and the
# seats offered shared out as build-package shares them.
$ python3 tests/tools/with_duplicates.py examples/population/aarhus-2000.csv $TMP/dups.csv
| 205
$ for t in 1 4; do nytte report $TMP/dups.csv --rules rules/aarhus.toml --on 2025-09-01 \
>     --compare 2024-06-01 --by residence_area --by school_years \
>     --attendance tests/data/report/aarhus-30-attendance.csv --no-suppress --threads $t \
>     2>/dev/null > $TMP/dups-$t.txt; done; cmp $TMP/dups-1.txt $TMP/dups-4.txt && echo same
| same
$ nytte report examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 \
>     --compare 2024-06-01 --by residence_area --by school_years \
>     --attendance tests/data/report/aarhus-30-attendance.csv --no-suppress > $TMP/kept.txt
! nytte: report of 2000 people with aarhus on 2025-09-01 and 2024-06-01; 0 records not read
$ diff $TMP/dups-4.txt $TMP/kept.txt | sed 's/ $//'
| 397,400d396
| <
| < Notes
| < - 205 records could not be read (the messages are on standard error) and are
| < not counted.
? 1
# JSON (but for the count of errors and its note) and CSV too.
$ for t in 1 3; do nytte report $TMP/dups.csv --rules rules/aarhus.toml --on 2025-09-01 \
>     --by municipality --format json --threads $t 2>/dev/null | jq -S 'del(.errors, .notes)'; \
>   done > $TMP/dups.json; jq -s '.[0] == .[1]' $TMP/dups.json
| true
$ nytte report examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 \
>     --by municipality --format json 2>/dev/null | jq -S 'del(.errors, .notes)' > $TMP/kept.json; \
>   jq -s '.[0] == .[2] and .[0].people == 2000' $TMP/dups.json $TMP/kept.json
| true
$ for t in 1 3; do nytte report $TMP/dups.csv --rules rules/aarhus.toml --on 2025-09-01 \
>     --format csv --threads $t 2>/dev/null > $TMP/dups-$t.csv; done; \
>   nytte report examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 \
>     --format csv 2>/dev/null | tee $TMP/kept.csv | cmp - $TMP/dups-1.csv && cmp $TMP/kept.csv $TMP/dups-3.csv && echo same
| same

# Every subcommand that reads a population counts the same people and errors
# for the same file: the 4 good records of many-errors.csv (12 repeat ok1,
# 14 have bad dates), and the 2,000 people and 205 repeats above.
$ nytte report tests/data/bad/many-errors.csv --on 2025-09-01 --no-suppress 2>/dev/null | sed -n '/^Status/,/^$/p'
| Status: people and share of checked
|   Status                       People  Share
|   ---------------------------  ------  -----
|   covered (eligible)                0    0 %
|   exempt                            0    0 %
|   not eligible                      0    0 %
|   undetermined (missing data)       4  100 %
|   Total                             4  100 %
|
? 2
$ for f in tests/data/bad/many-errors.csv $TMP/dups.csv; do \
>   for c in check-eligibility report build-package weekly-hours; do \
>     if [ $c = weekly-hours ]; then on=--from; else on=--on; fi; \
>     nytte $c $f --rules rules/aarhus.toml $on 2025-09-01 --format csv 2>&1 >/dev/null | tail -1 \
>     | sed -E "s/^nytte: (report of )?([0-9]+) (citizens|people).*; ([0-9]+) (errors|records not read)$/$c: \\2 people, \\4 \\5/"; \
>   done; done
| check-eligibility: 4 people, 26 records not read
| report: 4 people, 26 records not read
| build-package: 4 people, 26 errors
| weekly-hours: 4 people, 26 errors
| check-eligibility: 2000 people, 205 records not read
| report: 2000 people, 205 records not read
| build-package: 2000 people, 205 errors
| weekly-hours: 2000 people, 205 errors
? 2
$ for c in check-eligibility report build-package weekly-hours; do \
>     if [ $c = weekly-hours ]; then on=--from; else on=--on; fi; \
>     nytte $c $TMP/dups.csv --rules rules/aarhus.toml $on 2025-09-01 --format csv > /dev/null 2>&1; \
>     echo "$c $?"; done
| check-eligibility 2
| report 2
| build-package 2
| weekly-hours 2
