#!/usr/bin/env python3
"""A test set for story detection: BBC articles, near-copies made of them, and real look-alikes.

  scripts/near-copies.py OUT [--seed=N] [--originals=N] [--bbc=DIR]

writes to the folder OUT (created; its old .txt files and gold.csv are replaced):

- N originals (default 300), drawn with the seed from the BBC articles that are not versions of
  another one, and for each 1-4 near-copies, each made by a random mix of the edits a reprint or
  an update makes: headline rewritten, an intro paragraph added at the top (from templates and
  the article's own words), the last paragraph(s) dropped, a byline and a dateline added, one
  sentence reworded, a few figures changed, paragraphs merged or split. A copy is made from the
  original or, like a wire update, from an earlier copy.
- for each original, the most similar other BBC article of its section (most shared words):
  same people and topic, another story.
- the BBC's own versions of one story: articles sharing at least half of their sentences word for
  word (a story re-edited under a new headline) are one story in the gold. Articles sharing 20-50%
  of their sentences (a follow-up that repeats paragraphs) are a grey zone and left out.
- gold.csv: article (file name without .txt), story (the label an article shares with the other
  articles of its story), made (original, copy edits joined by '|', similar, bbc-version).

Byte-identical BBC files count as one article (the first by name). Everything is read from and
written outside the repository: the BBC's text is not ours to commit.
"""
import collections
import csv
import hashlib
import itertools
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BBC = os.path.join(HERE, '..', '..', 'shared', 'corpora', 'bbc')

EDITS = ['headline', 'intro', 'trim', 'byline', 'reword', 'figures', 'rewrap']
SAME_STORY, GREY_ZONE = 0.5, 0.2

STOPWORDS = set('''a an the and or but if of to in on at by for with from as is are was were be been
being it its this that these those he she they we you i his her their our your them him us not no
has have had do does did will would can could should may might said says also than then there
which who whom what when where while about after before over into up down out more most very just
new one two three mr mrs ms'''.split())

SYNONYMS = {
    'said': 'stated', 'says': 'states', 'told': 'informed', 'big': 'large', 'large': 'big',
    'rise': 'increase', 'rose': 'climbed', 'fell': 'dropped', 'fall': 'drop', 'firm': 'company',
    'company': 'firm', 'plans': 'intends', 'plan': 'scheme', 'however': 'but', 'also': 'too',
    'people': 'individuals', 'show': 'reveal', 'shows': 'reveals', 'help': 'aid', 'buy': 'purchase',
    'start': 'begin', 'started': 'began', 'end': 'finish', 'win': 'victory', 'won': 'secured',
    'top': 'leading', 'major': 'key', 'government': 'administration', 'expected': 'forecast',
    'about': 'around', 'many': 'numerous', 'bid': 'offer', 'chief': 'head', 'move': 'step',
    'because': 'as', 'very': 'highly', 'now': 'currently', 'but': 'yet', 'want': 'wish',
    'wants': 'wishes', 'make': 'create', 'made': 'created', 'get': 'obtain', 'hit': 'struck',
    'deal': 'agreement', 'boss': 'chief', 'quit': 'leave', 'cut': 'reduce', 'cuts': 'reductions',
    'warns': 'cautions', 'warned': 'cautioned', 'backs': 'supports', 'set': 'poised',
}

HEADLINE_PREFIXES = ['UPDATE 1-', 'UPDATE 2-', 'UPDATE 3-', 'REFILE-', 'WRAPUP 1-', 'Exclusive: ',
                     'Analysis: ', 'BREAKING: ']
HEADLINE_SUFFIXES = [' - report', ' (updated)', ', sources say', ' - officials', ' | Local News']
BYLINES = ['By Staff Writer', 'By Our Correspondent', 'By a Staff Reporter', 'From wire reports',
           'By Business Desk', 'By News Staff']
DATELINES = ['LONDON (Reuters) - ', 'NEW YORK (AP) - ', 'PARIS (AFP) - ', 'LONDON, Feb 3 - ',
             'MANCHESTER - ', 'EDINBURGH (PA) - ', 'WASHINGTON (Reuters) - ', 'CARDIFF, Jan 12 - ']
