#!/usr/bin/env bash
# CI beyond the happy path (docs/reliability.md, "Fuzzing"): builds with clang,
# AddressSanitizer and UndefinedBehaviorSanitizer (NYTTE_SANITIZE) and the
# libFuzzer targets (NYTTE_FUZZ), runs the whole test suite under the
# sanitizers (the fuzz regressions too: ctest fuzz.replay.*), then each fuzzer
# for a fixed time from the seed corpus (tests/fuzz/seed_corpus.sh).
#
#   NYTTE_FUZZ_SECONDS  seconds each fuzzer runs (default 20; 0: none)
#   NYTTE_FUZZ_SEED     libFuzzer's -seed (default 1, so runs repeat; 0: random)
#   NYTTE_SANITIZE_DIR  build directory (default build-sanitize)
#
# An input that crashes a fuzzer is left in $NYTTE_SANITIZE_DIR/fuzz/artifacts;
# keep it in tests/fuzz/regressions/TARGET/ with the fix.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${NYTTE_FUZZ_SECONDS:-20}"
build="${NYTTE_SANITIZE_DIR:-build-sanitize}"
jobs="$(nproc)"

# clang, its sanitizer and libFuzzer runtimes (libclang_rt.fuzzer-x86_64.a
# is in libclang-rt-14-dev on Debian 12) and llvm-symbolizer for readable
# stack traces (llvm).
scripts/install-deps.sh
scripts/install-deps.sh clang libclang-rt-14-dev llvm

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS="-gline-tables-only" \
  -DNYTTE_PGO= -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang \
  -DNYTTE_SANITIZE=ON -DNYTTE_FUZZ=ON "${launcher[@]}"
cmake --build "$build" -j"$jobs"

# Any report stops the program with a stack trace, and fails its test.
export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=0:detect_stack_use_after_return=1:strict_string_checks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
ctest --test-dir "$build" --output-on-failure -j"$jobs"

[ "$seconds" -gt 0 ] || exit 0
fuzz="$build/fuzz"
rm -rf "$fuzz"
mkdir -p "$fuzz/artifacts" "$fuzz/corpus" "$fuzz/logs"
tests/fuzz/seed_corpus.sh "$fuzz/seeds" >/dev/null
targets=()
for exe in "$build"/tests/fuzz/*_fuzz; do targets+=("$(basename "$exe" _fuzz)"); done
run_one() {
  local t="$1"
  mkdir -p "$fuzz/corpus/$t"
  # A fixed seed: the same inputs are tried in the same order on every run,
  # so a finding shows up again rather than now and then (NYTTE_FUZZ_SEED=0:
  # libFuzzer's random seed, for longer runs that should look further).
  "$build/tests/fuzz/${t}_fuzz" -seed="${NYTTE_FUZZ_SEED:-1}" -max_total_time="$seconds" \
    -timeout=10 -rss_limit_mb=2048 \
    -max_len=16384 -print_final_stats=1 -artifact_prefix="$fuzz/artifacts/$t-" \
    "$fuzz/corpus/$t" "$fuzz/seeds/$t" </dev/null >"$fuzz/logs/$t.log" 2>&1
}
export -f run_one
export fuzz build seconds NYTTE_FUZZ_SEED
echo "Fuzzing ${#targets[@]} targets, ${seconds} s each, $jobs at a time"
status=0
printf '%s\n' "${targets[@]}" | xargs -P "$jobs" -I{} bash -c 'run_one {}' || status=1
for t in "${targets[@]}"; do
  # The last status line: executions, coverage (cov: edges, ft: features).
  line="$(grep -E '^#[0-9]+' "$fuzz/logs/$t.log" | tail -1 || true)"
  echo "$t: ${line:-no status line}"
done
if [ "$status" -ne 0 ] || compgen -G "$fuzz/artifacts/*" >/dev/null; then
  echo "A fuzzer found a problem: inputs in $fuzz/artifacts, logs in $fuzz/logs" >&2
  for f in "$fuzz"/logs/*.log; do
    grep -q -E 'ERROR|invariant broken|deadly signal|timeout' "$f" && tail -40 "$f" >&2
  done
  exit 1
fi
