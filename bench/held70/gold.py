#!/usr/bin/env python3
"""gold.py (held70, stop 59): the gold events of the read parts (tests/data/recall_snn.tsv,
every split but the blind unseen36) whose sentence holds a word of postponement or cancellation
(census.py's WORDS, anywhere in the sentence): their kind and status, and whether the word
governs a trigger-like word of the sentence (printed for reading by hand).

    python3 bench/held70/gold.py > bench/held70/gold.txt"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "recall"))
sys.path.insert(0, HERE)
import recall as R  # noqa: E402
import census as C  # noqa: E402

BLIND = "unseen36"
WORD = re.compile(r"(?<![\w])" + C.WORDS + r"(?![\w])")


def main():
    blind = {i for i, p in R.drawn() if p == BLIND}
    text = {d["id"]: d["text"].encode("utf-8") for d in R.articles()}
    path = os.path.join(HERE, "..", "..", "tests", "data", "recall_snn.tsv")
    n = hits = 0
    for line in open(path, encoding="utf-8"):
        c = line.rstrip("\n").split("\t")
        if line.startswith("#") or len(c) < 5 or c[2] != "E" or c[1] == BLIND or c[0] in blind:
            continue
        n += 1
        s = text[c[0]][int(c[3]):int(c[4])].decode("utf-8", "replace")
        m = WORD.search(s)
        if m and not C.FOR_SAKE.search(s[:m.end()]):
            hits += 1
            status = c[9] if len(c) > 9 else ""
            print("\t".join([c[0], c[1], c[5], status, m.group(0), s[:300]]))
    print(f"# gold events of the read parts: {n}; sentences with a word: {hits}")


if __name__ == "__main__":
    main()
