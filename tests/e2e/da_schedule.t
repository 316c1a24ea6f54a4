# build-package, weekly-hours and the calendar in Danish (a Danish locale,
# as --lang da gives): the timetable with Danish weekdays, offers by their
# titles, hours as a Danish plan states them ("12 timer"), weeks as "uge 36",
# dates in words in prose.
# JSON and CSV are the same bytes in every language.

# The Nordfyns woman of the seed: 12 hours a week after her work capacity.
$ LC_ALL=da_DK.UTF-8 nytte build-package examples/citizens/nordfyns-49.toml --rules rules/nordfyns.toml --start 2025-09-01
| nordfyns-49 - regelsæt nordfyns, start mandag den 1. september 2025
|   Spor: Virksomhedsrettet indsats med fokus på løntimer, timetal efter
|     arbejdsevne
|
|   Ugeplan: Virksomhedsrettet uge: løntimer først, så praktik, så sundhed
|
|   Mandag         Tirsdag        Onsdag         Torsdag        Fredag
|   09:00-13:00    10:00-14:00    09:00-13:00
|   Virksomhedspr. Sundhedsforlø. Virksomhedspr.
|   Lokal virksom. Nordfyns Komm. Lokal virksom.
|   = 4 timer      = 4 timer      = 4 timer      = 0 timer      = 0 timer
|
|   Ugen: 12 timer planlagt af 12 timer krævet
|   Tilbud:
|     Virksomhedspraktik som kontorassistent: 8 timer, Lokal virksomhed, kontor
|       (privat)
|     Sundhedsforløb: motion, stress- og angsthåndtering: 4 timer, Nordfyns
|       Kommune, sundhedscentret (kommunal)

# Aarhus jobpakke: travel between places, a cost, and hours that are not whole.
$ LC_ALL=da_DK.UTF-8 nytte build-package examples/citizens/aarhus-jobpakke.toml --rules rules/aarhus.toml
| aarhus-jobpakke - regelsæt aarhus, start mandag den 1. september 2025
|   Spor: Spor 3: jobpakke på op til 37 timer (borgere længst fra arbejdsmarkedet)
|
|   Ugeplan: Spor 3: jobpakke på op til 37 timer
|
|   Mandag         Tirsdag        Onsdag         Torsdag        Fredag
|   08:00-12:00    08:30-11:30    08:00-12:00    08:30-11:30    12:00-14:00
|   Virksomhedspr. Danskundervis. Virksomhedspr. Danskundervis. Nytteindsats.
|   Privat eller.  Sprogcenter A. Privat eller.  Sprogcenter A. Aarhus Kommun.
|
|   12:00-12:20    11:30-11:50                   11:30-11:50
|   transport      transport                     transport
|   til sundhedsc. til service_p.                til service_p.
|
|   13:00-15:00    16:00-18:00                   16:00-18:00
|   Sundhedstilbu. Småjob i serv.                Småjob i serv.
|   Aarhus Kommun. Privat servic.                Privat servic.
|   = 6,33 timer   = 6,33 timer   = 4 timer      = 6,33 timer   = 2 timer
|
|   Ugen: 25 timer planlagt af 25 timer krævet
|   Tilbud:
|     Småjob i servicebranchen: 4 timer, Privat servicevirksomhed (privat)
|     Nytteindsats på plejecenter (velfærd): 2 timer, Aarhus Kommune, plejecenter
|       (kommunal)
|     Danskundervisning på sprogcentret: 8 timer, Sprogcenter Aarhus
|     Virksomhedspraktik i velfærd og service: 8 timer, Privat eller kommunal
|       arbejdsplads
|     Sundhedstilbud: træning og trivsel: 2 timer, Aarhus Kommune, sundhedscenter
|       (kommunal)
|     transport 1 time: rejsetid mellem stederne
|   Pris: 769 kr. om ugen

