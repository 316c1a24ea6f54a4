#!/usr/bin/env python3
"""Runs one nytte binary over a fixed list of commands on the shipped examples
and writes what each printed (standard output, standard error, exit status,
files it wrote) to a directory, so that two binaries can be compared:

    tests/tools/golden_commands.py --nytte OLD/nytte before/
    tests/tools/golden_commands.py --nytte NEW/nytte after/
    diff -r before after      # no output: every byte the same

Every subcommand, every format, every rule set's examples, the Aarhus
population, plan files, attendance logs, the holidays and the messages of bad
dates and options. Run from the root of the repository.
"""
import argparse
import os
import shutil
import subprocess
import sys

RULES = {
    "aarhus": "rules/aarhus.toml",
    "greve": "rules/greve.toml",
    "koebenhavn": "rules/koebenhavn.toml",
    "national": "rules/national.toml",
    "nordfyns": "rules/nordfyns.toml",
    "roskilde": "rules/roskilde.toml",
    "fsm2": "rules/flere_skal_med_2.toml",
}
POP = "examples/population/aarhus-2000.csv"
PLAN = "examples/plans/nordfyns-49.toml"
LOG = "examples/attendance/nordfyns-49.csv"


def citizens():
    d = "examples/citizens"
    for name in sorted(os.listdir(d)):
        yield os.path.join(d, name), RULES[name.split("-")[0]]


