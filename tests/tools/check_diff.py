#!/usr/bin/env python3
"""Recomputes every figure of `nytte diff` independently and checks it.

A second, simple computation over the same people: each side's decisions
come from `nytte check-eligibility --format jsonl` (with the reasons, which
say what each rule came to), each side's packages with every offer free from
`nytte build-package --no-seat-limits --format json`, and rule ids, offers,
seats, costs, conditions and constants from the rule files with tomllib
(following `extends`). The two runs are joined by id. The diff (JSON,
`--no-suppress`) must agree figure by figure with the recomputation, its
`--list` must hold every changed person exactly once, in input order, with
`before` and `after` equal to the check-eligibility lines; and with
suppression on, cell by cell: every count from 1 to 4 hidden as <5, no sum
(a row or a column of a before x after table, and the design's other sums)
with exactly one hidden member, every figure derived from a hidden count
hidden, and a quantity hidden everywhere it appears (docs/diff.md,
/tmp/diff-design.md: the ids of sections, tables, rows and columns).

Usage: check_diff.py --nytte BIN --rules A [--on D1] [--against B]
                     [--against-on D2] [--no-packages] [--errors N] [--duplicates]
                     POPULATION...
       check_diff.py --selftest   (the checker fails on broken diffs)
"""
import argparse
import collections
import copy
import json
import os
import re
import subprocess
import sys
import tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
STATUSES = ("eligible", "exempt", "not_eligible", "undetermined")
CHANGE_FIELDS = ("status", "target_groups", "exemptions", "track", "required_weekly_hours",
                 "max_weekly_hours")
KIND_ORDER = ("target_group", "exemption", "track", "hours", "max_hours")
# The row-total column of a before x after table (the total row is "total").
ALL = "all"
FAILS = []


def fail(msg):
    FAILS.append(msg)


def run(cmd, ok=(0,)):
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode not in ok:
        sys.exit(f"{' '.join(cmd)}: exit {p.returncode}\n{p.stderr}")
    return p.stdout


# --- Rule files ------------------------------------------------------------

def rules_path(name_or_path, base_dir=None):
    """A rule set's file: a path as given (relative to the extending file's
    folder for `extends`), or a name of a shipped rule set in rules/."""
    if name_or_path.endswith(".toml") or os.sep in name_or_path:
        if base_dir and not os.path.isabs(name_or_path):
            cand = os.path.join(base_dir, name_or_path)
            if os.path.exists(cand):
                return cand
        return name_or_path
    return os.path.join(ROOT, "rules", name_or_path + ".toml")


def condition_text(kind, rule):
    key = {"target_group": "when", "exemption": "when", "track": "propose", "hours": "value",
           "max_hours": "max_hours"}[kind]
    if kind == "hours" and "value" not in rule:
        key = "hours"  # a track's own hours
    return rule.get(key, "")


def load_rules(path):
    """The merged rule set: ids by kind in rule order (parent first), the
    rules (a list of versions by (kind, id)), constants, sources, offers."""
    with open(path, "rb") as f:
        doc = tomllib.load(f)
    lines = open(path, encoding="utf-8").read().split("\n")
    ext = doc["ruleset"].get("extends")
    if ext:
        R = load_rules(rules_path(ext, os.path.dirname(path)))
    else:
        R = {"ids": {k: [] for k in KIND_ORDER}, "rules": collections.defaultdict(list),
             "constants": {}, "sources": {}, "offers": collections.OrderedDict(), "blocks": {}}
    R = copy.deepcopy(R)
    R["id"], R["version"] = doc["ruleset"]["id"], doc["ruleset"].get("version", "")
    R["title"], R["file"] = doc["ruleset"].get("title", ""), path
    R["constants"].update(doc.get("constants", {}))
    for s in doc.get("source", []):
        R["sources"][s["id"]] = s

    def add(kind, rule):
        if rule["id"] not in R["ids"][kind]:
            R["ids"][kind].append(rule["id"])
        R["rules"][(kind, rule["id"])].append((path, rule))

    if doc.get("track"):
        # A rule set that declares any track replaces the parent's tracks
        # entirely, with their hours and caps (docs/rules.md, "Inheritance").
        for tid in R["ids"]["track"]:
            for kind in ("track", "hours", "max_hours"):
                if kind == "track" or any("value" not in r  # a track's, not an [[hours]]
                                          for _, r in R["rules"].get((kind, tid), [])):
                    R["rules"].pop((kind, tid), None)
                    if tid in R["ids"][kind]:
                        R["ids"][kind].remove(tid)
        R["ids"]["track"] = []
    seen = set()
    for table, kind in (("target_group", "target_group"), ("exemption", "exemption"),
                        ("track", "track"), ("hours", "hours")):
        for rule in doc.get(table, []):
            if (kind, rule["id"]) not in seen:  # the child replaces the parent's versions
                R["rules"][(kind, rule["id"])] = []
                seen.add((kind, rule["id"]))
            add(kind, rule)
            if table == "track":
                for sub in ("hours", "max_hours"):
                    if sub in rule:
                        if (sub, rule["id"]) not in seen:
                            R["rules"][(sub, rule["id"])] = []
                            seen.add((sub, rule["id"]))
                        add(sub, rule)
    # Where each rule is written: the lines of its [[table]] block.
    header = None
    for i, line in enumerate(lines, 1):
        m = re.match(r"^\[\[(\w+)\]\]", line)
        if m or line.startswith("["):
            header = [m.group(1) if m else None, None, i]
            continue
        m = re.match(r'^id\s*=\s*"([^"]+)"', line)
        if header and m and header[1] is None:
            header[1] = m.group(1)
            R["blocks"].setdefault((header[0], header[1]), []).append(
                (os.path.abspath(path), header[2]))
    for o in doc.get("offer", []):
        R["offers"].setdefault(o["id"], [])
        if ("offer", o["id"]) not in seen:
            R["offers"][o["id"]] = []
            seen.add(("offer", o["id"]))
        R["offers"][o["id"]].append(o)
    return R


def offer_on(R, oid, on):
    """The version of an offer in force on the date, else the latest."""
    versions = R["offers"].get(oid, [])
    for o in versions:
        f, t = str(o.get("valid_from", "0000")), str(o.get("valid_to", "9999"))
        if f <= on <= t:
            return o
    return versions[-1] if versions else None


