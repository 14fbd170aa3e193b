#!/usr/bin/env python3
"""tools/stories_pass2.py — a second pass over a calendar day's settled stories (stories55).

    python3 tools/stories_pass2.py DUMP.pickle [--state S.pickle] [--labels L --hard H]
        [--grid | VARIANT...] [--frag] [--list VARIANT] [--crit f1|f1-hn] [--no-lodo]

Main's online decisions are replayed once (tools/stories_cv.py's replay of the tuned days,
each with the 2 days before it, main's switches: BASE below) and kept in --state. Then, for
each calendar day (UTC) of the replay, the day's stories are compared with each other as
wholes and merged agglomeratively (average link, the old id redirecting to the older story):
two stories of one day are a candidate pair when their members share at least `keys` index
keys; their score is the mean of `story_pair_both` over every pair of their members, and
they merge when that mean reaches `avg` and

  - `ent`: the cosine of their entity sums (class 0) reaches it, unless either names none;
  - `pkey`: one of the two heaviest places of one is among the other's places, when both
    name places (the online place key, over the wholes);
  - `mn`: the farthest member pair is at least that near (complete link's floor);
  - `big`: the smaller of the two has at most that many members (0: any);
  - `src`: 1 — some member pair comes from two sources (a paper's own two reports of a day
    are rarely one event told twice).

After a merge the merged story is compared again with its candidates (UPGMA); the pairs are
taken best first, ties by the older ids, so the result is deterministic for a given input.
A VARIANT is a JSON object of these keys ({} is main). --grid replays a fixed family of
variants; each is scored on the tuned days, then chosen by leave-one-day-out as
tools/stories_cv.py does (criterion F1 less the share of hard negatives merged, or F1 with
--crit f1; main wins ties). --frag prints, for main's replay, how many fragments each gold story of a tuned day
has and how near the wholes of two fragments of one gold story score against the wholes of
two stories holding a hard-negative pair. --list VARIANT prints the gold and hard pairs its
merges join. The unseen days are never read unless --labels names a file whose tuned days
are them (the swapped labels, run once).
"""
import argparse, collections, json, math, os, pickle, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "bench"))
import stories_train as T  # noqa: E402
import stories_cv as C  # noqa: E402
import stories_eval as E  # noqa: E402

BASE = {"life": 1.0, "member": 0.2, "day": True, "day_near": 0.5, "pkey": 2, "pnear": 0.7,
        "prefer": 0.1, "thr": 0.28, "ment": 0.05, "ment_free": True}
SOURCES = {}        # article id -> source (the corpus's `source`)