def commands():
    """(name, argv) pairs; OUT in argv is replaced by the case's directory."""
    out = []
    for path, rules in citizens():
        base = os.path.basename(path)[:-5]
        for f in ["text", "json", "jsonl", "csv"]:
            out.append((f"ce-{base}-{f}", ["check-eligibility", path, "--rules", rules,
                                           "--on", "2025-09-01", "--format", f]))
        out.append((f"ce-{base}-explain", ["check-eligibility", path, "--rules", rules,
                                           "--on", "2025-09-01", "--explain", "--format", "json"]))
        out.append((f"ce-{base}-explain-text", ["check-eligibility", path, "--rules", rules,
                                                "--on", "2025-09-01", "--explain"]))
        for f in ["text", "json", "csv", "toml", "ics"]:
            out.append((f"bp-{base}-{f}", ["build-package", path, "--rules", rules,
                                           "--start", "2025-09-01", "--format", f]))
        out.append((f"bp-{base}-csvsemi", ["build-package", path, "--rules", rules,
                                           "--start", "2025-09-01", "--format", "csv",
                                           "--csv-sep", ";"]))
        out.append((f"bp-{base}-hours", ["build-package", path, "--rules", rules,
                                         "--start", "2025-09-01", "--hours", "20"]))
        for f in ["text", "json", "csv"]:
            out.append((f"wh-{base}-{f}", ["weekly-hours", path, "--rules", rules,
                                           "--weeks", "6", "--format", f]))
            out.append((f"wh-{base}-from-{f}", ["weekly-hours", path, "--rules", rules,
                                                "--from", "2025-12-15", "--to", "2026-01-11",
                                                "--format", f]))
    # The population, every format.
    a = RULES["aarhus"]
    for f in ["text", "json", "jsonl", "csv"]:
        out.append((f"ce-pop-{f}", ["check-eligibility", POP, "--rules", a,
                                    "--on", "2025-09-01", "--format", f]))
    out.append(("ce-pop-two-rules", ["check-eligibility", POP, "--rules", a, "--rules",
                                     RULES["national"], "--on", "2025-09-01", "--format", "csv"]))
    out.append(("ce-pop-q", ["check-eligibility", "-q", POP, "--rules", a, "--on", "2025-09-01"]))
    for f in ["text", "json", "csv", "toml"]:
        out.append((f"bp-pop-{f}", ["build-package", POP, "--rules", a, "--start", "2025-09-01",
                                    "--format", f, "--shortfalls", "OUT/shortfalls.csv"]))
    out.append(("bp-pop-noseats", ["build-package", POP, "--rules", a, "--start", "2025-09-01",
                                   "--no-seat-limits", "--format", "json"]))
    out.append(("bp-pop-q", ["build-package", "-q", POP, "--rules", a, "--start", "2025-09-01"]))
    out.append(("bp-greve30-split", ["build-package", "tests/data/packages/greve-30-unge.csv",
                                     "--rules", RULES["greve"], "--start", "2025-09-01",
                                     "--format", "ics", "--weeks", "13", "--split", "OUT/cal"]))
    out.append(("bp-greve-until", ["build-package", "examples/citizens/greve-nyledig.toml",
                                   "--rules", RULES["greve"], "--start", "2025-09-01",
                                   "--format", "ics", "--until", "2025-12-19"]))
    out.append(("bp-pop-plan-o", ["build-package", POP, "--rules", a, "--start", "2025-09-01",
                                  "--format", "toml", "-o", "OUT/plans.toml"]))
    for f in ["text", "json", "csv"]:
        out.append((f"wh-pop-{f}", ["weekly-hours", POP, "--rules", a, "--weeks", "8",
                                    "--format", f, "--shortfalls", "OUT/short.csv"]))
        out.append((f"wh-plan-{f}", ["weekly-hours", PLAN, "--rules", RULES["nordfyns"],
                                     "--attendance", LOG, "--format", f]))
        out.append((f"wh-plan-from-{f}", ["weekly-hours", PLAN, "--rules", RULES["nordfyns"],
                                          "--attendance", LOG, "--from", "2025-09-01",
                                          "--to", "2025-10-31", "--format", f]))
        out.append((f"wh-holidays-{f}", ["weekly-hours", "--holidays", "2026", "--rules",
                                         "tests/data/hours-rules/closing.toml", "--format", f]))
        out.append((f"wh-jobpakke-{f}", ["weekly-hours", "tests/data/plans/aarhus-jobpakke-v1.toml",
                                         "--rules", a, "--from", "2025-09-08", "--weeks", "3",
                                         "--format", f]))
    out.append(("wh-plan-csvsemi", ["weekly-hours", PLAN, "--rules", RULES["nordfyns"],
                                    "--attendance", "tests/data/attendance/nordfyns-49-dansk.csv",
                                    "--format", "csv", "--csv-sep", ";"]))
    out.append(("wh-holidays-semi", ["weekly-hours", "--holidays", "2025", "--format", "csv",
                                     "--csv-sep", ";"]))
    out.append(("wh-errors", ["weekly-hours", PLAN, "--rules", RULES["nordfyns"], "--attendance",
                              "tests/data/attendance/with-errors.csv", "--weeks", "2"]))
    out.append(("wh-wednesday", ["weekly-hours", "tests/data/attendance/wednesday-start.toml",
                                 "--weeks", "2", "--format", "json"]))
    out.append(("wh-fail-under", ["weekly-hours", "-q", PLAN, "--rules", RULES["nordfyns"],
                                  "--attendance", LOG, "--fail-under"]))
    # The report, every format (two dates too).
    for f in ["text", "markdown", "csv", "json", "html"]:
        out.append((f"rep-{f}", ["report", POP, "--rules", a, "--on", "2025-09-01",
                                 "--format", f]))
    out.append(("rep-compare", ["report", POP, "--rules", a, "--on", "2025-09-01",
                                "--compare", "2024-06-01", "--format", "json"]))
    # validate, every format.
    for f in ["text", "json", "junit", "github"]:
        out.append((f"val-rules-{f}", ["validate", "rules", "--format", f]))
        out.append((f"val-bad-{f}", ["validate", "tests/data/bad-rules", "--format", f]))
        out.append((f"val-warn-{f}", ["validate", "tests/data/warn-rules", "--strict",
                                      "--format", f]))
    out.append(("val-verbose", ["validate", "rules", "-v"]))
    # Bad dates and options: the messages.
    bad = "2025-13-01"
    out += [
        ("err-on", ["check-eligibility", PLAN, "--on", bad]),
        ("err-start", ["build-package", "examples/citizens/nordfyns-49.toml", "--rules",
                       RULES["nordfyns"], "--start", bad]),
        ("err-bp-on", ["build-package", "examples/citizens/nordfyns-49.toml", "--rules",
                       RULES["nordfyns"], "--on", "x"]),
        ("err-until", ["build-package", "examples/citizens/nordfyns-49.toml", "--rules",
                       RULES["nordfyns"], "--format", "ics", "--until", bad]),
        ("err-from", ["weekly-hours", PLAN, "--rules", RULES["nordfyns"], "--from", bad]),
        ("err-to", ["weekly-hours", PLAN, "--rules", RULES["nordfyns"], "--to", "soon"]),
        ("err-to-before", ["weekly-hours", PLAN, "--rules", RULES["nordfyns"], "--from",
                           "2025-09-10", "--to", "2025-09-01"]),
        ("err-rep-on", ["report", POP, "--rules", a, "--on", bad]),
        ("err-rep-compare", ["report", POP, "--rules", a, "--on", "2025-09-01",
                             "--compare", bad]),
        ("err-hours", ["build-package", "examples/citizens/nordfyns-49.toml", "--hours", "x"]),
        ("err-weeks-until", ["build-package", "examples/citizens/nordfyns-49.toml", "--format",
                             "ics", "--weeks", "3", "--until", "2025-10-01"]),
        ("err-holidays", ["weekly-hours", "--holidays", "1800"]),
        ("err-sep", ["weekly-hours", "--holidays", "2025", "--csv-sep", "x", "--format", "csv"]),
    ]
    for cmd in ["check-eligibility", "build-package", "weekly-hours", "report", "validate"]:
        out.append((f"help-{cmd}", [cmd, "--help"]))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--nytte", required=True, help="the binary to run")
    ap.add_argument("out", help="directory to write the outputs to (replaced)")
    ap.add_argument("-k", "--only", help="run only the cases whose name holds this")
    args = ap.parse_args()
    nytte = os.path.abspath(args.nytte)
    shutil.rmtree(args.out, ignore_errors=True)
    os.makedirs(args.out)
    env = dict(os.environ, NYTTE_PROGRESS="never", TZ="Europe/Copenhagen", LC_ALL="C.UTF-8")
    for name, argv in commands():
        if args.only and args.only not in name:
            continue
        case = os.path.join(args.out, name)
        os.makedirs(case)
        argv = [a.replace("OUT", case) for a in argv]
        r = subprocess.run([nytte] + argv, capture_output=True, env=env)
        rel = os.path.relpath(case)
        with open(os.path.join(case, "stdout"), "wb") as f:
            f.write(r.stdout)
        with open(os.path.join(case, "stderr"), "wb") as f:
            f.write(r.stderr.replace(case.encode(), b"OUT").replace(rel.encode(), b"OUT"))
        with open(os.path.join(case, "status"), "w") as f:
            f.write(f"{r.returncode}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
