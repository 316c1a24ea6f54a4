# check-eligibility in every format, with the built-in national rules and with
# a municipal rule set. Run by tests/e2e/run.py (see README.md there).

# The contract's example under the built-in rules: residence met, not covered.
$ nytte check-eligibility examples/citizens/nordfyns-49.toml --on 2025-09-01 --format csv
| id,eligible,target_groups,track,required_weekly_hours,status,missing_fields,warnings,exempt_from,assumptions,required_weekly_minutes
| nordfyns-49,false,,,0,undetermined,born_in_denmark;first_entry_date,,,,0

# Under the Nordfyns rules she is required her capacity, 12 hours, not 37.
$ nytte check-eligibility examples/citizens/nordfyns-49.toml --rules rules/nordfyns.toml --on 2025-09-01 --format csv
| id,eligible,target_groups,track,required_weekly_hours,status,missing_fields,warnings,exempt_from,assumptions,required_weekly_minutes
| nordfyns-49,true,aktivitetsparate_30plus,virksomhedsrettet,12,eligible,,,,,720

# Plain text for a caseworker: the answer, the reasons and their sources.
$ nytte check-eligibility examples/citizens/nordfyns-49.toml --rules rules/nordfyns.toml --on 2025-09-01
| nordfyns-49 - rules nordfyns on 2025-09-01
|   ELIGIBLE: in aktivitetsparate_30plus; track virksomhedsrettet; 12:00 a week
|
|  Target groups
|   ✘ sho_ydelse [national]: Modtagere af SHO-ydelse (selvforsørgelses- og hjemrejseydelse samt overgangsydelse)
|       if benefit in sho_ydelse
|       read: benefit = kontanthjaelp
|       compared with: sho_ydelse = [selvforsoergelsesydelse, hjemrejseydelse, overgangsydelse]
|       source: LAB § 105 a-b (lov vedtaget 17.12.2024); KL's position og fakta om arbejdspligt (KL (Kommunernes Landsforening), kl.dk)
|       “Den 1. januar 2025 omfattes den første del af målgruppen, som er nuværende modtagere af selvforsørgelses- og hjemrejseydelse samt overgangsydelse.”
|   ? kontanthjaelpssystemet [national]: Modtagere af kontanthjælp (det nye kontanthjælpssystem, uddannelseshjælp indfoldet), som ikke opfylder opholds- og beskæftigelseskravet
|       if benefit in kontant_uddannelseshjaelp
|          and (
|          residence_years_last_10 < residence_requirement_years
|          or (
|          # The employment part applies to a person who first entered in 1968 or later.
|          first_entry_date >= employment_requirement_entry_from
|          and not value_or(born_in_denmark, false)
|          and (has(first_entry_date) or not born_in_denmark)
|          and fulltime_work_years_last_10 < employment_requirement_years
|          )
|          )
|       read: benefit = kontanthjaelp, residence_years_last_10 = 10, first_entry_date = missing, value_or(born_in_denmark, false) = false, born_in_denmark = missing, has(first_entry_date) = false, fulltime_work_years_last_10 = 0.5
|       compared with: kontant_uddannelseshjaelp = [kontanthjaelp, uddannelseshjaelp], residence_requirement_years = 9, employment_requirement_entry_from = 1968-01-01, employment_requirement_years = 2.5
|       missing: first_entry_date, born_in_denmark
|       source: LAB § 105 a-b (lov vedtaget 17.12.2024); KL's position og fakta om arbejdspligt (KL (Kommunernes Landsforening), kl.dk)
|       “Den 1. juli 2025 omfattes den næste målgruppe, som er nuværende modtagere af kontanthjælp, som ikke opfylder et opholds- og beskæftigelseskrav.”
|   ✔ aktivitetsparate_30plus: Aktivitetsparate kontanthjælpsmodtagere 30+ år
|       if benefit == "kontanthjaelp" and category == "aktivitetsparat"
|          and age() >= min_age
|       read: benefit = kontanthjaelp, category = aktivitetsparat, age() = 55
|       compared with: min_age = 30
|       source: Arbejdet med udsatte ledige (aktivitetsparate) i NORDFYNS KOMMUNE (Nordfyns Kommune, 2019-11-28, seed 004_ea94a816054d17b9.txt)
|       “Hver femte aktivitetsparate kontanthjælpsmodtager 30 + år modtager en social ydelse eller er forældre til et udsat barn.”
|
|  Exemptions
|   ✘ ukraine [national]: Opholdstilladelse efter særloven for fordrevne fra Ukraine
|       if has(exemptions) and "ukraine_special_act" in exemptions
|       read: has(exemptions) = false, exemptions = missing
|       source: LAB § 105 a-b (lov vedtaget 17.12.2024); Integrationsindsats og arbejdspligt (borger.dk)
|       “Arbejdspligten gælder ikke for personer med opholdstilladelse efter lov om midlertidig opholdstilladelse til personer, der er fordrevet fra Ukraine.”
|   ✘ helt_fritaget [national]: Helt fritaget: vurderet arbejdsevne på 0 timer om ugen
|       if has(work_capacity_hours) and work_capacity_hours <= 0
|       read: has(work_capacity_hours) = true, work_capacity_hours = 12
|       source: LAB § 105 a-b (lov vedtaget 17.12.2024); Om ny arbejdspligt (Styrelsen for Arbejdsmarked og Rekruttering (STAR), star.dk)
|       “helt [...] fritage borgeren”
|
|  Track
|   ✔ virksomhedsrettet: Virksomhedsrettet indsats med fokus på løntimer, timetal efter arbejdsevne
|       proposed: first track the person qualifies for
|       source: Arbejdet med udsatte ledige (aktivitetsparate) i NORDFYNS KOMMUNE (Nordfyns Kommune, 2019-11-28, seed 004_ea94a816054d17b9.txt)
|       “Kernen heri er virksomhedsrettet indsats.”
|
|  Weekly hours
|   ✔ virksomhedsrettet: Virksomhedsrettet indsats med fokus på løntimer, timetal efter arbejdsevne
|       value min(full_week, work_capacity_hours)
|       read: min(full_week, work_capacity_hours) = 12, work_capacity_hours = 12
|       compared with: full_week = 37
|       = 12:00 a week
|       source: Arbejdet med udsatte ledige (aktivitetsparate) i NORDFYNS KOMMUNE (Nordfyns Kommune, 2019-11-28, seed 004_ea94a816054d17b9.txt)
|       “Kernen heri er virksomhedsrettet indsats.”
|
|  Encoding of a public description; check against the law before use in a decision.

