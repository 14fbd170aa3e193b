#!/usr/bin/env python3
"""tools/places.py SHARED_DATA DATA — builds DATA/places.tsv (make data), the places of the
name rules (src/entities/rules.c, docs/NER.md "Name rules"), never the recogniser's features.

Rows "LOC<TAB>name<TAB>canonical", two kinds:
  - official names of countries (Debian iso-codes' official_name in Arabic, marks taken
    off) with the canonical that DATA/gazetteer.tsv gives the country's name (one entity for
    a country's names, tools/gazetteer.py): جمهورية مصر العربية → مصر; not those that
    only put دولة before the name (دولة قطر: the name is قطر, as in ANERcorp);
  - one-word places the tagger may miss with little context: a one-word LOC name of
    DATA/gazetteer.tsv whose fine cluster in DATA/clusters.tsv is a cluster of places (of its
    20 or more words, at least a quarter are one-word gazetteer places: الطائف، ينبع، مأرب
    share one), unless ANERcorp's training part (train.txt without its last 18%, the
    tail dev split of docs/NER.md) writes it O at least twice and more often than as a
    name (a common word too: العمارة، الحقل).
The output is sorted, so the same sources give the same file.
"""
import collections
import gettext
import json
import os
import re
import sys

from gazetteer import MARKS, norm  # one normalisation for both builders

ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
ISO_MO = "/usr/share/locale/ar/LC_MESSAGES/iso_3166-1.mo"
SHARE, MIN_CLUSTER, TAIL = 0.25, 20, 18


def official(rows, canon):
    if not (os.path.exists(ISO_JSON) and os.path.exists(ISO_MO)):
        sys.exit("tools/places.py: install the iso-codes package")
    with open(ISO_MO, "rb") as f:
        tr = gettext.GNUTranslations(f)
    for c in json.load(open(ISO_JSON, encoding="utf-8"))["3166-1"]:
        if "official_name" not in c:
            continue
        name = " ".join(MARKS.sub("", tr.gettext(c["official_name"])).split())
        short = " ".join(MARKS.sub("", tr.gettext(c["name"])).split())
        if name != c["official_name"] and short != c["name"] and name != short \
                and re.fullmatch("[\u0621-\u064a ]+", name) and name.split()[0] != "دولة":
            rows.add(("LOC", name, canon.get(short, short)))


def anercorp_o(path):
    """Normalised word → (times O, times inside a name) in the training part."""
    sents = open(path, encoding="utf-8").read().split("\n\n")
    head = sents[:len(sents) - len(sents) * TAIL // 100]
    o, ent = collections.Counter(), collections.Counter()
    for s in head:
        for line in s.split("\n"):
            p = line.rsplit(" ", 1)
            if len(p) == 2:
                (o if p[1] == "O" else ent)[norm(p[0])] += 1
    return o, ent


def one_word(data, shared, rows):
    gaz = {}
    for line in open(os.path.join(data, "gazetteer.tsv"), encoding="utf-8"):
        p = line.rstrip("\n").split("\t")
        if len(p) == 3 and p[0] == "LOC" and " " not in p[1]:
            gaz.setdefault(norm(p[1]), (p[1], p[2]))
    fine = {}
    for line in open(os.path.join(data, "clusters.tsv"), encoding="utf-8"):
        p = line.rstrip("\n").split("\t")
        if len(p) == 3:
            fine[p[0]] = int(p[2])
    size, places = collections.Counter(fine.values()), collections.Counter()
    for w, c in fine.items():
        places[c] += w in gaz
    good = {c for c in size if size[c] >= MIN_CLUSTER and places[c] >= SHARE * size[c]}
    o, ent = anercorp_o(os.path.join(shared, "anercorp", "train.txt"))
    for w, c in fine.items():
        if c in good and w in gaz and not (o[w] >= 2 and o[w] > ent[w]):
            rows.add(("LOC",) + gaz[w])


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__.strip())
    shared, data = sys.argv[1], sys.argv[2]
    rows = set()
    canon = {}
    for line in open(os.path.join(data, "gazetteer.tsv"), encoding="utf-8"):
        p = line.rstrip("\n").split("\t")
        if len(p) == 3 and p[0] == "LOC":
            canon[p[1]] = p[2]
    official(rows, canon)
    one_word(data, shared, rows)
    with open(os.path.join(data, "places.tsv"), "w", encoding="utf-8") as f:
        f.write("# rasd places for the name rules: LOC<TAB>name<TAB>canonical; built by "
                "tools/places.py (make data)\n")
        for r in sorted(rows):
            f.write("\t".join(r) + "\n")


if __name__ == "__main__":
    main()
