# The language of the text for people (docs/i18n.md): --lang beats the
# environment, the environment is read as gettext reads it, and the machine
# formats are the same bytes in both languages. --lang's own help line tells
# which language --help is in (its translation is in po/da/infra.po).
# The runner sets LC_ALL=C.UTF-8 and nothing else of the caller's locale,
# so a developer under LANG=da_DK.UTF-8 gets the English transcripts.

$ echo "LC_ALL=$LC_ALL LC_MESSAGES=${LC_MESSAGES-unset} LANG=${LANG-unset} LANGUAGE=${LANGUAGE-unset} NYTTE_LOCALEDIR=${NYTTE_LOCALEDIR-unset}"
| LC_ALL=C.UTF-8 LC_MESSAGES=unset LANG=unset LANGUAGE=unset NYTTE_LOCALEDIR=unset

$ nytte check-eligibility --help | grep -o 'Language of the text for people\|Sproget i tekst til brugeren'
| Language of the text for people
$ nytte --lang da check-eligibility --help | grep -o 'Sproget i tekst til brugeren'
| Sproget i tekst til brugeren
$ nytte check-eligibility --help --lang da | grep -o 'Sproget i tekst til brugeren'
| Sproget i tekst til brugeren
$ nytte check-eligibility --lang=da --help | grep -o 'Sproget i tekst til brugeren'
| Sproget i tekst til brugeren
$ nytte rules show --help --lang da | grep -o 'Sproget i tekst til brugeren'
| Sproget i tekst til brugeren
$ nytte help check-eligibility --lang da | grep -o 'Sproget i tekst til brugeren'
| Sproget i tekst til brugeren

# --lang beats LC_ALL, LC_MESSAGES and LANG.
$ LC_ALL=da_DK.UTF-8 nytte check-eligibility --help | grep -o 'Sproget i tekst til brugeren'
| Sproget i tekst til brugeren
$ LC_ALL=da_DK.UTF-8 nytte --lang en check-eligibility --help | grep -o 'Language of the text for people'
| Language of the text for people
$ env -u LC_ALL LC_MESSAGES=da_DK.UTF-8 nytte check-eligibility --help --lang en | grep -o 'Language of the text for people'
| Language of the text for people
$ env -u LC_ALL LANG=da_DK.UTF-8 nytte check-eligibility --help --lang=en | grep -o 'Language of the text for people'
| Language of the text for people
$ env -u LC_ALL LANGUAGE=da LANG=en_US.UTF-8 nytte check-eligibility --help --lang en | grep -o 'Language of the text for people'
| Language of the text for people

# The environment alone: LC_ALL, then LC_MESSAGES, then LANG decide the
# locale; LANGUAGE goes before it unless the locale is C.
$ env -u LC_ALL LANG=da_DK.UTF-8 nytte check-eligibility --help | grep -o 'Sproget i tekst til brugeren'
| Sproget i tekst til brugeren
$ env -u LC_ALL LANGUAGE=da LANG=en_US.UTF-8 nytte check-eligibility --help | grep -o 'Sproget i tekst til brugeren'
| Sproget i tekst til brugeren
$ LC_ALL=C LANGUAGE=da nytte check-eligibility --help | grep -o 'Language of the text for people'
| Language of the text for people
$ env -u LC_ALL LANG=da_DK.UTF-8 LC_MESSAGES=en_US.UTF-8 nytte check-eligibility --help | grep -o 'Language of the text for people'
| Language of the text for people
$ env -u LC_ALL LANG=en_US.UTF-8 LC_MESSAGES=da_DK.UTF-8 nytte check-eligibility --help | grep -o 'Sproget i tekst til brugeren'
| Sproget i tekst til brugeren
$ env -u LC_ALL LANG=de_DE.UTF-8 nytte check-eligibility --help | grep -o 'Language of the text for people'
| Language of the text for people

# A value that is not a language is bad usage, wherever it stands.
$ nytte --lang de check-eligibility examples/citizens/nordfyns-49.toml
! nytte: error: --lang: 'de' is not one of da, en; did you mean 'da'?
! nytte: error: see 'nytte check-eligibility --help'
? 2
$ nytte report examples/population/aarhus-2000.csv --lang=dansk
! nytte: error: --lang: 'dansk' is not one of da, en
! nytte: error: see 'nytte report --help'
? 2
$ nytte validate rules/nordfyns.toml --lang
! nytte: error: --lang needs a value (LANG)
! nytte: error: see 'nytte validate --help'
? 2
$ nytte --lang EN rules
! nytte: error: --lang: 'EN' is not one of da, en; did you mean 'en'?
! nytte: error: see 'nytte rules --help'
? 2

