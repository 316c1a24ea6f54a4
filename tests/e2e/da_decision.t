# check-eligibility's text in Danish (--lang da): one person of each rule set
# in rules/, the whole explanation checked line by line. Titles instead of
# ids in the answer, Danish hours, dates and numbers, codes with their
# Danish names; the rules' own conditions, field names and quotes as written.

$ nytte --lang da check-eligibility examples/citizens/aarhus-jobpakke.toml --rules aarhus --on 2025-09-01
| aarhus-jobpakke – regelsæt aarhus den 1. september 2025
|   OMFATTET: målgruppe „Modtagere af SHO-ydelse (selvforsørgelses- og hjemrejseydelse samt overgangsydelse)“, „(a) Borgere på selvforsørgelses- og hjemrejseydelse eller overgangsydelse, 18-67 år“; spor „Spor 3: jobpakke på op til 37 timer (borgere længst fra arbejdsmarkedet)“; 25 timer om ugen
|   advarsel: Forældet ydelseskode: selvforsørgelses- og hjemrejseydelse samt overgangsydelse er fra 1. juli 2025 lagt ind i den nye kontanthjælp; ret ydelsen i registreringen [sho_ydelse_efter_2025_07_01]
|
|  Målgrupper
|   ✔ sho_ydelse [national]: Modtagere af SHO-ydelse (selvforsørgelses- og hjemrejseydelse samt overgangsydelse)
|       hvis benefit in sho_ydelse
|       læst: benefit = selvforsoergelsesydelse (selvforsørgelsesydelse)
|       sammenlignet med: sho_ydelse = [selvforsoergelsesydelse, hjemrejseydelse, overgangsydelse]
|       kilde: LAB § 105 a-b (lov vedtaget 17.12.2024); KL's position og fakta om arbejdspligt (KL (Kommunernes Landsforening), kl.dk)
|       “Den 1. januar 2025 omfattes den første del af målgruppen, som er nuværende modtagere af selvforsørgelses- og hjemrejseydelse samt overgangsydelse.”
|   ✘ kontanthjaelpssystemet [national]: Modtagere af kontanthjælp (det nye kontanthjælpssystem, uddannelseshjælp indfoldet), som ikke opfylder opholds- og beskæftigelseskravet
|       hvis benefit in kontant_uddannelseshjaelp
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
|       læst: benefit = selvforsoergelsesydelse (selvforsørgelsesydelse), residence_years_last_10 = 6, first_entry_date = mangler, value_or(born_in_denmark, false) = false, born_in_denmark = mangler, has(first_entry_date) = false, fulltime_work_years_last_10 = 0
|       sammenlignet med: kontant_uddannelseshjaelp = [kontanthjaelp, uddannelseshjaelp], residence_requirement_years = 9, employment_requirement_entry_from = 1. januar 1968, employment_requirement_years = 2,5
|       kilde: LAB § 105 a-b (lov vedtaget 17.12.2024); KL's position og fakta om arbejdspligt (KL (Kommunernes Landsforening), kl.dk)
|       “Den 1. juli 2025 omfattes den næste målgruppe, som er nuværende modtagere af kontanthjælp, som ikke opfylder et opholds- og beskæftigelseskrav.”
|   ✔ aarhus_sho_ydelse: (a) Borgere på selvforsørgelses- og hjemrejseydelse eller overgangsydelse, 18-67 år
|       hvis age() >= min_age and age() <= max_age
|          and benefit in sho_ydelse
|       læst: age() = 52, benefit = selvforsoergelsesydelse (selvforsørgelsesydelse)
|       sammenlignet med: min_age = 18, max_age = 67, sho_ydelse = [selvforsoergelsesydelse, hjemrejseydelse, overgangsydelse]
|       kilde: LAB §§ 82-89 (nytteindsats); Rådmand præsenterer Aarhus-model for nytteindsats (Elsebeth Frederiksen, Skræppebladet (Brabrand Boligforening), efter en pressemeddelelse fra Sociale Forhold og Beskæftigelse, Aarhus Kommune, kildefil 000_0c1ca0eca22ce79b.txt)
|       “borgere på selvforsørgelses- og hjemrejseydelse eller overgangsydelse”
|   ? aarhus_integrationsbehov: (b) Modtager en ydelse nu, har modtaget uddannelses- eller kontanthjælp i 3 af de seneste 4 år og har ikke bestået Prøve i Dansk 2 eller ikke gennemført 6. klasse, 18-67 år
|       hvis age() >= min_age and age() <= max_age
|          and benefit in kontanthjaelpssystemet
|          and days_on(uddannelses_kontanthjaelp, history_days) >= required_days
|          and (not passed_danish("PD2") or school_years < school_years_6th_grade)
|       læst: age() = 52, benefit = selvforsoergelsesydelse (selvforsørgelsesydelse), days_on(uddannelses_kontanthjaelp, history_days) = mangler, passed_danish("PD2") = false, school_years = 5
|       sammenlignet med: min_age = 18, max_age = 67, kontanthjaelpssystemet = [kontanthjaelp, uddannelseshjaelp, selvforsoergelsesydelse, hjemrejseydelse, overgangsydelse], uddannelses_kontanthjaelp = [uddannelseshjaelp, kontanthjaelp], history_days = 1.461, required_days = 1.096, school_years_6th_grade = 6
|       mangler: benefit_history
|       kilde: LAB §§ 82-89 (nytteindsats); Rådmand præsenterer Aarhus-model for nytteindsats (Elsebeth Frederiksen, Skræppebladet (Brabrand Boligforening), efter en pressemeddelelse fra Sociale Forhold og Beskæftigelse, Aarhus Kommune, kildefil 000_0c1ca0eca22ce79b.txt)
|       “borgere, som har modtaget uddannelses- eller kontanthjælp i tre ud af de seneste fire år, og som ikke har bestået minimum Prøve i Dansk 2 eller ikke har gennemført 6. klasse.”
|
|  Fritagelser
|   ✘ ukraine [national]: Opholdstilladelse efter særloven for fordrevne fra Ukraine
|       hvis has(exemptions) and "ukraine_special_act" in exemptions
|       læst: has(exemptions) = false, exemptions = mangler
|       kilde: LAB § 105 a-b (lov vedtaget 17.12.2024); Integrationsindsats og arbejdspligt (borger.dk)
|       “Arbejdspligten gælder ikke for personer med opholdstilladelse efter lov om midlertidig opholdstilladelse til personer, der er fordrevet fra Ukraine.”
|   ✘ helt_fritaget [national]: Helt fritaget: vurderet arbejdsevne på 0 timer om ugen
|       hvis has(work_capacity_hours) and work_capacity_hours <= 0
|       læst: has(work_capacity_hours) = true, work_capacity_hours = 25
|       kilde: LAB § 105 a-b (lov vedtaget 17.12.2024); Om ny arbejdspligt (Styrelsen for Arbejdsmarked og Rekruttering (STAR), star.dk)
|       “helt [...] fritage borgeren”
|
|  Spor
|   ✘ ordinaert_job: Spor 1: ordinære jobs (borgere i beskæftigelse, der med få ekstra timer kan blive selvforsørgende)
|       hvis value_or(ordinary_hours, 0) > 0
|       læst: value_or(ordinary_hours, 0) = 0, ordinary_hours = mangler
|       kilde: LAB §§ 82-89 (nytteindsats); Rådmand præsenterer Aarhus-model for nytteindsats (Elsebeth Frederiksen, Skræppebladet (Brabrand Boligforening), efter en pressemeddelelse fra Sociale Forhold og Beskæftigelse, Aarhus Kommune, kildefil 000_0c1ca0eca22ce79b.txt)
|       “Første spor er en intensiveret indsats for borgere, der i dag er i beskæftigelse, og som med få ekstra timer kan blive selvforsørgende.”
|   ✘ igu: Spor 2: forløb under integrationsgrunduddannelsen (IGU)
|       hvis category == "jobparat" and age() >= min_age and age() <= igu_max_age
|       læst: category = aktivitetsparat, age() = 52
|       sammenlignet med: min_age = 18, igu_max_age = 40
|       kilde: LAB §§ 82-89 (nytteindsats); Rådmand præsenterer Aarhus-model for nytteindsats (Elsebeth Frederiksen, Skræppebladet (Brabrand Boligforening), efter en pressemeddelelse fra Sociale Forhold og Beskæftigelse, Aarhus Kommune, kildefil 000_0c1ca0eca22ce79b.txt)
|       “Derudover skal der oprettes flere IGU-forløb, som kombinerer branchespecifik undervisning og ansættelse i en lønnet praktik.”
|   ✔ jobpakke: Spor 3: jobpakke på op til 37 timer (borgere længst fra arbejdsmarkedet)
|       foreslået: det første spor, som borgeren opfylder betingelserne for
|       kilde: LAB §§ 82-89 (nytteindsats); Rådmand præsenterer Aarhus-model for nytteindsats (Elsebeth Frederiksen, Skræppebladet (Brabrand Boligforening), efter en pressemeddelelse fra Sociale Forhold og Beskæftigelse, Aarhus Kommune, kildefil 000_0c1ca0eca22ce79b.txt)
|       “De borgere, der er længst væk fra arbejdsmarkedet, skal i et jobpakkeforløb.”
|
|  Timer om ugen
|   ✔ weekly_hours [national]: 37 timer om ugen, nedsat til arbejdsevnen
|       værdi min(full_week, work_capacity_hours)
|       læst: min(full_week, work_capacity_hours) = 25, work_capacity_hours = 25
|       sammenlignet med: full_week = 37
|       = 25 timer om ugen
|       kilde: LAB § 105 a-b (lov vedtaget 17.12.2024); Integrationsindsats og arbejdspligt (borger.dk)
|       “Du skal som udgangspunkt deltage i en indsats på 37 timer om ugen.”
|
|  Højeste antal timer om ugen
|   ✔ jobpakke: Spor 3: jobpakke på op til 37 timer (borgere længst fra arbejdsmarkedet)
|       værdi min(full_week, work_capacity_hours)
|       læst: min(full_week, work_capacity_hours) = 25, work_capacity_hours = 25
|       sammenlignet med: full_week = 37
|       = højst 25 timer om ugen (et loft, ikke et krav)
|       kilde: LAB §§ 82-89 (nytteindsats); Rådmand præsenterer Aarhus-model for nytteindsats (Elsebeth Frederiksen, Skræppebladet (Brabrand Boligforening), efter en pressemeddelelse fra Sociale Forhold og Beskæftigelse, Aarhus Kommune, kildefil 000_0c1ca0eca22ce79b.txt)
|       “De borgere, der er længst væk fra arbejdsmarkedet, skal i et jobpakkeforløb.”
|
|  Indkodning af en offentlig beskrivelse; kontrollér den mod loven før brug i en afgørelse.

