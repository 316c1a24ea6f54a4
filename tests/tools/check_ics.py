#!/usr/bin/python3
"""Checks the calendars of `nytte build-package --format ics` (RFC 5545).

Run it with Debian's /usr/bin/python3, which has python3-icalendar and
python3-dateutil (scripts/install-deps.sh installs them).

  check_ics.py [FILE.ics ...]        the RFC checks of each file (stdin: -)
  check_ics.py --nytte BIN --rules RULES [--start D] [--hours N]
               [--weeks N | --until D] [--split] INPUT...

The second form makes the calendars itself (one file, or a --split
directory for a batch) and the plan file of the same people (--format toml),
and for each person:
- parses the calendar with icalendar and checks the RFC's rules: CRLF line
  ends, content lines of at most 75 octets folded outside UTF-8 sequences,
  VERSION 2.0 and PRODID, UID/DTSTAMP/DTSTART once in every VEVENT, unique
  UIDs, a UTC DTSTAMP, every RRULE ends (UNTIL), and UNTIL in UTC (with the
  Z) where DTSTART has a TZID;
- expands the occurrences (dateutil.rrule with EXDATE, in the system's
  Europe/Copenhagen time, not the file's VTIMEZONE) and compares them with
  `nytte weekly-hours PLAN --format json` over the calendar's course: the
  same days and times as the plan's blocks on the course's days, none on a
  holiday or closing day weekly-hours lists, and week by week the same
  counted minutes as weekly-hours plans (ordinary paid work, which has no
  times and is not in the calendar, left out of the plan); the conversations on the dates
  weekly-hours gives, and an event on each phase's first day.
Prints "ok: ..." a person, or what is wrong; exit status 1 when anything is.
"""
import argparse
import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile
import tomllib

import icalendar
from dateutil import rrule, tz

COPENHAGEN = tz.gettz("Europe/Copenhagen")
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def rfc_problems(data):
    """Checks on the bytes and on the parsed calendar; (problems, calendar)."""
    problems = []
    if not data.endswith(b"\r\n"):
        problems.append("file does not end with CRLF")
    for n, raw in enumerate(data.split(b"\r\n")[:-1], 1):
        if b"\n" in raw or b"\r" in raw:
            problems.append(f"line {n}: bare LF or CR")
        if len(raw) > 75:
            problems.append(f"line {n}: {len(raw)} octets (more than 75)")
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(f"line {n}: folded inside a UTF-8 sequence")
    try:
        cal = icalendar.Calendar.from_ical(data)
    except ValueError as e:
        return problems + [f"icalendar cannot parse it: {e}"], None
    if str(cal.get("VERSION", "")) != "2.0":
        problems.append("VERSION is not 2.0")
    if not cal.get("PRODID"):
        problems.append("no PRODID")
    tzids = {str(t["TZID"]) for t in cal.walk("VTIMEZONE")}
    # Unfolded content lines, to see each property as written.
    text = data.decode("utf-8", "replace").replace("\r\n ", "")
    events, current = [], None
    for line in text.split("\r\n"):
        if line == "BEGIN:VEVENT":
            current = []
        elif line == "END:VEVENT":
            events.append(current)
            current = None
        elif current is not None:
            current.append(line)
    uids = []
    for lines in events:
        props = {}
        for line in lines:
            name, _, value = line.partition(":")
            props.setdefault(name.split(";")[0], []).append((name, value))
        for req in ("UID", "DTSTAMP", "DTSTART"):
            if len(props.get(req, [])) != 1:
                problems.append(f"VEVENT without exactly one {req}: {lines[:1]}")
        uids += [v for _, v in props.get("UID", [])]
        if not re.fullmatch(r"\d{8}T\d{6}Z", props.get("DTSTAMP", [("", "")])[0][1]):
            problems.append("DTSTAMP is not a UTC date-time")
        start_name = props.get("DTSTART", [("", "")])[0][0]
        m = re.search(r";TZID=([^;:]+)", start_name)
        if m and m.group(1) not in tzids:
            problems.append(f"TZID {m.group(1)} has no VTIMEZONE")
        for _, r in props.get("RRULE", []):
            until = re.search(r"UNTIL=([0-9TZ]+)", r)
            if not until and "COUNT=" not in r:
                problems.append(f"RRULE {r} never ends")
            if until and m and not until.group(1).endswith("Z"):
                problems.append(f"RRULE {r}: UNTIL is not UTC though DTSTART has a TZID")
        for prop in ("SUMMARY", "DESCRIPTION", "LOCATION"):
            for _, v in props.get(prop, []):
                if re.search(r"(?<!\\)[,;]", v):
                    problems.append(f"{prop} has an unescaped , or ;: {v}")
    if len(set(uids)) != len(uids):
        problems.append("UIDs are not unique")
    return problems, cal


def local(value):
    """A DTSTART/EXDATE value as a datetime in Copenhagen time (system tzdata)."""
    return value.replace(tzinfo=None).replace(tzinfo=COPENHAGEN)


