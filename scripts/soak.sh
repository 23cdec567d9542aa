#!/usr/bin/env bash
# Soak test (not part of CI): the BBC corpus mixed with a few hundred generated bad files, in one
# run. Prints: inputs, reported, duplicates, failed (by reason), missing (must be 0), the slowest
# article and the run's peak memory.
# Usage: scripts/soak.sh [ANNOTATION_STORE]   (a store from an earlier BBC run skips re-annotating it)
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=../shared/corpora/bbc
[ -d "$CORPUS" ] || { echo "no $CORPUS (is ../shared present?)" >&2; exit 2; }
WORK=target/soak
STORE=${1:-$WORK/store}
rm -rf "$WORK/in" "$WORK/out"
mkdir -p "$WORK/in"
for f in "$CORPUS"/*.txt; do ln -s "$(realpath "$f")" "$WORK/in/"; done

python3 - "$WORK/in" <<'PY'
import os, random, sys
out = sys.argv[1]
random.seed(7)
bbc = sorted(f for f in os.listdir(out) if f.endswith('.txt'))
def w(name, data):
    with open(os.path.join(out, name), 'wb') as fh:
        fh.write(data)
for i in range(30):
    w(f'bad_empty_{i}.txt', b'')
    w(f'bad_blank_{i}.txt', b' \n\t\r\n' * (i + 1))
    w(f'bad_binary_{i}.txt', bytes(random.randrange(256) for _ in range(2000)) + b'\0')
    w(f'bad_pdf_{i}.txt', b'%PDF-1.4\n' + bytes(random.randrange(256) for _ in range(500)))
    src = open(os.path.join(out, bbc[i * 7 % len(bbc)]), 'rb').read()
    w(f'bad_truncated_{i}.txt', src[: len(src) // 2] + b'\xc2')          # cut inside a character
    w(f'bad_latin1_{i}.txt', src.decode('utf-8', 'replace').encode('latin-1', 'replace'))
    w(f'bad_crlf_{i}.txt', src.replace(b'\n', b'\r\n'))
    w(f'bad_bom_{i}.txt', b'\xef\xbb\xbf' + src)
    w(f'bad_runon_{i}.txt', b'Run on\n\n' + b'word ' * (500 + 100 * i))
    w(f'bad_markup_{i}.txt', b'<html><p>' + src.replace(b'\n', b'</p><p>') + b'</p></html>')
    w(f'bad_quotes_{i}.txt', src.replace(b'.', b'. \xe2\x80\x9c').replace(b',', b'",'))
for i in range(3):
    w(f'bad_huge_{i}.txt', b'Huge\n\n' + b'All work and no play. ' * 250000)
    w(f'bad_oneline_{i}.txt', b'y' * 200000)
os.mkdir(os.path.join(out, 'bad_directory.txt'))
PY

INPUTS=$(ls "$WORK/in" | wc -l)
echo "== running newsbeam over $INPUTS inputs"
/usr/bin/time -f "PEAK_RSS_KB %M" mvn -q -B compile exec:java \
  -Dexec.args="--input=$WORK/in/*.txt --output=$WORK/out --annotations=$STORE" \
  > "$WORK/run.log" 2>&1 || true
grep -E "^newsbeam" "$WORK/run.log" || true

python3 - "$WORK/out" "$INPUTS" "$WORK/run.log" <<'PY'
import csv, collections, re, sys
out, inputs, log = sys.argv[1], int(sys.argv[2]), open(sys.argv[3]).read()
def rows(name):
    return list(csv.DictReader(open(f'{out}/{name}', encoding='utf-8')))
reported, dups, fails = rows('articles.csv'), rows('duplicates.csv'), rows('failures.csv')
print(f'inputs {inputs}; reported {len(reported)}; duplicates {len(dups)}; failed {len(fails)}; '
      f'missing {inputs - len(reported) - len(dups) - len(fails)}')
reasons = collections.Counter(re.sub(r'\d[\d,]*', 'N', f['reason']) for f in fails)
for reason, n in reasons.most_common():
    print(f'  failed {n:4d}: {reason}')
slow = re.search(r'slowest article: (.*)', log)
peak = re.search(r'PEAK_RSS_KB (\d+)', log)
print('slowest article:', slow.group(1) if slow else '?')
print('peak memory: %.1f GB (maximum heap 6 GB, .mvn/jvm.config)' % (int(peak.group(1)) / 1024 / 1024) if peak else 'peak memory: ?')
PY