$ nytte --lang da check-eligibility examples/citizens/fsm2-holbaek.toml --rules flere_skal_med_2 --on 2019-12-02
| fsm2-holbaek – regelsæt flere_skal_med_2 den 2. december 2019
|   OMFATTET: målgruppe „Aktivitetsparate borgere over 30 år i kontanthjælpssystemet i de 15 frontrunner-kommuner“; spor „Personlig jobformidler, CV og individuelt match med en virksomhed om ordinære timer“; timetallet er ikke angivet i kilden
|
|  Målgrupper
|   - sho_ydelse [national]: Modtagere af SHO-ydelse (selvforsørgelses- og hjemrejseydelse samt overgangsydelse)
|       ikke i kraft den 2. december 2019 (i kraft fra 1. januar 2025 indtil videre)
|   - kontanthjaelpssystemet [national]: Modtagere af kontanthjælp (det nye kontanthjælpssystem, uddannelseshjælp indfoldet), som ikke opfylder opholds- og beskæftigelseskravet
|       ikke i kraft den 2. december 2019 (i kraft fra 1. juli 2025 indtil videre)
|   ✔ aktivitetsparate_over_30: Aktivitetsparate borgere over 30 år i kontanthjælpssystemet i de 15 frontrunner-kommuner
|       hvis category == "aktivitetsparat" and benefit in kontanthjaelpssystemet
|          and age() >= over_30_min_age
|          and municipality in frontrunner_kommuner
|       læst: category = aktivitetsparat, benefit = kontanthjaelp (kontanthjælp), age() = 39, municipality = 316
|       sammenlignet med: kontanthjaelpssystemet = [kontanthjaelp, uddannelseshjaelp, selvforsoergelsesydelse, hjemrejseydelse, overgangsydelse], over_30_min_age = 30, frontrunner_kommuner = [320, 813, 766, 316, 661, 615, 183, 187, 849, 480, 306, 760, 265, 671, 787, 630]
|       kilde: Frontrunner-projekt for Flere skal med 2 (Pressemeddelelse med citater af beskæftigelsesminister Troels Lund Poulsen (udsteder ikke navngivet i kilden), 4. februar 2019, kildefil 003_d3255c7af1da4aaf.txt)
|       “Det storstilede projekt har fokus på aktivitetsparate borgere over 30 år i kontanthjælpssystemet.”
|
|  Fritagelser
|   - ukraine [national]: Opholdstilladelse efter særloven for fordrevne fra Ukraine
|       ikke i kraft den 2. december 2019 (i kraft fra 1. januar 2025 indtil videre)
|   ✘ helt_fritaget [national]: Helt fritaget: vurderet arbejdsevne på 0 timer om ugen
|       hvis has(work_capacity_hours) and work_capacity_hours <= 0
|       læst: has(work_capacity_hours) = false, work_capacity_hours = 37 (ikke registreret: antaget fuld arbejdsevne)
|       kilde: LAB § 105 a-b (lov vedtaget 17.12.2024); Om ny arbejdspligt (Styrelsen for Arbejdsmarked og Rekruttering (STAR), star.dk)
|       “helt [...] fritage borgeren”
|
|  Spor
|   ✔ jobformidler: Personlig jobformidler, CV og individuelt match med en virksomhed om ordinære timer
|       foreslået: det første spor, som borgeren opfylder betingelserne for
|       kilde: Frontrunner-projekt for Flere skal med 2 (Pressemeddelelse med citater af beskæftigelsesminister Troels Lund Poulsen (udsteder ikke navngivet i kilden), 4. februar 2019, kildefil 003_d3255c7af1da4aaf.txt)
|       “Deltagerne bliver afklaret, får tildelt en personlig jobformidler med viden om arbejdsmarkedet, får udarbejdet et CV, og så laves der et individuelt match mellem borger og virksomhed om ordinære timer evt. kombineret med virksomhedspraktik, der peger frem mod lønnede timer.”
|
|  Timer om ugen
|   - ikke angivet i kilden: ingen gældende regel fastsætter timer om ugen for sporet „Personlig jobformidler, CV og individuelt match med en virksomhed om ordinære timer“
|       kilde: Frontrunner-projekt for Flere skal med 2 (Pressemeddelelse med citater af beskæftigelsesminister Troels Lund Poulsen (udsteder ikke navngivet i kilden), 4. februar 2019, kildefil 003_d3255c7af1da4aaf.txt)
|       “Deltagerne bliver afklaret, får tildelt en personlig jobformidler med viden om arbejdsmarkedet, får udarbejdet et CV, og så laves der et individuelt match mellem borger og virksomhed om ordinære timer evt. kombineret med virksomhedspraktik, der peger frem mod lønnede timer.”
|
|  Indkodning af en offentlig beskrivelse; kontrollér den mod loven før brug i en afgørelse.

