#!/usr/bin/env python3
"""--help in Danish, every command at any depth (the tree walked from the
English `nytte --help` down):

- no page of `nytte --lang da [SUB...] --help` shows an English word of a
  short list: CLI11's own labels and the flags it adds ("Usage:",
  "OPTIONS", "Print this help message"), its value names (FILE, DATE,
  UINT), the headings of the footers ("Examples:", "Exit status") and the
  small English words every English page has ("the", "and", "default");
- `nytte --lang da help SUB...` prints the same page, and so does
  `LC_ALL=da_DK.UTF-8 nytte SUB... --help`;
- each Danish page lists the options of the English one, no more, no less
  (the man pages and completions are made from the English, and
  tests/tools/check_generated.py compares those).

The check checks itself: every English page must fail it.

usage: check_help_language.py --nytte build/cli/nytte
"""
import argparse
import os
import re
import subprocess
import sys

# Whole lines' pieces CLI11 writes, and the headings of the footers.
LABELS = [
    "Usage:", "[OPTIONS]", "OPTIONS", "Options:", "Positionals:", "Subcommands:",
    "SUBCOMMAND", "REQUIRED", "Needs:", "Excludes:", "Env:", "Print this help message",
    "Display program version", "Examples:", "Exit status",
]
# Value names, as whole words (NYTTE_RULES_PATH is not PATH).
VALUE_NAMES = [
    "FILE", "DATE", "DIR", "YEAR", "FIELD", "WHEN", "TEXT", "UINT", "INT", "FLOAT",
    "COMMAND", "RULE_SET", "INPUT", "PATH",
]
# Words of English text that are no Danish word, matched as whole words
# outside quotes, option names, paths and codes.
WORDS = {
    "the", "and", "with", "of", "is", "are", "or", "default", "print", "write",
    "output", "every", "which", "how", "week", "weeks", "people", "file", "files",
    "examples", "usage", "options", "exit", "required", "message", "given",
    "inputs", "paths", "command",
}


def run(args, env=None):
    e = dict(os.environ, LC_ALL="C.UTF-8", NO_COLOR="1")
    e.pop("LANGUAGE", None)
    e.update(env or {})
    p = subprocess.run(args, capture_output=True, text=True, env=e)
    return p.stdout, p.returncode


def subcommands(text, heading):
    out, inside = [], False
    for line in text.splitlines():
        if re.match(r"^\S.*:$", line):
            inside = line == heading + ":"
        elif inside and line.startswith("  ") and not line.startswith("   "):
            out.append(line.split()[0])
        elif not line.strip():
            inside = False
    return out


def options(text):
    """The option names of a page: the first column of lines like '  -o,--output FILE'."""
    out = set()
    for line in text.splitlines():
        if line.startswith("  -"):
            out.update(line.split()[0].split(","))
    return out


def english_left(text):
    """What of the lists the page shows."""
    found = [label for label in LABELS if label in text]
    found += [v for v in VALUE_NAMES if re.search(r"(?<![\w/])" + v + r"(?![\w])", text)]
    # Quoted text (doc headings, a jq program), [[tables]] and codes are not prose.
    prose = re.sub(r"\[\[[^\]]*\]\]", " ", text)
    prose = re.sub(r"(?<!\w)'[^'\n]*'(?!\w)", " ", prose)
    prose = re.sub(r'"[^"\n]*"', " ", prose)
    for token in re.findall(r"[^\s,;:()\[\]{}]+", prose):
        if re.search(r"[-/.=_<>~$|*'\"0-9@]", token):
            continue
        if token.lower() in WORDS:
            found.append(token)
    return sorted(set(found))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--nytte", required=True)
    nytte = ap.parse_args().nytte
    failures = []

    def fail(msg):
        failures.append(msg)
        print("FAIL: " + msg)

    todo, pages = [[]], 0
    while todo:
        path = todo.pop(0)
        name = " ".join(["nytte"] + path)
        english, _ = run([nytte] + path + ["--help"])
        danish, rc = run([nytte, "--lang", "da"] + path + ["--help"])
        todo.extend(path + [s] for s in subcommands(english, "Subcommands"))
        pages += 1
        if rc != 0 or not danish:
            fail(f"{name} --lang da --help: exit {rc}")
            continue
        left = english_left(danish)
        if left:
            fail(f"{name}: English in the Danish --help: {', '.join(left)}")
        if not english_left(english):
            fail(f"{name}: the English --help passes the check, which then proves nothing")
        help_page, _ = run([nytte, "--lang", "da", "help"] + path)
        if help_page != danish:
            fail(f"nytte --lang da help {' '.join(path)} differs from {name} --lang da --help")
        by_locale, _ = run([nytte] + path + ["--help"], {"LC_ALL": "da_DK.UTF-8"})
        if by_locale != danish:
            fail(f"LC_ALL=da_DK.UTF-8 {name} --help differs from --lang da")
        if options(danish) != options(english):
            fail(f"{name}: Danish options {sorted(options(danish) ^ options(english))} "
                 "differ from the English page's")
    if pages < 8:
        fail(f"only {pages} commands found")
    print(f"{pages} commands, their Danish --help checked")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
