# Standard error in Danish (LC_ALL=da_DK.UTF-8, or --lang da): "nytte:
# fejl: FILE:LINE:COL: ..." and "nytte: advarsel: ...", the place first as
# in English; field names, codes and paths as the input has them. The exit
# codes are the same in every language. The summary line is left out here
# (grep -v): it is the run's, not the reader's.

# A broken citizen TOML: a string not closed, a value of the wrong type
# (TOML's name of the type is translated with the condition language's).
$ LC_ALL=da_DK.UTF-8 nytte check-eligibility tests/data/bad/syntax.toml --on 2025-09-01 --format csv 2>&1 >/dev/null | grep -v '^nytte: [0-9]'
| nytte: fejl: tests/data/bad/syntax.toml:7:25: teksten er ikke afsluttet før linjens slutning: afslut den med et anførselstegn, eller skriv en tekst over flere linjer mellem tre anførselstegn (""" eller ''')
? 2
$ LC_ALL=da_DK.UTF-8 nytte check-eligibility tests/data/bad/wrong-type.toml --on 2025-09-01 --format csv 2>&1 >/dev/null | grep -v '^nytte: [0-9]'
| nytte: fejl: tests/data/bad/wrong-type.toml:3:16: feltet 'school_years' skal være et heltal, fandt (string|tekst) (re)
? 2

# A broken CSV row, and a CSV header with a column nytte does not know.
$ LC_ALL=da_DK.UTF-8 nytte check-eligibility tests/data/bad/cell-count.csv --on 2025-09-01 --format csv 2>&1 >/dev/null | grep -v '^nytte: [0-9]'
| nytte: fejl: tests/data/bad/cell-count.csv:3:1: rækken har 2 celler, overskriften har 3 kolonner
? 2
$ LC_ALL=da_DK.UTF-8 nytte check-eligibility tests/data/bad/unknown-column.csv --on 2025-09-01 --format csv 2>&1 >/dev/null | grep -v '^nytte: [0-9]'
| nytte: fejl: tests/data/bad/unknown-column.csv:1:12: ukendt kolonne 'shcool_years'; mente du 'school_years'?
? 2

# A file that is not there: the system's reason in Danish too.
$ LC_ALL=da_DK.UTF-8 nytte check-eligibility no/such.toml --on 2025-09-01 2>&1 >/dev/null | grep -v '^nytte: [0-9]'
| nytte: fejl: no/such.toml: kan ikke læse: filen eller mappen findes ikke
? 2

# An unknown field or code, with "did you mean".
$ LC_ALL=da_DK.UTF-8 nytte check-eligibility tests/data/bad/unknown-field.toml --on 2025-09-01 --format csv 2>&1 >/dev/null | grep -v '^nytte: [0-9]'
| nytte: fejl: tests/data/bad/unknown-field.toml:3:1: ukendt felt 'benfit'; mente du 'benefit'?
? 2
$ LC_ALL=da_DK.UTF-8 nytte check-eligibility tests/data/bad/unknown-code.toml --on 2025-09-01 --format csv 2>&1 >/dev/null | grep -v '^nytte: [0-9]'
| nytte: fejl: tests/data/bad/unknown-code.toml:3:11: ukendt ydelse 'kontanthjelp'; mente du 'kontanthjaelp'?
? 2

# A bad date, in TOML and in CSV.
$ LC_ALL=da_DK.UTF-8 nytte check-eligibility tests/data/bad/impossible-date.toml --on 2025-09-01 --format csv 2>&1 >/dev/null | grep -v '^nytte: [0-9]'
| nytte: fejl: tests/data/bad/impossible-date.toml:3:24: ugyldig dato: forventede en dag fra 1 til 28, fandt 30
? 2
$ LC_ALL=da_DK.UTF-8 nytte check-eligibility tests/data/bad/csv-bad-date.csv --on 2025-09-01 --format csv 2>&1 >/dev/null | grep -v '^nytte: [0-9]'
| nytte: fejl: tests/data/bad/csv-bad-date.csv:2:3: feltet 'birth_date' skal være en dato som 1970-03-14, fandt '1970-02-31'
? 2

# A duplicate id and a CPR number that disagrees with the birth date.
$ LC_ALL=da_DK.UTF-8 nytte check-eligibility tests/data/bad/duplicate-id.toml tests/data/bad/cpr-mismatch.toml --on 2025-09-01 --format csv 2>&1 >/dev/null | grep -v '^nytte: [0-9]'
| nytte: fejl: tests/data/bad/duplicate-id.toml:9:1: id 'same' findes to gange: en tidligere post har samme id (et id må kun forekomme én gang i inddata); denne post blev sprunget over
| nytte: fejl: tests/data/bad/cpr-mismatch.toml:4:14: birth_date 1970-03-15 stemmer ikke med CPR-nummeret, som giver 1970-03-14
? 2

# A bad rule file: a misspelt table, two versions in force at once.
$ LC_ALL=da_DK.UTF-8 nytte check-eligibility examples/citizens/nordfyns-49.toml --rules tests/data/bad-rules/unknown-key.toml
! nytte: fejl: tests/data/bad-rules/unknown-key.toml:5:3: ukendt nøgle 'target_grup' i tabellen på øverste niveau; mente du 'target_group'?
? 2
$ LC_ALL=da_DK.UTF-8 nytte check-eligibility examples/citizens/nordfyns-49.toml --rules tests/data/bad-rules/overlapping-versions.toml
! nytte: fejl: tests/data/bad-rules/overlapping-versions.toml:16:1: målgruppe 'g' har to versioner i kraft på samme tid (den anden i linje 9); giv dem valid_from/valid_to-datoer, der ikke overlapper
? 2

# A warning is "advarsel" (its text is the package builder's).
$ LC_ALL=da_DK.UTF-8 nytte build-package examples/citizens/greve-dansk.toml --rules rules/greve.toml --start 2024-09-02 --hours 20 --format csv 2>&1 > /dev/null | grep -v '^nytte: [0-9]'
| nytte: advarsel: examples/citizens/greve-dansk\.toml:3:1: greve-dansk: .* (re)

# English where the locale is not Danish, word for word as before.
$ nytte check-eligibility tests/data/bad/unknown-field.toml --on 2025-09-01 --format csv 2>&1 >/dev/null | grep -v '^nytte: [0-9]'
| nytte: error: tests/data/bad/unknown-field.toml:3:1: unknown field 'benfit'; did you mean 'benefit'?
? 2