$ nytte --lang da check-eligibility examples/citizens/greve-dansk.toml --rules greve --on 2025-09-01
| greve-dansk – regelsæt greve den 1. september 2025
|   OMFATTET: målgruppe „Modtagere af SHO-ydelse (selvforsørgelses- og hjemrejseydelse samt overgangsydelse)“, „Jobparate borgere med begrænsede danskkundskaber“; spor „Individuel nytteindsats i en kommunal enhed og danskundervisning 5 timer om ugen“; 37 timer om ugen
|   advarsel: Forældet ydelseskode: selvforsørgelses- og hjemrejseydelse samt overgangsydelse er fra 1. juli 2025 lagt ind i den nye kontanthjælp; ret ydelsen i registreringen [sho_ydelse_efter_2025_07_01]
|   antaget: work_capacity_hours ikke registreret: læst som 37, fuld arbejdsevne
|
|  Målgrupper
|   ✔ sho_ydelse [national]: Modtagere af SHO-ydelse (selvforsørgelses- og hjemrejseydelse samt overgangsydelse)
|       hvis benefit in sho_ydelse
|       læst: benefit = selvforsoergelsesydelse (selvforsørgelsesydelse)
|       sammenlignet med: sho_ydelse = [selvforsoergelsesydelse, hjemrejseydelse, overgangsydelse]
|       kilde: LAB § 105 a-b (lov vedtaget 17.12.2024); KL's position og fakta om arbejdspligt (KL (Kommunernes Landsforening), kl.dk)
|       “Den 1. januar 2025 omfattes den første del af målgruppen, som er nuværende modtagere af selvforsørgelses- og hjemrejseydelse samt overgangsydelse.”
|   ✘ kontanthjaelpssystemet [national]: Modtagere af kontanthjælp (det nye kontanthjælpssystem, uddannelseshjælp indfoldet), som ikke opfylder opholds- og beskæftigelseskravet
|       hvis benefit in kontant_uddannelseshjaelp
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
|       læst: benefit = selvforsoergelsesydelse (selvforsørgelsesydelse), residence_years_last_10 = 4, first_entry_date = mangler, value_or(born_in_denmark, false) = false, born_in_denmark = mangler, has(first_entry_date) = false, fulltime_work_years_last_10 = 0,5
|       sammenlignet med: kontant_uddannelseshjaelp = [kontanthjaelp, uddannelseshjaelp], residence_requirement_years = 9, employment_requirement_entry_from = 1. januar 1968, employment_requirement_years = 2,5
|       kilde: LAB § 105 a-b (lov vedtaget 17.12.2024); KL's position og fakta om arbejdspligt (KL (Kommunernes Landsforening), kl.dk)
|       “Den 1. juli 2025 omfattes den næste målgruppe, som er nuværende modtagere af kontanthjælp, som ikke opfylder et opholds- og beskæftigelseskrav.”
|   ✘ aabenlyst_uddannelsesparate: Åbenlyst uddannelsesparate unge på uddannelseshjælp
|       hvis benefit == "uddannelseshjaelp" and category == "aabenlyst_uddannelsesparat"
|       læst: benefit = selvforsoergelsesydelse (selvforsørgelsesydelse), category = jobparat
|       kilde: LAB §§ 82-89; Tema: Nytteindsats (KL (Kommunernes Landsforening), Beskæftigelse, Integration & Socialpolitik; kontakt: chefkonsulent Sara Glahder Lindberg, 11. juni 2024, kildefil 001_c0b60d91a52b29a2.txt)
|       “I 2014 besluttede byrådet at etablere et kommunalt nytteindsatskorps (Service++), som en del af indsatsen over for de åbenlyst uddannelsesparate.”
|   ✘ nyledige_jobparate: Nyledige jobparate kontanthjælpsmodtagere over 30 år
|       hvis benefit == "kontanthjaelp" and category == "jobparat"
|          and age() >= over_30_min_age
|          # "nyledig" is an entry condition, tested at referral (the course start).
|          and unemployed_since <= value_or(start_date, on_date)
|          and value_or(start_date, on_date) < add_days(unemployed_since, nyledig_days)
|       læst: benefit = selvforsoergelsesydelse (selvforsørgelsesydelse), category = jobparat, age() = 32, unemployed_since = mangler, value_or(start_date, on_date) = 1. september 2025, start_date = mangler, add_days(unemployed_since, nyledig_days) = mangler
|       sammenlignet med: over_30_min_age = 30, nyledig_days = 182
|       kilde: LAB §§ 82-89; Tema: Nytteindsats (KL (Kommunernes Landsforening), Beskæftigelse, Integration & Socialpolitik; kontakt: chefkonsulent Sara Glahder Lindberg, 11. juni 2024, kildefil 001_c0b60d91a52b29a2.txt)
|       “I 2017 udvidede man målgruppen med en intensiveret indsats for nyledige jobparate kontanthjælpsmodtagere over 30 år.”
|   ✔ jobparate_begraenset_dansk: Jobparate borgere med begrænsede danskkundskaber
|       hvis category == "jobparat" and benefit in kontanthjaelpssystemet
|          and not passed_danish("PD2")
|       læst: category = jobparat, benefit = selvforsoergelsesydelse (selvforsørgelsesydelse), passed_danish("PD2") = false
|       sammenlignet med: kontanthjaelpssystemet = [kontanthjaelp, uddannelseshjaelp, selvforsoergelsesydelse, hjemrejseydelse, overgangsydelse]
|       kilde: LAB §§ 82-89; Tema: Nytteindsats (KL (Kommunernes Landsforening), Beskæftigelse, Integration & Socialpolitik; kontakt: chefkonsulent Sara Glahder Lindberg, 11. juni 2024, kildefil 001_c0b60d91a52b29a2.txt)
|       “I 2018 besluttede byrådet at udvide målgruppen for nytteindsats yderligere til jobparate borgere med begrænsede danskkundskaber.”
|
|  Fritagelser
|   ✘ ukraine [national]: Opholdstilladelse efter særloven for fordrevne fra Ukraine
|       hvis has(exemptions) and "ukraine_special_act" in exemptions
|       læst: has(exemptions) = false, exemptions = mangler
|       kilde: LAB § 105 a-b (lov vedtaget 17.12.2024); Integrationsindsats og arbejdspligt (borger.dk)
|       “Arbejdspligten gælder ikke for personer med opholdstilladelse efter lov om midlertidig opholdstilladelse til personer, der er fordrevet fra Ukraine.”
|   ✘ helt_fritaget [national]: Helt fritaget: vurderet arbejdsevne på 0 timer om ugen
|       hvis has(work_capacity_hours) and work_capacity_hours <= 0
|       læst: has(work_capacity_hours) = false, work_capacity_hours = 37 (ikke registreret: antaget fuld arbejdsevne)
|       kilde: LAB § 105 a-b (lov vedtaget 17.12.2024); Om ny arbejdspligt (Styrelsen for Arbejdsmarked og Rekruttering (STAR), star.dk)
|       “helt [...] fritage borgeren”
|
|  Spor
|   ✔ individuel_dansk: Individuel nytteindsats i en kommunal enhed og danskundervisning 5 timer om ugen
|       foreslået: det første spor, som borgeren opfylder betingelserne for
|       kilde: LAB §§ 82-89; Tema: Nytteindsats (KL (Kommunernes Landsforening), Beskæftigelse, Integration & Socialpolitik; kontakt: chefkonsulent Sara Glahder Lindberg, 11. juni 2024, kildefil 001_c0b60d91a52b29a2.txt)
|       “De jobparate borgere med begrænsede danskkundskaber placeres i individuel nytteindsats i kommunale enheder kombineret med, at de parallelt har danskundervisning i fem timer om ugen.”
|
|  Timer om ugen
|   ✔ weekly_hours [national]: 37 timer om ugen, nedsat til arbejdsevnen
|       værdi min(full_week, work_capacity_hours)
|       læst: min(full_week, work_capacity_hours) = 37, work_capacity_hours = 37 (ikke registreret: antaget fuld arbejdsevne)
|       sammenlignet med: full_week = 37
|       = 37 timer om ugen
|       kilde: LAB § 105 a-b (lov vedtaget 17.12.2024); Integrationsindsats og arbejdspligt (borger.dk)
|       “Du skal som udgangspunkt deltage i en indsats på 37 timer om ugen.”
|
|  Indkodning af en offentlig beskrivelse; kontrollér den mod loven før brug i en afgørelse.

