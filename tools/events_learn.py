#!/usr/bin/env python3
"""events_learn.py — a learned sentence-level event detector (issue 16, branch learn49).

Which sentence holds an event of which kind: one-vs-rest logistic regression (pure Python,
sparse, SGD with L2) over a sentence's stems, first stems, stem bigrams, the word kinds of
data/events.tsv it holds, its entity types, a date, a quote, and the rules' own events on it.
The recall set (tests/data/recall_snn.tsv) labels each sentence with the kinds of the gold
events whose span overlaps it; the parts that label events are the folds (leave one part out).

  tools/events_learn.py dump         rasd analyze --tokens of the labelled articles -> cache
  tools/events_learn.py cv [-v]      LOPO: rules alone vs rules + model (threshold chosen
                                     inside each training fold by an inner 3-fold CV of its
                                     parts for precision >= 0.90), per part and pooled, the
                                     precision/recall curve, kinds gained, added examples
  tools/events_learn.py curve [--no-stack] [--epochs N] [--lam L]
                                     LOPO out-of-fold only: the curve, the room, the ranking
Counting is recall.py's `score`: a gold event is found by a system event of its kind whose
sentence overlaps its span (each system event finds one gold event); a system event is true
when it overlaps a gold event of its kind.
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

RASD = os.path.join(ROOT, "build", "rasd")
CACHE = os.path.join(ROOT, "build", "events_learn.jsonl")
KINDS = ["appeal", "assault", "fight", "meet", "criticize", "visit", "sign", "host", "accuse",
         "agree", "threaten"]
WORD_KINDS = set(KINDS) | {"kill", "assassinate", "encounter", "signing", "trigger", "arrival",
                           "joint", "speech", "plan", "support", "deny", "claim"}
FIRST = 8
EPOCHS = 4


def parts():
    """The parts that label events, in recall.py's order (unseen18 is not in the labels)."""
    return [p for p in ["dev", "dev5"] + ["unseen"] + ["unseen%d" % k for k in range(2, 18)]
            if p not in recall.QUOTES_ONLY]


def gold():
    """id -> (part, gold events), every article of the event parts."""
    blind = {i for i, s in recall.drawn() if s == "unseen18"}
    out = {}
    for p in parts():
        for i, g in recall.load(recall.LABELS, p).items():
            assert i not in blind
            out[i] = (p, g["E"])
    return out


def analyze(docs, tokens=True):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as t:
        for d in docs:
            t.write(json.dumps(d, ensure_ascii=False) + "\n")
    try:
        cmd = [RASD, "analyze", "--threads", "1"] + (["--tokens"] if tokens else []) + [t.name]
        out = subprocess.run(cmd, check=True, capture_output=True).stdout.decode()
    finally:
        os.unlink(t.name)
    return [json.loads(l) for l in out.splitlines()]


def dump():
    g = gold()
    docs = list(recall.articles(set(g)))
    res = {d["id"]: d for d in analyze(docs)}
    with open(CACHE, "w", encoding="utf-8") as f:
        for d in docs:
            r = res[d["id"]]
            r["text"] = d["text"]
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("%d articles -> %s" % (len(docs), CACHE), file=sys.stderr)


def lexicon():
    """data/events.tsv's phrases of event word kinds as rasd normalises them: a list of
    (norm tuple, feature)."""
    rows = []
    for l in open(os.path.join(ROOT, "data", "events.tsv"), encoding="utf-8"):
        if l.startswith("#") or not l.strip():
            continue
        f = l.rstrip("\n").split("\t")
        if len(f) >= 3 and f[0] in WORD_KINDS:
            rows.append((f[0] + (":" + f[1] if f[0] == "trigger" else ""), f[2]))
    docs = [{"id": "p%d" % k, "text": p} for k, (_, p) in enumerate(rows)]
    got = {d["id"]: tuple(t["norm"] for t in d.get("tokens", [])) for d in analyze(docs)}
    return [(got["p%d" % k], feat) for k, (feat, _) in enumerate(rows) if got.get("p%d" % k)]


def lex_index(lex):
    idx = {}
    for norms, feat in lex:
        idx.setdefault(norms[0], []).append((norms, feat))
    return idx


