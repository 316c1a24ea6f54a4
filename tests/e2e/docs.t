# run.py over Markdown (the docs.* tests): a ```console block's `$` lines are
# run from the project root and what they print, standard output then standard
# error, is compared with the lines under them; other blocks (the ```sh one,
# which would fail) are not run.
# The pages are in tests/e2e/docs-data/.

$ python3 tests/e2e/run.py --nytte "$(command -v nytte)" tests/e2e/docs-data/good.md
| 4 of 4 commands passed

# A wrong output fails with a diff, as does a wrong exit status; --update
# writes what was printed under each command and keeps the rest of the page.
$ cp tests/e2e/docs-data/bad.md $TMP/bad.md
$ python3 tests/e2e/run.py --nytte "$(command -v nytte)" $TMP/bad.md | sed "s|$TMP/||"
| bad.md:4: FAILED: $ nytte check-eligibility examples/citizens/nordfyns-49.toml \
|     --rules rules/nordfyns.toml --on 2025-09-01 --format csv | cut -d, -f1,2
|   --- expected output
|   +++ actual output
|   @@ -1,2 +1,2 @@
|    id,eligible
|   -nordfyns-49,false
|   +nordfyns-49,true
| bad.md:9: FAILED: $ echo printed; exit 2
|   exit status 2, expected 0
| 0 of 2 commands passed
? 1
$ python3 tests/e2e/run.py --nytte "$(command -v nytte)" --update $TMP/bad.md > /dev/null; diff tests/e2e/docs-data/bad.md $TMP/bad.md
| 7c7
| < nordfyns-49,false
| ---
| > nordfyns-49,true
| 10a11
| > [exit status 2]
? 1
$ python3 tests/e2e/run.py --nytte "$(command -v nytte)" $TMP/bad.md
| 2 of 2 commands passed

# A block that shows a `$` prompt must be a ```console block; --lint checks
# only the form of the blocks and runs nothing.
$ python3 tests/e2e/run.py --lint tests/e2e/docs-data/prompt.md tests/e2e/docs-data/good.md
| tests/e2e/docs-data/prompt.md:8: a block that shows a `$ ` prompt must be a ```console block, run by the docs test (or drop the `$` and show no output)
| tests/e2e/docs-data/prompt.md: 0 command(s) in ```console blocks
| tests/e2e/docs-data/good.md: 4 command(s) in ```console blocks
? 1
$ python3 tests/e2e/run.py --nytte "$(command -v nytte)" tests/e2e/docs-data/prompt.md
| tests/e2e/docs-data/prompt.md:8: a block that shows a `$ ` prompt must be a ```console block, run by the docs test (or drop the `$` and show no output)
| 0 of 0 commands passed
? 1
