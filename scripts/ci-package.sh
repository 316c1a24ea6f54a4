#!/usr/bin/env bash
# CI for nytte as installed (docs/install.md): installs the build into a
# staging folder and checks the tree (the binary runs, the rule sets and their
# tests, man pages that `man -l` renders, completions bash loads), builds the
# Debian package (cpack -G DEB) and checks it against the tree, then installs
# it in a clean Debian root made with debootstrap, where apt fetches the
# libraries it depends on from the mirror, runs nytte there (`man nytte`, a
# rule set by name), removes it and checks that nothing of it is left.
# Runs as root (debootstrap, chroot, mount); .ci/run calls it after
# scripts/test.sh and reuses build/.
#
#   NYTTE_BUILD_DIR      the build folder (default build; made by scripts/build.sh if absent)
#   NYTTE_CI_CACHE       where the clean root is kept as a tarball, one a week
#                        (default /var/cache/nytte-ci; the run works without it)
#   NYTTE_DEBIAN_MIRROR  default http://deb.debian.org/debian
set -euo pipefail
cd "$(dirname "$0")/.."
build="${NYTTE_BUILD_DIR:-build}"
cache="${NYTTE_CI_CACHE:-/var/cache/nytte-ci}"
mirror="${NYTTE_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
suite=bookworm
start=$SECONDS

fail() {
  echo "ci-package: error: $*" >&2
  exit 1
}
say() { echo "ci-package: $*"; }
[ "$(id -u)" -eq 0 ] || fail "must run as root (debootstrap, chroot and dpkg in the clean root)"

# dpkg-shlibdeps (dpkg-dev) computes the package's dependencies; man-db and
# groff-base render the man pages; bash-completion loads the completion.
scripts/install-deps.sh dpkg-dev debootstrap man-db groff-base bash-completion

if [ -f "$build/CMakeCache.txt" ]; then
  cmake --build "$build" -j"$(nproc)" >/dev/null || fail "the build in $build failed"
else
  [ "$build" = build ] || fail "no build in $build"
  scripts/build.sh
fi
version="$(grep -m1 '^CMAKE_PROJECT_VERSION:' "$build/CMakeCache.txt" | cut -d= -f2)"
[ -n "$version" ] || fail "no project version in $build/CMakeCache.txt"

work="$(mktemp -d /var/tmp/nytte-ci-package.XXXXXX)"
root="$work/root"
mounts() { awk -v r="$root/" 'index($2, r) == 1 { print $2 }' /proc/mounts | sort -r; }
cleanup() {
  local m
  for m in $(mounts); do umount "$m" || umount -l "$m"; done
  if [ -n "$(mounts)" ]; then
    echo "ci-package: error: still mounted under $root: $(mounts | tr '\n' ' '); $work is left in place" >&2
  else
    rm -rf --one-file-system "$work"
  fi
}
trap cleanup EXIT

# 1. The staging tree.
t=$SECONDS
stage="$work/stage"
DESTDIR="$stage" cmake --install "$build" --prefix /usr >/dev/null || fail "cmake --install failed"
usr="$stage/usr"
[ -x "$usr/bin/nytte" ] || fail "no bin/nytte in the staging tree"
out="$("$usr/bin/nytte" --version)" || fail "the installed nytte --version failed"
[[ "$out" == *"$version"* ]] || fail "nytte --version says '$out', not version $version"
for r in national aarhus; do
  [ -f "$usr/share/nytte/rules/$r.toml" ] || fail "no share/nytte/rules/$r.toml"
  [ -f "$usr/share/nytte/rules/tests/$r.toml" ] || fail "no share/nytte/rules/tests/$r.toml"
done
# The installed rule sets with their tests, from a folder that is not the
# checkout (two tests read example citizens at share/nytte/examples/).
(cd "$work" && "$usr/bin/nytte" validate "$usr/share/nytte/rules" --strict -q) ||
  fail "nytte validate of the installed share/nytte/rules failed"
[ -f "$usr/share/doc/nytte/copyright" ] || fail "no share/doc/nytte/copyright"
[ -f "$usr/share/doc/nytte/README.md" ] || fail "no share/doc/nytte/README.md"
[ ! -e "$usr/bin/nytte-gen" ] && [ ! -e "$usr/bin/nytte_tests" ] || fail "a test or tool binary is installed"
# The Danish catalogue, found beside the binary (bin/../share/locale) and
# read with no Danish locale installed (docs/i18n.md). --lang's help is
# translated in po/da/infra.po.
danish="Sproget i tekst til brugeren"
[ -f "$usr/share/locale/da/LC_MESSAGES/nytte.mo" ] || fail "no share/locale/da/LC_MESSAGES/nytte.mo"
out="$(env -u LANGUAGE -u NYTTE_LOCALEDIR LC_ALL=da_DK.UTF-8 "$usr/bin/nytte" check-eligibility --help)" ||
  fail "LC_ALL=da_DK.UTF-8 nytte check-eligibility --help failed in the staging tree"
grep -q "$danish" <<<"$out" || fail "LC_ALL=da_DK.UTF-8 nytte check-eligibility --help in the staging tree is not Danish: $(grep -m1 -- --lang <<<"$out")"

