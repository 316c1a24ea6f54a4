# validate --format gitlab: a GitLab Code Quality report (a JSON array that
# `artifacts: reports: codequality:` shows on the merge request).
$ nytte validate --format gitlab tests/data/bad-rules/unknown-key.toml tests/data/warn-rules/failing-test.toml
| [
|   {
|     "description": "unknown key 'target_grup' in top-level table; did you mean 'target_group'?",
|     "check_name": "nytte-validate/unknown-key",
|     "fingerprint": "cac85bb85b43792031bef7d6f0e7aead",
|     "severity": "major",
|     "location": {
|       "path": "tests/data/bad-rules/unknown-key.toml",
|       "lines": {
|         "begin": 5
|       }
|     }
|   },
|   {
|     "description": "test '17-year-old is an adult (wrong on purpose)' (on 2025-01-01) failed: eligible: expected true, got false; target_groups: expected [\"adults\"], got []",
|     "check_name": "nytte-validate/rule-test",
|     "fingerprint": "b3b593829110a8bf8fb922ccd4187198",
|     "severity": "major",
|     "location": {
|       "path": "tests/data/warn-rules/failing-test.toml",
|       "lines": {
|         "begin": 15
|       }
|     }
|   }
| ]
! nytte: 2 rule files checked: 1 error, 0 warnings; 1 test, 1 failed
? 1

# Every problem and failing test is an issue; errors major, warnings minor;
# every fingerprint is its own.
$ nytte validate --format gitlab rules/ tests/data/bad-rules/ tests/data/warn-rules/ -o $TMP/cq.json; jq -c '[length, ([.[].severity] | group_by(.) | map({(.[0]): length}) | add), ([.[].fingerprint] | unique | length), ([.[] | select(.location.lines.begin < 1)] | length)]' $TMP/cq.json
| [29,{"major":25,"minor":4},29,0]
! nytte: 30 rule files checked: 24 errors, 4 warnings; 203 tests, 1 failed

# --strict: warnings are major too.
$ nytte validate --format gitlab --strict tests/data/warn-rules/warnings.toml | jq -r '.[].severity' | sort | uniq -c
|       4 major
! nytte: 1 rule file checked: 4 errors, 0 warnings; 0 tests, 0 failed
? 1

# All good: an empty array, exit 0.
$ nytte validate --format gitlab rules/aarhus.toml
| []
! nytte: 1 rule file checked: 0 errors, 0 warnings; 57 tests, 0 failed

# The same bytes in every language.
$ nytte validate --format gitlab tests/data/warn-rules/ > $TMP/en.json 2>&1; LC_ALL=da_DK.UTF-8 nytte validate --format gitlab tests/data/warn-rules/ > $TMP/da.json 2>&1; cmp $TMP/en.json $TMP/da.json && echo same
| same
