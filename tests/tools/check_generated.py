#!/usr/bin/env python3
"""The man pages and shell completions that the build writes (cli/generate.h)
against what --help says, command by command, so that they cannot drift:

- every option and positional that `nytte [SUB...] --help` lists is in the
  command's man page (OPTIONS) and in each completion script, and nothing
  else is; there is a page for each command and no other; the files are what
  the binary writes now (not stale);
- every page renders with `groff -man -Tutf8 -ww` without a warning, and
  with `man -l`;
- bash loads the completion and completes subcommands, options, --format's
  values (as --help lists them) and --rules; zsh and fish parse theirs
  (`zsh -n`, `fish -n`) and fish completes the same values.

A shell that is not installed is skipped with a message
(scripts/install-deps.sh installs them all).

usage: check_generated.py --nytte build/cli/nytte --generated build/generated
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

failures = []


def fail(msg):
    failures.append(msg)
    print("FAIL: " + msg)


def run(args, **kw):
    return subprocess.run(args, capture_output=True, text=True, **kw)


# --- what --help says --------------------------------------------------------

def parse_choices(desc):
    """'{text,json}' or "{',',';'}" as cli/command_tree.cc reads them."""
    out = []
    for m in re.finditer(r"'([^']*)'|([^,]+)", desc):
        out.append(m.group(1) if m.group(1) is not None else m.group(2))
    return out


class Command:
    def __init__(self, path):
        self.path = path  # ["nytte", "rules", "show"]
        self.options = set()  # "-o", "--output"
        self.positionals = []  # (name, type)
        self.subcommands = []
        self.choices = {}  # "--format" -> ["text", ...]

    @property
    def name(self):
        return " ".join(self.path)

    @property
    def page(self):
        return "-".join(self.path)

    def positional_labels(self):
        """As the man page labels them: the type, else the name."""
        out = []
        for name, typ in self.positionals:
            t = typ.rstrip(".")
            out.append(name if t in ("", "TEXT", "REQUIRED") else t)
        return out


def parse_help(nytte, path):
    text = run([nytte] + path[1:] + ["--help"]).stdout
    cmd = Command(path)
    section = None
    for line in text.splitlines():
        if re.match(r"^\S.*:$", line):
            section = line[:-1]
            continue
        if not line.startswith("  ") or line.startswith("   "):
            if not line.strip():
                section = None
            continue
        body = line[2:]
        if section == "Subcommands":
            cmd.subcommands.append(body.split()[0])
        elif section == "Positionals":
            parts = body.split()
            cmd.positionals.append((parts[0], parts[1] if len(parts) > 1 else ""))
        elif section is not None and body.startswith("-"):  # Options or another group
            head = body.split()
            names = head[0].split(",")
            cmd.options.update(names)
            if len(head) > 1:
                m = re.search(r":\{(.*?)\}(?::|$)", head[1])
                if m:
                    for n in names:
                        cmd.choices[n] = parse_choices(m.group(1))
    return cmd


def command_tree(nytte):
    out = []
    todo = [["nytte"]]
    while todo:
        path = todo.pop(0)
        cmd = parse_help(nytte, path)
        out.append(cmd)
        todo.extend(path + [s] for s in cmd.subcommands)
    return out


# --- what the generated files say --------------------------------------------

def roff_plain(s):
    return s.replace("\\-", "-").replace("\\e", "\\")


def man_options(page_text):
    """The option names and positional labels of the OPTIONS section."""
    names, labels = set(), []
    m = re.search(r"^\.SH OPTIONS\n(.*?)(?=^\.SH |\Z)", page_text, re.S | re.M)
    if not m:
        return None, None
    lines = m.group(1).splitlines()
    for i, line in enumerate(lines):
        if line != ".TP" or i + 1 >= len(lines):
            continue
        tag = lines[i + 1]
        if tag.startswith("\\fB"):
            names.update(roff_plain(n) for n in re.findall(r"\\fB(.*?)\\fR", tag))
        else:
            labels.extend(roff_plain(n) for n in re.findall(r"\\fI(.*?)\\fR", tag)[:1])
    return names, labels


def bash_tables(text):
    tables = {}
    for name, body in re.findall(r"declare -gA (\w+)=\(\n(.*?)^\)", text, re.S | re.M):
        tables[name] = dict(re.findall(r"^  \['([^']*)'\]='([^']*)'$", body, re.M))
    return tables


def zsh_functions(text):
    """'nytte check-eligibility' -> (options, positional names, subcommands)."""
    out = {}
    for name, body in re.findall(r"^# (nytte[^\n]*)\n_nytte_cmd_\w+\(\) \{\n(.*?)^\}", text, re.S | re.M):
        options, positionals, subs = set(), [], []
        for line in body.splitlines():
            line = line.strip().rstrip("\\").strip()
            m = re.match(r"^'(\*|\([^)]*\))'(\{[^}]*\}|[^'\[]+)'\[", line)
            if m:
                for n in m.group(2).strip("{}").split(","):
                    options.add(n.rstrip("+="))
                continue
            m = re.match(r"^'(\*|\d+):(:?)([^:]*):(.*)'$", line)
            if m:
                if not m.group(4).startswith("->"):  # not the subcommand's state
                    positionals.append(m.group(3))
                continue
            m = re.match(r"^'([^':]+):.*'$", line)
            if m and "subcommands=(" in body:
                subs.append(m.group(1))
        out[name] = (options, positionals, subs)
    return out


def fish_blocks(text):
    out = {}
    for line in text.splitlines():
        m = re.match(r"^complete -c nytte -n '__nytte_is ([^']*)'(.*)$", line)
        if not m:
            continue
        options, positionals, subs = out.setdefault(m.group(1), (set(), [], []))
        rest = m.group(2)
        for kind, n in re.findall(r"(?:^| )-([sl]) (\S+)", rest):
            options.add(("-" if kind == "s" else "--") + n)
        sub = re.match(r"^ -a '([^']*)' -d ", rest)
        if sub and " -s " not in rest and " -l " not in rest:
            subs.append(sub.group(1))
    current = None
    for line in text.splitlines():
        m = re.match(r"^# (nytte.*)$", line)
        if m:
            current = m.group(1)
        m = re.match(r"^# positional (\S+)$", line)
        if m and current in out:
            out[current][1].append(m.group(1))
    return out


# --- the checks --------------------------------------------------------------

def compare(what, want, got):
    want, got = set(want), set(got)
    if want - got:
        fail(f"{what}: missing {sorted(want - got)}")
    if got - want:
        fail(f"{what}: not in --help {sorted(got - want)}")


# The requests the generator writes; any other line starting with '.' or "'"
# is text that was not escaped.
MACROS = {'.\\"', ".TH", ".SH", ".SS", ".TP", ".PP", ".B", ".BR", ".I", ".RS", ".RE", ".nf", ".fi"}


def git_checkout():
    """Whether the project root (the working directory) is a git checkout."""
    if not shutil.which("git"):
        return False
    r = run(["git", "log", "-1", "--format=%ct"])
    return r.returncode == 0 and r.stdout.strip() != ""


def check_man(nytte, commands, man_dir):
    # Configured in a git checkout, the pages carry the last commit's date
    # (cli/CMakeLists.txt), or SOURCE_DATE_EPOCH's.
    dated = git_checkout()
    if not dated:
        print("skipped: not a git checkout, the pages' date not checked")
    pages = {f[:-2] for f in os.listdir(man_dir) if f.endswith(".1")}
    compare(f"man pages in {man_dir}", [c.page for c in commands], pages)
    for c in commands:
        path = os.path.join(man_dir, c.page + ".1")
        if not os.path.exists(path):
            continue
        text = open(path, encoding="utf-8").read()
        kind = "man" if len(c.path) == 1 else "man-" + "-".join(c.path[1:])
        fresh = run([nytte, "--generate", kind], env=dict(os.environ, SOURCE_DATE_EPOCH="")).stdout
        strip_date = lambda t: re.sub(r"^(\.TH \S+ 1) \"[^\"]*\"", r"\1", t, flags=re.M)
        if strip_date(fresh) != strip_date(text):
            fail(f"{path}: not what `nytte --generate {kind}` writes now (stale)")
        th = re.search(r'^\.TH \S+ 1 "([^"]*)"', text, flags=re.M)
        if dated and not (th and re.fullmatch(r"\d{4}-\d{2}-\d{2}", th.group(1))):
            fail(f"{path}: .TH has no date ({th.group(1) if th else 'no .TH'!r})")
        # A value that is not a word is quoted: ',' or ';', never ",, ;".
        for line in re.findall(r"^Values: (.*)\.$", text, flags=re.M):
            for v in re.findall(r"\\fB(?:\\&)?(.*?)\\fR", line):
                if not re.fullmatch(r"[\w-]+|'[^']+'", v):
                    fail(f"{path}: the value {v!r} is not a word and not quoted: {line}")
        names, labels = man_options(text)
        if names is None:
            fail(f"{path}: no OPTIONS section")
            continue
        compare(f"{path} OPTIONS, options", c.options, names)
        compare(f"{path} OPTIONS, positionals", c.positional_labels(), labels)
        for sub in c.subcommands:
            if f".BR {'-'.join(c.path + [sub]).replace('-', chr(92) + '-')} (1)" not in text:
                fail(f"{path}: subcommand {sub} not listed")
        for section in ("NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "ENVIRONMENT", "FILES",
                        '"SEE ALSO"'):
            if f".SH {section}\n" not in text:
                fail(f"{path}: no {section} section")
        for line in text.splitlines():
            if line[:1] in (".", "'") and line.split(" ")[0] not in MACROS:
                fail(f"{path}: a text line starts with a control character: {line}")
        if re.search(r"(?<!\\)-", re.sub(r"^\.(\\\"|TH) .*$", "", text, flags=re.M)):
            fail(f"{path}: a '-' not written as \\-")
        if any(ord(ch) > 127 for ch in text):
            fail(f"{path}: characters outside ASCII not escaped")
        render(path)


def render(path):
    if not shutil.which("groff"):
        print(f"skipped: groff is not installed, {path} not rendered")
        return
    r = run(["groff", "-man", "-Tutf8", "-ww", "-z", path])
    if r.returncode != 0 or r.stderr.strip():
        fail(f"{path}: groff -ww: {r.stderr.strip() or r.returncode}")
    if shutil.which("man"):
        r = run(["man", "-l", path], env=dict(os.environ, MANWIDTH="80", MAN_KEEP_FORMATTING="0"))
        if r.returncode != 0 or "NAME" not in r.stdout:
            fail(f"{path}: man -l failed: {r.stderr.strip()}")


def check_bash_script(commands, text, path):
    t = bash_tables(text)
    for c in commands:
        compare(f"{path} options of '{c.name}'", c.options,
                t.get("_nytte_options", {}).get(c.name, "").split())
        compare(f"{path} subcommands of '{c.name}'", c.subcommands,
                t.get("_nytte_subcommands", {}).get(c.name, "").split())
        pos = [p.split(":")[0] for p in t.get("_nytte_positionals", {}).get(c.name, "").split()]
        compare(f"{path} positionals of '{c.name}'", [n for n, _ in c.positionals], pos)
        for opt, values in c.choices.items():
            got = t.get("_nytte_values", {}).get(f"{c.name} {opt}", "").split()
            if got[1:] != values:
                fail(f"{path} values of '{c.name} {opt}': {got[1:]}, --help: {values}")


def check_zsh_script(commands, text, path):
    funcs = zsh_functions(text)
    for c in commands:
        if c.name not in funcs:
            fail(f"{path}: no function for '{c.name}'")
            continue
        options, positionals, subs = funcs[c.name]
        compare(f"{path} options of '{c.name}'", c.options, options)
        compare(f"{path} positionals of '{c.name}'", [n for n, _ in c.positionals], positionals)
        compare(f"{path} subcommands of '{c.name}'", c.subcommands, subs)
    compare(f"{path} commands", [c.name for c in commands], funcs)


def check_fish_script(commands, text, path):
    blocks = fish_blocks(text)
    for c in commands:
        options, positionals, subs = blocks.get(c.name, (set(), [], []))
        compare(f"{path} options of '{c.name}'", c.options, options)
        compare(f"{path} positionals of '{c.name}'", [n for n, _ in c.positionals], positionals)
        compare(f"{path} subcommands of '{c.name}'", c.subcommands, subs)


BASH_DRIVER = r"""
source "$1"
shift
complete -p nytte >/dev/null || { echo "no completion for nytte" >&2; exit 3; }
COMP_WORDS=("$@")
COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
COMPREPLY=()
_nytte
printf '%s\n' "${COMPREPLY[@]}"
"""


def bash_complete(nytte, script, words):
    # COMP_WORDS[0] is the binary itself, as a shell passes what was typed.
    r = run(["bash", "--norc", "--noprofile", "-c", BASH_DRIVER, "bash", script, nytte] + words)
    if r.returncode != 0:
        fail(f"bash completion of {words}: {r.stderr.strip()}")
    return [w for w in r.stdout.splitlines() if w]


def check_bash_completes(nytte, commands, script):
    if not shutil.which("bash"):
        print("skipped: bash is not installed")
        return
    by_name = {c.name: c for c in commands}
    root = by_name["nytte"]

    def expect(words, want, exact=True):
        got = bash_complete(nytte, script, words)
        ok = sorted(got) == sorted(want) if exact else set(want) <= set(got)
        if not ok:
            fail(f"bash: nytte {' '.join(words)}<TAB> gave {got}, want {want}")

    expect([""], root.subcommands)
    expect(["check-eligibility", "--fo"], ["--format"])
    for name in ("check-eligibility", "report"):
        values = by_name[f"nytte {name}"].choices.get("--format")
        if not values:
            fail(f"nytte {name} --help lists no values of --format")
            continue
        expect([name, "--format", ""], values)
        expect([name, "--format", "=", ""], values)
    if by_name["nytte check-eligibility"].choices.get("--format") != ["text", "json", "jsonl", "csv", "letter"]:
        fail("check-eligibility's --format values changed; update this test")
    expect(["check-eligibility", "--csv-sep", ""], ["\\,", "\\;"])
    expect(["check-eligibility", "--rules", "rules/aa"], ["rules/aarhus.toml"])
    expect(["check-eligibility", "examples/citizens/nordfyns-4"], ["examples/citizens/nordfyns-49.toml"])
    names = run([nytte, "rules", "--format", "names"])
    if names.returncode == 0 and "aarhus" in names.stdout.split():
        expect(["check-eligibility", "--rules", "aa"], ["aarhus"])
        expect(["check-eligibility", "--rules", "nat"], ["national"])
        # rules show takes a name only: no files beside the names.
        expect(["rules", "show", "aa"], ["aarhus"])
        expect(["rules", "show", ""], names.stdout.split())
    else:
        print("skipped: `nytte rules --format names` does not list aarhus; --rules NAME not checked")
    # A value option's value is not taken for a subcommand.
    expect(["check-eligibility", "--on", "report", "--fo"], ["--format"])
    # help's COMMAND follows the commands named before it.
    expect(["help", ""], root.subcommands)
    expect(["help", "rules", ""], by_name["nytte rules"].subcommands)
    expect(["help", "rules", "show", ""], [])


# zsh completes only in an interactive shell; its helper functions are run
# here with the completion system's builtins stubbed to print what they get.
ZSH_DRIVER = r"""
compdef() { : }
source "$1"
_describe() { print -rl -- ${(P)${@[-1]}%%:*} }
_call_program() { shift; "$@" }
_wanted() { shift 3; print -rl -- ${(P)${@[-1]}} }
_nytte_bin=$2
words=(${(s: :)3})
CURRENT=$#words
$4
"""


def check_zsh_helpers(nytte, script, commands):
    if not shutil.which("zsh"):
        print(f"skipped: zsh is not installed, {script}'s helpers not run")
        return
    by_name = {c.name: c for c in commands}
    names = run([nytte, "rules", "--format", "names"]).stdout.split()
    for words, func, want in (("help x", "_nytte_commands", by_name["nytte"].subcommands),
                              ("help rules x", "_nytte_commands",
                               by_name["nytte rules"].subcommands),
                              ("help rules show x", "_nytte_commands", []),
                              ("show x", "_nytte_rule_set_names", names)):
        r = run(["zsh", "-f", "-c", ZSH_DRIVER, "zsh", script, nytte, words, func])
        got = [l for l in r.stdout.splitlines() if l]
        if r.returncode not in (0, 1) or r.stderr.strip() or sorted(got) != sorted(want):
            fail(f"zsh: {func} after '{words[:-1]}' gave {got} {r.stderr.strip()}, want {want}")


def check_shell_parses(shell, flag_args, script, nytte, cases):
    if not shutil.which(shell):
        print(f"skipped: {shell} is not installed, {script} not checked "
              "(scripts/install-deps.sh installs it)")
        return
    r = run([shell, "-n", script])
    if r.returncode != 0 or r.stderr.strip():
        fail(f"{shell} -n {script}: {r.stderr.strip()}")
    for line, want in cases:
        r = run([shell] + flag_args + ["-c", f"source {script}; complete -C '{line}'"],
                env=dict(os.environ, PATH=os.path.dirname(os.path.abspath(nytte)) + ":" + os.environ["PATH"]))
        got = sorted(l.split("\t")[0] for l in r.stdout.splitlines())
        if got != sorted(want):
            fail(f"{shell}: {line}<TAB> gave {got}, want {want}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--nytte", required=True)
    ap.add_argument("--generated", required=True)
    args = ap.parse_args()
    commands = command_tree(args.nytte)
    print(f"{len(commands)} commands: " + ", ".join(c.name for c in commands))

    check_man(args.nytte, commands, os.path.join(args.generated, "man", "man1"))

    comp = os.path.join(args.generated, "completions")
    for kind, file, check in (("complete-bash", "nytte.bash", check_bash_script),
                              ("complete-zsh", "_nytte", check_zsh_script),
                              ("complete-fish", "nytte.fish", check_fish_script)):
        path = os.path.join(comp, file)
        if not os.path.exists(path):
            fail(f"{path}: missing")
            continue
        text = open(path, encoding="utf-8").read()
        if text != run([args.nytte, "--generate", kind]).stdout:
            fail(f"{path}: not what `nytte --generate {kind}` writes now (stale)")
        check(commands, text, path)

    by_name = {c.name: c for c in commands}
    check_bash_completes(args.nytte, commands, os.path.join(comp, "nytte.bash"))
    check_shell_parses("zsh", [], os.path.join(comp, "_nytte"), args.nytte, [])
    check_zsh_helpers(args.nytte, os.path.join(comp, "_nytte"), commands)
    check_shell_parses("fish", ["--no-config"], os.path.join(comp, "nytte.fish"), args.nytte, [
        ("nytte ", by_name["nytte"].subcommands),
        ("nytte check-eligibility --fo", ["--format"]),
        ("nytte report --format ", by_name["nytte report"].choices.get("--format", [])),
        ("nytte help ", by_name["nytte"].subcommands),
        ("nytte help rules ", by_name["nytte rules"].subcommands),
        ("nytte rules show ",
         run([args.nytte, "rules", "--format", "names"]).stdout.split()),
    ])

    # Hidden from --help, and from everything made from it.
    if "--generate" in run([args.nytte, "--help"]).stdout:
        fail("--generate is shown in nytte --help")

    if failures:
        print(f"{len(failures)} checks failed")
        return 1
    print("man pages and completions agree with --help")
    return 0


if __name__ == "__main__":
    sys.exit(main())
