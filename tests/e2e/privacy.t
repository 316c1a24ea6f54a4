# CPR numbers never appear in full unless --show-cpr is given.

$ nytte check-eligibility examples/citizens/national-sho.toml --on 2025-09-01 --format json | grep -c 020688-1235
| 0
? 1

$ nytte check-eligibility examples/citizens/national-sho.toml --on 2025-09-01 --format jsonl | jq -r .cpr
| 020688-****

$ nytte check-eligibility examples/citizens/national-sho.toml --on 2025-09-01 --format jsonl --show-cpr | jq -r .cpr
| 020688-1235

$ nytte check-eligibility examples/citizens/national-sho.toml --on 2025-09-01 --explain | grep -o 'CPR [0-9*-]*'
| CPR 020688-****

$ nytte check-eligibility examples/citizens/national-sho.toml --on 2025-09-01 --show-cpr | grep -o 'CPR [0-9*-]*'
| CPR 020688-1235

# The whole synthetic population (every record has a CPR): no full number in
# any format.
$ for f in text json jsonl csv; do nytte check-eligibility examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 --explain --format $f 2>/dev/null; done | grep -cE '[0-9]{6}-[0-9]{4}'
| 0
? 1

# Error messages mask them too.
$ nytte check-eligibility tests/data/bad/cpr-mismatch.toml --on 2025-09-01 --format csv 2>&1 >/dev/null | grep -cE '[0-9]{6}-[0-9]{4}'
| 0
? 1

# ...while they are there, masked: one a record.
$ nytte check-eligibility examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 --format jsonl 2>/dev/null | grep -cE '"cpr":"[0-9]{6}-[*]{4}"'
| 2000
