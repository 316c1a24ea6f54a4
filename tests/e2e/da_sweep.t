# Danish messages found in a sweep of every error path with --lang da
# (issue 22): each was English inside Danish output.

# check-eligibility with no input.
$ nytte check-eligibility --lang da
! nytte: fejl: ingen inddata: angiv borgerfiler (TOML eller CSV), mapper eller - for standardinput
? 2

# The data warning of hours that divide by zero: Danish in the text, English
# in JSON.
$ nytte check-eligibility tests/data/citizens/division-by-zero.toml --lang da \
>     --rules tests/data/hours-rules/division-by-zero.toml --on 2025-09-01 2>/dev/null | grep advarsel
|   advarsel: timetallet om ugen er uafklaret: timereglen dividerer med nul for denne borger (se begrundelsen for timetallet: reglen og de værdier, den læste) [division_by_zero]
$ nytte check-eligibility tests/data/citizens/division-by-zero.toml --lang da --format jsonl \
>     --rules tests/data/hours-rules/division-by-zero.toml --on 2025-09-01 2>/dev/null | jq -r '.warnings[].message'
| weekly hours undetermined: the hours rule divides by zero for this person (see the hours reason: the rule and the values it read)

# Two rule files that both declare citizen fields.
$ sed '0,/^id = .*/s//id = "w2"/' tests/data/warn-rules/warnings.toml > $TMP/w2.toml
$ nytte check-eligibility examples/citizens/nordfyns-49.toml --lang da \
>     --rules tests/data/warn-rules/warnings.toml --rules $TMP/w2.toml
! nytte: fejl: kun én --rules-fil må erklære ekstra borgerfelter
? 2

# toml++'s own details of a TOML syntax error, in the forms met in practice.
$ nytte check-eligibility tests/data/broken/bad-utf8.toml tests/data/broken/broken-header.toml \
>     --lang da --on 2025-09-01 --format csv 2>&1 >/dev/null | grep -v '^nytte: [0-9]'
| nytte: fejl: tests/data/broken/bad-utf8.toml:6:20: ugyldig UTF-8-sekvens
| nytte: fejl: tests/data/broken/broken-header.toml:5:11: ugyldig tabeloverskrift: forventede ']', fandt '\n'
| nytte: fejl: tests/data/broken/broken-header.toml:12:10: ugyldig tabeloverskrift: forventede en kommentar eller mellemrum, fandt ']'
? 2
$ nytte weekly-hours tests/data/broken/bad-plans.toml --rules nordfyns --lang da 2>&1 >/dev/null | grep 16:31
| nytte: fejl: tests/data/broken/bad-plans.toml:16:31: ugyldigt nøgle-værdi-par: forventede en kommentar eller mellemrum, fandt '7'
? 2

# The report's oldest age band (its label starts with a digit, as the
# ranges do, which are not translated).
$ nytte report examples/population/aarhus-2000.csv --rules aarhus --on 2026-12-01 --lang da 2>/dev/null | grep -A9 '^Aldersgruppe:' | tail -3
|   60-67              326  19,4 %
|   68 og derover       36   2,1 %
|   I alt            1.684   100 %

# More --threads than a process may start ended the run with std::terminate;
# the run takes at most 1024 (the outcome is the same on any number).
$ nytte check-eligibility examples/citizens/nordfyns-49.toml --threads 99999 --lang da --on 2025-09-01 --format csv
| id,eligible,target_groups,track,required_weekly_hours,status,missing_fields,warnings,exempt_from,assumptions,required_weekly_minutes
| nordfyns-49,false,,,0,undetermined,born_in_denmark;first_entry_date,,,,0
$ nytte build-package examples/citizens/nordfyns-49.toml --rules nordfyns --threads 99999 --on 2025-09-01 --format csv | head -1
| id,track,phase,day,from,to,hours,kind,offer,location,required_weekly_hours,minutes,required_weekly_minutes
