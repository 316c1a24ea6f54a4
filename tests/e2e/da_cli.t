# The command line's own messages in Danish (cli/parse_error.cc, common.h's
# checks) and nytte rules' text; the option names, the values given and the
# codes of the choices as they are.
$ nytte --lang da
! nytte: fejl: ingen kommando angivet
! nytte: fejl: se 'nytte --help'
? 2

$ nytte --lang da help nosuch
! nytte: fejl: ukendt kommando 'nosuch'
! nytte: fejl: se 'nytte --help'
? 2

$ nytte --lang da check-eligibility --format jsn examples/citizens/nordfyns-49.toml
! nytte: fejl: --format: 'jsn' er ikke en af text, json, jsonl, csv, letter; mente du 'json'?
! nytte: fejl: se 'nytte check-eligibility --help'
? 2

$ nytte --lang da check-eligibility --threads many examples/citizens/nordfyns-49.toml
! nytte: fejl: --threads: forventede et helt tal, 0 eller derover, fik 'many'
! nytte: fejl: se 'nytte check-eligibility --help'
? 2

$ nytte --lang da weekly-hours examples/plans/nordfyns-49.toml --weeks 9999
! nytte: fejl: --weeks: forventede et helt tal fra 1 til 520, fik '9999'
! nytte: fejl: se 'nytte weekly-hours --help'
? 2

$ nytte --lang da report examples/citizens/nordfyns-49.toml --allocation-limit -1 2>&1 | head -1
| nytte: fejl: --allocation-limit: forventede et helt tal, 0 eller derover, fik '-1'
? 2
$ nytte --lang da check-eligibility examples/citizens/nordfyns-49.toml --format json --format csv
! nytte: fejl: --format er angivet to gange ('json', 'csv'); angiv det én gang
! nytte: fejl: se 'nytte check-eligibility --help'
? 2

$ nytte --lang da check-eligibility examples/citizens/nordfyns-49.toml --on 2025-09-01 --on 2025-10-01 --on 2025-11-01 2>&1 | head -1
| nytte: fejl: --on er angivet 3 gange ('2025-09-01', '2025-10-01', '2025-11-01'); angiv det én gang
? 2
$ nytte --lang da check-eligibility examples/citizens/nordfyns-49.toml --quiet=maybe
! nytte: fejl: --quiet tager ingen værdi, fik 'maybe'
! nytte: fejl: se 'nytte check-eligibility --help'
? 2

$ nytte --lang da rules show
! nytte: fejl: mangler REGELSÆT (regelsættets navn, som --rules tager det)
! nytte: fejl: se 'nytte rules show --help'
? 2

$ nytte --lang da rules show --hep
! nytte: fejl: ukendt tilvalg '--hep'; mente du '--help'?
! nytte: fejl: se 'nytte rules show --help'
? 2

$ nytte --lang da rules show ''
! nytte: fejl: rules show: regelsættets navn er tomt ('nytte rules' viser dem)
? 2

$ nytte --lang da rules show rules/aarhus.toml
! nytte: fejl: rules show: 'rules/aarhus.toml' er ikke navnet på et regelsæt (et navn har ingen '/', ingen '.toml' og intet '.' forrest; 'nytte rules' viser dem)
? 2

$ nytte --lang da rules show aarhus extra
! nytte: fejl: uventet argument 'extra'
! nytte: fejl: se 'nytte rules show --help'
? 2

$ nytte --lang da --version | sed -n 2p
| nationale regler: national 2025-07 (indbygget)
# English as it was, whatever the locale, with --lang en.
$ LC_ALL=da_DK.UTF-8 nytte --lang en --version | sed -n 2p
| national rules: national 2025-07 (built in)

# nytte rules: the headings and the notes in Danish; names, codes, dates,
# files and titles as they are.
$ mkdir -p $TMP/mine && cp rules/aarhus.toml $TMP/mine/
$ cp -r rules $TMP/ && cd $TMP && NYTTE_RULES_PATH=mine nytte --lang da rules | sed -n '1,2p;/aarhus.toml/p;/national.toml/p'
| navn              id                version  kommune  fra         til         fil                          titel
| national          national          2025-07  -        2025-01-01  -           (indbygget)                  Arbejdspligt: 37 timers arbejdspligt i kontanthjælpssystemet
| aarhus            aarhus            2022-03  751      2022-03-09  -           mine/aarhus.toml             Aarhus-modellen for nytteindsats
| aarhus            aarhus            2022-03  751      2022-03-09  -           rules/aarhus.toml            (overskygget af mine/aarhus.toml) Aarhus-modellen for nytteindsats
| national          national          2025-07  -        2025-01-01  -           rules/national.toml          (overskygget af det indbyggede) Arbejdspligt: 37 timers arbejdspligt i kontanthjælpssystemet

$ nytte --lang da rules --format json | cmp - <(nytte rules --format json) && echo same
| same