$ nytte --lang da check-eligibility examples/citizens/koebenhavn-projektplads.toml --rules koebenhavn --on 2025-09-01
| koebenhavn-projektplads – regelsæt koebenhavn den 1. september 2025
|   OMFATTET: målgruppe „Modtagere af SHO-ydelse (selvforsørgelses- og hjemrejseydelse samt overgangsydelse)“, „Jobparate kontanthjælps- og overgangsydelsesmodtagere (primær målgruppe)“; spor „Projektplads: hold med tilknyttet arbejdsleder (naturpleje), efter 14 dage kombineret med jobsøgning“; 37 timer om ugen
|   advarsel: Forældet ydelseskode: selvforsørgelses- og hjemrejseydelse samt overgangsydelse er fra 1. juli 2025 lagt ind i den nye kontanthjælp; ret ydelsen i registreringen [sho_ydelse_efter_2025_07_01]
|   antaget: work_capacity_hours ikke registreret: læst som 37, fuld arbejdsevne
|
|  Målgrupper
|   ✔ sho_ydelse [national]: Modtagere af SHO-ydelse (selvforsørgelses- og hjemrejseydelse samt overgangsydelse)
|       hvis benefit in sho_ydelse
|       læst: benefit = overgangsydelse
|       sammenlignet med: sho_ydelse = [selvforsoergelsesydelse, hjemrejseydelse, overgangsydelse]
|       kilde: LAB § 105 a-b (lov vedtaget 17.12.2024); KL's position og fakta om arbejdspligt (KL (Kommunernes Landsforening), kl.dk)
|       “Den 1. januar 2025 omfattes den første del af målgruppen, som er nuværende modtagere af selvforsørgelses- og hjemrejseydelse samt overgangsydelse.”
|   ✘ kontanthjaelpssystemet [national]: Modtagere af kontanthjælp (det nye kontanthjælpssystem, uddannelseshjælp indfoldet), som ikke opfylder opholds- og beskæftigelseskravet
|       hvis benefit in kontant_uddannelseshjaelp
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
|       læst: benefit = overgangsydelse, residence_years_last_10 = 7, first_entry_date = mangler, value_or(born_in_denmark, false) = false, born_in_denmark = mangler, has(first_entry_date) = false, fulltime_work_years_last_10 = 2
|       sammenlignet med: kontant_uddannelseshjaelp = [kontanthjaelp, uddannelseshjaelp], residence_requirement_years = 9, employment_requirement_entry_from = 1. januar 1968, employment_requirement_years = 2,5
|       kilde: LAB § 105 a-b (lov vedtaget 17.12.2024); KL's position og fakta om arbejdspligt (KL (Kommunernes Landsforening), kl.dk)
|       “Den 1. juli 2025 omfattes den næste målgruppe, som er nuværende modtagere af kontanthjælp, som ikke opfylder et opholds- og beskæftigelseskrav.”
|   ✔ jobparate_kontant_overgang: Jobparate kontanthjælps- og overgangsydelsesmodtagere (primær målgruppe)
|       hvis category == "jobparat" and benefit in kontant_overgangsydelse
|       læst: category = jobparat, benefit = overgangsydelse
|       sammenlignet med: kontant_overgangsydelse = [kontanthjaelp, overgangsydelse]
|       kilde: LAB §§ 82-89; Tema: Nytteindsats (KL (Kommunernes Landsforening), Beskæftigelse, Integration & Socialpolitik; kontakt: chefkonsulent Sara Glahder Lindberg, 11. juni 2024, kildefil 001_c0b60d91a52b29a2.txt)
|       “Den primære målgruppe for nytteindsats i København er jobparate kontant- og overgangsydelsesmodtagere.”
|   ✘ aabenlyst_uddannelsesparate: Åbenlyst uddannelsesparate modtagere af uddannelseshjælp
|       hvis benefit == "uddannelseshjaelp" and category == "aabenlyst_uddannelsesparat"
|       læst: benefit = overgangsydelse, category = jobparat
|       kilde: LAB §§ 82-89; Tema: Nytteindsats (KL (Kommunernes Landsforening), Beskæftigelse, Integration & Socialpolitik; kontakt: chefkonsulent Sara Glahder Lindberg, 11. juni 2024, kildefil 001_c0b60d91a52b29a2.txt)
|       “Nytteindsatsen kan desuden tilbydes til åbenlyst uddannelsesparate modtagere af uddannelseshjælp.”
|
|  Fritagelser
|   ✘ ukraine [national]: Opholdstilladelse efter særloven for fordrevne fra Ukraine
|       hvis has(exemptions) and "ukraine_special_act" in exemptions
|       læst: has(exemptions) = false, exemptions = mangler
|       kilde: LAB § 105 a-b (lov vedtaget 17.12.2024); Integrationsindsats og arbejdspligt (borger.dk)
|       “Arbejdspligten gælder ikke for personer med opholdstilladelse efter lov om midlertidig opholdstilladelse til personer, der er fordrevet fra Ukraine.”
|   ✘ helt_fritaget [national]: Helt fritaget: vurderet arbejdsevne på 0 timer om ugen
|       hvis has(work_capacity_hours) and work_capacity_hours <= 0
|       læst: has(work_capacity_hours) = false, work_capacity_hours = 37 (ikke registreret: antaget fuld arbejdsevne)
|       kilde: LAB § 105 a-b (lov vedtaget 17.12.2024); Om ny arbejdspligt (Styrelsen for Arbejdsmarked og Rekruttering (STAR), star.dk)
|       “helt [...] fritage borgeren”
|
|  Spor
|   ✔ projektplads: Projektplads: hold med tilknyttet arbejdsleder (naturpleje), efter 14 dage kombineret med jobsøgning
|       foreslået: det første spor, som borgeren opfylder betingelserne for
|       kilde: LAB §§ 82-89; Tema: Nytteindsats (KL (Kommunernes Landsforening), Beskæftigelse, Integration & Socialpolitik; kontakt: chefkonsulent Sara Glahder Lindberg, 11. juni 2024, kildefil 001_c0b60d91a52b29a2.txt)
|       “I dag er nytteindsatsen primært organiseret i såkaldte projektpladser, hvor borgerne bliver en del af et hold med en tilknyttet arbejdsleder.”
|
|  Timer om ugen
|   ✔ weekly_hours [national]: 37 timer om ugen, nedsat til arbejdsevnen
|       værdi min(full_week, work_capacity_hours)
|       læst: min(full_week, work_capacity_hours) = 37, work_capacity_hours = 37 (ikke registreret: antaget fuld arbejdsevne)
|       sammenlignet med: full_week = 37
|       = 37 timer om ugen
|       kilde: LAB § 105 a-b (lov vedtaget 17.12.2024); Integrationsindsats og arbejdspligt (borger.dk)
|       “Du skal som udgangspunkt deltage i en indsats på 37 timer om ugen.”
|
|  Indkodning af en offentlig beskrivelse; kontrollér den mod loven før brug i en afgørelse.

