# diff, used as its users would and tried to break (a review of issue 23):
# what each fix found wrong, and the cases around it.

# Few people changed: the report hides the count (<5), and so do the summary
# line on standard error, the JSON header (null, with the mark, as a row's
# hidden cell) and the HTML header, which once gave it in full.
$ head -51 examples/population/aarhus-2000.csv > $TMP/p50.csv
$ nytte diff $TMP/p50.csv --rules rules/aarhus.toml --against tests/data/diff/aarhus-30mdr.toml \
>     --on 2025-09-01 -o $TMP/p50.txt
! nytte: diff of 50 people: <5 changed (aarhus 2022-03 on 2025-09-01 -> aarhus 2026-12-30mdr on 2025-09-01); 0 records not read
$ grep -E '^  (Unchanged|Changed)  ' $TMP/p50.txt
|   Unchanged            x
|   Changed             <5
$ nytte diff $TMP/p50.csv --rules rules/aarhus.toml --against tests/data/diff/aarhus-30mdr.toml \
>     --on 2025-09-01 --format json -q -o $TMP/p50.json
$ python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["people"], d["changed"], d["suppressed"])' $TMP/p50.json
| 50 None {'changed': '<5'}
$ nytte diff $TMP/p50.csv --rules rules/aarhus.toml --against tests/data/diff/aarhus-30mdr.toml \
>     --on 2025-09-01 --format html -q -o $TMP/p50.html
$ grep -o '50 people, [^.]* changed' $TMP/p50.html
| 50 people, &lt;5 changed
$ nytte --lang da diff $TMP/p50.csv --rules rules/aarhus.toml \
>     --against tests/data/diff/aarhus-30mdr.toml --on 2025-09-01 -o /dev/null
! nytte: sammenligning af 50 borgere: <5 .*; 0 poster ikke læst (re)
# --no-suppress: every count, in the header too.
$ nytte diff $TMP/p50.csv --rules rules/aarhus.toml --against tests/data/diff/aarhus-30mdr.toml \
>     --on 2025-09-01 --format json --no-suppress 2>&1 | grep -E '^  "(changed|suppressed)"|^nytte:'
|   "changed": 3,
| nytte: diff of 50 people: 3 changed (aarhus 2022-03 on 2025-09-01 -> aarhus 2026-12-30mdr on 2025-09-01); 0 records not read
# validate --baseline writes the same header in its JSON.
$ nytte validate tests/data/diff/aarhus-30mdr.toml --baseline rules/aarhus.toml \
>     --population $TMP/p50.csv --on 2025-09-01 --format json -q -o $TMP/v.json
$ python3 -c 'import json,sys; d=json.load(open(sys.argv[1]))["diffs"][0]; print(d.get("changed", "?"), d.get("suppressed"))' $TMP/v.json
| None {'changed': '<5'}

# Two rule sets that declare different citizen fields cannot be diffed (a
# record is read once): the message names the first field that differs on
# each side and where it is declared.
$ for f in a b c; do cp rules/aarhus.toml $TMP/$f.toml; done; \
>   printf '\n[[field]]\nname = "housing_benefit"\ntype = "bool"\ndescription = "x"\n' >> $TMP/a.toml; \
>   printf '\n[[field]]\nname = "housing_benefit"\ntype = "number"\ndescription = "x"\n' >> $TMP/b.toml; \
>   cat $TMP/a.toml > $TMP/c.toml; \
>   printf '\n[[field]]\nname = "integration_need"\ntype = "bool"\ndescription = "x"\n' >> $TMP/c.toml; \
>   sed -i 's/^version = .*/version = "x"/' $TMP/b.toml $TMP/c.toml
$ nytte diff $TMP/p50.csv --rules $TMP/a.toml --against $TMP/b.toml --on 2025-09-01
! nytte: error: the two rule sets declare different citizen fields: field 1 is 'housing_benefit' \(bool\) in /.*/a.toml:\d+:8 and 'housing_benefit' \(number\) in /.*/b.toml:\d+:8; a diff reads each record once, so the fields one declares must begin the other's, in the same order (re)
? 2
# One declaring a field more than the other, after the same ones, is fine.
$ nytte diff $TMP/p50.csv --rules $TMP/a.toml --against $TMP/c.toml --on 2025-09-01 -q -o /dev/null
$ nytte diff $TMP/p50.csv --rules $TMP/c.toml --against $TMP/a.toml --on 2025-09-01 -q -o /dev/null