def constants_used(text, constants):
    return {w for w in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", text) if w in constants}


# --- The recomputation -----------------------------------------------------

def minutes_of(hours):
    return int(hours * 60 + 0.5)


def fte_of(minutes):
    return round(minutes * 100 / (37 * 60)) / 100


def group_key(d):
    return "+".join(d["target_groups"]) or "none"


def track_key(d):
    return (d["track"] or "none") if d["eligible"] else "none"


def field_changes(b, a):
    out = []
    for f in CHANGE_FIELDS:
        if f == "required_weekly_hours":
            same = (b["required_weekly_hours"], b["required_weekly_minutes"]) == (
                a["required_weekly_hours"], a["required_weekly_minutes"])
        elif f == "max_weekly_hours":
            same = (b["max_weekly_hours"], b["max_weekly_minutes"]) == (
                a["max_weekly_hours"], a["max_weekly_minutes"])
        else:
            same = b[f] == a[f]
        if not same:
            out.append(f)
    return out


def condition_value(R, d, kind, rid):
    """What a boolean rule came to in one decision: yes, no, unknown,
    not_in_force, absent (not in the rule set) or not_tried."""
    reasons = [r for r in d["reasons"] if r["kind"] == kind and r["rule"] == rid]
    for r in reasons:
        if r["in_force"]:
            return {True: "yes", False: "no", None: "unknown"}[r["held"]]
    if reasons:
        return "not_in_force"
    if rid not in R["ids"][kind]:
        return "absent"
    return "not_tried"


def effective(value):
    """The value the decision saw (the design's UPDATE 2): a rule not in
    force or not in the rule set holds for no one."""
    return {"not_in_force": "no", "absent": "no"}.get(value, value)


def hours_given(d, kind):
    """The reason of an hours kind that gave the person's hours (at most
    one): (rule, None) none, (rule, "unknown"), or (rule, minutes)."""
    reasons = [r for r in d["reasons"] if r["kind"] == kind and r["in_force"]]
    if len(reasons) > 1:
        fail(f"check-eligibility {d['id']}: {len(reasons)} {kind} reasons in force, "
             f"expected at most one")
    if not reasons:
        return None, None
    r = reasons[0]
    if r.get("held") is None or r.get("value_minutes") is None:
        return r["rule"], "unknown"
    return r["rule"], r["value_minutes"]


def source_text(R, kind, rid):
    rules = R["rules"].get((kind, rid))
    if not rules:
        return None
    src = R["sources"].get(rules[-1][1].get("source", ""))
    return src


def expected(sides, B, A, dec, pkgs, packages):
    """Every figure of the diff, keyed (section, table, row, column)."""
    E = {}
    n = len(dec[0])
    changed = [(b, a) for b, a in zip(dec[0], dec[1]) if field_changes(b, a)]
    E[("status", "summary", "people", "people")] = n
    E[("status", "summary", "unchanged", "people")] = n - len(changed)
    E[("status", "summary", "changed", "people")] = len(changed)

    def matrix(section, table, keyf, fixed=None):
        cells = collections.Counter((keyf(b), keyf(a)) for b, a in zip(dec[0], dec[1]))
        rows = fixed or sorted({k[0] for k in cells})
        cols = fixed or sorted({k[1] for k in cells})
        for r in rows:
            for c in cols:
                E[(section, table, r, c)] = cells.get((r, c), 0)
            E[(section, table, r, ALL)] = sum(v for (x, _), v in cells.items() if x == r)
        for c in cols:
            E[(section, table, "total", c)] = sum(v for (_, y), v in cells.items() if y == c)
        E[(section, table, "total", ALL)] = n
        return rows, cols

    matrix("status", "transition", lambda d: d["status"], STATUSES)
    matrix("groups", "target_groups", group_key)
    for g in dict.fromkeys(A["ids"]["target_group"] + B["ids"]["target_group"]):
        before = {d["id"] for d in dec[0] if g in d["target_groups"]}
        after = {d["id"] for d in dec[1] if g in d["target_groups"]}
        for col, v in (("before", len(before)), ("stayed", len(before & after)),
                       ("left", len(before - after)), ("joined", len(after - before)),
                       ("after", len(after))):
            E[("groups", "target_group_counts", g, col)] = v
    matrix("groups", "tracks", track_key)

    # Hours: the covered people and the hours of those whose hours are stated.
    per_side = []
    for i, side in enumerate(("before", "after")):
        cov = [d for d in dec[i] if d["eligible"]]
        stated = [d for d in cov if d["required_weekly_hours"] is not None]
        for d in stated:
            if d["required_weekly_minutes"] != minutes_of(d["required_weekly_hours"]):
                fail(f"check-eligibility {d['id']}: {d['required_weekly_hours']} h is not "
                     f"{d['required_weekly_minutes']} minutes")
        minutes = sum(d["required_weekly_minutes"] for d in stated)
        row = {"covered": len(cov), "hours_stated": len(stated),
               "hours_not_stated": sum(1 for d in cov if d["required_weekly_hours"] is None
                                       and not d["hours_stated"]),
               "hours_unknown": sum(1 for d in cov if d["required_weekly_hours"] is None
                                    and d["hours_stated"])}
        for k, v in row.items():
            E[("hours", "hours", k, side)] = v
        # No one's hours stated of people covered: no figure (as report's).
        some = bool(stated) or not cov
        E[("hours", "hours", "required_hours", side)] = round(minutes / 60, 2) if some else None
        E[("hours", "hours", "required_hours", side + "_minutes")] = minutes if some else None
        E[("hours", "hours", "fte", side)] = fte_of(minutes) if some else None
        tracks = collections.defaultdict(lambda: [0, 0, 0])  # people, stated, minutes
        for d in cov:
            t = tracks[d["track"] or "none"]
            t[0] += 1
            if d["required_weekly_hours"] is not None:
                t[1] += 1
                t[2] += d["required_weekly_minutes"]
        tracks["total"] = [len(cov), len(stated), minutes]
        per_side.append(tracks)
    def change(row, col=""):
        b, a = E[("hours", "hours", row, "before" + col)], E[("hours", "hours", row, "after" + col)]
        return None if a is None or b is None else round(a - b, 2)
    for k in ("covered", "hours_stated", "hours_not_stated", "hours_unknown", "required_hours",
              "fte"):
        E[("hours", "hours", k, "change")] = change(k)
    E[("hours", "hours", "required_hours", "change_minutes")] = change("required_hours", "_minutes")
    track_rows = list(dict.fromkeys(A["ids"]["track"] + B["ids"]["track"]))
    if "none" in per_side[0] or "none" in per_side[1]:
        track_rows.append("none")
    for t in track_rows + ["total"]:
        hours = []
        for i, side in enumerate(("before", "after")):
            p, n_stated, m = per_side[i].get(t, [0, 0, 0])
            E[("hours", "by_track", t, side + "_people")] = p
            h = round(m / 60, 2) if n_stated or not p else None
            E[("hours", "by_track", t, side + "_hours")] = h
            E[("hours", "by_track", t, side + "_hours_minutes")] = m if n_stated or not p else None
            hours.append(m if n_stated or not p else None)
        if hours[0] is not None and hours[1] is not None:
            E[("hours", "by_track", t, "change_hours")] = round((hours[1] - hours[0]) / 60, 2)
            E[("hours", "by_track", t, "change_hours_minutes")] = hours[1] - hours[0]
        else:
            E[("hours", "by_track", t, "change_hours")] = None

    # Seats demanded with every offer free, and their cost at each side's price.
    if packages and (A["offers"] or B["offers"]):
        offer_ids = list(dict.fromkeys(list(A["offers"]) + list(B["offers"])))
        tot = [[0, 0], [0, 0]]  # [side][seats, kroner]
        demand = []
        for i in (0, 1):
            seats = collections.Counter()
            for d in dec[i]:
                if not d["eligible"]:
                    continue
                p = pkgs[i].get(d["id"])
                if p is None:
                    fail(f"build-package has no package for covered {d['id']} (side {i})")
                    continue
                if p["problem"]:
                    continue
                seats.update({o for w in p["packages"] for o in w["offers"]})
            demand.append(seats)
        for oid in offer_ids:
            for i, (R, side) in enumerate(((B, "before"), (A, "after"))):
                o = offer_on(R, oid, sides[i]["on"])
                E[("capacity", "seats", oid, "offered_" + side)] = o.get("seats") if o else None
                E[("capacity", "seats", oid, "demand_" + side)] = demand[i][oid]
                kr = demand[i][oid] * (o.get("cost_per_week", 0) if o else 0)
                E[("capacity", "seats", oid, "week_" + side)] = kr
                tot[i][0] += demand[i][oid]
                tot[i][1] += kr
        for i, side in enumerate(("before", "after")):
            E[("capacity", "seats", "total", "demand_" + side)] = tot[i][0]
            E[("capacity", "seats", "total", "week_" + side)] = tot[i][1]
            E[("capacity", "cost", "week", side)] = tot[i][1]
            E[("capacity", "cost", "year", side)] = tot[i][1] * 52
        for r in ("week", "year"):
            E[("capacity", "cost", r, "change")] = (E[("capacity", "cost", r, "after")]
                                                    - E[("capacity", "cost", r, "before")])
        for i in (0, 1):
            for oid in demand[i]:
                if oid not in offer_ids:
                    fail(f"build-package places people at {oid}, an offer of neither rule file")

    # The rules that made the difference, over the changed people (UPDATE 2):
    # boolean rules matched by kind and id, compared as the decision saw
    # them, counted by what the after side came to; hours under the rule
    # that gave them after, else before.
    cond = collections.defaultdict(lambda: [0, 0, 0, 0])
    for b, a in changed:
        keys = {(r["kind"], r["rule"]) for r in b["reasons"] + a["reasons"]
                if r["kind"] not in ("hours", "max_hours")}
        for kind, rid in keys:
            vb, va = condition_value(B, b, kind, rid), condition_value(A, a, kind, rid)
            if "not_tried" in (vb, va) or effective(vb) == effective(va):
                continue
            c = cond[(kind, rid)]
            c[0] += 1
            c[{"yes": 1, "no": 2, "unknown": 3}[effective(va)]] += 1
        for kind in ("hours", "max_hours"):
            (rb, hb), (ra, ha) = hours_given(b, kind), hours_given(a, kind)
            if hb == ha:
                continue
            c = cond[(kind, ra if ra is not None else rb)]
            c[0] += 1
            if isinstance(hb, int) and isinstance(ha, int):
                c[1 if ha > hb else 2] += 1
            else:
                c[3] += 1
    for (kind, rid), (p, y, no, other) in cond.items():
        hours = kind in ("hours", "max_hours")
        table = "hours_rules" if hours else "conditions"
        row = f"{kind}:{rid}"
        cols = ("people", "higher", "lower", "other") if hours else (
            "people", "to_yes", "to_no", "to_other")
        for col, v in zip(cols, (p, y, no, other)):
            E[("conditions", table, row, col)] = v
        E[("conditions", table, row, "kind")] = kind
        if B["file"] == A["file"]:
            edited = "no"
        else:
            rb, ra = B["rules"].get((kind, rid)), A["rules"].get((kind, rid))
            if rb and ra:
                tb, ta = condition_text(kind, rb[-1][1]), condition_text(kind, ra[-1][1])
                used = constants_used(tb, B["constants"]) | constants_used(ta, A["constants"])
                edited = "yes" if tb.strip() != ta.strip() or any(
                    B["constants"].get(k) != A["constants"].get(k) for k in used) else "no"
            else:
                edited = "yes"  # a rule of one side only: its text appeared or vanished
        if edited is not None:
            E[("conditions", table, row, "edited")] = edited
    return E, changed


# --- Reading the diff -------------------------------------------------------

def strict_json(text, what):
    """JSON with every object's names unique (RFC 8259: they SHOULD be; a
    reader that keeps the first or refuses them would read another diff)."""
    dups = []

    def pairs(items):
        names = [k for k, _ in items]
        dup = sorted({k for k in names if names.count(k) > 1})
        if dup:
            dups.append((dict(items).get("key"), [(k, v) for k, v in items if k in dup]))
        return dict(items)
    doc = json.loads(text, object_pairs_hook=pairs)
    if dups:
        fail(f"{what}: {len(dups)} objects name a member twice, e.g. row "
             f"{dups[0][0]!r}: {dups[0][1]}, row {dups[-1][0]!r}: {dups[-1][1]}")
    return doc


def cells(report):
    out = {}
    texts = {}
    for s in report["sections"]:
        for t in s["tables"]:
            keys = [r["key"] for r in t["rows"]]
            if len(keys) != len(set(keys)):
                fail(f"{s['id']}/{t['id']}: a row key twice: {keys}")
            for r in t["rows"]:
                for col in t["columns"][1:]:
                    mark = r.get("suppressed", {}).get(col["id"])
                    v = r.get(col["id"])
                    if isinstance(v, str):
                        texts[(s["id"], t["id"], r["key"], col["id"])] = v
                    out[(s["id"], t["id"], r["key"], col["id"])] = (v, mark)
                    if col["id"] + "_minutes" in r:
                        out[(s["id"], t["id"], r["key"], col["id"] + "_minutes")] = (
                            r[col["id"] + "_minutes"], mark)
    return out, texts


def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, str) or isinstance(b, str):
        return a == b
    return abs(a - b) <= max(0.011, 1e-4 * abs(b))