# SHO-ydelse: covered from 2025-01-01, not the day before.
$ nytte check-eligibility examples/citizens/national-sho.toml --on 2024-12-31 --format csv
| id,eligible,target_groups,track,required_weekly_hours,status,missing_fields,warnings,exempt_from,assumptions,required_weekly_minutes
| national-sho,false,,,0,not_eligible,,,,,0
$ nytte check-eligibility examples/citizens/national-sho.toml --on 2025-01-01 --format csv
| id,eligible,target_groups,track,required_weekly_hours,status,missing_fields,warnings,exempt_from,assumptions,required_weekly_minutes
| national-sho,true,sho_ydelse,arbejdspligt,37,eligible,,,,work_capacity_hours=37,2220

# kontanthjælp: covered from 2025-07-01, not the day before.
$ nytte check-eligibility examples/citizens/national-kontanthjaelp.toml --on 2025-06-30 --format csv
| id,eligible,target_groups,track,required_weekly_hours,status,missing_fields,warnings,exempt_from,assumptions,required_weekly_minutes
| national-kontanthjaelp,false,,,0,not_eligible,,,,,0
$ nytte check-eligibility examples/citizens/national-kontanthjaelp.toml --on 2025-07-01 --format csv
| id,eligible,target_groups,track,required_weekly_hours,status,missing_fields,warnings,exempt_from,assumptions,required_weekly_minutes
| national-kontanthjaelp,true,kontanthjaelpssystemet,arbejdspligt,37,eligible,,,,work_capacity_hours=37,2220

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
|   "required_weekly_minutes": 0,
|   "missing_fields": [],
|   "hours_stated": false,
|   "max_weekly_hours": null,
|   "max_weekly_minutes": null,
|   "hours_parts": [],
|   "exempt_from": [
|     "sho_ydelse"
|   ],
|   "phase_in": [],
|   "warnings": [
|     {
|       "id": "sho_ydelse_efter_2025_07_01",
|       "message": "Forældet ydelseskode: selvforsørgelses- og hjemrejseydelse samt overgangsydelse er fra 1. juli 2025 lagt ind i den nye kontanthjælp; ret ydelsen i registreringen",
|       "source": "kl_arbejdspligt"
|     }
|   ],
|   "assumptions": [],
|   "reasons": [
|     {
|       "kind": "target_group",
|       "rule": "sho_ydelse",
|       "ruleset": "national",
|       "in_force": true,
|       "held": true,
|       "source": "kl_arbejdspligt",
|       "values": {
|         "benefit": "selvforsoergelsesydelse"
|       }
|     },
|     {
|       "kind": "target_group",
|       "rule": "kontanthjaelpssystemet",
|       "ruleset": "national",
|       "in_force": true,
|       "held": false,
|       "source": "kl_arbejdspligt",
|       "values": {
|         "benefit": "selvforsoergelsesydelse",
|         "residence_years_last_10": 2.5,
|         "first_entry_date": null,
|         "value_or(born_in_denmark, false)": false,
|         "born_in_denmark": null,
|         "has(first_entry_date)": false,
|         "fulltime_work_years_last_10": 0
|       }
|     },
|     {
|       "kind": "exemption",
|       "rule": "ukraine",
|       "ruleset": "national",
|       "in_force": true,
|       "held": true,
|       "source": "borger_dk_arbejdspligt",
|       "values": {
|         "has(exemptions)": true,
|         "exemptions": [
|           "ukraine_special_act"
|         ]
|       }
|     },
|     {
|       "kind": "exemption",
|       "rule": "helt_fritaget",
|       "ruleset": "national",
|       "in_force": true,
|       "held": false,
|       "source": "star_arbejdspligt",
|       "values": {
|         "has(work_capacity_hours)": false,
|         "work_capacity_hours": 37
|       }
|     }
|   ]
| }
| ]

