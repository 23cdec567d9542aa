#!/usr/bin/env bash
# Measures whether the heap a run keeps alive grows with the number of articles: runs newsbeam over
# the first N and the first 4N BBC articles by name, sampling its live heap every 10 s with a class
# histogram (jcmd GC.class_histogram: a full collection, then the objects still reachable, so no
# garbage is counted), and prints each run's samples, its largest, and the growth per 1,000
# articles. The full collections slow a run down: this measures memory, not speed.
# Usage: scripts/memory-check.sh [N] [newsbeam options...]     (default N: 500)
#   scripts/memory-check.sh 500                              # the default engine (embedded Flink)
#   scripts/memory-check.sh 500 --runner=DirectRunner
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=../shared/corpora/bbc
[ -d "$CORPUS" ] || { echo "no $CORPUS (is ../shared present?)" >&2; exit 2; }
N=${1:-500}
shift || true
WORK=target/memory-check
scripts/newsbeam --build
CP="target/classes:$(cat target/classpath.txt)"
# shellcheck disable=SC2207 # one JVM option per word
JVM=($(cat .mvn/jvm.config) --add-opens=java.base/java.lang=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent=ALL-UNNAMED)

mapfile -t ALL < <(printf '%s\n' "$CORPUS"/*.txt | sort)

measure() { # $1 = number of articles; writes the articles found and the largest live heap in MB
  local n=$1 in="$WORK/in-$1" pid start f
  shift
  rm -rf "$in" "$WORK/out-$n" && mkdir -p "$in"
  for f in "${ALL[@]:0:n}"; do ln -s "$(realpath "$f")" "$in/"; done
  start=$(date +%s)
  java "${JVM[@]}" -cp "$CP" org.newsbeam.Newsbeam --input="$in/*.txt" --output="$WORK/out-$n" \
    "$@" >"$WORK/log-$n" 2>&1 &
  pid=$!
  : >"$WORK/live-$n"
  while kill -0 "$pid" 2>/dev/null; do
    sleep 10
    jcmd "$pid" GC.class_histogram 2>/dev/null | awk -v t=$(($(date +%s) - start)) \
      '/^Total/ {printf "%d %.0f\n", t, $3 / 1e6}' >>"$WORK/live-$n" || true
  done
  wait "$pid" || { echo "newsbeam failed; see $WORK/log-$n" >&2; exit 1; }
  grep -E "^newsbeam: [0-9]+ files" "$WORK/log-$n"
  echo "$n articles, live heap MB by second: $(awk '{printf "%s:%s ", $1, $2}' "$WORK/live-$n")"
  echo "$(find "$in" -name '*.txt' | wc -l) $(sort -k2 -n "$WORK/live-$n" | tail -1 | cut -d' ' -f2)" \
    >"$WORK/result-$n"
}

mkdir -p "$WORK"
measure "$N" "$@"
measure $((4 * N)) "$@"
read -r SMALL_N SMALL <"$WORK/result-$N"
read -r LARGE_N LARGE <"$WORK/result-$((4 * N))"
echo "largest live heap: $SMALL MB over $SMALL_N articles, $LARGE MB over $LARGE_N;" \
  "growth $(echo "scale=1; ($LARGE - $SMALL) * 1000 / ($LARGE_N - $SMALL_N)" | bc) MB per 1,000 articles"
