#!/usr/bin/python3
"""Checks that SIGINT, SIGTERM and SIGHUP during a run with -o leave nothing.

  check_signals.py [--nytte BIN] DIR

For each signal: starts `nytte check-eligibility - --format jsonl -o DIR/out.jsonl`
and feeds it a population on standard input (the 2,000 people of
examples/population/aarhus-2000.csv, ten times over) while keeping the pipe
open, so that the run is in the middle of its output: the temporary file
beside out.jsonl exists and holds part of the result. Then sends the signal
and checks that nytte ended by that signal (as a shell expects: 130, 143,
129), that no `.tmp-*` file is left in DIR and that no out.jsonl appeared.
Prints one line a signal; exits 1 on the first failure.
"""

import argparse
import os
import signal
import subprocess
import sys
import time


def population(copies):
    with open("examples/population/aarhus-2000.csv", encoding="utf-8") as f:
        header, *rows = f.read().splitlines()
    lines = [header]
    for k in range(copies):
        lines += [f"c{k}-{row}" for row in rows]  # ids stay unique
    return ("\n".join(lines) + "\n").encode()


def temporaries(directory):
    return sorted(n for n in os.listdir(directory) if ".tmp-" in n)


def fail(message):
    print(f"FAIL: {message}")
    sys.exit(1)


def run_one(nytte, directory, sig, data):
    out = os.path.join(directory, "out.jsonl")
    proc = subprocess.Popen(
        [nytte, "check-eligibility", "-", "--input-format", "csv", "--on", "2025-09-01",
         "--format", "jsonl", "-o", out],
        stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    proc.stdin.write(data)
    proc.stdin.flush()  # the pipe stays open: nytte waits for more, mid-run
    deadline = time.monotonic() + 60
    while True:  # until part of the result is in the temporary file
        tmp = temporaries(directory)
        if tmp and os.path.getsize(os.path.join(directory, tmp[0])) > 0:
            break
        if proc.poll() is not None:
            fail(f"{sig.name}: nytte ended (status {proc.returncode}) before the signal")
        if time.monotonic() > deadline:
            proc.kill()
            fail(f"{sig.name}: no temporary output file appeared")
        time.sleep(0.02)
    size = os.path.getsize(os.path.join(directory, tmp[0]))
    proc.send_signal(sig)
    proc.wait(timeout=60)
    proc.stdin.close()
    if proc.returncode != -sig:
        fail(f"{sig.name}: status {proc.returncode}, expected death by the signal")
    left = temporaries(directory)
    if left:
        fail(f"{sig.name}: left {left}")
    if os.path.exists(out):
        fail(f"{sig.name}: {out} appeared")
    if size < 65536:
        fail(f"{sig.name}: only {size} bytes written before the signal")
    print(f"{sig.name}: ended by the signal mid-run, with part of the result written; "
          "no temporary file left, no output file")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nytte", default="nytte")
    ap.add_argument("dir")
    a = ap.parse_args()
    data = population(10)
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        run_one(a.nytte, a.dir, sig, data)


if __name__ == "__main__":
    main()
