#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Every test, twice: in a normal build and in one with AddressSanitizer and UBSan; then every
# fuzz target on a fixed walk of about a minute (scripts/fuzz.sh --fixed, two at a time).
# Installs what the tests need first (Debian packages, and the npm packages jsonld and oxigraph
# into tests/, at the versions tests/package-lock.json pins).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh --test --fuzz
if [[ ! -d tests/node_modules/jsonld || ! -d tests/node_modules/oxigraph ]]; then
  (cd tests && npm ci --no-audit --no-fund --silent)
fi

# Every test runs here: a test that lacks a tool or a service fails rather than skips
# (tests/Skip.h). Only ../shared, which a user's clone never has, may be missing; CTest lists
# the tests that skipped for it at the end of each suite.
export PRESSGRAPH_TESTS_REQUIRE_TOOLS=1

jobs=$(nproc)
# Each suite sets every option that decides what it builds, because CMake keeps a build
# directory's earlier settings: demo.sh configures build/ without tests, and a suite that
# inherited that ran no test and passed (issue 13). --no-tests=error fails a suite that finds none.
run_suite() {  # build dir, extra cmake args...
  local dir=$1; shift
  cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPRESSGRAPH_TESTS=ON -DPRESSGRAPH_FUZZ=OFF \
    "$@" >/dev/null
  cmake --build "$dir" -j"$jobs"
  # Every Catch2 test case is one CTest entry: a name CTest split or lost would run nothing.
  local names catch2 ctest
  # (Catch2 v2 exits with the number of tests it listed, so its status is no error.)
  names=$("$dir/pressgraph_tests" --list-test-names-only) || true
  catch2=$(grep -c . <<<"$names" || true)
  ctest=$(ctest --test-dir "$dir" -N | sed -n 's/^Total Tests: //p')
  if [[ "$catch2" != "$ctest" ]]; then
    echo "test.sh: $dir: Catch2 has $catch2 test cases but CTest registered $ctest" >&2
    exit 1
  fi
  ctest --test-dir "$dir" --output-on-failure --no-tests=error -j"$jobs"
}

run_suite build -DPRESSGRAPH_SANITIZE=OFF
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  run_suite build-asan -DPRESSGRAPH_SANITIZE=ON
scripts/fuzz.sh --fixed
