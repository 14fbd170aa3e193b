#!/usr/bin/env python3
"""make_model_corpus.py — writes fuzz/corpus/model/, the seeds of fuzz_model: small files in
data/ner.model's layout (src/entities/model.c), written by hand here rather than trained.

    python3 fuzz/make_model_corpus.py

A block: "RASDNER1", features (u32), NER_NTAGS = 9 (u32), n (u64), the transitions (10 x 9
floats), then n entries (key u64, 9 floats). A second block has NF_DOC (1 << 8) in its
features; after it, the memory: "RASDMEM1", n (u64), n rows (key u64, 10 u16). Rerunning
rewrites the same files.
"""
import os
import struct

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus", "model")
NF_WORD, NF_TRANS, NF_DOC = 1, 1 << 7, 1 << 8


def block(features, entries):
    b = b"RASDNER1" + struct.pack("<IIQ", features, 9, len(entries))
    b += struct.pack("<90f", *[(i % 7 - 3) / 4 for i in range(90)])
    for key, w in entries:
        b += struct.pack("<Q9f", key, *w)
    return b


def mem(rows):
    b = b"RASDMEM1" + struct.pack("<Q", len(rows))
    for key, c in rows:
        b += struct.pack("<Q10H", key, *c)
    return b


def main():
    os.makedirs(OUT, exist_ok=True)
    w = [0.5, -1.25, 0, 2, 0, 0, 0.125, -0.5, 1]
    one = block(NF_WORD | NF_TRANS, [(17, w), (0x9E3779B97F4A7C15, w[::-1]), (3, [0] * 9)])
    two = one + block(NF_WORD | NF_TRANS | NF_DOC, [(17, w[::-1]), (99, w)])
    seeds = {
        "one_stage.model": one,
        "two_stages.model": two,
        "two_stages_mem.model": two + mem([(5, [1, 2, 0, 0, 0, 1, 0, 0, 0, 0]),
                                           (0xFFFFFFFFFFFFFFFF, [0, 0, 3, 0, 0, 0, 0, 1, 0, 0])]),
        "empty_block.model": block(NF_WORD, []),
    }
    for name, data in seeds.items():
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
