#!/usr/bin/env python3
"""bench/ir/ireval.py QRELS RUN... — retrieval quality of TREC run files.

QRELS: TREC qrels lines `qid 0 docid rel`; a document is relevant when rel > 0 (binary
relevance; grades are not used). RUN: TREC run lines `qid Q0 docid rank score name`; each
query's documents are taken in rank order (ties in rank: file order), and a document listed
twice for a query counts once, at its first place.

For every query with at least one relevant document in QRELS (others are skipped), with R its
relevant documents and d_1, d_2, … its ranked documents (none when the run lacks the query,
which then scores 0 everywhere), rel_i = 1 when d_i is in R, else 0:

    RR@10     = 1 / (the first i <= 10 with rel_i = 1), or 0 when there is none
    Recall@k  = |{d_1 … d_k} ∩ R| / |R|                         (k = 10, 100)
    DCG@10    = Σ_{i=1..10} rel_i / log2(i + 1)
    nDCG@10   = DCG@10 / IDCG@10,  IDCG@10 = Σ_{i=1..min(|R|,10)} 1 / log2(i + 1)

and MRR@10, Recall@10, Recall@100, nDCG@10 are their means over those queries.

Prints one tab-separated line per run, in argument order:
    name  queries  MRR@10  Recall@10  Recall@100  nDCG@10
where name is the run's name column (its first line; the file name when the run is empty).
"""
import math
import os
import sys

K_RR, K_NDCG = 10, 10
K_RECALL = (10, 100)


def read_qrels(path):
    """{qid: set of relevant docids}, only queries with at least one."""
    rel = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.split()
            if len(fields) >= 4 and int(fields[3]) > 0:
                rel.setdefault(fields[0], set()).add(fields[2])
    return rel


def read_run(path):
    """(name, {qid: [docid, …] in rank order, without repeats})."""
    rows, name = [], None
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f):
            fields = line.split()
            if len(fields) < 6:
                continue
            name = name or fields[5]
            rows.append((fields[0], int(fields[3]), n, fields[2]))
    ranked = {}
    for qid, _, _, docid in sorted(rows):
        docs = ranked.setdefault(qid, [])
        if docid not in docs:
            docs.append(docid)
    return name or os.path.basename(path), ranked


def reciprocal_rank(docs, rel):
    for i, d in enumerate(docs[:K_RR], 1):
        if d in rel:
            return 1.0 / i
    return 0.0


def recall(docs, rel, k):
    return len(set(docs[:k]) & rel) / len(rel)


def ndcg(docs, rel):
    dcg = sum(1.0 / math.log2(i + 1) for i, d in enumerate(docs[:K_NDCG], 1) if d in rel)
    idcg = sum(1.0 / math.log2(i + 1) for i in range(1, min(len(rel), K_NDCG) + 1))
    return dcg / idcg


def evaluate(qrels, ranked):
    """(queries, MRR@10, Recall@10, Recall@100, nDCG@10) over the queries of qrels."""
    sums = [0.0] * 4
    for qid, rel in qrels.items():
        docs = ranked.get(qid, [])
        scores = (reciprocal_rank(docs, rel), recall(docs, rel, K_RECALL[0]),
                  recall(docs, rel, K_RECALL[1]), ndcg(docs, rel))
        sums = [s + x for s, x in zip(sums, scores)]
    n = len(qrels)
    return (n, *(s / n if n else 0.0 for s in sums))


def main():
    if len(sys.argv) < 3:
        print("usage: ireval.py QRELS RUN...", file=sys.stderr)
        return 2
    qrels = read_qrels(sys.argv[1])
    for path in sys.argv[2:]:
        name, ranked = read_run(path)
        n, mrr, r10, r100, nd = evaluate(qrels, ranked)
        print(f"{name}\t{n}\t{mrr:.4f}\t{r10:.4f}\t{r100:.4f}\t{nd:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
