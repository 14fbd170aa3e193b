#!/usr/bin/env python3
"""grep.py — count a form over the corpus outside bench/recall/drawn.txt (branch lay67, stop 57).

    python3 bench/lay67/grep.py REGEX [--show N] [--ids]

Counts articles and sentence-like matches (a window of 80 characters either side) of REGEX in
every article of SaudiNewsNet outside drawn.txt (fresh.py's pool()); --show N prints the first
N windows with their article ids; --ids prints the matching ids one a line."""
import argparse, os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "recall"))
import fresh  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("regex")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--ids", action="store_true")
    a = ap.parse_args()
    rx = re.compile(a.regex)
    docs = fresh.pool(grep=rx)
    hits = [(d["id"], m) for d in docs for m in rx.finditer(d["text"])]
    texts = {d["id"]: d["text"] for d in docs}
    print(f"articles {len(docs)} matches {len(hits)} "
          f"distinct windows {len({texts[i][m.start():m.end()] for i, m in hits})}")
    for i, m in hits[:a.show]:
        t = texts[i]
        print(i, "|", t[max(0, m.start() - 80):m.start()].replace("\n", " "), "[[",
              m.group(0), "]]", t[m.end():m.end() + 80].replace("\n", " "))
    if a.ids:
        for i in sorted(texts):
            print(i)


if __name__ == "__main__":
    main()
