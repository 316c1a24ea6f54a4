# Calendars: build-package --format ics (docs/packages.md, "Calendars").
# tests/tools/check_ics.py checks every rule of the RFC and the occurrences
# against weekly-hours (ctest -R ics); these are the lines themselves.

# Greve's young woman: Service++ five days a week. Every weekly event ends
# (UNTIL in UTC, the end of the last occurrence in Danish time: winter time
# in February); Juledag and 2. juledag (Thursday and Friday), Nytårsdag and
# Easter are left out with EXDATE at the occurrence's local time.
$ nytte build-package examples/citizens/greve-ung.toml --rules rules/greve.toml --start 2025-09-01 --format ics -o $TMP/ung.ics
$ sed -z 's/\r\n //g' $TMP/ung.ics | tr -d '\r' | sed -n '/^BEGIN:VEVENT/,$p' | grep -E '^(DTSTART|DTEND|RRULE|EXDATE|SUMMARY)'
| DTSTART;TZID=Europe/Copenhagen:20250901T080000
| DTEND;TZID=Europe/Copenhagen:20250901T152400
| RRULE:FREQ=WEEKLY;UNTIL=20260223T142400Z
| SUMMARY:Service++ (kommunalt nytteindsatskorps)
| DTSTART;TZID=Europe/Copenhagen:20250902T080000
| DTEND;TZID=Europe/Copenhagen:20250902T152400
| RRULE:FREQ=WEEKLY;UNTIL=20260224T142400Z
| SUMMARY:Service++ (kommunalt nytteindsatskorps)
| DTSTART;TZID=Europe/Copenhagen:20250903T080000
| DTEND;TZID=Europe/Copenhagen:20250903T152400
| RRULE:FREQ=WEEKLY;UNTIL=20260225T142400Z
| SUMMARY:Service++ (kommunalt nytteindsatskorps)
| DTSTART;TZID=Europe/Copenhagen:20250904T080000
| DTEND;TZID=Europe/Copenhagen:20250904T152400
| RRULE:FREQ=WEEKLY;UNTIL=20260226T142400Z
| EXDATE;TZID=Europe/Copenhagen:20251225T080000,20260101T080000
| SUMMARY:Service++ (kommunalt nytteindsatskorps)
| DTSTART;TZID=Europe/Copenhagen:20250905T080000
| DTEND;TZID=Europe/Copenhagen:20250905T152400
| RRULE:FREQ=WEEKLY;UNTIL=20260227T142400Z
| EXDATE;TZID=Europe/Copenhagen:20251226T080000
| SUMMARY:Service++ (kommunalt nytteindsatskorps)
$ sed -z 's/\r\n //g' $TMP/ung.ics | tr -d '\r' | grep -E '^(X-|PRODID|VERSION)'
| VERSION:2.0
| PRODID:-//nytte//nytte 0.1.0//DA
| X-WR-CALNAME:greve-ung (nytte\, rules greve)
| X-WR-TIMEZONE:Europe/Copenhagen
| X-WR-CALDESC:Weekly package of greve-ung\, rules greve\, track service_ung: the course from 2025-09-01 to 2026-03-01 (26 weeks\, nytte's default course length\; give --weeks N or --until DATE). Nothing is planned on public holidays or the rules' closing days.
| X-NYTTE-COURSE-START;VALUE=DATE:20250901
| X-NYTTE-COURSE-END;VALUE=DATE:20260301

# The occurrences of the Thursday block (icalendar and dateutil, Danish time
# from the system's tzdata): no 25 December.
$ /usr/bin/python3 tests/tools/check_ics.py $TMP/ung.ics
| ok: 5 events, 127 occurrences, 0 all-day

# Same input, same bytes.
$ nytte build-package examples/citizens/greve-ung.toml --rules rules/greve.toml --start 2025-09-01 --format ics | cmp - $TMP/ung.ics && echo same
| same

# --weeks N: the weeks weekly-hours --weeks N counts (the start's week the
# first), to the Sunday of the last; --until DATE: that day.
$ nytte build-package examples/citizens/greve-ung.toml --rules rules/greve.toml --start 2025-09-03 --format ics --weeks 2 | sed -z 's/\r\n //g' | tr -d '\r' | grep -E '^(X-NYTTE|RRULE)' | sort | uniq -c
|       1 RRULE:FREQ=WEEKLY;UNTIL=20250910T132400Z
|       1 RRULE:FREQ=WEEKLY;UNTIL=20250911T132400Z
|       1 RRULE:FREQ=WEEKLY;UNTIL=20250912T132400Z
|       1 RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
|       1 RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
|       1 X-NYTTE-COURSE-END;VALUE=DATE:20250914
|       1 X-NYTTE-COURSE-START;VALUE=DATE:20250903
$ nytte build-package examples/citizens/greve-ung.toml --rules rules/greve.toml --start 2025-09-01 --format ics --until 2025-10-01 | sed -z 's/\r\n //g' | tr -d '\r' | grep -E '^(X-NYTTE|RRULE)' | sort | uniq -c
|       1 RRULE:FREQ=WEEKLY;UNTIL=20250925T132400Z
|       1 RRULE:FREQ=WEEKLY;UNTIL=20250926T132400Z
|       1 RRULE:FREQ=WEEKLY;UNTIL=20250929T132400Z
|       1 RRULE:FREQ=WEEKLY;UNTIL=20250930T132400Z
|       1 RRULE:FREQ=WEEKLY;UNTIL=20251001T132400Z
|       1 RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
|       1 RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
|       1 X-NYTTE-COURSE-END;VALUE=DATE:20251001
|       1 X-NYTTE-COURSE-START;VALUE=DATE:20250901

# Across the change to winter time (26 October 2025): UNTIL is an hour later
# in UTC than in summer.
$ nytte build-package examples/citizens/greve-ung.toml --rules rules/greve.toml --start 2025-09-01 --format ics --until 2025-10-24 | sed -z 's/\r\n //g' | tr -d '\r' | grep -m1 '^RRULE:FREQ=WEEKLY'
| RRULE:FREQ=WEEKLY;UNTIL=20251020T132400Z
$ nytte build-package examples/citizens/greve-ung.toml --rules rules/greve.toml --start 2025-09-01 --format ics --until 2025-10-31 | sed -z 's/\r\n //g' | tr -d '\r' | grep -m1 '^RRULE:FREQ=WEEKLY'
| RRULE:FREQ=WEEKLY;UNTIL=20251027T142400Z

# Greve's newly unemployed man: six conversations in the first 26 weeks, one
# a calendar month, as all-day events on the dates weekly-hours gives.
$ nytte build-package examples/citizens/greve-nyledig.toml --rules rules/greve.toml --format ics | sed -z 's/\r\n //g' | tr -d '\r' | grep -A4 '^UID:.*samtale' | grep -E '^(DTSTART|SUMMARY)'
| DTSTART;VALUE=DATE:20250901
| SUMMARY:Conversation 1 of 6 with the job centre
| DTSTART;VALUE=DATE:20251001
| SUMMARY:Conversation 2 of 6 with the job centre
| DTSTART;VALUE=DATE:20251103
| SUMMARY:Conversation 3 of 6 with the job centre
| DTSTART;VALUE=DATE:20251201
| SUMMARY:Conversation 4 of 6 with the job centre
| DTSTART;VALUE=DATE:20260102
| SUMMARY:Conversation 5 of 6 with the job centre
| DTSTART;VALUE=DATE:20260202
| SUMMARY:Conversation 6 of 6 with the job centre
$ nytte weekly-hours examples/citizens/greve-nyledig.toml --rules rules/greve.toml --weeks 26 --format json | jq -c '[.[0].conversations[].date]'
| ["2025-09-01","2025-10-01","2025-11-03","2025-12-01","2026-01-02","2026-02-02"]

# København: the phases are events on their first days, and the blocks of
# the first phase stop after its 14 days.
$ nytte build-package examples/citizens/koebenhavn-projektplads.toml --rules rules/koebenhavn.toml --format ics | sed -z 's/\r\n //g' | tr -d '\r' | grep -E '^(SUMMARY:Phase|DTSTART;VALUE)'
| DTSTART;VALUE=DATE:20250901
| SUMMARY:Phase: De første 14 dage: kun nytteindsatsopgaver fra arbejdslederen
| DTSTART;VALUE=DATE:20250915
| SUMMARY:Phase: Efter 14 dage: samme opgaver\, suppleret med jobsøgning\, CV-vejledning og samtaler med en rådgiver
$ nytte build-package examples/citizens/koebenhavn-projektplads.toml --rules rules/koebenhavn.toml --format ics | sed -z 's/\r\n //g' | tr -d '\r' | grep -E '^RRULE' | sort | uniq -c
|       1 RRULE:FREQ=WEEKLY;UNTIL=20250908T132400Z
|       1 RRULE:FREQ=WEEKLY;UNTIL=20250909T132400Z
|       1 RRULE:FREQ=WEEKLY;UNTIL=20250910T132400Z
|       1 RRULE:FREQ=WEEKLY;UNTIL=20250911T132400Z
|       1 RRULE:FREQ=WEEKLY;UNTIL=20250912T132400Z
|       1 RRULE:FREQ=WEEKLY;UNTIL=20260223T142400Z
|       1 RRULE:FREQ=WEEKLY;UNTIL=20260224T142400Z
|       1 RRULE:FREQ=WEEKLY;UNTIL=20260225T142400Z
|       1 RRULE:FREQ=WEEKLY;UNTIL=20260226T142400Z
|       1 RRULE:FREQ=WEEKLY;UNTIL=20260227T110000Z
|       1 RRULE:FREQ=WEEKLY;UNTIL=20260227T142400Z
|       1 RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
|       1 RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU

# Flere skal med 2 was a one-year project: the calendar ends with it.
$ nytte build-package examples/citizens/fsm2-holbaek.toml --rules rules/flere_skal_med_2.toml --start 2019-12-02 --format ics --weeks 26 | sed -z 's/\r\n //g' | tr -d '\r' | grep -E '^(X-NYTTE-COURSE-END|X-WR-CALDESC)'
| X-WR-CALDESC:Nothing is planned for fsm2-holbaek (rules flere_skal_med_2\, track jobformidler): the source states no weekly hours and no part of the week to plan\; give build-package --hours N for a weekly total. The course from 2019-12-02 to 2020-02-03 (the track jobformidler is in force to 2020-02-03).
| X-NYTTE-COURSE-END;VALUE=DATE:20200203

# A batch in one calendar would mix everyone's events: refused, naming --split.
$ nytte build-package tests/data/packages/greve-30-unge.csv --rules rules/greve.toml --start 2025-09-01 --format ics
! nytte: error: 30 people in one calendar would mix everyone's events: give --split DIR for one calendar a person (DIR/ID.ics)
? 2

# --split DIR: one calendar a person, DIR/ID.ics.
$ nytte build-package examples/citizens/ --rules rules/greve.toml --start 2025-09-01 --format ics --split $TMP/cal 2>/dev/null
$ ls -A $TMP/cal
| greve-dansk.ics
| greve-nyledig.ics
| greve-ung.ics
$ tr -d '\r' < $TMP/cal/greve-ung.ics | grep -c '^BEGIN:VEVENT'
| 5

# Ids made safe as file names; two that differ only in case are refused and
# nothing is written.
$ nytte build-package tests/data/calendar/odd-ids.toml --rules rules/greve.toml --start 2025-09-01 --format ics --split $TMP/odd 2>/dev/null
$ ls -A $TMP/odd
| %2Eskjult.ics
| 100%25.ics
| S%C3%B8ren.ics
| greve%2Fung%201.ics
$ nytte build-package tests/data/calendar/case-ids.toml --rules rules/greve.toml --start 2025-09-01 --format ics --split $TMP/case 2>&1 | sed "s#$TMP#TMP#"
| nytte: error: tests/data/calendar/case-ids.toml:11:1: ids 'anna' and 'Anna' (at tests/data/calendar/case-ids.toml:3:1) would both be written to TMP/case/anna.ics where case is ignored; rename one
? 2
$ test -e $TMP/case || echo nothing written
| nothing written

# Written whole or not at all: when one calendar cannot be put in place (a
# directory in the way of greve-ung.ics), none is, and no temporary is left.
$ mkdir -p $TMP/whole/greve-ung.ics && nytte build-package examples/citizens/ --rules rules/greve.toml --start 2025-09-01 --format ics --split $TMP/whole 2>&1 | grep -v ': no package\|^nytte: [0-9]' | sed "s#$TMP#TMP#"
| nytte: error: TMP/whole/greve-ung.ics: cannot write: a file of another kind is in the way
? 2
$ ls -A $TMP/whole
| greve-ung.ics

# Usage.
$ nytte build-package examples/citizens/greve-ung.toml --rules rules/greve.toml --weeks 4
! nytte: error: --weeks and --until end a calendar: give --format ics
? 2
$ nytte build-package examples/citizens/greve-ung.toml --rules rules/greve.toml --format ics --weeks 4 --until 2025-12-01
! nytte: error: give --weeks or --until, not both
? 2
$ nytte build-package examples/citizens/greve-ung.toml --rules rules/greve.toml --format ics --until 2025-13-01
! nytte: error: --until: '2025-13-01' is not a date; expected YYYY-MM-DD, e.g. 2025-09-01
? 2
$ nytte build-package examples/citizens/greve-ung.toml --rules rules/greve.toml --format ics --start 2025-09-01 --until 2025-08-01
! nytte: error: --until 2025-08-01 is before --start 2025-09-01: the course would end before it begins
? 2

# A course that would end before a person's own start, and a person for whom
# no slot could be given: the calendar says nothing is planned, and why.
$ nytte build-package examples/citizens/greve-nyledig.toml --rules rules/greve.toml --format ics --until 2020-08-01 | sed -z 's/\r\n //g' | tr -d '\r' | grep -E '^X-WR-CALDESC'
| X-WR-CALDESC:Nothing is planned for greve-nyledig (rules greve\, track service_nyledig): the course would end on 2020-08-01 (--until 2020-08-01)\, before it starts on 2025-09-01.
$ nytte build-package tests/data/packages/greve-30-unge.csv --rules rules/greve.toml --start 2025-09-01 --format ics --weeks 13 --split $TMP/g30 2>/dev/null; sed -z 's/\r\n //g' $TMP/g30/ung-30.ics | tr -d '\r' | grep -E '^X-WR-CALDESC'
| X-WR-CALDESC:Nothing is planned for ung-30 (rules greve\, track service_ung): no offer's slot could be given (37:00 missing a week). The course from 2025-09-01 to 2025-11-30 (--weeks 13).
$ nytte build-package examples/citizens/greve-ung.toml --rules rules/greve.toml --format csv --split $TMP/x
! nytte: error: --split writes calendars: give --format ics
? 2
$ nytte build-package examples/citizens/greve-ung.toml --rules rules/greve.toml --format ics --split $TMP/x -o $TMP/x.ics
! nytte: error: --split DIR writes the calendars there: give -o or --split, not both
? 2
$ nytte build-package tests/data/calendar/long-id.toml --rules rules/greve.toml --format ics --split $TMP/x 2>&1 | cut -c1-87
| nytte: error: tests/data/calendar/long-id.toml:2:1: id 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
? 2