mans=("$usr"/share/man/man1/nytte*.1*)
[ -f "$usr/share/man/man1/nytte.1" ] || [ -f "$usr/share/man/man1/nytte.1.gz" ] ||
  fail "no share/man/man1/nytte.1"
for m in "${mans[@]}"; do
  text="$(MANWIDTH=80 man --warnings -l "$m" 2>"$work/man.err")" || fail "man -l $m failed: $(cat "$work/man.err")"
  [ ! -s "$work/man.err" ] || fail "man -l $m warns: $(head -3 "$work/man.err")"
  [ -n "$text" ] || fail "man -l $m renders nothing"
done

bashc="$usr/share/bash-completion/completions/nytte"
[ -f "$bashc" ] || fail "no share/bash-completion/completions/nytte"
[ -n "$(find "$usr/share/zsh" -name _nytte 2>/dev/null)" ] || fail "no zsh completion (_nytte) under share/zsh"
# Under /usr in Debian's vendor-completions: zsh there has no /usr/share/zsh/site-functions.
[ -f "$usr/share/zsh/vendor-completions/_nytte" ] || fail "_nytte is not in /usr/share/zsh/vendor-completions"
[ -n "$(find "$usr/share/fish" -name nytte.fish 2>/dev/null)" ] || fail "no fish completion (nytte.fish) under share/fish"
# bash loads the installed completion; it offers the subcommands after
# "nytte " and the formats after "nytte check-eligibility --format ".
complete_words() {
  bash -c '
  source /usr/share/bash-completion/bash_completion
  source "$1"; shift
  spec="$(complete -p nytte)" || exit 1
  fn="$(sed -n "s/.*-F \([^ ]*\).*/\1/p" <<<"$spec")"
  COMP_WORDS=("$@" ""); COMP_CWORD=$#; COMP_LINE="$* "; COMP_POINT=${#COMP_LINE}
  "$fn" nytte "" "${!#}"
  printf "%s\n" "${COMPREPLY[@]}"' bash "$bashc" "$@"
}
words="$(complete_words nytte)" || fail "bash does not load $bashc"
grep -qx check-eligibility <<<"$words" || fail "the bash completion does not offer check-eligibility"
words="$(complete_words nytte check-eligibility --format)" || fail "bash does not load $bashc"
[ "$(sort <<<"$words" | tr '\n' ' ')" = "csv json jsonl letter text " ] ||
  fail "the bash completion offers '$(tr '\n' ' ' <<<"$words")' after check-eligibility --format"
say "staging tree checked ($((SECONDS - t)) s): $(find "$stage" ! -type d | wc -l) files, ${#mans[@]} man pages"

# 2. The package, holding exactly the staging tree.
t=$SECONDS
rm -f "$build"/nytte_*.deb
(cd "$build" && cpack -G DEB >"$work/cpack.log" 2>&1) || fail "cpack -G DEB failed: $(tail -5 "$work/cpack.log")"
debs=("$build"/nytte_"$version"_*.deb)
[ -f "${debs[0]}" ] || fail "cpack made no $build/nytte_${version}_ARCH.deb"
deb="${debs[0]}"
[ "$(basename "$deb")" = "nytte_${version}_$(dpkg --print-architecture).deb" ] || fail "unexpected name $deb"
field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = nytte ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', not $version"
[ "$(field Section)" = utils ] || fail "Section is '$(field Section)'"
[ -n "$(field Maintainer)" ] && [ -n "$(field Description)" ] || fail "no Maintainer or Description"
for d in libc6 libstdc++6 libfmt9 libtomlplusplus3; do
  [[ ", $(field Depends)" == *", $d "* || ", $(field Depends)" == *", $d," ]] ||
    fail "Depends lacks $d: $(field Depends)"
done
dpkg-deb --contents "$deb" >"$work/contents" || fail "dpkg-deb --contents failed"
grep -q ' ./usr/share/locale/da/LC_MESSAGES/nytte.mo$' "$work/contents" || fail "the package has no /usr/share/locale/da/LC_MESSAGES/nytte.mo"
dpkg-deb -x "$deb" "$work/extracted"
diff <(cd "$stage" && find . ! -type d | LC_ALL=C sort) <(cd "$work/extracted" && find . ! -type d | LC_ALL=C sort) >"$work/diff" ||
  fail "the package's files are not the staging tree's: $(head -10 "$work/diff")"
say "package $(basename "$deb") checked ($((SECONDS - t)) s): $(grep -vc '/$' "$work/contents") files, Depends: $(field Depends)"

# 3. A clean root: Debian's minimal base with man-db, kept one week.
t=$SECONDS
key="$suite-minbase-man-db-$(date +%G-W%V)"
tarball="$cache/$key.tar.gz"
mkdir -p "$root"
if [ -f "$tarball" ] && tar -xzf "$tarball" -C "$root" 2>"$work/tar.err"; then
  say "clean root from $tarball ($((SECONDS - t)) s)"