# JSON lines: one object a line, in input order; jq reads them.
$ nytte check-eligibility examples/citizens/ --on 2025-09-01 --format jsonl | jq -r '[.id, .eligible, .track // "-"] | @tsv'
| aarhus-fuldtid	false	-
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
| national-employment-met	true	arbejdspligt
| national-first-entry	true	arbejdspligt
| national-kontanthjaelp	true	arbejdspligt
| national-missing-data	false	-
| national-residence-met	false	-
| national-sho	true	arbejdspligt
| national-ukraine	false	-
| nordfyns-49	false	-
| roskilde-aeblehaven	false	-
! nytte: 20 citizens checked with national on 2025-09-01: 10 eligible (kontanthjaelpssystemet 3, sho_ydelse 7), 1 exempt, 4 not eligible, 5 undetermined (missing data), 9 with data warnings (see "warnings"); 0 records not read

# Missing data is listed, never read as zero.
$ nytte check-eligibility examples/citizens/national-missing-data.toml --on 2025-09-01 --format jsonl | jq -c '{status, eligible, missing_fields}'
| {"status":"undetermined","eligible":false,"missing_fields":["born_in_denmark","first_entry_date","fulltime_work_years_last_10","residence_years_last_10"]}

# A whole directory under a municipal rule set, as CSV.
$ nytte check-eligibility examples/citizens/ --rules rules/aarhus.toml --on 2025-09-01 --format csv
| id,eligible,target_groups,track,required_weekly_hours,status,missing_fields,warnings,exempt_from,assumptions,required_weekly_minutes
| aarhus-fuldtid,false,,,0,not_eligible,,,,,0
| aarhus-igu,true,sho_ydelse;aarhus_sho_ydelse,igu,37,eligible,,sho_ydelse_efter_2025_07_01,,work_capacity_hours=37,2220
| aarhus-integrationsbehov,true,aarhus_integrationsbehov,jobpakke,,eligible,,,,work_capacity_hours=37,
| aarhus-jobpakke,true,sho_ydelse;aarhus_sho_ydelse,jobpakke,25,eligible,,sho_ydelse_efter_2025_07_01,,,1500
| aarhus-ordinaert-job,true,sho_ydelse;aarhus_sho_ydelse,ordinaert_job,37,eligible,,sho_ydelse_efter_2025_07_01,,work_capacity_hours=37,2220
| aarhus-sho,true,sho_ydelse;aarhus_sho_ydelse,jobpakke,37,eligible,,sho_ydelse_efter_2025_07_01,,work_capacity_hours=37,2220
| fsm2-holbaek,false,,,0,not_eligible,,,,,0
| greve-dansk,true,sho_ydelse,igu,37,eligible,,sho_ydelse_efter_2025_07_01,,work_capacity_hours=37,2220
| greve-nyledig,false,,,0,not_eligible,,,,,0
| greve-ung,false,,,0,undetermined,born_in_denmark;first_entry_date,uddannelseshjaelp_efter_2025_07_01,,,0
| koebenhavn-projektplads,true,sho_ydelse,jobpakke,37,eligible,,sho_ydelse_efter_2025_07_01,,work_capacity_hours=37,2220
| national-employment-met,true,kontanthjaelpssystemet,igu,37,eligible,,,,work_capacity_hours=37,2220
| national-first-entry,true,kontanthjaelpssystemet,jobpakke,37,eligible,,,,work_capacity_hours=37,2220
| national-kontanthjaelp,true,kontanthjaelpssystemet,jobpakke,37,eligible,,,,work_capacity_hours=37,2220
| national-missing-data,false,,,0,undetermined,benefit_history;born_in_denmark;danish_tests;first_entry_date;fulltime_work_years_last_10;residence_years_last_10;school_years,,,municipality=751,0
| national-residence-met,false,,,0,not_eligible,,,,,0
| national-sho,true,sho_ydelse;aarhus_sho_ydelse,igu,37,eligible,,sho_ydelse_efter_2025_07_01,,work_capacity_hours=37,2220
| national-ukraine,true,sho_ydelse;aarhus_sho_ydelse,igu,,eligible,,sho_ydelse_efter_2025_07_01,sho_ydelse,,
| nordfyns-49,false,,,0,undetermined,born_in_denmark;first_entry_date,,,,0
| roskilde-aeblehaven,false,,,0,undetermined,born_in_denmark;first_entry_date,,,,0
! nytte: 20 citizens checked with aarhus on 2025-09-01: 12 eligible (aarhus_integrationsbehov 1, aarhus_sho_ydelse 6, kontanthjaelpssystemet 3, sho_ydelse 7), 0 exempt, 4 not eligible, 4 undetermined (missing data), 9 with data warnings (see "warnings"); 0 records not read

