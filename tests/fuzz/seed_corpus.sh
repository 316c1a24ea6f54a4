#!/usr/bin/env bash
# Builds the seed corpus of every fuzz target from the files in examples/,
# rules/ and tests/data/ (and the conditions of the shipped rule sets), one
# directory a target: seed_corpus.sh OUT_DIR. Files over 64 KB are left out
# (the 2,000-person populations): libFuzzer mutates small inputs better, and
# the corpus stays small. The regression inputs are seeds too.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${1:?usage: seed_corpus.sh OUT_DIR}"
mkdir -p "$out"
cd "$root"

# seed TARGET [PREFIX] FILE...: copies each small file into OUT/TARGET,
# named by a hash of its bytes; PREFIX (printf format) is written first.
seed() {
  local target="$1" prefix="$2"
  shift 2
  mkdir -p "$out/$target"
  local f tmp
  tmp="$(mktemp)"
  for f in "$@"; do
    [ -f "$f" ] || continue
    [ "$(stat -c %s "$f")" -le 65536 ] || continue
    { [ -z "$prefix" ] || printf "$prefix"; cat "$f"; } >"$tmp"
    cp "$tmp" "$out/$target/$(sha1sum "$tmp" | cut -c1-16)"
  done
  rm -f "$tmp"
}

shopt -s nullglob globstar
citizen_toml=(examples/citizens/*.toml tests/data/citizens/*.toml tests/data/citizens/dir/*.toml
  tests/data/bad/*.toml tests/data/empty/*.toml tests/data/calendar/*.toml
  tests/data/attendance/wednesday-start.toml)
citizen_csv=(tests/data/citizens/*.csv tests/data/citizens/dir/*.csv tests/data/bad/*.csv
  tests/data/empty/*.csv tests/data/packages/*.csv)
rule_files=(rules/*.toml rules/tests/*.toml tests/data/bad-rules/*.toml tests/data/warn-rules/*.toml
  tests/data/hours-rules/*.toml tests/data/packages/*rules*.toml)
attendance_csv=(examples/attendance/*.csv tests/data/attendance/*.csv)
attendance_toml=(tests/data/attendance/*.toml)
plans=(examples/plans/*.toml tests/data/plans/*.toml)

seed citizen_csv "" "${citizen_csv[@]}" "${attendance_csv[@]}"
for t in citizen_toml citizen_tomlpp citizen_toml_diff; do seed "$t" "" "${citizen_toml[@]}"; done
# citizen_chunks: the first byte picks the format (even: CSV) and the chunk size.
seed citizen_chunks '\x0e' "${citizen_csv[@]}"
seed citizen_chunks '\x3e' "${citizen_csv[@]}"
seed citizen_chunks '\x0f' "${citizen_toml[@]}"
seed citizen_chunks '\x3f' "${citizen_toml[@]}"
seed rules "" "${rule_files[@]}"
seed plans "" "${plans[@]}"
seed attendance_csv "" "${attendance_csv[@]}" "${citizen_csv[@]}"
seed attendance_toml "" "${attendance_toml[@]}" "${plans[@]}"

# condition: every expression of the shipped rule sets, the first byte
# saying boolean (0) or number (1), as rules.cc compiles them.
python3 - "$out/condition" "${rule_files[@]}" <<'EOF'
import hashlib, os, sys, tomllib
out = sys.argv[1]
os.makedirs(out, exist_ok=True)
number_keys = {"hours", "max_hours", "value"}
bool_keys = {"when", "propose", "who"}
def walk(node):
    if isinstance(node, dict):
        for k, v in node.items():
            if isinstance(v, str) and (k in bool_keys or k in number_keys):
                yield (1 if k in number_keys else 0), v
            else:
                yield from walk(v)
    elif isinstance(node, list):
        for v in node:
            yield from walk(v)
for path in sys.argv[2:]:
    try:
        with open(path, "rb") as f:
            doc = tomllib.load(f)
    except Exception:
        continue
    for kind, text in walk(doc):
        data = bytes([kind]) + text.encode()
        name = hashlib.sha1(data).hexdigest()[:16]
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)
EOF

# Every input that ever crashed a target seeds it too.
for d in "$here"/regressions/*/; do
  t="$(basename "$d")"
  mkdir -p "$out/$t"
  cp "$d"* "$out/$t/" 2>/dev/null || true
done
for d in "$out"/*/; do echo "$(basename "$d"): $(find "$d" -type f | wc -l) inputs"; done
