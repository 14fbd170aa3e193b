#!/usr/bin/env python3
"""tools/whole_first.py RASD CORPUS OUT [--min N] [--share X] [--analysis FILE]
— builds OUT (data/whole.tsv): words whose first letter ك or ف the recogniser must not take
for a proclitic, from how often the recogniser's mentions begin with them across the corpus
(branch ner60, stop 52; docs/NER.md "Names no list knows, cut by the proclitic rule").

RASD analyses CORPUS (SaudiNewsNet's articles.jsonl.gz) with its data folder but without
whole.tsv (a temporary folder of links to every other file), so the list never feeds itself;
the articles of the recall set (bench/recall/drawn.txt, every part) are left out (rasd never
runs on them). For every tagged mention (PER, ORG or LOC; not the resolver's, "via"), its
first word W, normalised, is counted. A word W of ك or ف and 3 letters more (not ال after
the letter) is kept when W begins at least N mentions (default 3) and at least X (default
0.2) times as many as W without its first letter does: كايل 20 against ايل 12, كاريك 28 against
اريك 51, فورد 56 against ورد 1, كابل 109 against ابل 292; not كمصر 1 against مصر. As a
proclitic before a name, ك ("like") and ف ("so") are rare: a name written with them begins
a mention far less often than a fifth of the name alone (كمصر، فايران، فمحمد). و، ب and ل
are frequent before names (ومحمد 593 against محمد 8,118; بوروسيا 31 against وروسيا 226), and
a word's counts do not tell them (docs/NER.md): not listed. The rows are "whole<TAB>W", W as
most often written, sorted: the same corpus and rasd give the same file. The engine loads
them (x->whole_seen) into the name's cut alone (src/entities/features.c: ent_proclitic and a
token's strip_off: keys, names, speakers), which only matters where the lexicon's rule would
cut one letter; the model's features and the gazetteer's facts keep the cut they were trained
with, so `rasd train-ner` still gives data/ner.model byte for byte. --analysis FILE reads rasd's output (made without
whole.tsv) from FILE. Python stdlib only.
"""
import collections
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import persons as P  # noqa: E402  (norm, drawn_ids, articles, analyse)

LETTERS = ("ك", "ف")


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    rasd, corpus, out = argv[:3]
    opts = {"--min": "3", "--share": "0.2", "--analysis": None}
    for k in range(3, len(argv) - 1, 2):
        opts[argv[k]] = argv[k + 1]
    least, share = int(opts["--min"]), float(opts["--share"])
    skip = P.drawn_ids()
    if opts["--analysis"]:
        outs = (json.loads(l) for l in open(opts["--analysis"], encoding="utf-8"))
    else:
        outs = P.analyse(rasd, corpus, skip, without="whole.tsv")
    first = collections.Counter()
    written = collections.defaultdict(collections.Counter)
    for o in outs:
        if o["id"] in skip:
            continue
        for e in o.get("entities", []):
            ws = P.WORD.findall(e["text"])
            if e.get("via") or not ws:
                continue
            w = P.norm(ws[0])
            first[w] += 1
            written[w][ws[0]] += 1
    rows = []
    for w, n in first.items():
        if (len(w) >= 4 and w[0] in LETTERS and w[1:3] != "ال" and n >= least
                and n >= share * first[w[1:]]):
            rows.append(min(written[w].items(), key=lambda x: (-x[1], x[0]))[0])
    with open(out, "w", encoding="utf-8") as o:
        o.write("# words whose first letter (ك ف) is no proclitic: they begin >= %d of the"
                " recogniser's mentions and >= %.2f times as many as their rest; built by"
                " tools/whole_first.py\n" % (least, share))
        for form in sorted(set(rows)):
            o.write("whole\t%s\n" % form)
    print("whole: %d words" % len(set(rows)), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
