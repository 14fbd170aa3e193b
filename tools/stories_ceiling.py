#!/usr/bin/env python3
"""tools/stories_ceiling.py — the story scorer's ceiling, in sample (stories53, stop 45).

    python3 tools/stories_ceiling.py DUMP.pickle --labels L.tsv --hard H.tsv [--rows R.pickle]
        [--pairs] [--fit VARIANT] [VARIANT...]

Every labelled day (tuned and unseen alike) is used in sample: nothing here is a held-out
figure; each is what no rule fitted on these labels and held out can beat.

--pairs   the pair-level oracle: logistic regression over the 17 features of
          tools/stories_train.py (an article against a story of one other article), fitted
          on the labelled pairs of every day (stories_lodo_lr's pair rows: pairs that share
          an index key, are one story or a hard negative; copies left out) and scored on the
          same rows at the threshold of their best F1; with main's checks (the place key,
          the member check, the day bound) applied to the pair or not. No stream, no chain.
VARIANT   a JSON object, replayed on every labelled day (the day and the 2 days before it,
          as stories_cv / stories_lodo_lr replay) and pooled:
            "rel": R        main's scorer (related 20, bias -20 R: p = 0.5 at related R; 0.28
                            is main)
            "fit": {...}    a stories_lodo_lr variant (l2, rows all/pass, pos, hard ...)
                            fitted on every labelled day's rows, "thr": its p threshold
            "off": [...]    checks switched off: "member" (and member_ent), "place" (the
                            place key), "day" (the calendar-day bound), "life" (the 1-day
                            life), "copy" (copies join their source unscored)
            "perfect": 1    the labels choose a labelled article's joins: a candidate story
                            scores 1 when it holds a labelled article of the same day and
                            story and none of another, else 0 (unlabelled articles keep the
                            model's score); 2: a story that holds no labelled article of the
                            day keeps the model's score too, and a story of the article's
                            mates ranks first (the upper bound over main's decision); the
                            checks still apply unless switched off. The ceiling of any scorer
                            over main's candidates (index keys, window, life, 24 scored).
Standard library only; two worker processes.
"""
import argparse, json, math, os, sys
from multiprocessing import Pool

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "bench"))
import stories_train as T  # noqa: E402
import stories_eval as E  # noqa: E402
import stories_lodo_lr as L  # noqa: E402

ST = L.ST


def opts_of(v):
    o = L.main_opts()
    off = set(v.get("off", ()))
    if "member" in off:
        o.member, o.member_ent = 0.0, 0.0
    if "place" in off:
        o.pkey = 0
    if "day" in off:
        o.day = False
    if "life" in off:
        o.life = 0.0
    if "copy" in off:
        o.nocopy = True
    if v.get("perfect"):
        o.oracle = perfect
        ST["perfect"] = v["perfect"]
    return o


def perfect(a, s, by_docid):
    lab = ST["lab"]
    d = lab.day.get(a.id)
    if d is None:
        return None
    mates = other = 0
    for m in s.members:
        i = by_docid[m].id
        if lab.day.get(i) == d:
            if lab.story[i] == lab.story[a.id]:
                mates += 1
            else:
                other += 1
    if mates == other == 0 and ST.get("perfect") == 2:
        return None         # perfect 2: a story of no labelled article of the day: the model
    return 1.0 if mates and not other else 0.0


def model_of(v):
    if "fit" in v:
        m, _, _, _ = L.fit(v["fit"], ST["days"])
        m.thr = v.get("thr", 0.5)
        return m
    r = v.get("rel", L.HAND_THR)
    return T.Model([L.PRIOR_W if n == "related" else 0.0 for n in T.FEATURES],
                   -r * L.PRIOR_W, 0.5)


def day_job(job):
    vs, d = job
    v = json.loads(vs)
    m = ST["models"][vs]
    sub = T.window(ST["arts"], [d], 2)
    story_of, _ = T.replay(sub, m, opts_of(v))
    lab = ST["lab"]
    return vs, d, {a.id: (d, story_of[a.docid]) for a in sub if lab.day.get(a.id) == d}


def load(o):
    import pickle
    lab = E.load_labels(o.labels, o.hard)
    ST["lab"] = lab
    ST["hard"] = {frozenset(p) for p in lab.hard}
    ST["days"] = sorted(lab.split)
    with open(o.dump, "rb") as f:
        dump = pickle.load(f)
    ST["arts"] = [T.Art(a, dump["kind"]) for a in dump["arts"] if "body_v" in a]
    ST["opts"] = L.main_opts()
    days = set(ST["days"])
    if o.rows and os.path.exists(o.rows):
        with open(o.rows, "rb") as f:
            ST["rows"] = pickle.load(f)
        return
    rows = [r + ("p",) for r in L.pair_rows(ST["arts"], lab, days, ST["opts"])]
    ro = L.main_opts(row_fn=L.row_fn)
    _, new = T.replay(T.window(ST["arts"], ST["days"], 2), T.Model(thr=L.HAND_THR), ro, lab,
                      days)
    rows += [r + ("r",) for r in new]
    ST["rows"] = rows
    if o.rows:
        with open(o.rows, "wb") as f:
            pickle.dump(rows, f)


