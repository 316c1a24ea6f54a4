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
! .*/big.csv:450002:1: error: duplicate id 'p1': an earlier record has the same id \(ids must be unique within an input\); this record was skipped (re)
! .*/big.csv:450003:1: error: duplicate id 'p200000': .* (re)
! .*/big.csv:450004:1: error: duplicate id 'p449999': .* (re)
! nytte: 450001 citizens checked with national on 2025-09-01: 0 eligible, 0 exempt, 0 not eligible, 450001 undetermined (missing data); 3 errors
? 2

# The same with TMPDIR where no file can be made: the runs stay in memory.
$ TMPDIR=/nonexistent nytte check-eligibility $TMP/big.csv --on 2025-09-01 --format csv | wc -l
| 450002
! .*/big.csv:450002:1: error: duplicate id 'p1': .* (re)
! .*/big.csv:450003:1: error: duplicate id 'p200000': .* (re)
! .*/big.csv:450004:1: error: duplicate id 'p449999': .* (re)
! nytte: 450001 citizens checked with national on 2025-09-01: 0 eligible, 0 exempt, 0 not eligible, 450001 undetermined (missing data); 3 errors
? 2
