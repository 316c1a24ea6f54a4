#!/usr/bin/env python3
"""Checks that check-eligibility --ask stops only when nothing unasked matters.

Random interviews (a fixed seed, so every run is the same) of each rule set
in rules/, on a few dates, answered through pipes with random answers, "ved
ikke" among them. For each, the saved file (-o) is decided again with every
field the interview neither asked nor found in the file given a value: each
field alone through its values, then random values of all of them at once.
Every one of those records must get the interview's decision (status, target
groups, exemptions, track, hours): by Kleene's logic an unasked field cannot
change it. Also: no field asked twice, and the saved file decides exactly as
the interview did. All the variants of one interview are one batch file.

    check_ask_sound.py --nytte build/cli/nytte [--interviews 6] [--seed 1]
"""

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import tomllib

RULESETS = ["aarhus", "flere_skal_med_2", "greve", "koebenhavn", "national", "nordfyns",
            "roskilde"]
DATES = ["2025-03-01", "2025-09-01", "2026-02-01"]
ENV = dict(os.environ, LC_ALL="C.UTF-8")
QUESTION = re.compile(r"^\S.*\(([a-z_0-9]+)\)$")

# Answers as typed, by field.
ANSWERS = {
    "benefit": [str(i) for i in range(1, 8)],
    "category": ["1", "2", "3", "4"],
    "sex": ["1", "2"],
    "danish_tests": ["", "1", "2", "3", "4", "1 3"],
    "exemptions": ["", "ukraine_special_act", "health", "ukraine_special_act,health"],
    "birth_date": ["1950-06-01", "1962-01-01", "1975-01-01", "1990-01-01", "1996-01-01",
                   "2000-09-02", "2005-01-01", "1995-09-01"],
    "school_years": ["0", "9", "12"],
    "residence_years_last_10": ["0", "5", "9", "9,5", "10"],
    "fulltime_work_years_last_10": ["0", "2", "2,5", "3", "10"],
    "unemployed_since": ["2020-01-01", "2025-06-01", "2025-08-31", "2024-09-01"],
    "ordinary_hours": ["0", "10", "37"],
    "work_capacity_hours": ["0", "5", "12", "20", "37"],
    "residence_area": ["Æblehaven", "Rønnebærparken", "Vestbyen"],
    "start_date": ["2025-09-01", "2025-10-01", "2024-01-01"],
    "born_in_denmark": ["ja", "nej"],
    "first_entry_date": ["2005-03-01", "2015-09-02", "2020-01-01", "2025-01-01"],
    "municipality": ["751", "101", "480", "265", "253"],
}
# Values of the fields not asked, as TOML (municipality is not varied: the
# interview takes it as the rule set's, as check-eligibility does; nor are
# the fields it never asks: id, cpr, unavailable, assigned_track).
VALUES = {
    "benefit": ['"kontanthjaelp"', '"uddannelseshjaelp"', '"selvforsoergelsesydelse"',
                '"hjemrejseydelse"', '"overgangsydelse"', '"su"', '"ingen"'],
    "category": ['"jobparat"', '"aktivitetsparat"', '"uddannelsesparat"',
                 '"aabenlyst_uddannelsesparat"'],
    "sex": ['"M"', '"F"'],
    "danish_tests": ['[]', '["PD1"]', '["PD2"]', '["PD3"]', '["studieproeven"]'],
    "exemptions": ['[]', '["ukraine_special_act"]', '["health"]'],
    "birth_date": ["1950-06-01", "1962-01-01", "1975-01-01", "1990-01-01", "1996-01-01",
                   "2000-09-02", "2005-01-01"],
    "school_years": ["0", "9", "12"],
    "residence_years_last_10": ["0.0", "5.0", "9.0", "10.0"],
    "fulltime_work_years_last_10": ["0.0", "2.0", "2.5", "3.0", "10.0"],
    "unemployed_since": ["2020-01-01", "2025-06-01", "2025-08-31"],
    "ordinary_hours": ["0.0", "10.0", "37.0"],
    "work_capacity_hours": ["0.0", "5.0", "12.0", "37.0"],
    "residence_area": ['"Æblehaven"', '"Vestbyen"'],
    "start_date": ["2025-09-01", "2025-10-01", "2024-01-01"],
    "born_in_denmark": ["true", "false"],
    "first_entry_date": ["2006-01-01", "2015-09-02", "2020-01-01", "2025-01-01"],
    "benefit_history": ['[]', '[{ benefit = "kontanthjaelp", from = 2020-01-01 }]',
                        '[{ benefit = "uddannelseshjaelp", from = 2025-06-01 }]',
                        '[{ benefit = "kontanthjaelp", from = 2022-01-01, to = 2025-03-01 }]',
                        '[{ benefit = "selvforsoergelsesydelse", from = 2019-01-01 }]'],
}
DECISION = ["status", "eligible", "target_groups", "exemptions", "exempt_from", "track",
            "required_weekly_hours", "max_weekly_hours", "hours_stated", "phase_in"]