def is_count(key):
    s, t, r, col = key
    if t in ("transition", "target_groups", "tracks", "summary", "target_group_counts"):
        return True
    if t == "hours":
        return r in ("covered", "hours_stated", "hours_not_stated", "hours_unknown") \
            and col in ("before", "after")
    if t == "by_track":
        return col.endswith("_people")
    if t == "seats":
        return col.startswith("demand_")
    if t in ("conditions", "hours_rules"):
        return col in ("people", "to_yes", "to_no", "to_other", "higher", "lower", "other")
    return False


def quantity(key):
    """The quantity a cell shows (the design's names), or None for its own."""
    s, t, r, col = key
    if t == "summary":
        return r
    if t in ("transition", "target_groups", "tracks"):
        what = {"transition": "status", "target_groups": "groups", "tracks": "trackm"}[t]
        if r == "total" and col == ALL:
            return "people"
        if what == "trackm" and "none" not in (r, col):
            what = "track"  # the covered on a track: the same people as by_track's rows
        if col == ALL:
            return f"before:{what}:{r}"
        if r == "total":
            return f"after:{what}:{col}"
        return f"{what}:{r}>{col}"
    if t == "hours" and r == "covered" and col in ("before", "after"):
        return f"{col}:status:eligible"
    if t == "by_track" and col in ("before_people", "after_people"):
        side = col.split("_")[0]
        if r == "total":
            return f"{side}:status:eligible"
        return f"{side}:track:{r}"  # covered by track: the tracks matrix's rows differ
    return None


