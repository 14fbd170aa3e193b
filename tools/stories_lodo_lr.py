#!/usr/bin/env python3
"""tools/stories_lodo_lr.py — the learned story scorer under leave-one-day-out (stories19).

    python3 tools/stories_lodo_lr.py DUMP.pickle --labels L.tsv --hard H.tsv [VARIANT...]
                                     [--out data/stories.model --fit VARIANT]

Main's decision (life 1, member 0.2, member_ent 0.05, the calendar-day bound with day_near
0.5, place_key 2, place_near 0.7, prefer 0.1) with the scorer learned: for each open day,
logistic regression (tools/stories_train.py's features, the prior on `related` and the bias,
the hand-set scorer at 0.28) is trained on the rows of the other days, the held-out day is
replayed with it (the day and the 2 days before it, as tools/stories_cv.py replays), and the
held-out days are pooled. Rows: pairs of labelled articles of one day (stories_train's
pair_rows) and the candidates of labelled articles in a replay of the shipped decision.
Each VARIANT is a JSON object: l2 (the prior's strength, 1), pos (weight of a positive row),
hard (weight of a row whose story holds a hard negative of the article), rows ("all", or
"pass": only candidates that pass main's keys, the rows whose decision the score makes),
pairs (false: replay rows only), thr ("fixed": 0.5; "f1": the best F1 of the fold's rows;
"f1h": F1 minus the share of the fold's hard rows above it), drop (features held at the
prior), fixb (the bias held at the prior's), prods (pairs of feature names whose product is
a feature: replay only, not in the C scorer). Newton's steps are damped (halved until the
penalised loss falls): undamped, hard-weighted rows diverged (weights in the hundreds).
"prior" is the shipped model itself. The unseen days are never read: pass label files
without them.
"""
import argparse, json, math, os, sys
from multiprocessing import Pool

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "bench"))
import stories_train as T  # noqa: E402
import stories_eval as E  # noqa: E402

HAND_THR, PRIOR_W = 0.28, 20.0
ST = {}            # the loaded state, read by the forked workers


def main_opts(**kw):
    o = argparse.Namespace(life=1.0, member=0.2, member_title=0.0, member_lo=0.2, day=True,
                           day_near=0.5, link=0.0, seed=0.0, title_w=None, decay=0.0, pkey=2,
                           place_near=0.7, prefer=0.1, member_ent=0.05, member_ent_free=True)
    for k, v in kw.items():
        setattr(o, k, v)
    return o


def keys_pass(a, s, o, by_docid, near):
    """Every check of the decision but the score (the replay's order): the place key (or a
    member place_near), the member check, the calendar-day bound (or a reprint)."""
    if o.pkey and not T.key_shared(a, s, o) and not near(s) >= o.place_near:
        return False
    if not T.member_check(a, s, o, by_docid):
        return False
    return not (o.day and not T.same_day(a, s) and near(s) < o.day_near)


def row_fn(day, x, y, a, s, same, by_docid, near):
    hard = ST["hard"]
    h = int(not y and any(frozenset((a.id, i)) in hard for i in same))
    return (day, x, y, h, int(keys_pass(a, s, ST["opts"], by_docid, near)))


def pair_rows(arts, lab, days, o):
    """stories_train's pair_rows, with the hard-negative flag and whether main's keys pass."""
    hard = ST["hard"]
    by_day = {}
    for a in arts:
        if a.id in lab.day and lab.day[a.id] in days:
            by_day.setdefault(lab.day[a.id], []).append(a)
    rows = []
    for day, lst in by_day.items():
        for j, a in enumerate(lst):
            ka = set(a.keys)
            for b in lst[:j]:
                same = lab.story[a.id] == lab.story[b.id]
                h = frozenset((a.id, b.id)) in hard
                if (same or h or ka & set(b.keys)) and b.docid not in a.copies:
                    s = T.Story(0)
                    s.add(b)
                    bd = {b.docid: b}
                    ok = keys_pass(a, s, o, bd, lambda st: T.pair_both(a, b))
                    rows.append((day, T.features(a, s), int(same), int(h and not same),
                                 int(ok)))
    return rows


