#!/usr/bin/env python3
"""Reading sheets for the referents of pronoun speakers in PolNeAR train quotes, and the merge of two readings.

  scripts/pronoun-referents/readings.py sheets DIR        writes DIR/part_K.txt: the sampled train articles, each cut
                                                           after its last pronoun-speaker quote, every pronoun speaker
                                                           marked [[Pn: he]], for two independent readers
  scripts/pronoun-referents/readings.py merge A.csv B.csv  merges two readings (id,referent) into
                                                           data/pronoun-referents/train.csv and prints their agreement

A reader names whom each marked pronoun refers to, copying the fullest form of the name the article gives before
the quote (or '?' where the text does not tell). The sheets hold PolNeAR's text, so they are written outside the
repository; train.csv keeps only ids and offsets: the quote, the pronoun and the referent's first full mention.
"""
import csv
import os
import random
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
GOLD = os.path.join(ROOT, '..', 'shared', 'eval', 'quotes')
TRAIN = os.path.join(ROOT, 'data', 'pronoun-referents', 'train.csv')
SEED, ARTICLES, PARTS = 20261207, 200, 2


def text_of(article):
    return open(os.path.join(GOLD, 'articles', article + '.txt'), encoding='utf-8').read()


def sample():
    """The pronoun-speaker quotes of ARTICLES train articles drawn by the seed, numbered in article order."""
    rows = [r for r in csv.DictReader(open(os.path.join(GOLD, 'gold.csv'), encoding='utf-8'))
            if r['split'] == 'train' and r['speaker_kind'] == 'pronoun']
    articles = sorted({r['article'] for r in rows})
    random.Random(SEED).shuffle(articles)
    chosen = articles[:ARTICLES]
    n = 0
    for a in chosen:
        quotes = sorted((r for r in rows if r['article'] == a), key=lambda r: int(r['speaker_begin']))
        for r in quotes:
            yield dict(id=f'pr{n:04d}', article=a, quote_begin=r['quote_begin'], quote_end=r['quote_end'],
                       speaker_begin=r['speaker_begin'], speaker_end=r['speaker_end'])
            n += 1


def sheets(folder):
    os.makedirs(folder, exist_ok=True)
    rows = list(sample())
    by_article = {}
    for r in rows:
        by_article.setdefault(r['article'], []).append(r)
    articles = list(by_article)
    size = (len(articles) + PARTS - 1) // PARTS
    for k in range(PARTS):
        with open(os.path.join(folder, f'part_{k}.txt'), 'w', encoding='utf-8') as out:
            for a in articles[k * size:(k + 1) * size]:
                text, quotes = text_of(a), by_article[a]
                cut = max(max(int(q['quote_end']), int(q['speaker_end'])) for q in quotes) + 200
                pieces, at = [], 0
                for q in quotes:
                    b, e = int(q['speaker_begin']), int(q['speaker_end'])
                    pieces += [text[at:b], f"[[{q['id']}: {text[b:e]}]]"]
                    at = e
                pieces.append(text[at:cut])
                out.write(f"===== ARTICLE {a} =====\n{''.join(pieces)}\n\n")
    print(f'{len(rows)} pronoun quotes in {len(articles)} articles, {PARTS} parts, in {folder}')


def surname(name):
    words = re.findall(r"[\w'-]+", name)
    return words[-1].lower() if words else ''


def merge(first, second):
    readings = [{r['id']: r['referent'].strip() for r in csv.DictReader(open(p, encoding='utf-8'))}
                for p in (first, second)]
    rows = list(sample())
    agreed = kept = 0
    out = []
    for r in rows:
        a, b = readings[0].get(r['id'], '?'), readings[1].get(r['id'], '?')
        same = a not in ('', '?') and surname(a) == surname(b)
        agreed += same or (a in ('', '?') and b in ('', '?'))
        begin = end = ''
        if same:
            text = text_of(r['article'])
            name = max((a, b), key=len)
            at = text.find(name)
            if at < 0:
                name = min((a, b), key=len)
                at = text.find(name)
            if at >= 0:
                begin, end = at, at + len(name)
                kept += 1
        out.append(dict(r, referent_begin=begin, referent_end=end))
    os.makedirs(os.path.dirname(TRAIN), exist_ok=True)
    with open(TRAIN, 'w', newline='', encoding='utf-8') as f:
        w = csv.DictWriter(f, fieldnames=['id', 'article', 'quote_begin', 'quote_end', 'speaker_begin',
                                          'speaker_end', 'referent_begin', 'referent_end'])
        w.writeheader()
        w.writerows(out)
    print(f'{len(rows)} pronoun quotes read twice; the readings agree on {agreed} ({agreed / len(rows):.3f}); '
          f'kept with a referent found in the text: {kept}')


if __name__ == '__main__':
    if len(sys.argv) == 3 and sys.argv[1] == 'sheets':
        sheets(sys.argv[2])
    elif len(sys.argv) == 4 and sys.argv[1] == 'merge':
        merge(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