def sums(hidden):
    """Every sum of the diff: (parts, total) lists of cell keys."""
    out = []
    tables = collections.defaultdict(lambda: collections.defaultdict(dict))
    for (s, t, r, col) in hidden:
        tables[(s, t)][r][col] = (s, t, r, col)
    for (s, t), rows in tables.items():
        if t == "summary":
            out.append(([rows["unchanged"]["people"], rows["changed"]["people"]],
                        rows["people"]["people"]))
        elif t in ("transition", "target_groups", "tracks"):
            keys = [r for r in rows if r != "total"]
            cols = [c for c in rows.get("total", {}) if c != ALL]
            for r in keys:
                out.append(([rows[r][c] for c in cols if c in rows[r]], rows[r][ALL]))
            for c in cols + [ALL]:
                out.append(([rows[r][c] for r in keys if c in rows[r]], rows["total"][c]))
            out.append(([rows["total"][c] for c in cols], rows["total"][ALL]))
        elif t == "target_group_counts":
            for r, cs in rows.items():
                out.append(([cs["stayed"], cs["left"]], cs["before"]))
                out.append(([cs["stayed"], cs["joined"]], cs["after"]))
        elif t == "hours":
            for col in ("before", "after"):
                if all(col in rows.get(r, {}) for r in ("covered", "hours_stated",
                                                        "hours_not_stated", "hours_unknown")):
                    out.append(([rows[r][col] for r in ("hours_stated", "hours_not_stated",
                                                        "hours_unknown")], rows["covered"][col]))
        elif t in ("by_track", "seats"):
            for col in {c for cs in rows.values() for c in cs if is_count((s, t, "x", c))}:
                if "total" in rows and col in rows["total"]:
                    out.append(([rows[r][col] for r in rows if r != "total" and col in rows[r]],
                                rows["total"][col]))
        elif t in ("conditions", "hours_rules"):
            names = ("to_yes", "to_no", "to_other") if t == "conditions" else (
                "higher", "lower", "other")
            for r, cs in rows.items():
                if all(n in cs for n in names + ("people",)):
                    out.append(([cs[n] for n in names], cs["people"]))
    return out


def group_sums(hidden):
    """What a reader can add up between the tables of target groups: a
    group's people before (after) are the rows (columns) of the matrix whose
    key holds it; stayed, left and joined are its cells."""
    out = []
    mat = {(r, c): k for k in hidden if k[1] == "target_groups" for r, c in [(k[2], k[3])]}
    keys_b = {r for r, c in mat if r != "total"}
    keys_a = {c for r, c in mat if c != ALL}
    for k in hidden:
        if k[1] != "target_group_counts":
            continue
        g, col = k[2], k[3]
        has = lambda key: g in key.split("+")  # noqa: E731
        if col == "before":
            parts = [mat[(r, ALL)] for r in keys_b if has(r)]
        elif col == "after":
            parts = [mat[("total", c)] for c in keys_a if has(c)]
        else:
            want = {"stayed": (True, True), "left": (True, False), "joined": (False, True)}[col]
            parts = [mat[(r, c)] for r in keys_b for c in keys_a
                     if (has(r), has(c)) == want and (r, c) in mat]
        out.append((parts, k))
    return out


def audit(hidden, plain):
    """Can a hidden count be worked out exactly from the figures shown? The
    sums (and the same quantity in several tables as one unknown), solved
    over the rationals: a count is determined when its unit vector lies in
    the row space of the equations restricted to the hidden unknowns."""
    from fractions import Fraction
    var = {}

    def unknown(key):
        q = quantity(key) or key
        return var.setdefault(q, len(var))
    rows = []
    for parts, total in sums(hidden) + group_sums(hidden):
        eq = collections.Counter()
        for k, sign in [(p, 1) for p in parts] + [(total, -1)]:
            if k in hidden and hidden[k][1] is not None:
                eq[unknown(k)] += sign
        if any(eq.values()):
            rows.append({v: Fraction(c) for v, c in eq.items() if c})
    # Row reduction to reduced echelon form, sparse.
    pivots = {}  # column -> row
    for r in rows:
        r = dict(r)
        for col, prow in pivots.items():
            if col in r:
                f = r[col]
                for c2, v2 in prow.items():
                    r[c2] = r.get(c2, 0) - f * v2
                    if r[c2] == 0:
                        del r[c2]
        if not r:
            continue
        col = min(r)
        f = r[col]
        r = {c: v / f for c, v in r.items()}
        for c0, prow in pivots.items():
            if col in prow:
                g = prow[col]
                for c2, v2 in r.items():
                    prow[c2] = prow.get(c2, 0) - g * v2
                    if prow[c2] == 0:
                        del prow[c2]
        pivots[col] = r
    determined = {col for col, r in pivots.items() if len(r) == 1}
    for key, (value, mark) in hidden.items():
        if mark == "<5" and (quantity(key) or key) in var and var[quantity(key) or key] in determined:
            fail(f"{key}: a count below 5 that can be worked out exactly from the figures shown "
                 f"(is {plain[key][0]})")


