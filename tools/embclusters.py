#!/usr/bin/env python3
"""Rebuilds data/embclusters.tsv: clusters of fastText subword word vectors (docs/NER.md,
"Embedding clusters").

1. rasd's normalised tokens of SaudiNewsNet and of ANERcorp's sentences
   (`rasd clusters --tokens`), one article or sentence a line;
2. fastText skipgram with letter n-grams of 3 and 4 (Debian's `fasttext`): -dim 32 -ws 2
   -epoch 1 -neg 3 -minCount 3 -bucket 1000000, two threads (fastText's threads update the
   vectors without locks, so two runs give slightly different vectors and clusters; about
   3 CPU minutes);
3. the words to keep: every word seen at least twice, every ANERcorp word and its form
   without proclitics, most frequent first; `fasttext print-word-vectors` gives each a
   vector, built from its letter n-grams when the word is rarer than minCount;
4. `rasd clusters --vectors`: k-means at 64, 512 and 4,096 clusters.

usage: tools/embclusters.py SHARED_DATA OUT [WORKDIR]
(about 5 CPU minutes; needs Debian's fasttext). The file feeds the opt-in feature group
emb (`rasd train-ner --features all,emb`), measured in docs/NER.md and not shipped.
"""
import collections
import json
import os
import subprocess
import sys
import tempfile

PROCLITICS = ["وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل"]
FASTTEXT = ["fasttext", "skipgram", "-dim", "32", "-ws", "2", "-epoch", "1", "-neg", "3",
            "-minCount", "3", "-minn", "3", "-maxn", "4", "-bucket", "1000000", "-thread", "2",
            "-verbose", "1"]


def anercorp_jsonl(conll, out):
    with open(conll, encoding="utf-8") as f, open(out, "w", encoding="utf-8") as o:
        words, k = [], 0
        for line in f:
            parts = line.split()
            if parts:
                words.append(parts[0])
            elif words:
                o.write(json.dumps({"id": f"a{k}", "text": " ".join(words)},
                                   ensure_ascii=False) + "\n")
                words, k = [], k + 1
        if words:
            o.write(json.dumps({"id": f"a{k}", "text": " ".join(words)},
                               ensure_ascii=False) + "\n")


def stripped(w):
    out = []
    for p in PROCLITICS:
        if w.startswith(p) and len(w) - len(p) >= 2:
            out.append(w[len(p):])
            if p in ("وال", "بال", "فال", "كال", "لل"):
                out.append("ال" + w[len(p):])
            break
    return out


def word_list(all_tokens, aner_tokens, out):
    count = collections.Counter()
    with open(all_tokens, encoding="utf-8") as f:
        for line in f:
            count.update(line.split())
    aner = set()
    with open(aner_tokens, encoding="utf-8") as f:
        for line in f:
            aner.update(line.split())
    words = {w for w, n in count.items() if n >= 2} | aner
    for w in aner:
        words.update(stripped(w))
    words = sorted((w for w in words if not w.isdigit()), key=lambda w: (-count[w], w))
    with open(out, "w", encoding="utf-8") as o:
        o.write("\n".join(words) + "\n")


def main():
    shared, out = sys.argv[1], sys.argv[2]
    work = sys.argv[3] if len(sys.argv) > 3 else tempfile.mkdtemp(prefix="rasd-emb-")
    j = lambda name: os.path.join(work, name)
    anercorp_jsonl(os.path.join(shared, "anercorp/train.txt"), j("anercorp.jsonl"))
    subprocess.run(["build/rasd", "clusters", "--tokens", j("snn.txt"),
                    os.path.join(shared, "saudinewsnet/articles.jsonl.gz")], check=True)
    subprocess.run(["build/rasd", "clusters", "--tokens", j("aner.txt"), j("anercorp.jsonl")],
                   check=True)
    with open(j("all.txt"), "wb") as o:
        for name in ("snn.txt", "aner.txt"):
            with open(j(name), "rb") as f:
                o.write(f.read())
    subprocess.run(FASTTEXT + ["-input", j("all.txt"), "-output", j("ft")], check=True)
    word_list(j("all.txt"), j("aner.txt"), j("words.txt"))
    with open(j("words.txt"), "rb") as f, open(j("words.vec"), "wb") as o:
        subprocess.run(["fasttext", "print-word-vectors", j("ft.bin")], stdin=f, stdout=o,
                       check=True)
    subprocess.run(["build/rasd", "clusters", "--vectors", j("words.vec"), "-o", out],
                   check=True)


if __name__ == "__main__":
    main()
