# check-eligibility in every format, with the built-in national rules and with
# a municipal rule set. Run by tests/e2e/run.py (see README.md there).

# The contract's example under the built-in rules: residence met, not covered.
$ nytte check-eligibility examples/citizens/nordfyns-49.toml --on 2025-09-01 --format csv
| id,eligible,target_groups,track,required_weekly_hours,status,missing_fields
| nordfyns-49,false,,,0,not_eligible,

# Under the Nordfyns rules she is required her capacity, 12 hours, not 37.
$ nytte check-eligibility examples/citizens/nordfyns-49.toml --rules rules/nordfyns.toml --on 2025-09-01 --format csv
| id,eligible,target_groups,track,required_weekly_hours,status,missing_fields
| nordfyns-49,true,aktivitetsparate_30plus,virksomhedsrettet,12,eligible,

# Plain text for a caseworker: the answer, the reasons and their sources.
$ nytte check-eligibility examples/citizens/nordfyns-49.toml --rules rules/nordfyns.toml --on 2025-09-01
| nordfyns-49 - rules nordfyns on 2025-09-01
|   ELIGIBLE: in aktivitetsparate_30plus; track virksomhedsrettet; 12 hours a week
|
|  Target groups
|   ✘ sho_ydelse [national]: Modtagere af SHO-ydelse (selvforsørgelses-, hjemrejse- eller overgangsydelse) uden opfyldt opholds- og beskæftigelseskrav
|       if benefit in sho_ydelse
|          and residence_years_last_10 < residence_requirement_years
|          and fulltime_work_years_last_10 < employment_requirement_years
|       read: benefit = kontanthjaelp, residence_years_last_10 = 10, fulltime_work_years_last_10 = 0.5
|       source: LAB § 105 a-b (lov vedtaget 17.12.2024); Beskæftigelsesministeriet/STAR: spørgsmål og svar om arbejdspligt; borger.dk
|       “From 1 January 2025 people on SHO-ydelse are covered”
|   ✘ kontanthjaelpssystemet [national]: Modtagere af kontanthjælp eller uddannelseshjælp (det nye kontanthjælpssystem) uden opfyldt opholds- og beskæftigelseskrav
|       if benefit in kontant_uddannelseshjaelp
|          and residence_years_last_10 < residence_requirement_years
|          and fulltime_work_years_last_10 < employment_requirement_years
|       read: benefit = kontanthjaelp, residence_years_last_10 = 10, fulltime_work_years_last_10 = 0.5
|       source: LAB § 105 a-b (lov vedtaget 17.12.2024); Beskæftigelsesministeriet/STAR: spørgsmål og svar om arbejdspligt; borger.dk
|       “from 1 July 2025 the group widens with the new kontanthjælp system”
|   ✔ aktivitetsparate_30plus: Aktivitetsparate kontanthjælpsmodtagere 30+ år
|       if benefit == "kontanthjaelp" and category == "aktivitetsparat"
|          and age() >= min_age
|       read: benefit = kontanthjaelp, category = aktivitetsparat, age() = 55
|       source: Arbejdet med udsatte ledige (aktivitetsparate) i Nordfyns Kommune (004_ea94a816054d17b9.txt)
|       “Hver femte aktivitetsparate kontanthjælpsmodtager 30 + år modtager en social ydelse eller er forældre til et udsat barn.”
|
|  Exemptions
|   ✘ ukraine [national]: Ophold efter særloven for fordrevne fra Ukraine
|       if has(exemptions) and "ukraine_special_act" in exemptions
|       read: has(exemptions) = false, exemptions = missing
|       source: LAB § 105 a-b (lov vedtaget 17.12.2024); Beskæftigelsesministeriet/STAR: spørgsmål og svar om arbejdspligt; borger.dk
|       “Not covered: people with residence under the special act for people displaced from Ukraine.”
|
|  Track
|   ✔ virksomhedsrettet: Virksomhedsrettet indsats med fokus på løntimer, timetal efter arbejdsevne
|       proposed: first track the person qualifies for
|       source: Arbejdet med udsatte ledige (aktivitetsparate) i Nordfyns Kommune (004_ea94a816054d17b9.txt)
|       “Kernen heri er virksomhedsrettet indsats.”
|
|  Weekly hours
|   ✔ virksomhedsrettet: Virksomhedsrettet indsats med fokus på løntimer, timetal efter arbejdsevne
|       value min(full_week, work_capacity_hours)
|       read: min(full_week, work_capacity_hours) = 12, work_capacity_hours = 12
|       = 12 hours a week
|       source: Arbejdet med udsatte ledige (aktivitetsparate) i Nordfyns Kommune (004_ea94a816054d17b9.txt)
|       “Kernen heri er virksomhedsrettet indsats.”
|
|  Encoding of a public description; check against the law before use in a decision.

