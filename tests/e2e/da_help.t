# --help in Danish (--lang da, or a Danish locale): CLI11's own words, the
# descriptions, the value names and the footers' prose; the commands of the
# examples, the option names and the codes of their values as they are.
# tests/tools/check_help_language.py checks every page for English words.
$ nytte --lang da --help
| nytte: nytteindsats og arbejdspligten på 37 timer, til danske jobcentre
| Brug: nytte [TILVALG] KOMMANDO
|
| Tilvalg:
|   -h,--help                   Vis denne hjælp og afslut
|   --version                   Vis programmets version og afslut
|   --lang SPROG:{da,en}        Sproget i tekst til brugeren: da (dansk) eller en (engelsk); standard: miljøets (LC_ALL, LC_MESSAGES, LANG, LANGUAGE); JSON, JSONL og CSV er ens på begge sprog
|
|
| Kommandoer:
|   check-eligibility           Hvem er i målgruppen, hvilket spor, hvor mange timer om ugen, og hvorfor
|   build-package               En ugepakke af tilbud, der når op på de krævede timer
|   weekly-hours                Krævede, planlagte og fremmødte timer uge for uge over en periode
|   report                      Antal, kapacitet, timer og udgifter for en population, med små antal skjult
|   diff                        Hvad en regelændring betyder for en population: hvem der får en ændret afgørelse og hvorfor, med små antal skjult
|   validate                    Kontrollér regelfiler og kør de test, der står ved siden af dem (til CI)
|   rules                       Vis de regelsæt, som --rules NAVN finder, eller udskriv ét (rules show ID)
|   help                        Vis hjælpen til nytte eller til en kommando
|
| Kør 'nytte KOMMANDO --help' for at se tilvalgene og et eksempel på hver kommando.

$ nytte --lang da check-eligibility --help
| Hvem er i målgruppen, hvilket spor, hvor mange timer om ugen, og hvorfor
| Brug: nytte check-eligibility [TILVALG] [inddata...]
|
| Argumenter:
|   inddata INDDATA... ...      Borgerfiler ([[citizen]] TOML eller CSV), mapper med *.toml, eller - for standardinput
|
| Tilvalg:
|   -h,--help                   Vis denne hjælp og afslut
|   --rules FIL                 Regelsæt, der anvendes: en fil eller et navn, der findes på NYTTE_RULES_PATH, i de installerede regler eller i ./rules ('nytte rules' viser dem; national er det indbyggede); kan gentages; - læser standardinput; standard: national
|   --on DATO                   Datoen, reglerne anvendes på (ÅÅÅÅ-MM-DD); standard: i dag
|   --format FORMAT:{text,json,jsonl,csv,letter}
|                               Uddataformat: text, json, jsonl, csv, letter (standard: text)
|   -o,--output FIL             Skriv resultatet til FIL (helt eller slet ikke); standard: standardoutput
|   --csv-sep SEP:{',',';'}     CSV-skilletegn: ',' (standard) eller ';' (med decimalkomma og lister samlet med '|', til danske regneark)
|   --csv-bom                   Begynd CSV-uddata med et UTF-8-byterækkefølgemærke (BOM), så Excel læser dem som UTF-8 (ignoreres med en advarsel, hvor der ikke skrives CSV)
|   -q,--quiet                  Stille tilstand: intet udskrives ud over beskederne om forkert brug og fejl i inddata (status 2); -o FIL skrives stadig. Afslutningsstatus siger resten (se "Afslutningsstatus")
|   --color HVORNÅR:{auto,always,never}
|                               Farver: auto (når der skrives til en terminal, og NO_COLOR ikke er sat), always, never (standard: auto)
|   --explain                   Begrundelserne viser også hver regels titel, betingelse og citerede kilde og evalueringstræet
|   --input-format TEKST:{toml,csv}
|                               Læs inddata som toml eller csv (standard: efter filendelsen; standardinput genkendes på indholdet)
|   --show-cpr                  Vis CPR-numre fuldt ud (som standard maskeret)
|   --no-duplicate-check        Kontrollér ikke, at id'er er entydige (sparer 20 MB hukommelse og en midlertidig fil på 8 byte pr. borger)
|   --threads HELTAL            Arbejdstråde (standard: én pr. kerne)
|   --ask                       Interview: spørg ét spørgsmål ad gangen om det, reglerne stadig mangler, og udskriv så afgørelsen; -o FIL gemmer svarene som en borgerfil
|   --id ID                     Med --ask: id på borgeren, der er svaret for (standard: inddatafilens, ellers 'interview')
|   --lang SPROG:{da,en}        Sproget i tekst til brugeren: da (dansk) eller en (engelsk); standard: miljøets (LC_ALL, LC_MESSAGES, LANG, LANGUAGE); JSON, JSONL og CSV er ens på begge sprog
|
| Eksempler:
|   nytte check-eligibility examples/citizens/nordfyns-49.toml --rules nordfyns
|   nytte check-eligibility person.toml --on 2025-09-01          (de indbyggede nationale regler)
|   nytte check-eligibility population.csv --rules aarhus --format jsonl | jq .
|   nytte check-eligibility -q person.toml && echo covered
|
| Afslutningsstatus: 0 udført (med -q: en af de kontrollerede er omfattet), 1 med -q:
| ingen af de kontrollerede er omfattet, 2 forkert brug eller fejl i inddata (beskederne
| nævner fil:linje:kolonne).
| -q udskriver intet ud over beskederne om forkert brug og fejl i inddata (status 2);
| afslutningsstatus siger resten. README.md, "Quiet mode and exit status", beskriver
| det for alle kommandoer.