def sentences(d, lidx):
    """One record per sentence of analysis d: (start, end, features, rules' kinds)."""
    toks, ents, dates = d.get("tokens", []), d.get("entities", []), d.get("dates", [])
    quotes, events = d.get("quotes", []), d.get("events", [])
    out = []
    ti = 0
    for s0, s1 in d["sentences"]:
        while ti < len(toks) and toks[ti]["start"] < s0:
            ti += 1
        tj = ti
        while tj < len(toks) and toks[tj]["end"] <= s1:
            tj += 1
        st = [t["stem"] for t in toks[ti:tj] if t["kind"] == "arabic" or t["kind"] == "latin"]
        nm = [t["norm"] for t in toks[ti:tj]]
        f = {"bias"}
        f.update("s:" + x for x in st)
        f.update("f:" + x for x in st[:FIRST])
        f.update("b:%s_%s" % (a, b) for a, b in zip(st, st[1:]))
        for k, w in enumerate(nm):
            for w2 in {w, w[1:] if len(w) > 2 and w[0] in "وف" else w}:
                for norms, feat in lidx.get(w2, ()):
                    if tuple([w2] + nm[k + 1:k + len(norms)]) == norms:
                        f.add("k:" + feat)
        f.update("e:" + e["type"] for e in ents if s0 <= e["start"] < s1)
        if any(s0 <= x["start"] < s1 for x in dates):
            f.add("date")
        if any(recall.overlap(q["start"], q["end"], s0, s1) > 0 for q in quotes):
            f.add("quote")
        rk = set()
        for e in events:
            ss = e.get("sentence") or [0, 0]
            if recall.overlap(ss[0], ss[1], s0, s1) > 0:
                rk.add(recall.kind(e))
        f.update("r:" + k for k in rk)
        if rk:
            f.add("r:any")
        out.append((s0, s1, f, rk))
    return out


def load_data():
    g = gold()
    lidx = lex_index(lexicon())
    data = []  # (id, part, sentences, gold events, rules' events, text)
    for l in open(CACHE, encoding="utf-8"):
        d = json.loads(l)
        p, ge = g[d["id"]]
        data.append((d["id"], p, sentences(d, lidx), ge, d.get("events", []), d["text"]))
    return data


def labels(sents, ge):
    return [{e["type"] for e in ge if recall.overlap(e["start"], e["end"], s0, s1) > 0}
            for s0, s1, _, _ in sents]


# ---------------------------------------------------------------- model
def train(rows, epochs=6, lam=1e-5, rate=0.2, mincount=2, seed=1):
    """rows: (features, kinds set). Returns kind -> weights dict (one-vs-rest, SGD, L2)."""
    cnt = {}
    for f, _ in rows:
        for x in f:
            cnt[x] = cnt.get(x, 0) + 1
    keep = {x for x, c in cnt.items() if c >= mincount}
    xs = [([x for x in f if x in keep], y) for f, y in rows]
    w = {k: {} for k in KINDS}
    rnd = random.Random(seed)
    order = list(range(len(xs)))
    t = 0
    for ep in range(epochs):
        rnd.shuffle(order)
        for i in order:
            f, y = xs[i]
            t += 1
            eta = rate / (1 + rate * lam * t) ** 0.5
            for k in KINDS:
                wk = w[k]
                z = 0.0
                for x in f:
                    z += wk.get(x, 0.0)
                p = 1 / (1 + math.exp(-max(-30, min(30, z))))
                gr = (1.0 if k in y else 0.0) - p
                if abs(gr) < 1e-3:
                    continue
                for x in f:
                    wk[x] = wk.get(x, 0.0) * (1 - eta * lam) + eta * gr
    return w


def predict(w, f):
    out = {}
    for k in KINDS:
        wk = w[k]
        z = sum(wk.get(x, 0.0) for x in f)
        out[k] = 1 / (1 + math.exp(-max(-30, min(30, z))))
    return out


# ---------------------------------------------------------------- counting
def count(arts, probs, t):
    """recall.py's counting of rules' events plus the model's (kind, sentence) at >= t (where
    the rules have no event of that kind on that sentence). arts: data rows; probs: per
    article, per sentence, kind -> p. Returns per part [gold, found, system, true] and the
    added events [(id, part, s0, s1, kind, p, true)]."""
    per, added = {}, []
    for (i, p, sents, ge, re_, text), pr in zip(arts, probs):
        se = [(recall.kind(e), (e.get("sentence") or [0, 0])) for e in re_]
        n_rules = len(se)
        if t is not None:
            for (s0, s1, _, rk), ps in zip(sents, pr):
                for k, v in sorted(ps.items(), key=lambda kv: -kv[1]):
                    if v >= t and k not in rk:
                        se.append((k, [s0, s1]))
        c = per.setdefault(p, [0, 0, 0, 0])
        used = [False] * len(se)
        for e in ge:
            c[0] += 1
            for k, (sk, ss) in enumerate(se):
                if not used[k] and sk == e["type"] and \
                        recall.overlap(e["start"], e["end"], ss[0], ss[1]) > 0:
                    used[k] = True
                    c[1] += 1
                    break
        for k, (sk, ss) in enumerate(se):
            c[2] += 1
            ok = used[k] or any(recall.overlap(e["start"], e["end"], ss[0], ss[1]) > 0 and
                                e["type"] == sk for e in ge)
            c[3] += ok
            if k >= n_rules:
                v = max(v for (s0, s1, _, _), ps in zip(sents, pr) if [s0, s1] == ss
                        for kk, v in ps.items() if kk == sk)
                added.append((i, p, ss[0], ss[1], sk, v, ok, used[k]))
    return per, added


