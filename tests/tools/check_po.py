#!/usr/bin/env python3
"""Checks that the Danish catalogue (po/da/*.po) translates every message.

xgettext extracts the messages marked in the C++ sources of lib/, cli/ and
include/ (the functions of nytte/i18n.h and base/plural.h, po/README.md) into
a template, and the check fails, naming the source's file:line or the po
file's, when

  - a message has no Danish translation, or only an empty or fuzzy one;
  - a message is translated in two po files (each has one owner);
  - a po entry's message is in no source (obsolete: remove it);
  - a translation's {...} placeholders differ from the message's;
  - a plural entry lacks one of the forms the header's Plural-Forms asks
    for, or is plural in the source and not in the po file (or the reverse);
  - a po file does not compile with `msgfmt --check`.

    check_po.py                         check the checkout it is in
    check_po.py --write-pot FILE        write the template for translators
    check_po.py --self-test             prove that each check fails on a
                                        broken copy of tests/data/po/

ctest runs the check as po.complete and the self-test as po.selftest.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

# The functions whose literal arguments are messages (nytte/i18n.h,
# base/plural.h): the argument numbers of the message and its plural.
KEYWORDS = {
    "tr": "tr",
    "trf": "trf",
    "tr_plural": "tr_plural:1,2",
    "trf_plural": "trf_plural:1,2",
    "N_": "N_",
    "plural": "plural:2,3",
    "plural_noun": "plural_noun:2,3",
}
SOURCE_DIRS = ["lib", "cli", "include"]
SOURCE_EXTENSIONS = (".cc", ".h")


class Entry:
    def __init__(self, line):
        self.line = line  # of its msgid
        self.flags = set()
        self.refs = []  # "file:line" of the sources (the template's)
        self.msgctxt = None
        self.msgid = None
        self.msgid_plural = None
        self.msgstr = None
        self.msgstr_plural = {}
        self.obsolete = False

    def key(self):
        return (self.msgctxt, self.msgid)

    def translations(self):
        if self.msgid_plural is None:
            return [self.msgstr or ""]
        return [self.msgstr_plural[i] for i in sorted(self.msgstr_plural)]


ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "a": "\a", "b": "\b",
           "f": "\f", "v": "\v"}


def unquote(text, where):
    text = text.strip()
    if len(text) < 2 or text[0] != '"' or text[-1] != '"':
        raise ValueError(f"{where}: expected a quoted string, found {text!r}")
    body, out, i = text[1:-1], [], 0
    while i < len(body):
        c = body[i]
        if c == "\\" and i + 1 < len(body):
            out.append(ESCAPES.get(body[i + 1], body[i + 1]))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def parse_po(path):
    """The entries of a po or pot file, the header's included (msgid "")."""
    entries, entry, field = [], None, None
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")

    def finish():
        nonlocal entry, field
        if entry is not None and entry.msgid is not None:
            entries.append(entry)
        entry, field = None, None

    for number, raw in enumerate(lines, 1):
        where = f"{path}:{number}"
        line = raw.rstrip()
        obsolete = line.startswith("#~")
        if obsolete:
            line = line[2:].strip()
        if not line:
            finish()
            continue
        if entry is None:
            entry = Entry(number)
        if obsolete:
            entry.obsolete = True
        if line.startswith("#,"):
            entry.flags.update(f.strip() for f in line[2:].split(","))
        elif line.startswith("#:"):
            entry.refs.extend(line[2:].split())
        elif line.startswith("#"):
            pass
        elif line.startswith('"'):
            if field is None:
                raise ValueError(f"{where}: a string continues no keyword")
            value = unquote(line, where)
            if isinstance(field, int):
                entry.msgstr_plural[field] += value
            else:
                setattr(entry, field, getattr(entry, field) + value)
        else:
            m = re.match(r"(msgctxt|msgid_plural|msgid|msgstr)(?:\[(\d+)\])?\s+(.*)", line)
            if not m:
                raise ValueError(f"{where}: cannot read {raw!r}")
            keyword, index, rest = m.group(1), m.group(2), m.group(3)
            if keyword == "msgid":
                if entry.msgid is not None:  # no blank line between two entries
                    previous_obsolete = entry.obsolete
                    finish()
                    entry = Entry(number)
                    entry.obsolete = previous_obsolete
                entry.line = number
            value = unquote(rest, where)
            if index is not None:
                field = int(index)
                entry.msgstr_plural[field] = value
            else:
                field = keyword
                setattr(entry, keyword, value)
    finish()
    return entries


