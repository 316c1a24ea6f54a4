#!/usr/bin/env python3
"""Checks `nytte report --format csv --csv-layout table` against the text report.

The table form must show each table of the text report, in its order, with
the same header, the same rows and the same cells: every number equal to
the text's (written without thousands separators, with a decimal comma
under --csv-sep ';'), every hidden figure ("<5", "x") hidden the same way,
so that the table form never shows a figure the text hides. It must parse
with Python's csv module, every row of a table as wide as its header, and
with --csv-bom start with one UTF-8 byte-order mark and hold no other.

Usage: check_report_table.py --nytte BIN REPORT-ARGS...
  (REPORT-ARGS: the population, --rules, --on, --compare, ... as for report)
"""
import argparse
import csv
import io
import re
import subprocess
import sys

BOM = b"\xef\xbb\xbf"
FAILS = []


def fail(msg):
    FAILS.append(msg)


def run(cmd):
    p = subprocess.run(cmd, capture_output=True)
    if p.returncode != 0:
        sys.exit(f"{' '.join(cmd)}: exit {p.returncode}\n{p.stderr.decode()}")
    return p.stdout


def split_cells(line):
    """An aligned line of the text report, cut where two spaces or more are."""
    return re.split(r"\s{2,}", line.strip())


def text_tables(text):
    """The text report's tables in order: (section, title, header, rows); the
    header is None for a table printed one block a row (too wide), whose
    rows' cells after the label are (column title, value) pairs."""
    lines = text.split("\n")
    tables, section, i = [], None, 0
    while i < len(lines):
        line = lines[i]
        m = re.fullmatch(r"== (.*) ==", line)
        if m:
            section = m.group(1)
            while i < len(lines) and lines[i] != "":  # the section's intro
                i += 1
            continue
        if section is None or line in ("", "Notes") or line.startswith(" "):
            i += 1
            continue
        title, body = line, []
        i += 1
        while i < len(lines) and lines[i].startswith("  "):
            body.append(lines[i])
            i += 1
        tables.append((section, title) + parse_body(body))
    return tables


def parse_body(body):
    if body and body[0].strip() == "(none)":
        return None, []
    rule = next((k for k, l in enumerate(body) if re.fullmatch(r" *-[- ]*", l)), None)
    if rule is not None:  # a table: the header above the rule, a row a line below
        header = split_cells(body[rule - 1])
        rows = []
        for l in body[rule + 1 :]:
            cells = split_cells(l)
            if len(cells) != len(header):
                break  # the table's note
            rows.append(cells)
        return header, rows
    rows, label = [], []
    for l in body:  # one block a row: its label, then "    column  value" lines
        if l.startswith("    "):
            if label:
                rows.append([" ".join(label)])
                label = []
            rows[-1].append(tuple(split_cells(l)))
        else:
            label.append(l.strip())
    return None, rows


def table_blocks(data, sep):
    """The table form's blocks (separated by empty rows): the preamble, each
    table (title row, header row, rows), and the notes."""
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline=""), delimiter=sep))
    blocks, cur = [], []
    for r in rows:
        if r:
            cur.append(r)
        elif cur:
            blocks.append(cur)
            cur = []
    if cur:
        blocks.append(cur)
    return blocks


def text_value(v):
    if v == "–":
        return ""
    if re.fullmatch(r"-?[\d,]+(\.\d+)?( %)?", v):
        v = v.replace(",", "").replace(" %", "%")
    return v


def table_value(v, sep):
    if sep == ";" and re.fullmatch(r"-?\d+(,\d+)?%?", v):
        v = v.replace(",", ".")
    return v


def compare(tables, blocks, sep, what):
    cells = 0
    if not blocks or blocks[0][0] != ["nytte report"]:
        fail(f"{what}: does not start with the report's title")
    body = blocks[1:]
    if body and body[-1][0] == ["Notes"]:
        body = body[:-1]
    if len(body) != len(tables):
        fail(f"{what}: {len(body)} tables, the text report has {len(tables)}")
    for block, (section, title, header, rows) in zip(body, tables):
        name = f"{what}: {section} – {title}"
        if block[0] != [f"{section} – {title}"]:
            fail(f"{name}: title row {block[0]}")
        if len(block) < 2:
            fail(f"{name}: no header row")
            continue
        head, data = block[1], block[2:]
        for k, r in enumerate(data):
            if len(r) != len(head):
                fail(f"{name}: row {k + 1} has {len(r)} cells, the header {len(head)}")
        if not rows:
            if data != [["(none)"] + [""] * (len(head) - 1)]:
                fail(f"{name}: the text shows (none), the table {data}")
            continue
        if header is not None:
            for c, (t, h) in enumerate(zip(header, head)):
                if h != t and not h.startswith(t + " "):  # the date of a column, with two
                    fail(f"{name}: column {c} is '{h}', the text's '{t}'")
        if len(data) != len(rows):
            fail(f"{name}: {len(data)} rows, the text {len(rows)}")
        for trow, crow in zip(rows, data):
            label = trow[0]
            if not (crow[0] == label or (label.endswith("…") and crow[0].startswith(label[:-1]))):
                fail(f"{name}: row '{crow[0]}' where the text has '{label}'")
            for c, tv in enumerate(trow[1:], start=1):
                if header is None:  # (column title, value)
                    col, tv = tv
                    if head[c] != col:
                        fail(f"{name}: column {c} is '{head[c]}', the text's '{col}'")
                cv = crow[c] if c < len(crow) else None
                cells += 1
                if cv is None or table_value(cv, sep) != text_value(tv):
                    fail(f"{name}, row '{label}', column '{head[c]}': '{cv}', the text '{tv}'")
    return cells


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--nytte", required=True)
    args, report_args = ap.parse_known_args()
    base = [args.nytte, "report", *report_args]
    tables = text_tables(run(base + ["--format", "text"]).decode("utf-8"))
    cells = 0
    for sep in (",", ";"):
        table = base + ["--format", "csv", "--csv-layout", "table", "--csv-sep", sep]
        plain = run(table)
        if plain.startswith(BOM):
            fail(f"--csv-sep '{sep}': a byte-order mark without --csv-bom")
        with_bom = run(table + ["--csv-bom"])
        if not with_bom.startswith(BOM) or BOM in with_bom[3:]:
            fail(f"--csv-sep '{sep}' --csv-bom: not one byte-order mark at the start")
        if with_bom[3:] != plain:
            fail(f"--csv-sep '{sep}': --csv-bom changes more than the first three bytes")
        cells += compare(tables, table_blocks(plain, sep), sep, f"--csv-sep '{sep}'")
    for f in FAILS[:20]:
        print(f)
    print(f"check_report_table: {len(tables)} tables, {cells} cells compared, {len(FAILS)} problems")
    sys.exit(1 if FAILS else 0)


if __name__ == "__main__":
    main()
