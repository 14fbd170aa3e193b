#!/usr/bin/env python3
"""judge_sample.py — a uniform random sample of the event and quote rows that `rasd analyze`
(default configuration) gives on SaudiNewsNet articles outside the recall set, for judging.

    tools/judge_sample.py RASD SEED OUT.tsv [N] [--factor F]
    tools/judge_sample.py score JUDGED.tsv
    tools/judge_sample.py dates RASD

score: the counts of a judged file (verdict right/partly/wrong; a partly row's reason starts
with what is off: "actor:", "place:", "date:", "status:", "speaker:", "content:"), by kind,
with the status and attribution figures and the events dated after their article while
occurred. dates: that last count over every article outside drawn.txt (issue 16), with
the planned events dated before their article.

Articles outside bench/recall/drawn.txt (every part) are shuffled with random.Random(SEED)
and analysed in batches of 50 (`rasd analyze --threads 1`; the draw and runs are
bench/recall/fresh.py's: permuted(pool(), SEED)) until both pools, the event rows
and the quote rows of the analysed articles, hold at least F*N rows (default N 60, F 4: so
that a sample's rows come from many articles); then N event rows and N quote rows are drawn
with random.Random(SEED).sample from the pools (rows sorted by article order, then offset).
OUT.tsv gets one row per drawn row, with an empty verdict column to fill by hand:

    sample  no  article  published  kind  start  status  date  dated  actors  place|speaker
            cue  text  verdict  reason

text is the sentence (events, trigger marked ‹ ›) or the quote with context (⟦ ⟧ the quote,
[[ ]] the speaker's mention when it is near). Offsets are bytes into the article text.
Summary counts go to stderr. Python stdlib only."""
import collections
import csv
import gzip
import json
import math
import os
import random
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "bench", "recall"))
sys.path.insert(0, os.path.join(ROOT, "tools"))
from recall import analyze_docs  # noqa: E402  (bench/recall/recall.py)
from quotes_sample import boundary  # noqa: E402
SNN = os.environ.get("SNN", os.path.join(ROOT, "..", "shared", "data", "saudinewsnet",
                                         "articles.jsonl.gz"))
DRAWN = os.path.join(ROOT, "bench", "recall", "drawn.txt")
BATCH = 50
CONTEXT = 160          # bytes shown around a quote
QUOTE_MAX = 360        # bytes of a quote shown at most (its start and end)


