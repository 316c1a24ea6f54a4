# The command line as git and ripgrep have it: nytte help [COMMAND], "did you
# mean" for a mistyped command, option or option value, and --color.

# nytte help is nytte --help; nytte help COMMAND is nytte COMMAND --help.
$ nytte help > $TMP/help && nytte --help | cmp - $TMP/help && grep -c '^  help ' $TMP/help
| 1

$ nytte help check-eligibility > $TMP/help && nytte check-eligibility --help | cmp - $TMP/help \
>     && sed -n 2p $TMP/help
| Usage: nytte check-eligibility [OPTIONS] [inputs...]

$ for c in build-package weekly-hours report validate rules help; do \
>   nytte help $c | cmp - <(nytte $c --help) || echo "$c differs"; done

# A command's own commands too (nytte rules show).
$ nytte help rules show | cmp - <(nytte rules show --help) && nytte help rules show | sed -n 2p
| Usage: nytte rules show [OPTIONS] id

$ nytte help nosuch
! nytte: error: unknown command 'nosuch'
! nytte: error: see 'nytte --help'
? 2

$ nytte help chek-eligibility
! nytte: error: unknown command 'chek-eligibility'; did you mean 'check-eligibility'?
! nytte: error: see 'nytte --help'
? 2

# A mistyped command, option, or value of an option with fixed choices.
$ nytte chek-eligibility examples/citizens/nordfyns-49.toml
! nytte: error: unknown command 'chek-eligibility'; did you mean 'check-eligibility'?
! nytte: error: see 'nytte --help'
? 2

$ nytte check-eligibility --fromat json examples/citizens/nordfyns-49.toml
! nytte: error: unknown option '--fromat'; did you mean '--format'?
! nytte: error: see 'nytte check-eligibility --help'
? 2

$ nytte check-eligibility --fromat=json examples/citizens/nordfyns-49.toml
! nytte: error: unknown option '--fromat'; did you mean '--format'?
! nytte: error: see 'nytte check-eligibility --help'
? 2

$ nytte check-eligibility --format jsn examples/citizens/nordfyns-49.toml
! nytte: error: --format: 'jsn' is not one of text, json, jsonl, csv, letter; did you mean 'json'?
! nytte: error: see 'nytte check-eligibility --help'
? 2

$ nytte validate --color nevr
! nytte: error: --color: 'nevr' is not one of auto, always, never; did you mean 'never'?
! nytte: error: see 'nytte validate --help'
? 2

# Case is no edit: a word in capitals gets the word in lower case.
$ nytte check-eligibility examples/citizens/nordfyns-49.toml --format JSON
! nytte: error: --format: 'JSON' is not one of text, json, jsonl, csv, letter; did you mean 'json'?
! nytte: error: see 'nytte check-eligibility --help'
? 2

$ nytte check-eligibility examples/citizens/nordfyns-49.toml --color NEVER
! nytte: error: --color: 'NEVER' is not one of auto, always, never; did you mean 'never'?
! nytte: error: see 'nytte check-eligibility --help'
? 2

$ nytte check-eligibility examples/citizens/nordfyns-49.toml --input-format CSV
! nytte: error: --input-format: 'CSV' is not one of toml, csv; did you mean 'csv'?
! nytte: error: see 'nytte check-eligibility --help'
? 2

$ nytte rules --format NAMES
! nytte: error: --format: 'NAMES' is not one of text, json, names; did you mean 'names'?
! nytte: error: see 'nytte rules --help'
? 2

$ nytte Check-Eligibility examples/citizens/nordfyns-49.toml
! nytte: error: unknown command 'Check-Eligibility'; did you mean 'check-eligibility'?
! nytte: error: see 'nytte --help'
? 2

$ nytte check-eligibility examples/citizens/nordfyns-49.toml --FORMAT json
! nytte: error: unknown option '--FORMAT'; did you mean '--format'?
! nytte: error: see 'nytte check-eligibility --help'
? 2

# Nothing close: the message alone. Other errors of the parser, in the same form.
$ nytte check-eligibility --zzz examples/citizens/nordfyns-49.toml
! nytte: error: unknown option '--zzz'
! nytte: error: see 'nytte check-eligibility --help'
? 2

$ nytte
! nytte: error: no command given
! nytte: error: see 'nytte --help'
? 2

# Every kind of error the parser stops at, in nytte's words, naming the
# option and the value (never CLI11's "not in range", "At Most 1 required").
$ nytte check-eligibility --threads many examples/citizens/nordfyns-49.toml
! nytte: error: --threads: expected a whole number, 0 or more, got 'many'
! nytte: error: see 'nytte check-eligibility --help'
? 2

$ nytte weekly-hours examples/plans/nordfyns-49.toml --weeks abc
! nytte: error: --weeks: expected a whole number from 1 to 520, got 'abc'
! nytte: error: see 'nytte weekly-hours --help'
? 2

$ nytte weekly-hours examples/plans/nordfyns-49.toml --weeks 9999
! nytte: error: --weeks: expected a whole number from 1 to 520, got '9999'
! nytte: error: see 'nytte weekly-hours --help'
? 2