def derived(key):
    """The count cells a figure is computed from (hidden if any of them is)."""
    s, t, r, col = key
    if t == "hours":
        if r in ("required_hours", "fte") and col in ("before", "after", "before_minutes",
                                                       "after_minutes"):
            return [(s, t, "hours_stated", col.split("_")[0])]
        if col.startswith("change"):
            base = r if r not in ("required_hours", "fte") else "hours_stated"
            return [(s, t, base, "before"), (s, t, base, "after")]
    if t == "by_track":
        if col.startswith("before_hours"):
            return [(s, t, r, "before_people")]
        if col.startswith("after_hours"):
            return [(s, t, r, "after_people")]
        if col.startswith("change_hours"):
            return [(s, t, r, "before_people"), (s, t, r, "after_people")]
    if t == "seats" and col.startswith("week_"):
        return [(s, t, r, "demand_" + col[len("week_"):])]
    if t == "cost":
        sides = ("before", "after") if col == "change" else (col,)
        return [(s, "seats", "total", "demand_" + x) for x in sides]
    return []


def compare(E, plain, hidden, texts):
    """Figures against the recomputation; the suppressed diff cell by cell."""
    checked = 0
    for key, (value, _) in plain.items():
        if isinstance(value, str):
            if key in E:
                checked += 1
                if value != E[key]:
                    fail(f"{key}: diff has {value!r}, recomputed {E[key]!r}")
            continue
        if key not in E:
            if value not in (0, None):
                fail(f"{key}: diff has {value}, the recomputation has no such figure")
            continue
        checked += 1
        if key[3].endswith("_minutes"):
            if value != E[key]:
                fail(f"{key}: diff {value} minutes, recomputed {E[key]}")
        elif not close(value, E[key]) and not (key[1] == "seats" and key[3].startswith("week_")
                                              and {value, E[key]} <= {0, None}):
            fail(f"{key}: diff {value}, recomputed {E[key]}")
    for key, v in E.items():
        if key not in plain and v not in (0, None):
            fail(f"{key}: recomputed {v!r}, missing from the diff")

    if set(hidden) != set(plain):
        fail(f"the suppressed diff has other cells: {sorted(set(hidden) ^ set(plain))[:5]}")
    for key, (value, mark) in hidden.items():
        pv = plain.get(key, (None, None))[0]
        if mark is None and value != pv:
            fail(f"{key}: shown as {value} with suppression, {pv} without")
        if mark is not None and value is not None:
            fail(f"{key}: marked {mark!r} but shows {value}")
        if mark not in (None, "<5", "x"):
            fail(f"{key}: unknown mark {mark!r}")
        if is_count(key) and isinstance(pv, (int, float)) and 1 <= pv <= 4 and mark != "<5":
            fail(f"{key}: count {pv} not hidden as <5 (shown {value!r}, mark {mark!r})")
        if mark == "<5" and not (is_count(key) and isinstance(pv, (int, float)) and 1 <= pv <= 4):
            fail(f"{key}: marked <5 but is {pv}")
        for k in derived(key):
            if k in hidden and hidden[k][1] is not None and mark is None and value is not None:
                fail(f"{key}: shown ({value}) though {k}, which it is computed from, is hidden")
    for parts, total in sums(hidden):
        members = [k for k in parts + [total] if k in hidden]
        hid = [k for k in members if hidden[k][1] is not None]
        if len(hid) == 1:
            fail(f"{hid[0]}: the only hidden member of a sum: it can be worked out "
                 f"({total[1]}/{total[2]}/{total[3]} = {' + '.join(p[2] + '/' + p[3] for p in parts)})")
    for parts, total in group_sums(hidden):
        hid = [k for k in parts + [total] if hidden[k][1] is not None]
        if len(hid) == 1:
            fail(f"{hid[0]}: the only hidden member of a sum between the target group tables "
                 f"({total[2]}/{total[3]} = {' + '.join(p[2] + '>' + p[3] for p in parts)})")
    audit(hidden, plain)
    by_q = collections.defaultdict(list)
    for key, (value, mark) in hidden.items():
        q = quantity(key)
        if q:
            by_q[q].append((key, mark is not None, plain[key][0]))
    for q, items in by_q.items():
        if len({h for _, h, _ in items}) > 1:
            fail(f"quantity {q} hidden in some cells and shown in others: {items}")
        if len({v for _, _, v in items}) > 1:
            fail(f"quantity {q} has different values: {items}")
    return checked


def check_header(doc, sides, B, A, n, changed, suppressed, errors=0):
    for name, side, R in (("before", sides[0], B), ("after", sides[1], A)):
        h = doc.get(name)
        if not isinstance(h, dict):
            fail(f"the diff has no {name!r} object")
            continue
        for k, v in (("rules", R["id"]), ("version", R["version"]), ("on", side["on"])):
            if h.get(k) != v:
                fail(f"{name}.{k}: diff {h.get(k)!r}, expected {v!r}")
        if side["file"] and h.get("file") and os.path.abspath(h["file"]) != os.path.abspath(
                side["file"]):
            fail(f"{name}.file: diff {h.get('file')!r}, expected {side['file']!r}")
    for k, v in (("people", n), ("changed", len(changed)), ("errors", errors)):
        if k == "changed" and suppressed and 0 < v < 5:
            # The header hides what the summary table hides.
            if doc.get(k) is not None or doc.get("suppressed", {}).get(k) != "<5":
                fail(f"changed: diff {doc.get(k)!r} ({doc.get('suppressed')}), expected null "
                     "and suppressed.changed '<5'")
            continue
        if k == "changed" and suppressed and doc.get(k) is None:
            if doc.get("suppressed", {}).get(k) != "x":
                fail(f"changed: hidden as {doc.get('suppressed')}, expected 'x'")
            continue
        if doc.get(k) != v:
            fail(f"{k}: diff {doc.get(k)!r}, expected {v}")
    if doc.get("suppression", {}).get("enabled") is not suppressed:
        fail(f"suppression.enabled: {doc.get('suppression')}, expected {suppressed}")


