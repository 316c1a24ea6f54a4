# validate --baseline in Danish: the diff's text report in the reader's
# language (the report's words), the summary lines and the messages too;
# github, gitlab, json and junit the same bytes in every language.
$ LC_ALL=da_DK.UTF-8 nytte validate tests/data/diff/aarhus-30mdr.toml --baseline rules/aarhus.toml --population examples/population/aarhus-2000.csv --on 2025-09-01 --fail-over 40 | sed -n '1,3p'
| nytte diff
| Før: aarhus 2022-03 (Aarhus-modellen for nytteindsats), rules/aarhus.toml, den 1. september 2025
| Efter: aarhus 2026-12-30mdr (Aarhus-modellen for nytteindsats), tests/data/diff/aarhus-30mdr.toml, den 1. september 2025
! nytte: tests/data/diff/aarhus-30mdr.toml sammenlignet med rules/aarhus.toml: 52 af 2.000 borgere ændret; over grænsen på 40 (--fail-over)
! nytte: 1 regelfil kontrolleret: 0 fejl, 0 advarsler; 0 test, 0 fejlede
? 1
$ nytte validate --lang da rules/ --baseline rules/
! nytte: fejl: --baseline kræver --population: borgerne, som reglerne sammenlignes på
? 2
$ for f in github gitlab json junit; do nytte validate tests/data/diff/aarhus-30mdr.toml --baseline rules/aarhus.toml --population examples/population/aarhus-2000.csv --on 2025-09-01 --format $f > $TMP/en 2>/dev/null; LC_ALL=da_DK.UTF-8 nytte validate tests/data/diff/aarhus-30mdr.toml --baseline rules/aarhus.toml --population examples/population/aarhus-2000.csv --on 2025-09-01 --format $f > $TMP/da 2>/dev/null; cmp $TMP/en $TMP/da && echo "$f same"; done
| github same
| gitlab same
| json same
| junit same
