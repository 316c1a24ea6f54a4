# diff: a population decided under two rule sets (or on two dates), the
# changes counted, small counts hidden (docs/diff.md).

# The Aarhus rules against a copy that reads "3 of the last 4 years" as 30
# months: the report names both sides; the summary says how many changed.
$ nytte diff examples/population/aarhus-2000.csv --rules rules/aarhus.toml \
>     --against tests/data/diff/aarhus-30mdr.toml --on 2025-09-01 -o $TMP/diff.txt
! nytte: diff of 2000 people: 52 changed (aarhus 2022-03 on 2025-09-01 -> aarhus 2026-12-30mdr on 2025-09-01); 0 records not read
$ sed -n '1,/^Status before/p' $TMP/diff.txt
| nytte diff
| Before: aarhus 2022-03 (Aarhus-modellen for nytteindsats), rules/aarhus.toml, on 2025-09-01
| After: aarhus 2026-12-30mdr (Aarhus-modellen for nytteindsats), tests/data/diff/aarhus-30mdr.toml, on 2025-09-01
| Counts from 1 to 4 are shown as <5; x marks a figure hidden so that such a
| count cannot be worked out from the others.
|
| == Who changes ==
| Everyone decided on both sides. Changed: the status, the target groups met,
| the exemptions that hold, the track, the required hours a week or their cap
| differ; warnings and missing fields alone are no change. Covered: in a target
| group and not exempt.
|
| People changed
|   Figure          People
|   --------------  ------
|   People decided   2,000
|   Unchanged        1,948
|   Changed             52
|
| Status before (rows) and after (columns)

# JSON: both sides, the people and how many changed, the same in every language.
$ nytte diff examples/population/aarhus-2000.csv --rules rules/aarhus.toml \
>     --against tests/data/diff/aarhus-30mdr.toml --on 2025-09-01 --format json 2>/dev/null \
>   | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["before"]["version"], d["after"]["version"], d["people"], d["changed"], d["errors"], [s["id"] for s in d["sections"]])'
| 2022-03 2026-12-30mdr 2000 52 0 ['status', 'groups', 'hours', 'capacity', 'conditions']
$ nytte --lang da diff examples/population/aarhus-2000.csv --rules rules/aarhus.toml \
>     --against tests/data/diff/aarhus-30mdr.toml --on 2025-09-01 --format json 2>/dev/null > $TMP/da.json
$ nytte diff examples/population/aarhus-2000.csv --rules rules/aarhus.toml \
>     --against tests/data/diff/aarhus-30mdr.toml --on 2025-09-01 --format json --threads 1 2>/dev/null | cmp - $TMP/da.json && echo same
| same

# --list: one JSON line a changed person, in input order, with both
# decisions exactly as check-eligibility --format jsonl writes them.
$ nytte diff examples/population/aarhus-2000.csv --rules rules/aarhus.toml \
>     --against tests/data/diff/aarhus-30mdr.toml --on 2025-09-01 --list $TMP/changed.jsonl -o /dev/null
! nytte: diff of 2000 people: 52 changed (aarhus 2022-03 on 2025-09-01 -> aarhus 2026-12-30mdr on 2025-09-01); 0 records not read
$ wc -l < $TMP/changed.jsonl
| 52
$ head -1 $TMP/changed.jsonl | python3 -c 'import json,sys; d=json.loads(sys.stdin.read()); print(d["id"], d["changed"], d["before"]["status"], d["after"]["status"])'
| p0000013 ['target_groups'] eligible eligible
$ id=$(head -1 $TMP/changed.jsonl | python3 -c 'import json,sys; print(json.loads(sys.stdin.read())["id"])'); \
>   grep "^$id," examples/population/aarhus-2000.csv > $TMP/one.csv; \
>   (head -1 examples/population/aarhus-2000.csv; cat $TMP/one.csv) > $TMP/person.csv; \
>   nytte check-eligibility $TMP/person.csv --rules tests/data/diff/aarhus-30mdr.toml --on 2025-09-01 --format jsonl 2>/dev/null > $TMP/after.jsonl; \
>   head -1 $TMP/changed.jsonl | python3 -c 'import json,sys; d=json.loads(sys.stdin.read()); a=json.load(open(sys.argv[1])); print(d["after"] == a)' $TMP/after.jsonl
| True
# CPR numbers masked unless --show-cpr.
$ grep -c -E '"cpr":"[0-9]{6}-[0-9]{4}"' $TMP/changed.jsonl
| 0
? 1
$ nytte diff examples/population/aarhus-2000.csv --rules rules/aarhus.toml \
>     --against tests/data/diff/aarhus-30mdr.toml --on 2025-09-01 --list - --show-cpr 2>/dev/null | grep -c -E '"cpr":"[0-9]{6}-[0-9]{4}"'
| 52

# --list -: the list on standard output, the report only with -o.
$ nytte diff examples/population/aarhus-2000.csv --rules rules/aarhus.toml \
>     --against tests/data/diff/aarhus-30mdr.toml --on 2025-09-01 --list - 2>/dev/null | cmp - $TMP/changed.jsonl && echo same
| same

