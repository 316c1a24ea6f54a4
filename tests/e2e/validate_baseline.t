# validate --baseline REF --population POP: after the checks, each rule file
# is diffed against its counterpart in REF on the population, and the diff
# written in validate's format. tests/data/diff/aarhus-30mdr.toml reads "3
# of the last 4 years" as 30 months: 52 of the 2,000 people change.
$ nytte validate tests/data/diff/aarhus-30mdr.toml --baseline rules/aarhus.toml --population examples/population/aarhus-2000.csv --on 2025-09-01 | sed -n '1,3p;/^People changed/,/Changed  /p'
| nytte diff
| Before: aarhus 2022-03 (Aarhus-modellen for nytteindsats), rules/aarhus.toml, on 2025-09-01
| After: aarhus 2026-12-30mdr (Aarhus-modellen for nytteindsats), tests/data/diff/aarhus-30mdr.toml, on 2025-09-01
| People changed
|   Figure          People
|   --------------  ------
|   People decided   2,000
|   Unchanged        1,948
|   Changed             52
! nytte: tests/data/diff/aarhus-30mdr.toml against rules/aarhus.toml: 52 of 2000 people changed
! nytte: 1 rule file checked: 0 errors, 0 warnings; 0 tests, 0 failed

# github: a notice with the summary and the transition table, one at the
# rule that made the difference, and an error over --fail-over (exit 1).
$ nytte validate tests/data/diff/aarhus-30mdr.toml --baseline rules/aarhus.toml --population examples/population/aarhus-2000.csv --on 2025-09-01 --format github --fail-over 40
| ::notice title=nytte diff::52 of 2000 people changed (aarhus 2022-03 on 2025-09-01 -> aarhus 2026-12-30mdr on 2025-09-01)%0ABefore: aarhus 2022-03 (Aarhus-modellen for nytteindsats), rules/aarhus.toml, on 2025-09-01%0AAfter: aarhus 2026-12-30mdr (Aarhus-modellen for nytteindsats), tests/data/diff/aarhus-30mdr.toml, on 2025-09-01%0A%0ABefore \ after  covered  exempt  not eligible  undetermined  Total%0Acovered            1644       0             0             0   1644%0Aexempt               <5       x             0             0     19%0Anot eligible         <5       0             x             0    103%0Aundetermined         16       0             0           218    234%0ATotal              1663       x             x           218   2000
| ::notice file=tests/data/diff/aarhus-30mdr.toml,line=72,col=1,title=nytte diff%3A target_group aarhus_integrationsbehov::52 people changed (to yes 52, to no 0, to unknown 0); the rule was edited; source: LAB §§ 82-89 (nytteindsats); Rådmand præsenterer Aarhus-model for nytteindsats
| ::notice file=tests/data/diff/aarhus-30mdr.toml,line=104,col=1,title=nytte diff%3A max_hours jobpakke::16 people changed (higher 0, lower 0, other 16); source: LAB §§ 82-89 (nytteindsats); Rådmand præsenterer Aarhus-model for nytteindsats
| ::error title=nytte diff::52 people changed, more than the 40 allowed (--fail-over 40)
! nytte: tests/data/diff/aarhus-30mdr.toml against rules/aarhus.toml: 52 of 2000 people changed; over the limit of 40 (--fail-over)
! nytte: 1 rule file checked: 0 errors, 0 warnings; 0 tests, 0 failed
? 1

# At the limit: no error, exit 0.
$ nytte validate tests/data/diff/aarhus-30mdr.toml --baseline rules/aarhus.toml --population examples/population/aarhus-2000.csv --on 2025-09-01 --format github --fail-over 52 -q; echo "exit $?"
| exit 0

# gitlab: one Code Quality report, validate's issues and the diff's. A
# directory as the baseline: each file against the one of the same name; a
# file with no counterpart, or one that does not load, is not diffed.
$ mkdir $TMP/base && cp rules/aarhus.toml $TMP/base/aarhus-30mdr.toml && cp rules/aarhus.toml $TMP/base/unknown-key.toml
$ nytte validate tests/data/diff/aarhus-30mdr.toml tests/data/bad-rules/unknown-key.toml rules/greve.toml --baseline $TMP/base --population examples/population/aarhus-2000.csv --on 2025-09-01 --format gitlab --fail-over 0 | jq -c '.[] | [.check_name, .severity, .location.path, .location.lines.begin]'
| ["nytte-validate/unknown-key","major","tests/data/bad-rules/unknown-key.toml",5]
| ["nytte-diff/summary","info","tests/data/diff/aarhus-30mdr.toml",1]
| ["nytte-diff/target_group","info","tests/data/diff/aarhus-30mdr.toml",72]
| ["nytte-diff/max_hours","info","tests/data/diff/aarhus-30mdr.toml",104]
| ["nytte-diff/fail-over","major","tests/data/diff/aarhus-30mdr.toml",1]
! nytte: tests/data/diff/aarhus-30mdr.toml against .*/base/aarhus-30mdr.toml: 52 of 2000 people changed; over the limit of 0 \(--fail-over\) (re)
! nytte: 3 rule files checked: 1 error, 0 warnings; 38 tests, 0 failed
? 1

# json: "diffs", one diff report each, its "changed" the true count; ok is
# false over --fail-over. junit: a test case a diff, failing over it.
$ nytte validate tests/data/diff/aarhus-30mdr.toml --baseline rules/aarhus.toml --population examples/population/aarhus-2000.csv --on 2025-09-01 --format json --fail-over 10 2>/dev/null | jq -c '[.diffs[0].people, .diffs[0].changed, .summary.ok]'
| [2000,52,false]
? 1
$ nytte validate tests/data/diff/aarhus-30mdr.toml --baseline rules/aarhus.toml --population examples/population/aarhus-2000.csv --on 2025-09-01 --format junit --fail-over 10 | grep -A2 'baseline" name'
|     <testcase classname="nytte validate --baseline" name="diff tests/data/diff/aarhus-30mdr.toml against rules/aarhus.toml" file="tests/data/diff/aarhus-30mdr.toml" line="1">
|       <failure type="fail-over" message="52 people changed, more than the 10 allowed (--fail-over 10)">52 of 2000 people changed (aarhus 2022-03 on 2025-09-01 -&gt; aarhus 2026-12-30mdr on 2025-09-01)</failure>
|     </testcase>
! nytte: tests/data/diff/aarhus-30mdr.toml against rules/aarhus.toml: 52 of 2000 people changed; over the limit of 10 (--fail-over)
! nytte: 1 rule file checked: 0 errors, 0 warnings; 0 tests, 0 failed
? 1

# Usage: --baseline and --population come together; a file baseline needs
# one rule file checked.
$ nytte validate rules/ --baseline rules/
! nytte: error: --baseline needs --population: the people to diff the rules on
? 2
$ nytte validate rules/ --population examples/population/aarhus-2000.csv
! nytte: error: --population needs --baseline: the rules to diff against
? 2
$ nytte validate rules/aarhus.toml rules/greve.toml --baseline rules/aarhus.toml --population examples/population/aarhus-2000.csv
! nytte: error: --baseline rules/aarhus.toml is a file, and 2 rule files are checked: give a directory with files of the same names
? 2
$ nytte validate rules/aarhus.toml --baseline no/such.toml --population examples/population/aarhus-2000.csv
! nytte: error: no/such.toml: cannot read: no such file or directory
? 2
