#!/usr/bin/env python3
"""rank.py CANDS.json [OUT.json]: a learned speaker choice over cands.py's candidates (branch
spk55, stop 47; docs/EVENTS.md "Issue 16: a learned speaker choice").

A conditional logit (softmax over one quote's candidates; sparse indicator features and their
crossings with the rules' choice, the type, the word after the cue and the cue's gender; Adagrad,
15 epochs, L2 1e-3, or $SPK55_L2), measured leave-one-part-out: for each read part, trained on the others, the
model's choice replaces the rules' where its top candidate is not the rules' and its
probability exceeds the rules' candidate's by more than tau; tau is chosen inside the fold, by
four inner folds over the training parts (the net quotes gained). Prints each part (rules,
model, overrides and how many right) and the pooled figures. Python stdlib only."""
import sys, os, json, math, random, collections

def bucket(d):
    if d == 0: return "0"
    s = "+" if d > 0 else "-"
    a = abs(d)
    return s + ("1" if a == 1 else "2-3" if a <= 3 else "4-10" if a <= 10 else "11-30" if a <= 30 else "31+")

def feats(r, c):
    f = ["b:" + c["typ"]]
    t = c["typ"]
    f.append("dist:" + bucket(c["dist_t"]))
    f.append("dist:%s:%s" % (t, bucket(c["dist_t"])))
    f.append("sd:%d" % min(c["sd"], 4) if c["sd"] >= 0 else "sd:neg")
    if c["is_rule"]:
        f += ["rule", "rule:" + t, "rule:sd%d" % min(max(c["sd"], -1), 3),
              "rule:dist:" + bucket(c["dist_t"])]
    if r["rules"] is None:
        f += ["none:" + t, "none:dist:" + bucket(c["dist_t"])]
    for k in ("inside", "addr", "verb_between", "spoke_before", "last_speaker", "after_quote",
              "before_quote"):
        if c[k]:
            f.append(k)
            if c["is_rule"]: f.append("rule&" + k)
    f.append("direct:%d:%s" % (r["direct"], bucket(c["dist_t"])))
    f.append("pm:%d" % min(c["prior_mentions"], 3))
    f.append("m:%d" % min(c["mentions"], 3))
    nx = r.get("cue_next")
    if nx is not None:
        cls = ("bare" if nx in ("ان", "انه", "انها", "بان", "PUNCT", "", "انهم") else
               "prep" if nx in ("الي", "علي", "في", "عن", "ل", "فيه", "فيها", "له", "لها") else
               "honor" if nx.endswith("ه") and nx.startswith("سمو") or nx in ("معاليه", "فضيلته") else "named")
        f.append("nx:%s:%s" % (cls, bucket(c["dist_t"])))
        f.append("nx:%s:sd%d" % (cls, min(max(c["sd"], -1), 3)))
        for k in ("last_speaker", "spoke_before", "subj", "nearest_before", "nearest_after", "is_rule"):
            if c.get(k): f.append("nx:%s&%s" % (cls, k))
        if r["rules"] is None: f.append("nx:%s:none:%s" % (cls, t))
    cue = r.get("cue") or ""
    cw = cue.split()[0] if cue.split() else ""
    cw = cw.replace("أ", "ا").replace("إ", "ا").replace("ة", "ه").rstrip("اً").rstrip("ا")
    if len(cw) > 3 and cw[0] in "وف": cw = cw[1:]
    fem = cw.startswith("ت") or cw.endswith("ت") or cw.endswith("ه")
    plu = cw.endswith("وا") or cw.endswith("ون") or cw.endswith("ين")
    g = "f" if fem else "p" if plu else "m"
    f.append("g:%s:%s" % (g, t))
    if c["is_rule"]: f.append("g:%s:rule" % g)
    part = cw.startswith("م")
    f.append("ptc:%d:%s" % (part, bucket(c["dist_t"])))
    if c["last_speaker"]:
        f.append("last:sd%d" % min(max(c["sd"], -1), 4)); f.append("last:ptc%d" % part)
    if c.get("subj"):
        f.append("subj"); f.append("subj:" + t)
    if c.get("nearest_before"): f.append("nearest_before:" + t)
    if c.get("nearest_after"): f.append("nearest_after:" + t)
    return f

def prep(R):
    for r in R:
        cs = r["cands"]
        bef = [c for c in cs if c["dist_t"] <= 0 and not c["inside"] and c["typ"] in ("PER", "ORG", "RULE")]
        aft = [c for c in cs if c["dist_t"] > 0 and not c["inside"] and c["typ"] in ("PER", "ORG", "RULE")]
        if bef: max(bef, key=lambda c: c["dist_t"])["nearest_before"] = True
        if aft: min(aft, key=lambda c: c["dist_t"])["nearest_after"] = True
        r["X"] = [feats(r, c) for c in cs]
    return R

