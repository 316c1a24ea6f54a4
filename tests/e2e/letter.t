# check-eligibility --format letter: the draft of a decision letter, in
# Danish whatever the locale, framed as a draft at both ends.

# Covered by the arbejdspligt, with the track, the hours and each rule's basis.
$ nytte check-eligibility examples/citizens/national-kontanthjaelp.toml --on 2025-09-01 --format letter
| UDKAST – skal kontrolleres af sagsbehandleren før brug
|
| Sag: national-kontanthjaelp
|
| Jobcentret har vurderet din sag pr. 1. september 2025 efter regelsættet „Arbejdspligt: 37 timers arbejdspligt i kontanthjælpssystemet“ (national, version 2025-07).
|
| Du er omfattet af arbejdspligten, fordi du hører til målgruppen „Modtagere af kontanthjælp (det nye kontanthjælpssystem, uddannelseshjælp indfoldet), som ikke opfylder opholds- og beskæftigelseskravet“. Du skal følge sporet „Arbejdspligt: nyttejob, praktik, småjob, danskundervisning, jobsøgning m.m. op til det ugentlige timekrav“. Dit timetal er 37 timer om ugen efter reglen „37 timer om ugen, nedsat til arbejdsevnen“.
|
| Afgørelsen bygger på disse regler:
| - Målgruppe „Modtagere af kontanthjælp (det nye kontanthjælpssystem, uddannelseshjælp indfoldet), som ikke opfylder opholds- og beskæftigelseskravet“: retsgrundlag LAB § 105 a-b (lov vedtaget 17.12.2024); kilde: KL's position og fakta om arbejdspligt (KL (Kommunernes Landsforening), kl.dk).
| - Spor „Arbejdspligt: nyttejob, praktik, småjob, danskundervisning, jobsøgning m.m. op til det ugentlige timekrav“: retsgrundlag LAB § 105 a-b (lov vedtaget 17.12.2024); kilde: Integrationsindsats og arbejdspligt (borger.dk).
| - Timetal „37 timer om ugen, nedsat til arbejdsevnen“: retsgrundlag LAB § 105 a-b (lov vedtaget 17.12.2024); kilde: Integrationsindsats og arbejdspligt (borger.dk).
|
| Til sagsbehandleren (slettes før brug):
| - Arbejdsevnen er ikke registreret; den er læst som 37 timer om ugen (fuld arbejdsevne).
| - Målgruppen „Modtagere af kontanthjælp (det nye kontanthjælpssystem, uddannelseshjælp indfoldet), som ikke opfylder opholds- og beskæftigelseskravet“ indfases; jobcentret skal have den fuldt indfaset senest 1. januar 2026.
| - Regelsættet er en indkodning af en offentlig beskrivelse; kontrollér afgørelsen mod loven, før den bruges.
|
| UDKAST – skal kontrolleres af sagsbehandleren før brug

# Exempt.
$ nytte check-eligibility examples/citizens/national-ukraine.toml --on 2025-09-01 --format letter
| UDKAST – skal kontrolleres af sagsbehandleren før brug
|
| Sag: national-ukraine
|
| Jobcentret har vurderet din sag pr. 1. september 2025 efter regelsættet „Arbejdspligt: 37 timers arbejdspligt i kontanthjælpssystemet“ (national, version 2025-07).
|
| Du er fritaget for arbejdspligten. Du hører til målgruppen „Modtagere af SHO-ydelse (selvforsørgelses- og hjemrejseydelse samt overgangsydelse)“, men du er fritaget, fordi dette gælder for dig: „Opholdstilladelse efter særloven for fordrevne fra Ukraine“.
|
| Afgørelsen bygger på disse regler:
| - Målgruppe „Modtagere af SHO-ydelse (selvforsørgelses- og hjemrejseydelse samt overgangsydelse)“: retsgrundlag LAB § 105 a-b (lov vedtaget 17.12.2024); kilde: KL's position og fakta om arbejdspligt (KL (Kommunernes Landsforening), kl.dk).
| - Fritagelse „Opholdstilladelse efter særloven for fordrevne fra Ukraine“: retsgrundlag LAB § 105 a-b (lov vedtaget 17.12.2024); kilde: Integrationsindsats og arbejdspligt (borger.dk).
|
| Til sagsbehandleren (slettes før brug):
| - Advarsel: Forældet ydelseskode: selvforsørgelses- og hjemrejseydelse samt overgangsydelse er fra 1. juli 2025 lagt ind i den nye kontanthjælp; ret ydelsen i registreringen.
| - Regelsættet er en indkodning af en offentlig beskrivelse; kontrollér afgørelsen mod loven, før den bruges.
|
| UDKAST – skal kontrolleres af sagsbehandleren før brug

