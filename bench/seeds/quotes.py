#!/usr/bin/env python3
"""bench/seeds/quotes.py — quote recall on the five seeds (issue 16's seed target: quote
recall ≥ 0.90 with attribution ≥ 0.95 and precision ≥ 0.95).

  python3 bench/seeds/quotes.py [--rasd build/rasd] [-v] [--min-recall X]
                                [--min-attribution X] [--min-precision X]

Gold: tests/data/seeds_quotes.tsv (every quote, direct and reported, labelled blind by the
recall set's guideline; its content located by its first words, unique in the seed, and its
last words after them). The seeds are analysed with their publication dates, as
bench/seeds/events.py does. Scored as bench/recall/recall.py scores the recall set: a gold
quote is *found* when a quote of rasd overlaps it by at least half of the shorter of the
two; *attributed* when a speaker of rasd's quotes of that span shares a word with the gold
speaker (recall.py's same_name); a quote of rasd is *true* (precision) when it overlaps a
gold quote at all."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "bench", "recall"))
sys.path.insert(0, HERE)
from recall import analyze_docs, match_quotes, quote_speakers  # noqa: E402
from events import DATES, SEEDS, args  # noqa: E402

GOLD = os.path.join(ROOT, "tests", "data", "seeds_quotes.tsv")


def analyse(rasd):
    """The seeds' texts (bytes, as the offsets count) and rasd's analysis of each."""
    files = {f[:3]: f for f in os.listdir(SEEDS) if f.endswith(".txt")}
    texts, docs = {}, []
    for seed, f in sorted(files.items()):
        t = open(os.path.join(SEEDS, f), encoding="utf-8").read()
        texts[seed] = t.encode()
        docs.append({"id": seed, "published": DATES[seed], "text": t})
    return texts, analyze_docs(rasd, docs)


def locate(text, excerpt):
    """Byte span of a content excerpt ("first words … last words") in its seed's text: the
    first words must occur once (a row that names no span, or two, is a defect of the gold
    file), the span runs to the first occurrence of the last words after them."""
    a, _, z = excerpt.partition(" … ")
    n = text.count(a.encode())
    if n != 1:
        sys.exit("seeds_quotes.tsv: first words found %d times in the seed: %s" % (n, a))
    s = text.find(a.encode())
    if not z:
        return s, s + len(a.encode())
    e = text.find(z.encode(), s)
    if e < 0:
        sys.exit("seeds_quotes.tsv: last words not after the first: " + excerpt)
    return s, e + len(z.encode())


def load_gold(texts):
    gold = []
    for line in open(GOLD, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        seed, kind, speaker, ex, _note = line.rstrip("\n").split("\t")
        if kind not in ("direct", "reported"):
            sys.exit("seeds_quotes.tsv: kind is direct or reported: " + line)
        s, e = locate(texts[seed], ex)
        gold.append({"seed": seed, "direct": kind == "direct", "speaker": speaker,
                     "start": s, "end": e})
    return gold


def show(text, s, e, n=70):
    return text[s:e].decode(errors="replace")[:n]


def match(gold, quotes, texts, verbose):
    """Counts of gold found/attributed (all, direct, reported, by seed) and of rasd's quotes
    true, as recall.py's score counts them."""
    c = {"g": 0, "f": 0, "a": 0, "gd": 0, "fd": 0, "gr": 0, "fr": 0, "s": 0, "t": 0}
    by = {}
    for seed in sorted(texts):
        sq = quotes.get(seed, [])
        g_seed = [g for g in gold if g["seed"] == seed]
        b = by.setdefault(seed, [0, 0, 0])
        found, _hit, true = match_quotes(g_seed, sq)
        for g, m in zip(g_seed, found):
            c["g"] += 1
            b[0] += 1
            c["gd" if g["direct"] else "gr"] += 1
            if not m:
                if verbose:
                    print("%s MISSED %-8s %-28s %s" % (seed, "direct" if g["direct"] else
                                                       "reported", g["speaker"],
                                                       show(texts[seed], g["start"], g["end"])))
                continue
            _best, names, ok = m
            c["f"] += 1
            b[1] += 1
            c["fd" if g["direct"] else "fr"] += 1
            c["a"] += ok
            b[2] += ok
            if verbose and not ok:
                print("%s WRONG SPEAKER %s <- %s: %s" % (seed, g["speaker"],
                                                         ";".join(names) or "(none)",
                                                         show(texts[seed], g["start"],
                                                              g["end"])))
        for k, s in enumerate(sq):
            c["s"] += 1
            c["t"] += true[k]
            if verbose and not true[k]:
                print("%s EXTRA %s: %s" % (seed, ";".join(quote_speakers(s)) or "(none)",
                                           show(texts[seed], s["start"], s["end"])))
    return c, by


def main(a):
    rasd, verbose, floors = args(a, ("--min-recall", "--min-attribution", "--min-precision"),
                                 __doc__)
    if not os.path.isdir(SEEDS):
        print("seeds quotes: skipped (no ../shared)")
        return 0
    texts, out = analyse(rasd)
    gold = load_gold(texts)
    quotes = {i: d.get("quotes", []) for i, d in out.items()}
    c, by = match(gold, quotes, texts, verbose)
    r = lambda x, y: x / y if y else 1.0
    got = {"recall": r(c["f"], c["g"]), "attribution": r(c["a"], c["f"]),
           "precision": r(c["t"], c["s"])}
    print("seeds quotes: %d gold, found %d (recall %.2f), attributed %d (attribution %.2f); "
          "reported %d, true %d (precision %.2f)" % (c["g"], c["f"], got["recall"], c["a"],
                                                     got["attribution"], c["s"], c["t"],
                                                     got["precision"]))
    print("  direct %d/%d, reported %d/%d; by seed (found/gold, attributed): %s" %
          (c["fd"], c["gd"], c["fr"], c["gr"],
           ", ".join("%s %d/%d %d" % (s, v[1], v[0], v[2]) for s, v in sorted(by.items()))))
    low = 0
    for m, x in sorted(floors.items()):
        if got[m] < x:
            print("seeds quotes: %s %.2f under the floor %.2f" % (m, got[m], x))
            low += 1
    return 1 if low else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
