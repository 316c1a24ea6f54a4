#!/usr/bin/env python3
"""Records in = records out + records reported, over a generated CSV file.

Writes a population of N rows (default 700,000) four times: clean; with a
stray quote on row 2 that nothing closes; with stray quotes scattered over
the file; and with rows of invalid
UTF-8. Runs `nytte check-eligibility --format csv` on each, counts the rows
out and the records not read in the summary line, and checks that they add up to N.
It also checks that a runaway quote does not make the reader hold more
memory: the peak resident size of each broken run must stay within 1.5
times the clean run's (it tripled before the reader resynchronised).

    tests/tools/check_resync.py --nytte build/cli/nytte [--rows N]
"""
import argparse
import os
import random
import re
import subprocess
import sys
import tempfile


def population(rows, spoil):
    """The CSV text; spoil(i, row) may change row i (1-based)."""
    out = ["id,school_years,residence_area,danish_tests\n"]
    for i in range(1, rows + 1):
        area = '"Æblehaven 3\nRoskilde"' if i % 97 == 0 else "Syd"
        out.append(spoil(i, f"p{i},{i % 20},{area},PD1;PD2\n"))
    return "".join(out)


def run(nytte, path):
    """(rows out, errors, peak resident kB) of one run."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        p = subprocess.Popen([nytte, "check-eligibility", path, "--on", "2025-09-01",
                              "--format", "csv"], stdout=out, stderr=err)
        _, status, usage = os.wait4(p.pid, 0)
        p.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        lines = out.read().count(b"\n") - 1  # the header
        tail = err.read().decode("utf-8", "replace").strip().splitlines()
    m = re.search(r"; (\d+) records? not read$", tail[-1]) if tail else None
    if not m:
        sys.exit(f"{path}: no summary line on standard error: {tail[-1:]}")
    if p.returncode not in (0, 2):
        sys.exit(f"{path}: exit status {p.returncode}")
    return lines, int(m.group(1)), usage.ru_maxrss


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--nytte", required=True)
    ap.add_argument("--rows", type=int, default=700000)
    a = ap.parse_args()
    rng = random.Random(19)
    scattered = set(rng.sample(range(3, a.rows), 50))
    bad_bytes = set(rng.sample(range(3, a.rows), 20)) - scattered

    def stray(i, row):
        if i in scattered:  # half open a cell nothing closes, half are a quote inside a cell
            return row.replace(",Syd,", ',"Syd,' if i % 2 else ',Syd",', 1)
        return row

    def cp1252(i, row):
        return row.replace("Syd", "S\udcf8d") if i in bad_bytes else row

    cases = {
        "clean": (lambda i, row: row, 0),
        "row-2": (lambda i, row: row.replace(",Syd,", ',"Syd,') if i == 2 else row, 1),
        "scattered": (stray, None),
        "invalid-utf8": (cp1252, None),
    }
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        clean_rss = None
        for name, (spoil, want_errors) in cases.items():
            path = os.path.join(tmp, name + ".csv")
            with open(path, "w", encoding="utf-8", errors="surrogateescape") as f:
                f.write(population(a.rows, spoil))
            out, errors, rss = run(a.nytte, path)
            clean_rss = clean_rss or rss
            ok = out + errors == a.rows and (want_errors is None or errors == want_errors)
            if name != "clean" and rss > 1.5 * clean_rss:
                ok = False
            print(f"{name}: {a.rows} in, {out} out, {errors} reported, peak {rss // 1024} MB"
                  f"{'' if ok else '  FAILED'}")
            failed = failed or not ok
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
