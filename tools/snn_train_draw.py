#!/usr/bin/env python3
"""Draws the SaudiNewsNet training sentences of the recogniser (docs/NER.md "In-domain
training data"), in snn_sample.tsv's format: number, article id, byte start and end in the
article's text, the sentence.

  tools/snn_train_draw.py ../shared/data/saudinewsnet/articles.jsonl.gz . > tests/data/ner/snn_train_sample.tsv

Articles: drawn at random (random.Random(SEED)) among those that no file of the repository
(the second argument: its tests/, bench/, docs/, data/, tools/, src/ ...; not this draw's
own snn_train_*.tsv) names by id, so
that none is in snn_sample.tsv, the recall set or any hand-checked list; one sentence of 6
to 40 words per article, two when the article has 8 such sentences or more. Sentences end at
. ! ? ؟ followed by white space, or at a line break."""
import gzip
import json
import os
import random
import re
import sys

SEED = 15020
WANT = 1500
END = re.compile(r'[.!?؟](?=\s)|\n')


def named_ids(repo):
    ids = set()
    pat = re.compile(r'snn-\d{6}')
    for root, dirs, files in os.walk(repo):
        dirs[:] = [d for d in dirs if d not in ('.git', 'build')]
        for f in files:
            if f.startswith('snn_train_'):      # this draw's own output
                continue
            try:
                with open(os.path.join(root, f), encoding='utf-8', errors='ignore') as fh:
                    ids.update(pat.findall(fh.read()))
            except OSError:
                pass
    return ids


def sentences(text):
    """(start, end) character spans of the sentences of text, white space trimmed."""
    out, pos = [], 0
    text += '\n'
    for m in END.finditer(text):
        end = m.end() if text[m.start()] != '\n' else m.start()
        a, b = pos, end
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
        pos = m.end()
    return out


def main(corpus, repo):
    skip = named_ids(repo)
    arts = []
    for line in gzip.open(corpus, 'rt', encoding='utf-8'):
        a = json.loads(line)
        if a['id'] not in skip:
            arts.append((a['id'], a['text']))
    rnd = random.Random(SEED)
    rnd.shuffle(arts)
    n = 0
    for aid, text in arts:
        if n >= WANT:
            break
        cands = [(a, b) for a, b in sentences(text)
                 if 6 <= len(text[a:b].split()) <= 40 and '\t' not in text[a:b]]
        if not cands:
            continue
        take = rnd.sample(cands, 2 if len(cands) >= 8 else 1)
        for a, b in sorted(take):
            s = text[a:b]
            ba = len(text[:a].encode('utf-8'))
            bb = ba + len(s.encode('utf-8'))
            print(f'{n}\t{aid}\t{ba}\t{bb}\t{s}')
            n += 1


main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else '.')