def drawn_ids():
    ids = set()
    with open(DRAWN, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                ids.add(line.split()[0])
    return ids


def load_articles():
    avoid = drawn_ids()
    out = []
    with gzip.open(SNN, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["id"] not in avoid:
                out.append(d)
    return out


def clean(b):
    return b.decode("utf-8", "replace").replace("\n", " ⏎ ").replace("\t", " ")


def event_row(doc, e):
    b = doc["text"].encode("utf-8")
    s0, s1 = e["sentence"]
    t0, t1 = e["trigger"]
    text = clean(b[s0:t0]) + "‹" + clean(b[t0:t1]) + "›" + clean(b[t1:s1])
    actors = "; ".join(a.get("name") or "" for a in e.get("actors") or [])
    if e.get("target_only"):
        actors += " (target only)"
    place = (e.get("place") or {}).get("name") or ""
    return [e["type"], str(t0), e.get("status") or "", e.get("date") or "",
            "dated" if e.get("dated") else "", actors, place, "", text]



def write_event_diff(docs, a, b, w, blanks=2):
    """The event rows that differ between two outputs, as judge rows: moved to
    bench/recall/fresh.py (the one fresh-draw frame, branch mend54); kept here for callers."""
    from fresh import write_event_diff as diff   # bench/recall/fresh.py (imports this file)
    return diff(docs, a, b, w, blanks)


def quote_row(doc, q):
    b = doc["text"].encode("utf-8")
    q0, q1 = q["start"], q["end"]
    sp = q.get("speaker") or {}
    names = [sp.get("name") or ""] if sp else []
    names += [s.get("name") or "" for s in q.get("speakers") or []]
    lo = boundary(b, q0 - CONTEXT, 1)
    hi = boundary(b, q1 + CONTEXT, -1)
    body = b[q0:q1]
    if len(body) > QUOTE_MAX:
        body_s = clean(body[:boundary(body, QUOTE_MAX // 2, -1)]) + " … " + \
            clean(body[boundary(body, len(body) - QUOTE_MAX // 2, 1):])
    else:
        body_s = clean(body)
    ss, se = sp.get("start"), sp.get("end")
    before, after = b[lo:q0], b[q1:hi]
    if ss is not None and se is not None and lo <= ss and se <= q0:
        before = clean(b[lo:ss]) + "[[" + clean(b[ss:se]) + "]]" + clean(b[se:q0])
    elif ss is not None and se is not None and q1 <= ss and se <= hi:
        after = clean(b[q1:ss]) + "[[" + clean(b[ss:se]) + "]]" + clean(b[se:hi])
    elif ss is not None and se is not None:
        before = "{mention far: " + clean(b[ss:se]) + " @" + str(ss) + "} " + clean(before)
    if isinstance(before, bytes):
        before = clean(before)
    if isinstance(after, bytes):
        after = clean(after)
    text = before + "⟦" + body_s + "⟧" + after
    return ["quote", str(q0), "direct" if q.get("direct") else "reported", "", "",
            "", " ; ".join(n for n in names if n), q.get("cue") or "", text]


def late(r):
    """An occurred event dated after its article's publication day (issue 16)."""
    return r["status"] == "occurred" and r["date"][:10] > r["published"][:10]


def wilson(k, n, z=1.96):
    """The 95% Wilson interval of k successes in n."""
    p = k / n
    mid = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return mid - half, mid + half


def score(path):
    rows = list(csv.DictReader(open(path, encoding="utf-8"), delimiter="\t",
                               quoting=csv.QUOTE_NONE))
    for part in ("events", "quotes"):
        rs = [r for r in rows if r["sample"] == part]
        by = collections.defaultdict(collections.Counter)
        for r in rs:
            by[r["kind"] if part == "events" else r["status"]][r["verdict"]] += 1
            by["all"][r["verdict"]] += 1
        print(f"{part}: kind right partly wrong precision(partly counted) [95% Wilson] strict")
        for k in sorted(by, key=lambda k: (k == "all", -sum(by[k].values()), k)):
            c = by[k]
            t = sum(c.values())
            lo, hi = wilson(c["right"] + c["partly"], t)
            print(f"  {k} {c['right']} {c['partly']} {c['wrong']} "
                  f"{(c['right'] + c['partly']) / t:.2f} [{lo:.2f}, {hi:.2f}] "
                  f"{c['right'] / t:.2f}")
        ok = [r for r in rs if r["verdict"] in ("right", "partly")]
        aspects = collections.Counter(r["reason"].split(":")[0] for r in ok
                                      if r["verdict"] == "partly")
        print(f"  partly rows by what is off: {dict(aspects)}")
        if part == "events":
            bad = sum(1 for r in ok if r["reason"].startswith("status:"))
            print(f"  status right among right+partly: {len(ok) - bad}/{len(ok)}; "
                  f"planned given: {sum(1 for r in rs if r['status'] == 'planned')}")
            print(f"  occurred and dated after the article: "
                  f"{sum(1 for r in rs if late(r))}/{len(rs)}")
        else:
            good = sum(1 for r in ok if r["verdict"] == "right"
                       or r["reason"].startswith("content:"))
            print(f"  speaker right among right+partly (content right): {good}/{len(ok)}")


def dates(rasd):
    docs = load_articles()
    n, kinds, ex = 0, collections.Counter(), []
    status, early = collections.Counter(), collections.Counter()
    for i in range(0, len(docs), 500):
        batch = docs[i:i + 500]
        res = analyze_docs(rasd, batch)
        for d in batch:
            for e in res.get(d["id"], {}).get("events", []):
                n += 1
                r = {"status": e.get("status") or "", "date": e.get("date") or "",
                     "published": d.get("published") or ""}
                status[r["status"]] += 1
                if r["status"] == "planned" and r["date"] and \
                        r["date"][:10] < r["published"][:10]:
                    early[e["type"]] += 1
                if r["date"] and late(r):
                    kinds[e["type"]] += 1
                    if len(ex) < 10:
                        ex.append((d["id"], e["trigger"][0], e["type"], r["date"],
                                   r["published"][:10], "dated" if e.get("dated") else ""))
    print(f"dates: {len(docs)} articles, {n} events {dict(status)}; "
          f"{sum(kinds.values())} occurred and dated after their article: {dict(kinds)}; "
          f"{sum(early.values())} planned and dated before it: {dict(early)}")
    for x in ex:
        print("  ", *x)


def main(a):
    if a[:1] == ["score"] and len(a) == 2:
        return score(a[1])
    if a[:1] == ["dates"] and len(a) == 2:
        return dates(a[1])
    if len(a) < 3:
        sys.exit(__doc__)
    rasd, seed, out = a[0], int(a[1]), a[2]
    factor = 4
    if "--factor" in a:
        factor = int(a[a.index("--factor") + 1])
        a = a[:a.index("--factor")] + a[a.index("--factor") + 2:]
    n = int(a[3]) if len(a) > 3 else 60
    import fresh   # bench/recall/fresh.py, the one fresh-draw frame (it imports this file)
    docs = fresh.permuted(fresh.pool(), seed)
    evs, qs, used = [], [], 0
    while len(evs) < factor * n or len(qs) < factor * n:
        batch = docs[used:used + BATCH]
        used += len(batch)
        res = fresh.analyze(rasd, batch, threads=1)
        for d in batch:
            r = res.get(d["id"], {})
            evs += [(d, e) for e in sorted(r.get("events", []), key=lambda e: e["trigger"])]
            qs += [(d, q) for q in sorted(r.get("quotes", []), key=lambda q: q["start"])]
    rng = random.Random(seed)
    pick_e = sorted(rng.sample(range(len(evs)), n))
    pick_q = sorted(rng.sample(range(len(qs)), n))
    head = ["sample", "no", "article", "published", "kind", "start", "status", "date",
            "dated", "actors", "place|speaker", "cue", "text", "verdict", "reason"]
    with open(out, "w", encoding="utf-8") as f:
        f.write("\t".join(head) + "\n")
        for k, i in enumerate(pick_e):
            d, e = evs[i]
            f.write("\t".join(["events", str(k + 1), d["id"], d.get("published", "")]
                              + event_row(d, e) + ["", ""]) + "\n")
        for k, i in enumerate(pick_q):
            d, q = qs[i]
            f.write("\t".join(["quotes", str(k + 1), d["id"], d.get("published", "")]
                              + quote_row(d, q) + ["", ""]) + "\n")
    arts_e = len({evs[i][0]["id"] for i in pick_e})
    arts_q = len({qs[i][0]["id"] for i in pick_q})
    print(f"judge_sample: seed {seed}: {used} articles analysed, {len(evs)} event rows, "
          f"{len(qs)} quote rows; drew {n} events ({arts_e} articles) and {n} quotes "
          f"({arts_q} articles) -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
