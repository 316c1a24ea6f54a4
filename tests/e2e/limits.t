# A condition past the limits of the condition language (docs/rules.md,
# limits) is an error at the token that crosses the limit, never a crash:
# 1,500 parentheses, 2,000 nested calls, 10,000 `not` or `-`, and chains of
# 100,000 `and`, `or` or `+` crashed the parser or the passes after it. The
# rule files are generated here (tests/tools/deep_rules.py), not checked in;
# each condition starts at line 12, column 11.

$ cp examples/citizens/nordfyns-49.toml $TMP/p.toml && \
> for k in parens:1500 calls:2000 not:10000 minus:10000 and:100000 or:100000 plus:100000; do \
>   python3 tests/tools/deep_rules.py ${k%:*} ${k#*:} > $TMP/${k%:*}.toml; done

$ cd $TMP && nytte validate parens.toml calls.toml not.toml minus.toml and.toml or.toml plus.toml
| parens.toml:12:111: error: expression too complex: more than 100 levels of parentheses, function calls, 'not' and '-' inside one another (docs/rules.md, limits)
| calls.toml:12:411: error: expression too complex: more than 100 levels of parentheses, function calls, 'not' and '-' inside one another (docs/rules.md, limits)
| not.toml:12:411: error: expression too complex: more than 100 levels of parentheses, function calls, 'not' and '-' inside one another (docs/rules.md, limits)
| minus.toml:12:111: error: expression too complex: more than 100 levels of parentheses, function calls, 'not' and '-' inside one another (docs/rules.md, limits)
| and.toml:12:90007: error: expression too complex: more than 10000 operands of one chain of 'and' (docs/rules.md, limits); use 'in' and a list, or split the rule
| or.toml:12:90008: error: expression too complex: more than 10000 operands of one chain of 'or' (docs/rules.md, limits); use 'in' and a list, or split the rule
| plus.toml:12:2009: error: expression too complex: more than 500 operators inside one another; a chain of '+', '-', '*', '/' nests one level an operator (docs/rules.md, limits); give a part a name in [constants] or split the rule
! nytte: 7 rule files checked: 7 errors, 0 warnings; 0 tests, 0 failed
? 1

$ cd $TMP && nytte check-eligibility p.toml --rules parens.toml --on 2025-09-01
! nytte: error: parens.toml:12:111: expression too complex: more than 100 levels of parentheses, function calls, 'not' and '-' inside one another (docs/rules.md, limits)
? 2

$ cd $TMP && nytte check-eligibility p.toml --rules plus.toml --on 2025-09-01 --format json
! nytte: error: plus.toml:12:2009: expression too complex: more than 500 operators inside one another; a chain of '+', '-', '*', '/' nests one level an operator (docs/rules.md, limits); give a part a name in [constants] or split the rule
? 2

# Up to the limits, the same conditions load and are evaluated.
$ python3 tests/tools/deep_rules.py parens 100 > $TMP/ok-parens.toml && \
>   python3 tests/tools/deep_rules.py and 9999 > $TMP/ok-and.toml
$ cd $TMP && nytte check-eligibility p.toml --rules ok-parens.toml --rules ok-and.toml \
>     --on 2025-09-01 --format csv
| id,eligible,target_groups,track,required_weekly_hours,status,missing_fields,warnings,exempt_from,assumptions,rules,required_weekly_minutes
| nordfyns-49,true,g,,,eligible,,,,,limits,
| nordfyns-49,true,g,,,eligible,,,,,limits,
