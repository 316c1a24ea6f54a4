#!/usr/bin/env bash
# Installs the Debian packages nytte needs to build and test, if missing;
# with package names as arguments, those instead (the CI scripts' extras).
set -euo pipefail
packages=("$@")
[ $# -gt 0 ] || packages=(g++ cmake make clang-format libcli11-dev libfmt-dev libtomlplusplus-dev doctest-dev python3 jq
  python3-icalendar python3-dateutil
  gettext  # the Danish catalogue (po/): msgfmt and msgcat at build time, xgettext in its test
  tmux  # the interview's test under a real terminal
  git python3-yaml  # examples/ci's jobs, parsed and run against a scratch repository (ci_examples.t)
  groff-base man-db bash-completion zsh fish)  # the generated man pages and completions, tested
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
