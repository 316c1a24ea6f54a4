#!/usr/bin/env python3
"""Writes a rule file whose one condition is KIND repeated N times, for the
transcripts of the limits of the condition language (docs/rules.md, limits):
generated when the test runs rather than checked in (100,000 operands are
megabytes).

    deep_rules.py parens|calls|not|minus|and|or|plus N > rules.toml

The condition is the `when` of target group `g`, a literal string: it starts
at line 12, column 11 (after `when = '''`)."""
import sys

KINDS = {
    "parens": lambda n: "(" * n + "true" + ")" * n,
    "calls": lambda n: "abs(" * n + "1" + ")" * n + " > 0",
    "not": lambda n: "not " * n + "true",
    "minus": lambda n: "-" * n + "1 < 2",
    "and": lambda n: "true and " * n + "true",
    "or": lambda n: "false or " * n + "true",
    "plus": lambda n: "1 + " * n + "1 > 0",
}


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in KINDS:
        sys.exit(__doc__)
    condition = KINDS[sys.argv[1]](int(sys.argv[2]))
    sys.stdout.write(
        "[ruleset]\n"
        'id = "limits"\n'
        'title = "A condition past a limit"\n'
        "\n"
        "[[source]]\n"
        'id = "s"\n'
        'title = "Test source"\n'
        "\n"
        "[[target_group]]\n"
        'id = "g"\n'
        'source = "s"\n'
        f"when = '''{condition}'''\n"
    )


if __name__ == "__main__":
    main()
