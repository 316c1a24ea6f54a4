#!/usr/bin/env python3
"""Checks a report written by `nytte report --format html` (standard input).

- well-formed: parses as XML (every element closed, entities escaped) and
  with Python's HTML parser;
- self-contained: no scripts, no links, no src= or url(...) to anything;
- a chart for every section: an inline <svg> with at least one bar or a
  "(no rows)" or "(no values to draw)" line (in Danish "(ingen rækker)",
  "(ingen værdier at tegne)"), and a table.
Prints one line a section; exit 1 at the first problem.
"""
import html.parser
import re
import sys
import xml.etree.ElementTree as ET

text = sys.stdin.read()
if not text.startswith("<!DOCTYPE html>"):
    sys.exit("check_html: no <!DOCTYPE html> first")
try:
    root = ET.fromstring(text[len("<!DOCTYPE html>"):])
except ET.ParseError as e:
    sys.exit(f"check_html: not well-formed: {e}")
html.parser.HTMLParser().feed(text)

for bad in (r"<script", r"<link", r"\bsrc=", r"url\(", r"@import", r"https?://(?!www\.w3\.org/2000/svg)"):
    if re.search(bad, text):
        sys.exit(f"check_html: external resource or script: {bad}")

SVG = "{http://www.w3.org/2000/svg}"
sections = [s for s in root.iter("section") if s.get("id") != "notes"]
if not sections:
    sys.exit("check_html: no sections")
for s in sections:
    svg = s.find(f".//{SVG}svg")
    if svg is None:
        sys.exit(f"check_html: section {s.get('id')} has no chart")
    bars = len(svg.findall(f"{SVG}rect"))
    empty = any((t.text or "") in ("(no rows)", "(no values to draw)",
                                   "(ingen rækker)", "(ingen værdier at tegne)")
                for t in svg.iter(f"{SVG}text"))
    if bars == 0 and not empty:
        sys.exit(f"check_html: the chart of section {s.get('id')} has no bars")
    tables = s.findall("table")
    if not tables:
        sys.exit(f"check_html: section {s.get('id')} has no table")
    print(f"{s.get('id')}: chart with {bars} bars, {len(tables)} tables")
