#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the libFuzzer targets in fuzz/ (clang, ASan, UBSan) and runs each for SECONDS (default
# 60), two at a time, from seeds made at run time. Exits 1 on any crash, leak, sanitizer report
# or timeout; the input that caused it is left in build-fuzz/fuzz-run/artifacts/.
#   scripts/fuzz.sh [SECONDS]                      every target, a random walk that goes on from
#                                                  the corpus earlier runs grew
#   scripts/fuzz.sh SECONDS fuzz_html fuzz_graph   only these
#   scripts/fuzz.sh --fixed [TARGET...]            what scripts/test.sh runs: from the seeds alone,
#                                                  libFuzzer's seed 1 and a set number of inputs
#                                                  per target (about a minute each here), so the
#                                                  same code passes or fails the same way every
#                                                  time; finding new bugs is the timed runs' job
# FUZZ_BUILD (build dir, default build-fuzz), FUZZ_JOBS (targets at once, default 2).
set -euo pipefail
cd "$(dirname "$0")/.."

fixed=0
if [[ ${1:-} == --fixed ]]; then
  fixed=1
  shift
  seconds=900  # only a guard: the number of inputs ends these runs
else
  seconds=${1:-60}
  shift || true
fi
targets=("$@")
((${#targets[@]})) || targets=(fuzz_text fuzz_html fuzz_json fuzz_cleaner fuzz_extract fuzz_graph)
build=${FUZZ_BUILD:-build-fuzz}
jobs=${FUZZ_JOBS:-2}
work=$build/fuzz-run

command -v clang++ >/dev/null || scripts/install-deps.sh --fuzz
CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPRESSGRAPH_FUZZ=ON \
  -DPRESSGRAPH_TESTS=OFF >/dev/null
# pressgraph itself writes the graph reader's seeds: the normal build's when there is one.
pressgraph=build/pressgraph
[[ -x $pressgraph ]] || pressgraph=$build/pressgraph
cmake --build "$build" -j2 --target "${targets[@]}" $([[ $pressgraph == "$build"/* ]] && echo pressgraph)

# Seeds: the project's own documents, and the shared dev pages when they are there (never
# copied into the repository). A seed file per document and per form it can take.
seeds=$work/seeds
rm -rf "$seeds" && mkdir -p "$seeds"/{text,html,json,extract,graph} "$work/artifacts" "$work/logs"
shopt -s nullglob globstar
texts=(tests/data/**/*.txt examples/corpus/**/*.txt ../shared/corpus/dev/docs/*.txt)
htmls=(tests/data/**/*.html examples/corpus/**/*.html)
jsons=(tests/data/**/*.json tests/data/**/*.jsonl examples/corpus/**/*.json examples/corpus/**/*.jsonl)
python3 - "$seeds" "${texts[@]}" -- "${htmls[@]}" -- "${jsons[@]}" <<'EOF'
import html, json, pathlib, sys
out = pathlib.Path(sys.argv[1])
args = sys.argv[2:]
first = args.index("--"); second = args.index("--", first + 1)
texts, htmls, jsons = args[:first], args[first + 1:second], args[second + 1:]
def put(kind, name, data):
    (out / kind / name).write_bytes(data)
for i, path in enumerate(texts):
    data = pathlib.Path(path).read_bytes()
    text = data.decode("utf-8", "replace")
    put("text", f"{i}.txt", data)
    page = "<html><head><title>%s</title></head><body><nav>Home | News</nav>%s</body></html>" % (
        html.escape(text.split("\n", 1)[0]),
        "".join("<p>%s</p>\n" % html.escape(p) for p in text.split("\n") if p.strip()))
    put("html", f"t{i}.html", page.encode())
    record = {"url": f"https://example.org/{i}", "title": text.split("\n", 1)[0], "text": text}
    put("json", f"t{i}.json", json.dumps(record, ensure_ascii=i % 2 == 0).encode())
    # The extraction target's first byte picks the format: '0' text, '1' HTML, '2' JSON, '3' JSONL.
    put("extract", f"{i}.txt", b"0" + data)
    if i % 4 == 1: put("extract", f"{i}.html", b"1" + page.encode())
    if i % 4 == 2: put("extract", f"{i}.json", b"2" + json.dumps(record).encode())
    if i % 4 == 3: put("extract", f"{i}.jsonl", b"3" + json.dumps(record).encode() + b"\n" + json.dumps(record).encode())
for i, path in enumerate(htmls):
    data = pathlib.Path(path).read_bytes()
    put("html", f"{i}.html", data)
    put("extract", f"h{i}.html", b"1" + data)
# Pathological shapes that once cost the HTML parser more than linear time (issue 13), small
# enough that libFuzzer's input size stays near the documents'; tests/ has them full size.
sentence = "IOM held a workshop in Minsk on 3 May 2024."
shapes = {
    "deep-div": "<div>" * 3000 + sentence + "</div>" * 3000,
    "deep-div-stray-ends": "<div>" * 3000 + sentence + "</span>" * 3000,
    "unclosed-p": "<p>Menu" * 3000 + "<p>" + sentence,
    "nested-tables": "<table><tr><td>" * 1000 + sentence,
    "many-attributes": "<div" + "".join(" a%d=v" % k for k in range(3000)) + ">" + sentence,
    "long-attribute": '<p title="' + "a" * 20000 + '">' + sentence,
    "long-comment": "<!--" + "-" * 20000 + "--><p>" + sentence,
    "unterminated-script": "<p>" + sentence + "<script>" + "var x = '<div>';" * 1000,
}
for name, page in shapes.items():
    put("html", f"shape-{name}.html", page.encode())
for i, path in enumerate(jsons):
    data = pathlib.Path(path).read_bytes()
    put("json", f"{i}.json", data)
    put("extract", f"j{i}.json", (b"3" if path.endswith("l") else b"2") + data)
EOF
# A small graph per example document, in Turtle and N-Triples, written by pressgraph itself.
i=0
for doc in examples/corpus/**/*.*; do
  "$pressgraph" build -q "$doc" -o "$seeds/graph/$i.ttl" 2>/dev/null || true
  "$pressgraph" export "$seeds/graph/$i.ttl" -o "$seeds/graph/$i.nt" 2>/dev/null || true
  i=$((i + 1))
done

seeds_of() {
  case $1 in
    fuzz_text | fuzz_cleaner) echo text ;;
    fuzz_html) echo html ;;
    fuzz_json) echo json ;;
    fuzz_extract) echo extract ;;
    fuzz_graph) echo graph ;;
  esac
}
# The inputs of a --fixed run: what each target gets through in about a minute on the 2-core
# machine, two targets at once, under the sanitizers.
runs_of() {
  case $1 in
    fuzz_text) echo 3000000 ;;
    fuzz_html) echo 150000 ;;
    fuzz_json) echo 50000 ;;
    fuzz_cleaner) echo 200000 ;;
    fuzz_extract) echo 15000 ;;
    fuzz_graph) echo 30000 ;;
  esac
}
dict_of() {
  case $1 in
    fuzz_html) echo fuzz/html.dict ;;
    fuzz_json) echo fuzz/json.dict ;;
    fuzz_graph) echo fuzz/turtle.dict ;;
    *) echo fuzz/press.dict ;;
  esac
}

