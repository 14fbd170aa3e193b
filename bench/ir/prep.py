#!/usr/bin/env python3
"""bench/ir/prep.py ARCD_DIR SNN.jsonl.gz OUT_DIR — the input of the search benchmark.

Writes into OUT_DIR (bench/ir/run.sh uses build/bench/ir), deterministically: the same
inputs always give the same bytes.

  docs-arcd.bin, docs-arcd.jsonl     the 465 ARCD passages (ARCD_DIR/passages.jsonl), in file order
  docs-mixed.bin, docs-mixed.jsonl   the 31,030 SaudiNewsNet articles in file order with the 465
                                     passages interleaved at even spacing: passage i (0-based)
                                     follows SNN article floor((i + 1) * 31030 / 466) - 1, so
                                     neither set sits at the start or the end of the index
                                     (engines break score ties by insertion order)
  queries-arcd.tsv                   ARCD_DIR/queries-train.tsv as given (qid<TAB>question, 693)
  qrels-arcd.txt                     ARCD_DIR/qrels-train.txt as given (TREC: qid 0 docid rel)
  queries-latency.tsv                500 queries, qid<TAB>query: first 250 ARCD training
                                     questions (random.Random(SEED).sample, in sample order,
                                     qids as given), then 250 two-word queries (qids w001…w250):
                                     for each of 250 SNN titles sampled with the same generator
                                     among the titles that have one, one pair of adjacent words
                                     chosen at random, both words made of Arabic letters only
                                     (U+0621–U+063A, U+0641–U+064A) and at least 3 letters long
                                     ("words" = the title split on white space)

Formats. A .bin file is what the anchors read: one record per document, records separated
by a NUL byte, fields id \\x1f title \\x1f text, UTF-8; NUL and \\x1f are removed from field
values. A .jsonl file is one {"id","title","text","source","published"} object a line, for
`rasd ingest`; passages have source "arcd" and published null.
"""
import gzip
import json
import os
import random
import re
import shutil
import sys

SEED = 20261125
LATENCY_QUESTIONS = 250
LATENCY_PAIRS = 250
ARABIC_WORD = re.compile("[\u0621-\u063A\u0641-\u064A]{3,}")


def read_jsonl(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def clean(value):
    """A field value for the .bin format: a string without NUL and \\x1f."""
    return (value or "").replace("\0", "").replace("\x1f", "")


def interleave(articles, passages):
    """SNN articles in order, passage i after article floor((i + 1) * n / (p + 1)) - 1."""
    n, p = len(articles), len(passages)
    after = {}
    for i, passage in enumerate(passages):
        after.setdefault((i + 1) * n // (p + 1) - 1, []).append(passage)
    out = []
    for j, article in enumerate(articles):
        out.append(article)
        out.extend(after.get(j, []))
    return out


def write_docs(docs, stem):
    """Writes stem.bin and stem.jsonl (via temporary files, replaced at the end)."""
    with open(stem + ".bin.tmp", "wb") as fbin, \
            open(stem + ".jsonl.tmp", "w", encoding="utf-8") as fjson:
        for d in docs:
            fields = (clean(d["id"]), clean(d.get("title")), clean(d["text"]))
            fbin.write("\x1f".join(fields).encode("utf-8", "replace") + b"\0")
            rec = {"id": d["id"], "title": d.get("title"), "text": d["text"],
                   "source": d.get("source", "arcd"), "published": d.get("published")}
            fjson.write(json.dumps(rec, ensure_ascii=False) + "\n")
    os.replace(stem + ".bin.tmp", stem + ".bin")
    os.replace(stem + ".jsonl.tmp", stem + ".jsonl")


def read_queries(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\r\n").split("\t", 1) for line in f if line.strip()]


def title_pairs(title):
    """Adjacent pairs of white-space separated words that are both Arabic words of ≥3 letters."""
    words = (title or "").split()
    return [(a, b) for a, b in zip(words, words[1:])
            if ARABIC_WORD.fullmatch(a) and ARABIC_WORD.fullmatch(b)]


def latency_queries(questions, articles):
    rng = random.Random(SEED)
    out = [(qid, q) for qid, q in rng.sample(questions, LATENCY_QUESTIONS)]
    candidates = [pairs for pairs in (title_pairs(a.get("title")) for a in articles) if pairs]
    for i, pairs in enumerate(rng.sample(candidates, LATENCY_PAIRS)):
        a, b = rng.choice(pairs)
        out.append((f"w{i + 1:03d}", f"{a} {b}"))
    return out


def main():
    if len(sys.argv) != 4:
        print("usage: prep.py ARCD_DIR SNN.jsonl.gz OUT_DIR", file=sys.stderr)
        return 2
    arcd, snn, out = sys.argv[1:]
    os.makedirs(out, exist_ok=True)
    passages = read_jsonl(os.path.join(arcd, "passages.jsonl"))
    articles = read_jsonl(snn)
    write_docs(passages, os.path.join(out, "docs-arcd"))
    write_docs(interleave(articles, passages), os.path.join(out, "docs-mixed"))
    shutil.copyfile(os.path.join(arcd, "queries-train.tsv"), os.path.join(out, "queries-arcd.tsv"))
    shutil.copyfile(os.path.join(arcd, "qrels-train.txt"), os.path.join(out, "qrels-arcd.txt"))
    questions = read_queries(os.path.join(arcd, "queries-train.tsv"))
    with open(os.path.join(out, "queries-latency.tsv"), "w", encoding="utf-8") as f:
        for qid, q in latency_queries(questions, articles):
            f.write(f"{qid}\t{q}\n")
    print(f"prep: {len(passages)} passages, {len(passages) + len(articles)} mixed documents, "
          f"{len(questions)} questions, {LATENCY_QUESTIONS + LATENCY_PAIRS} latency queries "
          f"-> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