# SHO-ydelse: covered from 2025-01-01, not the day before.
$ nytte check-eligibility examples/citizens/national-sho.toml --on 2024-12-31 --format csv
| id,eligible,target_groups,track,required_weekly_hours,status,missing_fields
| national-sho,false,,,0,not_eligible,
$ nytte check-eligibility examples/citizens/national-sho.toml --on 2025-01-01 --format csv
| id,eligible,target_groups,track,required_weekly_hours,status,missing_fields
| national-sho,true,sho_ydelse,arbejdspligt,37,eligible,

# kontanthjælp: covered from 2025-07-01, not the day before.
$ nytte check-eligibility examples/citizens/national-kontanthjaelp.toml --on 2025-06-30 --format csv
| id,eligible,target_groups,track,required_weekly_hours,status,missing_fields
| national-kontanthjaelp,false,,,0,not_eligible,
$ nytte check-eligibility examples/citizens/national-kontanthjaelp.toml --on 2025-07-01 --format csv
| id,eligible,target_groups,track,required_weekly_hours,status,missing_fields
| national-kontanthjaelp,true,kontanthjaelpssystemet,arbejdspligt,37,eligible,

# JSON: one array, the contract's keys.
$ nytte check-eligibility examples/citizens/national-ukraine.toml --on 2025-09-01 --format json
| [
| {
|   "id": "national-ukraine",
|   "on": "2025-09-01",
|   "rules": "national",
|   "eligible": false,
|   "status": "exempt",
|   "target_groups": [
|     "sho_ydelse"
|   ],
|   "exemptions": [
|     "ukraine"
|   ],
|   "track": null,
|   "track_assigned": false,
|   "required_weekly_hours": 0,
|   "missing_fields": [],
|   "reasons": [
|     {
|       "kind": "target_group",
|       "rule": "sho_ydelse",
|       "ruleset": "national",
|       "in_force": true,
|       "held": true,
|       "source": "arbejdspligt_2025",
|       "values": {
|         "benefit": "selvforsoergelsesydelse",
|         "residence_years_last_10": 2.5,
|         "fulltime_work_years_last_10": 0
|       }
|     },
|     {
|       "kind": "target_group",
|       "rule": "kontanthjaelpssystemet",
|       "ruleset": "national",
|       "in_force": true,
|       "held": false,
|       "source": "arbejdspligt_2025",
|       "values": {
|         "benefit": "selvforsoergelsesydelse",
|         "residence_years_last_10": 2.5,
|         "fulltime_work_years_last_10": 0
|       }
|     },
|     {
|       "kind": "exemption",
|       "rule": "ukraine",
|       "ruleset": "national",
|       "in_force": true,
|       "held": true,
|       "source": "arbejdspligt_2025",
|       "values": {
|         "has(exemptions)": true,
|         "exemptions": [
|           "ukraine_special_act"
|         ]
|       }
|     }
|   ]
| }
| ]