# -o writes the file whole; nothing on standard output.
$ nytte check-eligibility examples/citizens/ --on 2025-09-01 --format csv -o $TMP/out.csv && wc -l < $TMP/out.csv
| 21
! nytte: 20 citizens checked with national on 2025-09-01: 10 eligible (kontanthjaelpssystemet 3, sho_ydelse 7), 1 exempt, 4 not eligible, 5 undetermined (missing data), 9 with data warnings (see "warnings"); 0 records not read

# Standard input.
$ cat examples/citizens/greve-ung.toml | nytte check-eligibility - --rules rules/greve.toml --on 2025-09-01 --format csv
| id,eligible,target_groups,track,required_weekly_hours,status,missing_fields,warnings,exempt_from,assumptions,required_weekly_minutes
| greve-ung,true,aabenlyst_uddannelsesparate,service_ung,37,eligible,,uddannelseshjaelp_efter_2025_07_01,,work_capacity_hours=37,2220

# The same population in CSV and TOML gives the same answers, byte for byte.
$ nytte check-eligibility examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 --format jsonl > $TMP/a && nytte check-eligibility examples/population/aarhus-2000.toml --rules rules/aarhus.toml --on 2025-09-01 --format jsonl > $TMP/b && cmp $TMP/a $TMP/b && wc -l < $TMP/a
| 2000
! nytte: 2000 citizens checked with aarhus on 2025-09-01: 1644 eligible (aarhus_integrationsbehov 491, aarhus_sho_ydelse 802, kontanthjaelpssystemet 616, sho_ydelse 776), 19 exempt, 103 not eligible, 234 undetermined (missing data), 998 with data warnings (see "warnings"); 0 records not read
! nytte: 2000 citizens checked with aarhus on 2025-09-01: 1644 eligible (aarhus_integrationsbehov 491, aarhus_sho_ydelse 802, kontanthjaelpssystemet 616, sho_ydelse 776), 19 exempt, 103 not eligible, 234 undetermined (missing data), 998 with data warnings (see "warnings"); 0 records not read