$ nytte weekly-hours --holidays 26
! nytte: error: --holidays: expected a whole number from 1900 to 2200, got '26'
! nytte: error: see 'nytte weekly-hours --help'
? 2

$ nytte build-package examples/citizens/nordfyns-49.toml --weeks 2.5 2>&1 | head -1
| nytte: error: --weeks: expected a whole number, 1 or more, got '2.5'
? 2

$ nytte report examples/citizens/nordfyns-49.toml --allocation-limit -1 2>&1 | head -1
| nytte: error: --allocation-limit: expected a whole number, 0 or more, got '-1'
? 2

$ nytte check-eligibility examples/citizens/nordfyns-49.toml --format json --format csv
! nytte: error: --format given twice ('json', 'csv'); give it once
! nytte: error: see 'nytte check-eligibility --help'
? 2

$ nytte check-eligibility examples/citizens/nordfyns-49.toml --on 2025-09-01 --on 2025-10-01 --on 2025-11-01 2>&1 | head -1
| nytte: error: --on given 3 times ('2025-09-01', '2025-10-01', '2025-11-01'); give it once
? 2

$ nytte check-eligibility examples/citizens/nordfyns-49.toml --quiet=maybe
! nytte: error: --quiet takes no value, got 'maybe'
! nytte: error: see 'nytte check-eligibility --help'
? 2

$ nytte check-eligibility examples/citizens/nordfyns-49.toml --on
! nytte: error: --on needs a value (DATE)
! nytte: error: see 'nytte check-eligibility --help'
? 2

$ nytte validate --format
! nytte: error: --format needs a value (FORMAT)
! nytte: error: see 'nytte validate --help'
? 2

$ nytte rules show
! nytte: error: missing RULE_SET (the rule set's name, as --rules takes it)
! nytte: error: see 'nytte rules show --help'
? 2

# A mistyped option is said before what is then missing.
$ nytte rules show --hep
! nytte: error: unknown option '--hep'; did you mean '--help'?
! nytte: error: see 'nytte rules show --help'
? 2

$ nytte weekly-hours --weeks abc --holidy 2026
! nytte: error: unknown option '--holidy'; did you mean '--holidays'?
! nytte: error: see 'nytte weekly-hours --help'
? 2

# --color: never, always (even with NO_COLOR, which every command here has),
# auto: colours only on a terminal without NO_COLOR.
$ nytte check-eligibility examples/citizens/nordfyns-49.toml --on 2025-09-01 --color always \
>     | sed -n 1,2p | cat -v
| ^[[1mnordfyns-49^[[0m - rules national on 2025-09-01
|   ^[[1m^[[33mUNDETERMINED^[[0m: data missing: born_in_denmark, first_entry_date

$ nytte check-eligibility examples/citizens/nordfyns-49.toml --on 2025-09-01 --color never \
>     | sed -n 1,2p | cat -v
| nordfyns-49 - rules national on 2025-09-01
|   UNDETERMINED: data missing: born_in_denmark, first_entry_date

$ nytte check-eligibility examples/citizens/nordfyns-49.toml --on 2025-09-01 | sed -n 1p | cat -v
| nordfyns-49 - rules national on 2025-09-01

$ unset NO_COLOR; TERM=xterm script -qec \
>   'nytte check-eligibility examples/citizens/nordfyns-49.toml --on 2025-09-01' /dev/null \
>     | sed -n 1p | cat -v
| ^[[1mnordfyns-49^[[0m - rules national on 2025-09-01^M

$ TERM=xterm script -qec \
>   'nytte check-eligibility examples/citizens/nordfyns-49.toml --on 2025-09-01' /dev/null \
>     | sed -n 1p | cat -v
| nordfyns-49 - rules national on 2025-09-01^M

$ unset NO_COLOR; TERM=dumb script -qec \
>   'nytte check-eligibility examples/citizens/nordfyns-49.toml --on 2025-09-01' /dev/null \
>     | sed -n 1p | cat -v
| nordfyns-49 - rules national on 2025-09-01^M

# Every command takes --color, those that print plain text too.
$ nytte help --color never | cmp - <(nytte --help)
$ nytte help rules --color always | cmp - <(nytte rules --help)
$ nytte rules show aarhus --color never | cmp - rules/aarhus.toml
$ nytte rules --color never show national --color always | cmp - <(nytte rules show national)
$ nytte help --color nevr
! nytte: error: --color: 'nevr' is not one of auto, always, never; did you mean 'never'?
! nytte: error: see 'nytte help --help'
? 2

# validate's text colours its severity words, as compilers do; its other
# formats, and text into a pipe or a file, never.
$ nytte validate tests/data/bad-rules/type-error.toml --color always | cat -v
| tests/data/bad-rules/type-error.toml:11:17: ^[[1m^[[31merror^[[0m: cannot compare 'benefit' (string) with '3' (number) using '>'
! nytte: 1 rule file checked: 1 error, 0 warnings; 0 tests, 0 failed
? 1

$ nytte validate tests/data/bad-rules/type-error.toml --color always --format github 2>/dev/null \
>     | tr -dc '\033' | wc -c
| 0
? 1
