# Rule sets by name: --rules NAME looks for NAME.toml on NYTTE_RULES_PATH,
# then the installed share/nytte/rules, then ./rules; 'national' is the set
# built in. `nytte rules` lists what a name can find; `nytte rules show ID`
# prints one.

# From the project root, ./rules has them.
$ nytte check-eligibility examples/citizens/aarhus-sho.toml --rules aarhus --on 2025-09-01 \
>     --format csv | cut -d, -f1-4
| id,eligible,target_groups,track
| aarhus-sho,true,sho_ydelse;aarhus_sho_ydelse,jobpakke

# 'national' is the built-in set, even where ./rules has a national.toml.
$ nytte check-eligibility examples/citizens/nordfyns-49.toml --rules national --on 2025-09-01 \
>     --format json | jq -r '.[0].rules'
| national

# A directory on NYTTE_RULES_PATH comes first, and shadows ./rules.
$ mkdir -p $TMP/mine $TMP/more && printf '[ruleset]\nid = "broken"\n' > $TMP/more/broken.toml
$ sed '0,/^title = .*/s//title = "Aarhus, my copy"/' rules/aarhus.toml > $TMP/mine/aarhus.toml
$ NYTTE_RULES_PATH=$TMP/mine nytte check-eligibility examples/citizens/aarhus-sho.toml \
>     --rules aarhus --on 2025-09-01 | sed -n 1p
| aarhus-sho - rules aarhus on 2025-09-01
$ NYTTE_RULES_PATH=$TMP/mine nytte rules show aarhus | grep '^title' | sed -n 1p
| title = "Aarhus, my copy"

# The file a name found is the one its messages name.
$ NYTTE_RULES_PATH=$TMP/more:$TMP/mine nytte check-eligibility examples/citizens/aarhus-sho.toml \
>     --rules broken 2>&1 | sed "s|$TMP|TMP|"
| nytte: error: TMP/more/broken.toml:1:1: missing required key 'title'
? 2

# extends = "NAME" finds its parent the same way.
$ mkdir -p $TMP/kids && printf '[ruleset]\nid = "child"\ntitle = "C"\nextends = "aarhus"\n' > $TMP/kids/child.toml
$ NYTTE_RULES_PATH=$TMP/kids nytte check-eligibility examples/citizens/aarhus-sho.toml \
>     --rules child --on 2025-09-01 --format csv | cut -d, -f1-4
| id,eligible,target_groups,track
| aarhus-sho,true,sho_ydelse;aarhus_sho_ydelse,jobpakke

# Empty entries are skipped; the order of the path is the order searched.
# Each directory's *.toml by name, not its subdirectories (rules/tests/);
# one that does not load is listed with its error.
$ cp -r rules $TMP/ && cd $TMP && NYTTE_RULES_PATH=:mine::more: nytte rules
| name              id                version  municipality  from        to          file                         title
| national          national          2025-07  -             2025-01-01  -           (built in)                   Arbejdspligt: 37 timers arbejdspligt i kontanthjælpssystemet
| aarhus            aarhus            2022-03  751           2022-03-09  -           mine/aarhus.toml             Aarhus, my copy
| broken            -                 -        -             -           -           more/broken.toml             more/broken.toml:1:1: error: missing required key 'title'
| aarhus            aarhus            2022-03  751           2022-03-09  -           rules/aarhus.toml            (shadowed by mine/aarhus.toml) Aarhus-modellen for nytteindsats
| flere_skal_med_2  flere_skal_med_2  2019-02  -             2019-02-04  2020-02-03  rules/flere_skal_med_2.toml  Flere skal med 2: frontrunner-projekt for aktivitetsparate over 30 år
| greve             greve             2018     253           2014-01-01  -           rules/greve.toml             Greve Kommune: Service++ (kommunalt nytteindsatskorps)
| koebenhavn        koebenhavn        2024-06  101           2014-01-01  -           rules/koebenhavn.toml        Københavns Kommune: nytteindsats i projektpladser
| national          national          2025-07  -             2025-01-01  -           rules/national.toml          (shadowed by the built-in one) Arbejdspligt: 37 timers arbejdspligt i kontanthjælpssystemet
| nordfyns          nordfyns          2019-11  480           2015-01-01  -           rules/nordfyns.toml          Nordfyns Kommune: virksomhedsrettet indsats for aktivitetsparate kontanthjælpsmodtagere 30+
| roskilde          roskilde          2021     265           2018-03-01  -           rules/roskilde.toml          Roskilde Kommune: integrationsindsats med virksomhedsforløb (budget 2021)

