#!/usr/bin/env python3
"""Builds plans with build-package and reads them back with weekly-hours.

For every rule set given, over the shipped populations: `nytte build-package
--format json` says who has a full package (no problem, no minute missing,
every mandatory part met, made up to the requirement); `--format toml -o
PLANS` writes the plans, `nytte weekly-hours PLANS --format json` reads them
back. Every full person must be full in every whole week weekly-hours
shows (five open course days: no holiday, closing day, first or last week):
no `plan_short`, planned minutes equal to the week's requirement, and the
20-minute legs of travel exactly 20 minutes. In weeks with days off
(holidays, closing days, the first and last week) a full person is never
`plan_short` either: the days off take off a day share or what the plan loses
on them, whichever is more (docs/hours.md). Each population is planned from
its own start dates and from two fixed starts whose weeks hold Christmas and
Easter, starting on a Tuesday.

Usage: check_plan_roundtrip.py --nytte BIN --rules FILE [--rules FILE ...]
       [--population FILE ...] [--weeks N] [--start DATE ...]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

DEFAULT_POPULATIONS = ["examples/population/aarhus-2000.toml", "examples/citizens/"]


def run(cmd):
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)}: exit {p.returncode}\n{p.stderr[-2000:]}")
    return p


def is_full(r):
    if r["problem"] is not None or r["package_target"] != "requirement":
        return False
    if r["missing_minutes"] != 0:
        return False
    return all(pt["planned_minutes"] >= pt["required_minutes"]
               for pk in r["packages"] for pt in pk["parts"])


def whole_week(w):
    flags = set(w["flags"])
    return not w["days_off"] and not flags & {"first_week", "last_week", "outside_course", "weekend"}


def check(nytte, rules, population, weeks, start, tmp):
    fails = []
    name = os.path.splitext(os.path.basename(rules))[0]
    pop = os.path.basename(population.rstrip("/")) or population
    starting = ["--start", start] if start else []
    built = json.loads(run([nytte, "build-package", population, "--rules", rules,
                            "--format", "json"] + starting).stdout)
    plans = os.path.join(tmp, f"{name}-{pop}-{start}.toml")
    run([nytte, "build-package", population, "--rules", rules, "--format", "toml", "-o", plans]
        + starting)
    with open(plans, encoding="utf-8") as f:
        if "[[plan]]" not in f.read():
            print(f"{name} on {population} from {start or 'own starts'}: no plans")
            return []
    read = json.loads(run([nytte, "weekly-hours", plans, "--rules", rules, "--weeks", str(weeks),
                           "--format", "json"]).stdout)
    by_id = {p["id"]: p for p in read}
    full = [r for r in built if is_full(r)]
    short_whole = short_partial = legs = 0
    for r in full:
        for pk in r["packages"]:
            for b in pk["blocks"]:
                if b["kind"] == "transport" and b["from"] and b["minutes"] not in (0, span(b)):
                    fails.append(f"{name}: {r['id']}: travel {b['from']}-{b['to']} counts "
                                 f"{b['minutes']} minutes")
                legs += b["kind"] == "transport"
        p = by_id.get(r["id"])
        if p is None:
            fails.append(f"{name}: {r['id']}: full in build-package, missing in weekly-hours")
            continue
        for w in p["weeks"]:
            short = "plan_short" in w["flags"]
            if not whole_week(w):
                short_partial += short
                if short:
                    fails.append(f"{name}: {r['id']}: full in build-package, {w['week']} "
                                 f"(days off {[d['date'] for d in w['days_off']]}, flags "
                                 f"{w['flags']}) in weekly-hours: {w['planned_minutes']} of "
                                 f"{w['required_minutes']} minutes planned")
                continue
            phased = len(r["packages"]) > 1
            if short or (not phased and w["planned_minutes"] != w["required_minutes"]):
                short_whole += 1
                fails.append(f"{name}: {r['id']}: full in build-package, {w['week']} in "
                             f"weekly-hours: {w['planned_minutes']} of "
                             f"{w['required_minutes']} minutes planned")
    print(f"{name} on {population} from {start or 'own starts'}: {len(built)} people, "
          f"{len(full)} full; {short_whole} whole weeks short, {short_partial} weeks with days "
          f"off short (both must be 0); {legs} travel legs")
    return fails


def span(b):
    def minutes(t):
        h, m = t.split(":")
        return int(h) * 60 + int(m)
    return minutes(b["to"]) - minutes(b["from"])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--nytte", required=True)
    ap.add_argument("--rules", action="append", required=True)
    ap.add_argument("--population", action="append")
    ap.add_argument("--weeks", type=int, default=8)
    ap.add_argument("--start", action="append")
    a = ap.parse_args()
    fails = []
    with tempfile.TemporaryDirectory() as tmp:
        for rules in a.rules:
            for population in a.population or DEFAULT_POPULATIONS:
                for start in a.start or [None, "2025-12-02", "2026-03-31"]:
                    fails += check(a.nytte, rules, population, a.weeks, start, tmp)
    for f in fails[:50]:
        print("FAIL:", f)
    if fails:
        print(f"{len(fails)} failures")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
