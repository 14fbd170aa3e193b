#!/usr/bin/env python3
"""bench/attr73/without.py BUILD[:DATA] CACHE.json — for each census row (census.py), the
sentence's quote speaker as the build gives it with the occasion phrase and without it: the
text from the phrase's first word to the quote's words cut out («وقال في اتصال هاتفي مع «عكاظ»
أمس: «…»» → «وقال «…»»), the article run again. Says whether the phrase changes who speaks."""
import collections, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "recall"))
import census as C  # noqa: E402
import recall as R  # noqa: E402
import fresh as F   # noqa: E402
import re          # noqa: E402

COMP = re.compile(r"(?:^|\s)(?:إلى أن|إلى ان|أن|إن|ان|أنه|إنه|انه|إنهم|أنهم|عن|على|من)(?=\s|$)|[:«\"“]")


def cut_rows(d, o):
    """(m0, qstart, speaker name) of each census row of article d with output o."""
    b = d["text"].encode()
    for s0, s1 in o.get("sentences", []):
        raw = b[s0:s1].decode(errors="replace")
        t = C.STRIP.sub("", raw)
        for _, rx in C.FORMS:
            m = rx.search(t)
            if not m:
                continue
            m0 = s0 + C.bpos(raw, m.start() + (1 if m.group(0)[0].isspace() else 0))
            m1 = s0 + C.bpos(raw, m.end())
            for q in o.get("quotes", []):
                cue = (q.get("cue") or "").encode()
                if cue and m1 <= q["start"] < s1 and cue in b[s0:m0]:
                    yield m0, q["start"], (q.get("speaker") or {}).get("name") or ""
                    break


def main(argv):
    build, cache = argv[1], argv[2]
    out = json.load(open(cache, encoding="utf-8"))
    docs = {d["id"]: d for d in R.articles() if d["id"] in out}
    cut, meta = [], []
    for i, d in sorted(docs.items()):
        for k, (m0, qs, name) in enumerate(cut_rows(d, out[i])):
            b = d["text"].encode()
            nd = dict(d)
            nd["id"] = "%s~%d" % (i, k)
            seg = b[m0:qs].decode(errors="replace")
            keep = [m.start() for m in COMP.finditer(seg)]
            k1 = m0 + len(seg[:keep[-1]].encode()) if keep else qs   # the complement stays
            nd["text"] = (b[:m0] + b[k1:]).decode(errors="replace")
            cut.append(nd)
            meta.append((nd["id"], i, m0, name, b[m0:qs].decode(errors="replace")))
    out2 = F.analyze(build, cut)
    c = collections.Counter()
    for nid, i, m0, name, phrase in meta:
        qs = [q for q in out2.get(nid, {}).get("quotes", []) if m0 - 8 <= q["start"] <= m0 + 60]
        new = ((qs[0].get("speaker") or {}).get("name") or "") if qs else "<no quote>"
        same = "same" if new == name else "DIFF"
        c[same] += 1
        print("\t".join((same, i, name or "-", new or "-", phrase.strip()[:90])))
    print("rows", len(meta), dict(c))


if __name__ == "__main__":
    main(sys.argv)
