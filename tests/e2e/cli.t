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
! nytte: error: --format: 'jsn' is not one of text, json, jsonl, csv; did you mean 'json'?
! nytte: error: see 'nytte check-eligibility --help'
? 2

$ nytte validate --color nevr
! nytte: error: --color: 'nevr' is not one of auto, always, never; did you mean 'never'?
! nytte: error: see 'nytte validate --help'
? 2

# Case is no edit: a word in capitals gets the word in lower case.
$ nytte check-eligibility examples/citizens/nordfyns-49.toml --format JSON
! nytte: error: --format: 'JSON' is not one of text, json, jsonl, csv; did you mean 'json'?
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

$ nytte check-eligibility --threads many examples/citizens/nordfyns-49.toml
! nytte: error: --threads: expected UINT, got 'many'
! nytte: error: see 'nytte check-eligibility --help'
? 2

$ nytte check-eligibility examples/citizens/nordfyns-49.toml --on
! nytte: error: --on: 1 required DATE missing
! nytte: error: see 'nytte check-eligibility --help'
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
