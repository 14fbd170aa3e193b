#!/usr/bin/env python3
"""rank55 (issue 16, stop 47): a learned ranker over the trigger layer's candidates.

The trigger layer (src/events/triggers.c) considers every trigger word of a sentence and its
guards drop it, keep it off (framed, a form not on by default) or emit it. With
RASD_TRIGGER_DUMP set, rasd prints each candidate and those decisions (src/events/rank55.c).
That dump is not in main (commit 335c04e, taken out after its merge): apply it first,
`git show 335c04e | git apply`, and rebuild.
This tool scores the candidates the default output does not emit with a logistic regression
whose features are the layer's own decisions, and measures, leave-one-part-out, the union of
the default rules and the model's added events (learn49's protocol: the threshold is chosen
inside each fold, on an inner 3-fold leave-parts-out CV, for union precision >= 0.90).

  tools/rank55.py dump       rasd analyze of the labelled event parts -> build/rank55.jsonl
  tools/rank55.py cv [-v]    LOPO union recall/precision, threshold chosen in each fold
  tools/rank55.py curve      pooled out-of-fold curve (one threshold for all folds)
  tools/rank55.py stats      candidates by stage and form, with how many are true
  tools/rank55.py room       what adding every candidate of a stage gives
  tools/rank55.py top        the curve's 40 best-ranked candidates, to read
  (cv and curve take --no-words: the layer's decisions without the trigger word)

Never reads the blind part (the newest of bench/recall/drawn.txt, unseen24): it asserts none
of its ids is among the labels read. Counting as bench/recall/recall.py score (match_events;
a system event is true when it overlaps a gold event of its kind).
"""
import json
import math
import os
import random
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "bench", "recall"))
import recall  # noqa: E402

RASD = os.environ.get("RASD", os.path.join(ROOT, "build", "rasd"))
CACHE = os.path.join(ROOT, "build", "rank55.jsonl")
BLIND = "unseen24"
STAGES = ["added", "has_kind", "unreal", "sense", "guarded", "courtesy", "force", "content",
          "prayer", "unanchored", "manner", "no_actors", "words_or_arms", "no_place", "nobody",
          "unreported", "known"]
FLAGS = ["fr40", "fr43", "forecast", "maybe_present", "any_deed", "subj44", "as50", "placed",
         "deed", "present", "place"]
FORMS = ["verb", "noun", "future", "placed", "deed", "present"]
GRID = [x / 100 for x in range(5, 100, 5)]


def parts():
    """The parts that label events, every one read (dev … unseen23), never the blind one."""
    ps = []
    for l in open(recall.LABELS, encoding="utf-8"):
        f = l.split("\t")
        if len(f) > 2 and not l.startswith("#") and f[1] not in ps:
            ps.append(f[1])
    return [p for p in ps if p not in recall.QUOTES_ONLY and p != BLIND]


def gold():
    blind = {i for i, s in recall.drawn() if s == BLIND}
    out = {}
    for p in parts():
        for i, g in recall.load(recall.LABELS, p).items():
            assert i not in blind
            out[i] = (p, g["E"])
    return out


def dump():
    g = gold()
    docs = list(recall.articles(set(g)))
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as t:
        for d in docs:
            t.write(json.dumps(d, ensure_ascii=False) + "\n")
    try:
        env = dict(os.environ, RASD_TRIGGER_DUMP="1")
        r = subprocess.run([RASD, "analyze", "--threads", "1", t.name], check=True,
                           capture_output=True, env=env)
    finally:
        os.unlink(t.name)
    outs = [json.loads(l) for l in r.stdout.decode().splitlines()]
    cands, cur = {}, None
    order = iter(docs)
    for l in r.stderr.decode().splitlines():
        f = l.split("\t")
        if f[0] == "D":
            cur = next(order)
            assert int(f[1]) == len(cur["text"].encode()), (cur["id"], f[1])
            cands[cur["id"]] = []
        elif f[0] == "C":
            v = [int(x) if k != 1 else x for k, x in enumerate(f[1:])]
            cands[cur["id"]].append(dict(zip(
                ["stage", "type", "form", "cut", "flags", "on", "s", "e", "ts", "te", "pos",
                 "len", "actors", "planned"], v)))
    with open(CACHE, "w", encoding="utf-8") as f:
        for d, o in zip(docs, outs):
            assert o["id"] == d["id"]
            p, ge = g[d["id"]]
            f.write(json.dumps({"id": d["id"], "part": p, "text": d["text"], "gold": ge,
                                "events": o.get("events", []), "cands": cands.get(d["id"], [])},
                               ensure_ascii=False) + "\n")
    print("%d articles, %d candidates -> %s" % (len(docs), sum(map(len, cands.values())), CACHE),
          file=sys.stderr)