$ cd $TMP && NYTTE_RULES_PATH=more nytte rules --format json | jq -c '.[] | select(.name == "broken")'
| {"name":"broken","id":null,"title":null,"version":null,"municipality":null,"valid_from":null,"valid_to":null,"file":"more/broken.toml","builtin":false,"shadowed_by":null,"error":"more/broken.toml:1:1: error: missing required key 'title'"}

# A name found nowhere: every directory tried, those that do not exist
# marked (the installed ones, beside the binary and where it was configured
# to go, depend on the build: a pattern here), and a close name.
$ nytte check-eligibility examples/citizens/aarhus-sho.toml --rules aarhu
! nytte: error: no rule set named 'aarhu' \(looked in: (/\S+/share/nytte/rules/( \(missing\))?, ){1,2}rules/\); did you mean 'aarhus'\? (re)
? 2

$ NYTTE_RULES_PATH=$TMP/mine nytte check-eligibility examples/citizens/aarhus-sho.toml \
>     --rules roskilde_2 2>&1 | sed "s|$TMP|TMP|"
| nytte: error: no rule set named 'roskilde_2' \(looked in: TMP/mine/, (/\S+/share/nytte/rules/( \(missing\))?, ){1,2}rules/\); did you mean 'roskilde'\? (re)
? 2

# Where no directory exists, each is named as missing.
$ mkdir -p $TMP/empty && cd $TMP/empty && NYTTE_RULES_PATH=$TMP/nowhere nytte rules show aarhus 2>&1 | sed "s|$TMP|TMP|"
| nytte: error: no rule set named 'aarhus' \(looked in: TMP/nowhere/ \(missing\), (/\S+/share/nytte/rules/( \(missing\))?, ){1,2}rules/ \(missing\)\) (re)
? 2

# Anything else is a path, as before.
$ nytte check-eligibility examples/citizens/aarhus-sho.toml --rules aarhus.toml
! nytte: error: aarhus.toml: cannot read: no such file or directory
? 2

# The list for scripts, and the names for shell completion.
$ nytte rules --format json | jq -r '.[] | select(.shadowed_by == null) | "\(.name) \(.version) \(.municipality // "-") \(.builtin)"'
| national 2025-07 - true
| aarhus 2022-03 751 false
| flere_skal_med_2 2019-02 - false
| greve 2018 253 false
| koebenhavn 2024-06 101 false
| nordfyns 2019-11 480 false
| roskilde 2021 265 false

$ nytte rules --format names | tr '\n' ' '
| national aarhus flere_skal_med_2 greve koebenhavn nordfyns roskilde 

# A rule set's file as it is; the built-in one from the text compiled in.
$ nytte rules show aarhus | sed -n 1,3p
| # Aarhus-modellen for nytteindsats (Aarhus Kommune, kommunekode 751), as
| # presented by the rådmand in 2022 and treated by byrådet on 9 March 2022.
| #

$ nytte rules show aarhus | cmp - rules/aarhus.toml && echo same
| same

$ nytte rules show national | cmp - rules/national.toml && echo same
| same

$ nytte rules show aarhs
! nytte: error: no rule set named 'aarhs' \(looked in: (/\S+/share/nytte/rules/( \(missing\))?, ){1,2}rules/\); did you mean 'aarhus'\? (re)
? 2

$ nytte rules show rules/aarhus.toml
! nytte: error: rules show: 'rules/aarhus.toml' is not a rule set name (a name has no '/', no '.toml' and no leading '.'; 'nytte rules' lists them)
? 2

# A hidden file is no rule set: not listed, and not found by its name.
$ mkdir -p $TMP/hid && cp rules/aarhus.toml $TMP/hid/.aarhus2.toml
$ NYTTE_RULES_PATH=$TMP/hid nytte rules --format names | grep -c aarhus2
| 0
? 1
$ NYTTE_RULES_PATH=$TMP/hid nytte check-eligibility examples/citizens/aarhus-sho.toml --rules .aarhus2
! nytte: error: --rules: '.aarhus2' is no rule set's name (a name does not start with '.') and no file; 'nytte rules' lists the names
? 2
$ nytte check-eligibility examples/citizens/aarhus-sho.toml --rules $TMP/hid/.aarhus2.toml --on 2025-09-01 | sed -n 1p
| aarhus-sho - rules aarhus on 2025-09-01

# An empty name is bad usage, not the list nor a file named ''.
$ nytte rules show ''
! nytte: error: rules show: the rule set's name is empty ('nytte rules' lists them)
? 2

$ nytte check-eligibility examples/citizens/aarhus-sho.toml --rules ''
! nytte: error: --rules: the value is empty; give a rule set's name ('nytte rules' lists them) or a rule file
? 2

# --version names the built-in rules too.
$ nytte --version | sed -n 2p
| national rules: national 2025-07 (built in)