# Man pages and completions are English wherever they are made.
$ nytte --generate man-check-eligibility > $TMP/en.1 && LC_ALL=da_DK.UTF-8 nytte --generate man-check-eligibility | cmp - $TMP/en.1
$ env -u LC_ALL LANGUAGE=da LANG=da_DK.UTF-8 nytte --generate complete-bash --lang da | cmp - <(nytte --generate complete-bash)

# The machine formats are the same bytes in Danish, from --lang and from
# the locale (standard error, for people, is not compared).
$ for f in json jsonl csv; do \
>   nytte check-eligibility examples/citizens/ --rules rules/aarhus.toml --on 2025-09-01 --format $f > $TMP/en 2>/dev/null; \
>   nytte check-eligibility examples/citizens/ --rules rules/aarhus.toml --on 2025-09-01 --format $f --lang da > $TMP/da 2>/dev/null; \
>   LC_ALL=da_DK.UTF-8 nytte check-eligibility examples/citizens/ --rules rules/aarhus.toml --on 2025-09-01 --format $f > $TMP/env 2>/dev/null; \
>   cmp $TMP/en $TMP/da && cmp $TMP/en $TMP/env && echo "check-eligibility $f: same ($(wc -c < $TMP/en) bytes)"; \
> done
| check-eligibility json: same \(\d+ bytes\) (re)
| check-eligibility jsonl: same \(\d+ bytes\) (re)
| check-eligibility csv: same \(\d+ bytes\) (re)
$ for f in json csv; do \
>   nytte report examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 --format $f > $TMP/en 2>/dev/null; \
>   nytte --lang da report examples/population/aarhus-2000.csv --rules rules/aarhus.toml --on 2025-09-01 --format $f > $TMP/da 2>/dev/null; \
>   cmp $TMP/en $TMP/da && echo "report $f: same ($(wc -c < $TMP/en) bytes)"; \
> done
| report json: same \(\d+ bytes\) (re)
| report csv: same \(\d+ bytes\) (re)
$ nytte build-package examples/citizens/nordfyns-49.toml --rules rules/nordfyns.toml --start 2025-09-01 --format json > $TMP/en
$ nytte build-package examples/citizens/nordfyns-49.toml --rules rules/nordfyns.toml --start 2025-09-01 --format json --lang da | cmp - $TMP/en
$ nytte build-package examples/population/aarhus-2000.csv --rules rules/aarhus.toml --start 2025-09-01 --format json > $TMP/en 2>/dev/null
$ nytte build-package examples/population/aarhus-2000.csv --rules rules/aarhus.toml --start 2025-09-01 --format json --lang da 2>/dev/null | cmp - $TMP/en
$ nytte weekly-hours examples/plans/nordfyns-49.toml --rules rules/nordfyns.toml --attendance examples/attendance/nordfyns-49.csv --format csv > $TMP/en 2>/dev/null
$ nytte weekly-hours examples/plans/nordfyns-49.toml --rules rules/nordfyns.toml --attendance examples/attendance/nordfyns-49.csv --format csv --lang da 2>/dev/null | cmp - $TMP/en

# Where the catalogue is found (base/locale_dir.h): NYTTE_LOCALEDIR first
# (a folder without it: the messages stay English), beside a binary moved
# with its share/locale, else where the build was configured to install it.
$ NYTTE_LOCALEDIR=$TMP/none nytte --lang da check-eligibility --help | grep -o 'Language of the text for people'
| Language of the text for people
$ mo="$(dirname "$(readlink -f "$(command -v nytte)")")/../locale/da/LC_MESSAGES/nytte.mo"; \
> mkdir -p $TMP/prefix/bin $TMP/prefix/share/locale/da/LC_MESSAGES; \
> cp "$(readlink -f "$(command -v nytte)")" $TMP/prefix/bin/ && cp "$mo" $TMP/prefix/share/locale/da/LC_MESSAGES/ && \
> $TMP/prefix/bin/nytte --lang da check-eligibility --help | grep -o 'Sproget i tekst til brugeren'
| Sproget i tekst til brugeren
$ NYTTE_LOCALEDIR=$TMP/prefix/share/locale nytte --lang da check-eligibility --help | grep -o 'Sproget i tekst til brugeren'
| Sproget i tekst til brugeren