def check_order(doc, B, A):
    """Rows in the design's order: rule order (the after side's, then the
    before side's own), the statuses in their order, totals last."""
    def order(R, kind):
        # Hours: a track's own hours first (they come before any [[hours]]
        # rule in the decision too), in track order, then the [[hours]] rules.
        if kind != "hours":
            return R["ids"][kind]
        own = lambda i: any("value" not in r for _, r in R["rules"].get(("hours", i), []))  # noqa: E731
        return [i for i in R["ids"][kind] if own(i)] + [i for i in R["ids"][kind] if not own(i)]

    def rank(kind, rid):
        ids = order(A, kind) + [i for i in order(B, kind) if i not in A["ids"][kind]]
        return ids.index(rid) if rid in ids else len(ids)
    for sec in doc["sections"]:
        for t in sec["tables"]:
            keys = [r["key"] for r in t["rows"]]
            if t["id"] in ("conditions", "hours_rules"):
                want = sorted(keys, key=lambda k: (KIND_ORDER.index(k.split(":", 1)[0]),
                                                   rank(*k.split(":", 1))))
            elif t["id"] == "target_group_counts":
                want = sorted(keys, key=lambda k: rank("target_group", k))
            elif t["id"] == "transition":
                want = list(STATUSES) + ["total"]
                cols = [c["id"] for c in t["columns"]]
                if cols != ["key"] + list(STATUSES) + [ALL]:
                    fail(f"{sec['id']}/transition: columns {cols}")
            elif any(r.get("total") for r in t["rows"]):
                want = [k for k in keys if k != "total"] + ["total"] * ("total" in keys)
            else:
                continue
            if keys != want:
                fail(f"{sec['id']}/{t['id']}: rows in the order {keys}, expected {want}")


def check_where(texts, B, A):
    """The conditions' `where` names a line inside the rule's block."""
    for (s, t, r, col), v in texts.items():
        if col != "where" or not v:
            continue
        m = re.match(r"^(.*):(\d+):(\d+)$", v)
        if not m:
            fail(f"{(s, t, r, col)}: {v!r} is not file:line:column")
            continue
        kind, rid = r.split(":", 1)
        table = "track" if kind in ("track", "max_hours") or (
            kind == "hours" and any(x[1].get("hours") for x in (A["rules"].get((kind, rid)) or
                                                                  B["rules"].get((kind, rid)) or
                                                                  []))) else kind
        blocks = A["blocks"].get((table, rid)) or B["blocks"].get((table, rid)) or []
        path, line = os.path.abspath(m.group(1)), int(m.group(2))
        if not os.path.exists(m.group(1)):
            continue  # a rule set built into the binary
        ok = False
        for bpath, start in blocks:
            if bpath != path:
                continue
            lines = open(bpath, encoding="utf-8").read().split("\n")
            end = next((i for i in range(start, len(lines)) if lines[i].startswith("[")),
                       len(lines))
            ok = ok or start <= line <= end
        if not ok:
            fail(f"{(s, t, r, col)}: {v} is not inside the rule's [[{table}]] block {blocks}")


def check_list(lines, dec, changed, raw=None):
    """--list: each changed person once, in input order, as check-eligibility wrote her
    (`raw`: its lines, for the bytes)."""
    if raw is None:
        raw = [[json.dumps(d, ensure_ascii=False, separators=(",", ":")) for d in side]
               for side in dec]
    want = [(b["id"], field_changes(b, a), b, a) for b, a in changed]
    got = [json.loads(l) for l in lines if l.strip()]
    if [g.get("id") for g in got] != [w[0] for w in want]:
        ids = [g.get("id") for g in got]
        fail(f"--list: {len(got)} people, expected {len(want)}; first differences: "
             f"{[x for x in ids if x not in {w[0] for w in want}][:3]} listed, "
             f"{[w[0] for w in want if w[0] not in set(ids)][:3]} missing, or out of order")
    for g, (pid, fields, b, a) in zip(got, want):
        if g.get("id") != pid:
            break
        if g.get("changed") != fields:
            fail(f"--list {pid}: changed {g.get('changed')}, expected {fields}")
        for name, d in (("before", b), ("after", a)):
            if g.get(name) != d:
                diff = [k for k in set(d) | set(g.get(name) or {})
                        if (g.get(name) or {}).get(k) != d.get(k)]
                fail(f"--list {pid}: {name} differs from check-eligibility in {sorted(diff)}")
    i = {d["id"]: k for k, d in enumerate(dec[0])}
    for line in lines[:50]:
        g = json.loads(line)
        k = i.get(g.get("id"))
        if k is not None and (raw[0][k] not in line or raw[1][k] not in line):
            # Byte for byte is the design's promise; the objects above are what matters.
            fail(f"--list {g['id']}: before/after are not check-eligibility's bytes")
            break
    return len(got)


# --- Running it --------------------------------------------------------------

def main_check(args):
    sides = [{"rules": args.rules, "on": args.on}, {"rules": args.against or args.rules,
                                                   "on": args.against_on or args.on}]
    for s in sides:
        s["file"] = rules_path(s["rules"]) if s["rules"] != "national" else None
    B = load_rules(rules_path(sides[0]["rules"]))
    A = load_rules(rules_path(sides[1]["rules"]))
    dec, pkgs, raw = [], [], []
    # Records not read (duplicate ids: each id counted once, the first
    # record's): every command exits 2 and skips the same records.
    ok = (2,) if args.errors else (0,)
    for s in sides:
        common = ["--rules", s["rules"], "--on", s["on"]]
        raw.append(run([args.nytte, "check-eligibility", *args.population, *common,
                        "--format", "jsonl"], ok).splitlines())
        dec.append([json.loads(l) for l in raw[-1]])
        if not args.no_packages:
            pkgs.append({p["id"]: p for p in json.loads(run(
                [args.nytte, "build-package", *args.population, *common, "--no-seat-limits",
                 "--format", "json"], ok))})
    if [d["id"] for d in dec[0]] != [d["id"] for d in dec[1]]:
        sys.exit("the two check-eligibility runs do not list the same people in the same order")
    if len({d["id"] for d in dec[0]}) != len(dec[0]):
        sys.exit("check-eligibility lists an id twice: the recomputation joins by id")
    E, changed = expected(sides, B, A, dec, pkgs, not args.no_packages)
    base = [args.nytte, "diff", *args.population, "--rules", args.rules]
    if args.on:
        base += ["--on", args.on]
    if args.against:
        base += ["--against", args.against]
    if args.against_on:
        base += ["--against-on", args.against_on]
    if args.no_packages:
        base += ["--no-packages"]
    hidden_text = run(base + ["--format", "json"], ok)
    plain_doc = strict_json(run(base + ["--format", "json", "--no-suppress"], ok),
                            "diff --no-suppress")
    hidden_doc = strict_json(hidden_text, "diff")
    # Machine formats are the same in every language.
    da = [args.nytte, "--lang", "da"] + base[1:]
    if run(da + ["--format", "json"], ok) != hidden_text:
        fail("diff --format json differs under --lang da")
    check_header(plain_doc, sides, B, A, len(dec[0]), changed, False, args.errors)
    check_header(hidden_doc, sides, B, A, len(dec[0]), changed, True, args.errors)
    plain, texts = cells(plain_doc)
    hidden, _ = cells(hidden_doc)
    checked = compare(E, plain, hidden, texts)
    check_where(texts, B, A)
    check_order(plain_doc, B, A)
    for (s, t, r, col), v in texts.items():
        if col == "source" and t in ("conditions", "hours_rules"):
            kind, rid = r.split(":", 1)
            src = source_text(A, kind, rid) or source_text(B, kind, rid)
            for part in (src or {}).get("legal_basis", ""), (src or {}).get("title", ""):
                if part and part not in v:
                    fail(f"{(s, t, r, col)}: {v!r} does not name {part!r}")
    list_text = run(base + ["--list", "-"], ok)
    if run(da + ["--list", "-"], ok) != list_text:
        fail("diff --list differs under --lang da")
    listed = check_list(list_text.splitlines(), dec, changed, raw)
    report(plain, checked + listed)