# JSON lines: one object a line, in input order; jq reads them.
$ nytte check-eligibility examples/citizens/ --on 2025-09-01 --format jsonl | jq -r '[.id, .eligible, .track // "-"] | @tsv'
| aarhus-igu	true	arbejdspligt
| aarhus-integrationsbehov	false	-
| aarhus-jobpakke	true	arbejdspligt
| aarhus-ordinaert-job	true	arbejdspligt
| aarhus-sho	true	arbejdspligt
| fsm2-holbaek	false	-
| greve-dansk	true	arbejdspligt
| greve-nyledig	false	-
| greve-ung	false	-
| koebenhavn-projektplads	true	arbejdspligt
| national-employment-met	false	-
| national-kontanthjaelp	true	arbejdspligt
| national-missing-data	false	-
| national-residence-met	false	-
| national-sho	true	arbejdspligt
| national-ukraine	false	-
| nordfyns-49	false	-
| roskilde-aeblehaven	false	-
! nytte: 18 citizens checked with national on 2025-09-01: 8 eligible (kontanthjaelpssystemet 1, sho_ydelse 7), 1 exempt, 8 not eligible, 1 undetermined (missing data); 0 errors

# Missing data is listed, never read as zero.
$ nytte check-eligibility examples/citizens/national-missing-data.toml --on 2025-09-01 --format jsonl | jq -c '{status, eligible, missing_fields}'
| {"status":"undetermined","eligible":false,"missing_fields":["fulltime_work_years_last_10","residence_years_last_10"]}

# A whole directory under a municipal rule set, as CSV.
$ nytte check-eligibility examples/citizens/ --rules rules/aarhus.toml --on 2025-09-01 --format csv
| id,eligible,target_groups,track,required_weekly_hours,status,missing_fields
| aarhus-igu,true,sho_ydelse;aarhus_sho_ydelse,igu,37,eligible,
| aarhus-integrationsbehov,true,aarhus_integrationsbehov,jobpakke,37,eligible,
| aarhus-jobpakke,true,sho_ydelse;aarhus_sho_ydelse,jobpakke,25,eligible,
| aarhus-ordinaert-job,true,sho_ydelse;aarhus_sho_ydelse,ordinaert_job,37,eligible,
| aarhus-sho,true,sho_ydelse;aarhus_sho_ydelse,jobpakke,37,eligible,
| fsm2-holbaek,false,,,0,undetermined,benefit_history;danish_tests
| greve-dansk,true,sho_ydelse;aarhus_sho_ydelse,igu,37,eligible,
| greve-nyledig,false,,,0,not_eligible,
| greve-ung,false,,,0,undetermined,benefit_history;danish_tests
| koebenhavn-projektplads,true,sho_ydelse;aarhus_sho_ydelse,jobpakke,37,eligible,
| national-employment-met,true,aarhus_sho_ydelse,igu,37,eligible,
| national-kontanthjaelp,true,kontanthjaelpssystemet,jobpakke,37,eligible,
| national-missing-data,true,aarhus_sho_ydelse,jobpakke,37,eligible,
| national-residence-met,false,,,0,undetermined,benefit_history;danish_tests;school_years
| national-sho,true,sho_ydelse;aarhus_sho_ydelse,igu,37,eligible,
| national-ukraine,false,sho_ydelse;aarhus_sho_ydelse,,0,exempt,
| nordfyns-49,false,,,0,not_eligible,
| roskilde-aeblehaven,true,aarhus_integrationsbehov,jobpakke,37,eligible,
! nytte: 18 citizens checked with aarhus on 2025-09-01: 12 eligible (aarhus_integrationsbehov 2, aarhus_sho_ydelse 9, kontanthjaelpssystemet 1, sho_ydelse 7), 1 exempt, 2 not eligible, 3 undetermined (missing data); 0 errors

# -o writes the file whole; nothing on standard output.
$ nytte check-eligibility examples/citizens/ --on 2025-09-01 --format csv -o $TMP/out.csv && wc -l < $TMP/out.csv
| 19
! nytte: 18 citizens checked with national on 2025-09-01: 8 eligible (kontanthjaelpssystemet 1, sho_ydelse 7), 1 exempt, 8 not eligible, 1 undetermined (missing data); 0 errors

# Standard input.
$ cat examples/citizens/greve-ung.toml | nytte check-eligibility - --rules rules/greve.toml --on 2025-09-01 --format csv
| id,eligible,target_groups,track,required_weekly_hours,status,missing_fields
| greve-ung,true,aabenlyst_uddannelsesparate,service_ung,37,eligible,

