#!/usr/bin/env python3
"""tools/gazetteer.py SHARED_DATA OUT — builds data/gazetteer.tsv (make data).

Rows "TYPE<TAB>name<TAB>canonical" (TYPE: PER LOC ORG MISC TITLE; for a TITLE the canonical
is the person who holds it, "-" when the title names no one person). Sources:
  - SHARED_DATA/gazetteer/world-cities.csv: Arabic city and country names (LOC); a city
    called "محافظة X"/"ولاية X"/... also as X;
  - Debian iso-codes: ISO 3166-1 country names in Arabic (iso_3166-1.mo, through gettext),
    as written there and without their marks (LOC);
  - tools/gazetteer/hand.tsv: organisations, people, aliases and titles, written by hand.
A country's names are one entity (one canonical): the Arabic names of one ISO 3166-1 entry
(name, common_name, official_name), the world-cities country name whose English name is one
of the entry's, and the hand-written LOC rows that name or give one of them (الإمارات العربية
المتحدة → الإمارات, الجمهورية العربية السورية → سوريا; not الاتحاد الروسي, which SaudiNewsNet
writes for Russian sports federations too); the canonical is the one the hand
rows give, else the name whose rarest word the corpus writes most often (lexicon.tsv beside
OUT: the spelling in use; الجبل الأسود, not المنتنيغرو), then the one of fewest words, then
world-cities' (an official name is never the canonical: سويسرا, not الاتحاد السويسري). A name
claimed by two entries, or that a hand row gives another country, is left out of both.
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


def iso_entries():
    """(ISO 3166-1 entry, gettext translations) of Debian iso-codes."""
    if not (os.path.exists(ISO_JSON) and os.path.exists(ISO_MO)):
        sys.exit("tools/gazetteer.py: install the iso-codes package")
    with open(ISO_MO, "rb") as f:
        tr = gettext.GNUTranslations(f)
    return json.load(open(ISO_JSON, encoding="utf-8"))["3166-1"], tr


def arabic(tr, en):
    """The Arabic name of English en, marks taken off; None when untranslated."""
    ar = clean(MARKS.sub("", tr.gettext(en)))
    return ar if ar != en and re.search("[\u0600-\u06ff]", ar) else None


def norm(s):
    """rasd's normalisation as far as these names need it (src/text; also tools/places.py's)."""
    s = MARKS.sub("", s)
    for a, b in (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ة", "ه"), ("ى", "ي"),
                 ("ئ", "ء"), ("ؤ", "ء")):
        s = s.replace(a, b)
    return s


def lexicon(path):
    """Normalised word → its count in the corpus (data/lexicon.tsv); empty without it."""
    freq = {}
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            p = line.rstrip("\n").split("\t")
            if len(p) == 2 and not line.startswith("#"):
                freq[p[0]] = int(p[1])
    return freq


def country_groups(path, hand_loc, freq):
    """Names of one country → its canonical (see the module's doc), in a dict."""
    entries, tr = iso_entries()
    wc = {}
    with open(path, encoding="utf-8-sig") as f:
        for r in csv.DictReader(f):
            wc[r["CountryNameEn"]] = clean(r["CountryNameAr"])
    groups = []                                  # [(names: {name: rank})]
    for c in entries:
        names = {}
        for rank, key in ((1, "name"), (2, "common_name"), (3, "official_name")):
            if key in c:
                if c[key] in wc:
                    names.setdefault(wc[c[key]], 0)
                ar = arabic(tr, c[key])
                if ar:
                    names.setdefault(ar, rank)
        groups.append(names)
    owner = {}
    for g, names in enumerate(groups):           # a name of two entries is no one's
        for n in names:
            owner[n] = g if owner.get(n, g) == g else None
    hand_of = {}                                 # hand row name → its canonical's entry
    for name, canon in hand_loc:
        g = owner.get(canon) if owner.get(canon) is not None else owner.get(name)
        if g is not None:
            hand_of.setdefault(g, set()).add(canon)
    out = {}
    for g, names in enumerate(groups):
        own = {n: r for n, r in names.items() if owner.get(n) == g}
        for name, canon in hand_loc:             # a hand row that gives another country
            if name in own and owner.get(canon, g) not in (g, None):
                del own[name]
        canons = hand_of.get(g, set())
        if len(canons) > 1:
            sys.exit(f"tools/gazetteer.py: hand rows give {sorted(canons)} to one country")
        for name, canon in hand_loc:
            if canon in canons:
                own.setdefault(name, 9)
        if len(own) < 2 and not canons:
            continue
        best = next(iter(canons)) if canons else \
            min((n for n in own if own[n] < 3), key=lambda n: (
                -min(freq.get(w, 0) for w in norm(n).split()), len(n.split()), own[n], n))
        for n in own:
            out[n] = best
    return out


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
    entries, tr = iso_entries()
    for c in entries:
        for key in ("name", "common_name"):
            if key in c:
                ar = arabic(tr, c[key])
                if ar:
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
    handrows = set()
    hand(os.path.join(os.path.dirname(os.path.abspath(__file__)), "gazetteer", "hand.tsv"),
         handrows)
    rows |= handrows
    # A hand-written row overrides a generated one with the same type and name.
    best = {}
    for t, name, canon in sorted(rows):
        if (t, name) not in best or canon != name:
            best[(t, name)] = canon
    # A country's names: one canonical.
    hand_loc = sorted((n, c) for t, n, c in handrows if t == "LOC")
    for name, canon in country_groups(os.path.join(shared, "gazetteer", "world-cities.csv"),
                                      hand_loc, lexicon(os.path.join(os.path.dirname(
                                          os.path.abspath(out)), "lexicon.tsv"))).items():
        if ("LOC", name) in best:
            best[("LOC", name)] = canon
    with open(out, "w", encoding="utf-8") as f:
        f.write("# rasd gazetteer: TYPE<TAB>name<TAB>canonical; built by tools/gazetteer.py (make data)\n")
        for (t, name), canon in sorted(best.items()):
            f.write(f"{t}\t{name}\t{canon}\n")


if __name__ == "__main__":
    main()
