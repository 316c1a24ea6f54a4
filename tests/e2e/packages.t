# build-package: weekly packages from the offers and recipes of the rule sets.

# The Nordfyns woman of the seed: her work capacity, 12 hours, not 37.
$ nytte build-package examples/citizens/nordfyns-49.toml --rules rules/nordfyns.toml --start 2025-09-01
| nordfyns-49 - rules nordfyns, track virksomhedsrettet, start 2025-09-01 (mon)
|
|   Recipe virksomhedsrettet_uge: Virksomhedsrettet uge: løntimer først, så
|     praktik, så sundhed
|
|   Monday         Tuesday        Wednesday      Thursday       Friday
|   09:00-13:00    10:00-14:00    09:00-13:00
|   praktik        sundhed        praktik
|   praktik_kontor sundhed_motion praktik_kontor
|   = 4:00         = 4:00         = 4:00         = 0:00         = 0:00
|
|   Week: 12:00 planned of 12:00 required
|   Offers:
|     praktik_kontor 8:00: Virksomhedspraktik som kontorassistent, Lokal
|       virksomhed, kontor (private)
|     sundhed_motion 4:00: Sundhedsforløb: motion, stress- og angsthåndtering,
|       Nordfyns Kommune, sundhedscentret (municipal)

# Greve, newly unemployed over 30: 4 days of Service++ and 1 day of job search.
$ nytte build-package examples/citizens/greve-nyledig.toml --rules rules/greve.toml --format csv
| id,track,phase,day,from,to,hours,kind,offer,location,required_weekly_hours,minutes,required_weekly_minutes
| greve-nyledig,service_nyledig,,mon,08:00,15:24,7.4,nytteindsats,service_pp,service_pp,37,444,2220
| greve-nyledig,service_nyledig,,tue,08:00,15:24,7.4,nytteindsats,service_pp,service_pp,37,444,2220
| greve-nyledig,service_nyledig,,wed,08:00,15:24,7.4,nytteindsats,service_pp,service_pp,37,444,2220
| greve-nyledig,service_nyledig,,thu,08:00,15:24,7.4,nytteindsats,service_pp,service_pp,37,444,2220
| greve-nyledig,service_nyledig,,fri,08:00,15:24,7.4,jobsoegning,jobsoegning_jobcenter_greve,jobcenter_greve,37,444,2220

# Greve, limited Danish: individual nytteindsats and 5 hours of Danish a week.
$ nytte build-package examples/citizens/greve-dansk.toml --rules rules/greve.toml --start 2025-09-01 --format json | jq -c '.[0].packages[0] | {planned_hours, parts: [.parts[] | {title, required, planned}], kinds: [.blocks[].kind] | group_by(.) | map({(.[0]): length}) | add}'
| {"planned_hours":37,"parts":[{"title":"Danskundervisning 5 timer","required":5,"planned":5}],"kinds":{"dansk":2,"nytteindsats":5}}

# Hours not stated by the source: before 2025 Greve's individual track
# states its 5 hours of Danish and no weekly total. The package holds the
# stated part only, and nothing is missing against a total nobody gave.
$ nytte build-package examples/citizens/greve-dansk.toml --rules rules/greve.toml --start 2024-09-02
| greve-dansk - rules greve, track individuel_dansk, start 2024-09-02 (mon)
|   Hours not stated by the source: a package of the stated parts only; give
|     --hours N for a weekly total
|
|   Recipe individuel_dansk_uge: Individuel nytteindsats og danskundervisning 5
|     timer om ugen
|
|   Monday         Tuesday        Wednesday      Thursday       Friday
|                  08:00-10:30                   08:00-10:30
|                  dansk                         dansk
|                  dansk_sprogce.                dansk_sprogce.
|   = 0:00         = 2:30         = 0:00         = 2:30         = 0:00
|
|   Week: 5:00 planned of the stated parts, 5:00 (hours not stated)
|   Part Danskundervisning 5 timer: 5:00 of 5:00
|   Offers:
|     dansk_sprogcenter_greve 5:00: Danskundervisning, 5 timer om ugen,
|       Sprogcentret