def norm(w):
    w = recall.re.sub(r"[\u064b-\u0652]", "", w).translate(recall.AR)
    return w[1:] if w[:1] in "وف" and len(w) > 3 else w


VARIANT = {"words": True}


def features(a, c, sents):
    """The candidate c of article a: the layer's decisions, its word and where it stands."""
    t = c["type"]
    b = a["text"].encode()
    word = norm(b[c["ts"]:c["te"]].decode("utf-8", "replace"))
    f = ["bias", "k=" + t, "st=" + STAGES[c["stage"]], "kst=%s|%s" % (t, STAGES[c["stage"]]),
         "fm=" + FORMS[c["form"]], "kfm=%s|%s" % (t, FORMS[c["form"]]), "on=%d" % c["on"],
         "cut=%d" % min(c["cut"], 2),
         "act=%d" % min(c["actors"], 2), "plan=%d" % c["planned"],
         "pos=%d" % min(c["pos"] // 5, 4), "len=%d" % min(c["len"] // 15, 4)]
    if VARIANT["words"]:
        f += ["w=" + word, "kw=%s|%s" % (t, word)]
    f += ["fl=" + n for k, n in enumerate(FLAGS) if c["flags"] >> k & 1]
    f += ["kfl=%s|%s" % (t, n) for k, n in enumerate(FLAGS) if c["flags"] >> k & 1 and k < 7]
    ev = [(e["sentence"][0], recall.kind(e)) for e in a["events"] if e.get("sentence")]
    same = [s for s, k in ev if k == t]
    f.append("sent_any=%d" % any(s == c["s"] for s, _ in ev))
    f.append("before_same=%d" % any(s < c["s"] for s in same))
    f.append("after_same=%d" % any(s > c["s"] for s in same))
    idx = sents.index(c["s"]) if c["s"] in sents else 0
    f.append("sidx=%d" % min(idx, 3))
    f.append("ksidx=%s|%d" % (t, min(idx, 3)))
    return f


def load():
    arts = [json.loads(l) for l in open(CACHE, encoding="utf-8")]
    rows = []
    for ai, a in enumerate(arts):
        hits, _ = recall.match_events(a["gold"], a["events"])
        missed = [e for e, h in zip(a["gold"], hits) if h is None]
        sents = sorted({c["s"] for c in a["cands"]})
        for c in a["cands"]:
            if c["stage"] == 0 and c["on"] == 1:
                continue       # emitted by default
            y = any(e["type"] == c["type"] and recall.overlap(e["start"], e["end"], c["s"],
                                                              c["e"]) > 0 for e in missed)
            rows.append({"a": ai, "part": a["part"], "c": c, "y": int(y),
                         "f": features(a, c, sents)})
    return arts, rows


def train(rows, epochs=8, lam=1e-4, rate=0.1, mincount=2, seed=1):
    cnt = {}
    for r in rows:
        for x in r["f"]:
            cnt[x] = cnt.get(x, 0) + 1
    keep = {x for x, n in cnt.items() if n >= mincount}
    data = [([x for x in r["f"] if x in keep], r["y"]) for r in rows]
    w = {}
    rnd = random.Random(seed)
    for ep in range(epochs):
        rnd.shuffle(data)
        eta = rate / (1 + ep)
        for f, y in data:
            z = sum(w.get(x, 0.0) for x in f)
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            g = p - y
            for x in f:
                w[x] = w.get(x, 0.0) * (1 - eta * lam) - eta * g
    return w


def predict(w, f):
    z = sum(w.get(x, 0.0) for x in f)
    return 1 / (1 + math.exp(-max(-30, min(30, z))))


def count(arts, rows, probs, thr, which):
    """Union of the default events and the candidates over thr, on the articles of which:
    gold, found, system, true."""
    add = {}
    for r, p in zip(rows, probs):
        if p is not None and p >= thr and r["a"] in which:
            key = (r["a"], r["c"]["s"], r["c"]["type"])
            add[key] = r["c"]
    g = fo = sy = tr = 0
    for ai in which:
        a = arts[ai]
        se = list(a["events"]) + [{"type": t, "sentence": [c["s"], c["e"]], "actors": []}
                                  for (x, _, t), c in add.items() if x == ai]
        se.sort(key=lambda e: (e["sentence"][0] if e.get("sentence") else 0))
        hits, used = recall.match_events(a["gold"], se)
        g += len(a["gold"])
        fo += sum(h is not None for h in hits)
        for k, s in enumerate(se):
            ss = s.get("sentence") or [0, 0]
            sy += 1
            tr += used[k] or any(recall.overlap(e["start"], e["end"], ss[0], ss[1]) > 0 and
                                 e["type"] == recall.kind(s) for e in a["gold"])
    return g, fo, sy, tr


def oof(rows, train_parts, nfold, seed=7, **kw):
    """Out-of-fold probabilities of the rows of train_parts, leave-parts-out in nfold."""
    ps = sorted(train_parts)
    random.Random(seed).shuffle(ps)
    probs = [None] * len(rows)
    for k in range(nfold):
        hold = set(ps[k::nfold])
        w = train([r for r in rows if r["part"] in train_parts and r["part"] not in hold], **kw)
        for j, r in enumerate(rows):
            if r["part"] in hold:
                probs[j] = predict(w, r["f"])
    return probs


def pick(arts, rows, train_parts, target=0.90):
    probs = oof(rows, train_parts, 3)
    which = {i for i, a in enumerate(arts) if a["part"] in train_parts}
    for t in GRID:
        g, fo, sy, tr = count(arts, rows, probs, t, which)
        if sy and tr / sy >= target:
            return t
    return 1.01


def cv(verbose):
    arts, rows = load()
    ps = parts()
    per, probs = [], [None] * len(rows)
    for p in ps:
        tp = set(ps) - {p}
        thr = pick(arts, rows, tp)
        w = train([r for r in rows if r["part"] in tp])
        for j, r in enumerate(rows):
            if r["part"] == p:
                probs[j] = predict(w, r["f"])
        which = {i for i, a in enumerate(arts) if a["part"] == p}
        base = count(arts, rows, probs, 2.0, which)
        uni = count(arts, rows, probs, thr, which)
        per.append((p, base, uni, thr))
        if verbose:
            print("%-9s gold %3d  rules %3d / %3d  union %3d / %3d  thr %.2f" %
                  (p, base[0], base[1], base[2], uni[1], uni[2], thr), flush=True)
    tb = [sum(x[1][k] for x in per) for k in range(4)]
    tu = [sum(x[2][k] for x in per) for k in range(4)]
    print("pooled gold %d: rules %d (%.3f) of %d rows, P %.3f; union %d (%.3f) of %d rows, P %.3f"
          % (tb[0], tb[1], tb[1] / tb[0], tb[2], tb[3] / tb[2], tu[1], tu[1] / tu[0], tu[2],
             tu[3] / tu[2]))
    json.dump({"per": per, "probs": probs}, open(CACHE + ".cv", "w"))


def room():
    """What simple rules over the candidates give: every candidate off by form and not framed
    (what --event-triggers adds), and every candidate of one stage."""
    arts, rows = load()
    allw = set(range(len(arts)))
    def show(name, sel):
        probs = [1.0 if sel(r["c"]) else None for r in rows]
        g, fo, sy, tr = count(arts, rows, probs, 0.5, allw)
        print("  %-28s found %d (%+d) rows %d P %.3f" % (name, fo, fo - base[1], sy, tr / sy))
    base = count(arts, rows, [None] * len(rows), 0.5, allw)
    print("rules alone: found %d of %d, rows %d, P %.3f" % (base[1], base[0], base[2],
                                                          base[3] / base[2]))
    show("off, not framed (triggers)", lambda c: c["stage"] == 0 and not c["flags"] & 127)
    for k, n in enumerate(STAGES):
        show("stage " + n, lambda c, k=k: c["stage"] == k)
    show("every candidate", lambda c: True)


def curve():
    arts, rows = load()
    ps = parts()
    probs = [None] * len(rows)
    for p in ps:
        w = train([r for r in rows if r["part"] != p])
        for j, r in enumerate(rows):
            if r["part"] == p:
                probs[j] = predict(w, r["f"])
    allw = set(range(len(arts)))
    g, fo, sy, tr = count(arts, rows, probs, 2.0, allw)
    print("rules alone: %d of %d (%.3f), %d rows, P %.3f" % (fo, g, fo / g, sy, tr / sy))
    best = {}
    for t in GRID:
        c = count(arts, rows, probs, t, allw)
        print("thr %.2f: found %d (%.3f) rows %d P %.3f" % (t, c[1], c[1] / c[0], c[2],
                                                            c[3] / c[2]))
        for bar in (0.80, 0.85, 0.90, 0.95):
            if c[3] / c[2] >= bar and c[1] > best.get(bar, (0, 0))[0]:
                best[bar] = (c[1], t)
    for bar in (0.80, 0.85, 0.90, 0.95):
        b = best.get(bar)
        print("P >= %.2f: %s" % (bar, "%.3f (thr %.2f)" % (b[0] / g, b[1]) if b else "none"))
    order = sorted(range(len(rows)), key=lambda j: -probs[j])
    tops = [sum(rows[j]["y"] for j in order[:k]) for k in (10, 25, 50, 100, 200, 400)]
    print("true among the top 10/25/50/100/200/400:", tops)
    json.dump(probs, open(CACHE + ".curve", "w"))


def top(k=40):
    """The k candidates the curve's out-of-fold model ranks first, with their context."""
    arts, rows = load()
    probs = json.load(open(CACHE + ".curve"))
    for j in sorted(range(len(rows)), key=lambda j: -probs[j])[:k]:
        r, a = rows[j], arts[rows[j]["a"]]
        c, b = r["c"], arts[rows[j]["a"]]["text"].encode()
        ctx = b[max(c["s"], c["ts"] - 100):c["te"] + 100].decode("utf-8", "ignore")
        print("%.2f %s %-9s %-10s %-6s on=%2d %s %s | %s" % (
            probs[j], "T" if r["y"] else "-", c["type"], STAGES[c["stage"]], FORMS[c["form"]],
            c["on"], a["id"], b[c["ts"]:c["te"]].decode(), ctx.replace("\n", " ")))


def stats():
    arts, rows = load()
    n = len(arts)
    allc = [c for a in arts for c in a["cands"]]
    print("%d articles, %d candidates, %d emitted by default, %d others (%d true)" %
          (n, len(allc), len(allc) - len(rows), len(rows), sum(r["y"] for r in rows)))
    tab = {}
    for r in rows:
        c = r["c"]
        k = STAGES[c["stage"]] + ("/off" if c["stage"] == 0 else "") + \
            ("/framed" if c["flags"] & 127 else "")
        t = tab.setdefault(k, [0, 0])
        t[0] += 1
        t[1] += r["y"]
    for k, (a, b) in sorted(tab.items(), key=lambda x: -x[1][1]):
        print("  %-22s %5d  true %4d" % (k, a, b))
    gold_n = sum(len(a["gold"]) for a in arts)
    reach = set()
    for r in rows:
        if r["y"]:
            reach.add((r["a"], r["c"]["s"], r["c"]["type"]))
    print("gold %d; (sentence, kind) pairs a candidate could add: %d" % (gold_n, len(reach)))


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "cv"
    VARIANT["words"] = "--no-words" not in sys.argv
    {"room": room, "dump": dump, "cv": lambda: cv("-v" in sys.argv), "curve": curve,
     "stats": stats, "top": top}[cmd]()
