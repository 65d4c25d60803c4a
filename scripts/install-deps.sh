#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs, from Debian's packages, whatever Pressgraph needs and this machine lacks.
#   scripts/install-deps.sh          build and run
#   scripts/install-deps.sh --test   also what the tests use (serdi/rapper/dot/node readers)
#   scripts/install-deps.sh --fuzz   also clang and libFuzzer, for scripts/fuzz.sh (flags combine)
set -euo pipefail

BUILD=(g++ cmake ninja-build pkg-config libboost-graph-dev rapidjson-dev libserd-dev libcli11-dev
       libicu-dev libxml2-dev libgraphviz-dev libmimalloc-dev iso-codes wamerican serdi)
TEST=(catch2 raptor2-utils graphviz file nodejs npm python3 time virtuoso-opensource)
FUZZ=(clang libclang-rt-14-dev python3)  # libFuzzer's runtime is in libclang-rt

want=("${BUILD[@]}")
for flag in "$@"; do
  case $flag in
    --test) want+=("${TEST[@]}") ;;
    --fuzz) want+=("${FUZZ[@]}") ;;
    *) echo "usage: $0 [--test] [--fuzz]" >&2; exit 2 ;;
  esac
done

missing=()
for pkg in "${want[@]}"; do
  # A node/npm installed some other way (nvm, NodeSource) serves as well as Debian's.
  [[ $pkg == nodejs ]] && command -v node >/dev/null && continue
  [[ $pkg == npm ]] && command -v npm >/dev/null && continue
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
  echo "pressgraph: installing ${missing[*]}" >&2
  SUDO=""
  [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
