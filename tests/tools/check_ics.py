#!/usr/bin/env python3
"""Checks an iCalendar file (RFC 5545) on standard input: CRLF line ends,
content lines folded at 75 octets, the required properties of VCALENDAR and
VEVENT, weekly recurrence, and TEXT escaping. Prints one line per finding, or
"ok" with what it counted; exit status 1 when something is wrong."""
import re
import sys

data = sys.stdin.buffer.read()
problems = []
if not data.endswith(b"\r\n"):
    problems.append("file does not end with CRLF")
raw_lines = data.split(b"\r\n")[:-1]
for n, line in enumerate(raw_lines, 1):
    if b"\n" in line or b"\r" in line:
        problems.append(f"line {n}: bare LF or CR")
    if len(line) > 75:
        problems.append(f"line {n}: {len(line)} octets (more than 75)")
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        problems.append(f"line {n}: folded inside a UTF-8 sequence")
folded = sum(1 for l in raw_lines if l.startswith(b" "))

# Unfold (RFC 5545 3.1) and parse.
text = data.decode("utf-8").replace("\r\n ", "")
lines = text.split("\r\n")[:-1]
stack, events, calendars = [], [], 0
current = None
for line in lines:
    name, _, value = line.partition(":")
    prop = name.split(";")[0]
    if prop == "BEGIN":
        stack.append((value, {}))
        if value == "VCALENDAR":
            calendars += 1
        continue
    if prop == "END":
        if not stack or stack[-1][0] != value:
            problems.append(f"END:{value} does not close {stack[-1][0] if stack else 'anything'}")
            continue
        comp, props = stack.pop()
        if comp == "VCALENDAR":
            for req in ("VERSION", "PRODID"):
                if req not in props:
                    problems.append(f"VCALENDAR without {req}")
            if props.get("VERSION") != ["2.0"]:
                problems.append("VERSION is not 2.0")
        if comp == "VEVENT":
            events.append(props)
            for req in ("UID", "DTSTAMP", "DTSTART"):
                if len(props.get(req, [])) != 1:
                    problems.append(f"VEVENT without exactly one {req}")
            for rrule in props.get("RRULE", []):
                if not rrule.startswith("FREQ=WEEKLY"):
                    problems.append(f"RRULE {rrule} is not weekly")
            if not re.fullmatch(r"\d{8}T\d{6}Z", (props.get("DTSTAMP") or [""])[0]):
                problems.append("DTSTAMP is not a UTC date-time")
            for text_prop in ("SUMMARY", "DESCRIPTION", "LOCATION"):
                for v in props.get(text_prop, []):
                    if re.search(r"(?<!\\)[,;]", v):
                        problems.append(f"{text_prop} has an unescaped , or ;: {v}")
        continue
    if stack:
        stack[-1][1].setdefault(prop, []).append(value)
if stack:
    problems.append(f"{stack[-1][0]} is not closed")
uids = [e["UID"][0] for e in events if "UID" in e]
if len(set(uids)) != len(uids):
    problems.append("UIDs are not unique")
if calendars != 1:
    problems.append(f"{calendars} VCALENDAR components")
for p in problems:
    print(p)
if problems:
    sys.exit(1)
print(f"ok: {len(events)} weekly events, {folded} folded lines")