else
  rm -rf --one-file-system "$root" && mkdir -p "$root"
  debootstrap --variant=minbase "$suite" "$root" "$mirror" >"$work/debootstrap.log" 2>&1 ||
    fail "debootstrap failed: $(tail -5 "$work/debootstrap.log")"
  cp /etc/resolv.conf "$root/etc/resolv.conf"
  chroot "$root" apt-get install -y -qq --no-install-recommends man-db >"$work/man-db.log" 2>&1 ||
    fail "apt-get install man-db in the clean root failed: $(tail -5 "$work/man-db.log")"
  chroot "$root" apt-get clean
  say "clean root made with debootstrap ($((SECONDS - t)) s)"
  if mkdir -p "$cache" 2>/dev/null; then
    rm -f "$cache"/"$suite"-minbase-*.tar.gz
    tar -czf "$tarball.tmp" -C "$root" . && mv "$tarball.tmp" "$tarball" ||
      { rm -f "$tarball.tmp"; say "warning: could not keep the clean root in $tarball"; }
  fi
fi
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount -t proc proc "$root/proc" || fail "cannot mount /proc in the clean root"
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LC_ALL=C.UTF-8 \
  DEBIAN_FRONTEND=noninteractive "$@"; }
! in_root dpkg-query -W libfmt9 >/dev/null 2>&1 || fail "the clean root already has libfmt9"

# 4. Install, run, remove.
t=$SECONDS
cp "$deb" "$root/tmp/"
in_root apt-get update -qq >"$work/apt.log" 2>&1 || fail "apt-get update in the clean root failed: $(tail -5 "$work/apt.log")"
in_root apt-get install -y -qq --no-install-recommends "/tmp/$(basename "$deb")" >"$work/apt.log" 2>&1 ||
  fail "apt-get install of the package in the clean root failed: $(tail -10 "$work/apt.log")"
in_root dpkg-query -W libfmt9 libtomlplusplus3 >/dev/null || fail "apt did not install libfmt9 and libtomlplusplus3"
out="$(in_root nytte --version)" || fail "nytte --version failed in the clean root"
[[ "$out" == *"$version"* ]] || fail "nytte --version in the clean root says '$out'"
in_root sh -c 'MANWIDTH=80 man nytte 2>&1 | head -5' >"$work/man.out" || fail "man nytte failed in the clean root"
grep -qi nytte "$work/man.out" || fail "man nytte in the clean root: $(cat "$work/man.out")"
in_root sh -c 'cd /tmp && nytte check-eligibility /usr/share/nytte/examples/citizens/aarhus-sho.toml \
  --rules aarhus --on 2025-09-01' >"$work/check.out" 2>&1 ||
  fail "check-eligibility --rules aarhus failed in the clean root: $(cat "$work/check.out")"
grep -q "rules aarhus" "$work/check.out" && grep -qE '^ +ELIGIBLE:' "$work/check.out" ||
  fail "check-eligibility --rules aarhus in the clean root: $(head -5 "$work/check.out")"
# Danish from the package's catalogue, in a root with no Danish locale.
! in_root locale -a 2>/dev/null | grep -qi '^da_DK' || fail "the clean root has a da_DK locale installed"
in_root env LC_ALL=da_DK.UTF-8 nytte check-eligibility --help >"$work/help.da" 2>&1 ||
  fail "LC_ALL=da_DK.UTF-8 nytte check-eligibility --help failed in the clean root: $(head -3 "$work/help.da")"
grep -q "$danish" "$work/help.da" ||
  fail "LC_ALL=da_DK.UTF-8 nytte check-eligibility --help in the clean root is not Danish: $(grep -m1 -- --lang "$work/help.da")"
say "in the clean root: ${out//$'\n'/, }; man nytte: $(grep -m1 -i nytte "$work/man.out" | tr -s ' ')"
say "in the clean root, no da_DK locale (locale -a: $(in_root locale -a 2>/dev/null | tr '\n' ' ')): $(grep -m1 -- --lang "$work/help.da" | tr -s ' ')"
head -2 "$work/check.out" | sed 's/^/ci-package:   /'
in_root dpkg -L nytte >"$work/files" || fail "dpkg -L nytte failed"
in_root dpkg -r nytte >"$work/remove.log" 2>&1 || fail "dpkg -r nytte failed: $(tail -5 "$work/remove.log")"
left=()
while IFS= read -r f; do
  [ -d "$root$f" ] && [ ! -L "$root$f" ] && continue # shared folders such as /usr/bin stay
  [ -e "$root$f" ] || [ -L "$root$f" ] && left+=("$f")
done <"$work/files"
for d in /usr/share/nytte /usr/share/doc/nytte; do [ ! -e "$root$d" ] || left+=("$d"); done
[ ${#left[@]} -eq 0 ] || fail "dpkg -r nytte left ${left[*]}"
status="$(in_root dpkg-query -W -f='${Status}' nytte 2>/dev/null || true)"
[[ "$status" != *" installed" ]] || fail "nytte is still installed after dpkg -r ($status)"
say "installed, run and removed in the clean root ($((SECONDS - t)) s): $(wc -l <"$work/files") paths, none left"
say "done in $((SECONDS - start)) s"