# Deterministic: the same run twice, byte-identical.
$ nytte check-eligibility examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 --format csv --threads 2 > $TMP/c && nytte check-eligibility examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 --format csv --threads 1 > $TMP/d && cmp $TMP/c $TMP/d && echo same
| same
! nytte: 2000 citizens checked with aarhus on 2025-09-01: 1644 eligible (aarhus_integrationsbehov 491, aarhus_sho_ydelse 802, kontanthjaelpssystemet 616, sho_ydelse 776), 19 exempt, 103 not eligible, 234 undetermined (missing data), 998 with data warnings (see "warnings"); 0 records not read
! nytte: 2000 citizens checked with aarhus on 2025-09-01: 1644 eligible (aarhus_integrationsbehov 491, aarhus_sho_ydelse 802, kontanthjaelpssystemet 616, sho_ydelse 776), 19 exempt, 103 not eligible, 234 undetermined (missing data), 998 with data warnings (see "warnings"); 0 records not read

# JSON reasons name every rule tried and whether it held.
$ nytte check-eligibility examples/citizens/greve-nyledig.toml --rules rules/greve.toml --on 2025-09-01 --format json | jq -c '.[0].reasons[] | {kind, rule, held}'
| {"kind":"target_group","rule":"sho_ydelse","held":false}
| {"kind":"target_group","rule":"kontanthjaelpssystemet","held":false}
| {"kind":"target_group","rule":"aabenlyst_uddannelsesparate","held":false}
| {"kind":"target_group","rule":"nyledige_jobparate","held":true}
| {"kind":"target_group","rule":"jobparate_begraenset_dansk","held":false}
| {"kind":"exemption","rule":"ukraine","held":false}
| {"kind":"exemption","rule":"helt_fritaget","held":false}
| {"kind":"track","rule":"service_nyledig","held":true}
| {"kind":"hours","rule":"service_nyledig","held":true}

# --explain adds each rule's title, condition, quoted source and evaluation tree.
$ nytte check-eligibility examples/citizens/greve-nyledig.toml --rules rules/greve.toml --on 2025-09-01 --format jsonl --explain | jq -c '.reasons[3] | {rule, title, condition, quote}'
| {"rule":"nyledige_jobparate","title":"Nyledige jobparate kontanthjælpsmodtagere over 30 år","condition":"benefit == \"kontanthjaelp\" and category == \"jobparat\"\nand age() >= over_30_min_age\n# \"nyledig\" is an entry condition, tested at referral (the course start).\nand unemployed_since <= value_or(start_date, on_date)\nand value_or(start_date, on_date) < add_days(unemployed_since, nyledig_days)\n","quote":"I 2017 udvidede man målgruppen med en intensiveret indsats for nyledige jobparate kontanthjælpsmodtagere over 30 år."}
$ nytte check-eligibility examples/citizens/greve-nyledig.toml --rules rules/greve.toml --on 2025-09-01 --format jsonl --explain | jq -c '.reasons[3] | keys'
| ["condition","constants","explanation","held","in_force","kind","note","quote","rule","ruleset","source","title","valid_from","values"]

# CPR numbers give birth date and sex; text output masks them.
$ nytte check-eligibility examples/citizens/national-sho.toml --on 2025-09-01 | sed -n 1,2p
| national-sho (CPR 020688-****) - rules national on 2025-09-01
|   ELIGIBLE: in sho_ydelse; track arbejdspligt; 37:00 a week
