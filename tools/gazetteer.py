#!/usr/bin/env python3
"""tools/gazetteer.py SHARED_DATA OUT — builds data/gazetteer.tsv (make data).

Rows "TYPE<TAB>name<TAB>canonical" (TYPE: PER LOC ORG MISC TITLE; for a TITLE the canonical
is the person who holds it, "-" when the title names no one person). Sources:
  - SHARED_DATA/gazetteer/world-cities.csv: Arabic city and country names (LOC); a city
    called "محافظة X"/"ولاية X"/... also as X;
  - Debian iso-codes: ISO 3166-1 country names in Arabic (iso_3166-1.mo, through gettext),
    as written there and without their marks (LOC);
  - tools/gazetteer/hand.tsv: organisations, people, aliases and titles, written by hand.
The output is sorted and free of duplicates, so the same sources give the same file.
"""
import csv
import gettext
import json
import os
import re
import sys

ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
ISO_MO = "/usr/share/locale/ar/LC_MESSAGES/iso_3166-1.mo"
ADMIN = ("محافظة", "مقاطعة", "ولاية", "بلدية", "إقليم", "منطقة", "مدينة", "مديرية", "إدارة")
MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")


def clean(s):
    return " ".join(s.replace("\t", " ").split())


def cities(path, rows):
    with open(path, encoding="utf-8-sig") as f:
        for r in csv.DictReader(f):
            for name in (r["CountryNameAr"], r["CityNameAr"]):
                name = clean(name)
                if not name or not re.search("[\u0600-\u06ff]", name):
                    continue
                rows.add(("LOC", name, name))
                words = name.split()
                if len(words) > 1 and words[0] in ADMIN:
                    rows.add(("LOC", " ".join(words[1:]), " ".join(words[1:])))


def countries(rows):
    if not (os.path.exists(ISO_JSON) and os.path.exists(ISO_MO)):
        sys.exit("tools/gazetteer.py: install the iso-codes package")
    with open(ISO_MO, "rb") as f:
        tr = gettext.GNUTranslations(f)
    for c in json.load(open(ISO_JSON, encoding="utf-8"))["3166-1"]:
        for key in ("name", "common_name"):
            if key in c:
                ar = clean(MARKS.sub("", tr.gettext(c[key])))
                if ar != c[key] and re.search("[\u0600-\u06ff]", ar):
                    rows.add(("LOC", ar, ar))


def hand(path, rows):
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3 or parts[0] not in ("PER", "LOC", "ORG", "MISC", "TITLE"):
            sys.exit(f"{path}:{n}: want TYPE<TAB>name<TAB>canonical")
        rows.add(tuple(clean(p) for p in parts))


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__.strip())
    shared, out = sys.argv[1], sys.argv[2]
    rows = set()
    cities(os.path.join(shared, "gazetteer", "world-cities.csv"), rows)
    countries(rows)
    hand(os.path.join(os.path.dirname(os.path.abspath(__file__)), "gazetteer", "hand.tsv"), rows)
    # A hand-written row overrides a generated one with the same type and name.
    best = {}
    for t, name, canon in sorted(rows):
        if (t, name) not in best or canon != name:
            best[(t, name)] = canon
    with open(out, "w", encoding="utf-8") as f:
        f.write("# rasd gazetteer: TYPE<TAB>name<TAB>canonical; built by tools/gazetteer.py (make data)\n")
        for (t, name), canon in sorted(best.items()):
            f.write(f"{t}\t{name}\t{canon}\n")


if __name__ == "__main__":
    main()
