# check-eligibility --ask driven through standard input, one answer a line:
# one person of each rule set; the questions asked (the lines of standard
# error that end in the field's name) and the decision. docs/interview.md.

$ printf '1\n10\n2005-03-01\nnej\n1,5\n1985-06-30\n\n\n20\n0\n2\n' | nytte check-eligibility --ask --rules aarhus --on 2025-09-01 \
>     --format csv 2> $TMP/q; grep -E '^[^ ].*\)$' $TMP/q
| id,eligible,target_groups,track,required_weekly_hours,status,missing_fields,warnings,exempt_from,assumptions,required_weekly_minutes
| interview,true,kontanthjaelpssystemet,jobpakke,20,eligible,,,,municipality=751,1200
| Which benefit does the citizen receive now? (benefit)
| How many of the last 10 years has the citizen lived in Denmark? (residence_years_last_10)
| When did the citizen first enter Denmark? (first_entry_date)
| Was the citizen born in Denmark? (born_in_denmark)
| How many years of full-time work has the citizen had in the last 10 years? (fulltime_work_years_last_10)
| What is the citizen's date of birth? (birth_date)
| Which benefits has the citizen received? One period at a time. (benefit_history)
| Which exemptions apply to the citizen? (exemptions)
| How many hours a week can the citizen work? (work_capacity_hours)
| How many ordinary hours a week does the citizen work? (ordinary_hours)
| Which category is the citizen assessed to be in? (category)

$ printf '1\n10\n2005-03-01\nnej\n1,5\n\n20\n' | nytte check-eligibility --ask --rules flere_skal_med_2 --on 2025-09-01 \
>     --format csv 2> $TMP/q; grep -E '^[^ ].*\)$' $TMP/q
| id,eligible,target_groups,track,required_weekly_hours,status,missing_fields,warnings,exempt_from,assumptions,required_weekly_minutes
| interview,true,kontanthjaelpssystemet,,20,eligible,,,,,1200
| Which benefit does the citizen receive now? (benefit)
| How many of the last 10 years has the citizen lived in Denmark? (residence_years_last_10)
| When did the citizen first enter Denmark? (first_entry_date)
| Was the citizen born in Denmark? (born_in_denmark)
| How many years of full-time work has the citizen had in the last 10 years? (fulltime_work_years_last_10)
| Which exemptions apply to the citizen? (exemptions)
| How many hours a week can the citizen work? (work_capacity_hours)

$ printf '1\n10\n2005-03-01\nnej\n1,5\n2\n\n20\n' | nytte check-eligibility --ask --rules greve --on 2025-09-01 \
>     --format csv 2> $TMP/q; grep -E '^[^ ].*\)$' $TMP/q
| id,eligible,target_groups,track,required_weekly_hours,status,missing_fields,warnings,exempt_from,assumptions,required_weekly_minutes
| interview,true,kontanthjaelpssystemet,,20,eligible,,,,municipality=253,1200
| Which benefit does the citizen receive now? (benefit)
| How many of the last 10 years has the citizen lived in Denmark? (residence_years_last_10)
| When did the citizen first enter Denmark? (first_entry_date)
| Was the citizen born in Denmark? (born_in_denmark)
| How many years of full-time work has the citizen had in the last 10 years? (fulltime_work_years_last_10)
| Which category is the citizen assessed to be in? (category)
| Which exemptions apply to the citizen? (exemptions)
| How many hours a week can the citizen work? (work_capacity_hours)

$ printf '2\n10\n2005-03-01\nnej\n1,5\n3\n\n20\n' | nytte check-eligibility --ask --rules koebenhavn --on 2025-09-01 \
>     --format csv 2> $TMP/q; grep -E '^[^ ].*\)$' $TMP/q
| id,eligible,target_groups,track,required_weekly_hours,status,missing_fields,warnings,exempt_from,assumptions,required_weekly_minutes
| interview,true,kontanthjaelpssystemet,,20,eligible,,uddannelseshjaelp_efter_2025_07_01,,municipality=101,1200
| Which benefit does the citizen receive now? (benefit)
| How many of the last 10 years has the citizen lived in Denmark? (residence_years_last_10)
| When did the citizen first enter Denmark? (first_entry_date)
| Was the citizen born in Denmark? (born_in_denmark)
| How many years of full-time work has the citizen had in the last 10 years? (fulltime_work_years_last_10)
| Which category is the citizen assessed to be in? (category)
| Which exemptions apply to the citizen? (exemptions)
| How many hours a week can the citizen work? (work_capacity_hours)

$ printf '1\n10\n2005-03-01\nja\n' | nytte check-eligibility --ask --rules national --on 2025-09-01 \
>     --format csv 2> $TMP/q; grep -E '^[^ ].*\)$' $TMP/q
| id,eligible,target_groups,track,required_weekly_hours,status,missing_fields,warnings,exempt_from,assumptions,required_weekly_minutes
| interview,false,,,0,not_eligible,,,,,0
| Which benefit does the citizen receive now? (benefit)
| How many of the last 10 years has the citizen lived in Denmark? (residence_years_last_10)
| When did the citizen first enter Denmark? (first_entry_date)
| Was the citizen born in Denmark? (born_in_denmark)