PLACES = ['Leeds', 'Bristol', 'Glasgow', 'Belfast', 'Norwich', 'Dundee', 'Swansea', 'Plymouth',
          'the region', 'the county', 'our area']
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'the weekend']
INTROS = [
    'Readers in {place} have been following the news about {name} closely.',
    'Here is the latest on {topic}, a story that matters in {place}.',
    '{name} was back in the headlines on {day}.',
    'The story of {topic} has drawn interest across {place} this week.',
    'What happens next for {name} is being watched in {place}.',
    'Local interest in {topic} has grown since {day}.',
    'Our correspondent in {place} sends this report on {name}.',
    'There was more news on {day} about {topic}.',
]


def read_bbc(folder):
    """The BBC texts by id, one per distinct content (byte-identical files: the first by name)."""
    names = []
    for root, _, files in os.walk(folder):
        names += [os.path.join(root, f) for f in files if f.endswith('.txt')]
    texts, seen = {}, set()
    for path in sorted(names, key=os.path.basename):
        data = open(path, 'rb').read()
        digest = hashlib.sha256(data).digest()
        if digest in seen:
            continue
        seen.add(digest)
        try:
            text = data.decode('utf-8')
        except UnicodeDecodeError:
            text = data.decode('cp1252')
        texts[os.path.basename(path)[:-4]] = text
    return texts


def parse(text):
    """(title, paragraphs) of an article: line 1 the title, then one paragraph per non-blank line."""
    lines = text.replace('\r\n', '\n').split('\n')
    title = lines[0].strip()
    return title, [l.strip() for l in lines[1:] if l.strip()]


def render(title, paragraphs):
    return title + '\n\n' + '\n\n'.join(paragraphs) + '\n'


def section(article):
    return article.split('_')[1] if article.count('_') >= 2 else ''


def sentences(paragraph):
    return [s for s in re.split(r'(?:(?<=[.!?])|(?<=[.!?]["\u201d\']))\s+(?=[A-Z"\u201c\'])', paragraph) if s]


def long_sentences(text):
    """The sentences of six words or more: what two versions of one story share word for word."""
    _, paragraphs = parse(text)
    return {s for p in paragraphs for s in sentences(p) if len(s.split()) >= 6}


def content_words(text):
    return {w for w in re.findall(r"[a-z][a-z']+", text.lower()) if w not in STOPWORDS}


def versions(texts):
    """Pairs of BBC articles by the share of sentences they have in common (of the shorter's)."""
    sents = {a: long_sentences(t) for a, t in texts.items()}
    where = collections.defaultdict(list)
    for a, ss in sents.items():
        for s in ss:
            where[s].append(a)
    shared = collections.Counter()
    for arts in where.values():
        if 1 < len(arts) < 20:  # boilerplate sentences repeated across many articles are no sign
            for pair in itertools.combinations(sorted(arts), 2):
                shared[pair] += 1
    return {(a, b): n / max(1, min(len(sents[a]), len(sents[b]))) for (a, b), n in shared.items()}