def pooled(per):
    t = [sum(c[j] for c in per.values()) for j in range(4)]
    return t, (t[1] / t[0] if t[0] else 1.0), (t[3] / t[2] if t[2] else 1.0)


GRID = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.97,
        0.99, 1.01]


def oof(data, folds, train_kw):
    """Out-of-fold probabilities over data, folds = list of part sets."""
    probs = [None] * len(data)
    for held in folds:
        rows = [(f, y) for (i, p, sents, ge, _, _) in data if p not in held
                for (_, _, f, _), y in zip(sents, labels(sents, ge))]
        w = train(rows, **train_kw)
        for n, (i, p, sents, ge, _, _) in enumerate(data):
            if p in held:
                probs[n] = [predict(w, f) for (_, _, f, _) in sents]
    return probs


def pick_threshold(data, train_kw, target=0.90, nfold=3):
    """The lowest threshold of GRID whose union precision (pooled over an inner
    leave-parts-out CV of data) is >= target."""
    ps = sorted({d[1] for d in data})
    folds = [set(ps[k::nfold]) for k in range(nfold)]
    probs = oof(data, folds, train_kw)
    for t in GRID:
        _, r, pr = pooled(count(data, probs, t)[0])
        if pr >= target:
            return t
    return GRID[-1]


def fold(p):
    data = load_data()
    kw = {"epochs": EPOCHS}
    tr = [d for d in data if d[1] != p]
    t = pick_threshold(tr, kw)
    rows = [(f, y) for (i, q, sents, ge, _, _) in tr
            for (_, _, f, _), y in zip(sents, labels(sents, ge))]
    w = train(rows, **kw)
    print("fold %s: threshold %.2f" % (p, t), file=sys.stderr, flush=True)
    return p, t, [[predict(w, f) for (_, _, f, _) in d[2]] if d[1] == p else None for d in data]


def cv(verbose):
    import multiprocessing
    data = load_data()
    probs = [None] * len(data)
    chosen = {}
    with multiprocessing.Pool(2) as pool:
        for p, t, pr in pool.imap_unordered(fold, parts()):
            chosen[p] = t
            for n, x in enumerate(pr):
                if x is not None:
                    probs[n] = x
    json.dump({"probs": probs, "chosen": chosen},
              open(os.path.join(ROOT, "build", "events_learn_oof.json"), "w"))
    report(data, probs, chosen, verbose)


def report(data, probs, chosen, verbose):
    ps = parts()
    base = count(data, probs, None)[0]
    print("part      gold | rules: found recall system precision | union: thr found recall "
          "system precision")
    un_tot = [0, 0, 0, 0]
    added_all = []
    for p in ps:
        sub = [(d, pr) for d, pr in zip(data, probs) if d[1] == p]
        u, added = count([d for d, _ in sub], [pr for _, pr in sub], chosen[p])
        added_all += added
        b, c = base[p], u[p]
        un_tot = [a + x for a, x in zip(un_tot, c)]
        print("%-9s %4d | %4d %.2f %4d %.2f | %.2f %4d %.2f %4d %.2f" % (
            p, b[0], b[1], b[1] / b[0], b[2], b[3] / b[2] if b[2] else 1, chosen[p], c[1],
            c[1] / c[0], c[2], c[3] / c[2] if c[2] else 1))
    bt, br, bp = pooled(base)
    print("pooled    %4d | %4d %.2f %4d %.2f | LOPO %4d %.2f %4d %.2f" % (
        bt[0], bt[1], br, bt[2], bp, un_tot[1], un_tot[1] / un_tot[0], un_tot[2],
        un_tot[3] / un_tot[2]))
    print("\ncurve (one threshold for all folds, pooled out-of-fold):")
    print("thr   found recall system precision")
    best = {}
    for t in GRID[:-1] + [0.2, 0.25, 0.1, 0.15]:
        u = pooled(count(data, probs, t)[0])
        print("%.2f  %4d %.3f %4d %.3f" % (t, u[0][1], u[1], u[0][2], u[2]))
        for target in (0.80, 0.85, 0.90, 0.95):
            if u[2] >= target and u[1] > best.get(target, (0, 0))[0]:
                best[target] = (u[1], t)
    for target in (0.80, 0.85, 0.90, 0.95):
        r, t = best.get(target, (br, None))
        print("recall at precision >= %.2f: %.3f (threshold %s; rules alone %.3f at %.3f)" % (
            target, r, t, br, bp))
    print("\nkinds gained (LOPO thresholds): kind added true found-new")
    by = {}
    for a in added_all:
        c = by.setdefault(a[4], [0, 0, 0])
        c[0] += 1
        c[1] += a[6]
        c[2] += a[7]
    for k, c in sorted(by.items(), key=lambda kv: -kv[1][2]):
        print("  %-10s %3d %3d %3d" % (k, c[0], c[1], c[2]))
    if verbose:
        text = {d[0]: d[5] for d in data}
        for k in by:
            print("\n== %s" % k)
            for a in [a for a in added_all if a[4] == k][:10]:
                s = text[a[0]].encode()[a[2]:a[3]].decode(errors="replace")
                print("%s %s %.2f %s | %s" % (a[0], a[1], a[5], "TRUE" if a[6] else "false",
                                              s[:300].replace("\n", " ")))


