#!/usr/bin/env bash
# Kills newsbeam with SIGKILL at different moments of a run and checks, after each kill, that every
# report in the output directory is whole: byte-identical either to the previous run's file or to
# the new run's. Then reruns to completion and checks the reports are byte-identical to an
# uninterrupted run.
# Usage: scripts/kill-check.sh [SECONDS...]   (kill times after start; default 5 20 35 45 50 55)
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=target/kill-check
rm -rf "$WORK"
mkdir -p "$WORK/old-in" "$WORK/new-in"
cp seeds/*.txt "$WORK/old-in/"
cp seeds/*.txt src/test/resources/articles/*.txt "$WORK/new-in/"
TIMES=("$@")
[ ${#TIMES[@]} -gt 0 ] || TIMES=(5 20 35 45 50 55)
mvn -q -B compile

newsbeam() { # $1 = input folder, $2 = output folder; runs in the background, its pid in PID
  # Maven's launcher script execs java, so the pid is the JVM itself.
  mvn -q -B exec:java -Dexec.args="--input=$1/*.txt --output=$2" > "$2.log" 2>&1 &
  PID=$!
}

echo "== the previous reports (seed only) and the new ones (seed and test articles), uninterrupted"
newsbeam "$WORK/old-in" "$WORK/old"; wait "$PID"
start=$(date +%s)
newsbeam "$WORK/new-in" "$WORK/new"; wait "$PID"
echo "   an uninterrupted run takes $(( $(date +%s) - start )) s"

status=0
for t in "${TIMES[@]}"; do
  out="$WORK/killed-$t"
  cp -r "$WORK/old" "$out"
  newsbeam "$WORK/new-in" "$out"
  sleep "$t"
  kill -KILL "$PID" 2>/dev/null || true
  wait "$PID" 2>/dev/null || true
  old=0 new=0 torn=0
  for f in "$WORK"/new/*.csv; do
    name=$(basename "$f")
    if cmp -s "$f" "$out/$name"; then new=$((new + 1))
    elif cmp -s "$WORK/old/$name" "$out/$name"; then old=$((old + 1))
    else torn=$((torn + 1)); echo "   TORN: $name"; fi
  done
  newsbeam "$WORK/new-in" "$out"; wait "$PID"
  if diff -r -x '.*' "$WORK/new" "$out" > /dev/null; then rerun="byte-identical"; else rerun="DIFFERENT"; fi
  echo "killed at ${t} s: $old previous reports, $new new, $torn torn; rerun $rerun"
  [ "$torn" -eq 0 ] && [ "$rerun" = "byte-identical" ] || status=1
done
exit $status
