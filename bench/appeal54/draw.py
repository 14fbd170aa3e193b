#!/usr/bin/env python3
"""Draws of corpus articles outside drawn.txt for appeal54's checks (branch appeal54, stop 46).

  draw.py SEED N OUT.jsonl [SKIP]   articles outside bench/recall/drawn.txt whose text holds the
                                    bare past طالب after a particle (data/events.tsv appeal54's
                                    block), or with APPEAL54_FORM=self a verb of appeal right
                                    after أنه/إنه (appeal_bare_past.c ev_appeal54_self): the only
                                    articles where the rule can change a row, shuffled by random.Random(SEED);
                                    N of them after the first SKIP
  draw.py SEED N OUT.jsonl SKIP A.jsonl[,B.jsonl]   the same, the articles of earlier draws
                                    left out too (a fresh check after the rule was written)
Python stdlib only."""
import gzip, json, os, random, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "recall"))
import recall as R

FORMS = {   # the only articles where a rule of appeal54 can change a row
    "bare": re.compile("(?:^|[\\s\\W])(?:[وف]?(?:كما|فيما|حيث|قد|إذ|بينما|عندما)|لقد) طالب[\\s،,]"),
    "self": re.compile("(?:^|[\\s\\W])[وفب]?[أإ]نه (?:دعا|طلب|حث|ناشد|أهاب)[\\s،,]"),
}
FIRST = FORMS[os.environ.get("APPEAL54_FORM", "bare")]


def main(seed, n, out, skip=0, earlier=""):
    drawn = {i for i, _ in R.drawn()}
    for p in filter(None, earlier.split(",")):
        drawn |= {json.loads(l)["id"] for l in open(p, encoding="utf-8")}
    docs = [d for d in map(json.loads, gzip.open(R.SNN, "rt"))
            if d["id"] not in drawn and FIRST.search(d["text"])]
    docs.sort(key=lambda d: d["id"])
    random.Random(seed).shuffle(docs)
    with open(out, "w", encoding="utf-8") as f:
        for d in docs[skip:skip + n]:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(len(docs), "candidates;", len(docs[skip:skip + n]), "written")


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], int(sys.argv[4]) if len(sys.argv) > 4 else 0,
         sys.argv[5] if len(sys.argv) > 5 else "")