# The same population in CSV and TOML gives the same answers, byte for byte.
$ nytte check-eligibility examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 --format jsonl > $TMP/a && nytte check-eligibility examples/population/aarhus-2000.toml --rules rules/aarhus.toml --on 2025-09-01 --format jsonl > $TMP/b && cmp $TMP/a $TMP/b && wc -l < $TMP/a
| 2000
! nytte: 2000 citizens checked with aarhus on 2025-09-01: 1506 eligible (aarhus_integrationsbehov 473, aarhus_sho_ydelse 776, kontanthjaelpssystemet 454, sho_ydelse 306), 56 exempt, 372 not eligible, 66 undetermined (missing data); 0 errors
! nytte: 2000 citizens checked with aarhus on 2025-09-01: 1506 eligible (aarhus_integrationsbehov 473, aarhus_sho_ydelse 776, kontanthjaelpssystemet 454, sho_ydelse 306), 56 exempt, 372 not eligible, 66 undetermined (missing data); 0 errors

# Deterministic: the same run twice, byte-identical.
$ nytte check-eligibility examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 --format csv --threads 2 > $TMP/c && nytte check-eligibility examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 --format csv --threads 1 > $TMP/d && cmp $TMP/c $TMP/d && echo same
| same
! nytte: 2000 citizens checked with aarhus on 2025-09-01: 1506 eligible (aarhus_integrationsbehov 473, aarhus_sho_ydelse 776, kontanthjaelpssystemet 454, sho_ydelse 306), 56 exempt, 372 not eligible, 66 undetermined (missing data); 0 errors
! nytte: 2000 citizens checked with aarhus on 2025-09-01: 1506 eligible (aarhus_integrationsbehov 473, aarhus_sho_ydelse 776, kontanthjaelpssystemet 454, sho_ydelse 306), 56 exempt, 372 not eligible, 66 undetermined (missing data); 0 errors

# JSON reasons name every rule tried and whether it held.
$ nytte check-eligibility examples/citizens/greve-nyledig.toml --rules rules/greve.toml --on 2025-09-01 --format json | jq -c '.[0].reasons[] | {kind, rule, held}'
| {"kind":"target_group","rule":"sho_ydelse","held":false}
| {"kind":"target_group","rule":"kontanthjaelpssystemet","held":false}
| {"kind":"target_group","rule":"aabenlyst_uddannelsesparate","held":false}
| {"kind":"target_group","rule":"nyledige_jobparate","held":true}
| {"kind":"target_group","rule":"jobparate_begraenset_dansk","held":false}
| {"kind":"exemption","rule":"ukraine","held":false}
| {"kind":"track","rule":"service_nyledig","held":true}
| {"kind":"hours","rule":"service_nyledig","held":true}

# --explain adds each rule's title, condition, quoted source and evaluation tree.
$ nytte check-eligibility examples/citizens/greve-nyledig.toml --rules rules/greve.toml --on 2025-09-01 --format jsonl --explain | jq -c '.reasons[3] | {rule, title, condition, quote}'
| {"rule":"nyledige_jobparate","title":"Nyledige jobparate kontanthjælpsmodtagere over 30 år","condition":"benefit == \"kontanthjaelp\" and category == \"jobparat\"\nand age() >= over_30_min_age\nand unemployed_since <= on_date and on_date < add_days(unemployed_since, nyledig_days)\n","quote":"I 2017 udvidede man målgruppen med en intensiveret indsats for nyledige jobparate kontanthjælpsmodtagere over 30 år."}
$ nytte check-eligibility examples/citizens/greve-nyledig.toml --rules rules/greve.toml --on 2025-09-01 --format jsonl --explain | jq -c '.reasons[3] | keys'
| ["condition","explanation","held","in_force","kind","note","quote","rule","ruleset","source","title","valid_from","values"]

# CPR numbers give birth date and sex; text output masks them.
$ nytte check-eligibility examples/citizens/national-sho.toml --on 2025-09-01 | head -2
| national-sho (CPR 020688-****) - rules national on 2025-09-01
|   ELIGIBLE: in sho_ydelse; track arbejdspligt; 37 hours a week
