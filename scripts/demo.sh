#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The main job: install what is missing, build, and turn the sample corpus in examples/ into a
# knowledge graph (Turtle), a picture (SVG) and a summary.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
# Every option that decides what build/ holds, whatever configured it before (test.sh shares it).
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DPRESSGRAPH_TESTS=OFF -DPRESSGRAPH_SANITIZE=OFF \
  -DPRESSGRAPH_FUZZ=OFF >/dev/null
cmake --build build -j"$(nproc)"

mkdir -p out
build/pressgraph build examples/corpus -o out/examples.ttl
build/pressgraph export out/examples.ttl -o out/examples.svg
echo
build/pressgraph stats out/examples.ttl
echo
echo "Partners of IOM:"
build/pressgraph query out/examples.ttl partners IOM
echo
echo "Wrote out/examples.ttl and out/examples.svg."
