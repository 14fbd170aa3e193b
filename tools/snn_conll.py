#!/usr/bin/env python3
"""Builds the CoNLL files of the hand-labelled SaudiNewsNet sentences (docs/NER.md).

  tools/snn_conll.py tests/data/ner   # reads snn_sample.tsv and snn_labels.tsv there,
                                      # writes snn_dev.conll (0-69) and snn_heldout.conll (70-)
  tools/snn_conll.py tests/data/ner --train
        # reads snn_train_sample.tsv and snn_train_labels.tsv (other articles: the training
        # sentences of `rasd train-ner --extra`), writes snn_train.conll

Tokens: the sentence split at white space, punctuation split off (not between digits);
clitics stay on their word, as in ANERcorp. Tags: BIO over PERS, LOC, ORG, MISC. A label
whose tokens are not found in its sentence stops the script."""
import os
import sys

PUNCT = set('.,،:؛;!؟?"«»“”()[]{}<>…*/')
HELD_FROM = 70


def tokens(s):
    out = []
    for w in s.split():
        cur = ''
        for i, ch in enumerate(w):
            between_digits = 0 < i < len(w) - 1 and w[i - 1].isdigit() and w[i + 1].isdigit()
            if ch in PUNCT and not between_digits:
                if cur:
                    out.append(cur)
                out.append(ch)
                cur = ''
            else:
                cur += ch
        if cur:
            out.append(cur)
    return out


def main(d, train):
    pre = 'snn_train_' if train else 'snn_'
    sents = {}
    for line in open(os.path.join(d, pre + 'sample.tsv'), encoding='utf-8'):
        k, aid, a, b, text = line.rstrip('\n').split('\t')
        sents[int(k)] = tokens(text)
    tags = {k: ['O'] * len(t) for k, t in sents.items()}
    for line in open(os.path.join(d, pre + 'labels.tsv'), encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        k, typ, words = line.rstrip('\n').split('\t')
        k, ws, t = int(k), words.split(' '), sents[int(k)]
        for i in range(len(t) - len(ws) + 1):
            if t[i:i + len(ws)] == ws and all(x == 'O' for x in tags[k][i:i + len(ws)]):
                tags[k][i] = 'B-' + typ
                for j in range(i + 1, i + len(ws)):
                    tags[k][j] = 'I-' + typ
                break
        else:
            sys.exit(f'sentence {k}: {words} not found in {t}')
    outs = ((('snn_train.conll', lambda k: True),) if train else
            (('snn_dev.conll', lambda k: k < HELD_FROM),
             ('snn_heldout.conll', lambda k: k >= HELD_FROM)))
    for name, keep in outs:
        with open(os.path.join(d, name), 'w', encoding='utf-8') as f:
            for k in sorted(sents):
                if keep(k):
                    for w, tg in zip(sents[k], tags[k]):
                        f.write(f'{w} {tg}\n')
                    f.write('\n')


main(sys.argv[1] if len(sys.argv) > 1 else 'tests/data/ner', '--train' in sys.argv[2:])
