#!/usr/bin/env bash
# Records an AppCDS archive (target/cds/neo4j-local.jsa) that run.sh then uses to start faster.
# Starts the DB once on a free port with a throwaway data dir, runs a few warm-up statements,
# stops it, and keeps the class list the JVM dumped at exit. Takes ~20-40 s; re-run after a rebuild
# (run.sh ignores an archive older than the build). Safe to skip: run.sh works without it.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
mkdir -p "$HERE/target/cds"
WORK="$(mktemp -d "$HERE/target/cds/train.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

# Builds if needed, exactly like a normal start.
NEO4J_LOCAL_CDS_DUMP="$WORK/neo4j-local.jsa" "$HERE/run.sh" \
  --port 0 --data "$WORK/data" --warmup >"$WORK/stdout" 2>"$WORK/stderr" &
pid=$!

deadline=$((SECONDS + 600))
until grep -q '^NEO4J_READY ' "$WORK/stdout" 2>/dev/null; do
  if ! kill -0 "$pid" 2>/dev/null || ((SECONDS > deadline)); then
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" || true
    echo "neo4j-local: CDS training run failed to start; its stderr:" >&2
    tail -n 20 "$WORK/stderr" >&2
    exit 1
  fi
  sleep 0.2
done

kill -TERM "$pid"
rc=0
wait "$pid" || rc=$?
if [[ "$rc" != 0 || ! -s "$WORK/neo4j-local.jsa" ]]; then
  echo "neo4j-local: CDS training run exited with $rc and no archive; its stderr:" >&2
  tail -n 20 "$WORK/stderr" >&2
  exit 1
fi
mv -f "$WORK/neo4j-local.jsa" "$HERE/target/cds/neo4j-local.jsa"
echo "neo4j-local: wrote $HERE/target/cds/neo4j-local.jsa ($(du -h "$HERE/target/cds/neo4j-local.jsa" | cut -f1))" >&2