# The same page however it is asked for: help, --lang after the command, the locale.
$ nytte --lang da help check-eligibility | cmp - <(nytte check-eligibility --help --lang da) && echo same
| same
$ LC_ALL=da_DK.UTF-8 nytte rules show --help
| Udskriv et regelsæts fil, som den er
| Brug: nytte rules show [TILVALG] id
|
| Argumenter:
|   id REGELSÆT PÅKRÆVET        Regelsættets navn, som --rules tager det
|
| Tilvalg:
|   -h,--help                   Vis denne hjælp og afslut
|   --color HVORNÅR:{auto,always,never}
|                               Farver: auto (når der skrives til en terminal, og NO_COLOR ikke er sat), always, never (standard: auto)
|   --lang SPROG:{da,en}        Sproget i tekst til brugeren: da (dansk) eller en (engelsk); standard: miljøets (LC_ALL, LC_MESSAGES, LANG, LANGUAGE); JSON, JSONL og CSV er ens på begge sprog
|
| Eksempler:
|   nytte rules show aarhus | head
|   nytte rules show national               (teksten, der er bygget ind i programmet)
|
| Afslutningsstatus: 0 vist, 2 intet regelsæt med det navn (med de mapper, der er søgt i).
|

$ LANG=da_DK.UTF-8 LC_ALL= nytte help | sed -n 2p
| Brug: nytte [TILVALG] KOMMANDO
$ LC_ALL=da_DK.UTF-8 nytte --lang en help | sed -n 2p
| Usage: nytte [OPTIONS] SUBCOMMAND

# Bad usage and a near miss, in Danish.
$ nytte --lang da check-eligibility examples/citizens/nordfyns-49.toml --on
! nytte: fejl: --on kræver en værdi (DATO)
! nytte: fejl: se 'nytte check-eligibility --help'
? 2

$ nytte --lang da chek-eligibility examples/citizens/nordfyns-49.toml
! nytte: fejl: ukendt kommando 'chek-eligibility'; mente du 'check-eligibility'?
! nytte: fejl: se 'nytte --help'
? 2

$ LC_ALL=da_DK.UTF-8 nytte check-eligibility --fromat json examples/citizens/nordfyns-49.toml
! nytte: fejl: ukendt tilvalg '--fromat'; mente du '--format'?
! nytte: fejl: se 'nytte check-eligibility --help'
? 2

