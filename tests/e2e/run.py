#!/usr/bin/env python3
"""Runs end-to-end transcripts (tests/e2e/*.t) against the built nytte binary.

A transcript is a sequence of commands, each followed by what it must print
and the exit code it must return (see tests/e2e/README.md):

    # a comment
    $ nytte check-eligibility examples/citizens/nordfyns-49.toml \\
    >     --on 2025-09-01 --format csv
    | id,eligible,target_groups,track,required_weekly_hours
    | nordfyns-49,true,...
    ! a line of standard error
    ? 2

`|` lines are standard output, `!` lines standard error, `? N` the exit
status (0 when absent). A line ending in ` (re)` is a Python regular
expression matched against the whole line; a line that is exactly `...`
matches any number of lines, so a stream given as only `...` is not checked;
a stream with no expected lines must be empty. Commands run with bash from the project root, with `nytte` on
the PATH, NO_COLOR=1, TZ=UTC, LC_ALL=C.UTF-8, and $TMP a fresh directory of
the transcript's own.

    run.py --nytte build/cli/nytte tests/e2e/formats.t [--update]

--update rewrites the expected output of failing commands with what they
printed (check the diff before committing).

Markdown files (README.md, docs/*.md) are run too: in a ```console block a
line `$ command` (continued by `> ` lines after a `\\`) is a command and the
lines after it, up to the next `$` line or the end of the block, are what it
prints: its standard output, then its standard error, compared as one (trailing
blank lines and trailing spaces are not compared). `[exit status N]` as the
last of them gives an exit status other than 0. `...` and ` (re)` lines work
as in transcripts. The commands run as a user types them: without pipefail.
Other fenced blocks are not run, and must not show a `$ ` prompt.

    run.py --nytte build/cli/nytte README.md docs/*.md [--update]
    run.py --lint README.md docs/*.md     (only checks the blocks' form)
"""

import argparse
import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field


@dataclass
class Case:
    line: int  # 1-based line of the `$` in the transcript
    command: str
    stdout: list = field(default_factory=list)
    stderr: list = field(default_factory=list)
    status: int = 0
    first: int = 0  # index of the first transcript line of this case
    last: int = 0  # index one past the last line of this case
    markdown: bool = False  # a ```console block: stdout then stderr, no pipefail
    trailing: int = 0  # markdown: blank lines after the output, kept as they are
    indent: str = ""  # markdown: the indentation of the block


def parse(lines, path):
    cases = []
    current = None
    i = 0
    while i < len(lines):
        text = lines[i].rstrip("\n")
        if text.startswith("$ "):
            if current is not None:
                current.last = i
            current = Case(line=i + 1, command=text[2:], first=i)
            while current.command.endswith("\\") and i + 1 < len(lines) and lines[i + 1].startswith("> "):
                i += 1
                current.command += "\n" + lines[i].rstrip("\n")[2:]  # bash reads the `\` as a shell does
            cases.append(current)
        elif text.startswith(("|", "!", "?")):
            if current is None:
                sys.exit(f"{path}:{i + 1}: expected output before any command")
            body = text[2:] if len(text) > 1 and text[1] == " " else text[1:]
            if text[0] == "|":
                current.stdout.append(body)
            elif text[0] == "!":
                current.stderr.append(body)
            else:
                try:
                    current.status = int(body)
                except ValueError:
                    sys.exit(f"{path}:{i + 1}: `? {body}`: expected an exit status")
        elif text.strip() == "" or text.startswith("#"):
            if current is not None:
                current.last = i
            current = None
        else:
            sys.exit(f"{path}:{i + 1}: a line must start with $, >, |, !, ?, # or be empty")
        i += 1
    for case in cases:
        if case.last == 0:
            case.last = len(lines)
    return cases


FENCE = re.compile(r"^( *)(`{3,}|~{3,})\s*([^`\s]*)")
EXIT_STATUS = re.compile(r"^\[exit status (\d+)\]$")