# JSON: required_weekly_hours null, and what the package is made up to.
$ nytte build-package examples/citizens/greve-dansk.toml --rules rules/greve.toml --start 2024-09-02 --format json | jq -c '.[0] | {required_weekly_hours, hours_stated, max_weekly_hours, package_target, target_weekly_hours, missing_hours, p: [.packages[] | {required_hours, target_hours, planned_hours}]}'
| {"required_weekly_hours":null,"hours_stated":false,"max_weekly_hours":null,"package_target":"stated_parts","target_weekly_hours":null,"missing_hours":0,"p":[{"required_hours":null,"target_hours":5,"planned_hours":5}]}

# --hours N: the planner's weekly total for such a person; the stated part
# comes first. Where the rules state the hours, --hours is not used.
$ nytte build-package examples/citizens/greve-dansk.toml --rules rules/greve.toml --start 2024-09-02 --hours 20 --format json | jq -c '.[0] | {required_weekly_hours, package_target, target_weekly_hours, planned: .packages[0].planned_hours, parts: [.packages[0].parts[] | {title, planned, stated_by}]}'
| {"required_weekly_hours":null,"package_target":"planner_total","target_weekly_hours":20,"planned":19.8,"parts":[{"title":"Danskundervisning 5 timer","planned":5,"stated_by":"recipe"}]}
! nytte: warning: examples/citizens/greve-dansk.toml:3:1: greve-dansk: 0:12 missing: the slots open to the person that fit together (no overlaps, travel time between places, at most 7:24 a day) add up to 19:48
$ nytte build-package examples/citizens/greve-nyledig.toml --rules rules/greve.toml --hours 20 --format json | jq -c '.[0] | {required_weekly_hours, package_target, planned: .packages[0].planned_hours}'
| {"required_weekly_hours":37,"package_target":"requirement","planned":37}

# "Op til 37 timer" is a cap: the total is capped by the track's maximum.
$ nytte build-package examples/citizens/aarhus-integrationsbehov.toml --rules rules/aarhus.toml --start 2025-09-01 --hours 50 --format json | jq -c '.[0] | {required_weekly_hours, max_weekly_hours, target_weekly_hours}'
| {"required_weekly_hours":null,"max_weekly_hours":37,"target_weekly_hours":37}

# CSV: the required_weekly_hours cell is empty when the hours are not stated.
$ nytte build-package examples/citizens/greve-dansk.toml --rules rules/greve.toml --start 2024-09-02 --format csv
| id,track,phase,day,from,to,hours,kind,offer,location,required_weekly_hours,minutes,required_weekly_minutes
| greve-dansk,individuel_dansk,,tue,08:00,10:30,2.5,dansk,dansk_sprogcenter_greve,kommunal_enhed,,150,
| greve-dansk,individuel_dansk,,thu,08:00,10:30,2.5,dansk,dansk_sprogcenter_greve,kommunal_enhed,,150,

# The plan file says hours_stated = false (no requirement) and weekly-hours
# reads it back: no requirement, no shortfall, and --fail-under exits 0.
$ nytte build-package examples/citizens/greve-dansk.toml --rules rules/greve.toml --start 2024-09-02 --format toml -o $TMP/dansk.toml && sed -n '4,10p' $TMP/dansk.toml
| [[plan]]
| id = "greve-dansk"
| rules = "greve"
| track = "individuel_dansk"
| start = 2024-09-02
| # Hours not stated by the source: a package of the stated parts only; give --hours N for a weekly total
| hours_stated = false
$ nytte weekly-hours $TMP/dansk.toml --rules rules/greve.toml --weeks 2 --fail-under
| greve-dansk - rules greve, track individuel_dansk, course from 2024-09-02
|   week      days           required planned attended absence unexcused  short  notes
|   2024-W36  02.09-06.09  not stated    5:00        -    0:00      0:00      -  hours_not_stated
|   2024-W37  09.09-13.09  not stated    5:00        -    0:00      0:00      -  hours_not_stated
|   total     2 weeks      not stated   10:00        -    0:00      0:00      -
|   2 weeks with hours not stated by the source (no requirement, no shortfall)

# --hours must be a number of hours a week.
$ nytte build-package examples/citizens/greve-dansk.toml --rules rules/greve.toml --hours twenty
! nytte: error: --hours: 'twenty' is not a number of hours a week (like 20 or 18.5)
? 2
$ nytte build-package examples/citizens/greve-dansk.toml --rules rules/greve.toml --hours 0
! nytte: error: --hours: 0 is outside the hours of a week: give more than 0 and at most 168
? 2

