#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Loads a Pressgraph Turtle graph and the ontology into a throwaway Virtuoso (Debian's
# virtuoso-opensource: its own virtuoso.ini and database in a temporary directory, loopback
# only, free ports, no system service) and prints what tests/sparql/partners.mjs answers over
# its SPARQL endpoint; Virtuoso is shut down however this ends.
#
#   tests/sparql/virtuoso.sh graph.ttl ontology/pressgraph.ttl
#
# Exits 3, with the reason on stderr, when Virtuoso is not installed or does not start.
set -euo pipefail

graph=$(realpath "$1")
ontology=$(realpath "$2")
here=$(dirname "$(realpath "$0")")
command -v virtuoso-t >/dev/null && command -v isql-vt >/dev/null ||
  { echo "virtuoso-t/isql-vt not found (Debian package virtuoso-opensource)" >&2; exit 3; }

dir=$(mktemp -d "${TMPDIR:-/tmp}/pressgraph-virtuoso.XXXXXX")
pid=""
cleanup() {
  if [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null; then
    isql-vt "127.0.0.1:$sqlPort" dba dba exec="shutdown();" >/dev/null 2>&1 || true
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -rf "$dir"
}
trap cleanup EXIT

# Two free loopback ports, chosen by the kernel.
read -r sqlPort httpPort < <(python3 -c '
import socket
s = [socket.socket() for _ in range(2)]
for x in s: x.bind(("127.0.0.1", 0))
print(*(x.getsockname()[1] for x in s))')

cp "$graph" "$dir/graph.ttl"
cp "$ontology" "$dir/ontology.ttl"
cat >"$dir/virtuoso.ini" <<INI
[Database]
DatabaseFile = $dir/virtuoso.db
ErrorLogFile = $dir/virtuoso.log
LockFile = $dir/virtuoso.lck
TransactionFile = $dir/virtuoso.trx
xa_persistent_file = $dir/virtuoso.pxa
[TempDatabase]
DatabaseFile = $dir/virtuoso-temp.db
TransactionFile = $dir/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:$sqlPort
DirsAllowed = ., $dir
NumberOfBuffers = 20000
MaxDirtyBuffers = 15000
CheckpointInterval = 0
[HTTPServer]
ServerPort = 127.0.0.1:$httpPort
ServerRoot = $dir
ServerThreads = 4
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 60
INI

start=$(date +%s.%N)
(cd "$dir" && exec virtuoso-t +foreground +configfile "$dir/virtuoso.ini" >"$dir/stdout.log" 2>&1) &
pid=$!
# A new database takes a few seconds to create; the SQL port answers when it is ready.
for _ in $(seq 300); do
  isql-vt "127.0.0.1:$sqlPort" dba dba exec="select 1;" >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || { echo "virtuoso-t exited at start: $(tail -3 "$dir/virtuoso.log" 2>/dev/null)" >&2; exit 3; }
  sleep 0.1
done
isql-vt "127.0.0.1:$sqlPort" dba dba exec="select 1;" >/dev/null 2>&1 ||
  { echo "virtuoso-t did not answer on port $sqlPort in 30 s" >&2; exit 3; }
up=$(date +%s.%N)

# Bulk load: ld_dir registers the files, rdf_loader_run loads them, each into its graph.
isql-vt "127.0.0.1:$sqlPort" dba dba >"$dir/load.log" 2>&1 <<SQL
ld_dir('$dir', 'graph.ttl', 'urn:pressgraph:data');
ld_dir('$dir', 'ontology.ttl', 'urn:pressgraph:ontology');
rdf_loader_run();
checkpoint;
SELECT ll_file, ll_state, ll_error FROM DB.DBA.LOAD_LIST;
SQL
loaded=$(date +%s.%N)
errors=$(isql-vt "127.0.0.1:$sqlPort" dba dba exec="SELECT COUNT(*) FROM DB.DBA.LOAD_LIST WHERE ll_error IS NOT NULL;" 2>&1 |
         awk '/^[0-9]+$/ {print; exit}')
[[ $errors == 0 ]] || { echo "Virtuoso's loader reported errors:" >&2; cat "$dir/load.log" >&2; exit 1; }

node "$here/partners.mjs" --endpoint "http://127.0.0.1:$httpPort/sparql"
done_=$(date +%s.%N)
awk -v a="$start" -v b="$up" -v c="$loaded" -v d="$done_" \
  'BEGIN { printf "virtuoso: up in %.1f s, loaded in %.1f s, queried in %.1f s\n", b - a, c - b, d - c }' >&2
