#!/usr/bin/env python3
"""tools/states.py SHARED_DATA DATA — builds DATA/states.tsv (make data, after gazetteer.tsv):
the data of the resolver's rule "state word + a country's name → the country"
(src/entities/states.c, docs/STORIES.md "state word and a country's name").

Rows "KIND<TAB>words":
  - STATE: the hand-written words of tools/gazetteer/state_words.tsv (دولة، جمهورية …);
  - COUNTRY: the canonical that DATA/gazetteer.tsv gives each country's name: the Arabic
    name and common name of every Debian iso-codes ISO 3166-1 entry and every world-cities
    country name (قطر، الكويت، مصر، جزر المالديف، الإمارات); a city's name is never one.
The output is sorted, so the same sources give the same file.
"""
import csv
import os
import sys

from gazetteer import arabic, clean, iso_entries  # one reading of the sources for both


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__.strip())
    shared, data = sys.argv[1], sys.argv[2]
    canon = {}
    for line in open(os.path.join(data, "gazetteer.tsv"), encoding="utf-8"):
        p = line.rstrip("\n").split("\t")
        if len(p) == 3 and p[0] == "LOC":
            canon[p[1]] = p[2]
    names = set()
    entries, tr = iso_entries()
    for c in entries:
        for key in ("name", "common_name"):
            ar = arabic(tr, c[key]) if key in c else None
            if ar:
                names.add(ar)
    with open(os.path.join(shared, "gazetteer", "world-cities.csv"), encoding="utf-8-sig") as f:
        for r in csv.DictReader(f):
            names.add(clean(r["CountryNameAr"]))
    countries = sorted({canon[n] for n in names if n in canon})
    here = os.path.dirname(os.path.abspath(__file__))
    states = []
    for line in open(os.path.join(here, "gazetteer", "state_words.tsv"), encoding="utf-8"):
        p = line.rstrip("\n").split("\t")
        if len(p) == 2 and p[0] == "STATE":
            states.append(p[1])
    with open(os.path.join(data, "states.tsv"), "w", encoding="utf-8") as f:
        f.write("# rasd state words and countries (src/entities/states.c): KIND<TAB>words; "
                "built by tools/states.py (make data)\n")
        for w in sorted(states):
            f.write(f"STATE\t{w}\n")
        for c in countries:
            f.write(f"COUNTRY\t{c}\n")


if __name__ == "__main__":
    main()
