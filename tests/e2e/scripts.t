# The shell scripts of examples/scripts/ keep working.

$ examples/scripts/by-track.sh
|    1312 jobpakke
|     237 ordinaert_job
|      95 igu

$ examples/scripts/missing-data.sh | tail -8
| p0001996	born_in_denmark first_entry_date
| --
|     228 first_entry_date
|     228 born_in_denmark
|      15 residence_years_last_10
|      10 benefit_history
|       3 fulltime_work_years_last_10
|       1 school_years

$ examples/scripts/compare-dates.sh
|     776 covered -> covered
|     616 not covered -> covered
|     608 not covered -> not covered

$ examples/scripts/compare-dates.sh examples/population/aarhus-2000.csv 2024-12-31 2025-01-01
|     776 not covered -> covered
|    1224 not covered -> not covered

$ examples/scripts/covered.sh examples/citizens/nordfyns-49.toml rules/nordfyns.toml
| examples/citizens/nordfyns-49.toml: covered

$ examples/scripts/covered.sh examples/citizens/nordfyns-49.toml
| examples/citizens/nordfyns-49.toml: not covered

$ examples/scripts/covered.sh tests/data/bad/syntax.toml
! nytte: error: tests/data/bad/syntax.toml:7:25: string not closed before the end of the line: end it with a quote, or write a string of several lines between triple quotes (""" or ''')
! tests/data/bad/syntax.toml: could not be checked
? 2
