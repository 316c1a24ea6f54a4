# Output files (docs/reliability.md): -o never replaces an input or a file
# the user cannot write, an existing target keeps its mode, a signal leaves no
# temporary file, and output that cannot be written is an error (exit 2).

# -o naming an input is refused before anything is read or written: by name,
# through a symbolic link or a hard link, in an input directory, as standard
# input, or standard output redirected onto the input.
$ cp examples/citizens/nordfyns-49.toml $TMP/p.toml && cp $TMP/p.toml $TMP/orig.toml
$ ln -s p.toml $TMP/link.toml && ln $TMP/p.toml $TMP/hard.toml
$ cd $TMP && nytte check-eligibility p.toml --on 2025-09-01 -o p.toml
! nytte: error: -o p.toml is the same file as the input p.toml: the output would replace it; write it elsewhere
? 2
$ cd $TMP && nytte check-eligibility link.toml --on 2025-09-01 --format json -o p.toml
! nytte: error: -o p.toml is the same file as the input link.toml: the output would replace it; write it elsewhere
? 2
$ cd $TMP && nytte check-eligibility p.toml --on 2025-09-01 -o hard.toml
! nytte: error: -o hard.toml is the same file as the input p.toml: the output would replace it; write it elsewhere
? 2
$ mkdir $TMP/dir && cp examples/citizens/nordfyns-49.toml $TMP/dir/a.toml
$ cd $TMP && nytte check-eligibility dir --on 2025-09-01 -o dir/a.toml
! nytte: error: -o dir/a.toml is the same file as the input dir/a.toml: the output would replace it; write it elsewhere
? 2
$ cd $TMP && nytte check-eligibility - --on 2025-09-01 -o p.toml < p.toml
! nytte: error: -o p.toml is the same file as the input - (standard input): the output would replace it; write it elsewhere
? 2
$ cd $TMP && nytte check-eligibility p.toml --on 2025-09-01 >> p.toml
! nytte: error: standard output is the same file as the input p.toml: the output would replace it; write it elsewhere
? 2
$ cp rules/nordfyns.toml $TMP/rules.toml
$ cd $TMP && nytte check-eligibility p.toml --rules rules.toml --on 2025-09-01 -o rules.toml
! nytte: error: -o rules.toml is the same file as the input rules.toml: the output would replace it; write it elsewhere
? 2
$ cd $TMP && nytte build-package p.toml --rules rules.toml --on 2025-09-01 --format toml -o p.toml
! nytte: error: -o p.toml is the same file as the input p.toml: the output would replace it; write it elsewhere
? 2
$ cd $TMP && nytte build-package p.toml --rules rules.toml --on 2025-09-01 -o out.txt \
>     --shortfalls out.txt
! nytte: error: --shortfalls out.txt and -o out.txt are the same file: give each output its own
? 2
$ cd $TMP && nytte weekly-hours p.toml --rules rules.toml -o link.toml
! nytte: error: -o link.toml is the same file as the input p.toml: the output would replace it; write it elsewhere
? 2
$ cd $TMP && nytte weekly-hours p.toml --rules rules.toml --shortfalls p.toml
! nytte: error: --shortfalls p.toml is the same file as the input p.toml: the output would replace it; write it elsewhere
? 2
$ cd $TMP && nytte report p.toml --on 2025-09-01 -o p.toml
! nytte: error: -o p.toml is the same file as the input p.toml: the output would replace it; write it elsewhere
? 2
$ cd $TMP && nytte validate rules.toml -o rules.toml
! nytte: error: -o rules.toml is the same file as the input rules.toml: the output would replace it; write it elsewhere
? 2
$ cmp $TMP/p.toml $TMP/orig.toml && cmp $TMP/rules.toml rules/nordfyns.toml && find $TMP -name "*.tmp-*" | wc -l
| 0

# A read-only file is not replaced (root included), nor is a file in a
# read-only directory; both keep their bytes and mode.
$ echo "keep me" > $TMP/ro.csv && chmod 444 $TMP/ro.csv
$ cd $TMP && nytte check-eligibility p.toml --on 2025-09-01 --format csv -o ro.csv
! nytte: error: -o ro.csv: the file is read-only; it was not replaced (make it writable, or write elsewhere)
? 2
$ cat $TMP/ro.csv && stat -c %a $TMP/ro.csv
| keep me
| 444
$ mkdir $TMP/locked && echo "keep me too" > $TMP/locked/out.csv && chmod 555 $TMP/locked
$ cd $TMP && nytte report p.toml --on 2025-09-01 --format csv -o locked/out.csv
! nytte: error: -o locked/out.csv: the directory locked is not writable
? 2
$ cat $TMP/locked/out.csv && chmod 755 $TMP/locked
| keep me too

# An existing target keeps its mode; a symbolic link stays a link.
$ echo old > $TMP/kept.csv && chmod 640 $TMP/kept.csv && ln -s kept.csv $TMP/kept-link.csv
$ cd $TMP && nytte check-eligibility p.toml --on 2025-09-01 --format csv -o kept-link.csv
$ stat -c %a $TMP/kept.csv && test -L $TMP/kept-link.csv && cut -d, -f1-2 $TMP/kept.csv
| 640
| id,eligible
| nordfyns-49,false

# SIGINT, SIGTERM and SIGHUP in the middle of a run with -o: nytte ends by
# the signal and leaves neither the temporary file nor a half output.
$ mkdir $TMP/signals && python3 tests/tools/check_signals.py $TMP/signals
| SIGINT: ended by the signal mid-run, with part of the result written; no temporary file left, no output file
| SIGTERM: ended by the signal mid-run, with part of the result written; no temporary file left, no output file
| SIGHUP: ended by the signal mid-run, with part of the result written; no temporary file left, no output file

# Standard output that cannot be written is an error in every subcommand.
$ nytte check-eligibility examples/citizens/nordfyns-49.toml --on 2025-09-01 > /dev/full
! nytte: error: standard output: cannot write: no space left on device
? 2
$ nytte check-eligibility examples/population/aarhus-2000.csv --rules rules/aarhus.toml \
>     --on 2025-09-01 --format jsonl > /dev/full
! nytte: error: standard output: cannot write: no space left on device
? 2
$ nytte build-package examples/citizens/nordfyns-49.toml --rules rules/nordfyns.toml \
>     --start 2025-09-01 > /dev/full
! nytte: error: standard output: cannot write: no space left on device
? 2
$ nytte weekly-hours examples/plans/nordfyns-49.toml --rules rules/nordfyns.toml > /dev/full
! nytte: error: standard output: cannot write: no space left on device
? 2
$ nytte weekly-hours --holidays 2025 --format csv > /dev/full
! nytte: error: standard output: cannot write: no space left on device
? 2
$ nytte report examples/population/aarhus-2000.csv --rules rules/aarhus.toml \
>     --on 2025-09-01 > /dev/full
! nytte: error: standard output: cannot write: no space left on device
? 2
$ nytte validate -v rules/nordfyns.toml > /dev/full
! nytte: error: standard output: cannot write: no space left on device
? 2
$ nytte check-eligibility --help > /dev/full
! nytte: error: standard output: cannot write: no space left on device
? 2
$ nytte check-eligibility examples/citizens/nordfyns-49.toml --on 2025-09-01 -o /dev/full
! nytte: error: /dev/full: cannot write: no space left on device
? 2
