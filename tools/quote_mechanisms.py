#!/usr/bin/env python3
"""tools/quote_mechanisms.py RASD [PARTS] — per-mechanism attribution over the read parts of
the recall set (docs/EVENTS.md "Quotes: unseen5 opened"): which speaker-choosing mechanism
of rasd chose the speaker of each found gold quote, and how often it was right, by part.

RASD must be built with -DQT_TRACE (src/events/quotes.c then prints, on stderr, QDOC per
document and "QTRACE start end how sub" per quote: QT_HOW/QT_SUB of quotes.h), e.g.
    touch src/events/*.c && make OPT="-O2 -g -DQT_TRACE" build/rasd && cp build/rasd /tmp/rasd-trace
    touch src/events/*.c && make build/rasd
PARTS: comma-separated (default: the nine read parts; never a blind one). Writes the rows to
/tmp/quote_mechanisms.json. Python stdlib only."""
import sys, os, json, subprocess, tempfile, collections
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bench", "recall"))
import recall as R
PARTS = ["dev", "dev2", "dev3", "dev4", "unseen", "unseen2", "unseen3", "unseen4", "unseen5"]
if len(sys.argv) < 2:
    sys.exit(__doc__)
rasd = sys.argv[1]
parts = sys.argv[2].split(",") if len(sys.argv) > 2 else PARTS
gold_all = {p: R.load(R.LABELS, p) for p in parts}
ids = set(i for g in gold_all.values() for i in g)
docs = [d for d in R.articles(ids)]
with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as t:
    for d in docs: t.write(json.dumps(d, ensure_ascii=False) + "\n")
p = subprocess.run([rasd, "analyze", "--threads", "1", t.name], capture_output=True)
os.unlink(t.name)
outs = [json.loads(l) for l in p.stdout.decode().splitlines()]
trace = []
for l in p.stderr.decode().splitlines():
    if l == "QDOC": trace.append({})
    elif l.startswith("QTRACE"):
        _, a, b, how, sub = l.split()
        tag = how + (sub if how.endswith("+") else "")
        trace[-1].setdefault((int(a), int(b)), tag)
assert len(trace) == len(outs) == len(docs), (len(trace), len(outs), len(docs))
tr = {o["id"]: t for o, t in zip(outs, trace)}
res = {o["id"]: o for o in outs}
tab = collections.defaultdict(lambda: collections.Counter())
rows = []
for part, gold in gold_all.items():
    for i, g in sorted(gold.items()):
        sq = res[i].get("quotes", [])
        found, hit, true = R.match_quotes(g["Q"], sq)
        for q, m in zip(g["Q"], found):
            if not m: continue
            best, names, ok = m
            tag = tr[i].get((best["start"], best["end"]), "?")
            if not names: tag += "(none)"
            tab[tag][part, ok] += 1
            rows.append((part, i, q["start"], tag, ok, q["speaker"], names))
json.dump(rows, open("/tmp/quote_mechanisms.json", "w"), ensure_ascii=False)
tot = collections.Counter()
print("%-34s %5s %5s %5s  %s" % ("mechanism", "n", "right", "acc", "per part right/n"))
for tag in sorted(tab, key=lambda t: -sum(tab[t].values())):
    c = tab[tag]; n = sum(c.values()); r = sum(v for (p, ok), v in c.items() if ok)
    pp = " ".join("%s %d/%d" % (p, c[p, True], c[p, True] + c[p, False]) for p in parts if c[p, True] + c[p, False])
    print("%-34s %5d %5d %5.2f  %s" % (tag, n, r, r / n, pp))
    tot["n"] += n; tot["r"] += r
print("total", tot["n"], tot["r"], "%.3f" % (tot["r"] / tot["n"]))