$ nytte --lang da check-eligibility examples/citizens/national-kontanthjaelp.toml --on 2025-09-01
| national-kontanthjaelp – regelsæt national den 1. september 2025
|   OMFATTET: målgruppe „Modtagere af kontanthjælp (det nye kontanthjælpssystem, uddannelseshjælp indfoldet), som ikke opfylder opholds- og beskæftigelseskravet“; spor „Arbejdspligt: nyttejob, praktik, småjob, danskundervisning, jobsøgning m.m. op til det ugentlige timekrav“; 37 timer om ugen
|   indfasning: „Modtagere af kontanthjælp (det nye kontanthjælpssystem, uddannelseshjælp indfoldet), som ikke opfylder opholds- og beskæftigelseskravet“ trådte i kraft den 1. juli 2025; jobcentret skal have den fuldt indfaset senest den 1. januar 2026
|   antaget: work_capacity_hours ikke registreret: læst som 37, fuld arbejdsevne
|
|  Målgrupper
|   ✘ sho_ydelse: Modtagere af SHO-ydelse (selvforsørgelses- og hjemrejseydelse samt overgangsydelse)
|       hvis benefit in sho_ydelse
|       læst: benefit = kontanthjaelp (kontanthjælp)
|       sammenlignet med: sho_ydelse = [selvforsoergelsesydelse, hjemrejseydelse, overgangsydelse]
|       kilde: LAB § 105 a-b (lov vedtaget 17.12.2024); KL's position og fakta om arbejdspligt (KL (Kommunernes Landsforening), kl.dk)
|       “Den 1. januar 2025 omfattes den første del af målgruppen, som er nuværende modtagere af selvforsørgelses- og hjemrejseydelse samt overgangsydelse.”
|   ✔ kontanthjaelpssystemet: Modtagere af kontanthjælp (det nye kontanthjælpssystem, uddannelseshjælp indfoldet), som ikke opfylder opholds- og beskæftigelseskravet
|       hvis benefit in kontant_uddannelseshjaelp
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
|       læst: benefit = kontanthjaelp (kontanthjælp), residence_years_last_10 = 6, first_entry_date = mangler, value_or(born_in_denmark, false) = false, born_in_denmark = mangler, has(first_entry_date) = false, fulltime_work_years_last_10 = 1
|       sammenlignet med: kontant_uddannelseshjaelp = [kontanthjaelp, uddannelseshjaelp], residence_requirement_years = 9, employment_requirement_entry_from = 1. januar 1968, employment_requirement_years = 2,5
|       kilde: LAB § 105 a-b (lov vedtaget 17.12.2024); KL's position og fakta om arbejdspligt (KL (Kommunernes Landsforening), kl.dk)
|       “Den 1. juli 2025 omfattes den næste målgruppe, som er nuværende modtagere af kontanthjælp, som ikke opfylder et opholds- og beskæftigelseskrav.”
|
|  Fritagelser
|   ✘ ukraine: Opholdstilladelse efter særloven for fordrevne fra Ukraine
|       hvis has(exemptions) and "ukraine_special_act" in exemptions
|       læst: has(exemptions) = false, exemptions = mangler
|       kilde: LAB § 105 a-b (lov vedtaget 17.12.2024); Integrationsindsats og arbejdspligt (borger.dk)
|       “Arbejdspligten gælder ikke for personer med opholdstilladelse efter lov om midlertidig opholdstilladelse til personer, der er fordrevet fra Ukraine.”
|   ✘ helt_fritaget: Helt fritaget: vurderet arbejdsevne på 0 timer om ugen
|       hvis has(work_capacity_hours) and work_capacity_hours <= 0
|       læst: has(work_capacity_hours) = false, work_capacity_hours = 37 (ikke registreret: antaget fuld arbejdsevne)
|       kilde: LAB § 105 a-b (lov vedtaget 17.12.2024); Om ny arbejdspligt (Styrelsen for Arbejdsmarked og Rekruttering (STAR), star.dk)
|       “helt [...] fritage borgeren”
|
|  Spor
|   ✔ arbejdspligt: Arbejdspligt: nyttejob, praktik, småjob, danskundervisning, jobsøgning m.m. op til det ugentlige timekrav
|       foreslået: det første spor, som borgeren opfylder betingelserne for
|       kilde: LAB § 105 a-b (lov vedtaget 17.12.2024); Integrationsindsats og arbejdspligt (borger.dk)
|       “Nyttejob, Virksomhedspraktik, Småjob, Danskundervisning”
|
|  Timer om ugen
|   ✔ weekly_hours: 37 timer om ugen, nedsat til arbejdsevnen
|       værdi min(full_week, work_capacity_hours)
|       læst: min(full_week, work_capacity_hours) = 37, work_capacity_hours = 37 (ikke registreret: antaget fuld arbejdsevne)
|       sammenlignet med: full_week = 37
|       = 37 timer om ugen
|       kilde: LAB § 105 a-b (lov vedtaget 17.12.2024); Integrationsindsats og arbejdspligt (borger.dk)
|       “Du skal som udgangspunkt deltage i en indsats på 37 timer om ugen.”
|
|  Indkodning af en offentlig beskrivelse; kontrollér den mod loven før brug i en afgørelse.