class Copier:
    """Makes near-copies of an article with a seeded random generator."""

    def __init__(self, rng):
        self.rng = rng

    def copy(self, title, paragraphs, section_name):
        """(title, paragraphs, edits) of a copy: each edit kind with probability 1/2, at least one."""
        kinds = [k for k in EDITS if self.rng.random() < 0.5] or [self.rng.choice(EDITS)]
        paragraphs = list(paragraphs)
        done = []
        # The order a desk works in: text edits, trimming, a new headline, then what goes on top.
        for kind in ['reword', 'figures', 'rewrap', 'trim', 'headline', 'intro', 'byline']:
            if kind in kinds:
                result = getattr(self, kind)(title, paragraphs, section_name)
                if result is not None:
                    title, paragraphs = result
                    done.append(kind)
        return title, paragraphs, done

    def headline(self, title, paragraphs, _):
        words = title.split()
        how = self.rng.choice(['prefix', 'suffix', 'swap', 'synonym', 'lead'])
        if how == 'prefix':
            return self.rng.choice(HEADLINE_PREFIXES) + title, paragraphs
        if how == 'suffix':
            return title + self.rng.choice(HEADLINE_SUFFIXES), paragraphs
        if how == 'swap' and len(words) >= 3:
            i = self.rng.randrange(len(words) - 1)
            words[i], words[i + 1] = words[i + 1], words[i]
            return ' '.join(words), paragraphs
        if how == 'synonym':
            replaced = [SYNONYMS.get(w.lower(), w) for w in words]
            if replaced != words:
                return ' '.join(replaced), paragraphs
        # A headline written anew from the first words of the lead sentence.
        lead = next((p for p in paragraphs if len(p.split()) >= 9), paragraphs[0])
        lead = lead.split()[:self.rng.randint(5, 9)]
        return ' '.join(lead).rstrip(',;:') + ('' if self.rng.random() < 0.5 else ' - update'), \
            paragraphs

    def intro(self, title, paragraphs, section_name):
        text = ' '.join(paragraphs)
        names = re.findall(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)+\b", text)
        names = [n for n in names if n.split()[0] not in ('The', 'But', 'In', 'It', 'He', 'She')]
        words = [w for w in re.findall(r'[A-Za-z]+', title) if w.lower() not in STOPWORDS]
        topic = ' '.join(words[:3]).lower() or section_name
        fill = {'name': self.rng.choice(names) if names else 'the ' + section_name + ' world',
                'topic': topic, 'place': self.rng.choice(PLACES), 'day': self.rng.choice(DAYS)}
        chosen = self.rng.sample(INTROS, self.rng.randint(1, 2))
        sentence = ' '.join(t.format(**fill) for t in chosen)
        return title, [sentence[0].upper() + sentence[1:]] + paragraphs

    def trim(self, title, paragraphs, _):
        drop = 2 if len(paragraphs) >= 9 and self.rng.random() < 0.5 else 1
        if len(paragraphs) - drop < 3:
            return None
        return title, paragraphs[:-drop]

    def byline(self, title, paragraphs, _):
        first = self.rng.choice(DATELINES) + paragraphs[0]
        return title, [self.rng.choice(BYLINES), first] + paragraphs[1:]

    def reword(self, title, paragraphs, _):
        spots = [(i, j) for i, p in enumerate(paragraphs) for j, s in enumerate(sentences(p))
                 if len(s.split()) >= 8]
        if not spots:
            return None
        i, j = self.rng.choice(spots)
        ss = sentences(paragraphs[i])
        s = ss[j]
        clauses = s.rstrip('.').split(', ')
        if len(clauses) == 2 and self.rng.random() < 0.5:
            # Clause reorder: "A, B." -> "B, a."
            a, b = clauses
            a = a[0].lower() + a[1:] if not re.match(r'[A-Z][a-z]+ [A-Z]', a) else a
            s2 = b[0].upper() + b[1:] + ', ' + a + '.'
        else:
            words = s.split(' ')
            spots_w = [k for k, w in enumerate(words) if w.lower() in SYNONYMS]
            if not spots_w:
                return None
            for k in self.rng.sample(spots_w, min(len(spots_w), self.rng.randint(1, 3))):
                new = SYNONYMS[words[k].lower()]
                words[k] = new.capitalize() if words[k][0].isupper() else new
            s2 = ' '.join(words)
        ss[j] = s2
        return title, paragraphs[:i] + [' '.join(ss)] + paragraphs[i + 1:]

    def figures(self, title, paragraphs, _):
        spots = [(i, m.start(), m.end()) for i, p in enumerate(paragraphs)
                 for m in re.finditer(r'\d+(?:\.\d+)?', p)]
        if not spots:
            return None
        paragraphs = list(paragraphs)
        for i, start, end in sorted(self.rng.sample(spots, min(len(spots), self.rng.randint(1, 3))),
                                    key=lambda s: -s[1]):
            number = paragraphs[i][start:end]
            if '.' in number:
                whole, frac = number.split('.')
                changed = whole + '.' + str((int(frac) + self.rng.randint(1, 9)) % 10 ** len(frac))
            else:
                changed = str(max(0, int(number) + self.rng.choice([-3, -2, -1, 1, 2, 5, 10])))
            paragraphs[i] = paragraphs[i][:start] + changed + paragraphs[i][end:]
        return title, paragraphs

    def rewrap(self, title, paragraphs, _):
        paragraphs = list(paragraphs)
        for _ in range(self.rng.randint(1, 3)):
            if self.rng.random() < 0.5 and len(paragraphs) >= 2:
                i = self.rng.randrange(len(paragraphs) - 1)
                paragraphs[i:i + 2] = [paragraphs[i] + ' ' + paragraphs[i + 1]]
            else:
                long_ones = [i for i, p in enumerate(paragraphs) if len(sentences(p)) >= 2]
                if not long_ones:
                    continue
                i = self.rng.choice(long_ones)
                ss = sentences(paragraphs[i])
                cut = self.rng.randrange(1, len(ss))
                paragraphs[i:i + 1] = [' '.join(ss[:cut]), ' '.join(ss[cut:])]
        return title, paragraphs


def option(args, name, default):
    for a in args:
        if a.startswith('--' + name + '='):
            return a.split('=', 1)[1]
    return default


