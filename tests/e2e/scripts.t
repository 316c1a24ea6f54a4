# The shell scripts of examples/scripts/ keep working.

$ examples/scripts/by-track.sh
|    1197 jobpakke
|     222 ordinaert_job
|      87 igu

$ examples/scripts/missing-data.sh | tail -8
| p0001977	benefit_history
| p0001978	residence_years_last_10
| p0001979	benefit_history
| --
|      41 benefit_history
|      13 residence_years_last_10
|       9 fulltime_work_years_last_10
|       5 school_years

$ examples/scripts/compare-dates.sh
|     306 covered -> covered
|     454 not covered -> covered
|    1240 not covered -> not covered

$ examples/scripts/compare-dates.sh examples/population/aarhus-2000.csv 2024-12-31 2025-01-01
|     306 not covered -> covered
|    1694 not covered -> not covered

$ examples/scripts/covered.sh examples/citizens/nordfyns-49.toml rules/nordfyns.toml
| examples/citizens/nordfyns-49.toml: covered

$ examples/scripts/covered.sh examples/citizens/nordfyns-49.toml
| examples/citizens/nordfyns-49.toml: not covered

$ examples/scripts/covered.sh tests/data/bad/syntax.toml
! tests/data/bad/syntax.toml:7:25: error: string not closed before the end of the line: end it with a quote, or write a string of several lines between triple quotes (""" or ''')
! tests/data/bad/syntax.toml: could not be checked
? 2
