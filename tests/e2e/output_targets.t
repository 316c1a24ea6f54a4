# Where an output may not go (docs/reliability.md, output files and standard
# output), for the cases issue 19 left open.

# A new *.toml or *.csv file in a directory given as an input would be read
# as an input by the next run of that directory: refused before anything is
# read or written, as an input itself is. A file the directory read skips
# (*.json) and a file in a subdirectory may be written there.
$ mkdir $TMP/people && cp examples/citizens/nordfyns-49.toml examples/citizens/greve-ung.toml $TMP/people/
$ nytte check-eligibility $TMP/people --on 2025-09-01 --format csv -o $TMP/people/out.csv
! nytte: error: -o .*/people/out.csv is in the input directory .*/people: the next run that reads the directory would read it as an input; write it elsewhere (re)
? 2
$ cd $TMP && nytte check-eligibility people/ --on 2025-09-01 -o people/../people/plans.toml
! nytte: error: -o people/../people/plans.toml is in the input directory people/: the next run that reads the directory would read it as an input; write it elsewhere
? 2
$ cd $TMP && nytte build-package people --on 2025-09-01 --format toml -o people/plans.toml
! nytte: error: -o people/plans.toml is in the input directory people: the next run that reads the directory would read it as an input; write it elsewhere
? 2
$ cd $TMP && ls people
| greve-ung.toml
| nordfyns-49.toml
$ cd $TMP && mkdir people/out && nytte check-eligibility people --on 2025-09-01 --format json -o people/out.json && \
>   nytte check-eligibility people --on 2025-09-01 --format csv -o people/out/result.csv && ls people people/out
| people:
| greve-ung.toml
| nordfyns-49.toml
| out
| out.json
|
| people/out:
| result.csv
! nytte: 2 citizens checked with national on 2025-09-01: 0 eligible, 0 exempt, 0 not eligible, 2 undetermined (missing data), 1 with data warnings (see "warnings"); 0 records not read
! nytte: 2 citizens checked with national on 2025-09-01: 0 eligible, 0 exempt, 0 not eligible, 2 undetermined (missing data), 1 with data warnings (see "warnings"); 0 records not read
$ cd $TMP && nytte check-eligibility people --on 2025-09-01 --format csv > /dev/null
! nytte: 2 citizens checked with national on 2025-09-01: 0 eligible, 0 exempt, 0 not eligible, 2 undetermined (missing data), 1 with data warnings (see "warnings"); 0 records not read

# --version and --help that cannot be written: exit 2, in the words of every
# other write to standard output (the version was 'Input/output error').
$ nytte --version > /dev/full
! nytte: error: standard output: cannot write: no space left on device
? 2
$ nytte --help > /dev/full
! nytte: error: standard output: cannot write: no space left on device
? 2
$ nytte report --help > /dev/full
! nytte: error: standard output: cannot write: no space left on device
? 2
$ nytte --version
| nytte [0-9.]+ (re)
| national rules: national [0-9-]+ \(built in\) (re)