def main(args):
    outs = [a for a in args if not a.startswith('--')]
    if len(outs) != 1:
        sys.exit(__doc__)
    out = outs[0]
    seed = int(option(args, 'seed', '1'))
    n_originals = int(option(args, 'originals', '300'))
    folder = option(args, 'bbc', BBC)
    if not os.path.isdir(folder):
        sys.exit('near-copies.py: no BBC articles at %s (is ../shared present?)' % folder)
    rng = random.Random(seed)

    texts = read_bbc(folder)
    overlap = versions(texts)
    linked = collections.defaultdict(set)
    for (a, b), share in overlap.items():
        if share >= GREY_ZONE:
            linked[a].add(b)
            linked[b].add(a)
    # The BBC's own versions: connected groups whose every link is >= SAME_STORY; groups with a
    # grey link are left out whole.
    groups, placed = [], set()
    for a in sorted(linked):
        if a in placed:
            continue
        group, todo = {a}, [a]
        while todo:
            for b in linked[todo.pop()]:
                if b not in group:
                    group.add(b)
                    todo.append(b)
        placed |= group
        grey = any(overlap.get((x, y), 1.0) < SAME_STORY
                   for x, y in itertools.combinations(sorted(group), 2) if y in linked[x])
        groups.append((sorted(group), grey))
    singles = sorted(a for a in texts if a not in linked)

    originals = sorted(rng.sample(singles, min(n_originals, len(singles))))
    words = {a: content_words(texts[a]) for a in singles}
    by_section = collections.defaultdict(list)
    for a in singles:
        by_section[section(a)].append(a)
    similar = set()
    for a in originals:
        others = [b for b in by_section[section(a)] if b != a]
        best = max(others, key=lambda b: (len(words[a] & words[b]) / len(words[a] | words[b]), b))
        similar.add(best)
    similar -= set(originals)

    for f in os.listdir(out) if os.path.isdir(out) else []:
        if f.endswith('.txt') or f == 'gold.csv':
            os.remove(os.path.join(out, f))
    os.makedirs(out, exist_ok=True)
    gold = []
    copier = Copier(rng)
    kinds = collections.Counter()
    copies_per = collections.Counter()
    for a in originals:
        title, paragraphs = parse(texts[a])
        made = [(title, paragraphs)]
        n = rng.randint(1, 4)
        copies_per[n] += 1
        for c in range(1, n + 1):
            base_title, base_paragraphs = made[0] if rng.random() < 0.7 else rng.choice(made)
            t, ps, done = copier.copy(base_title, base_paragraphs, section(a))
            made.append((t, ps))
            kinds.update(done)
            name = '%s-copy%d' % (a, c)
            write(out, name, render(t, ps))
            gold.append((name, 'story-' + a, '|'.join(done)))
        write(out, a, texts[a])
        gold.append((a, 'story-' + a, 'original'))
    for a in sorted(similar):
        write(out, a, texts[a])
        gold.append((a, 'story-' + a, 'similar'))
    version_groups = [g for g, grey in groups if not grey]
    for g in version_groups:
        for a in g:
            write(out, a, texts[a])
            gold.append((a, 'story-' + g[0], 'bbc-version'))
    gold.sort()
    with open(os.path.join(out, 'gold.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['article', 'story', 'made'])
        w.writerows(gold)

    stories = collections.Counter(s for _, s, _ in gold)
    pairs = sum(n * (n - 1) // 2 for n in stories.values())
    print('near-copies.py seed=%d: %d articles in %s, %d stories, %d same-story pairs'
          % (seed, len(gold), out, len(stories), pairs))
    print('  %d originals with %d copies (stories of 1-4 copies: %s)'
          % (len(originals), sum(copies_per[k] * k for k in copies_per),
             ', '.join('%d x %d' % (copies_per[k], k) for k in sorted(copies_per))))
    print('  %d similar articles (same section, most shared words, another story)' % len(similar))
    print('  %d BBC version groups (%d articles); %d grey-zone groups (%d articles) left out'
          % (len(version_groups), sum(len(g) for g in version_groups),
             sum(1 for _, grey in groups if grey), sum(len(g) for g, grey in groups if grey)))
    print('  edits: ' + ', '.join('%s %d' % (k, kinds[k]) for k in EDITS))


def write(out, name, text):
    with open(os.path.join(out, name + '.txt'), 'w', encoding='utf-8') as f:
        f.write(text)


if __name__ == '__main__':
    main(sys.argv[1:])