def interview(nytte, rules, on, rng, saved):
    """One interview with random answers: (exit status, fields asked, answers, stdout)."""
    p = subprocess.Popen(
        [nytte, "check-eligibility", "--ask", "--rules", rules, "--on", on, "--format", "json",
         "-o", saved],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV)
    asked, sent = [], []
    periods = None  # benefit_history: periods still to give; -1 skips a prompt

    def send(a):
        sent.append(a)
        p.stdin.write(a + "\n")
        p.stdin.flush()

    for line in p.stderr:
        line = line.rstrip("\n")
        m = QUESTION.match(line)
        if m:
            field = m.group(1)
            asked.append(field)
            if field == "benefit_history":
                if rng.random() < 0.1:
                    send("ved ikke")
                    periods = -1
                else:
                    periods = rng.choice([0, 1, 1, 2])
                continue
            send("ved ikke" if rng.random() < 0.1 else rng.choice(ANSWERS[field]))
        elif line.startswith("  Period"):
            if periods == -1:
                periods = None
            elif "the benefit" in line:
                if periods == 0:
                    send("")
                else:
                    periods -= 1
                    send(str(rng.choice([1, 1, 2, 3, 4, 5, 6])))
            elif "from" in line:
                send(rng.choice(["2020-01-01", "2024-09-01", "2025-03-01", "2025-08-01"]))
            else:
                send(rng.choice(["", "2025-08-31", "2025-09-30"]))
    p.stdin.close()
    out = p.stdout.read()
    return p.wait(), asked, sent, out


def decide(nytte, rules, on, path):
    p = subprocess.run(
        [nytte, "check-eligibility", path, "--rules", rules, "--on", on, "--format", "json"],
        capture_output=True, text=True, env=ENV)
    if p.returncode != 0:
        raise SystemExit(f"{rules}: check-eligibility {path} exited {p.returncode}: {p.stderr}")
    return json.loads(p.stdout)


def variants(rng, text, fields):
    """Each field alone through its values, then all of them at random."""
    out = [{f: v} for f in fields for v in VALUES[f]]
    out += [{f: rng.choice(VALUES[f]) for f in fields} for _ in range(20)]
    birth = re.search(r"^birth_date = (\S+)", text, re.M)
    entry = re.search(r"^first_entry_date = (\S+)", text, re.M)

    def valid(v):  # nobody enters before birth (the reader refuses it)
        b = v.get("birth_date", birth and birth.group(1))
        e = v.get("first_entry_date", entry and entry.group(1))
        return not (b and e and e < b)

    return [v for v in out if valid(v)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--nytte", required=True)
    ap.add_argument("--interviews", type=int, default=6, help="per rule set and date")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    failures, interviews, records = [], 0, 0
    with tempfile.TemporaryDirectory() as tmp:
        saved = os.path.join(tmp, "saved.toml")
        batch = os.path.join(tmp, "variants.toml")
        for on in DATES:
            for rules in RULESETS:
                for _ in range(args.interviews):
                    if os.path.exists(saved):
                        os.remove(saved)
                    rc, asked, sent, out = interview(args.nytte, rules, on, rng, saved)
                    what = f"{rules} on {on}, answers {sent}"
                    if rc != 0:
                        failures.append(f"{what}: --ask exited {rc}")
                        continue
                    interviews += 1
                    if len(set(asked)) != len(asked):
                        failures.append(f"{what}: a field asked twice: {asked}")
                    decision = json.loads(out)[0]
                    if decide(args.nytte, rules, on, saved) != [decision]:
                        failures.append(f"{what}: the saved file decides otherwise")
                    text = open(saved, encoding="utf-8").read()
                    given = tomllib.loads(text)["citizen"][0]
                    unasked = [f for f in VALUES if f not in given and f not in asked]
                    vs = variants(rng, text, unasked)
                    if not vs:
                        continue
                    body = text.split("[[citizen]]", 1)[1]
                    with open(batch, "w", encoding="utf-8") as f:
                        for i, v in enumerate(vs):
                            record = re.sub(r'^id = ".*"$', f'id = "v{i}"', body, count=1,
                                            flags=re.M)
                            f.write("[[citizen]]" + record)
                            f.write("".join(f"{k} = {x}\n" for k, x in v.items()))
                    records += len(vs)
                    want = {k: decision[k] for k in DECISION}
                    for v, d in zip(vs, decide(args.nytte, rules, on, batch)):
                        got = {k: d[k] for k in DECISION}
                        if got != want:
                            failures.append(f"{what}: stopped after {asked}, but {v} gives "
                                            f"{got}, not {want}")
                            break
    print(f"check_ask_sound: {interviews} interviews, {records} records of fields not asked")
    for f in failures:
        print("FAIL:", f, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
