#!/usr/bin/env python3
"""cuts.py — one-letter proclitic cuts on a mention's first word (branch ner60, stop 52), by
entwaw's method (docs/NER.md, stop 35): 3,000 SaudiNewsNet articles, random.Random(3535), from
the articles outside bench/recall/drawn.txt as it stood at entwaw (843b6c29), less every
article drawn since (so no later part, unseen29 included, is ever run).

    python3 bench/ner60/cuts.py run BUILD OUT.jsonl     # rasd analyze of the sample
    python3 bench/ner60/cuts.py cuts OUT.jsonl          # form <TAB> rest <TAB> count, by count

A cut: the mention's first word W (normalised) is و ف ب ل ك plus 3 letters or more, not
before an article (وال بال فال كال لل …: chains aside), and the mention's name holds W's rest as a word but not W (so a
resolved name such as فلاديمير بوتين for وبوتين counts). Judged by reading each form
(bench/ner60/judged.tsv: form, verdict right|wrong). Python stdlib only."""
import collections
import json
import os
import random
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "recall"))
import fresh as F  # noqa: E402
import recall as R  # noqa: E402

PRO = "وفبلك"
DIAC = re.compile("[\u064b-\u0652\u0640]")


def norm(w):
    w = DIAC.sub("", w)
    return w.translate(str.maketrans("أإآىة", "ااايه"))


def sample():
    old = subprocess.run(["git", "-C", HERE, "show", "843b6c29:bench/recall/drawn.txt"],
                         check=True, capture_output=True).stdout.decode()
    then = {l.split()[0] for l in old.splitlines() if l.strip()}
    docs = sorted((d for d in R.articles() if d["id"] not in then), key=lambda d: d["id"])
    avoid = then | F.drawn_ids()
    picked = F.sample(docs, 3535, 3000)
    return [d for d in picked if d["id"] not in avoid]


def cut_of(ent):
    words = ent["text"].split()
    if not words:
        return None
    w = norm(words[0])
    if len(w) < 4 or w[0] not in PRO or w[1:3] == "ال" or w[:2] == "لل":
        return None
    name = [norm(x) for x in ent.get("name", "").split()]
    if w[1:] in name and w not in name:
        return w
    return None


def main():
    if sys.argv[1] == "run":
        docs = sample()
        print("articles", len(docs), file=sys.stderr)
        F.write_docs(docs, "/tmp/ner60_sample.jsonl")
        with open(sys.argv[3], "w") as out:
            F.run(sys.argv[2], "/tmp/ner60_sample.jsonl", threads=1, stdout=out)
        return
    c = collections.Counter()
    for line in open(sys.argv[2], encoding="utf-8"):
        for e in json.loads(line).get("entities", []):
            w = cut_of(e)
            if w:
                c[w] += 1
    for w, n in c.most_common():
        print("%s\t%s\t%d" % (w, w[1:], n))
    print("cuts %d forms %d" % (sum(c.values()), len(c)), file=sys.stderr)


if __name__ == "__main__":
    main()