# --fail-over N: exit 1 when more than N changed; the report still written whole.
$ nytte diff examples/population/aarhus-2000.csv --rules rules/aarhus.toml \
>     --against tests/data/diff/aarhus-30mdr.toml --on 2025-09-01 --fail-over 40 -o $TMP/over.txt
! nytte: diff of 2000 people: 52 changed (aarhus 2022-03 on 2025-09-01 -> aarhus 2026-12-30mdr on 2025-09-01); 0 records not read; more than the 40 allowed (--fail-over 40)
? 1
$ cmp $TMP/over.txt $TMP/diff.txt && echo same
| same
$ nytte diff examples/population/aarhus-2000.csv --rules rules/aarhus.toml \
>     --against tests/data/diff/aarhus-30mdr.toml --on 2025-09-01 --fail-over 52 -q -o /dev/null
$ nytte diff examples/population/aarhus-2000.csv --rules rules/aarhus.toml \
>     --against tests/data/diff/aarhus-30mdr.toml --on 2025-09-01 --fail-over 51 -q
? 1

# Two dates of one rule set: the national rules before and after 1 July 2025.
$ nytte diff examples/population/aarhus-2000.csv --rules national --on 2025-06-30 --against-on 2025-07-01 -o /dev/null
! nytte: diff of 2000 people: 1039 changed (national 2025-07 on 2025-06-30 -> national 2025-07 on 2025-07-01); 0 records not read

# The same rules on the same date: nobody changes.
$ nytte diff examples/population/aarhus-2000.csv --rules rules/aarhus.toml --against rules/aarhus.toml --on 2025-09-01 -o /dev/null
! nytte: diff of 2000 people: 0 changed (aarhus 2022-03 on 2025-09-01 -> aarhus 2022-03 on 2025-09-01); 0 records not read

# A changed copy that kept the version: a warning.
$ cp rules/aarhus.toml $TMP/aarhus.toml && nytte diff examples/population/aarhus-2000.csv --rules rules/aarhus.toml --against $TMP/aarhus.toml --on 2025-09-01 -o /dev/null
! nytte: warning: both rule files say version 2022-03: give the changed one a version of its own ([ruleset] version)
! nytte: diff of 2000 people: 0 changed (aarhus 2022-03 on 2025-09-01 -> aarhus 2022-03 on 2025-09-01); 0 records not read

# A bad record: reported with file:line:column, the others still counted, exit 2 (2 beats 1).
$ nytte diff tests/data/report/aarhus-30-bad.csv --rules rules/aarhus.toml \
>     --against tests/data/diff/aarhus-30mdr.toml --on 2025-09-01 --fail-over 0 --format json \
>   | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["people"], d["changed"], d["errors"])'
| 29 None 1
! nytte: error: tests/data/report/aarhus-30-bad.csv:4:98: field 'unemployed_since' must be a date like 1970-03-14, found '2023-02-30'
! nytte: diff of 29 people: <5 changed (aarhus 2022-03 on 2025-09-01 -> aarhus 2026-12-30mdr on 2025-09-01); 1 record not read; more than the 0 allowed (--fail-over 0)
? 2

# Bad usage.
$ nytte diff examples/population/aarhus-2000.csv --rules rules/aarhus.toml
! nytte: error: nothing to compare: give --against RULES or --against-on DATE
? 2
$ nytte diff --rules rules/aarhus.toml --against-on 2025-09-01
! nytte: error: no input: give a population (TOML or CSV files, directories, or - for standard input)
? 2
$ nytte diff examples/population/aarhus-2000.csv --rules rules/aarhus.toml --rules rules/nordfyns.toml --against-on 2025-09-01
! nytte: error: a diff compares two rule sets: give --rules once (before) and --against once (after)
? 2
$ nytte diff examples/population/aarhus-2000.csv --against-on 2025-09-31
! nytte: error: --against-on: '2025-09-31' is not a date; expected YYYY-MM-DD, e.g. 2025-09-01
? 2
$ nytte diff examples/population/aarhus-2000.csv --against-on 2025-09-01 --format jsonl
! nytte: error: --format: 'jsonl' is not one of text, markdown, csv, json, html, github, gitlab; did you mean 'json'?
! nytte: error: see 'nytte diff --help'
? 2
$ nytte diff examples/population/aarhus-2000.csv --against-on 2025-09-01 --list - -o -
! nytte: error: --list - and -o - both write to standard output: give one as a file
? 2
$ nytte diff examples/population/aarhus-2000.csv --against-on 2025-09-01 --fail-over -3
! nytte: error: --fail-over: expected a whole number, 0 or more, got '-3'
! nytte: error: see 'nytte diff --help'
? 2
$ nytte diff examples/population/aarhus-2000.csv --against no-such-rules.toml
! nytte: error: no-such-rules.toml: cannot read: no such file or directory
? 2

# The CI annotations (lib/diff/diff_annotations.h): one line a notice, the
# fail-over an ::error, exit 1.
$ nytte diff examples/population/aarhus-2000.csv --rules rules/aarhus.toml \
>     --against tests/data/diff/aarhus-30mdr.toml --on 2025-09-01 --format github --fail-over 40 -q -o $TMP/ci.txt
? 1
$ cut -d: -f1-3 $TMP/ci.txt | sort | uniq -c
|       1 ::error title=nytte diff
|       1 ::notice file=tests/data/diff/aarhus-30mdr.toml,line=104,col=1,title=nytte diff%3A max_hours jobpakke
|       1 ::notice file=tests/data/diff/aarhus-30mdr.toml,line=72,col=1,title=nytte diff%3A target_group aarhus_integrationsbehov
|       1 ::notice title=nytte diff
