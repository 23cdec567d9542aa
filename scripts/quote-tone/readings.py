#!/usr/bin/env python3
"""Reading sheets for labelling the tone of PolNeAR train quotes, and the agreement of two readings.

  scripts/quote-tone/readings.py sheets DIR      writes DIR/sheet_K_{A,B}.csv: the sampled quotes with their
                                                  context, in batches of 300 (B in another order), for two
                                                  independent readers following ../shared/eval/quote_tone/GUIDE.md
  scripts/quote-tone/readings.py agreement       prints the agreement of the two readings in data/quote-tone/train.csv

The sheets hold PolNeAR's text, so they are written outside the repository; data/quote-tone/train.csv keeps only
ids, offsets and tones. The sample is fixed by its seed: the train quotes in the same order on every run.
"""
import collections
import csv
import os
import random
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
GOLD = os.path.join(ROOT, '..', 'shared', 'eval', 'quotes')
TRAIN = os.path.join(ROOT, 'data', 'quote-tone', 'train.csv')
SEED, SAMPLE, BATCH = 20261207, 5095, 300


def sample():
    rows = [r for r in csv.DictReader(open(os.path.join(GOLD, 'gold.csv'), encoding='utf-8'))
            if r['split'] == 'train']
    random.Random(SEED).shuffle(rows)
    texts = {}
    for i, r in enumerate(rows[:SAMPLE]):
        if r['article'] not in texts:
            path = os.path.join(GOLD, 'articles', r['article'] + '.txt')
            texts[r['article']] = open(path, encoding='utf-8').read()
        text, b, e = texts[r['article']], int(r['quote_begin']), int(r['quote_end'])
        yield dict(id=f'tr{i:04d}', article=r['article'], quote_begin=b, quote_end=e, speaker=r['speaker'],
                   quote=text[b:e], context=text[max(0, b - 250):b] + '[[' + text[b:e] + ']]' + text[e:e + 150])


def sheets(folder):
    os.makedirs(folder, exist_ok=True)
    rows = list(sample())
    for k in range(0, len(rows), BATCH):
        batch = rows[k:k + BATCH]
        for reader in 'AB':
            ordered = list(batch)
            if reader == 'B':
                random.Random(k // BATCH).shuffle(ordered)
            with open(os.path.join(folder, f'sheet_{k // BATCH}_{reader}.csv'), 'w', newline='', encoding='utf-8') as f:
                w = csv.DictWriter(f, fieldnames=['id', 'speaker', 'quote', 'context'], extrasaction='ignore')
                w.writeheader()
                w.writerows(ordered)
    print(f'{len(rows)} quotes in {(len(rows) + BATCH - 1) // BATCH} batches, two sheets each, in {folder}')


def agreement():
    rows = list(csv.DictReader(open(TRAIN, encoding='utf-8')))
    pairs = [(r['reading_1'], r['reading_2']) for r in rows]
    n = len(pairs)
    agreed = sum(a == b for a, b in pairs)
    first, second = collections.Counter(a for a, _ in pairs), collections.Counter(b for _, b in pairs)
    expected = sum(first[t] * second[t] for t in first) / n / n
    observed = agreed / n
    print(f'{n} quotes read twice; the readings agree on {agreed} ({observed:.3f}), '
          f"Cohen's kappa {(observed - expected) / (1 - expected):.3f}")
    print('kept (agreed):', dict(sorted(collections.Counter(a for a, b in pairs if a == b).items())))


if __name__ == '__main__':
    if len(sys.argv) == 3 and sys.argv[1] == 'sheets':
        sheets(sys.argv[2])
    elif len(sys.argv) == 2 and sys.argv[1] == 'agreement':
        agreement()
    else:
        sys.exit(__doc__)
