# Every date option reads YYYY-MM-DD and says the same when it is not a date
# (cli/common.h, date_option): the option, the value, the form and an example.
$ nytte check-eligibility examples/citizens/nordfyns-49.toml --on 2025-9-1
! nytte: error: --on: '2025-9-1' is not a date; expected YYYY-MM-DD, e.g. 2025-09-01
? 2

$ nytte build-package examples/citizens/nordfyns-49.toml --rules rules/nordfyns.toml --start 2025-02-29
! nytte: error: --start: '2025-02-29' is not a date; expected YYYY-MM-DD, e.g. 2025-09-01
? 2

$ nytte build-package examples/citizens/nordfyns-49.toml --rules rules/nordfyns.toml --on tomorrow
! nytte: error: --on: 'tomorrow' is not a date; expected YYYY-MM-DD, e.g. 2025-09-01
? 2

$ nytte build-package examples/citizens/nordfyns-49.toml --rules rules/nordfyns.toml --format ics --until 2025-12-32
! nytte: error: --until: '2025-12-32' is not a date; expected YYYY-MM-DD, e.g. 2025-09-01
? 2

$ nytte weekly-hours examples/plans/nordfyns-49.toml --rules rules/nordfyns.toml --from 01-09-2025
! nytte: error: --from: '01-09-2025' is not a date; expected YYYY-MM-DD, e.g. 2025-09-01
? 2

$ nytte weekly-hours examples/plans/nordfyns-49.toml --rules rules/nordfyns.toml --to 2025-10-31x
! nytte: error: --to: '2025-10-31x' is not a date; expected YYYY-MM-DD, e.g. 2025-09-01
? 2

$ nytte report examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 --compare 2024-13-01
! nytte: error: --compare: '2024-13-01' is not a date; expected YYYY-MM-DD, e.g. 2025-09-01
? 2
