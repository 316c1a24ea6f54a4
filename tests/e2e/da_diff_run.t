# diff in Danish: the summary line, the warning of one version in two files,
# and the messages of bad usage; the list is the same bytes in every language.
$ nytte --lang da diff examples/population/aarhus-2000.csv --rules rules/aarhus.toml \
>     --against tests/data/diff/aarhus-30mdr.toml --on 2025-09-01 -o /dev/null --fail-over 40
! nytte: sammenligning af 2.000 borgere: 52 ændret (aarhus 2022-03 den 1. september 2025 -> aarhus 2026-12-30mdr den 1. september 2025); 0 poster ikke læst; flere end de 40 tilladte (--fail-over 40)
? 1
$ cp rules/aarhus.toml $TMP/aarhus.toml && nytte --lang da diff examples/population/aarhus-2000.csv --rules rules/aarhus.toml --against $TMP/aarhus.toml --on 2025-09-01 -o /dev/null
! nytte: advarsel: begge regelfiler angiver version 2022-03: giv den ændrede fil dens egen version ([ruleset] version)
! nytte: sammenligning af 2.000 borgere: 0 ændret (aarhus 2022-03 den 1. september 2025 -> aarhus 2022-03 den 1. september 2025); 0 poster ikke læst
$ nytte --lang da diff examples/population/aarhus-2000.csv --rules rules/aarhus.toml
! nytte: fejl: intet at sammenligne: angiv --against REGELSÆT eller --against-on DATO
? 2
$ nytte --lang da diff examples/population/aarhus-2000.csv --rules rules/aarhus.toml --rules rules/nordfyns.toml --against-on 2025-09-01
! nytte: fejl: en sammenligning har to regelsæt: angiv --rules én gang (før) og --against én gang (efter)
? 2
$ nytte --lang da diff examples/population/aarhus-2000.csv --against-on 2025-09-01 --list - -o -
! nytte: fejl: --list - og -o - skriver begge til standardoutput: angiv den ene som en fil
? 2
# The list in Danish and in English.
$ nytte --lang da diff examples/population/aarhus-2000.csv --rules rules/aarhus.toml \
>     --against tests/data/diff/aarhus-30mdr.toml --on 2025-09-01 --list - 2>/dev/null | md5sum > $TMP/da.md5 && \
>   nytte diff examples/population/aarhus-2000.csv --rules rules/aarhus.toml \
>     --against tests/data/diff/aarhus-30mdr.toml --on 2025-09-01 --list - 2>/dev/null | md5sum | cmp - $TMP/da.md5 && echo same
| same