def nplurals(header):
    m = re.search(r"nplurals\s*=\s*(\d+)", header.msgstr or "") if header else None
    return int(m.group(1)) if m else None


def placeholders(text):
    """The {...} fields of a fmt format string ({{ and }} are no field)."""
    return sorted(re.findall(r"\{[^{}]*\}", text.replace("{{", "").replace("}}", "")))


def short(text, width=60):
    text = text.replace("\n", "\\n")
    return repr(text if len(text) <= width else text[: width - 3] + "...")


def source_files(root):
    files = []
    for top in SOURCE_DIRS:
        for folder, dirs, names in os.walk(os.path.join(root, top)):
            dirs.sort()
            files += [os.path.relpath(os.path.join(folder, n), root)
                      for n in sorted(names) if n.endswith(SOURCE_EXTENSIONS)]
    return files


def run_xgettext(root, sources, pot, xgettext):
    command = [xgettext, "--from-code=UTF-8", "--language=C++", "--add-comments=TRANSLATORS:",
               "--package-name=nytte", "--sort-by-file", "-o", pot, "-k"]
    command += ["-k" + k for k in KEYWORDS.values()]
    result = subprocess.run(command + sources, cwd=root, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"xgettext failed: {result.stderr.strip()}")


def unknown_keywords(root, sources):
    """Keywords no source declares or calls: a function renamed in
    nytte/i18n.h or base/plural.h, which the list above must follow, else
    its messages would go unseen."""
    text = ""
    for s in sources:
        with open(os.path.join(root, s), encoding="utf-8") as f:
            text += f.read()
    return [k for k in KEYWORDS if not re.search(r"\b%s\s*\(" % re.escape(k), text)]


