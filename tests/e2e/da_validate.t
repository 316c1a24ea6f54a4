# nytte validate and the messages of a run in Danish (--lang da): the rule
# tests, a broken rule file, a failing rule test and usage errors. The
# compiler form keeps `error:`/`warning:`/`note:` for CI tools; the machine
# formats are the same in every language.

$ nytte --lang da validate rules/
! nytte: 7 regelfiler kontrolleret: 0 fejl, 0 advarsler; 202 test, 0 fejlede

$ LC_ALL=da_DK.UTF-8 nytte validate -v rules/nordfyns.toml | head -2
| rules/tests/nordfyns.toml:6:1: note: test 'the 49-year-old woman with 12 hours' capacity is required 12, not 37' bestået
| rules/tests/nordfyns.toml:23:1: note: test 'the 49-year-old woman on 2025-09-01: still 12 hours, whatever the national answer' bestået
! nytte: 1 regelfil kontrolleret: 0 fejl, 0 advarsler; 13 test, 0 fejlede

$ LC_ALL=da_DK.UTF-8 nytte validate rules/national.toml
! nytte: 1 regelfil kontrolleret: 0 fejl, 0 advarsler; 43 test, 0 fejlede

# A broken rule file: the message in Danish, at the same place, with the
# same words error/warning for the parsers of CI.
$ LC_ALL=da_DK.UTF-8 nytte validate tests/data/bad-rules/several-errors.toml
| tests/data/bad-rules/several-errors.toml:11:15: error: kan ikke sammenligne 'age()' (tal) med '"18"' (tekst) ved hjælp af '>='
| tests/data/bad-rules/several-errors.toml:16:21: error: 'jobparate' er ikke en kategorikode i 'category'; mente du 'jobparat'?
| tests/data/bad-rules/several-errors.toml:18:1: error: ukendt nøgle 'titel' i [[target_group]]; mente du 'title'?
! nytte: 1 regelfil kontrolleret: 3 fejl, 0 advarsler; 0 test, 0 fejlede
? 1

$ LC_ALL=da_DK.UTF-8 nytte validate tests/data/bad-rules/type-error.toml tests/data/bad-rules/unknown-code.toml tests/data/bad-rules/unknown-function.toml tests/data/bad-rules/hours-not-number.toml
| tests/data/bad-rules/type-error.toml:11:17: error: kan ikke sammenligne 'benefit' (tekst) med '3' (tal) ved hjælp af '>'
| tests/data/bad-rules/unknown-code.toml:14:20: error: 'uddanelseshjaelp' (i konstanten 'benefits') er ikke en ydelseskode i 'benefit'; mente du 'uddannelseshjaelp'?
| tests/data/bad-rules/unknown-function.toml:11:9: error: ukendt funktion 'months_in'; mente du 'months_on'?
| tests/data/bad-rules/hours-not-number.toml:11:10: error: forventede et udtryk af typen tal, men 'work_capacity_hours > 37' er af typen sandhedsværdi
! nytte: 4 regelfiler kontrolleret: 4 fejl, 0 advarsler; 0 test, 0 fejlede
? 1

$ LC_ALL=da_DK.UTF-8 nytte validate tests/data/warn-rules/warnings.toml
| tests/data/warn-rules/warnings.toml:10:8: warning: feltet 'housing_benefit' er erklæret, men ingen regel læser det
| tests/data/warn-rules/warnings.toml:22:1: warning: målgruppen 'g' har et hul mellem versionerne: ingen er gældende fra 1. januar 2022 til 28. februar 2022 (den tidligere version i linje 14 slutter 31. december 2021)
| tests/data/warn-rules/warnings.toml:29:1: warning: målgruppen 'old' nævner hverken kilde eller retsgrundlag; tilføj source = "..." (id'et på en [[source]]) og citatet fra den tekst, reglen bygger på
| tests/data/warn-rules/warnings.toml:34:1: warning: sporet 'late' kan ikke nås: ingen af de målgrupper, det nævner, er gældende i sporets gyldighedsperiode
! nytte: 1 regelfil kontrolleret: 0 fejl, 4 advarsler; 0 test, 0 fejlede

# A failing rule test.
# (The decision below it is check-eligibility's text: tests/e2e/da_*.t.)
$ LC_ALL=da_DK.UTF-8 nytte validate tests/data/warn-rules/failing-test.toml | head -2
| tests/data/warn-rules/failing-test.toml:15:1: error: test '17-year-old is an adult (wrong on purpose)' (den 1. januar 2025) fejlede: eligible: forventede true, fik false; target_groups: forventede ["adults"], fik []
|   Afgørelsen:
! nytte: 1 regelfil kontrolleret: 0 fejl, 0 advarsler; 1 test, 1 fejlede
? 1

# The machine formats are the same whatever the language.
$ nytte validate --format json tests/data/bad-rules/ > $TMP/en.json 2> $TMP/en.err; LC_ALL=da_DK.UTF-8 nytte validate --format json tests/data/bad-rules/ > $TMP/da.json 2> $TMP/da.err; cmp $TMP/en.json $TMP/da.json && cmp $TMP/en.err $TMP/da.err && echo same
| same

$ nytte validate --format junit tests/data/bad-rules/ tests/data/warn-rules/ > $TMP/en.xml 2>&1; LC_ALL=da_DK.UTF-8 nytte validate --format junit tests/data/bad-rules/ tests/data/warn-rules/ > $TMP/da.xml 2>&1; cmp $TMP/en.xml $TMP/da.xml && echo same
| same

$ nytte validate --format github tests/data/warn-rules/ > $TMP/en.txt 2>&1; LC_ALL=da_DK.UTF-8 nytte validate --format github tests/data/warn-rules/ > $TMP/da.txt 2>&1; cmp $TMP/en.txt $TMP/da.txt && echo same
| same

# Usage errors of a run's options.
$ LC_ALL=da_DK.UTF-8 nytte check-eligibility examples/citizens/nordfyns-49.toml --on 2025-13-01
! nytte: fejl: --on: '2025-13-01' er ikke en dato; forventede ÅÅÅÅ-MM-DD, f.eks. 2025-09-01
? 2

$ cp examples/citizens/nordfyns-49.toml $TMP/p.toml && cd $TMP && LC_ALL=da_DK.UTF-8 nytte check-eligibility p.toml --on 2025-09-01 -o p.toml
! nytte: fejl: -o p.toml er den samme fil som inddatafilen p.toml: resultatet ville erstatte den; skriv det et andet sted
? 2

$ LC_ALL=da_DK.UTF-8 nytte check-eligibility examples/citizens/nordfyns-49.toml --on 2025-09-01 --csv-sep x --format csv
! nytte: fejl: --csv-sep: 'x' er hverken ',' eller ';'
? 2


# Standard error of a run: the errors not shown, the records not read.
$ LC_ALL=da_DK.UTF-8 nytte check-eligibility tests/data/bad/many-errors.csv --on 2025-09-01 --format csv 2>&1 >/dev/null | tail -2 | head -1
| nytte: yderligere 6 fejl vises ikke; de første 10 af hver slags står ovenfor (duplicate-id 2, wrong-type 4)
? 2

$ LC_ALL=da_DK.UTF-8 nytte check-eligibility tests/data/bad/many-errors.csv --on 2025-09-01 --format csv 2>&1 >/dev/null | tail -1 | grep -o '[^;]*$'
|  26 poster ikke læst
? 2
