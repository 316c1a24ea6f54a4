# nytte validate: every broken rule file gives its message at file:line:column
# and exit 1; warnings pass unless --strict; the output formats for CI.

$ nytte validate rules/
! nytte: 7 rule files checked: 0 errors, 0 warnings; 202 tests, 0 failed

$ nytte validate tests/data/bad-rules/bad-dates.toml
| tests/data/bad-rules/bad-dates.toml:12:12: error: valid_to 2025-01-01 is before valid_from 2025-07-01
! nytte: 1 rule file checked: 1 error, 0 warnings; 0 tests, 0 failed
? 1

$ nytte validate tests/data/bad-rules/bad-expression.toml
| tests/data/bad-rules/bad-expression.toml:13:5: error: unknown field 'benfit'; did you mean 'benefit'?
! nytte: 1 rule file checked: 1 error, 0 warnings; 0 tests, 0 failed
? 1

$ nytte validate tests/data/bad-rules/bad-id.toml
| tests/data/bad-rules/bad-id.toml:2:6: error: rule set id must be [a-z0-9_]+
! nytte: 1 rule file checked: 1 error, 0 warnings; 0 tests, 0 failed
? 1

$ nytte validate tests/data/bad-rules/broken-toml.toml
| tests/data/bad-rules/broken-toml.toml:3:18: error: string not closed before the end of the line: end it with a quote, or write a string of several lines between triple quotes (""" or ''')
! nytte: 1 rule file checked: 1 error, 0 warnings; 0 tests, 0 failed
? 1

$ nytte validate tests/data/bad-rules/calendar.toml
| tests/data/bad-rules/calendar.toml:8:17: error: unknown closing day 'grundlovdag' (known: grundlovsdag, juleaftensdag, nytaarsaftensdag; or write a date); did you mean 'grundlovsdag'?
| tests/data/bad-rules/calendar.toml:12:11: error: unknown track 'arbejdsplit'; did you mean 'arbejdspligt'?
! nytte: 1 rule file checked: 2 errors, 0 warnings; 0 tests, 0 failed
? 1

$ nytte validate tests/data/bad-rules/constant-type.toml
| tests/data/bad-rules/constant-type.toml:6:10: error: constant 'limits' must be a bool, number, string, date or array of strings, found a table
! nytte: 1 rule file checked: 1 error, 0 warnings; 0 tests, 0 failed
? 1

$ nytte validate tests/data/bad-rules/cycle-a.toml
| tests/data/bad-rules/cycle-b.toml:4:11: error: 'extends' makes a cycle: tests/data/bad-rules/cycle-b.toml extends tests/data/bad-rules/cycle-a.toml, which is already being loaded
! nytte: 1 rule file checked: 1 error, 0 warnings; 0 tests, 0 failed
? 1

$ nytte validate tests/data/bad-rules/cycle-b.toml
| tests/data/bad-rules/cycle-a.toml:4:11: error: 'extends' makes a cycle: tests/data/bad-rules/cycle-a.toml extends tests/data/bad-rules/cycle-b.toml, which is already being loaded
! nytte: 1 rule file checked: 1 error, 0 warnings; 0 tests, 0 failed
? 1

$ nytte validate tests/data/bad-rules/extends-missing.toml
| tests/data/bad-rules/extends-missing.toml:4:11: error: rule set 'tests/data/bad-rules/extends-missing.toml' extends 'no-such-file.toml', which does not exist (tests/data/bad-rules/no-such-file.toml)
! nytte: 1 rule file checked: 1 error, 0 warnings; 0 tests, 0 failed
? 1

$ nytte validate tests/data/bad-rules/extends-self.toml
| tests/data/bad-rules/extends-self.toml:4:11: error: 'extends' makes a cycle: tests/data/bad-rules/extends-self.toml extends tests/data/bad-rules/extends-self.toml, which is already being loaded
! nytte: 1 rule file checked: 1 error, 0 warnings; 0 tests, 0 failed
? 1

$ nytte validate tests/data/bad-rules/hours-not-number.toml
| tests/data/bad-rules/hours-not-number.toml:11:10: error: expected a number expression, but 'work_capacity_hours > 37' is a bool
! nytte: 1 rule file checked: 1 error, 0 warnings; 0 tests, 0 failed
? 1

$ nytte validate tests/data/bad-rules/missing-title.toml
| tests/data/bad-rules/missing-title.toml:1:1: error: missing required key 'title'
! nytte: 1 rule file checked: 1 error, 0 warnings; 0 tests, 0 failed
? 1

$ nytte validate tests/data/bad-rules/overlapping-versions.toml
| tests/data/bad-rules/overlapping-versions.toml:16:1: error: target group 'g' has two versions in force at the same time (the other at line 9); give them valid_from/valid_to dates that do not overlap
! nytte: 1 rule file checked: 1 error, 0 warnings; 0 tests, 0 failed
? 1

$ nytte validate tests/data/bad-rules/several-errors.toml
| tests/data/bad-rules/several-errors.toml:11:15: error: cannot compare 'age()' (number) with '"18"' (string) using '>='
| tests/data/bad-rules/several-errors.toml:16:21: error: 'jobparate' is not a category code of 'category'; did you mean 'jobparat'?
| tests/data/bad-rules/several-errors.toml:18:1: error: unknown key 'titel' in [[target_group]]; did you mean 'title'?
! nytte: 1 rule file checked: 3 errors, 0 warnings; 0 tests, 0 failed
? 1

$ nytte validate tests/data/bad-rules/type-error.toml
| tests/data/bad-rules/type-error.toml:11:17: error: cannot compare 'benefit' (string) with '3' (number) using '>'
! nytte: 1 rule file checked: 1 error, 0 warnings; 0 tests, 0 failed
? 1

$ nytte validate tests/data/bad-rules/unknown-code.toml
| tests/data/bad-rules/unknown-code.toml:14:20: error: 'uddanelseshjaelp' (in constant 'benefits') is not a benefit code of 'benefit'; did you mean 'uddannelseshjaelp'?
! nytte: 1 rule file checked: 1 error, 0 warnings; 0 tests, 0 failed
? 1

$ nytte validate tests/data/bad-rules/unknown-function.toml
| tests/data/bad-rules/unknown-function.toml:11:9: error: unknown function 'months_in'; did you mean 'months_on'?
! nytte: 1 rule file checked: 1 error, 0 warnings; 0 tests, 0 failed
? 1

$ nytte validate tests/data/bad-rules/unknown-group.toml
| tests/data/bad-rules/unknown-group.toml:16:11: error: unknown target group 'adult'; did you mean 'adults'?
! nytte: 1 rule file checked: 1 error, 0 warnings; 0 tests, 0 failed
? 1

$ nytte validate tests/data/bad-rules/unknown-key.toml
| tests/data/bad-rules/unknown-key.toml:5:3: error: unknown key 'target_grup' in top-level table; did you mean 'target_group'?
! nytte: 1 rule file checked: 1 error, 0 warnings; 0 tests, 0 failed
? 1

$ nytte validate tests/data/bad-rules/unknown-source.toml
| tests/data/bad-rules/unknown-source.toml:12:10: error: unknown source 'seed_2091' (declare it in a [[source]] table); did you mean 'seed_2019'?
! nytte: 1 rule file checked: 1 error, 0 warnings; 0 tests, 0 failed
? 1

$ nytte validate tests/data/bad-rules/wrong-date-type.toml
| tests/data/bad-rules/wrong-date-type.toml:11:14: error: 'valid_from' must be a TOML date like 2025-07-01, found a string
! nytte: 1 rule file checked: 1 error, 0 warnings; 0 tests, 0 failed
? 1

# Warnings: exit 0, or 1 with --strict.
$ nytte validate tests/data/warn-rules/warnings.toml
| tests/data/warn-rules/warnings.toml:10:8: warning: field 'housing_benefit' is declared but no rule reads it
| tests/data/warn-rules/warnings.toml:22:1: warning: target group 'g' has a gap between versions: none is in force from 2022-01-01 to 2022-02-28 (the earlier version at line 14 ends 2021-12-31)
| tests/data/warn-rules/warnings.toml:29:1: warning: target group 'old' names no source or legal basis; add source = "..." (a [[source]] id) and the quote it encodes
| tests/data/warn-rules/warnings.toml:34:1: warning: track 'late' cannot be reached: no target group it names is in force while it is
! nytte: 1 rule file checked: 0 errors, 4 warnings; 0 tests, 0 failed

$ nytte validate --strict tests/data/warn-rules/warnings.toml
| tests/data/warn-rules/warnings.toml:10:8: error: field 'housing_benefit' is declared but no rule reads it
| tests/data/warn-rules/warnings.toml:22:1: error: target group 'g' has a gap between versions: none is in force from 2022-01-01 to 2022-02-28 (the earlier version at line 14 ends 2021-12-31)
| tests/data/warn-rules/warnings.toml:29:1: error: target group 'old' names no source or legal basis; add source = "..." (a [[source]] id) and the quote it encodes
| tests/data/warn-rules/warnings.toml:34:1: error: track 'late' cannot be reached: no target group it names is in force while it is
! nytte: 1 rule file checked: 4 errors, 0 warnings; 0 tests, 0 failed
? 1

# A failing rule test shows expected against actual.
$ nytte validate tests/data/warn-rules/failing-test.toml
| tests/data/warn-rules/failing-test.toml:15:1: error: test '17-year-old is an adult (wrong on purpose)' (on 2025-01-01) failed: eligible: expected true, got false; target_groups: expected ["adults"], got []
|   The decision:
|     test:17-year-old is an adult (wrong on purpose) - rules failing_test on 2025-01-01
|       NOT ELIGIBLE: in no target group
|
|      Target groups
|       ✘ adults
|           if age() >= 18
|           read: age() = 17
|           source: Test source
|           “adults”
! nytte: 1 rule file checked: 0 errors, 0 warnings; 1 test, 1 failed
? 1

# JSON for scripts.
$ nytte validate --format json tests/data/bad-rules/several-errors.toml | jq -c '.files[] | {file, errors: [.problems[] | .line]}'
| {"file":"tests/data/bad-rules/several-errors.toml","errors":[11,16,18]}
! nytte: 1 rule file checked: 3 errors, 0 warnings; 0 tests, 0 failed
? 1

# GitHub workflow annotations.
$ nytte validate --format github tests/data/bad-rules/unknown-key.toml tests/data/warn-rules/warnings.toml
| ::error file=tests/data/bad-rules/unknown-key.toml,line=5,col=3,title=nytte validate%3A unknown-key::unknown key 'target_grup' in top-level table; did you mean 'target_group'?
| ::warning file=tests/data/warn-rules/warnings.toml,line=10,col=8,title=nytte validate%3A unused-field::field 'housing_benefit' is declared but no rule reads it
| ::warning file=tests/data/warn-rules/warnings.toml,line=22,col=1,title=nytte validate%3A version-gap::target group 'g' has a gap between versions: none is in force from 2022-01-01 to 2022-02-28 (the earlier version at line 14 ends 2021-12-31)
| ::warning file=tests/data/warn-rules/warnings.toml,line=29,col=1,title=nytte validate%3A no-source::target group 'old' names no source or legal basis; add source = "..." (a [[source]] id) and the quote it encodes
| ::warning file=tests/data/warn-rules/warnings.toml,line=34,col=1,title=nytte validate%3A unreachable-track::track 'late' cannot be reached: no target group it names is in force while it is
! nytte: 2 rule files checked: 1 error, 4 warnings; 0 tests, 0 failed
? 1

# JUnit XML: well formed, and its counts are right.
$ nytte validate --format junit rules/ tests/data/bad-rules/ tests/data/warn-rules/ -o $TMP/junit.xml; python3 -c 'import sys, xml.etree.ElementTree as E; r = E.parse(sys.argv[1]).getroot(); print(r.tag, r.get("tests"), r.get("failures"), r.get("errors")); s = r.findall("testsuite"); print(len(s), sum(int(x.get("tests")) for x in s), sum(len(x.findall("testcase")) for x in s), sum(len(x.findall("testcase/failure")) for x in s))' $TMP/junit.xml
| testsuites 233 22 0
| 30 233 233 22
! nytte: 30 rule files checked: 24 errors, 4 warnings; 203 tests, 1 failed

# Could not run: exit 2.
$ nytte validate no/such/dir
! nytte: error: no/such/dir: cannot read: no such file or directory
? 2
