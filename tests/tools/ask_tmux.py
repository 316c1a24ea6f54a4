#!/usr/bin/env python3
"""Runs one interview under a real terminal: tmux, keys sent, the pane read.

It starts `nytte check-eligibility --ask --rules aarhus` (LC_ALL=da_DK.UTF-8) in a
detached tmux session of 120x40, waits for each question to appear (polling
capture-pane, with a timeout), types the answer, gives one impossible date
that must be refused and asked again, and checks that the pane shows the
Danish questions and the decision at the end.

    ask_tmux.py --nytte build/cli/nytte
"""

import argparse
import os
import shlex
import subprocess
import sys
import tempfile
import time

TIMEOUT = 20.0


def tmux(*args, check=True):
    return subprocess.run(["tmux", *args], capture_output=True, text=True, check=check).stdout


def pane(session):
    return tmux("capture-pane", "-p", "-J", "-S", "-200", "-t", session)


def wait_for(session, text, after=0):
    """Waits until `text` is on the pane past its first `after` characters."""
    deadline = time.time() + TIMEOUT
    while time.time() < deadline:
        p = pane(session)
        if text in p[after:]:
            return p
        time.sleep(0.1)
    raise SystemExit(f"timed out waiting for {text!r}; the pane:\n{pane(session)}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--nytte", required=True)
    args = ap.parse_args()
    nytte = os.path.abspath(args.nytte)
    session = f"nytte-ask-{os.getpid()}"
    with tempfile.TemporaryDirectory() as tmp:
        done = os.path.join(tmp, "done")
        command = (f"LC_ALL=da_DK.UTF-8 {shlex.quote(nytte)} check-eligibility --ask --rules aarhus --on 2025-09-01 "
                   f"; echo \"exit=$?\" > {shlex.quote(done)}; sleep 30")
        tmux("-f", "/dev/null", "new-session", "-d", "-x", "120", "-y", "40", "-s", session,
             "env", "NO_COLOR=1", "TERM=xterm", "bash", "--norc", "-c", command)
        try:
            steps = [
                ("Hvilken ydelse modtager borgeren nu? (benefit)", "1"),
                ("lovligt ophold i Danmark? (residence_years_last_10)", "10"),
                ("Hvornår indrejste borgeren første gang i Danmark? (first_entry_date)",
                 "2021-02-30"),
                ("er ikke en dag: februar 2021 har 28 dage", "2021-02-28"),
            ]
            seen = 0
            for text, answer in steps:
                p = wait_for(session, text, seen)
                seen = len(p.rstrip())
                tmux("send-keys", "-t", session, "-l", answer)
                tmux("send-keys", "-t", session, "Enter")
            # Whatever else it asks: answer "ved ikke" until it decides.
            deadline = time.time() + TIMEOUT
            while not os.path.exists(done) and time.time() < deadline:
                p = pane(session)
                if p.rstrip().endswith(">"):
                    tmux("send-keys", "-t", session, "-l", "ved ikke")
                    tmux("send-keys", "-t", session, "Enter")
                    time.sleep(0.3)
                time.sleep(0.1)
            final = pane(session)
            status = open(done).read().strip() if os.path.exists(done) else "not finished"
        finally:
            tmux("kill-session", "-t", session, check=False)
    failures = []
    for expected in ["Svar \"ved ikke\"", "1) kontanthjaelp – kontanthjælp",
                     "Hvornår indrejste borgeren første gang i Danmark? (first_entry_date)",
                     "Ikke godtaget: 2021-02-30 er ikke en dag", "aarhus"]:
        if expected not in final:
            failures.append(f"the pane lacks {expected!r}")
    if final.count("(first_entry_date)") < 2:
        failures.append("the refused date was not asked again")
    if status not in ("exit=0",):
        failures.append(f"nytte ended with {status}")
    if failures:
        print(final)
        for f in failures:
            print("FAIL:", f, file=sys.stderr)
        return 1
    print("the interview ran under tmux:", status)
    return 0


if __name__ == "__main__":
    sys.exit(main())
