import sys, re, os
sys.path.insert(0, "/work/span62/bench/recall")
import fresh as F, recall as R
build = sys.argv[1]; which = sys.argv[2]
cues = set()
for l in open("/work/span62/data/quotes.tsv", encoding="utf-8"):
    p = l.rstrip("\n").split("\t")
    if len(p) >= 3 and p[0] == "cue":
        cues.add(p[2])
def norm(w):
    w = re.sub("[\u064b-\u0652\u0640]", "", w)
    return w.replace("أ","ا").replace("إ","ا").replace("آ","ا")
ncues = {norm(c) for c in cues}
def iscue(w):
    w = norm(w)
    for pre in ("", "و", "ف"):
        if w.startswith(pre) and w[len(pre):] in ncues and (pre or True):
            return True
    return False
TURN = re.compile(r"(من\s+(?:جانب|جهت)\S*|بدور\S*|في\s+المقابل|في\s+حين|بينما|فيما)\s*،?\s*(\S+)")
ids = [i for i, s in R.drawn() if s != "unseen30"] if which == "read" else None
if which == "read":
    arts = {d["id"]: d for d in R.articles() if d["id"] in set(ids)}
    docs = [arts[i] for i in ids if i in arts]
else:
    import random
    docs = F.sample(F.pool(), 6201, 2000)
cache = "/tmp/span62_out_%s_%s.json" % (which, os.path.basename(os.path.dirname(os.path.dirname(build))))
out = F.analyze_cached(build, docs, cache)
n = 0; tot = 0
for d in docs:
    o = out.get(d["id"]) or {}
    b = d["text"].encode("utf-8")
    for q in o.get("quotes", []) or []:
        tot += 1
        c = q.get("content") or [q["start"], q["end"]]
        s, e = (c[0], c[1]) if isinstance(c, list) else (q["start"], q["end"])
        txt = b[s:e].decode("utf-8", "replace")
        hits = []
        for m in TURN.finditer(txt):
            if iscue(m.group(2)):
                hits.append(("turn", m.group(0)))
        for m in re.finditer(r"[.،,]\s*(\S+)\s+(\S+)", txt):
            if iscue(m.group(1)) and norm(m.group(1))[:1] in "وف" :
                hits.append(("comma", m.group(0)))
        if hits:
            n += 1
            print("\t".join([d["id"], str(s), str(e), ((q.get("speaker") or {}).get("name") or ""), hits[0][0], hits[0][1], txt[:400].replace("\n"," ")]))
print("#", which, "quotes", tot, "with cue inside", n, file=sys.stderr)