def best_f1(sc, npos_all, hmax=None):
    """sc: (score, y, hard) sorted high first; the threshold of the best F1 over rows with
    npos_all gold pairs in all (those no row holds count as missed); with HMAX, among the
    thresholds that pass at most HMAX hard negatives."""
    best = (-1.0, 1.0, 0, 0, 0)
    tp = hp = 0
    for i, (p, y, h) in enumerate(sc):
        tp, hp = tp + y, hp + h
        if i + 1 < len(sc) and sc[i + 1][0] >= p or hmax is not None and hp > hmax:
            continue
        f = 2 * tp / (i + 1 + npos_all)
        if f > best[0]:
            best = (f, p, tp, i + 1, hp)
    return best


def pairs_oracle():
    rows = [r for r in ST["rows"] if r[5] == "p"]
    npos = sum(r[2] for r in rows)
    nh = len(ST["hard"])
    print(f"pair rows: {len(rows)} ({npos} gold, {sum(r[3] for r in rows)} hard of {nh})")
    names = list(T.FEATURES)
    for name, v in (("related alone (main's scorer)", None),
                    ("LR 17 features, L2 1 to the prior", {"l2": 1.0}),
                    ("LR 17 features, L2 0.01 (free)", {"l2": 0.01})):
        if v is None:
            score = lambda x: x[names.index("related")]     # noqa: E731
        else:
            w, b = L.train([(r[0], r[1], r[2], r[3], r[4]) for r in rows], v, names)
            m = T.Model(w, b, 0.5)
            score = m.score
        for checks in (False, True):
            sc = sorted(((score(r[1]) if (r[4] or not checks) else -1.0, r[2], r[3])
                         for r in rows), reverse=True)
            sc = [t for t in sc if t[0] > -1.0]
            for hmax in (None, int(0.03 * nh)):
                f, thr, tp, n, hp = best_f1(sc, npos, hmax)
                print(f"  {name}, {'with' if checks else 'no'} checks"
                      f"{'' if hmax is None else ', hard <= 3 %'}: thr {thr:.3f}  "
                      f"P {tp / max(1, n):.3f} R {tp / npos:.3f} F1 {f:.3f}  hard {hp}/{nh}")
        if v is not None:
            print("    weights: " + " ".join(f"{k}={x:.2f}" for k, x in zip(names, w)) +
                  f" bias={b:.2f}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dump")
    ap.add_argument("variants", nargs="*")
    ap.add_argument("--labels", required=True)
    ap.add_argument("--hard", required=True)
    ap.add_argument("--rows")
    ap.add_argument("--pairs", action="store_true")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--cache", help="a JSON file of replays, by variant and day")
    o = ap.parse_intermixed_args()
    load(o)
    if o.pairs:
        pairs_oracle()
    lab, days = ST["lab"], ST["days"]
    vs = [json.dumps(json.loads(v), sort_keys=True) for v in o.variants]
    ST["models"] = {v: model_of(json.loads(v)) for v in vs}
    for v in vs:
        m = ST["models"][v]
        if m.w is not None and "fit" in json.loads(v):
            print(f"{v}: " + " ".join(f"{k}={x:.2f}" for k, x in zip(T.FEATURES, m.w)) +
                  f" bias={m.b:.2f}", flush=True)
    cache = json.load(open(o.cache)) if o.cache and os.path.exists(o.cache) else {}
    jobs = [(v, d) for v in vs for d in days if f"{v} {d}" not in cache]
    with Pool(o.jobs) as p:
        for v, d, cl in p.imap_unordered(day_job, jobs):
            cache[f"{v} {d}"] = cl
            if o.cache:
                with open(o.cache, "w") as f:
                    json.dump(cache, f)
    tuned = {d for d in days if lab.split[d] == "tuned"}
    unseen = set(days) - tuned
    for v in vs:
        pooled, line = {}, []
        for d in days:
            cl = {i: tuple(x) for i, x in cache[f"{v} {d}"].items()}
            s = E._part(lab, cl, {d})
            line.append(f"{d[5:]} {s['f1']:.2f}/{s['hard_merged']}")
            pooled.update(cl)
        print(f"{v}:\n   all {T.fmt(E._part(lab, pooled, set(days)))}\n"
              f"   tuned {T.fmt(E._part(lab, pooled, tuned))}\n"
              f"   unseen {T.fmt(E._part(lab, pooled, unseen))}")
        print("   " + " ".join(line), flush=True)


if __name__ == "__main__":
    main()


def errors(cache_path, v, labels, hard, dump_path, days=None):
    """The pairs a replayed variant gets wrong (missed gold, merged hard, other wrong), with
    titles: python3 -c 'import stories_ceiling as C; C.errors(...)' (stories53's reading)."""
    import pickle
    lab = E.load_labels(labels, hard)
    hs = {frozenset(p) for p in lab.hard}
    cache = json.load(open(cache_path))
    v = json.dumps(json.loads(v), sort_keys=True)
    cl = {}
    for d in sorted(lab.split):
        if days is None or d in days:
            cl.update({i: tuple(x) for i, x in cache[f"{v} {d}"].items()})
    with open(dump_path, "rb") as f:
        title = {a["id"]: a.get("title", "") for a in pickle.load(f)["arts"]}
    ids = sorted(cl)
    for j, a in enumerate(ids):
        for b in ids[:j]:
            if lab.day[a] != lab.day[b]:
                continue
            g, p = lab.story[a] == lab.story[b], cl[a] == cl[b]
            if g != p:
                kind = "missed" if g else ("HARD" if frozenset((a, b)) in hs else "wrong")
                print(f"{lab.day[a][5:]} {kind:6} {b} {title.get(b, '')[:60]} || "
                      f"{a} {title.get(a, '')[:60]}")
