#!/usr/bin/env bash
# Configures and builds nytte in build/ (Release, warnings as errors). A plain
# Release build by default, so a newcomer's first build is quick.
# NYTTE_PGO=on adds profile-guided optimisation for the last ~12 % of CPU
# time: an instrumented nytte is first run on a training workload
# (scripts/pgo-train.sh) and the build then uses what it recorded
# (docs/performance.md). The profile is kept in build/pgo and made again only
# when the sources change.
set -euo pipefail
cd "$(dirname "$0")/.."
build=build
jobs=$(nproc)
if [ "${NYTTE_PGO:-off}" != on ]; then
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DNYTTE_WERROR=ON -DNYTTE_PGO= >/dev/null
  cmake --build "$build" -j"$jobs"
  exit 0
fi
# What the profile was made from: the sources of the library, the binary and
# the generator, the rules and the training script.
stamp=$(find CMakeLists.txt cmake lib cli tools rules scripts/pgo-train.sh -type f | LC_ALL=C sort |
  xargs sha256sum | sha256sum | cut -d' ' -f1)
if [ "$(cat "$build/pgo/stamp" 2>/dev/null)" != "$stamp" ]; then
  echo "nytte: making the optimisation profile (instrumented build and training run)"
  rm -rf "$build/pgo"
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DNYTTE_WERROR=ON -DNYTTE_PGO=generate >/dev/null
  cmake --build "$build" -j"$jobs" --target nytte nytte-gen
  scripts/pgo-train.sh "$build"
  echo "$stamp" >"$build/pgo/stamp"
fi
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DNYTTE_WERROR=ON -DNYTTE_PGO=use >/dev/null
cmake --build "$build" -j"$jobs"