# In no target group: the groups tried.
$ nytte check-eligibility examples/citizens/fsm2-holbaek.toml --on 2025-09-01 --format letter
| UDKAST – skal kontrolleres af sagsbehandleren før brug
|
| Sag: fsm2-holbaek
|
| Jobcentret har vurderet din sag pr. 1. september 2025 efter regelsættet „Arbejdspligt: 37 timers arbejdspligt i kontanthjælpssystemet“ (national, version 2025-07).
|
| Du er ikke omfattet af arbejdspligten, fordi du ikke hører til nogen af målgrupperne. Jobcentret har vurderet, om du hører til målgrupperne „Modtagere af SHO-ydelse (selvforsørgelses- og hjemrejseydelse samt overgangsydelse)“ og „Modtagere af kontanthjælp (det nye kontanthjælpssystem, uddannelseshjælp indfoldet), som ikke opfylder opholds- og beskæftigelseskravet“, og du opfylder ikke betingelserne.
|
| Afgørelsen bygger på disse regler:
| - Målgruppe „Modtagere af SHO-ydelse (selvforsørgelses- og hjemrejseydelse samt overgangsydelse)“: retsgrundlag LAB § 105 a-b (lov vedtaget 17.12.2024); kilde: KL's position og fakta om arbejdspligt (KL (Kommunernes Landsforening), kl.dk).
| - Målgruppe „Modtagere af kontanthjælp (det nye kontanthjælpssystem, uddannelseshjælp indfoldet), som ikke opfylder opholds- og beskæftigelseskravet“: retsgrundlag LAB § 105 a-b (lov vedtaget 17.12.2024); kilde: KL's position og fakta om arbejdspligt (KL (Kommunernes Landsforening), kl.dk).
|
| Til sagsbehandleren (slettes før brug):
| - Regelsættet er en indkodning af en offentlig beskrivelse; kontrollér afgørelsen mod loven, før den bruges.
|
| UDKAST – skal kontrolleres af sagsbehandleren før brug

# Not yet decidable: the missing fields by their Danish names.
$ nytte check-eligibility examples/citizens/national-missing-data.toml --on 2025-09-01 --format letter
| UDKAST – skal kontrolleres af sagsbehandleren før brug
|
| Sag: national-missing-data
|
| Jobcentret har vurderet din sag pr. 1. september 2025 efter regelsættet „Arbejdspligt: 37 timers arbejdspligt i kontanthjælpssystemet“ (national, version 2025-07).
|
| Det kan endnu ikke afgøres, om du er omfattet af arbejdspligten, fordi disse oplysninger mangler: født i Danmark (`born_in_denmark`), dato for første indrejse i Danmark (`first_entry_date`), år med fuldtidsbeskæftigelse inden for de seneste 10 år (`fulltime_work_years_last_10`) og år med lovligt ophold i Danmark inden for de seneste 10 år (`residence_years_last_10`). Det drejer sig om målgruppen „Modtagere af kontanthjælp (det nye kontanthjælpssystem, uddannelseshjælp indfoldet), som ikke opfylder opholds- og beskæftigelseskravet“. Jobcentret træffer afgørelse, når oplysningerne foreligger.
|
| Afgørelsen bygger på disse regler:
| - Målgruppe „Modtagere af kontanthjælp (det nye kontanthjælpssystem, uddannelseshjælp indfoldet), som ikke opfylder opholds- og beskæftigelseskravet“: retsgrundlag LAB § 105 a-b (lov vedtaget 17.12.2024); kilde: KL's position og fakta om arbejdspligt (KL (Kommunernes Landsforening), kl.dk).
|
| Til sagsbehandleren (slettes før brug):
| - Regelsættet er en indkodning af en offentlig beskrivelse; kontrollér afgørelsen mod loven, før den bruges.
|
| UDKAST – skal kontrolleres af sagsbehandleren før brug