def probs(w, X):
    s = [sum(w.get(f, 0.0) for f in x) for x in X]
    m = max(s)
    e = [math.exp(v - m) for v in s]
    z = sum(e)
    return [v / z for v in e]

L2 = float(os.environ.get("SPK55_L2", "1e-3"))  # SPK55_L2=1e-2: the variant of docs/EVENTS.md


def train(R, epochs=15, lr=0.3, l2=L2, seed=1):
    w = collections.defaultdict(float); g2 = collections.defaultdict(lambda: 1e-8)
    data = [r for r in R if any(c["label"] for c in r["cands"]) and len(r["cands"]) > 1]
    rnd = random.Random(seed)
    for ep in range(epochs):
        rnd.shuffle(data)
        for r in data:
            p = probs(w, r["X"])
            y = [1.0 if c["label"] else 0.0 for c in r["cands"]]
            zp = sum(pi for pi, yi in zip(p, y) if yi)
            grad = collections.defaultdict(float)
            for x, pi, yi in zip(r["X"], p, y):
                gi = pi - (pi / zp if yi else 0.0)
                if gi:
                    for f in x: grad[f] += gi
            for f, gv in grad.items():
                gv += l2 * w[f]
                g2[f] += gv * gv
                w[f] -= lr * gv / math.sqrt(g2[f])
    return dict(w)

def decide(w, r, tau):
    """The model's choice: index of its candidate, or None to keep the rules' choice."""
    cs = r["cands"]
    if not cs: return None
    p = probs(w, r["X"])
    top = max(range(len(cs)), key=lambda k: p[k])
    ri = next((k for k, c in enumerate(cs) if c["is_rule"]), None)
    if ri is not None and top == ri: return None
    pr = p[ri] if ri is not None else 0.0
    return top if p[top] - pr > tau else None

def outcome(r, k):
    return r["rules_ok"] if k is None else r["cands"][k]["label"]

TAUS = [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]

def choose_tau(R, parts, nfold=4):
    """tau by inner folds over the training parts (parts split in nfold groups)."""
    ps = sorted(parts)
    gain = collections.Counter()
    for k in range(nfold):
        held = set(ps[k::nfold])
        w = train([r for r in R if r["part"] not in held])
        for r in R:
            if r["part"] in held:
                for t in TAUS:
                    gain[t] += outcome(r, decide(w, r, t)) - r["rules_ok"]
    return max(TAUS, key=lambda t: (gain[t], t)), gain

def lopo(R):
    parts = sorted({r["part"] for r in R})
    res = {}
    for P in parts:
        tr = [r for r in R if r["part"] != P]
        tau, gain = choose_tau(tr, {r["part"] for r in tr})
        w = train(tr)
        rows = []
        for r in R:
            if r["part"] == P:
                k = decide(w, r, tau)
                rows.append((r, k))
        res[P] = (tau, rows)
        n = len(rows); a = sum(r["rules_ok"] for r, _ in rows); b = sum(outcome(r, k) for r, k in rows)
        ov = [(r, k) for r, k in rows if k is not None]
        print("%-9s tau %.1f n %3d rules %3d model %3d overrides %2d right %2d (was right %d)" % (
            P, tau, n, a, b, len(ov), sum(r["cands"][k]["label"] for r, k in ov),
            sum(r["rules_ok"] for r, k in ov)), flush=True)
    return res

if __name__ == "__main__":
    R = prep(json.load(open(sys.argv[1])))
    res = lopo(R)
    json.dump({P: [tau, [[r["id"], r["start"], k] for r, k in rows]] for P, (tau, rows) in res.items()},
              open(sys.argv[2], "w"))
    n = a = b = 0
    for P, (tau, rows) in res.items():
        n += len(rows); a += sum(r["rules_ok"] for r, _ in rows); b += sum(outcome(r, k) for r, k in rows)
    print("pooled n %d rules %d (%.3f) model %d (%.3f) delta %+.3f" % (n, a, a / n, b, b / n, (b - a) / n))
    ov = collections.Counter()
    for P, (tau, rows) in res.items():
        for r, k in rows:
            if k is not None:
                ov[("named" if r["rules"] else "none", r["rules_ok"], r["cands"][k]["label"])] += 1
    for key in sorted(ov):
        print("overrides: rules %s, rules right %d, model right %d: %d" % (key[0], key[1], key[2], ov[key]))
