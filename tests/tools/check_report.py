#!/usr/bin/env python3
"""Recomputes every figure of `nytte report` independently and checks it.

A second, simple computation over the same rows: the population CSV is read
with Python's csv module, each person's decision comes from
`nytte check-eligibility --format jsonl`, each person's package with free
seats from `nytte build-package --no-seat-limits --format json`, and offers
and budget lines from the rule file with tomllib. The report (JSON, with and
without suppression) must agree figure by figure, and its suppression must
hide every count from 1 to 4, never leave a single hidden cell in a column
that adds up to a total, hide a figure wherever one of the same value is
hidden elsewhere, and hide every share, hour or kroner figure of a hidden
count.

Usage: check_report.py --nytte BIN --population CSV --rules FILE --on DATE
"""
import argparse
import collections
import csv
import datetime
import json
import os
import subprocess
import sys
import tomllib

FAILS = []


def minutes_of(hours):
    """Decimal hours in whole minutes, rounded half away from zero (lib/base/duration.h)."""
    return int(hours * 60 + 0.5)


def fail(msg):
    FAILS.append(msg)


def run(cmd):
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(f"{' '.join(cmd)}: exit {p.returncode}\n{p.stderr}")
    return p.stdout


def cpr_facts(cpr):
    """Birth date and sex by the century rule of domain.md."""
    d, m, y, digit7 = int(cpr[0:2]), int(cpr[2:4]), int(cpr[4:6]), int(cpr[7])
    if digit7 <= 3:
        century = 1900
    elif digit7 in (4, 9):
        century = 2000 if y <= 36 else 1900
    else:
        century = 2000 if y <= 57 else 1800
    return datetime.date(century + y, m, d), "M" if int(cpr[-1]) % 2 else "F"


def age_band(birth, on):
    if birth is None:
        return "unknown"
    age = on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
    if age < 18:
        return "under 18"
    for top, band in ((29, "18-29"), (39, "30-39"), (49, "40-49"), (59, "50-59"), (67, "60-67")):
        if age <= top:
            return band
    return "68 and over"


def load_rules(path):
    """Offers (latest version of each id) and budget lines, with extends."""
    with open(path, "rb") as f:
        doc = tomllib.load(f)
    offers, budget = {}, []
    ext = doc["ruleset"].get("extends")
    if ext:
        parent = os.path.join(os.path.dirname(path), "national.toml" if ext == "national" else ext)
        offers, budget = load_rules(parent)
    for o in doc.get("offer", []):
        offers[o["id"]] = o
    budget = [b for b in budget if b["id"] not in {x["id"] for x in doc.get("budget", [])}]
    budget += doc.get("budget", [])
    return offers, budget