def check(root, po_dir, sources, xgettext="xgettext", msgfmt="msgfmt"):
    """The problems found, one line each (an empty list: the catalogue is
    complete)."""
    problems = []
    with tempfile.TemporaryDirectory(prefix="nytte-po-") as tmp:
        pot = os.path.join(tmp, "nytte.pot")
        run_xgettext(root, sources, pot, xgettext)
        template = [e for e in parse_po(pot) if e.msgid != ""] if os.path.exists(pot) else []
    for k in unknown_keywords(root, sources):
        problems.append(f"check_po.py: no source has a function {k}(): is the keyword list "
                        f"of check_po.py out of date?")
    po_files = sorted(os.path.join(po_dir, n) for n in os.listdir(po_dir) if n.endswith(".po"))
    rel = lambda p: os.path.relpath(p, root)
    translated = {}  # key -> [(po file, entry)]
    for po in po_files:
        result = subprocess.run([msgfmt, "--check", "-o", os.devnull, po],
                                capture_output=True, text=True)
        if result.returncode != 0:
            problems.append(f"{rel(po)}: msgfmt --check fails: "
                            + " / ".join(result.stderr.strip().splitlines()[:3]))
        try:
            entries = parse_po(po)
        except ValueError as e:
            problems.append(str(e))
            continue
        header = next((e for e in entries if e.msgid == "" and not e.obsolete), None)
        forms = nplurals(header)
        if header is None or forms is None:
            problems.append(f"{rel(po)}:1: no header entry with Plural-Forms (copy "
                            f"po/da/base.po's)")
        for e in entries:
            if e.msgid == "":
                continue
            where = f"{rel(po)}:{e.line}"
            if e.obsolete:
                problems.append(f"{where}: obsolete entry (#~) {short(e.msgid)}: remove it")
                continue
            translated.setdefault(e.key(), []).append((where, e, forms))
    wanted = {e.key(): e for e in template}
    for t in template:
        refs = t.refs or ["?"]
        source = refs[0]
        found = translated.get(t.key(), [])
        if not found:
            problems.append(f"{source}: no Danish translation of {short(t.msgid)} (add it to "
                            f"a po/da/*.po, po/README.md)")
            continue
        if len(found) > 1:
            problems.append(f"{found[1][0]}: {short(t.msgid)} is also in {found[0][0]}: keep "
                            f"one ({source})")
        where, e, forms = found[0]
        if (t.msgid_plural is None) != (e.msgid_plural is None):
            if t.msgid_plural is not None:
                problems.append(f"{where}: {short(t.msgid)} has a plural in the sources "
                                f"({' '.join(refs[:3])}): the entry needs msgid_plural "
                                f"{short(t.msgid_plural)} and msgstr[0], msgstr[1], ...")
            else:
                problems.append(f"{where}: {short(t.msgid)} has no plural in {source}: the "
                                f"entry must have none either")
            continue
        if t.msgid_plural is not None and e.msgid_plural != t.msgid_plural:
            problems.append(f"{where}: msgid_plural {short(e.msgid_plural)} is not "
                            f"{short(t.msgid_plural)} of {source}")
        if "fuzzy" in e.flags:
            problems.append(f"{where}: the translation of {short(t.msgid)} is fuzzy: check it "
                            f"and remove the flag ({source})")
            continue
        if e.msgid_plural is not None:
            missing = [i for i in range(forms or 1) if i not in e.msgstr_plural]
            for i in missing:
                problems.append(f"{where}: {short(t.msgid)} lacks msgstr[{i}] ({source})")
            if missing:
                continue
        if any(s == "" for s in e.translations()):
            problems.append(f"{source}: no Danish translation of {short(t.msgid)} ({where} "
                            f"is empty)")
            continue
        originals = [t.msgid] if t.msgid_plural is None else [t.msgid, t.msgid_plural]
        for i, s in enumerate(e.translations()):
            original = originals[min(i, len(originals) - 1)]
            if placeholders(s) != placeholders(original):
                problems.append(
                    f"{where}: the placeholders {' '.join(placeholders(s)) or 'none'} of "
                    f"{short(s)} are not the message's {' '.join(placeholders(original)) or 'none'} "
                    f"({source})")
    for key, found in translated.items():
        if key not in wanted:
            for where, e, _ in found:
                problems.append(f"{where}: obsolete: {short(e.msgid)} is in no source of "
                                f"{', '.join(SOURCE_DIRS)}: remove it")
    return problems


