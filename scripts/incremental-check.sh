#!/usr/bin/env bash
# Measures a scheduled rerun: a full run over N BBC articles with a fresh annotation store, then
# reruns after 1% of the articles are new (their stored annotations and reports removed),
# and checks that each rerun's reports are byte-identical to the full run's. Two choices of the new
# 1%: "spread", every 100th file by name (all five sections, average length: what a growing archive
# adds), and "last", the last files by name (all from the tech section, twice the average length:
# the costly case). Then splits a rerun's time into its parts: reruns with every article stored,
# over all N and over the first N/4, give the cost per stored article (the slope) and the fixed
# part (the intercept); the full run less the fixed part gives the cost per new article.
# Prints the times, their ratios and the split.
# Usage: scripts/incremental-check.sh [N]    (default: the whole BBC set, 2,225 articles)
set -euo pipefail # (awk, not head, ends the pipes: head's early exit fails them)
cd "$(dirname "$0")/.."
CORPUS=../shared/corpora/bbc
[ -d "$CORPUS" ] || { echo "no $CORPUS (is ../shared present?)" >&2; exit 2; }
N=${1:-100000}
WORK=target/incremental
rm -rf "$WORK"
mkdir -p "$WORK/in" "$WORK/removed"
ls "$CORPUS"/*.txt | sort | awk -v n="$N" 'NR <= n' | while read -r f; do ln -s "$(realpath "$f")" "$WORK/in/"; done
TOTAL=$(ls "$WORK/in" | wc -l)
NEW=$(( (TOTAL + 99) / 100 ))
scripts/newsbeam --build

run() { # $1 = output folder, $2 = input folder; run as a scheduled run would be (see the README's Scheduling)
  local start end
  start=$(date +%s.%N)
  scripts/newsbeam --input="${2:-$WORK/in}/*.txt" --output="$1" --annotations="$WORK/store" \
    2>&1 | grep -E "^newsbeam" >&2
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

newly_added() { # $1 = spread | last: the names of the files that are new to the rerun
  if [ "$1" = spread ]; then
    ls "$WORK/in" | sort | awk -v step=$(( TOTAL / NEW )) -v n="$NEW" 'NR % step == 1 && ++k <= n'
  else
    ls "$WORK/in" | sort | tail -n "$NEW"
  fi
}

echo "== full run over $TOTAL articles (fresh annotation store)"
FULL=$(run "$WORK/full")
STATUS=0
for CHOICE in spread last; do
  echo "== $CHOICE: removing what the store holds for $NEW articles (1%): they are new to the rerun"
  newly_added "$CHOICE" | while read -r name; do
    hash=$(sha256sum < "$WORK/in/$name" | cut -d' ' -f1)
    mv "$WORK"/store/*/"$hash".json.gz "$WORK/removed/" 2>/dev/null || true # a duplicate text
    rm -f "$WORK"/store/*/*/"$hash".json.gz # and what a build of newsbeam kept of its report
  done
  RERUN=$(run "$WORK/rerun-$CHOICE")
  if diff -r "$WORK/full" "$WORK/rerun-$CHOICE" > /dev/null; then SAME="byte-identical"; else SAME="DIFFERENT"; STATUS=1; fi
  printf '%s: full run %.1f s; rerun after adding %d new articles (1%%) %.1f s = %.1f%% of the full run; reports %s\n' \
    "$CHOICE" "$FULL" "$NEW" "$RERUN" "$(echo "100 * $RERUN / $FULL" | bc -l)" "$SAME"
done
echo "== the parts of a rerun: every article stored, over $TOTAL and over a quarter of them"
mkdir -p "$WORK/quarter"
ls "$WORK/in" | sort | awk -v n=$(( TOTAL / 4 )) 'NR <= n' | while read -r name; do
  ln -s "$(realpath "$WORK/in/$name")" "$WORK/quarter/"
done
QUARTER=$(ls "$WORK/quarter" | wc -l)
ALL_STORED=$(run "$WORK/all-stored")
QUARTER_STORED=$(run "$WORK/quarter-stored" "$WORK/quarter")
awk -v n="$TOTAL" -v q="$QUARTER" -v tn="$ALL_STORED" -v tq="$QUARTER_STORED" -v full="$FULL" 'BEGIN {
  stored = (tn - tq) / (n - q); fixed = tq - stored * q; new = (full - fixed) / n
  printf "every article stored: %d articles %.1f s, %d articles %.1f s\n", n, tn, q, tq
  printf "fixed part of a run %.1f s; per stored article %.2f ms; per new article %.1f ms; stored / new %.2f%%\n",
    fixed, 1000 * stored, 1000 * new, 100 * stored / new
}'
exit $STATUS