$ printf '1\n10\n2005-03-01\nnej\n1,5\n2\n1970-03-14\n\n20\n' | nytte check-eligibility --ask --rules nordfyns --on 2025-09-01 \
>     --format csv 2> $TMP/q; grep -E '^[^ ].*\)$' $TMP/q
| id,eligible,target_groups,track,required_weekly_hours,status,missing_fields,warnings,exempt_from,assumptions,required_weekly_minutes
| interview,true,kontanthjaelpssystemet;aktivitetsparate_30plus,virksomhedsrettet,20,eligible,,,,municipality=480,1200
| Which benefit does the citizen receive now? (benefit)
| How many of the last 10 years has the citizen lived in Denmark? (residence_years_last_10)
| When did the citizen first enter Denmark? (first_entry_date)
| Was the citizen born in Denmark? (born_in_denmark)
| How many years of full-time work has the citizen had in the last 10 years? (fulltime_work_years_last_10)
| Which category is the citizen assessed to be in? (category)
| What is the citizen's date of birth? (birth_date)
| Which exemptions apply to the citizen? (exemptions)
| How many hours a week can the citizen work? (work_capacity_hours)

$ printf '1\n10\n2005-03-01\nnej\n1,5\n\n\n37\n' | nytte check-eligibility --ask --rules roskilde --on 2025-09-01 \
>     --format csv 2> $TMP/q; grep -E '^[^ ].*\)$' $TMP/q
| id,eligible,target_groups,track,required_weekly_hours,status,missing_fields,warnings,exempt_from,assumptions,required_weekly_minutes
| interview,true,kontanthjaelpssystemet,,37,eligible,,,,municipality=265,2220
| Which benefit does the citizen receive now? (benefit)
| How many of the last 10 years has the citizen lived in Denmark? (residence_years_last_10)
| When did the citizen first enter Denmark? (first_entry_date)
| Was the citizen born in Denmark? (born_in_denmark)
| How many years of full-time work has the citizen had in the last 10 years? (fulltime_work_years_last_10)
| Which residence area does the citizen live in? (residence_area)
| Which exemptions apply to the citizen? (exemptions)
| How many hours a week can the citizen work? (work_capacity_hours)

# An answer "ved ikke" leaves the field unknown: undetermined, naming it.
$ printf 'ved ikke\n%.0s' 1 2 3 4 5 6 7 8 | nytte check-eligibility --ask --on 2025-09-01 --format csv 2> /dev/null
| id,eligible,target_groups,track,required_weekly_hours,status,missing_fields,warnings,exempt_from,assumptions,required_weekly_minutes
| interview,false,,,0,undetermined,benefit;born_in_denmark;first_entry_date;fulltime_work_years_last_10;residence_years_last_10,,,,0

# A bad answer names the line of standard input and the field; exit 2.
$ printf '1\n10\n2021-02-30\n' | nytte check-eligibility --ask --rules aarhus --on 2025-09-01 2>&1 >/dev/null | tail -1
| nytte: error: standard input:3: first_entry_date: 2021-02-30 is not a day: February 2021 has 28 days
? 2

# Standard input ending before the decision is an error too.
$ printf '1\n' | nytte check-eligibility --ask --on 2025-09-01 2>&1 >/dev/null | tail -1
| nytte: error: standard input: ended before the interview did: no answer for 'residence_years_last_10'
? 2

# -o saves the answers as a citizen file, which decides the same.
$ printf '1\n10\n?\nja\n' | nytte check-eligibility --ask --on 2025-09-01 --id p1 -o $TMP/p1.toml --format csv 2> /dev/null
| id,eligible,target_groups,track,required_weekly_hours,status,missing_fields,warnings,exempt_from,assumptions,required_weekly_minutes
| p1,false,,,0,not_eligible,,,,,0
$ cat $TMP/p1.toml
| # nytte check-eligibility --ask --rules national --on 2025-09-01
| # not known (answered "don't know"): first_entry_date
| [[citizen]]
| id = "p1"
| benefit = "kontanthjaelp"
| residence_years_last_10 = 10.0
| born_in_denmark = true
$ nytte check-eligibility $TMP/p1.toml --on 2025-09-01 --format csv
| id,eligible,target_groups,track,required_weekly_hours,status,missing_fields,warnings,exempt_from,assumptions,required_weekly_minutes
| p1,false,,,0,not_eligible,,,,,0

# Given a file, it asks only what the file lacks.
$ nytte check-eligibility --ask examples/citizens/nordfyns-49.toml --on 2025-09-01 --format csv < /dev/null 2>&1 | grep -E '^[^ ].*\)$|error'
| When did the citizen first enter Denmark? (first_entry_date)
| nytte: error: standard input: ended before the interview did: no answer for 'first_entry_date'
? 2

$ printf '2000-01-01\nnej\n\n' | nytte check-eligibility --ask examples/citizens/nordfyns-49.toml --on 2025-09-01 --format csv 2> $TMP/q; grep -E '^[^ ].*\)$' $TMP/q
| id,eligible,target_groups,track,required_weekly_hours,status,missing_fields,warnings,exempt_from,assumptions,required_weekly_minutes
| nordfyns-49,true,kontanthjaelpssystemet,arbejdspligt,12,eligible,,,,,720
| When did the citizen first enter Denmark? (first_entry_date)
| Was the citizen born in Denmark? (born_in_denmark)
| Which exemptions apply to the citizen? (exemptions)

# In Danish.
$ printf '1\n' | LC_ALL=da_DK.UTF-8 nytte check-eligibility --ask --on 2025-09-01 2> $TMP/da; head -12 $TMP/da
| Svar "ved ikke" (eller ?) for at lade et felt stå ukendt.
| Hvilken ydelse modtager borgeren nu? (benefit)
|   (et nummer eller en kode)
|   1) kontanthjaelp – kontanthjælp
|   2) uddannelseshjaelp – uddannelseshjælp
|   3) selvforsoergelsesydelse – selvforsørgelsesydelse
|   4) hjemrejseydelse
|   5) overgangsydelse
|   6) su – SU (Statens Uddannelsesstøtte)
|   7) ingen – ingen ydelse
| Hvor mange af de seneste 10 år har borgeren haft lovligt ophold i Danmark? (residence_years_last_10)
|   (et tal)