def expand(x, prods):
    return x + [x[i] * x[j] for i, j in prods]


def train(rows, v, names):
    """Weighted logistic regression (Newton) with an L2 pull towards the prior."""
    d = len(names) + 1
    w0 = [-HAND_THR * PRIOR_W] + [PRIOR_W if n == "related" else 0.0 for n in names]
    drop = {names.index(n) + 1 for n in v.get("drop", [])} | ({0} if v.get("fixb") else set())
    l2, pw, hw = v.get("l2", 1.0), v.get("pos", 1.0), v.get("hard", 1.0)
    X = [[1.0] + r[1] for r in rows]
    C = [pw if r[2] else (hw if r[3] else 1.0) for r in rows]
    Y = [r[2] for r in rows]
    return T.newton(X, Y, C, w0, l2, range(d), 30, held=sorted(drop))


def pick_thr(m, rows, mode):
    """The fold's threshold on its own rows: the best F1 (f1) or F1 minus the share of its
    hard rows above it (f1h); ties the higher."""
    sc = sorted(((m.score(r[1]), r[2], r[3]) for r in rows), reverse=True)
    npos, nh = sum(y for _, y, _ in sc), max(1, sum(h for _, _, h in sc))
    best, thr, tp, hp = -9.0, 0.5, 0, 0
    for i, (p, y, h) in enumerate(sc):
        tp, hp = tp + y, hp + h
        f = 2 * tp / (i + 1 + npos) - (hp / nh if mode == "f1h" else 0.0)
        if f > best and (i + 1 == len(sc) or sc[i + 1][0] < p):
            best, thr = f, p
    return max(thr, 1e-6)


class PModel(T.Model):
    def __init__(self, w, b, thr, prods):
        super().__init__(w, b, thr)
        self.prods = prods

    def score(self, x):
        return super().score(expand(x, self.prods) if self.prods else x)


def fit(v, days):
    names = list(T.FEATURES)
    prods = [(names.index(p), names.index(q)) for p, q in v.get("prods", [])]
    names += [f"{p}*{q}" for p, q in v.get("prods", [])]
    rows = [r for r in ST["rows"] if r[0] in days and (v.get("pairs", True) or r[5] == "r")]
    if v.get("rows", "all") == "pass":
        rows = [r for r in rows if r[4]]
    rows = [(r[0], expand(r[1], prods), r[2], r[3], r[4]) for r in rows]
    w, b = train(rows, v, names)
    m = PModel(w, b, 0.5, prods)
    if v.get("thr", "fixed") != "fixed":
        m.thr = pick_thr(m, rows, v["thr"])
    return m, names, len(rows), sum(r[2] for r in rows)


def fold(job):
    vs, d = job
    v = json.loads(vs)
    if vs == '"prior"':
        m = T.Model([PRIOR_W if n == "related" else 0.0 for n in T.FEATURES],
                    -HAND_THR * PRIOR_W, 0.5)
        info = ""
    else:
        m, _, n, npos = fit(v, [x for x in ST["days"] if x != d])
        info = f"{n} rows ({npos} +), thr {m.thr:.3f}"
    sub = T.window(ST["arts"], [d], 2)
    story_of, _ = T.replay(sub, m, ST["opts"])
    lab = ST["lab"]
    return vs, d, {a.id: (d, story_of[a.docid]) for a in sub if lab.day.get(a.id) == d}, info


