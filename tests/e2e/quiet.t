# -q: no output, the answer in the exit status (0 eligible, 1 not, 2 error).

$ nytte check-eligibility -q examples/citizens/national-sho.toml --on 2025-09-01

$ nytte check-eligibility -q examples/citizens/national-sho.toml --on 2024-12-31
? 1

# Exempt is not eligible.
$ nytte check-eligibility -q examples/citizens/national-ukraine.toml --on 2025-09-01
? 1

# Missing data: not known to be eligible.
$ nytte check-eligibility -q examples/citizens/national-missing-data.toml --on 2025-09-01
? 1

# For a shell `if`.
$ if nytte check-eligibility -q examples/citizens/nordfyns-49.toml --rules rules/nordfyns.toml --on 2025-09-01; then echo covered; fi
| covered

# Unreadable input is 2, never 1, and the message still goes to standard error.
$ nytte check-eligibility -q tests/data/bad/syntax.toml --on 2025-09-01
! tests/data/bad/syntax.toml:7:25: error: string not closed before the end of the line: end it with a quote, or write a string of several lines between triple quotes (""" or ''')
? 2

$ nytte check-eligibility -q no/such/file.toml --on 2025-09-01
! no/such/file.toml: error: cannot read: no such file or directory
? 2

# A batch: 0 when someone checked is eligible.
$ nytte check-eligibility -q examples/citizens/ --on 2025-09-01