def expected(args):
    on = datetime.date.fromisoformat(args.on)
    rows = {r["id"]: r for r in csv.DictReader(open(args.population, encoding="utf-8"))}
    decisions = [json.loads(l) for l in run([args.nytte, "check-eligibility", args.population,
                                              "--rules", args.rules, "--on", args.on,
                                              "--format", "jsonl"]).splitlines()]
    packages = {p["id"]: p for p in json.loads(run(
        [args.nytte, "build-package", args.population, "--rules", args.rules, "--on", args.on,
         "--no-seat-limits", "--format", "json"]))}
    # The batch with the seats offered, as build-package shares them out.
    allocated = {p["id"]: p for p in json.loads(run(
        [args.nytte, "build-package", args.population, "--rules", args.rules, "--on", args.on,
         "--format", "json"]))}
    offers, budget = load_rules(args.rules)
    n = len(decisions)
    cov = [d for d in decisions if d["eligible"]]
    c = len(cov)
    E = {}  # (section, table, row key, column) -> value

    def counts(section, table, counter, whole, total=None):
        for key, v in counter.items():
            E[(section, table, key, "people")] = v
            E[(section, table, key, "share")] = v / whole if whole else None
        if total is not None:
            E[(section, table, "total", "people")] = total
            E[(section, table, "total", "share")] = total / whole if whole else None

    status = collections.Counter(d["status"] for d in decisions)
    counts("eligibility", "status", {s: status.get(s, 0) for s in
                                     ("eligible", "exempt", "not_eligible", "undetermined")}, n, n)
    counts("eligibility", "target_groups",
           collections.Counter(g for d in cov for g in d["target_groups"]), c)
    counts("eligibility", "tracks", collections.Counter(d["track"] or "" for d in cov), c, c)
    counts("eligibility", "exemptions", collections.Counter(
        e for d in decisions if d["status"] == "exempt" for e in d["exemptions"]), n)
    counts("eligibility", "missing_fields",
           collections.Counter(f for d in decisions for f in d["missing_fields"]), n)

    who = {k: collections.Counter() for k in ("category", "sex", "age_band", "benefit",
                                              "municipality")}
    for d in cov:
        r = rows[d["id"]]
        birth, sex = cpr_facts(r["cpr"]) if r.get("cpr") else (None, None)
        if r.get("birth_date"):
            birth = datetime.date.fromisoformat(r["birth_date"])
        sex = r.get("sex") or sex
        who["category"][r.get("category") or "(missing)"] += 1
        who["sex"][sex or "(missing)"] += 1
        who["age_band"][age_band(birth, on)] += 1
        who["benefit"][r.get("benefit") or "(missing)"] += 1
        who["municipality"][r.get("municipality") or "(missing)"] += 1
    for k, counter in who.items():
        counts("who", k, counter, c, c)

    # Hours not stated (null) are counted apart and left out of every sum.
    stated = [d for d in cov if d["required_weekly_hours"] is not None]
    hours = sum(d["required_weekly_hours"] for d in stated)
    E[("hours", "required", "covered", "value")] = c
    E[("hours", "required", "hours_stated", "value")] = len(stated)
    E[("hours", "required", "hours_not_stated", "value")] = sum(
        1 for d in cov if d["required_weekly_hours"] is None and not d["hours_stated"])
    E[("hours", "required", "hours_unknown", "value")] = sum(
        1 for d in cov if d["required_weekly_hours"] is None and d["hours_stated"])
    E[("hours", "required", "required_hours", "value")] = hours if stated or not c else None
    E[("hours", "required", "fte", "value")] = round(hours / 37, 2) if stated or not c else None
    E[("hours", "required", "average_hours", "value")] = (
        round(hours / len(stated), 2) if stated else None)
    # The hours figures in whole minutes beside the decimals (`value_minutes`).
    minutes = sum(minutes_of(d["required_weekly_hours"]) for d in stated)
    E[("hours", "required", "required_hours", "value_minutes")] = (
        minutes if stated or not c else None)
    E[("hours", "required", "average_hours", "value_minutes")] = (
        int(minutes / len(stated) + 0.5) if stated else None)
    E[("hours", "required", "reduced", "value")] = sum(
        1 for d in stated if d["required_weekly_hours"] < 37)
    by_track = collections.defaultdict(lambda: [0, 0.0, 0, 0])
    for d in cov:
        t = by_track[d["track"] or ""]
        t[0] += 1
        if d["required_weekly_hours"] is not None:
            t[1] += d["required_weekly_hours"]
            t[2] += 1
            t[3] += minutes_of(d["required_weekly_hours"])
    by_track["total"] = [c, hours, len(stated), minutes]
    for k, (p, h, n_stated, m) in by_track.items():
        E[("hours", "by_track", k, "people")] = p
        E[("hours", "by_track", k, "hours")] = h if n_stated or not p else None
        E[("hours", "by_track", k, "hours_minutes")] = m if n_stated or not p else None
        E[("hours", "by_track", k, "fte")] = round(h / 37, 2) if n_stated or not p else None

    if offers:
        def tally(by_id, column):
            # The outcome as build-package's summary counts it.
            seats = collections.Counter()
            n = collections.Counter()
            minutes = 0
            for d in cov:
                p = by_id[d["id"]]
                if p["problem"]:
                    n["none"] += 1
                    continue
                m = max(w["missing_minutes"] for w in p["packages"])
                if p["package_target"] == "stated_parts" and m <= 0:
                    n["parts_only"] += 1  # no shortfall against hours the source does not state
                elif m > 0:
                    n["short"] += 1
                    minutes += m
                elif all(q["planned_minutes"] >= q["required_minutes"]
                         for w in p["packages"] for q in w["parts"]):
                    n["full"] += 1
                else:
                    n["short"] += 1
                seats.update({o for w in p["packages"] for o in w["offers"]})
            for key in ("full", "short", "parts_only", "none"):
                E[("capacity", "packages", key, column)] = n[key]
            E[("capacity", "packages", "total", column)] = c
            E[("capacity", "packages", "missing_hours", column)] = minutes / 60
            E[("capacity", "packages", "missing_hours", column + "_minutes")] = minutes
            return seats
        demand = tally(packages, "value")
        taken = tally(allocated, "allocated")
        kinds = collections.defaultdict(list)
        for oid, o in offers.items():
            kinds[o["kind"]].append(oid)
            E[("capacity", "offers", oid, "demanded")] = demand[oid]
            E[("capacity", "offers", oid, "taken")] = taken[oid]
            if "seats" in o:
                E[("capacity", "offers", oid, "difference")] = o["seats"] - demand[oid]
                E[("capacity", "offers", oid, "seats")] = o["seats"]
                if taken[oid] > o["seats"]:
                    fail(f"offer {oid}: {taken[oid]} seats taken of {o['seats']}")
        for kind, ids in kinds.items():
            E[("capacity", "kinds", kind, "demanded")] = sum(demand[i] for i in ids)
            E[("capacity", "kinds", kind, "taken")] = sum(taken[i] for i in ids)
            if all("seats" in offers[i] for i in ids):
                E[("capacity", "kinds", kind, "seats")] = sum(offers[i]["seats"] for i in ids)
        costed = {i: o["cost_per_week"] for i, o in offers.items() if o.get("cost_per_week", 0) > 0}
        tot_seats, tot_week = 0, 0.0
        for kind in {offers[i]["kind"] for i in costed}:
            ids = [i for i in costed if offers[i]["kind"] == kind]
            seats = sum(demand[i] for i in ids)
            week = sum(costed[i] * demand[i] for i in ids)
            tot_seats += seats
            tot_week += week
            E[("cost", "by_kind", kind, "seats")] = seats
            E[("cost", "by_kind", kind, "week")] = round(week)
            E[("cost", "by_kind", kind, "year")] = round(week * 52)
        E[("cost", "by_kind", "total", "seats")] = tot_seats
        E[("cost", "by_kind", "total", "week")] = round(tot_week)
        E[("cost", "by_kind", "total", "year")] = round(tot_week * 52)
        for b in budget:
            start, end = b["valid_from"], b["valid_to"] + datetime.timedelta(days=1)
            months = (end.year - start.year) * 12 + end.month - start.month
            if end.day == start.day and months > 0:
                per_year = b["amount"] * 12 / months
            else:
                per_year = b["amount"] * 365.25 / (end - start).days
            E[("cost", "budget", b["id"], "amount")] = b["amount"]
            E[("cost", "budget", b["id"], "per_year")] = round(per_year)
            ids = [i for i, o in offers.items() if o["kind"] in b.get("kinds", [])
                   or i in b.get("offers", [])]
            cids = [i for i in ids if i in costed]
            if ids:
                E[("cost", "budget", b["id"], "seats")] = sum(demand[i] for i in ids)
            if cids and all("seats" in offers[i] for i in cids):
                E[("cost", "budget", b["id"], "offered_year")] = round(
                    sum(costed[i] * offers[i]["seats"] for i in cids) * 52)
            if cids:
                year = sum(costed[i] * demand[i] for i in cids) * 52
                E[("cost", "budget", b["id"], "demanded_year")] = round(year)
                E[("cost", "budget", b["id"], "share")] = year / per_year
    if args.attendance:
        # weekly-hours over the log's weeks (every person's log spans args.period).
        people = json.loads(run([args.nytte, "weekly-hours", args.population, "--rules",
                                 args.rules, "--attendance", args.attendance, "--from",
                                 args.period[0], "--to", args.period[1], "--format", "json"]))
        tracks = collections.defaultdict(lambda: [0, 0, 0, 0.0, 0.0])
        total = [0, 0, 0, 0.0, 0.0]
        for p in people:
            weeks = [w for w in p["weeks"] if (w["required"] or 0) > 0]
            if not weeks:
                continue
            for acc in (tracks[p["track"] or ""], total):
                acc[0] += 1
                acc[1] += len(weeks)
                acc[2] += sum(1 for w in weeks if w["shortfall"] == 0)
                acc[3] += sum(w["required"] for w in weeks)
                acc[4] += sum(w["attended"] or 0 for w in weeks)
        tracks["total"] = total
        for k, (n_, weeks, met, req, att) in tracks.items():
            E[("attendance", "by_track", k, "people")] = n_
            E[("attendance", "by_track", k, "weeks")] = weeks
            E[("attendance", "by_track", k, "weeks_met")] = met
            E[("attendance", "by_track", k, "share_met")] = met / weeks if weeks else None
            E[("attendance", "by_track", k, "attendance_rate")] = att / req if req else None
    return E