# UBSan stops at the first report (the build has -fno-sanitize-recover); LSan is on by default.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
# A --fixed walk: libFuzzer's seed 1, its corpus not reloaded on a timer, and no address space
# layout randomisation where the kernel lets setarch turn it off (with it, two runs of fuzz_text
# on the same seeds kept 314 and 318 inputs).
# The targets' input files go under a temp directory made afresh, at a path that does not depend
# on where the clone is (the path ends up in the graphs the targets build): runs that found their
# directories from an earlier run walked differently from runs that made them. Two --fixed runs
# at once wait for each other.
norandom=()
if ((fixed)); then
  if setarch -R true 2>/dev/null; then norandom=(setarch -R); fi
  fixed_tmp=${TMPDIR:-/tmp}/pressgraph-fuzz-fixed
  exec 9>"$fixed_tmp.lock"
  flock -w 3600 9 || { echo "fuzz.sh: another --fixed run has held $fixed_tmp.lock for an hour" >&2; exit 1; }
  rm -rf "$fixed_tmp" && mkdir -p "$fixed_tmp"
  export TMPDIR=$fixed_tmp
fi
# A --fixed run grows its corpus apart, from nothing, each time.
corpus_of() { if ((fixed)); then echo "$work/fixed-corpus/$1"; else echo "$work/corpus/$1"; fi; }
run_target() {
  local t=$1 corpus walk=()
  corpus=$(corpus_of "$1")
  if ((fixed)); then
    rm -rf "$corpus"
    walk=(-seed=1 -runs="$(runs_of "$t")" -reload=0)
  fi
  mkdir -p "$corpus"
  # -timeout: an input that takes half a minute is a hang worth reporting.
  nice -n 19 "${norandom[@]}" "$build/$t" "${walk[@]}" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2048 \
    -print_final_stats=1 -dict="$(dict_of "$t")" -artifact_prefix="$work/artifacts/$t-" \
    "$corpus" "$seeds/$(seeds_of "$t")" >"$work/logs/$t.log" 2>&1 9>&-
}

failed=0
pids=() names=()
finish_one() {  # waits for the oldest running target
  local status=0
  wait "${pids[0]}" || status=$?
  local t=${names[0]} log=$work/logs/${names[0]}.log
  pids=("${pids[@]:1}") names=("${names[@]:1}")
  local execs corpus result=ok
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  corpus=$(find "$(corpus_of "$t")" -type f | wc -l)
  if ((status != 0)) || grep -qE '^(==[0-9]+==ERROR|SUMMARY: |.*runtime error: )' "$log"; then
    result="FAILED (exit $status; see $log)"
    failed=1
    grep -E 'ERROR|SUMMARY|runtime error|Test unit written' "$log" | head -5 >&2 || true
  fi
  local took
  took=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)
  # A machine too slow to finish the fixed walk before the guard has fuzzed something else.
  if ((fixed)) && [[ $result == ok && ${execs:-0} -lt $(runs_of "$t") ]]; then
    result="ok, but stopped by the ${seconds}s guard before $(runs_of "$t") inputs: not the fixed walk"
  fi
  printf '%-14s %6ss %12s execs %6s in corpus  %s\n' "$t" "${took:-$seconds}" "${execs:-?}" "$corpus" "$result"
}
for t in "${targets[@]}"; do
  ((${#pids[@]} < jobs)) || finish_one
  run_target "$t" &
  pids+=($!) names+=("$t")
done
while ((${#pids[@]})); do finish_one; done
exit $failed