def parse_markdown(lines, path):
    """The commands of the ```console blocks of a Markdown file (see the module doc)."""
    cases = []
    errors = []
    i = 0
    while i < len(lines):
        opening = FENCE.match(lines[i])
        if not opening:
            i += 1
            continue
        indent, fence, info = opening.groups()
        start = i
        i += 1
        body = []  # indices of the lines inside the block
        while i < len(lines) and not re.match(r"^ *" + re.escape(fence[0]) + "{" + str(len(fence)) + r",}\s*$", lines[i]):
            body.append(i)
            i += 1
        if i == len(lines):
            errors.append(f"{path}:{start + 1}: the block is not closed")
        i += 1

        def text(k):
            line = lines[k].rstrip("\n")
            return line[len(indent):] if line.startswith(indent) else line.lstrip(" ")

        if info != "console":
            for k in body:
                if text(k).startswith("$ "):
                    errors.append(f"{path}:{k + 1}: a block that shows a `$ ` prompt must be a ```console "
                                  "block, run by the docs test (or drop the `$` and show no output)")
                    break
            continue
        block = []
        ks = iter(body)
        for k in ks:
            line = text(k)
            if line.startswith("$ "):
                case = Case(line=k + 1, command=line[2:], first=k, last=k + 1, markdown=True)
                while case.command.endswith("\\"):
                    k = next(ks, None)
                    if k is None or not text(k).startswith("> "):
                        errors.append(f"{path}:{case.line}: a line ending in `\\` must be continued by a `> ` line")
                        break
                    case.command += "\n" + text(k)[2:]  # bash reads the `\` as a user's shell does
                    case.last = k + 1
                block.append(case)
            elif not block:
                if line.strip():
                    errors.append(f"{path}:{k + 1}: a ```console block starts with a `$ ` command")
            else:
                block[-1].stdout.append(line.rstrip())
                block[-1].last = k + 1
        for case in block:
            while case.stdout and case.stdout[-1] == "":
                case.trailing += 1
                case.stdout.pop()
            status = EXIT_STATUS.match(case.stdout[-1]) if case.stdout else None
            if status:
                case.status = int(status.group(1))
                case.stdout.pop()
            case.indent = indent
        cases += block
    return cases, errors


def line_matches(pattern, actual):
    if pattern.endswith(" (re)"):
        return re.fullmatch(pattern[:-5], actual) is not None
    return pattern == actual


def block_matches(expected, actual):
    """Whether the expected lines (with `...` wildcards) match the actual ones."""
    memo = {}

    def match(e, a):
        key = (e, a)
        if key in memo:
            return memo[key]
        if e == len(expected):
            result = a == len(actual)
        elif expected[e] == "...":
            result = any(match(e + 1, k) for k in range(a, len(actual) + 1))
        else:
            result = a < len(actual) and line_matches(expected[e], actual[a]) and match(e + 1, a + 1)
        memo[key] = result
        return result

    return match(0, 0)


def split_lines(data):
    text = data.decode("utf-8", errors="replace")
    if text.endswith("\n"):
        text = text[:-1]
    return [] if text == "" else text.split("\n")