# København: the first 14 days only nytteindsats, then job search at the same place.
$ nytte build-package examples/citizens/koebenhavn-projektplads.toml --rules rules/koebenhavn.toml --format json | jq -c '.[0].packages[] | {phase, from, to, offers, planned_hours}'
| {"phase":"kun_nytteindsats","from":"2025-09-01","to":"2025-09-14","offers":["holdplads_vestvolden"],"planned_hours":37}
| {"phase":"nytteindsats_og_jobsoegning","from":"2025-09-15","to":null,"offers":["holdplads_vestvolden","jobsoegning_paa_pladsen"],"planned_hours":37}

# Aarhus jobpakke: at most her 25 hours, around her unavailable times,
# with the travel between places counted.
$ nytte build-package examples/citizens/aarhus-jobpakke.toml --rules rules/aarhus.toml
| aarhus-jobpakke - rules aarhus, track jobpakke, start 2025-09-01 (mon)
|
|   Recipe jobpakke_uge: Spor 3: jobpakke på op til 37 timer
|
|   Monday         Tuesday        Wednesday      Thursday       Friday
|   08:00-12:00    08:30-11:30    08:00-12:00    08:30-11:30    12:00-14:00
|   praktik        dansk          praktik        dansk          nytteindsats
|   praktik_velfa. danskundervis. praktik_velfa. danskundervis. nytteindsats_.
|
|   12:00-12:20    11:30-11:50                   11:30-11:50
|   travel         travel                        travel
|   to sundhedsce. to service_pr.                to service_pr.
|
|   13:00-15:00    16:00-18:00                   16:00-18:00
|   sundhed        smaajob                       smaajob
|   sundhed_aarhus smaajob_servi.                smaajob_servi.
|   = 6:20         = 6:20         = 4:00         = 6:20         = 2:00
|
|   Week: 25:00 planned of 25:00 required
|   Offers:
|     smaajob_service 4:00: Småjob i servicebranchen, Privat servicevirksomhed
|       (private)
|     nytteindsats_plejecenter 2:00: Nytteindsats på plejecenter (velfærd), Aarhus
|       Kommune, plejecenter (municipal)
|     danskundervisning_aarhus 8:00: Danskundervisning på sprogcentret,
|       Sprogcenter Aarhus
|     praktik_velfaerd 8:00: Virksomhedspraktik i velfærd og service, Privat eller
|       kommunal arbejdsplads
|     sundhed_aarhus 2:00: Sundhedstilbud: træning og trivsel, Aarhus Kommune,
|       sundhedscenter (municipal)
|     transport 1:00: travel between places
|   Cost: 769 kr. a week

# Every Aarhus person's package stays within 37 hours.
$ nytte build-package examples/citizens/aarhus-*.toml --rules rules/aarhus.toml --start 2025-09-01 --format json | jq -c '[.[] | .packages[0].planned_hours] | {max: max, all_within: all(. <= 37)}'
| {"max":37,"all_within":true}
! nytte: warning: examples/citizens/aarhus-fuldtid.toml:5:1: aarhus-fuldtid: no package: not in the target group on 2025-09-01 (not_eligible)
! nytte: 6 people with rules aarhus: 4 full packages, 0 short (0:00 missing in total), 1 without a package, 1 of the stated parts only (hours not stated); 13 seats taken; 0 errors

# The plan file reads back into weekly-hours: København's phases by day.
$ nytte build-package examples/citizens/koebenhavn-projektplads.toml --rules rules/koebenhavn.toml --format toml -o $TMP/plan.toml
$ nytte weekly-hours $TMP/plan.toml --rules rules/koebenhavn.toml --weeks 3 --format csv | cut -d, -f2,5-8,13
| week,requirement,required,planned,attended,phases
| 2025-W36,37,37,37,,kun_nytteindsats
| 2025-W37,37,37,37,,kun_nytteindsats
| 2025-W38,37,37,37,,nytteindsats_og_jobsoegning

# Calendars (--format ics): tests/e2e/calendar.t and tests/tools/check_ics.py.