def fold_oof(arg):
    p, kw, nostack = arg
    data = load_data()
    strip = (lambda f: {x for x in f if not x.startswith("r:")}) if nostack else (lambda f: f)
    rows = [(strip(f), y) for (i, q, sents, ge, _, _) in data if q != p
            for (_, _, f, _), y in zip(sents, labels(sents, ge))]
    w = train(rows, **kw)
    print("fold %s" % p, file=sys.stderr, flush=True)
    return [[predict(w, strip(f)) for (_, _, f, _) in d[2]] if d[1] == p else None for d in data]


def curve(a):
    """LOPO out-of-fold probabilities only (no threshold chosen inside the folds): the
    precision/recall curve of rules + model, and the room a sentence-level model has."""
    import multiprocessing
    kw = {"epochs": int(a[a.index("--epochs") + 1]) if "--epochs" in a else EPOCHS}
    if "--lam" in a:
        kw["lam"] = float(a[a.index("--lam") + 1])
    data = load_data()
    probs = [None] * len(data)
    with multiprocessing.Pool(2) as pool:
        for pr in pool.imap_unordered(fold_oof, [(p, kw, "--no-stack" in a) for p in parts()]):
            for n, x in enumerate(pr):
                if x is not None:
                    probs[n] = x
    room(data)
    rank(data, probs)
    report(data, probs, {p: 1.01 for p in parts()}, False)


def room(data):
    """Gold events the rules miss: in a sentence with no rules' event of their kind (a
    sentence-level detector could add them) or beside one of their kind (it could not)."""
    c = [0, 0, 0]
    for i, p, sents, ge, re_, _ in data:
        se = [(recall.kind(e), e.get("sentence") or [0, 0]) for e in re_]
        used = [False] * len(se)
        for e in ge:
            hit = False
            for k, (sk, ss) in enumerate(se):
                if not used[k] and sk == e["type"] and \
                        recall.overlap(e["start"], e["end"], ss[0], ss[1]) > 0:
                    used[k] = hit = True
                    break
            if hit:
                continue
            same = any(sk == e["type"] and recall.overlap(e["start"], e["end"], ss[0], ss[1]) > 0
                       for sk, ss in se)
            c[1 if same else 0] += 1
    print("missed by the rules: %d in a sentence with no rules' event of their kind, %d beside "
          "one of their kind" % (c[0], c[1]))


def rank(data, probs):
    """Candidates (sentence, kind with no rules' event of that kind): how many are true among
    the top 25/50/100/200 by the model's probability (pooled out-of-fold)."""
    cand = []
    for (i, p, sents, ge, re_, _), pr in zip(data, probs):
        for (s0, s1, _, rk), ps, y in zip(sents, pr, labels(sents, ge)):
            for k, v in ps.items():
                if k not in rk:
                    cand.append((v, k in y))
    cand.sort(key=lambda x: -x[0])
    pos = sum(y for _, y in cand)
    print("candidates %d, true %d; true among the top: %s" % (
        len(cand), pos, ", ".join("%d: %d" % (n, sum(y for _, y in cand[:n]))
                                  for n in (10, 25, 50, 100, 200, 400))))


def main(a):
    if not a or a[0] in ("-h", "--help"):
        print(__doc__)
        return 0
    if a[0] == "dump":
        dump()
    elif a[0] == "cv":
        cv("-v" in a)
    elif a[0] == "curve":
        curve(a[1:])
    elif a[0] == "report":
        o = json.load(open(os.path.join(ROOT, "build", "events_learn_oof.json")))
        if "--thr" in a:   # one threshold for every fold: the curve's points, their rows
            o["chosen"] = {p: float(a[a.index("--thr") + 1]) for p in parts()}
        report(load_data(), o["probs"], o["chosen"], "-v" in a)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