# A municipality's own scheme beside the arbejdspligt, with the track's cap.
$ nytte check-eligibility examples/citizens/aarhus-jobpakke.toml --rules aarhus --on 2025-09-01 --format letter
| UDKAST – skal kontrolleres af sagsbehandleren før brug
|
| Sag: aarhus-jobpakke
|
| Jobcentret har vurderet din sag pr. 1. september 2025 efter regelsættet „Aarhus-modellen for nytteindsats“ (aarhus, version 2022-03).
|
| Du er omfattet af arbejdspligten og indsatsen „Aarhus-modellen for nytteindsats“, fordi du hører til målgrupperne „Modtagere af SHO-ydelse (selvforsørgelses- og hjemrejseydelse samt overgangsydelse)“ og „(a) Borgere på selvforsørgelses- og hjemrejseydelse eller overgangsydelse, 18-67 år“. Du skal følge sporet „Spor 3: jobpakke på op til 37 timer (borgere længst fra arbejdsmarkedet)“. Dit timetal er 25 timer om ugen efter reglen „37 timer om ugen, nedsat til arbejdsevnen“. Sporet har et loft på 25 timer om ugen.
|
| Afgørelsen bygger på disse regler:
| - Målgruppe „Modtagere af SHO-ydelse (selvforsørgelses- og hjemrejseydelse samt overgangsydelse)“: retsgrundlag LAB § 105 a-b (lov vedtaget 17.12.2024); kilde: KL's position og fakta om arbejdspligt (KL (Kommunernes Landsforening), kl.dk).
| - Målgruppe „(a) Borgere på selvforsørgelses- og hjemrejseydelse eller overgangsydelse, 18-67 år“: retsgrundlag LAB §§ 82-89 (nytteindsats); kilde: Rådmand præsenterer Aarhus-model for nytteindsats (Elsebeth Frederiksen, Skræppebladet (Brabrand Boligforening), efter en pressemeddelelse fra Sociale Forhold og Beskæftigelse, Aarhus Kommune, kildefil 000_0c1ca0eca22ce79b.txt).
| - Spor „Spor 3: jobpakke på op til 37 timer (borgere længst fra arbejdsmarkedet)“: retsgrundlag LAB §§ 82-89 (nytteindsats); kilde: Rådmand præsenterer Aarhus-model for nytteindsats (Elsebeth Frederiksen, Skræppebladet (Brabrand Boligforening), efter en pressemeddelelse fra Sociale Forhold og Beskæftigelse, Aarhus Kommune, kildefil 000_0c1ca0eca22ce79b.txt).
| - Timetal „37 timer om ugen, nedsat til arbejdsevnen“: retsgrundlag LAB § 105 a-b (lov vedtaget 17.12.2024); kilde: Integrationsindsats og arbejdspligt (borger.dk).
| - Højeste timetal „Spor 3: jobpakke på op til 37 timer (borgere længst fra arbejdsmarkedet)“: retsgrundlag LAB §§ 82-89 (nytteindsats); kilde: Rådmand præsenterer Aarhus-model for nytteindsats (Elsebeth Frederiksen, Skræppebladet (Brabrand Boligforening), efter en pressemeddelelse fra Sociale Forhold og Beskæftigelse, Aarhus Kommune, kildefil 000_0c1ca0eca22ce79b.txt).
|
| Til sagsbehandleren (slettes før brug):
| - Advarsel: Forældet ydelseskode: selvforsørgelses- og hjemrejseydelse samt overgangsydelse er fra 1. juli 2025 lagt ind i den nye kontanthjælp; ret ydelsen i registreringen.
| - Det er ikke afgjort, om borgeren også hører til målgruppen „(b) Modtager en ydelse nu, har modtaget uddannelses- eller kontanthjælp i 3 af de seneste 4 år og har ikke bestået Prøve i Dansk 2 eller ikke gennemført 6. klasse, 18-67 år“, fordi disse oplysninger mangler: tidligere ydelser (`benefit_history`).
| - Regelsættet er en indkodning af en offentlig beskrivelse; kontrollér afgørelsen mod loven, før den bruges.
|
| UDKAST – skal kontrolleres af sagsbehandleren før brug

# The same letter in a Danish and an English locale.
$ nytte --lang da check-eligibility examples/citizens/national-ukraine.toml --on 2025-09-01 --format letter > $TMP/da.txt && LC_ALL=en_GB.UTF-8 nytte check-eligibility examples/citizens/national-ukraine.toml --on 2025-09-01 --format letter | cmp - $TMP/da.txt

# The CPR number masked, even with --show-cpr; two people, two letters.
$ nytte check-eligibility examples/citizens/national-sho.toml examples/citizens/national-ukraine.toml --on 2025-09-01 --format letter --show-cpr | grep -E "^(Sag|UDKAST|$)"
| UDKAST – skal kontrolleres af sagsbehandleren før brug
|
| Sag: national-sho (CPR 020688-****)
|
|
|
|
|
| UDKAST – skal kontrolleres af sagsbehandleren før brug
|
| UDKAST – skal kontrolleres af sagsbehandleren før brug
|
| Sag: national-ukraine
|
|
|
|
|
| UDKAST – skal kontrolleres af sagsbehandleren før brug
! nytte: 2 citizens checked with national on 2025-09-01: 1 eligible (sho_ydelse 1), 1 exempt, 0 not eligible, 0 undetermined (missing data), 2 with data warnings (see "warnings"); 0 records not read
