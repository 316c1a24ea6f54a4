# Every subcommand explains itself, with an example; --version.

$ nytte --version | grep -cE '^nytte [0-9]+\.[0-9]+\.[0-9]+'
| 1

$ nytte --help | grep -c 'check-eligibility\|validate'
| 2

$ nytte check-eligibility --help | grep -A1 '^Examples:'
| Examples:
|   nytte check-eligibility examples/citizens/nordfyns-49.toml --rules nordfyns

$ nytte validate --help | grep -A1 '^Examples:'
| Examples:
|   nytte validate                          (every rule file in rules/)

$ nytte no-such-command
? 2
! ...
| ...

$ nytte
? 2
! ...
| ...