$ nytte --lang da check-eligibility examples/citizens/nordfyns-49.toml --rules nordfyns --on 2025-09-01 --explain
| nordfyns-49 – regelsæt nordfyns den 1. september 2025
|   OMFATTET: målgruppe „Aktivitetsparate kontanthjælpsmodtagere 30+ år“; spor „Virksomhedsrettet indsats med fokus på løntimer, timetal efter arbejdsevne“; 12 timer om ugen
|
|  Målgrupper
|   ✘ sho_ydelse [national]: Modtagere af SHO-ydelse (selvforsørgelses- og hjemrejseydelse samt overgangsydelse)
|       hvis benefit in sho_ydelse
|       læst: benefit = kontanthjaelp (kontanthjælp)
|       sammenlignet med: sho_ydelse = [selvforsoergelsesydelse, hjemrejseydelse, overgangsydelse]
|       kilde: LAB § 105 a-b (lov vedtaget 17.12.2024); KL's position og fakta om arbejdspligt (KL (Kommunernes Landsforening), kl.dk)
|       “Den 1. januar 2025 omfattes den første del af målgruppen, som er nuværende modtagere af selvforsørgelses- og hjemrejseydelse samt overgangsydelse.”
|       bemærkning: A reading: from 2025-01-01 the benefit alone decides. SHO-ydelse is the benefit of people who do not meet the opholds- og beskæftigelseskrav, and KL names the group by the benefit alone, so residence and work figures are not read (a record without them is not undetermined). Phase-in: STAR's date by which the obligation must be fully phased in for the former SHO group, 2025-07-01 (domain.md gives it in English only: 'fully phased in for the former SHO group by 1 July 2025'); shown to the caseworker before that date. From 2025-07-01 the SHO benefits are folded into kontanthjælp: a record still on one of them is matched here and carries the warning sho_ydelse_efter_2025_07_01.
|   ? kontanthjaelpssystemet [national]: Modtagere af kontanthjælp (det nye kontanthjælpssystem, uddannelseshjælp indfoldet), som ikke opfylder opholds- og beskæftigelseskravet
|       hvis benefit in kontant_uddannelseshjaelp
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
|       læst: benefit = kontanthjaelp (kontanthjælp), residence_years_last_10 = 10, first_entry_date = mangler, value_or(born_in_denmark, false) = false, born_in_denmark = mangler, has(first_entry_date) = false, fulltime_work_years_last_10 = 0,5
|       sammenlignet med: kontant_uddannelseshjaelp = [kontanthjaelp, uddannelseshjaelp], residence_requirement_years = 9, employment_requirement_entry_from = 1. januar 1968, employment_requirement_years = 2,5
|       mangler: first_entry_date, born_in_denmark
|       kilde: LAB § 105 a-b (lov vedtaget 17.12.2024); KL's position og fakta om arbejdspligt (KL (Kommunernes Landsforening), kl.dk)
|       “Den 1. juli 2025 omfattes den næste målgruppe, som er nuværende modtagere af kontanthjælp, som ikke opfylder et opholds- og beskæftigelseskrav.”
|       bemærkning: Readings. (1) Meeting the requirement takes both parts, so a person is covered when either part is unmet. aarhus.dk: 'Du skal opfylde begge krav for ikke at være omfattet af arbejdspligten.' STAR, on a person who meets the employment part: 'Personen vil i en sådan situation alene skulle opfylde opholdskravet [...] for ikke at blive omfattet af arbejdspligten.' (borger.dk's short list reads loosely as 'both unmet'; these two sentences settle it.) (2) 'mindst' = at least: 9.0 years of residence and 2.5 years of full-time work meet their parts; 8.9 and 2.4 do not. (3) STAR: the employment part applies to people 'Førstegangsindrejst til landet fra 1968 og frem': first_entry_date on or after 1968-01-01. A person born in Denmark (born_in_denmark = true) never entered, so only the residence part applies; a recorded first_entry_date is read as the person not being born here. Where the residence part is met and neither field is recorded, the answer is undetermined with the fields listed. (4) uddannelseshjælp is folded into the new kontanthjælp on 2025-07-01, so its recipients are read as kontanthjælp recipients (and the record carries the warning uddannelseshjaelp_efter_2025_07_01). (5) Phase-in: STAR's date by which the obligation must be fully phased in for the new group, 2026-01-01 (domain.md, in English: 'for the new group by 1 January 2026'); shown to the caseworker before that date.
|   ✔ aktivitetsparate_30plus: Aktivitetsparate kontanthjælpsmodtagere 30+ år
|       hvis benefit == "kontanthjaelp" and category == "aktivitetsparat"
|          and age() >= min_age
|       læst: benefit = kontanthjaelp (kontanthjælp), category = aktivitetsparat, age() = 55
|       sammenlignet med: min_age = 30
|       kilde: Arbejdet med udsatte ledige (aktivitetsparate) i NORDFYNS KOMMUNE (Nordfyns Kommune, 28. november 2019, kildefil 004_ea94a816054d17b9.txt)
|       “Hver femte aktivitetsparate kontanthjælpsmodtager 30 + år modtager en social ydelse eller er forældre til et udsat barn.”
|       bemærkning: Readings. (1) '30 + år' = 30 and older. (2) Dates: the seed describes the practice of 2019 and its core since 2015: 'Siden 2015 har vi arbejdet med en Investeringsstrategi, der har til hensigt at flytte ledige fra offentlig forsørgelse til selvforsørgelse. Kernen heri er virksomhedsrettet indsats.' Read as in force from 2015-01-01 (the seed gives only the year); no end is stated. (3) kontanthjælp as recorded; the seed names no other benefit.
|
|  Fritagelser
|   ✘ ukraine [national]: Opholdstilladelse efter særloven for fordrevne fra Ukraine
|       hvis has(exemptions) and "ukraine_special_act" in exemptions
|       læst: has(exemptions) = false, exemptions = mangler
|       kilde: LAB § 105 a-b (lov vedtaget 17.12.2024); Integrationsindsats og arbejdspligt (borger.dk)
|       “Arbejdspligten gælder ikke for personer med opholdstilladelse efter lov om midlertidig opholdstilladelse til personer, der er fordrevet fra Ukraine.”
|       bemærkning: A reading: the sentence exempts from the arbejdspligt only, so the exemption names the arbejdspligt's two groups; a municipality's own nytteindsats groups are untouched (a person on the special act in Aarhus group (b) stays in it). A record without an exemptions list is read as having no exemption, so that a missing list does not leave every person undetermined.
|   ✘ helt_fritaget [national]: Helt fritaget: vurderet arbejdsevne på 0 timer om ugen
|       hvis has(work_capacity_hours) and work_capacity_hours <= 0
|       læst: has(work_capacity_hours) = true, work_capacity_hours = 12
|       kilde: LAB § 105 a-b (lov vedtaget 17.12.2024); Om ny arbejdspligt (Styrelsen for Arbejdsmarked og Rekruttering (STAR), star.dk)
|       “helt [...] fritage borgeren”
|       bemærkning: A reading: STAR lets the municipality fully exempt the person ('helt [...] fritage borgeren'); an assessed work capacity of 0 hours a week is read as such an exemption: exempt, not 'eligible with 0 hours'. It names no groups, so it exempts from every group, a municipality's own ones too (the lead's reading: 0 hours leaves nothing to take part in, whatever the effort), and carries no dates for the same reason. A missing work capacity is full capacity (37), not 0.
|
|  Spor
|   ✔ virksomhedsrettet: Virksomhedsrettet indsats med fokus på løntimer, timetal efter arbejdsevne
|       foreslået: det første spor, som borgeren opfylder betingelserne for
|       kilde: Arbejdet med udsatte ledige (aktivitetsparate) i NORDFYNS KOMMUNE (Nordfyns Kommune, 28. november 2019, kildefil 004_ea94a816054d17b9.txt)
|       “Kernen heri er virksomhedsrettet indsats.”
|       bemærkning: Readings. (1) Only for the Nordfyns target group, not for people covered only by the national obligation. (2) Hours are the assessed work capacity, at most 37: 'Praktikker og afklaring viser arbejdsevne på 12 timer' (the 49-year-old woman of the worked example is required 12 hours, not 37). (3) In force from 2015-01-01, as the group.
|
|  Timer om ugen
|   ✔ virksomhedsrettet: Virksomhedsrettet indsats med fokus på løntimer, timetal efter arbejdsevne
|       værdi min(full_week, work_capacity_hours)
|       læst: min(full_week, work_capacity_hours) = 12, work_capacity_hours = 12
|       sammenlignet med: full_week = 37
|       = 12 timer om ugen
|       kilde: Arbejdet med udsatte ledige (aktivitetsparate) i NORDFYNS KOMMUNE (Nordfyns Kommune, 28. november 2019, kildefil 004_ea94a816054d17b9.txt)
|       “Kernen heri er virksomhedsrettet indsats.”
|       bemærkning: Readings. (1) Only for the Nordfyns target group, not for people covered only by the national obligation. (2) Hours are the assessed work capacity, at most 37: 'Praktikker og afklaring viser arbejdsevne på 12 timer' (the 49-year-old woman of the worked example is required 12 hours, not 37). (3) In force from 2015-01-01, as the group.
|
|  Indkodning af en offentlig beskrivelse; kontrollér den mod loven før brug i en afgørelse.

