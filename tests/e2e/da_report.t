# report in Danish (issue 22): the text, Markdown and HTML of the example
# population in Danish when the locale (or --lang da) says so, with the rule
# sets' titles instead of their ids, Danish names of codes, and numbers,
# shares, kroner and dates the Danish way; JSON and CSV stay the same bytes
# in every language.

# The text report, whole.
$ LC_ALL=da_DK.UTF-8 nytte report examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 2>/dev/null
| nytte-rapport
| Regelsæt aarhus (Aarhus-modellen for nytteindsats), den 1. september 2025
| Antal fra 1 til 4 vises som <5; x markerer et tal, der er skjult, så et sådant
| antal ikke kan regnes ud fra de andre.
|
| == Hvem er omfattet ==
| Alle borgere i populationen er vurderet efter regelsættet 'aarhus'. Omfattet:
| i en målgruppe og ikke fritaget. Uafklaret: ikke i nogen målgruppe, der kunne
| afgøres, og mindst én målgruppe kunne ikke afgøres, fordi der mangler data.
|
| Status: antal og andel af de vurderede
|   Status                      Borgere   Andel
|   --------------------------  -------  ------
|   omfattet                      1.644  82,2 %
|   fritaget                         19   0,9 %
|   ikke omfattet                   103   5,1 %
|   uafklaret (manglende data)      234  11,7 %
|   I alt                         2.000   100 %
|
| Målgrupper (omfattede borgere): antal og andel af de omfattede
|   Målgruppe                                                      Borgere   Andel
|   -------------------------------------------------------------  -------  ------
|   Modtagere af SHO-ydelse (selvforsørgelses- og hjemrejseydels…      802  48,8 %
|   Modtagere af kontanthjælp (det nye kontanthjælpssystem, udda…      628  38,2 %
|   (a) Borgere på selvforsørgelses- og hjemrejseydelse eller ov…      802  48,8 %
|   (b) Modtager en ydelse nu, har modtaget uddannelses- eller k…      491  29,9 %
|   En borger kan være i flere målgrupper: rækkerne summer ikke nødvendigvis til
|   antallet af omfattede.
|
| Spor (omfattede borgere): antal og andel af de omfattede
|   Spor                                                           Borgere   Andel
|   -------------------------------------------------------------  -------  ------
|   Spor 1: ordinære jobs (borgere i beskæftigelse, der med få e…      237  14,4 %
|   Spor 2: forløb under integrationsgrunduddannelsen (IGU)             95   5,8 %
|   Spor 3: jobpakke på op til 37 timer (borgere længst fra arbe…    1.312  79,8 %
|   I alt                                                            1.644   100 %
|
| Fritagne borgere i en målgruppe: antal og andel af de vurderede
|   Fritagelse                                                  Borgere  Andel
|   ----------------------------------------------------------  -------  -----
|   Opholdstilladelse efter særloven for fordrevne fra Ukraine       19  0,9 %
|   Helt fritaget: vurderet arbejdsevne på 0 timer om ugen            0    0 %
|   En borger kan opfylde flere fritagelser.
|
| Manglende data pr. felt: antal og andel af de vurderede
|   Felt                         Borgere   Andel
|   ---------------------------  -------  ------
|   benefit_history                   10   0,5 %
|   born_in_denmark                  228  11,4 %
|   category                           9   0,4 %
|   first_entry_date                 228  11,4 %
|   fulltime_work_years_last_10       <5       x
|   residence_years_last_10           15   0,8 %
|   school_years                      <5       x
|   Borgere, hvis afgørelse havde brug for feltet, og som ikke havde det, uanset
|   udfaldet; en borger kan mangle flere felter.
|
| == Hvem de er (omfattede borgere) ==
| De omfattede borgere fordelt på kategori, køn, aldersgruppe på datoen, ydelse
| og kommune (kommunekode) og på hvert felt, der er bedt om med --by.
|
| Kategori: antal og andel af de omfattede
|   Kategori                   Borgere   Andel
|   -------------------------  -------  ------
|   åbenlyst uddannelsesparat       27   1,6 %
|   aktivitetsparat              1.235  75,1 %
|   jobparat                       345    21 %
|   uddannelsesparat                15   0,9 %
|   (mangler)                       22   1,3 %
|   I alt                        1.644   100 %
|
| Køn: antal og andel af de omfattede
|   Køn     Borgere   Andel
|   ------  -------  ------
|   kvinde      943  57,4 %
|   mand        701  42,6 %
|   I alt     1.644   100 %
|
| Aldersgruppe: antal og andel af de omfattede
|   Aldersgruppe  Borgere   Andel
|   ------------  -------  ------
|   18-29             304  18,5 %
|   30-39             261  15,9 %
|   40-49             366  22,3 %
|   50-59             403  24,5 %
|   60-67             310  18,9 %
|   I alt           1.644   100 %
|
| Ydelse: antal og andel af de omfattede
|   Ydelse                  Borgere   Andel
|   ----------------------  -------  ------
|   hjemrejseydelse             229  13,9 %
|   kontanthjælp                695  42,3 %
|   overgangsydelse             196  11,9 %
|   selvforsørgelsesydelse      377  22,9 %
|   uddannelseshjælp            147   8,9 %
|   I alt                     1.644   100 %
|
| Kommune: antal og andel af de omfattede
|   Kommune     Borgere  Andel
|   ----------  -------  -----
|   751 Aarhus    1.644  100 %
|   I alt         1.644  100 %
|
| == Timekrav ==
| De timer om ugen, de omfattede borgere skal deltage, i alt og som
| fuldtidsækvivalenter (37 timer om ugen). Nedsat: færre end 37 timer
| (arbejdsevne eller timer, som et spor fastsætter). Borgere, hvis timer kilden
| ikke fastsætter (eller hvis timer afhænger af manglende data), tælles for sig
| og holdes uden for timerne, fuldtidsækvivalenterne, gennemsnittet og de
| nedsatte.
|
| Krævede timer om ugen
|   Opgørelse                            Værdi
|   -------------------------------  ---------
|   Omfattede borgere                    1.644
|   Timer fastsat                        1.392
|   Timer ikke fastsat af kilden           252
|   Timer ukendte (manglende data)           0
|   Krævede timer om ugen            48.942:00
|   Fuldtidsækvivalenter (37 t)       1.322,76
|   Gennemsnitlige timer pr. borger      35:10
|   Borgere med færre end 37 timer         138
|
| Krævede timer pr. spor
|   Spor                                          Borgere  Timer om ugen   Fuldtid
|   --------------------------------------------  -------  -------------  --------
|   Spor 1: ordinære jobs (borgere i beskæftige…      237       6.863:00    185,49
|   Spor 2: forløb under integrationsgrunduddan…       95       2.920:00     78,92
|   Spor 3: jobpakke på op til 37 timer (borger…    1.312      39.159:00  1.058,35
|   I alt                                           1.644      48.942:00  1.322,76
|   Timer og fuldtidsækvivalenter for de borgere, hvis timer er fastsat; tomt
|   for et spor, hvor ingen borger har timer fastsat (kilden fastsætter ingen).
|
| == Kapacitet: efterspurgte pladser over for udbudte pladser ==
| Efterspurgt: de omfattede borgere, hvis pakke (den, build-package laver for
| borgeren alene, med alle tilbuds pladser ledige) bruger tilbuddet; en borger
| har én plads i et tilbud uanset antallet af tider. Dækket: de udbudte pladser
| fordelt, som build-package fordeler dem i en samlet kørsel (tidligste start
| først, så færrest åbne tilbud, så rækkefølgen i inddata; derefter byttes par):
| de pakker, tilbuddene kan dække, og de besatte pladser. Forskel: udbudte
| pladser minus efterspurgte pladser (negativ: for få pladser).
|
| De omfattede borgeres pakker
|   Pakke                                         Ledige pladser  Udbudte pladser
|   --------------------------------------------  --------------  ---------------
|   Når timekravet                                         1.333              522
|   Under timekravet                                          59              870
|   Timer ikke fastsat: kun delene                           252              252
|   Ingen pakke (intet spor eller ingen ugeplan)               0                0
|   Omfattede i alt                                        1.644            1.644
|   Manglende timer om ugen, i alt                        392:20        28.128:20
|   Ledige pladser: alle tilbuds pladser ledige (det, borgerne ville tage).
|   Udbudte pladser: pladserne fordelt i build-packages rækkefølge (de tal,
|   build-package giver).
|
| Pladser pr. tilbud
|   Nyttejob på en kommunal arbejdsplads
|     Type         nytteindsats
|     Pladser      ubegrænset
|     Efterspurgt  0
|     Forskel      –
|     Besat        0
|   Danskundervisning på sprogcentret
|     Type         danskundervisning
|     Pladser      ubegrænset
|     Efterspurgt  0
|     Forskel      –
|     Besat        0
|   Jobsøgning og CV-værksted i jobcentret
|     Type         jobsøgning
|     Pladser      ubegrænset
|     Efterspurgt  0
|     Forskel      –
|     Besat        0
|   Småjob i servicebranchen
|     Type         småjob
|     Pladser      60
|     Efterspurgt  1.190
|     Forskel      -1.130
|     Besat        60
|   Nytteindsats på plejecenter (velfærd)
|     Type         nytteindsats
|     Pladser      125
|     Efterspurgt  779
|     Forskel      -654
|     Besat        125
|   Nytteindsats i kommunal service (park og vej)
|     Type         nytteindsats
|     Pladser      125
|     Efterspurgt  37
|     Forskel      88
|     Besat        125
|   Nytteindsats på lager (privat virksomhed)
|     Type         nytteindsats
|     Pladser      125
|     Efterspurgt  25
|     Forskel      100
|     Besat        125
|   Nytteindsats i transportbranchen (privat virksomhed)
|     Type         nytteindsats
|     Pladser      125
|     Efterspurgt  433
|     Forskel      -308
|     Besat        125
|   IGU-forløb: lønnet praktik og branchespecifik undervisning
|     Type         IGU (integrationsgrunduddannelse)
|     Pladser      50
|     Efterspurgt  68
|     Forskel      -18
|     Besat        50
|   Danskundervisning på sprogcentret
|     Type         danskundervisning
|     Pladser      200
|     Efterspurgt  472
|     Forskel      -272
|     Besat        200
|   Virksomhedspraktik i velfærd og service
|     Type         virksomhedspraktik
|     Pladser      80
|     Efterspurgt  1.011
|     Forskel      -931
|     Besat        80
|   Løntilskud i privat virksomhed
|     Type         løntilskud
|     Pladser      40
|     Efterspurgt  570
|     Forskel      -530
|     Besat        40
|   Sundhedstilbud: træning og trivsel
|     Type         sundhedsindsats
|     Pladser      100
|     Efterspurgt  1.024
|     Forskel      -924
|     Besat        100
|
| Pladser pr. type tilbud
|   Type                                  Pladser  Efterspurgt  Besat
|   ---------------------------------  ----------  -----------  -----
|   nytteindsats                       ubegrænset        1.274    500
|   danskundervisning                  ubegrænset          472    200
|   jobsøgning                         ubegrænset            0      0
|   småjob                                     60        1.190     60
|   IGU (integrationsgrunduddannelse)          50           68     50
|   virksomhedspraktik                         80        1.011     80
|   løntilskud                                 40          570     40
|   sundhedsindsats                           100        1.024    100
|   Pladser i typens tilbud: en borger med to tilbud af samme type har to
|   pladser.
|
| == Udgifter over for budgettet ==
| De efterspurgte pladser til tilbuddenes pris pr. plads om ugen og for et år på
| 52 uger; sat over for hver af regelsættets budgetlinjer, hvis beløb er fordelt
| over dens periode (365,25 dage om året).
|
| Udgift til de efterspurgte pladser pr. type tilbud
|   Type          Pladser      Om ugen         Om året
|   ------------  -------  -----------  --------------
|   nytteindsats    1.274  979.706 kr.  50.944.712 kr.
|   I alt           1.274  979.706 kr.  50.944.712 kr.
|   Tilbud uden en pris pr. plads om ugen er udeladt.
|
| Budgetlinjer
|   Aarhus-modellen: 500 nytteindsatser over to år
|     Periode                9. marts 2022 til 8. marts 2024
|     Beløb                  10.000.000 kr.
|     Om året                5.000.000 kr.
|     Alle pladser, om året  19.994.000 kr.
|     Gældende               nej
|     Pladser                1.274
|     Efterspurgt, om året   50.944.712 kr.
|     Andel af budget        1.018,9 %
|   Alle pladser: alle pladser i linjens tilbud besat i et år. Andel af budget:
|   de efterspurgte pladser om året over for linjens beløb om året.

# The summary line on standard error (up to the count of records not read).
$ LC_ALL=da_DK.UTF-8 nytte report examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 --compare 2024-06-01 2>&1 >/dev/null | cut -d';' -f1
| nytte: rapport over 2.000 borgere efter regelsættet aarhus den 1. september 2025 og 1. juni 2024
$ nytte report examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 --lang da --format json 2>&1 >/dev/null | cut -d';' -f1
| nytte: rapport over 2.000 borgere efter regelsættet aarhus den 1. september 2025

# With --compare: each date's columns under the date, the change beside them.
$ LC_ALL=da_DK.UTF-8 nytte report examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 --compare 2024-06-01 2>/dev/null | sed -n '1,20p'
| nytte-rapport
| Regelsæt aarhus (Aarhus-modellen for nytteindsats), den 1. september 2025 sammenlignet med 1. juni 2024
| Antal fra 1 til 4 vises som <5; x markerer et tal, der er skjult, så et sådant
| antal ikke kan regnes ud fra de andre.
|
| == Hvem er omfattet ==
| Alle borgere i populationen er vurderet efter regelsættet 'aarhus'. Omfattet:
| i en målgruppe og ikke fritaget. Uafklaret: ikke i nogen målgruppe, der kunne
| afgøres, og mindst én målgruppe kunne ikke afgøres, fordi der mangler data.
|
| Status: antal og andel af de vurderede
|                               1. september 2025  1. juni 2024
|   Status                      Borgere     Andel  Borgere   Andel  Ændring
|   --------------------------  -------  --------  -------  ------  -------
|   omfattet                      1.644    82,2 %    1.181  59,1 %      463
|   fritaget                         19     0,9 %        0     0 %       19
|   ikke omfattet                   103     5,1 %      792  39,6 %     -689
|   uafklaret (manglende data)      234    11,7 %       27   1,4 %      207
|   I alt                         2.000     100 %    2.000   100 %        0
|

# Markdown, whole.
$ LC_ALL=da_DK.UTF-8 nytte report examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 --format markdown 2>/dev/null
| # nytte-rapport: aarhus
|
| Regelsæt aarhus (Aarhus-modellen for nytteindsats), den 1. september 2025.
|
| Antal fra 1 til 4 vises som <5; x markerer et tal, der er skjult, så et sådant antal ikke kan regnes ud fra de andre.
|
| ## Hvem er omfattet
|
| Alle borgere i populationen er vurderet efter regelsættet 'aarhus'. Omfattet: i en målgruppe og ikke fritaget. Uafklaret: ikke i nogen målgruppe, der kunne afgøres, og mindst én målgruppe kunne ikke afgøres, fordi der mangler data.
|
| ### Status: antal og andel af de vurderede
|
| | Status | Borgere | Andel |
| | --- | ---: | ---: |
| | omfattet | 1.644 | 82,2 % |
| | fritaget | 19 | 0,9 % |
| | ikke omfattet | 103 | 5,1 % |
| | uafklaret (manglende data) | 234 | 11,7 % |
| | **I alt** | 2.000 | 100 % |
|
| ### Målgrupper (omfattede borgere): antal og andel af de omfattede
|
| | Målgruppe | Borgere | Andel |
| | --- | ---: | ---: |
| | Modtagere af SHO-ydelse (selvforsørgelses- og hjemrejseydelse samt overgangsydelse) | 802 | 48,8 % |
| | Modtagere af kontanthjælp (det nye kontanthjælpssystem, uddannelseshjælp indfoldet), som ikke opfylder opholds- og beskæftigelseskravet | 628 | 38,2 % |
| | (a) Borgere på selvforsørgelses- og hjemrejseydelse eller overgangsydelse, 18-67 år | 802 | 48,8 % |
| | (b) Modtager en ydelse nu, har modtaget uddannelses- eller kontanthjælp i 3 af de seneste 4 år og har ikke bestået Prøve i Dansk 2 eller ikke gennemført 6. klasse, 18-67 år | 491 | 29,9 % |
|
| En borger kan være i flere målgrupper: rækkerne summer ikke nødvendigvis til antallet af omfattede.
|
| ### Spor (omfattede borgere): antal og andel af de omfattede
|
| | Spor | Borgere | Andel |
| | --- | ---: | ---: |
| | Spor 1: ordinære jobs (borgere i beskæftigelse, der med få ekstra timer kan blive selvforsørgende) | 237 | 14,4 % |
| | Spor 2: forløb under integrationsgrunduddannelsen (IGU) | 95 | 5,8 % |
| | Spor 3: jobpakke på op til 37 timer (borgere længst fra arbejdsmarkedet) | 1.312 | 79,8 % |
| | **I alt** | 1.644 | 100 % |
|
| ### Fritagne borgere i en målgruppe: antal og andel af de vurderede
|
| | Fritagelse | Borgere | Andel |
| | --- | ---: | ---: |
| | Opholdstilladelse efter særloven for fordrevne fra Ukraine | 19 | 0,9 % |
| | Helt fritaget: vurderet arbejdsevne på 0 timer om ugen | 0 | 0 % |
|
| En borger kan opfylde flere fritagelser.
|
| ### Manglende data pr. felt: antal og andel af de vurderede
|
| | Felt | Borgere | Andel |
| | --- | ---: | ---: |
| | benefit_history | 10 | 0,5 % |
| | born_in_denmark | 228 | 11,4 % |
| | category | 9 | 0,4 % |
| | first_entry_date | 228 | 11,4 % |
| | fulltime_work_years_last_10 | <5 | x |
| | residence_years_last_10 | 15 | 0,8 % |
| | school_years | <5 | x |
|
| Borgere, hvis afgørelse havde brug for feltet, og som ikke havde det, uanset udfaldet; en borger kan mangle flere felter.
|
| ## Hvem de er (omfattede borgere)
|
| De omfattede borgere fordelt på kategori, køn, aldersgruppe på datoen, ydelse og kommune (kommunekode) og på hvert felt, der er bedt om med --by.
|
| ### Kategori: antal og andel af de omfattede
|
| | Kategori | Borgere | Andel |
| | --- | ---: | ---: |
| | åbenlyst uddannelsesparat | 27 | 1,6 % |
| | aktivitetsparat | 1.235 | 75,1 % |
| | jobparat | 345 | 21 % |
| | uddannelsesparat | 15 | 0,9 % |
| | (mangler) | 22 | 1,3 % |
| | **I alt** | 1.644 | 100 % |
|
| ### Køn: antal og andel af de omfattede
|
| | Køn | Borgere | Andel |
| | --- | ---: | ---: |
| | kvinde | 943 | 57,4 % |
| | mand | 701 | 42,6 % |
| | **I alt** | 1.644 | 100 % |
|
| ### Aldersgruppe: antal og andel af de omfattede
|
| | Aldersgruppe | Borgere | Andel |
| | --- | ---: | ---: |
| | 18-29 | 304 | 18,5 % |
| | 30-39 | 261 | 15,9 % |
| | 40-49 | 366 | 22,3 % |
| | 50-59 | 403 | 24,5 % |
| | 60-67 | 310 | 18,9 % |
| | **I alt** | 1.644 | 100 % |
|
| ### Ydelse: antal og andel af de omfattede
|
| | Ydelse | Borgere | Andel |
| | --- | ---: | ---: |
| | hjemrejseydelse | 229 | 13,9 % |
| | kontanthjælp | 695 | 42,3 % |
| | overgangsydelse | 196 | 11,9 % |
| | selvforsørgelsesydelse | 377 | 22,9 % |
| | uddannelseshjælp | 147 | 8,9 % |
| | **I alt** | 1.644 | 100 % |
|
| ### Kommune: antal og andel af de omfattede
|
| | Kommune | Borgere | Andel |
| | --- | ---: | ---: |
| | 751 Aarhus | 1.644 | 100 % |
| | **I alt** | 1.644 | 100 % |
|
| ## Timekrav
|
| De timer om ugen, de omfattede borgere skal deltage, i alt og som fuldtidsækvivalenter (37 timer om ugen). Nedsat: færre end 37 timer (arbejdsevne eller timer, som et spor fastsætter). Borgere, hvis timer kilden ikke fastsætter (eller hvis timer afhænger af manglende data), tælles for sig og holdes uden for timerne, fuldtidsækvivalenterne, gennemsnittet og de nedsatte.
|
| ### Krævede timer om ugen
|
| | Opgørelse | Værdi |
| | --- | ---: |
| | Omfattede borgere | 1.644 |
| | Timer fastsat | 1.392 |
| | Timer ikke fastsat af kilden | 252 |
| | Timer ukendte (manglende data) | 0 |
| | Krævede timer om ugen | 48.942:00 |
| | Fuldtidsækvivalenter (37 t) | 1.322,76 |
| | Gennemsnitlige timer pr. borger | 35:10 |
| | Borgere med færre end 37 timer | 138 |
|
| ### Krævede timer pr. spor
|
| | Spor | Borgere | Timer om ugen | Fuldtid |
| | --- | ---: | ---: | ---: |
| | Spor 1: ordinære jobs (borgere i beskæftigelse, der med få ekstra timer kan blive selvforsørgende) | 237 | 6.863:00 | 185,49 |
| | Spor 2: forløb under integrationsgrunduddannelsen (IGU) | 95 | 2.920:00 | 78,92 |
| | Spor 3: jobpakke på op til 37 timer (borgere længst fra arbejdsmarkedet) | 1.312 | 39.159:00 | 1.058,35 |
| | **I alt** | 1.644 | 48.942:00 | 1.322,76 |
|
| Timer og fuldtidsækvivalenter for de borgere, hvis timer er fastsat; tomt for et spor, hvor ingen borger har timer fastsat (kilden fastsætter ingen).
|
| ## Kapacitet: efterspurgte pladser over for udbudte pladser
|
| Efterspurgt: de omfattede borgere, hvis pakke (den, build-package laver for borgeren alene, med alle tilbuds pladser ledige) bruger tilbuddet; en borger har én plads i et tilbud uanset antallet af tider. Dækket: de udbudte pladser fordelt, som build-package fordeler dem i en samlet kørsel (tidligste start først, så færrest åbne tilbud, så rækkefølgen i inddata; derefter byttes par): de pakker, tilbuddene kan dække, og de besatte pladser. Forskel: udbudte pladser minus efterspurgte pladser (negativ: for få pladser).
|
| ### De omfattede borgeres pakker
|
| | Pakke | Ledige pladser | Udbudte pladser |
| | --- | ---: | ---: |
| | Når timekravet | 1.333 | 522 |
| | Under timekravet | 59 | 870 |
| | Timer ikke fastsat: kun delene | 252 | 252 |
| | Ingen pakke (intet spor eller ingen ugeplan) | 0 | 0 |
| | **Omfattede i alt** | 1.644 | 1.644 |
| | Manglende timer om ugen, i alt | 392:20 | 28.128:20 |
|
| Ledige pladser: alle tilbuds pladser ledige (det, borgerne ville tage). Udbudte pladser: pladserne fordelt i build-packages rækkefølge (de tal, build-package giver).
|
| ### Pladser pr. tilbud
|
| | Tilbud | Type | Pladser | Efterspurgt | Forskel | Besat |
| | --- | --- | ---: | ---: | ---: | ---: |
| | Nyttejob på en kommunal arbejdsplads | nytteindsats | ubegrænset | 0 | – | 0 |
| | Danskundervisning på sprogcentret | danskundervisning | ubegrænset | 0 | – | 0 |
| | Jobsøgning og CV-værksted i jobcentret | jobsøgning | ubegrænset | 0 | – | 0 |
| | Småjob i servicebranchen | småjob | 60 | 1.190 | -1.130 | 60 |
| | Nytteindsats på plejecenter (velfærd) | nytteindsats | 125 | 779 | -654 | 125 |
| | Nytteindsats i kommunal service (park og vej) | nytteindsats | 125 | 37 | 88 | 125 |
| | Nytteindsats på lager (privat virksomhed) | nytteindsats | 125 | 25 | 100 | 125 |
| | Nytteindsats i transportbranchen (privat virksomhed) | nytteindsats | 125 | 433 | -308 | 125 |
| | IGU-forløb: lønnet praktik og branchespecifik undervisning | IGU (integrationsgrunduddannelse) | 50 | 68 | -18 | 50 |
| | Danskundervisning på sprogcentret | danskundervisning | 200 | 472 | -272 | 200 |
| | Virksomhedspraktik i velfærd og service | virksomhedspraktik | 80 | 1.011 | -931 | 80 |
| | Løntilskud i privat virksomhed | løntilskud | 40 | 570 | -530 | 40 |
| | Sundhedstilbud: træning og trivsel | sundhedsindsats | 100 | 1.024 | -924 | 100 |
|
| ### Pladser pr. type tilbud
|
| | Type | Pladser | Efterspurgt | Besat |
| | --- | ---: | ---: | ---: |
| | nytteindsats | ubegrænset | 1.274 | 500 |
| | danskundervisning | ubegrænset | 472 | 200 |
| | jobsøgning | ubegrænset | 0 | 0 |
| | småjob | 60 | 1.190 | 60 |
| | IGU (integrationsgrunduddannelse) | 50 | 68 | 50 |
| | virksomhedspraktik | 80 | 1.011 | 80 |
| | løntilskud | 40 | 570 | 40 |
| | sundhedsindsats | 100 | 1.024 | 100 |
|
| Pladser i typens tilbud: en borger med to tilbud af samme type har to pladser.
|
| ## Udgifter over for budgettet
|
| De efterspurgte pladser til tilbuddenes pris pr. plads om ugen og for et år på 52 uger; sat over for hver af regelsættets budgetlinjer, hvis beløb er fordelt over dens periode (365,25 dage om året).
|
| ### Udgift til de efterspurgte pladser pr. type tilbud
|
| | Type | Pladser | Om ugen | Om året |
| | --- | ---: | ---: | ---: |
| | nytteindsats | 1.274 | 979.706 kr. | 50.944.712 kr. |
| | **I alt** | 1.274 | 979.706 kr. | 50.944.712 kr. |
|
| Tilbud uden en pris pr. plads om ugen er udeladt.
|
| ### Budgetlinjer
|
| | Budgetlinje | Periode | Beløb | Om året | Alle pladser, om året | Gældende | Pladser | Efterspurgt, om året | Andel af budget |
| | --- | --- | ---: | ---: | ---: | --- | ---: | ---: | ---: |
| | Aarhus-modellen: 500 nytteindsatser over to år | 9. marts 2022 til 8. marts 2024 | 10.000.000 kr. | 5.000.000 kr. | 19.994.000 kr. | nej | 1.274 | 50.944.712 kr. | 1.018,9 % |
|
| Alle pladser: alle pladser i linjens tilbud besat i et år. Andel af budget: de efterspurgte pladser om året over for linjens beløb om året.

# HTML: the language, the heading and the first table.
$ LC_ALL=da_DK.UTF-8 nytte report examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 --format html 2>/dev/null | grep -E '^<html|^<title>|^<h1>|^<p class="meta">|^<h2>|^<caption>' | head -12
| <html lang="da">
| <title>nytte-rapport: aarhus</title>
| <h1>nytte-rapport: aarhus</h1>
| <p class="meta">Regelsæt aarhus (Aarhus-modellen for nytteindsats), den 1. september 2025. 2.000 borgere. Antal fra 1 til 4 vises som &lt;5; x markerer et tal, der er skjult, så et sådant antal ikke kan regnes ud fra de andre.</p>
| <h2>Hvem er omfattet</h2>
| <title>Status: antal og andel af de vurderede: Borgere</title>
| <caption>Status: antal og andel af de vurderede</caption>
| <caption>Målgrupper (omfattede borgere): antal og andel af de omfattede</caption>
| <caption>Spor (omfattede borgere): antal og andel af de omfattede</caption>
| <caption>Fritagne borgere i en målgruppe: antal og andel af de vurderede</caption>
| <caption>Manglende data pr. felt: antal og andel af de vurderede</caption>
| <h2>Hvem de er (omfattede borgere)</h2>
$ LC_ALL=da_DK.UTF-8 nytte report examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 --format html 2>/dev/null | sed -n '/<table id="eligibility-status">/,/<\/table>/p'
| <table id="eligibility-status">
| <caption>Status: antal og andel af de vurderede</caption>
| <thead><tr><th>Status</th><th class="n">Borgere</th><th class="n">Andel</th></tr></thead>
| <tbody>
| <tr><td>omfattet</td><td class="n">1.644</td><td class="n">82,2 %</td></tr>
| <tr><td>fritaget</td><td class="n">19</td><td class="n">0,9 %</td></tr>
| <tr><td>ikke omfattet</td><td class="n">103</td><td class="n">5,1 %</td></tr>
| <tr><td>uafklaret (manglende data)</td><td class="n">234</td><td class="n">11,7 %</td></tr>
| <tr class="total"><td>I alt</td><td class="n">2.000</td><td class="n">100 %</td></tr>
| </tbody>
| </table>
$ LC_ALL=da_DK.UTF-8 nytte report examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 --compare 2024-06-01 --format html 2>/dev/null | python3 tests/tools/check_html.py
| eligibility: chart with 9 bars, 5 tables
| who: chart with 12 bars, 5 tables
| hours: chart with 5 bars, 2 tables
| capacity: chart with 9 bars, 3 tables
| cost: chart with 3 bars, 2 tables

# A log with an id found in no record, and a population with an unreadable record.
$ LC_ALL=da_DK.UTF-8 nytte report examples/citizens/nordfyns-49.toml tests/data/bad/unknown-field.toml --rules rules/nordfyns.toml --on 2025-09-01 --attendance examples/attendance/nordfyns-49.csv 2>/dev/null | sed -n '/^== Fremmøde/,$p'
| == Fremmøde ==
| Uger i fremmødeloggen (hver borgers uger fra den første til den sidste række),
| hvor der var krævede timer, og borgerne med sådanne uger; opfyldt: mødt mindst
| de krævede timer. Sporene er dem, afgørelsen giver på borgerens forløbsstart.
| Fremmøde: mødte timer som andel af de krævede timer.
|
| Uger, der opfylder kravet, pr. spor
|   Spor                      Borgere  Uger  Uger opfyldt  Andel opfyldt  Fremmøde
|   ------------------------  -------  ----  ------------  -------------  --------
|   Virksomhedsrettet indsa…       <5     x             x              x         x
|   I alt                          <5     x             x              x         x
|
| Noter
| - 1 post kunne ikke læses (beskederne står på standardfejl) og er ikke talt
| med.
? 2

# JSON and CSV (long and table) are the same bytes in Danish as in English.
$ nytte report examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 --compare 2024-06-01 --format json 2>/dev/null > $TMP/en.json
$ LC_ALL=da_DK.UTF-8 nytte report examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 --compare 2024-06-01 --format json 2>/dev/null | cmp - $TMP/en.json
$ nytte report examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 --format csv 2>/dev/null > $TMP/en.csv
$ LC_ALL=da_DK.UTF-8 nytte report examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 --format csv 2>/dev/null | cmp - $TMP/en.csv
$ nytte report examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 --format csv --csv-layout table --csv-sep ';' 2>/dev/null > $TMP/en-table.csv
$ LC_ALL=da_DK.UTF-8 nytte report examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 --format csv --csv-layout table --csv-sep ';' 2>/dev/null | cmp - $TMP/en-table.csv