def expand(cal):
    """Timed occurrences [(start, end)] in local time, all-day events [(date, categories, summary)]."""
    timed, all_day = [], []
    for ev in cal.walk("VEVENT"):
        start = ev.decoded("DTSTART")
        if not isinstance(start, dt.datetime):
            all_day.append((start, str(ev.get("CATEGORIES").to_ical().decode()), str(ev["SUMMARY"])))
            continue
        start = local(start)
        length = local(ev.decoded("DTEND")) - start
        rules = rrule.rruleset()
        if "RRULE" in ev:
            rules.rrule(rrule.rrulestr(ev["RRULE"].to_ical().decode(), dtstart=start))
        else:
            rules.rdate(start)
        exdates = ev.get("EXDATE", [])
        for ex in exdates if isinstance(exdates, list) else [exdates]:
            for d in ex.dts:
                rules.exdate(local(d.dt))
        timed += [(s, s + length) for s in rules]
    return sorted(timed), sorted(all_day)


def phases_of(rules_path):
    """from_day/to_day of every [[phase]] of a rule file and the files it extends."""
    out = {}
    with open(rules_path, "rb") as f:
        doc = tomllib.load(f)
    parent = doc.get("ruleset", {}).get("extends", "")
    if parent and parent != "national":
        out.update(phases_of(os.path.join(os.path.dirname(rules_path), parent)))
    for p in doc.get("phase", []):
        out[p["id"]] = (p.get("from_day", 0), p.get("to_day"))
    return out


def iso_week(d):
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def run(cmd):
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)}: exit {r.returncode}\n{r.stderr}")
    return r.stdout


def file_name(pid):
    """The --split file name of an id, as docs/packages.md states it."""
    out = ""
    for i, b in enumerate(pid.encode("utf-8")):
        c = chr(b)
        keep = c.isascii() and (c.isalnum() or c in "-_" or (c == "." and i > 0))
        out += c if keep else f"%{b:02X}"
    return out + ".ics"