$ nytte --lang da check-eligibility examples/citizens/roskilde-aeblehaven.toml --rules roskilde --on 2025-09-01
| roskilde-aeblehaven – regelsæt roskilde den 1. september 2025
|   OMFATTET: målgruppe „Langtidsledige i boligområderne Æblehaven og Rønnebærparken“; spor „Virksomhedsforløb i en virksomhed, der mangler arbejdskraft, med støtte fra jobcentret på arbejdspladsen“; timetallet er ikke angivet i kilden
|
|  Målgrupper
|   ✘ sho_ydelse [national]: Modtagere af SHO-ydelse (selvforsørgelses- og hjemrejseydelse samt overgangsydelse)
|       hvis benefit in sho_ydelse
|       læst: benefit = kontanthjaelp (kontanthjælp)
|       sammenlignet med: sho_ydelse = [selvforsoergelsesydelse, hjemrejseydelse, overgangsydelse]
|       kilde: LAB § 105 a-b (lov vedtaget 17.12.2024); KL's position og fakta om arbejdspligt (KL (Kommunernes Landsforening), kl.dk)
|       “Den 1. januar 2025 omfattes den første del af målgruppen, som er nuværende modtagere af selvforsørgelses- og hjemrejseydelse samt overgangsydelse.”
|   ? kontanthjaelpssystemet [national]: Modtagere af kontanthjælp (det nye kontanthjælpssystem, uddannelseshjælp indfoldet), som ikke opfylder opholds- og beskæftigelseskravet
|       hvis benefit in kontant_uddannelseshjaelp
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
|       læst: benefit = kontanthjaelp (kontanthjælp), residence_years_last_10 = 10, first_entry_date = mangler, value_or(born_in_denmark, false) = false, born_in_denmark = mangler, has(first_entry_date) = false, fulltime_work_years_last_10 = 1,5
|       sammenlignet med: kontant_uddannelseshjaelp = [kontanthjaelp, uddannelseshjaelp], residence_requirement_years = 9, employment_requirement_entry_from = 1. januar 1968, employment_requirement_years = 2,5
|       mangler: first_entry_date, born_in_denmark
|       kilde: LAB § 105 a-b (lov vedtaget 17.12.2024); KL's position og fakta om arbejdspligt (KL (Kommunernes Landsforening), kl.dk)
|       “Den 1. juli 2025 omfattes den næste målgruppe, som er nuværende modtagere af kontanthjælp, som ikke opfylder et opholds- og beskæftigelseskrav.”
|   ✘ integrationsborgere: Ledige integrationsborgere (selvforsørgelses-, hjemrejse- eller overgangsydelse)
|       hvis benefit in sho_ydelse
|       læst: benefit = kontanthjaelp (kontanthjælp)
|       sammenlignet med: sho_ydelse = [selvforsoergelsesydelse, hjemrejseydelse, overgangsydelse]
|       kilde: integrationsloven § 23 a (udgifter til kurser, certifikater, kørekort, tolkning); Ny integrationsindsats (pressemeddelelse uden overskrift, budgetforliget 2021) (Roskilde Kommune, Jobcenter Roskilde (citerer Bent Jørgensen, formand for Beskæftigelses- og Socialudvalget, og byrådsmedlem Tuncay Yilmaz), kildefil 002_689f1f379ecf7d31.txt)
|       “Den erfaring er inspirationen bag en ny integrationsindsats, der skal hjælpe flere ledige integrationsborgere ind på arbejdsmarkedet”
|   ✔ boligomraader: Langtidsledige i boligområderne Æblehaven og Rønnebærparken
|       hvis residence_area in roskilde_boligomraader
|          and benefit in kontanthjaelpssystemet
|          and months_on(kontanthjaelpssystemet, langtidsledig_months) >= langtidsledig_months
|       læst: residence_area = Æblehaven, benefit = kontanthjaelp (kontanthjælp), months_on(kontanthjaelpssystemet, langtidsledig_months) = 12
|       sammenlignet med: roskilde_boligomraader = [Æblehaven, Rønnebærparken, Aeblehaven, Roennebaerparken], kontanthjaelpssystemet = [kontanthjaelp, uddannelseshjaelp, selvforsoergelsesydelse, hjemrejseydelse, overgangsydelse], langtidsledig_months = 12
|       kilde: integrationsloven § 23 a (udgifter til kurser, certifikater, kørekort, tolkning); Ny integrationsindsats (pressemeddelelse uden overskrift, budgetforliget 2021) (Roskilde Kommune, Jobcenter Roskilde (citerer Bent Jørgensen, formand for Beskæftigelses- og Socialudvalget, og byrådsmedlem Tuncay Yilmaz), kildefil 002_689f1f379ecf7d31.txt)
|       “I marts 2018 rykkede en gruppe af medarbejderne fra Roskilde Jobcenter teltpælene op og slog sig ned i boligområderne Æblehaven og Rønnebærparken, hvor ledigheden var stor.”
|
|  Fritagelser
|   ✘ ukraine [national]: Opholdstilladelse efter særloven for fordrevne fra Ukraine
|       hvis has(exemptions) and "ukraine_special_act" in exemptions
|       læst: has(exemptions) = false, exemptions = mangler
|       kilde: LAB § 105 a-b (lov vedtaget 17.12.2024); Integrationsindsats og arbejdspligt (borger.dk)
|       “Arbejdspligten gælder ikke for personer med opholdstilladelse efter lov om midlertidig opholdstilladelse til personer, der er fordrevet fra Ukraine.”
|   ✘ helt_fritaget [national]: Helt fritaget: vurderet arbejdsevne på 0 timer om ugen
|       hvis has(work_capacity_hours) and work_capacity_hours <= 0
|       læst: has(work_capacity_hours) = false, work_capacity_hours = 37 (ikke registreret: antaget fuld arbejdsevne)
|       kilde: LAB § 105 a-b (lov vedtaget 17.12.2024); Om ny arbejdspligt (Styrelsen for Arbejdsmarked og Rekruttering (STAR), star.dk)
|       “helt [...] fritage borgeren”
|
|  Spor
|   ✔ virksomhedsforloeb: Virksomhedsforløb i en virksomhed, der mangler arbejdskraft, med støtte fra jobcentret på arbejdspladsen
|       foreslået: det første spor, som borgeren opfylder betingelserne for
|       kilde: integrationsloven § 23 a (udgifter til kurser, certifikater, kørekort, tolkning); Ny integrationsindsats (pressemeddelelse uden overskrift, budgetforliget 2021) (Roskilde Kommune, Jobcenter Roskilde (citerer Bent Jørgensen, formand for Beskæftigelses- og Socialudvalget, og byrådsmedlem Tuncay Yilmaz), kildefil 002_689f1f379ecf7d31.txt)
|       “Som led i indsatsen får borgerne nemlig mulighed for at blive del af et virksomhedsforløb i en af de virksomheder, der i øjeblikket mangler arbejdskraft.”
|
|  Timer om ugen
|   - ikke angivet i kilden: ingen gældende regel fastsætter timer om ugen for sporet „Virksomhedsforløb i en virksomhed, der mangler arbejdskraft, med støtte fra jobcentret på arbejdspladsen“
|       kilde: integrationsloven § 23 a (udgifter til kurser, certifikater, kørekort, tolkning); Ny integrationsindsats (pressemeddelelse uden overskrift, budgetforliget 2021) (Roskilde Kommune, Jobcenter Roskilde (citerer Bent Jørgensen, formand for Beskæftigelses- og Socialudvalget, og byrådsmedlem Tuncay Yilmaz), kildefil 002_689f1f379ecf7d31.txt)
|       “Som led i indsatsen får borgerne nemlig mulighed for at blive del af et virksomhedsforløb i en af de virksomheder, der i øjeblikket mangler arbejdskraft.”
|
|  Indkodning af en offentlig beskrivelse; kontrollér den mod loven før brug i en afgørelse.

