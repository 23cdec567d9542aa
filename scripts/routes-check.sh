#!/usr/bin/env bash
# Runs newsbeam on the seed article by every route the README documents for one machine, and
# checks that each route works and writes the same reports, byte for byte:
#   1. `mvn compile exec:java` (the default engine, embedded Flink);
#   2. the same with --runner=DirectRunner;
#   3. the Flink profile with --runner=FlinkRunner;
#   4. the Spark profile with --runner=SparkRunner (Spark embedded in the JVM);
#   5. scripts/newsbeam (plain java).
# CI runs it after the tests. Usage: scripts/routes-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=target/routes
rm -rf "$WORK"
mkdir -p "$WORK"

route() {
  local name=$1
  shift
  echo "== $name"
  if ! "$@" > "$WORK/$name.log" 2>&1; then
    echo "FAILED: $name (log: $WORK/$name.log)" >&2
    tail -20 "$WORK/$name.log" >&2
    exit 1
  fi
  grep -E "^newsbeam: (read|wrote)" "$WORK/$name.log" || true
}

run_args() { echo "--input=seeds/*.txt --output=$WORK/$1 $2"; }

route default mvn -q -B compile exec:java -Dexec.args="$(run_args default '')"
route direct mvn -q -B compile exec:java -Dexec.args="$(run_args direct --runner=DirectRunner)"
route flink-profile mvn -q -B -Pflink-runner compile exec:java \
  -Dexec.args="$(run_args flink-profile --runner=FlinkRunner)"
route spark-profile mvn -q -B -Pspark-runner compile exec:java \
  -Dexec.args="$(run_args spark-profile --runner=SparkRunner)"
# shellcheck disable=SC2046 # one option per word
route script scripts/newsbeam $(run_args script '')

for name in direct flink-profile spark-profile script; do
  if ! diff -r "$WORK/default" "$WORK/$name" > "$WORK/$name.diff"; then
    echo "FAILED: the $name route's reports differ from the default's ($WORK/$name.diff)" >&2
    exit 1
  fi
done
echo "OK: every route ran and wrote the same $(ls "$WORK/default" | wc -l) reports"