def run_case(case, env, root):
    script = case.command if case.markdown else "set -o pipefail\n" + case.command
    proc = subprocess.run(["bash", "-c", script], cwd=root, env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
    out, err = split_lines(proc.stdout), split_lines(proc.stderr)
    streams = (("stdout", case.stdout, out), ("stderr", case.stderr, err))
    if case.markdown:
        # What a reader sees: standard output, then standard error.
        out = [l.rstrip() for l in out + err]
        while out and out[-1] == "":
            out.pop()
        err = []
        streams = (("output", case.stdout, out),)
    problems = []
    for name, expected, actual in streams:
        if not block_matches(expected, actual):
            diff = difflib.unified_diff(expected, actual, f"expected {name}", f"actual {name}", lineterm="")
            problems.append("".join(f"  {l}\n" for l in diff))
    if proc.returncode != case.status:
        problems.append(f"  exit status {proc.returncode}, expected {case.status}\n")
    return problems, out, err, proc.returncode


def rewrite(lines, case, out, err, status):
    if case.markdown:
        block = [lines[case.first]]
        k = case.first + 1
        while k < case.last and lines[k].lstrip(" ").startswith("> "):
            block.append(lines[k])
            k += 1
        block += [(case.indent + l).rstrip() + "\n" for l in out + err]
        if status != 0:
            block.append(f"{case.indent}[exit status {status}]\n")
        return block + lines[case.last - case.trailing:case.last]
    block = [lines[case.first]]
    k = case.first + 1
    while k < case.last and lines[k].startswith("> "):
        block.append(lines[k])
        k += 1
    block += [f"| {l}".rstrip() + "\n" for l in out]
    block += [f"! {l}".rstrip() + "\n" for l in err]
    if status != 0:
        block.append(f"? {status}\n")
    return block


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--nytte", help="the nytte binary to test")
    parser.add_argument("--update", action="store_true", help="rewrite failing expectations")
    parser.add_argument("--lint", action="store_true",
                        help="Markdown only: check the form of the blocks, run nothing")
    parser.add_argument("transcripts", nargs="+", help=".t transcripts or .md files")
    args = parser.parse_args()
    if not args.lint and not args.nytte:
        parser.error("--nytte is required (unless --lint)")

    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    failed = 0
    total = 0
    malformed = 0
    for path in args.transcripts:
        with open(path, encoding="utf-8") as f:
            lines = f.readlines()
        if path.endswith(".md"):
            cases, errors = parse_markdown(lines, path)
            for error in errors:
                print(f"{error}")
            malformed += len(errors)
            if args.lint:
                print(f"{path}: {len(cases)} command(s) in ```console blocks")
                continue
        elif args.lint:
            sys.exit(f"{path}: --lint reads Markdown files only")
        else:
            cases = parse(lines, path)
        with tempfile.TemporaryDirectory(prefix="nytte-e2e-") as tmp:
            bindir = os.path.join(tmp, "bin")
            os.mkdir(bindir)
            os.symlink(os.path.abspath(args.nytte), os.path.join(bindir, "nytte"))
            work = os.path.join(tmp, "work")
            os.mkdir(work)
            env = {
                "PATH": bindir + os.pathsep + os.environ.get("PATH", "/usr/bin:/bin"),
                "HOME": work,
                "TMP": work,
                "NO_COLOR": "1",
                "TZ": "UTC",
                "LC_ALL": "C.UTF-8",
            }
            replacements = []
            for case in cases:
                total += 1
                problems, out, err, status = run_case(case, env, root)
                if problems:
                    failed += 1
                    print(f"{path}:{case.line}: FAILED: $ {case.command}")
                    print("".join(problems), end="")
                    replacements.append((case, rewrite(lines, case, out, err, status)))
        if args.update and replacements and path.endswith(".md"):
            # Others may edit the prose while the commands run: read the file
            # again and replace each command's block of lines where it stands.
            with open(path, encoding="utf-8") as f:
                text = f.read()
            for case, block in replacements:
                old, new = "".join(lines[case.first:case.last]), "".join(block)
                if text.count(old) != 1:
                    print(f"{path}:{case.line}: not updated: the block changed while it ran")
                    continue
                text = text.replace(old, new)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            print(f"{path}: updated {len(replacements)} command(s)")
        elif args.update and replacements:
            for case, block in sorted(replacements, key=lambda r: -r[0].first):
                end = case.last
                # Keep comments and blank lines that follow the case.
                lines[case.first:end] = block
            with open(path, "w", encoding="utf-8") as f:
                f.writelines(lines)
            print(f"{path}: updated {len(replacements)} command(s)")
    if not args.lint:
        print(f"{total - failed} of {total} commands passed")
    return 1 if failed or malformed else 0


if __name__ == "__main__":
    if shutil.which("bash") is None:
        sys.exit("run.py needs bash")
    sys.exit(main())