def cells(report):
    out = {}
    for s in report["sections"]:
        for t in s["tables"]:
            for r in t["rows"]:
                for col in t["columns"][1:]:
                    mark = r.get("suppressed", {}).get(col["id"])
                    out[(s["id"], t["id"], r["key"], col["id"])] = (r.get(col["id"]), mark)
                    # Hours cells: the minutes beside, hidden with the hours.
                    if col["id"] + "_minutes" in r:
                        out[(s["id"], t["id"], r["key"], col["id"] + "_minutes")] = (
                            r[col["id"] + "_minutes"], mark)
    return out


def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= max(0.011, 1e-4 * abs(b)) if not isinstance(a, str) else a == b


# Columns holding counts of people or seats (the others are derived from them).
COUNT_COLUMNS = {"people", "demanded", "value", "seats", "taken", "allocated"}


def is_count(key):
    section, table, row, col = key
    if section == "hours" and table == "required":
        return row in ("covered", "hours_stated", "hours_not_stated", "hours_unknown", "reduced")
    if section == "capacity" and table == "packages":
        return row != "missing_hours"
    if section == "capacity" and col == "seats":
        return False  # seats offered: a figure of the rule set
    return col in COUNT_COLUMNS


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--nytte", required=True)
    ap.add_argument("--population", required=True)
    ap.add_argument("--rules", required=True)
    ap.add_argument("--on", required=True)
    ap.add_argument("--compare", help="also check --compare against the report on that date")
    ap.add_argument("--attendance", help="an attendance log whose people all span --period")
    ap.add_argument("--period", nargs=2, metavar=("FROM", "TO"))
    args = ap.parse_args()
    E = expected(args)
    base = [args.nytte, "report", args.population, "--rules", args.rules, "--on", args.on,
            "--format", "json"]
    if args.attendance:
        base += ["--attendance", args.attendance]
    plain = cells(json.loads(run(base + ["--no-suppress"])))
    hidden = cells(json.loads(run(base)))

    # 1. Every figure recomputed (numbers only; text cells such as "no limit" skipped).
    checked = 0
    for key, (value, _) in plain.items():
        if isinstance(value, str):
            continue
        if key not in E:
            if value not in (0, None):
                fail(f"{key}: report has {value}, the recomputation has no such figure")
            continue
        checked += 1
        if key[3].endswith("_minutes"):
            if value != E[key]:  # whole minutes: exact
                fail(f"{key}: report {value} minutes, recomputed {E[key]}")
        elif not close(value, E[key]):
            fail(f"{key}: report {value}, recomputed {E[key]}")
    for key, v in E.items():
        if key not in plain and v not in (0, None):
            fail(f"{key}: recomputed {v}, missing from the report")

    # 2. Suppression.
    for key, (value, mark) in hidden.items():
        pv = plain[key][0]
        if mark is None and value != pv:
            fail(f"{key}: shown as {value} with suppression, {pv} without")
        if is_count(key) and isinstance(pv, (int, float)) and 1 <= pv <= 4 and mark != "<5":
            fail(f"{key}: count {pv} not hidden as <5 (shown {value!r}, mark {mark!r})")
        if mark == "<5" and not (isinstance(pv, (int, float)) and 1 <= pv <= 4):
            fail(f"{key}: marked <5 but is {pv}")
        if key[3].endswith("_minutes") and mark is not None and value is not None:
            fail(f"{key}: {value} minutes shown beside hidden hours")
    # A column that adds up to a total never has exactly one hidden cell.
    tables = collections.defaultdict(list)
    for (s, t, r, col), (value, mark) in hidden.items():
        tables[(s, t, col)].append((r, mark))
    additive = {("eligibility", "status"), ("attendance", "by_track"), ("eligibility", "tracks"), ("hours", "by_track"),
                ("capacity", "packages"), ("cost", "by_kind")} | {
        ("who", k) for k in ("category", "sex", "age_band", "benefit", "municipality")}
    for (s, t, col), items in tables.items():
        if (s, t) not in additive or not any(r == "total" for r, _ in items):
            continue
        if not is_count((s, t, "x", col)) and not (s, t) == ("capacity", "packages"):
            continue
        marks = [m for r, m in items if r != "missing_hours"]
        if sum(1 for m in marks if m) == 1:
            fail(f"{s}/{t}/{col}: exactly one hidden cell: it can be worked out from the total")
    # The covered are those with hours stated, not stated or unknown: never
    # exactly one of the four hidden.
    for col in {c for (s, t, r, c) in hidden if (s, t) == ("hours", "required")}:
        marks = [hidden[("hours", "required", r, col)][1] for r in (
            "covered", "hours_stated", "hours_not_stated", "hours_unknown")
            if ("hours", "required", r, col) in hidden]
        if sum(1 for m in marks if m) == 1:
            fail(f"hours/required/{col}: exactly one of the covered and their hours hidden")
    # One value, one fate: the covered people appear in several tables.
    covered = [hidden[k][1] is not None for k in (
        ("eligibility", "status", "eligible", "people"), ("eligibility", "tracks", "total", "people"),
        ("who", "sex", "total", "people"), ("hours", "required", "covered", "value"),
        ("hours", "by_track", "total", "people"))]
    if len(set(covered)) != 1:
        fail(f"the covered count is hidden in some tables and shown in others: {covered}")
    # Figures derived from a hidden count are hidden.
    derived_from = {"share": "people", "hours": "people", "hours_minutes": "people",
                    "fte": "people", "week": "seats",
                    "year": "seats", "weeks": "people", "weeks_met": "people",
                    "share_met": "people", "attendance_rate": "people"}
    for (s, t, r, col), (value, mark) in hidden.items():
        if col in derived_from:
            people_col = derived_from[col]
            count_cell = hidden.get((s, t, r, people_col))
            if count_cell and count_cell[1] and not mark:
                fail(f"{(s, t, r, col)}: shown ({value}) though its count is hidden")

    # 3. --compare: the second date's columns are the report on that date; the
    #    change is the --on figure minus the --compare figure.
    if args.compare:
        both = cells(json.loads(run(base + ["--no-suppress", "--compare", args.compare])))
        other = cells(json.loads(run([args.nytte, "report", args.population, "--rules",
                                      args.rules, "--on", args.compare, "--format", "json",
                                      "--no-suppress"])))
        for (s, t, r, col), (value, _) in both.items():
            if col.startswith("compare_"):
                o = other.get((s, t, r, col[len("compare_"):]), (0, None))[0]
                if not isinstance(value, str) and not close(value, o):
                    fail(f"{(s, t, r, col)}: {value}, the report on {args.compare} has {o}")
            if col == "change":
                a, b = both[(s, t, r, "people")][0], both[(s, t, r, "compare_people")][0]
                if value != a - b:
                    fail(f"{(s, t, r, col)}: change {value}, expected {a} - {b}")
            elif not col.startswith("compare_") and not isinstance(value, str):
                if not close(value, plain.get((s, t, r, col), (0, None))[0]) and value != 0:
                    fail(f"{(s, t, r, col)}: {value} with --compare, "
                         f"{plain.get((s, t, r, col))} without")

    print(f"check_report: {checked} figures recomputed, {len(hidden)} cells checked for "
          f"suppression, {len(FAILS)} problems")
    for f in FAILS[:40]:
        print("  " + f)
    sys.exit(1 if FAILS else 0)


if __name__ == "__main__":
    main()
