#!/usr/bin/env python3
"""bench/app71/anna_claim.py RASD — the open claim of stop 60's brief: an appeal told as
«دعا X إلى أن …» or «دعا/طالب … أن …». Draws (seed 60075) 40 articles outside drawn.txt whose
text has either form, runs RASD on them and prints, per form, how many of the sentences
holding it rasd reads as an appeal, as a quote only (its cue the verb), or not at all."""
import os, random, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "recall"))
import recall  # noqa: E402

FORMS = {
    "ila_an": re.compile(r"(^|[ ،])(و|ف|كما )?(دعا|دعت|دعوا) [^،.؟!\n]{1,50}? (إلى|الى) أن "),
    "an": re.compile(r"(^|[ ،])(و|ف|كما )?(دعا|دعت|دعوا|طالب|طالبت|طالبوا|ناشد|ناشدت) "
                     r"[^،.؟!\n]{1,50}? (ب)?(أن|ان) "),
}


def main(a):
    drawn = {i for i, _ in recall.drawn()}
    pool = [d for d in recall.articles() if d["id"] not in drawn and
            any(p.search(d["text"]) for p in FORMS.values())]
    docs = random.Random(60075).sample(pool, min(40, len(pool)))
    out = recall.analyze_docs(a[0], docs)
    tally = {f: {"appeal": 0, "quote": 0, "none": 0} for f in FORMS}
    for d in docs:
        o = out.get(d["id"], {})
        b = d["text"].encode("utf-8")
        for f, p in FORMS.items():
            for m in p.finditer(d["text"]):
                s = len(d["text"][:m.start(3)].encode("utf-8"))
                ev = [e for e in o.get("events", []) if recall.kind(e) == "appeal" and
                      e["sentence"][0] <= s < e["sentence"][1]]
                qs = [q for q in o.get("quotes", [])
                      if m.group(3) in (q.get("cue") or "") and s <= q["start"] <= s + 300]
                r = "appeal" if ev else "quote" if qs else "none"
                tally[f][r] += 1
                print("%s\t%s\t%s\t%s" % (f, r, d["id"], b[s:s + 160].decode("utf-8", "replace")
                                          .replace("\n", " ")))
    print("pool %d articles, drawn %d" % (len(pool), len(docs)))
    for f, t in tally.items():
        print(f, t)


if __name__ == "__main__":
    main(sys.argv[1:])