# Same input, same bytes.
$ a=$(nytte build-package examples/citizens/ --rules rules/aarhus.toml --start 2025-09-01 --format json 2>/dev/null | sha256sum); b=$(nytte build-package examples/citizens/ --rules rules/aarhus.toml --start 2025-09-01 --format json 2>/dev/null | sha256sum); [ "$a" = "$b" ] && echo same
| same

# A batch shares the seats: 30 young people on uddannelseshjælp for Greve's
# 24 Service++ seats; the 6 left over are listed with the reason.
$ nytte build-package tests/data/packages/greve-30-unge.csv --rules rules/greve.toml --start 2025-09-01 --format csv | cut -d, -f1 | sort -u | wc -l
| 25
! nytte: warning: tests/data/packages/greve-30-unge.csv:26:1: ung-25: 37:00 missing: no seats left: service_pp
! nytte: warning: tests/data/packages/greve-30-unge.csv:27:1: ung-26: 37:00 missing: no seats left: service_pp
! nytte: warning: tests/data/packages/greve-30-unge.csv:28:1: ung-27: 37:00 missing: no seats left: service_pp
! nytte: warning: tests/data/packages/greve-30-unge.csv:29:1: ung-28: 37:00 missing: no seats left: service_pp
! nytte: warning: tests/data/packages/greve-30-unge.csv:30:1: ung-29: 37:00 missing: no seats left: service_pp
! nytte: warning: tests/data/packages/greve-30-unge.csv:31:1: ung-30: 37:00 missing: no seats left: service_pp
! nytte: 30 people with rules greve: 24 full packages, 6 short (222:00 missing in total), 0 without a package; 24 seats taken; 0 errors

# Not in the target group: no package, and why. -q answers with the exit status.
$ nytte build-package examples/citizens/national-residence-met.toml --start 2025-09-01
| national-residence-met - rules national, start 2025-09-01 (mon)
|   No package: not in the target group on 2025-09-01 (not_eligible)
$ nytte build-package -q examples/citizens/national-residence-met.toml --start 2025-09-01
? 1
$ nytte build-package -q examples/citizens/greve-ung.toml --rules rules/greve.toml --start 2025-09-01

# Bad input: file, line and column, exit 2.
$ nytte build-package examples/citizens/nordfyns-49.toml --start 2025-13-01
! nytte: error: --start: '2025-13-01' is not a date; expected YYYY-MM-DD, e.g. 2025-09-01
? 2
$ nytte build-package tests/data/packages/bad-offer.toml --rules tests/data/packages/bad-offer-rules.toml
! nytte: error: tests/data/packages/bad-offer-rules.toml:10:47: a slot must end after it starts, found 12:00 to 08:00
? 2

# A batch with seats running out gives the same packages on any number of threads.
$ nytte build-package examples/population/aarhus-2000.csv --rules rules/aarhus.toml --start 2025-09-01 --format json --threads 1 -o $TMP/t1.json 2>/dev/null && nytte build-package examples/population/aarhus-2000.csv --rules rules/aarhus.toml --start 2025-09-01 --format json --threads 3 -o $TMP/t3.json 2>/dev/null && cmp $TMP/t1.json $TMP/t3.json && grep -c "no seats left" $TMP/t1.json
| 857

# JSON keeps the decimal hours and gives the exact minutes beside them
# (docs/packages.md): a 20-minute leg is 0.33 hours and 20 minutes.
$ nytte build-package examples/citizens/aarhus-jobpakke.toml --rules rules/aarhus.toml --start 2025-09-01 --format json | jq -c '.[0] | {required_weekly_hours, required_weekly_minutes, missing_minutes, week: (.packages[0] | {planned_hours, planned_minutes, missing_minutes}), travel: [.packages[0].blocks[] | select(.kind == "transport") | {from, to, hours, minutes}]}'
| {"required_weekly_hours":25,"required_weekly_minutes":1500,"missing_minutes":0,"week":{"planned_hours":25,"planned_minutes":1500,"missing_minutes":0},"travel":[{"from":"12:00","to":"12:20","hours":0.33,"minutes":20},{"from":"11:30","to":"11:50","hours":0.33,"minutes":20},{"from":"11:30","to":"11:50","hours":0.33,"minutes":20}]}
