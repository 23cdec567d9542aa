#!/usr/bin/env bash
# Measures a scheduled rerun: a full run over N BBC articles with a fresh annotation store, then a
# rerun after 1% of the articles are new (their stored annotations removed), and checks that the
# rerun's reports are byte-identical to the full run's. Prints both times and their ratio.
# Usage: scripts/incremental-check.sh [N]    (default: the whole BBC set, 2,225 articles)
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=../shared/corpora/bbc
[ -d "$CORPUS" ] || { echo "no $CORPUS (is ../shared present?)" >&2; exit 2; }
N=${1:-100000}
WORK=target/incremental
rm -rf "$WORK"
mkdir -p "$WORK/in"
ls "$CORPUS"/*.txt | sort | head -n "$N" | while read -r f; do ln -s "$(realpath "$f")" "$WORK/in/"; done
TOTAL=$(ls "$WORK/in" | wc -l)
NEW=$(( (TOTAL + 99) / 100 ))
mvn -q -B compile

run() { # $1 = output folder
  local start end
  start=$(date +%s.%N)
  mvn -q -B exec:java -Dexec.args="--input=$WORK/in/*.txt --output=$1 --annotations=$WORK/store" \
    2>&1 | grep -E "^newsbeam" >&2
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

echo "== full run over $TOTAL articles (fresh annotation store)"
FULL=$(run "$WORK/full")
echo "== removing the stored annotations of $NEW articles (1%): they are new to the next run"
ls "$WORK/in" | sort | tail -n "$NEW" | while read -r name; do
  hash=$(sha256sum < "$WORK/in/$name" | cut -d' ' -f1)
  rm -f "$WORK"/store/*/"$hash".json.gz
done
echo "== rerun over $TOTAL articles, $NEW of them new"
RERUN=$(run "$WORK/rerun")
if diff -r "$WORK/full" "$WORK/rerun" > /dev/null; then SAME="byte-identical"; else SAME="DIFFERENT"; fi
printf 'full run %.1f s; rerun after adding %d new articles (1%%) %.1f s = %.1f%% of the full run; reports %s\n' \
  "$FULL" "$NEW" "$RERUN" "$(echo "100 * $RERUN / $FULL" | bc -l)" "$SAME"
[ "$SAME" = "byte-identical" ]
