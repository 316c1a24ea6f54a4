# nytte --generate KIND: man pages and shell completions made from the
# command line itself (cli/generate.h), hidden from --help.
$ nytte --help | grep -c -- '--generate\|--output-dir'
| 0
? 1
$ nytte --generate man | sed -n 2,4p
| .TH "NYTTE" 1 "" "nytte 0.1.0" "nytte manual"
| .SH NAME
| nytte \- nytteindsats and the 37\-hour work obligation, for Danish job centres
$ nytte --generate man-check-eligibility | grep -A2 '^\\fB\\-\\-format'
| \fB\-\-format\fR \fIFORMAT\fR
| Output format: text, json, jsonl, csv, letter (default: text).
| Values: \fBtext\fR, \fBjson\fR, \fBjsonl\fR, \fBcsv\fR or \fBletter\fR.
# A value that is not a word is quoted, the last after 'or'.
$ nytte --generate man-check-eligibility | grep -A2 '^\\fB\\-\\-csv\\-sep' | sed -n 3p
| Values: \fB\&','\fR or \fB\&';'\fR.
# The date in .TH is SOURCE_DATE_EPOCH's day, never the day it runs.
$ SOURCE_DATE_EPOCH=1767225600 nytte --generate man-report | grep '^\.TH'
| .TH "NYTTE\-REPORT" 1 "2026-01-01" "nytte 0.1.0" "nytte manual"
$ nytte --generate complete-bash | grep "^  \['nytte report --format'\]"
|   ['nytte report --format']='words text markdown csv json html'
$ nytte --generate complete-zsh | sed -n 1p
| #compdef nytte
$ nytte --generate complete-fish | grep -c '^complete -c nytte'
| [0-9]+ (re)
$ nytte --generate man --output-dir $TMP/man1 && ls $TMP/man1 | grep -c '\.1$' >/dev/null && ls $TMP/man1/nytte.1 $TMP/man1/nytte-validate.1 | wc -l
| 2
$ nytte --generate complete-fish --output-dir $TMP/completions && ls $TMP/completions
| nytte.fish
$ nytte --generate nosuch 2>&1 | sed 's/, man-.*complete-bash/, ..., complete-bash/'
| nytte: error: --generate: 'nosuch' is not one of man, ..., complete-bash, complete-zsh, complete-fish
| nytte: error: see 'nytte --help'
? 2