def compare(person, cal, plan, args, phases):
    """What differs between the calendar and weekly-hours for one plan ("ok" printed if nothing)."""
    problems = []
    xstart = cal.get("X-NYTTE-COURSE-START")
    xend = cal.get("X-NYTTE-COURSE-END")
    if xstart is None or xend is None:
        return ["no X-NYTTE-COURSE-START/END in the calendar"]
    start = dt.datetime.strptime(xstart.to_ical().decode()[:8], "%Y%m%d").date()
    end = dt.datetime.strptime(xend.to_ical().decode()[:8], "%Y%m%d").date()
    if start != plan["start"]:
        problems.append(f"course start {start}, the plan's {plan['start']}")
    weeks = json.loads(run([args.nytte, "weekly-hours", args.plan_file, "--rules", args.rules,
                            "--format", "json", "--from", start.isoformat(), "--to",
                            end.isoformat()]))
    wh = next((p for p in weeks if p["id"] == person), None)
    if wh is None:
        return problems + [f"weekly-hours has no '{person}'"]
    off = {d["date"] for w in wh["weeks"] for d in w["days_off"]}
    timed, all_day = expand(cal)

    # Same days and times as the plan's blocks on the course's days.
    expected, minutes_of = [], {}
    d = start
    while d <= end:
        if d.isoformat() not in off:
            for b in plan.get("block", []):
                if b["day"] != DAYS[d.weekday()]:
                    continue
                if b.get("phase"):
                    lo, hi = phases[b["phase"]]
                    n = (d - start).days
                    if n < lo or (hi is not None and n > hi):
                        continue
                expected.append((d, b["from"].strftime("%H:%M"), b["to"].strftime("%H:%M")))
                counted = b["minutes"] if "minutes" in b else round(b["hours"] * 60)
                minutes_of[expected[-1]] = minutes_of.get(expected[-1], 0) + counted
        d += dt.timedelta(days=1)
    got = [(s.date(), s.strftime("%H:%M"), e.strftime("%H:%M")) for s, e in timed]
    for o in sorted(set(got) - set(expected)):
        problems.append(f"occurrence {o[0]} {o[1]}-{o[2]} is not in the plan")
    for o in sorted(set(expected) - set(got)):
        problems.append(f"planned {o[0]} {o[1]}-{o[2]} is not in the calendar")
    if len(got) != len(set(got)):
        problems.append("an occurrence is in the calendar twice")
    for s, _ in timed:
        if s.date().isoformat() in off:
            problems.append(f"occurrence on {s.date()}, a day off weekly-hours lists")
        if s.utcoffset() != s.replace(tzinfo=None).replace(tzinfo=COPENHAGEN).utcoffset():
            problems.append(f"occurrence {s}: not in Danish time")

    # Week by week, the counted minutes weekly-hours plans.
    by_week = {}
    for o in set(got) & set(expected):
        by_week[iso_week(o[0])] = by_week.get(iso_week(o[0]), 0) + minutes_of[o]
    for w in wh["weeks"]:
        planned = w.get("planned_minutes")
        mine = by_week.get(w["week"], 0)
        if planned is None and w.get("planned") is not None:
            if abs(w["planned"] - mine / 60) > 0.006:
                problems.append(f"{w['week']}: {mine} minutes, weekly-hours plans {w['planned']} h")
        elif planned is not None and planned != mine:
            problems.append(f"{w['week']}: {mine} minutes, weekly-hours plans {planned}")

    # Conversations and phase starts, all-day events.
    talks = sorted(d for d, cat, _ in all_day if cat == "samtale")
    want = sorted(dt.date.fromisoformat(c["date"]) for c in wh["conversations"]
                  if dt.date.fromisoformat(c["date"]) <= end)
    if talks != want:
        problems.append(f"conversations {[str(t) for t in talks]}, weekly-hours "
                        f"{[str(t) for t in want]}")
    starts = sorted(d for d, cat, _ in all_day if cat == "phase")
    used = sorted({b["phase"] for b in plan.get("block", []) if b.get("phase")})
    want = sorted(start + dt.timedelta(days=phases[p][0]) for p in used
                  if start + dt.timedelta(days=phases[p][0]) <= end)
    if used and starts != want:
        problems.append(f"phase events {[str(s) for s in starts]}, phases begin {want}")
    for s in starts:
        week = next((w for w in wh["weeks"] if w["week"] == iso_week(s)), None)
        if week is not None and not week["phases"]:
            problems.append(f"phase event on {s}, weekly-hours has no phase that week")
    if not problems:
        print(f"ok: {person}: {len(timed)} occurrences from {start} to {end}, "
              f"{len(talks)} conversations, {len(starts)} phase starts, "
              f"{len(off)} days off left out")
    return problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--nytte")
    ap.add_argument("--rules")
    ap.add_argument("--start")
    ap.add_argument("--weeks")
    ap.add_argument("--until")
    ap.add_argument("--split", action="store_true")
    ap.add_argument("--hours", help="passed to build-package")
    ap.add_argument("inputs", nargs="*")
    args = ap.parse_args()
    failed = False
    if not args.nytte:
        for path in args.inputs or ["-"]:
            data = sys.stdin.buffer.read() if path == "-" else open(path, "rb").read()
            problems, cal = rfc_problems(data)
            for p in problems:
                print(f"{path}: {p}")
            failed |= bool(problems)
            if not problems:
                timed, all_day = expand(cal)
                print(f"ok: {len(cal.walk('VEVENT'))} events, {len(timed)} occurrences, "
                      f"{len(all_day)} all-day")
        sys.exit(1 if failed else 0)

    tmp = tempfile.mkdtemp(prefix="check_ics.")
    base = [args.nytte, "build-package", *args.inputs, "--rules", args.rules]
    if args.start:
        base += ["--start", args.start]
    if args.hours:
        base += ["--hours", args.hours]
    end_opts = (["--weeks", args.weeks] if args.weeks else []) + (
        ["--until", args.until] if args.until else [])
    args.plan_file = os.path.join(tmp, "plan.toml")
    run(base + ["--format", "toml", "-o", args.plan_file])
    with open(args.plan_file, "rb") as f:
        plans = tomllib.load(f).get("plan", [])
    # Ordinary paid work counts in weekly-hours' planned minutes but has no
    # times, so it is not in the calendar: compared without it.
    with open(args.plan_file) as f:
        text = re.sub(r"(?m)^ordinary_weekly_minutes = .*\n", "", f.read())
    with open(args.plan_file, "w") as f:
        f.write(text)
    if not plans:
        sys.exit("no plans: nothing to compare")
    calendars = {}
    if args.split:
        out = os.path.join(tmp, "calendars")
        run(base + end_opts + ["--format", "ics", "--split", out])
        names = sorted(os.listdir(out))
        want = sorted(file_name(p["id"]) for p in plans)
        if names != want:
            print(f"files {names}, the plans' ids give {want}")
            failed = True
        for p in plans:
            path = os.path.join(out, file_name(p["id"]))
            if os.path.exists(path):
                calendars[p["id"]] = open(path, "rb").read()
    else:
        if len(plans) != 1:
            sys.exit("more than one person: give --split")
        path = os.path.join(tmp, "calendar.ics")
        run(base + end_opts + ["--format", "ics", "-o", path])
        calendars[plans[0]["id"]] = open(path, "rb").read()
    phases = phases_of(args.rules)
    for p in plans:
        if p["id"] not in calendars:
            continue
        problems, cal = rfc_problems(calendars[p["id"]])
        if cal is not None and not problems:
            problems = compare(p["id"], cal, p, args, phases)
        for q in problems:
            print(f"{p['id']}: {q}")
        failed |= bool(problems)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
