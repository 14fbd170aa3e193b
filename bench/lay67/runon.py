#!/usr/bin/env python3
"""runon.py — item 1's count (branch lay67, stop 57): quote speakers and event actors whose
description runs on past its definite head into the verb's object, in one rasd output over the
corpus outside drawn.txt (one JSON line per article, `rasd analyze` of fresh.py's pool()).

    python3 bench/lay67/runon.py OUT.jsonl [--show N]

Forms (a name's first two words, the head a definite body noun of data/quotes.tsv "body" or
data/events.tsv "group" 2):
  body2  the second word a definite body noun too (المحكمة الشركة بارتكاب: أدانت's object)
  obl    the second word a definite sound plural in -ين (الوزارة المتقدمين: the one asked)
  pron   the second word definite and the third ending in a plural pronoun هم/هن (الوزارة
         المعلنة أسماؤهم: a description of the object)"""
import collections, json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DIAC = re.compile("[\u064b-\u0652\u0640]")
FOLD = str.maketrans("أإآ", "ااا")


def norm(w):
    return DIAC.sub("", w).translate(FOLD).strip("«»\"“”()،,.")


def bodies():
    out = set()
    for path, kind, val in (("quotes.tsv", "body", None), ("events.tsv", "group", "2")):
        for line in open(os.path.join(ROOT, "data", path), encoding="utf-8"):
            f = line.rstrip("\n").split("\t")
            if len(f) == 3 and f[0] == kind and (val is None or f[1] == val) and " " not in f[2]:
                out.add(norm(f[2]))
    return {b for b in out if b.startswith("ال")}


def form(name, body):
    w = [norm(x) for x in name.split()]
    if len(w) < 2 or w[0] not in body or not w[1].startswith("ال"):
        return None
    if w[1] in body:
        return "body2"
    if len(w[1]) >= 6 and w[1].endswith("ين"):
        return "obl"
    if len(w) >= 3 and re.search("(هم|هن)$", w[2]):
        return "pron"
    return None


def main():
    body = bodies()
    show = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    count, arts, ex = collections.Counter(), collections.defaultdict(set), []
    for line in open(sys.argv[1], encoding="utf-8"):
        try:
            d = json.loads(line)
        except ValueError:
            continue           # a line being written
        names = [("quote", (q.get("speaker") or {}).get("name") or "") for q in d["quotes"]]
        names += [("event:" + e["type"], a.get("name") or "") for e in d["events"]
                  for a in e.get("actors") or []]
        for what, n in names:
            f = form(n, body)
            if f:
                count[(f, what.split(":")[0])] += 1
                arts[f].add(d["id"])
                ex.append((f, what, d["id"], n))
    for k, v in sorted(count.items()):
        print(*k, v)
    for f, a in sorted(arts.items()):
        print(f, "articles", len(a))
    for e in ex[:show]:
        print(*e, sep="\t")


if __name__ == "__main__":
    main()