def self_test(root, xgettext, msgfmt):
    """Each check on a broken copy of the fixture tests/data/po/ (a check
    that cannot fail is no check), and the fixture itself passing."""
    fixture = os.path.join(root, "tests", "data", "po")
    cases = [
        # (name, po file, old text, new text, what the problem must say)
        ("complete", None, None, None, None),
        ("missing", "one.po", 'msgid "Target group"\nmsgstr "Målgruppe"\n', "",
         "src/sample.cc:13: no Danish translation of 'Target group'"),
        ("empty", "one.po", 'msgstr "Målgruppe"', 'msgstr ""',
         "src/sample.cc:13: no Danish translation of 'Target group' (da/one.po:"),
        ("fuzzy", "one.po", 'msgid "course"', '#, fuzzy\nmsgid "course"',
         "the translation of 'course' is fuzzy"),
        ("duplicate", "two.po", 'msgid "citizen"',
         'msgid "internship"\nmsgstr "praktik"\n\nmsgid "citizen"',
         "da/two.po:16: 'internship' is also in da/one.po:14"),
        ("obsolete", "two.po", 'msgid "record"', 'msgid "gone"\nmsgstr "væk"\n\nmsgid "record"',
         "da/two.po:21: obsolete: 'gone' is in no source"),
        ("obsolete #~", "two.po", 'msgid "record"', '#~ msgid "gone"\n#~ msgstr "væk"\n\nmsgid "record"',
         "da/two.po:21: obsolete entry (#~) 'gone'"),
        ("placeholder dropped", "one.po", '"{} af {} uger"', '"{} af uger"',
         "the placeholders {} of '{} af uger' are not the message's {} {}"),
        ("placeholder changed", "two.po", '"{} timer om ugen"', '"{:>3} timer om ugen"',
         "the placeholders {:>3} of '{:>3} timer om ugen' are not the message's {}"),
        ("placeholder added", "one.po", '"Målgruppe"', '"Målgruppe {}"',
         "the placeholders {} of 'Målgruppe {}' are not the message's none"),
        ("plural form", "two.po", 'msgstr[1] "borgere"\n', "",
         "'citizen' lacks msgstr[1]"),
        ("plural dropped", "two.po", 'msgid_plural "records"\nmsgstr[0] "post"\nmsgstr[1] "poster"',
         'msgstr "post"', "'record' has a plural in the sources (src/sample.cc:18)"),
        ("msgfmt", "one.po", '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"',
         '"Plural-Forms: nplurals=2; plural=(n !=;\\n"', "da/one.po: msgfmt --check fails"),
        ("keyword", "../src/sample.cc", 'plural_noun(n, "record", "records")', '"record"',
         "no source has a function plural_noun()"),
    ]
    failures = 0
    for name, po, old, new, expected in cases:
        with tempfile.TemporaryDirectory(prefix="nytte-po-selftest-") as tmp:
            copy = os.path.join(tmp, "po")
            shutil.copytree(fixture, copy)
            if po is not None:
                path = os.path.join(copy, "da", po)
                with open(path, encoding="utf-8") as f:
                    text = f.read()
                if text.count(old) != 1:
                    print(f"self-test {name}: {old!r} is not once in the fixture {po}")
                    failures += 1
                    continue
                with open(path, "w", encoding="utf-8") as f:
                    f.write(text.replace(old, new))
            problems = check(copy, os.path.join(copy, "da"), ["src/sample.cc"], xgettext, msgfmt)
        if expected is None:
            ok = not problems
        else:
            ok = any(expected in p for p in problems)
        print(f"self-test {name}: {'ok' if ok else 'FAILED'}")
        if not ok:
            print(f"  expected {'no problem' if expected is None else repr(expected)}, got:")
            for p in problems or ["(no problem)"]:
                print(f"    {p}")
            failures += 1
    return failures


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--root", default=os.path.normpath(os.path.join(here, "..", "..")),
                        help="the checkout (default: the one this script is in)")
    parser.add_argument("--xgettext", default="xgettext")
    parser.add_argument("--msgfmt", default="msgfmt")
    parser.add_argument("--write-pot", metavar="FILE",
                        help="write the template of every message to FILE and stop")
    parser.add_argument("--self-test", action="store_true",
                        help="check the checks on broken copies of tests/data/po/")
    args = parser.parse_args()
    root = os.path.abspath(args.root)
    if args.self_test:
        sys.exit(1 if self_test(root, args.xgettext, args.msgfmt) else 0)
    sources = source_files(root)
    if args.write_pot:
        os.makedirs(os.path.dirname(os.path.abspath(args.write_pot)), exist_ok=True)
        run_xgettext(root, sources, os.path.abspath(args.write_pot), args.xgettext)
        print(f"check_po.py: wrote {args.write_pot} from {len(sources)} source files")
        return
    problems = check(root, os.path.join(root, "po", "da"), sources, args.xgettext, args.msgfmt)
    for p in problems:
        print(p)
    if problems:
        sys.exit(f"check_po.py: {len(problems)} problem(s) in the Danish catalogue "
                 f"(po/README.md says how to fix them)")
    print(f"check_po.py: every message of {len(sources)} source files has its Danish "
          f"translation")


if __name__ == "__main__":
    main()