def sources():
    import gzip
    with gzip.open(C.CORPUS, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            SOURCES[d["id"]] = d.get("source", "")


def replay_main(dump, state, lab):
    """(story_of {docid: sid}, [Art]) of main's replay over LAB's tuned days, cached."""
    tag = ",".join(sorted(d for d in lab.split if lab.split[d] == "tuned"))
    if state and os.path.exists(state):
        with open(state, "rb") as f:
            st = pickle.load(f)
        if st["tag"] == tag:
            C.load(dump) if not C.ARTS else None
            by = {a.docid: a for a in C.ARTS}
            return st["story_of"], [by[d] for d in st["sub"]]
    C.LAB = lab
    C.TUNED[:] = sorted(d for d in lab.split if lab.split[d] == "tuned")
    if not C.ARTS:
        C.load(dump)
    cap, orig = {}, T.replay

    def rep(arts, *a, **k):
        r = orig(arts, *a, **k)
        cap["story_of"], cap["sub"] = r[0], [x.docid for x in arts]
        return r
    T.replay = rep
    try:
        C.run(BASE)
    finally:
        T.replay = orig
    if state:
        with open(state, "wb") as f:
            pickle.dump({"tag": tag, "story_of": cap["story_of"], "sub": cap["sub"]}, f)
    by = {a.docid: a for a in C.ARTS}
    return cap["story_of"], [by[d] for d in cap["sub"]]


class Whole:
    """A story as a whole: its members (docids, oldest first) and sums."""
    __slots__ = ("id", "mem", "ent", "n2e", "place", "keys", "srcs")

    def __init__(self, sid, arts):
        self.id, self.mem = sid, sorted(a.docid for a in arts)
        self.ent, self.place, self.keys, self.srcs = {}, {}, collections.Counter(), set()
        for a in arts:
            for k, w in a.ent.items():
                self.ent[k] = self.ent.get(k, 0.0) + w
            for k, w in a.place.items():
                self.place[k] = self.place.get(k, 0.0) + w
            self.keys.update(set(a.keys))
            self.srcs.add(SOURCES.get(a.id, ""))
        self.n2e = T.norm2(self.ent)

    def merge(self, o):
        self.mem = sorted(self.mem + o.mem)
        for k, w in o.ent.items():
            self.ent[k] = self.ent.get(k, 0.0) + w
        for k, w in o.place.items():
            self.place[k] = self.place.get(k, 0.0) + w
        self.keys.update(o.keys)
        self.srcs |= o.srcs
        self.n2e = T.norm2(self.ent)


def top(v, n):
    return [k for k, _ in sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]


SIM = {}            # (docid, docid) -> story_pair_both, shared by every variant


def member_stats(x, y, by):
    """(sum, count, min, max) of story_pair_both over every pair of members of X and Y."""
    tot, n, lo, hi = 0.0, 0, 9.0, -9.0
    for d in x.mem:
        for e in y.mem:
            k = (d, e) if d < e else (e, d)
            c = SIM.get(k)
            if c is None:
                c = SIM[k] = T.pair_both(by[d], by[e])
            tot, n, lo, hi = tot + c, n + 1, min(lo, c), max(hi, c)
    return tot, n, lo, hi


def whole_pair(x, y, by, st=None):
    """The features of two wholes: mean, min and max member-pair cosine (every pair), entity
    cosine, place key, whether two sources meet; ST: their member stats, when known."""
    tot, n, lo, hi = st or member_stats(x, y, by)
    ent = T.cos(x.ent, x.n2e, y.ent, y.n2e) if x.ent and y.ent else None
    if x.place and y.place:
        pk = bool(set(top(x.place, 2)) & y.place.keys()) or \
            bool(set(top(y.place, 2)) & x.place.keys())
    else:
        pk = None
    return {"avg": tot / n, "mn": lo, "mx": hi, "ent": ent,
            "pkey": pk, "src2": len(x.srcs | y.srcs) > 1,
            "small": min(len(x.mem), len(y.mem))}


def passes(f, v):
    if f["avg"] < v.get("avg", 9):
        return False
    if v.get("ent") and f["ent"] is not None and f["ent"] < v["ent"]:
        return False
    if v.get("pkey") and f["pkey"] is False:
        return False
    if v.get("mn") and f["mn"] < v["mn"]:
        return False
    if v.get("big") and f["small"] > v["big"]:
        return False
    if v.get("src") and not f["src2"]:
        return False
    return True


def second_pass(story_of, arts, v, log=None):
    """story_of after V's merges of each calendar day's stories ({} : unchanged). Candidate
    pairs: two stories of one day sharing `keys` index keys (over their members); a merged
    story's candidates are its parts'; member stats add up, so average link is exact."""
    if not v:
        return story_of
    by = {a.docid: a for a in arts}
    groups = collections.defaultdict(list)
    for a in arts:
        groups[story_of[a.docid]].append(a)
    days = collections.defaultdict(list)        # a story is of the days of its members
    for sid, g in groups.items():
        for d in sorted({math.floor(a.t) for a in g if a.t is not None}):
            days[d].append(sid)
    up, parts, kmin = {}, {}, v.get("keys", 1)

    def find(x):
        while up.get(x, x) != x:
            x = up[x]
        return x
    for day in sorted(days):
        ws = {}
        for sid in sorted({find(s) for s in days[day]}):
            ws[sid] = Whole(sid, [a for s2 in parts.get(sid, [sid]) for a in groups[s2]])
        index = collections.defaultdict(set)
        for sid, w in ws.items():
            for k in w.keys:
                index[k].add(sid)
        nb = collections.defaultdict(set)
        for sid in ws:
            c = collections.Counter()
            for k in ws[sid].keys:
                for o in index[k]:
                    if o != sid:
                        c[o] += 1
            nb[sid] = {o for o, n in c.items() if n >= kmin}
        stats, score = {}, {}
        for sid in ws:
            for o in nb[sid]:
                if sid < o:
                    st = stats[(sid, o)] = member_stats(ws[sid], ws[o], by)
                    if passes(whole_pair(ws[sid], ws[o], by, st), v):
                        score[(sid, o)] = st[0] / st[1]
        while score:
            (x, y), s = max(score.items(), key=lambda kv: (kv[1], -kv[0][0], -kv[0][1]))
            if log is not None:
                log.append((day, list(ws[x].mem), list(ws[y].mem), s))
            ox, oy = nb.pop(x), nb.pop(y)
            around = (ox | oy) - {x, y}
            new = {}
            for o in around:
                a_ = stats.get((min(x, o), max(x, o))) or member_stats(ws[x], ws[o], by)
                b_ = stats.get((min(y, o), max(y, o))) or member_stats(ws[y], ws[o], by)
                new[o] = (a_[0] + b_[0], a_[1] + b_[1], min(a_[2], b_[2]), max(a_[3], b_[3]))
            ws[x].merge(ws[y])
            del ws[y]
            up[y] = x
            parts[x] = parts.get(x, [x]) + parts.pop(y, [y])
            score = {p: q for p, q in score.items() if x not in p and y not in p}
            stats = {p: q for p, q in stats.items() if x not in p and y not in p}
            nb[x] = around
            for o in around:
                nb[o].discard(y)
                nb[o].add(x)
                p = (min(x, o), max(x, o))
                stats[p] = new[o]
                if passes(whole_pair(ws[x], ws[o], by, new[o]), v):
                    score[p] = new[o][0] / new[o][1]
    return {d: find(s) for d, s in story_of.items()}


def labelled(story_of, arts, lab):
    return {a.id: (lab.day[a.id], story_of[a.docid]) for a in arts if a.id in lab.day}


def grid():
    """The family, named before any LODO line was read (after two in-sample probes: avg 0.2
    with ent 0.05 and the place key merged 82 hard negatives, avg 0.3 with ent 0.2 40)."""
    out = [{}]
    for avg in (0.32, 0.38, 0.45):
        for ent in (0.1, 0.25):
            out.append({"avg": avg, "ent": ent, "pkey": 1})
    out += [{"avg": 0.32, "ent": 0.25, "pkey": 1, "mn": 0.15},
            {"avg": 0.38, "ent": 0.25, "pkey": 1, "mn": 0.15},
            {"avg": 0.38, "ent": 0.25, "pkey": 1, "src": 1},
            {"avg": 0.45}]
    return out


def lodo(res, days, lab, crit="f1-hn"):
    """tools/stories_cv.py's protocol: each day scored with the variant best on the others
    (F1 less the hard share; main, first, wins ties)."""
    pooled, lines = {}, []
    keys = list(res)
    for d in days:
        rest = set(days) - {d}

        def obj(k):
            s = E._part(lab, res[k], rest)
            return s["f1"] - (s["hard_merged_share"] if crit == "f1-hn" else 0.0)
        best = max(keys, key=obj)
        held = {i: x for i, x in res[best].items() if x[0] == d}
        s, b = E._part(lab, held, {d}), E._part(lab, res[keys[0]], {d})
        lines.append(f"held out {d}: F1 {s['f1']:.3f} hard {s['hard_merged']} | main "
                     f"{b['f1']:.3f} hard {b['hard_merged']} ({s['f1'] - b['f1']:+.3f}) | {best}")
        pooled.update(held)
    return pooled, lines


def frag(story_of, arts, lab, days):
    """Fragments of gold stories and how near their wholes score against hard pairs'."""
    by = {a.docid: a for a in arts}
    groups = collections.defaultdict(list)
    for a in arts:
        groups[story_of[a.docid]].append(a)
    ws = {sid: Whole(sid, g) for sid, g in groups.items()}
    sid_of = {a.id: story_of[a.docid] for a in arts}
    gold = collections.defaultdict(set)
    for i, d in lab.day.items():
        if d in days and i in sid_of:
            gold[(d, lab.story[i])].add(sid_of[i])
    nfr = collections.Counter(len(s) for s in gold.values() if True)
    multi = [g for g, s in gold.items() if len(s) > 1]
    print("gold stories of the tuned days by fragments (labelled members' stories):",
          dict(sorted(nfr.items())))
    print(f"gold stories in more than one story: {len(multi)}")
    fr = set()
    for g, s in gold.items():
        s = sorted(s)
        for i in range(len(s)):
            for j in range(i + 1, len(s)):
                fr.add((s[i], s[j]))
    hp = set()
    for a, b in lab.hard:
        if lab.day[a] in days and a in sid_of and b in sid_of and sid_of[a] != sid_of[b]:
            hp.add((min(sid_of[a], sid_of[b]), max(sid_of[a], sid_of[b])))
    hp -= fr
    rows = {}
    for name, ps in (("fragments of one gold story", fr), ("hard-negative stories apart", hp)):
        fs = [whole_pair(ws[x], ws[y], by) for x, y in sorted(ps)]
        rows[name] = fs
        for k in ("avg", "mx", "mn", "ent"):
            v = sorted(f[k] for f in fs if f[k] is not None)
            if v:
                q = [v[int(p * (len(v) - 1))] for p in (0.1, 0.25, 0.5, 0.75, 0.9)]
                print(f"{name} ({len(fs)} pairs): {k} deciles 10/25/50/75/90: " +
                      " ".join(f"{x:.3f}" for x in q))
        pk = collections.Counter(f["pkey"] for f in fs)
        print(f"  place key over the wholes: {dict(pk)}; sizes 1+1: "
              f"{sum(1 for f in fs if f['small'] == 1)}")
    for t in (0.12, 0.15, 0.18, 0.21, 0.24, 0.28, 0.32):
        a = sum(1 for f in rows["fragments of one gold story"] if f["avg"] >= t)
        b = sum(1 for f in rows["hard-negative stories apart"] if f["avg"] >= t)
        print(f"  avg >= {t:.2f}: fragment pairs {a}, hard pairs {b}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dump")
    ap.add_argument("variants", nargs="*")
    ap.add_argument("--state", default="build/stories_pass2.pickle")
    ap.add_argument("--labels", default=C.LABELS)
    ap.add_argument("--hard")
    ap.add_argument("--grid", action="store_true")
    ap.add_argument("--frag", action="store_true")
    ap.add_argument("--list")
    ap.add_argument("--no-lodo", action="store_true")
    ap.add_argument("--crit", choices=("f1", "f1-hn"), default="f1-hn")
    o = ap.parse_args()
    lab = E.load_labels(o.labels, o.hard)
    days = sorted(d for d in lab.split if lab.split[d] == "tuned")
    story_of, arts = replay_main(o.dump, o.state, lab)
    sources()
    if o.frag:
        frag(story_of, arts, lab, days)
    vs = grid() if o.grid else [{}] + [json.loads(v) for v in o.variants]
    res = {}
    for v in vs:
        k = json.dumps(v, sort_keys=True)
        res[k] = labelled(second_pass(story_of, arts, v), arts, lab)
        s = E._part(lab, res[k], set(days))
        print(f"{k}: {T.fmt(s)}  " + " ".join(
            f"{d[5:]} {E._part(lab, res[k], {d})['f1']:.2f}/"
            f"{E._part(lab, res[k], {d})['hard_merged']}" for d in days), flush=True)
    if len(vs) > 1 and not o.no_lodo:
        pooled, lines = lodo(res, days, lab, o.crit)
        print("\n".join(lines))
        print(f"LODO ({o.crit}) pooled: {T.fmt(E._part(lab, pooled, set(days)))}")
        base = res[json.dumps({}, sort_keys=True)]
        f1 = [E._part(lab, pooled, {d})["f1"] for d in days]
        b1 = [E._part(lab, base, {d})["f1"] for d in days]
        print(f"held-out days better {sum(x > y + 1e-9 for x, y in zip(f1, b1))}, "
              f"worse {sum(x < y - 1e-9 for x, y in zip(f1, b1))}")
    if o.list:
        v = json.loads(o.list)
        log = []
        new = second_pass(story_of, arts, v, log)
        by = {a.docid: a for a in arts}
        hard = {frozenset(p) for p in lab.hard}
        for day, x, y, s in log:
            la = [by[d] for d in x if by[d].id in lab.day and lab.day[by[d].id] in days]
            lb = [by[d] for d in y if by[d].id in lab.day and lab.day[by[d].id] in days]
            if not la or not lb:
                continue
            ps = [(a, b) for a in la for b in lb if lab.day[a.id] == lab.day[b.id]]
            if not ps:
                continue        # labelled on two days: not scored
            g = sum(1 for a, b in ps if lab.story[a.id] == lab.story[b.id])
            h = sum(1 for a, b in ps if frozenset((a.id, b.id)) in hard)
            n = len(ps)
            print(f"{lab.day[la[0].id]} avg {s:.3f} gold {g} hard {h} other {n - g - h}: "
                  f"{la[0].title_text[:60]} | {lb[0].title_text[:60]}")
        del new


if __name__ == "__main__":
    main()