def report(plain, checked):
    tables = {(s, t) for (s, t, _, _) in plain}
    print(f"check_diff: {len(tables)} tables, {checked} cells compared, {len(FAILS)} problems")
    for f in FAILS[:int(os.environ.get("CHECK_DIFF_SHOW", "40"))]:
        print("  " + f)


# --- The self-test: the checker must fail on broken diffs -------------------

def layout(E, rows_order=None):
    """A diff JSON laid out from figures (the design's shape), for the self-test."""
    sections = collections.OrderedDict()
    for (s, t, r, col), v in E.items():
        tab = sections.setdefault(s, collections.OrderedDict()).setdefault(
            t, {"columns": [], "rows": collections.OrderedDict()})
        if col.endswith("_minutes"):
            tab["rows"].setdefault(r, {"key": r})[col] = v
            continue
        if col not in tab["columns"]:
            tab["columns"].append(col)
        tab["rows"].setdefault(r, {"key": r})[col] = v
    return {"sections": [{"id": s, "tables": [
        {"id": t, "columns": [{"id": "key"}] + [{"id": c} for c in tab["columns"]],
         "rows": list(tab["rows"].values())} for t, tab in ts.items()]}
        for s, ts in sections.items()]}


def hide(doc, s, t, r, col, mark="x"):
    for sec in doc["sections"]:
        for tab in sec["tables"]:
            for row in tab["rows"]:
                if (sec["id"], tab["id"], row["key"]) == (s, t, r):
                    row[col] = None
                    row.pop(col + "_minutes", None)
                    row.setdefault("suppressed", {})[col] = mark