# The other statuses' answer lines: exempt, undetermined, not covered.
$ nytte --lang da check-eligibility examples/citizens/national-ukraine.toml --on 2025-09-01 | head -3
| national-ukraine – regelsæt national den 1. september 2025
|   FRITAGET: målgruppe „Modtagere af SHO-ydelse (selvforsørgelses- og hjemrejseydelse samt overgangsydelse)“, men fritaget („Opholdstilladelse efter særloven for fordrevne fra Ukraine“)
|   advarsel: Forældet ydelseskode: selvforsørgelses- og hjemrejseydelse samt overgangsydelse er fra 1. juli 2025 lagt ind i den nye kontanthjælp; ret ydelsen i registreringen [sho_ydelse_efter_2025_07_01]

$ nytte --lang da check-eligibility examples/citizens/national-missing-data.toml --on 2025-09-01 | head -2
| national-missing-data – regelsæt national den 1. september 2025
|   UAFKLARET: manglende oplysninger: born_in_denmark, first_entry_date, fulltime_work_years_last_10, residence_years_last_10

$ nytte --lang da check-eligibility examples/citizens/fsm2-holbaek.toml --on 2025-09-01 | head -2
| fsm2-holbaek – regelsæt national den 1. september 2025
|   IKKE OMFATTET: hører ikke til nogen målgruppe

# The summary of a batch on standard error, in Danish; the locale does as --lang.
$ LC_ALL=da_DK.UTF-8 nytte check-eligibility examples/population/aarhus-2000.csv --rules aarhus --on 2025-09-01 --format csv > /dev/null
! nytte: 2.000 borgere kontrolleret efter regelsættet aarhus den 1. september 2025: 1.644 omfattet (aarhus_integrationsbehov 491, aarhus_sho_ydelse 802, kontanthjaelpssystemet 616, sho_ydelse 776), 19 fritaget, 103 ikke omfattet, 234 uafklaret (manglende data), 998 med dataadvarsler (se "warnings"); 0 poster ikke læst

# Machine formats are the same in every language.
$ nytte --lang da check-eligibility examples/citizens/nordfyns-49.toml --rules nordfyns --on 2025-09-01 --format json > $TMP/da.json && nytte check-eligibility examples/citizens/nordfyns-49.toml --rules nordfyns --on 2025-09-01 --format json | cmp - $TMP/da.json
