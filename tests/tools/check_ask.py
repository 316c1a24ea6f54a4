#!/usr/bin/env python3
"""Checks that check-eligibility --ask asks only what can change the decision.

For one interview of each rule set in rules/ (answers given on standard
input, one a line), it checks that:

  - every question's field is among the fields the deciding rules read, as
    the JSON decision of the saved file (-o) shows them: the keys of each
    reason's "values" (fields, and calls such as has(x), value_or(x, d),
    age(), days_on(...), passed_danish(...), which read x, birth_date,
    benefit_history, danish_tests) and its "missing" fields;
  - no field is asked twice, so there are at most as many questions as
    distinct fields read;
  - the saved file gives the same decision through check-eligibility
    (the JSON compared whole);
  - an answer "ved ikke" gives an undetermined decision naming the field.

    check_ask.py --nytte build/cli/nytte
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

ON = "2025-09-01"

# The answer to each field, by rule set (a person of each); the interview
# is driven through pipes, each answer written when its question appears.
COMMON = {
    "benefit": "1", "residence_years_last_10": "10", "first_entry_date": "2005-03-01",
    "born_in_denmark": "nej", "fulltime_work_years_last_10": "1,5", "birth_date": "1985-06-30",
    "category": "2", "danish_tests": "1", "school_years": "9", "work_capacity_hours": "20",
    "exemptions": "", "ordinary_hours": "0", "unemployed_since": "2024-01-15",
    "start_date": "2025-09-15", "sex": "1", "municipality": "751", "residence_area": "",
    "benefit_history": "",
}
CASES = [
    ("aarhus", {}),
    ("flere_skal_med_2", {"category": "1"}),
    ("greve", {"birth_date": "2001-02-28"}),
    ("koebenhavn", {"benefit": "2", "category": "3"}),
    ("national", {"born_in_denmark": "ja"}),
    ("nordfyns", {"birth_date": "1970-03-14"}),
    ("roskilde", {"work_capacity_hours": "37"}),
]
# "ved ikke" to this field gives an undetermined decision naming it.
DONT_KNOW = ("national", "benefit")

CALLS = {
    "age": "birth_date",
    "age_on": "birth_date",
    "days_on": "benefit_history",
    "months_on": "benefit_history",
    "passed_danish": "danish_tests",
    "highest_danish_test": "danish_tests",
}
QUESTION = re.compile(r"^\S.*\(([a-z_0-9]+)\)$")


def fields_read(decision):
    read = set()
    for reason in decision.get("reasons", []):
        read.update(reason.get("missing", []))
        for key in reason.get("values", {}):
            m = re.match(r"^(\w+)\((\w*)", key)
            if not m:
                read.add(key)
            elif m.group(1) in ("has", "value_or"):
                read.add(m.group(2))
            elif m.group(1) in CALLS:
                read.add(CALLS[m.group(1)])
    return read


def interview(nytte, rules, answers, saved):
    """Runs --ask, answering each question from `answers` (field -> line)."""
    p = subprocess.Popen(
        [nytte, "check-eligibility", "--ask", "--rules", rules, "--on", ON, "--format", "json",
         "-o", saved],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=dict(os.environ, LC_ALL="C.UTF-8"))
    asked = []
    for line in p.stderr:
        m = QUESTION.match(line.rstrip("\n"))
        if not m:
            continue
        field = m.group(1)
        asked.append(field)
        p.stdin.write(answers[field] + "\n")
        p.stdin.flush()
    p.stdin.close()
    out = p.stdout.read()
    if p.wait() != 0:
        raise SystemExit(f"{rules}: --ask exited {p.returncode}")
    return asked, json.loads(out)[0]


def decide(nytte, rules, path):
    p = subprocess.run(
        [nytte, "check-eligibility", path, "--rules", rules, "--on", ON, "--format", "json"],
        capture_output=True, text=True, env=dict(os.environ, LC_ALL="C.UTF-8"))
    if p.returncode != 0:
        raise SystemExit(f"{rules}: check-eligibility of the saved file failed: {p.stderr}")
    return json.loads(p.stdout)[0]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--nytte", required=True)
    args = ap.parse_args()
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        for rules, own in CASES:
            answers = dict(COMMON, **own)
            saved = os.path.join(tmp, rules + ".toml")
            asked, decision = interview(args.nytte, rules, answers, saved)
            again = decide(args.nytte, rules, saved)
            read = fields_read(again)
            if again != decision:
                failures.append(f"{rules}: the saved file decides otherwise")
            for f in asked:
                if f not in read:
                    failures.append(f"{rules}: asked {f}, which no deciding rule reads {sorted(read)}")
            if len(set(asked)) != len(asked) or len(asked) > len(read):
                failures.append(f"{rules}: {len(asked)} questions {asked} for {len(read)} fields read")
            print(f"{rules}: {len(asked)} questions ({', '.join(asked)}); "
                  f"{len(read)} fields read; {decision['status']}")
        rules, field = DONT_KNOW
        answers = dict(COMMON, **{field: "ved ikke"})
        asked, decision = interview(args.nytte, rules, answers, os.path.join(tmp, "dk.toml"))
        if decision["status"] != "undetermined" or field not in decision["missing_fields"]:
            failures.append(f"ved ikke: {decision['status']} {decision['missing_fields']}")
        print(f"ved ikke ({field}): {decision['status']}, missing {decision['missing_fields']}")
    for f in failures:
        print("FAIL:", f, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