# København: the phases by their titles.
$ LC_ALL=da_DK.UTF-8 nytte build-package examples/citizens/koebenhavn-projektplads.toml --rules rules/koebenhavn.toml
| koebenhavn-projektplads - regelsæt koebenhavn, start mandag den 1. september 2025
|   Spor: Projektplads: hold med tilknyttet arbejdsleder (naturpleje), efter 14
|     dage kombineret med jobsøgning
|
|   Fase: De første 14 dage: kun nytteindsatsopgaver fra arbejdslederen (dag 1-14
|     af forløbet)
|   Ugeplan: De første 14 dage: kun nytteindsatsopgaver
|
|   Mandag         Tirsdag        Onsdag         Torsdag        Fredag
|   08:00-15:24    08:00-15:24    08:00-15:24    08:00-15:24    08:00-15:24
|   Projektplads.  Projektplads.  Projektplads.  Projektplads.  Projektplads.
|   Vestvolden (h. Vestvolden (h. Vestvolden (h. Vestvolden (h. Vestvolden (h.
|   = 7,4 timer    = 7,4 timer    = 7,4 timer    = 7,4 timer    = 7,4 timer
|
|   Ugen: 37 timer planlagt af 37 timer krævet
|   Tilbud:
|     Projektplads: naturpleje på Vestvolden: 37 timer, Vestvolden (hold med
|       arbejdsleder) (kommunal)
|
|   Fase: Efter 14 dage: samme opgaver, suppleret med jobsøgning, CV-vejledning og
|     samtaler med en rådgiver (fra dag 15 af forløbet)
|   Ugeplan: Efter 14 dage: samme plads, suppleret med jobsøgning
|
|   Mandag         Tirsdag        Onsdag         Torsdag        Fredag
|   08:00-15:24    08:00-15:24    08:00-15:24    08:00-15:24    08:00-12:00
|   Projektplads.  Projektplads.  Projektplads.  Projektplads.  Projektplads.
|   Vestvolden (h. Vestvolden (h. Vestvolden (h. Vestvolden (h. Vestvolden (h.
|
|                                                               12:00-15:24
|                                                               Jobsøgning, C.
|                                                               På projektpla.
|   = 7,4 timer    = 7,4 timer    = 7,4 timer    = 7,4 timer    = 7,4 timer
|
|   Ugen: 37 timer planlagt af 37 timer krævet
|   Del Jobsøgning på lokationen, en eftermiddag: 3,4 timer af 3,4 timer
|   Tilbud:
|     Projektplads: naturpleje på Vestvolden: 33,6 timer, Vestvolden (hold med
|       arbejdsleder) (kommunal)
|     Jobsøgning, CV-vejledning og samtale med rådgiver på lokationen: 3,4 timer,
|       På projektpladsen (rådgiver tilknyttet lokationen) (kommunal)

# Hours not stated by the source: the stated parts only.
$ LC_ALL=da_DK.UTF-8 nytte build-package examples/citizens/greve-dansk.toml --rules rules/greve.toml --start 2024-09-02
| greve-dansk - regelsæt greve, start mandag den 2. september 2024
|   Spor: Individuel nytteindsats i en kommunal enhed og danskundervisning 5 timer
|     om ugen
|   Timer ikke fastsat af kilden: en pakke med kun de fastsatte dele; angiv
|     --hours N for et samlet timetal om ugen
|
|   Ugeplan: Individuel nytteindsats og danskundervisning 5 timer om ugen
|
|   Mandag         Tirsdag        Onsdag         Torsdag        Fredag
|                  08:00-10:30                   08:00-10:30
|                  Danskundervis.                Danskundervis.
|                  Sprogcentret                  Sprogcentret
|   = 0 timer      = 2,5 timer    = 0 timer      = 2,5 timer    = 0 timer
|
|   Ugen: 5 timer planlagt af de fastsatte dele, 5 timer (timetallet er ikke
|     fastsat)
|   Del Danskundervisning 5 timer: 5 timer af 5 timer
|   Tilbud:
|     Danskundervisning, 5 timer om ugen: 5 timer, Sprogcentret

# Not in the target group: why, in words.
$ LC_ALL=da_DK.UTF-8 nytte build-package examples/citizens/national-residence-met.toml --start 2025-09-01
| national-residence-met - regelsæt national, start mandag den 1. september 2025
|   Ingen pakke: ikke i målgruppen den 1. september 2025 (ikke omfattet)

# A batch short of seats: the reasons name the offer by its title, and the
# summary counts in Danish.
$ LC_ALL=da_DK.UTF-8 nytte build-package tests/data/packages/greve-30-unge.csv --rules rules/greve.toml --start 2025-09-01 > /dev/null
! nytte: advarsel: tests/data/packages/greve-30-unge.csv:26:1: ung-25: 37 timer mangler: ingen ledige pladser: Service++ (kommunalt nytteindsatskorps)
! nytte: advarsel: tests/data/packages/greve-30-unge.csv:27:1: ung-26: 37 timer mangler: ingen ledige pladser: Service++ (kommunalt nytteindsatskorps)
! nytte: advarsel: tests/data/packages/greve-30-unge.csv:28:1: ung-27: 37 timer mangler: ingen ledige pladser: Service++ (kommunalt nytteindsatskorps)
! nytte: advarsel: tests/data/packages/greve-30-unge.csv:29:1: ung-28: 37 timer mangler: ingen ledige pladser: Service++ (kommunalt nytteindsatskorps)
! nytte: advarsel: tests/data/packages/greve-30-unge.csv:30:1: ung-29: 37 timer mangler: ingen ledige pladser: Service++ (kommunalt nytteindsatskorps)
! nytte: advarsel: tests/data/packages/greve-30-unge.csv:31:1: ung-30: 37 timer mangler: ingen ledige pladser: Service++ (kommunalt nytteindsatskorps)
! nytte: 30 borgere med regelsæt greve: 24 fulde pakker, 6 med for få timer (222 timer mangler i alt), 0 uden pakke; 24 pladser optaget; 0 fejl

# The usage errors too.
$ LC_ALL=da_DK.UTF-8 nytte build-package examples/citizens/greve-dansk.toml --rules rules/greve.toml --hours 0
! nytte: fejl: --hours: 0 ligger uden for ugens timer: angiv mere end 0 og højst 168
? 2

# weekly-hours: the plan and attendance log of the Nordfyns example.
$ LC_ALL=da_DK.UTF-8 nytte weekly-hours examples/plans/nordfyns-49.toml --rules rules/nordfyns.toml --attendance examples/attendance/nordfyns-49.csv
| nordfyns-49 - regelsæt nordfyns, forløb fra 1. september 2025
|   Spor: Virksomhedsrettet indsats med fokus på løntimer, timetal efter
|     arbejdsevne
|   uge     dage         krævet planlagt fremmødt fravær udeblevet mangler  noter
|   uge 36  01.09-05.09      12       12       12      0         0       0
|   uge 37  08.09-12.09       4       12        4      8         0       0  godkendt fravær
|   uge 38  15.09-19.09      12       12        6      0         4       6  udeblevet; mangler
|   uge 39  22.09-26.09      12       12       12      0         0       0
|   i alt   4 uger           40       48       34      8         4       6
|   fremmøde 85,0 %; 1 uge under kravet; længste række af uger med fuldt fremmøde: 2
! nytte: 1 borger med regelsæt nordfyns: 1 under kravet i 1 uge (6 timer mangler i alt); fremmøde: 12 rækker talt med; 0 fejl

# A day off in the week, by its name; and Greve's conversations by date.
$ LC_ALL=da_DK.UTF-8 nytte weekly-hours examples/plans/nordfyns-49.toml --rules rules/nordfyns.toml --from 2026-05-11 --to 2026-05-24
| nordfyns-49 - regelsæt nordfyns, forløb fra 1. september 2025
|   Spor: Virksomhedsrettet indsats med fokus på løntimer, timetal efter
|     arbejdsevne
|   uge     dage         krævet planlagt fremmødt fravær udeblevet mangler  noter
|   uge 20  11.05-15.05       8        8        -      0         0       0  14.05 Kristi himmelfartsdag
|   uge 21  18.05-22.05      12       12        -      0         0       0
|   i alt   2 uger           20       20        -      0         0       0
|   0 uger under kravet
$ LC_ALL=da_DK.UTF-8 nytte weekly-hours examples/citizens/greve-nyledig.toml --rules rules/greve.toml --weeks 8
| greve-nyledig - regelsæt greve, forløb fra 1. september 2025
|   Spor: Service++ 4 dage om ugen og jobsøgning 1 dag om ugen
|   uge     dage         krævet planlagt fremmødt fravær udeblevet mangler  noter
|   uge 36  01.09-05.09      37       37        -      0         0       0  samtale 1 01.09
|   uge 37  08.09-12.09      37       37        -      0         0       0
|   uge 38  15.09-19.09      37       37        -      0         0       0
|   uge 39  22.09-26.09      37       37        -      0         0       0
|   uge 40  29.09-03.10      37       37        -      0         0       0  samtale 2 01.10
|   uge 41  06.10-10.10      37       37        -      0         0       0
|   uge 42  13.10-17.10      37       37        -      0         0       0
|   uge 43  20.10-24.10      37       37        -      0         0       0
|   i alt   8 uger          296      296        -      0         0       0
|   0 uger under kravet
|   samtaler (Intensiveret samtaleforløb: 6 samtaler de første 26 uger, én om
|     måneden): 1. september 2025, 1. oktober 2025, 3. november 2025 (flyttet fra
|     1. november 2025), 1. december 2025, 2. januar 2026 (flyttet fra 1. januar
|     2026), 2. februar 2026 (flyttet fra 1. februar 2026)

# The days off of a year.
$ LC_ALL=da_DK.UTF-8 nytte weekly-hours --holidays 2025 | head -4
| Helligdage og lukkedage 2025 (regelsæt national)
|   2025-01-01  ons  Nytårsdag
|   2025-04-17  tor  Skærtorsdag
|   2025-04-18  fre  Langfredag

# The calendar: the titles and descriptions of its events in Danish (shown
# unfolded), its lines folded at 75 octets outside the UTF-8 sequences of æ,
# ø and å; the UIDs, dates, times and categories are the English calendar's.
$ LC_ALL=da_DK.UTF-8 nytte build-package examples/citizens/nordfyns-49.toml --rules rules/nordfyns.toml --start 2025-09-01 --format ics | perl -0pe 's/\r\n //g; s/\r//g' | sed -n '/^BEGIN:VEVENT/,/^END:VEVENT/p' | head -12
| BEGIN:VEVENT
| UID:nordfyns-49-2025-09-01-1@nytte
| DTSTAMP:20250901T000000Z
| DTSTART;TZID=Europe/Copenhagen:20250901T090000
| DTEND;TZID=Europe/Copenhagen:20250901T130000
| RRULE:FREQ=WEEKLY;UNTIL=20260223T120000Z
| SUMMARY:Virksomhedspraktik som kontorassistent
| LOCATION:Lokal virksomhed\, kontor
| DESCRIPTION:Virksomhedspraktik som kontorassistent (virksomhedspraktik)\, 4 timer tæller med hver gang. Regelsæt nordfyns\, spor „Virksomhedsrettet indsats med fokus på løntimer\, timetal efter arbejdsevne“. Hver mandag fra 1. september 2025 til 23. februar 2026\, ikke på helligdage eller lukkedage.
| CATEGORIES:praktik
| TRANSP:OPAQUE
| END:VEVENT
$ LC_ALL=da_DK.UTF-8 nytte build-package examples/citizens/greve-nyledig.toml --rules rules/greve.toml --format ics | perl -0pe 's/\r\n //g; s/\r//g' | grep -m3 -A1 '^SUMMARY:Samtale'
| SUMMARY:Samtale 1 af 6 med jobcentret
| DESCRIPTION:Intensiveret samtaleforløb: 6 samtaler de første 26 uger\, én om måneden (intensiveret_samtaleforloeb).
| --
| SUMMARY:Samtale 2 af 6 med jobcentret
| DESCRIPTION:Intensiveret samtaleforløb: 6 samtaler de første 26 uger\, én om måneden (intensiveret_samtaleforloeb).
| --
| SUMMARY:Samtale 3 af 6 med jobcentret
| DESCRIPTION:Intensiveret samtaleforløb: 6 samtaler de første 26 uger\, én om måneden (intensiveret_samtaleforloeb). Planlagt til 1. november 2025\, en fridag\; flyttet til en arbejdsdag i samme måned.
$ LC_ALL=da_DK.UTF-8 nytte build-package examples/citizens/nordfyns-49.toml --rules rules/nordfyns.toml --start 2025-09-01 --format ics | tr -d '\r' | LC_ALL=C awk '{ print length($0) }' | sort -n | tail -1
| 75
$ diff <(nytte build-package examples/citizens/koebenhavn-projektplads.toml --rules rules/koebenhavn.toml --format ics | grep -v '^ \|^SUMMARY\|^DESCRIPTION\|^X-WR-CAL') <(LC_ALL=da_DK.UTF-8 nytte build-package examples/citizens/koebenhavn-projektplads.toml --rules rules/koebenhavn.toml --format ics | grep -v '^ \|^SUMMARY\|^DESCRIPTION\|^X-WR-CAL') && echo same
| same

# JSON, CSV and the plan file are the same in Danish as in English.
$ for f in json csv toml; do cmp <(nytte build-package examples/citizens/ --rules rules/aarhus.toml --start 2025-09-01 --format $f 2>/dev/null) <(LC_ALL=da_DK.UTF-8 nytte build-package examples/citizens/ --rules rules/aarhus.toml --start 2025-09-01 --format $f 2>/dev/null) && echo "build-package $f same"; done
| build-package json same
| build-package csv same
| build-package toml same
$ for f in json csv; do cmp <(nytte weekly-hours examples/plans/nordfyns-49.toml --rules rules/nordfyns.toml --attendance examples/attendance/nordfyns-49.csv --format $f 2>/dev/null) <(LC_ALL=da_DK.UTF-8 nytte weekly-hours examples/plans/nordfyns-49.toml --rules rules/nordfyns.toml --attendance examples/attendance/nordfyns-49.csv --format $f 2>/dev/null) && echo "weekly-hours $f same"; done
| weekly-hours json same
| weekly-hours csv same
$ nytte build-package tests/data/packages/greve-30-unge.csv --rules rules/greve.toml --start 2025-09-01 --format csv --shortfalls $TMP/en.csv > /dev/null 2>&1; LC_ALL=da_DK.UTF-8 nytte build-package tests/data/packages/greve-30-unge.csv --rules rules/greve.toml --start 2025-09-01 --format csv --shortfalls $TMP/da.csv > /dev/null 2>&1; cmp $TMP/en.csv $TMP/da.csv && echo shortfalls same
| shortfalls same