def load(o):
    import pickle
    lab = E.load_labels(o.labels, o.hard)
    ST["lab"] = lab
    ST["hard"] = {frozenset(p) for p in lab.hard}
    ST["days"] = sorted(d for d in lab.split if lab.split[d] == "tuned")
    with open(o.dump, "rb") as f:
        dump = pickle.load(f)
    ST["arts"] = [T.Art(a, dump["kind"]) for a in dump["arts"] if "body_v" in a]
    ST["opts"] = main_opts()
    days = set(ST["days"])
    if o.rows and os.path.exists(o.rows):      # the rows of these labels and this dump, kept
        with open(o.rows, "rb") as f:
            ST["rows"] = rows = pickle.load(f)
        new = [r for r in rows if r[5] == "r"]
    else:
        rows = [r + ("p",) for r in pair_rows(ST["arts"], lab, days, ST["opts"])]
        ro = main_opts(row_fn=row_fn)
        _, new = T.replay(T.window(ST["arts"], ST["days"], 2), T.Model(thr=HAND_THR), ro, lab,
                          days)
        rows += [r + ("r",) for r in new]
        ST["rows"] = rows
        if o.rows:
            with open(o.rows, "wb") as f:
                pickle.dump(rows, f)
    print(f"rows: {len(rows)} ({sum(r[2] for r in rows)} positive, "
          f"{sum(r[3] for r in rows)} hard, {sum(r[4] for r in rows)} pass main's keys; "
          f"{len(new)} from the replay)", file=sys.stderr, flush=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dump")
    ap.add_argument("variants", nargs="*", default=['"prior"'])
    ap.add_argument("--labels", required=True)
    ap.add_argument("--hard", required=True)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--out", help="write the model fitted on every open day with --fit")
    ap.add_argument("--fit", help="fit this variant on all open days (print it; --out: write it)")
    ap.add_argument("--cache", help="a JSON file of held-out replays, by variant and day")
    ap.add_argument("--rows", help="a pickle of the training rows (made once, then read)")
    o = ap.parse_intermixed_args()
    load(o)
    lab, days = ST["lab"], ST["days"]
    if o.fit:
        v = json.loads(o.fit)
        m, names, n, npos = fit(v, days)
        if o.out:
            write(o.out, m, names, o.fit)
        print(f"fitted on {len(days)} days: {n} rows ({npos} +), thr {m.thr:.4f}; " +
              " ".join(f"{k}={w:.2f}" for k, w in zip(names, m.w)) + f" bias={m.b:.2f}")
        return
    vs = [json.dumps(json.loads(v), sort_keys=True) for v in o.variants]
    cache = json.load(open(o.cache)) if o.cache and os.path.exists(o.cache) else {}
    jobs = [(v, d) for v in vs for d in days if f"{v} {d}" not in cache]
    with Pool(o.jobs) as p:
        for v, d, cl, info in p.imap_unordered(fold, jobs):
            cache[f"{v} {d}"] = [cl, info]
            if o.cache:
                with open(o.cache, "w") as f:
                    json.dump(cache, f)
    for v in vs:
        pooled, line = {}, []
        for d in days:
            cl, info = cache[f"{v} {d}"]
            cl = {i: tuple(x) for i, x in cl.items()}
            s = E._part(lab, cl, {d})
            line.append(f"{d[5:]} {s['f1']:.2f}/{s['hard_merged']}")
            pooled.update(cl)
        print(f"{v}: LODO {T.fmt(E._part(lab, pooled, set(days)))}")
        print("   " + " ".join(line))
        print("   thr: " + " ".join(cache[f"{v} {d}"][1].split("thr ")[-1] for d in days))


def write(path, m, names, variant):
    src = os.path.join(HERE, "..", "data", "stories.model")
    keep = [ln for ln in open(src) if ln.split("\t")[0] in
            ("life", "member", "day", "day_near", "place_key", "place_near", "prefer",
             "member_ent")]
    with open(path, "w") as f:
        f.write("# stories.model: the story scorer, logistic regression over the features of\n"
                "# src/stories/score.c; join the best story when p >= threshold; the keys as\n"
                "# docs/STORIES.md says. Trained by tools/stories_lodo_lr.py on the sixteen\n"
                "# open days (stories19): " + variant + "\n")
        f.write(f"threshold\t{m.thr:.6f}\nbias\t{m.b:.6f}\n")
        f.writelines(keep)
        for n, w in zip(names, m.w):
            f.write(f"{n}\t{w:.6f}\n")


if __name__ == "__main__":
    main()