def selftest():
    def person(pid, status, groups, track, hours, cap=None, reasons=()):
        return {"id": pid, "eligible": status == "eligible", "status": status,
                "target_groups": groups, "exemptions": [], "track": track,
                "required_weekly_hours": hours,
                "required_weekly_minutes": None if hours is None else minutes_of(hours),
                "hours_stated": hours is not None, "max_weekly_hours": cap,
                "max_weekly_minutes": None if cap is None else minutes_of(cap),
                "reasons": [{"kind": k, "rule": i, "in_force": True, "held": h}
                            for k, i, h in reasons]}
    R = {"ids": {"target_group": ["g1", "g2"], "exemption": [], "track": ["t1", "t2"],
                 "hours": [], "max_hours": []}, "rules": {}, "constants": {}, "offers": {},
         "file": "same.toml"}
    before, after = [], []
    # Each kind of person five times, so that every count is 0 or at least 5.
    for k in range(5):
        before += [person(f"a{k}", "eligible", ["g1"], "t1", 37, reasons=[("target_group", "g1", True)]),
                   person(f"b{k}", "not_eligible", [], None, 0, reasons=[("target_group", "g1", False)]),
                   person(f"c{k}", "eligible", ["g2"], "t2", None),
                   person(f"d{k}", "eligible", ["g1"], "t1", 20)]
        after += [person(f"a{k}", "eligible", ["g1"], "t1", 37, reasons=[("target_group", "g1", True)]),
                  person(f"b{k}", "eligible", ["g1"], "t1", 37, reasons=[("target_group", "g1", True)]),
                  person(f"c{k}", "eligible", ["g2"], "t1", None),
                  person(f"d{k}", "eligible", ["g1"], "t1", 30)]
    sides = [{"on": "2025-06-30"}, {"on": "2025-07-01"}]

    def problems(plain_doc, hidden_doc, dec=(before, after), list_lines=None):
        FAILS.clear()
        E, changed = expected(sides, R, R, list(dec), None, False)
        plain, texts = cells(plain_doc)
        hidden, _ = cells(hidden_doc)
        compare(E, plain, hidden, texts)
        if list_lines is not None:
            check_list(list_lines, list(dec), changed)
        return list(FAILS)

    E, changed = expected(sides, R, R, [before, after], None, False)
    FAILS.clear()
    good = layout(E)
    lines = [json.dumps({"id": b["id"], "changed": field_changes(b, a), "before": b, "after": a},
                        ensure_ascii=False, separators=(",", ":")) for b, a in changed]
    results = []

    def expect(name, found, word):
        ok = any(word in f for f in found) if word else not found
        results.append(ok)
        print(f"  {'ok  ' if ok else 'FAIL'} {name}: {len(found)} problems"
              + ("" if ok else f" (expected one naming {word!r}): {found[:3]}"))

    expect("a correct diff passes", problems(good, good, list_lines=lines), None)
    b = copy.deepcopy(good)
    b["sections"][0]["tables"][1]["rows"][0]["eligible"] += 1
    expect("a count off by one", problems(b, b), "recomputed")
    b = copy.deepcopy(good)
    hide(b, "status", "transition", "eligible", "eligible")
    expect("a lone hidden cell in a matrix row", problems(good, b), "the only hidden member")
    b = copy.deepcopy(good)
    for r in ("hours_stated", "hours_not_stated"):
        hide(b, "hours", "hours", r, "after")
    expect("hours shown beside a hidden count", problems(good, b), "computed from")
    b = copy.deepcopy(good)
    hide(b, "hours", "hours", "covered", "before")
    hide(b, "hours", "hours", "hours_stated", "before")
    expect("a quantity hidden in one table, shown in another", problems(good, b), "quantity")
    small = [before + [person("z", "eligible", ["g1"], "t1", 37)],
             after + [person("z", "eligible", ["g1"], "t2", 37)]]
    Es, _ = expected(sides, R, R, small, None, False)
    FAILS.clear()
    s = layout(Es)
    expect("a small count shown", problems(s, s, dec=small), "not hidden as <5")
    expect("--list without a changed person", problems(good, good, list_lines=lines[1:]),
           "--list")
    expect("--list out of order", problems(good, good, list_lines=lines[::-1]), "--list")
    wrong = [json.loads(l) for l in lines]
    wrong[0]["after"]["track"] = "t2"
    expect("--list after not check-eligibility's",
           problems(good, good, list_lines=[json.dumps(w) for w in wrong]), "--list")
    b = copy.deepcopy(good)
    # Two hidden rectangles joined by one hidden cell: every row and column
    # of the table has two hidden cells or more, yet the joining cell is the
    # difference of two shown figures.
    for r, c in [(r, c) for r in ("eligible", "exempt") for c in ("eligible", "exempt")] + [
            (r, c) for r in ("not_eligible", "undetermined") for c in ("not_eligible", "undetermined")]:
        hide(b, "status", "transition", r, c)
    hide(b, "status", "transition", "exempt", "not_eligible", "<5")
    expect("a small count worked out through a chain of sums", problems(good, b),
           "worked out exactly")
    FAILS.clear()
    strict_json('{"rows": [{"key": "eligible", "total": false, "total": 1644}]}', "fixture")
    expect("a member named twice", list(FAILS), "twice")
    FAILS.clear()

    # The values of a condition as the decision saw them (UPDATE 2), five
    # people of each kind: p not in force -> yes (to yes), q yes -> unknown
    # (became unknown), s no -> not in force (no change: it held for no
    # one either way), h hours from t1 -> from h2 (one person, under the
    # after side's rule, lower), u hours 37 -> unknown (other).
    def why(kind, rid, held, in_force=True, minutes=None):
        r = {"kind": kind, "rule": rid, "in_force": in_force, "held": held}
        if minutes is not None:
            r["value_minutes"] = minutes
        return r
    R2 = copy.deepcopy(R)
    R2["ids"]["hours"] = ["t1", "h2"]
    vb, va = [], []
    for k in range(5):
        for pid, (sb, gb, hb, rb), (sa, ga, ha, ra) in (
                (f"p{k}", ("not_eligible", [], None, [why("target_group", "g2", False, False)]),
                 ("eligible", ["g2"], None, [why("target_group", "g2", True)])),
                (f"q{k}", ("eligible", ["g1"], None, [why("target_group", "g1", True)]),
                 ("undetermined", [], None, [why("target_group", "g1", None)])),
                (f"s{k}", ("eligible", ["g2"], 37, [why("target_group", "g1", False),
                                                   why("hours", "t1", True, minutes=2220)]),
                 ("eligible", ["g2"], 20, [why("target_group", "g1", False, False),
                                          why("hours", "t1", True, minutes=1200)])),
                (f"h{k}", ("eligible", ["g1"], 37, [why("hours", "t1", True, minutes=2220)]),
                 ("eligible", ["g1"], 30, [why("hours", "h2", True, minutes=1800)])),
                (f"u{k}", ("eligible", ["g1"], 37, [why("hours", "t1", True, minutes=2220)]),
                 ("eligible", ["g1"], None, [why("hours", "t1", None)]))):
            vb.append(dict(person(pid, sb, gb, "t1" if sb == "eligible" else None, hb), reasons=rb))
            va.append(dict(person(pid, sa, ga, "t1" if sa == "eligible" else None, ha), reasons=ra))
            if ha is None and sa == "eligible" and pid[0] == "u":
                va[-1]["hours_stated"] = True
    FAILS.clear()
    Ev, _ = expected(sides, R2, R2, [vb, va], None, False)
    want = {"target_group:g2": (5, 5, 0, 0), "target_group:g1": (5, 0, 0, 5),
            "hours:h2": (5, 0, 5, 0), "hours:t1": (10, 0, 5, 5)}
    got = {}
    for (s_, t_, r_, c_), v in Ev.items():
        if t_ in ("conditions", "hours_rules") and c_ in (
                "people", "to_yes", "to_no", "to_other", "higher", "lower", "other"):
            got.setdefault(r_, {})[c_] = v
    got = {r_: tuple(cs[c_] for c_ in ("people", "to_yes", "to_no", "to_other")
                     if c_ in cs) + tuple(cs[c_] for c_ in ("higher", "lower", "other") if c_ in cs)
           for r_, cs in got.items()}
    ok = got == want and not FAILS
    results.append(ok)
    print(f"  {'ok  ' if ok else 'FAIL'} conditions as the decision saw them: "
          + ("" if ok else f"recomputed {got}, expected {want}; {FAILS[:3]}"))
    FAILS.clear()
    old = layout(Ev)
    for tab in old["sections"][-1]["tables"]:
        for row in tab["rows"]:
            if row["key"] == "target_group:g2":  # the first design: not in force -> yes is other
                row["to_yes"], row["to_other"] = 0, 5
    expect("not in force -> yes counted as other", problems(old, old, dec=(vb, va)), "recomputed")
    FAILS.clear()
    n_bad = results.count(False)
    print(f"check_diff --selftest: {len(results)} cases, {n_bad} not caught as expected")
    sys.exit(1 if n_bad else 0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--nytte")
    ap.add_argument("--rules", default="national")
    ap.add_argument("--on")
    ap.add_argument("--against")
    ap.add_argument("--against-on")
    ap.add_argument("--no-packages", action="store_true")
    ap.add_argument("--errors", type=int, default=0,
                    help="records not read (e.g. repeated ids), the same in every command")
    ap.add_argument("--duplicates", action="store_true",
                    help="check the population with repeated ids (tests/tools/with_duplicates.py)")
    ap.add_argument("--selftest", action="store_true")
    ap.add_argument("population", nargs="*")
    args = ap.parse_args()
    if args.selftest:
        selftest()
    if not args.nytte or not args.population or not args.on:
        ap.error("--nytte, --on and a population are needed (or --selftest)")
    if args.duplicates:
        # Each repeat has another record's data: counted, it would change
        # the figures; the diff must count each id once, the first record.
        import tempfile
        tmp = tempfile.TemporaryDirectory()
        dups = os.path.join(tmp.name, "dups.csv")
        if len(args.population) != 1:
            ap.error("--duplicates takes one CSV population")
        args.errors += int(run([sys.executable, os.path.join(ROOT, "tests", "tools",
                                                             "with_duplicates.py"),
                                args.population[0], dups]))
        args.population = [dups]
    main_check(args)
    sys.exit(1 if FAILS else 0)


if __name__ == "__main__":
    main()
