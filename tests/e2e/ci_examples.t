# examples/ci/: every workflow is YAML a CI system can read, and the
# pull-request jobs' shell does what examples/ci/README.md says, run against
# a scratch repository of two commits (tests/tools/run_ci_job.py: main with
# rules/aarhus.toml, a change reading 3 of 4 years as 30 months: 52 people).
$ for f in examples/ci/*.yml; do python3 -c 'import sys, yaml; yaml.safe_load(open(sys.argv[1])); print(sys.argv[1], "parses")' $f; done
| examples/ci/github-actions.yml parses
| examples/ci/github-diff.yml parses
| examples/ci/gitlab-ci.yml parses
| examples/ci/gitlab-diff.yml parses

# GitHub, 60 declared in the pull request's description: the job passes,
# the annotations in the log, the Markdown diff in the job summary, the
# JSON kept.
$ python3 tests/tools/run_ci_job.py github $TMP/gh $'Reads 30 months.\r\nnytte-fail-over: 60\r\n' 2>&1 | grep -v '^::notice title=nytte diff::' | cut -c1-100
| step 'The target branch's rules': exit 0
| declared: nytte-fail-over: 60
| nytte: rules/aarhus.toml against base-rules/aarhus.toml: 52 of 2000 people changed
| nytte: 1 rule file checked: 0 errors, 0 warnings; 0 tests, 0 failed
| ::notice file=rules/aarhus.toml,line=72,col=1,title=nytte diff%3A target_group aarhus_integrationsbe
| ::notice file=rules/aarhus.toml,line=104,col=1,title=nytte diff%3A max_hours jobpakke::16 people cha
| step 'Diff the rules against the target branch's': exit 0
$ grep -c '^::notice' $TMP/gh/work/annotations.txt; sed -n '1p;3p' $TMP/gh/summary.md; grep -m1 -A4 '^## Who changes' $TMP/gh/summary.md | tail -1; jq -c '[.diffs[] | [.before.file, .after.file, .changed]]' $TMP/gh/work/nytte-diff.json
| 3
| ## nytte diff (declared: nytte-fail-over: 60)
| # nytte diff: aarhus
| ### People changed
| [["base-rules/aarhus.toml","rules/aarhus.toml",52]]

# Nothing declared: 0 allowed, the job fails and says how to declare it.
$ python3 tests/tools/run_ci_job.py github $TMP/gh0 'Reads 30 months.' 2>&1 | grep -v '^::notice' | cut -c1-200
| step 'The target branch's rules': exit 0
| declared: nytte-fail-over: 0
| nytte: rules/aarhus.toml against base-rules/aarhus.toml: 52 of 2000 people changed; over the limit of 0 (--fail-over)
| nytte: 1 rule file checked: 0 errors, 0 warnings; 0 tests, 0 failed
| ::error title=nytte diff::52 people changed, and none may (--fail-over 0)
| ::error title=nytte diff::This change moves more people than the 0 declared. If that is intended, write a line 'nytte-fail-over: N' in the pull request's description, N at least the number changed, an
| step 'Diff the rules against the target branch's': exit 1

# GitLab, 40 declared: over it, the job fails; the Code Quality report
# holds the diff and its fail-over issue, nytte-diff.md the Markdown.
$ python3 tests/tools/run_ci_job.py gitlab $TMP/gl 'nytte-fail-over: 40' 2>&1 | grep -E '^(declared|nytte|script)' | cut -c1-200
| declared: nytte-fail-over: 40
| nytte: rules/aarhus.toml against base-rules/aarhus.toml: 52 of 2000 people changed; over the limit of 40 (--fail-over)
| nytte diff
| nytte: 1 rule file checked: 0 errors, 0 warnings; 0 tests, 0 failed
| nytte diff: this change moves more people than the 40 declared. If that is intended, write a line 'nytte-fail-over: N' in the merge request's description, N at least the number changed, and run the pi
| script: exit 1
$ jq -r '.[] | [.check_name, .severity, .location.path] | @tsv' $TMP/gl/work/gl-code-quality.json; sed -n 3p $TMP/gl/work/nytte-diff.md
| nytte-diff/summary	info	rules/aarhus.toml
| nytte-diff/target_group	info	rules/aarhus.toml
| nytte-diff/max_hours	info	rules/aarhus.toml
| nytte-diff/fail-over	major	rules/aarhus.toml
| # nytte diff: aarhus
