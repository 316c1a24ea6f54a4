# check-eligibility --ask, cases a review found: each answer is checked as
# the citizen reader checks a file, so that the saved file (-o) is one every
# subcommand reads. docs/interview.md.

# Nobody enters before birth: the second of the two dates answered is refused
# (the reader's record check), so -o never saves a file check-eligibility
# refuses.
$ printf '1\n9\n1990-01-01\nja\n2\n2005-01-01\n' | nytte check-eligibility --ask --rules nordfyns --on 2025-09-01 \
>     -o $TMP/p.toml 2>&1 >/dev/null | tail -1
| nytte: error: standard input:6: birth_date: first_entry_date 1990-01-01 is before the birth date 2005-01-01
? 2
$ test -e $TMP/p.toml
? 1
$ printf '[[citizen]]\nid = "c1"\ncpr = "010190-1234"\nbenefit = "kontanthjaelp"\nresidence_years_last_10 = 10.0\n' > $TMP/cpr.toml
$ printf '1980-01-01\n' | nytte check-eligibility --ask $TMP/cpr.toml --on 2025-09-01 2>&1 >/dev/null | tail -1
| nytte: error: standard input:1: first_entry_date: first_entry_date 1980-01-01 is before the birth date 1990-01-01 (from the CPR number)
? 2

# -o is opened before the first question: a file that cannot be written is
# said before any answer is given, and an interview that ends early leaves
# neither the file nor a temporary one.
$ printf '1\n' | nytte check-eligibility --ask -o $TMP/nodir/p.toml --on 2025-09-01
! nytte: error: .*/nodir/p\.toml: cannot write: no such file or directory (re)
? 2
$ printf '1\n' | nytte check-eligibility --ask -o $TMP/early.toml --on 2025-09-01 2> /dev/null
? 2
$ ls -A $TMP | grep early
? 1

# Standard output is the decision's, so -o - would write the file into it.
$ printf '1\n' | nytte check-eligibility --ask -o - --on 2025-09-01
! nytte: error: --ask: -o names the file the answers are saved to; the decision goes to standard output
? 2
$ printf '1\n' | nytte check-eligibility --ask -o - --on 2025-09-01 --lang da
! nytte: fejl: --ask: -o angiver filen, svarene gemmes i; afgørelsen skrives på standardoutput
? 2
