#!/usr/bin/env python3
"""tools/stories_cv.py — picks a clustering decision by leave-one-day-out cross-validation.

    python3 tools/stories_cv.py DUMP.pickle [--cache C.json] [--crit f1|f1-hn] VARIANT...

Each VARIANT is a JSON object of replay switches of tools/stories_train.py (life, member,
member_title, member_lo, day, day_near, link; sig, skey, ssym: the signature's bonus and key,
and sig_lead, sig_types: a signature computed from the dump's mentions; thr: the hand-set
scorer's join threshold; single: single link to the nearest member at that cosine, the
model's single, with pair "base" / "title" / "ent" another pair similarity, stories13;
nocopy: copies not joined to their source's story; evkey: a veto on events none shared;
base_w: the baseline's whole-text cosine to the story's sum in `related` at that weight;
base_veto / base_cveto: a join needs that whole-text cosine to one of the story's newest
members / to its sum, stories15; ment: the member check's member must share entities at
that cosine too (ment_all: the whole entity vector; ment_free: unless either names none;
ment_hi: unless its words are that near), stories16; msig: the member's lead persons must
meet the article's at that cosine, unless either names none (msig_ent: or their entity ids
meet at that cosine; ment_hi: or their words), mord: its title's ordinal words (the first,
the second) must not differ from the article's, sord: no member of the story may have a title
ordinal none of the article's, stories17; tkeys: that many title terms among an article's
index keys (2), dmem: the model's day_member, dlast: a passing story of another day ranks
below the article's day's, stories18; evb: W added to `related` when the article and the
story share an event key, kind + place or kind + actor, dtb: W when they share a date
mention resolved to a day, stories20;
nmax: the score is the higher of `related` and the nearest member's cosine less that much;
ent_w: the entities' weight in `related` (0.25), stories22;
spec: W added to `related` when the article and the story share spec_n (1) specific tokens
of the kinds spec_kind ("num", "numr", "g4", "quote", "w5", "w20", comma-separated; from
--spec-sets, tools/stories_spec.py), with spec_mem 1 shared with one of its newest members;
spec_veto K: no join when both hold tokens of kind K and share none, stories51;
xg K: the member check, place key and day bound (xg_checks "mpd") let an article past when
its extraction agrees (kinds K of tools/stories_xfeat.py's pair_x) with one of the story's
newest members (xg_lo: at least that near); xb W: + W to `related` then (kinds xb_kind);
xv K: no join when it conflicts (kinds K) with the nearest member, with --nums, stories54;
lede_k M: a lede measure of tools/stories_lede.py ("ll", "tl", "hl"), its highest with one
of the story's newest members (with --ledes); lede_b W: + W to `related` when it reaches
lede_t; lede_g T: the checks lede_checks ("mpd") let an article past when it reaches T;
lede_v T: no join when it is under T, lede60;
bridge: 1 links (scores as one) two stories of a copy's calendar day when its copies sit in
both, 2 also when the copy passes every check of a second story of its day (bridge_near: and
is that near one of its members), 3 also moves a reprint of another day's story to a story of
its own day that it passes so, stories50;
members: how many of a story's newest members; span: the days replayed before each),
e.g. '{"day": true, "day_near": 0.5}'. Each is replayed once over the tuned days of
bench/stories/labels.tsv (each day with the 2 days before it, or the day alone when the
calendar-day bound cannot be crossed) and scored per day; then, for each tuned day, the
variant best on the other days (pooled F1, or F1 minus the share of hard negatives merged)
is scored on it, and the held-out days are pooled. The unseen days are never read.
--labels / --hard take other label files (e.g. the blind days cut out and an opened day
made tuned, stories16); their tuned days are the ones replayed and held out.
Replays run two at a time; results are kept in the cache (keyed by the variant and dump).
"""
import argparse, json, os, pickle, sys
from multiprocessing import Pool

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "bench"))
import stories_train as T  # noqa: E402
import stories_eval as E  # noqa: E402

LABELS = os.path.join(HERE, "..", "bench", "stories", "labels.tsv")
LAB = None          # loaded in main from --labels or LABELS, before the pool forks
TUNED = []
ARTS, RAW, C_SIG = [], [], []
NUMS = []           # --nums (stories54)
BASEVEC = os.path.join(HERE, "..", "build", "stories_basevec.pickle")
CORPUS = os.path.join(HERE, "..", "..", "shared", "data", "saudinewsnet", "articles.jsonl.gz")


def base_vectors():
    """id -> bench/stories_baseline.py's unit TF-IDF vector of the whole text (title words
    twice, df over the whole corpus), words as small ints; made once into BASEVEC."""
    if not os.path.exists(BASEVEC):
        import stories_baseline as B
        vecs, ids = B.vectors(B.read_corpus(CORPUS)), {}
        out = {i: {ids.setdefault(w, len(ids)): x for w, x in v.items()} for i, v in vecs.items()}
        with open(BASEVEC + ".tmp", "wb") as f:
            pickle.dump(out, f)
        os.rename(BASEVEC + ".tmp", BASEVEC)
    with open(BASEVEC, "rb") as f:
        return pickle.load(f)


def load(dump):
    with open(dump, "rb") as f:
        d = pickle.load(f)
    T.sig_df(d["arts"])
    RAW[:] = [a for a in d["arts"] if "body_v" in a]
    if NUMS:                    # stories54: the extraction's facts of every article
        import stories_xfeat as X
        nums = X.numbers(X.CORPUS, NUMS[0])
        T.XF.update({a["id"]: X.facts_of(a, nums) for a in RAW})
    ARTS[:] = [T.Art(a, d["kind"]) for a in RAW]
    C_SIG.append(any(a.sig for a in ARTS))      # the dump holds rasd's own signatures


def run(v):
    T.SIG["lead"] = v.get("sig_lead", 0)      # the signature computed here (a dump of
    T.SIG["types"] = tuple(v.get("sig_types", "PER").split(","))  # stored mentions)
    if T.SIG["lead"] or not C_SIG[0]:
        for a, raw in zip(ARTS, RAW):
            a.sig = T.sig_of(raw) if T.SIG["lead"] else {}
            a.n2["sig"] = T.norm2(a.sig)
    o = argparse.Namespace(life=v.get("life", 1.0), member=v.get("member", 0.2),
                           member_title=v.get("member_title", 0.0),
                           member_lo=v.get("member_lo", 0.2), day=v.get("day", False),
                           day_near=v.get("day_near", 0.0), link=v.get("link", 0.0),
                           seed=v.get("seed", 0.0), title_w=v.get("title_w"),
                           decay=v.get("decay", 0.0), pkey=v.get("pkey", 0),
                           ekey=v.get("ekey", 0), psym=v.get("psym", False),
                           prefer=v.get("prefer", 0.0), place_near=v.get("pnear", 0.0),
                           ahead=v.get("ahead", 0), clu=v.get("clu", 0.0),
                           clu_floor=v.get("clu_floor", 0.0),
                           clu_member=v.get("clu_member", 0.0), sig=v.get("sig", 0.0),
                           sig_member=v.get("sig_member", 0.0), skey=v.get("skey", 0),
                           ssym=v.get("ssym", False), single=v.get("single", 0.0),
                           nocopy=v.get("nocopy", False), evkey=v.get("evkey", False),
                           pair=v.get("pair", ""), base_w=v.get("base_w", 0.0),
                           base_veto=v.get("base_veto", 0.0),
                           base_cveto=v.get("base_cveto", 0.0),
                           member_ent=v.get("ment", 0.0), member_ent_hi=v.get("ment_hi", 0.0),
                           member_ent_all=v.get("ment_all", False),
                           member_ent_free=v.get("ment_free", False),
                           member_sig=v.get("msig", 0.0),
                           member_ord=v.get("mord", False),
                           member_sig_ent=v.get("msig_ent", 0.0),
                           story_ord=v.get("sord", False),
                           day_member=v.get("dmem", 0.0),
                           day_last=v.get("dlast", False), evb=v.get("evb", 0.0),
                           dtb=v.get("dtb", 0.0), nmax=v.get("nmax"), bridge=v.get("bridge", 0),
                           bridge_near=v.get("bridge_near", 0.0),
                           ent_w=v.get("ent_w"), spec=v.get("spec", 0.0),
                           spec_kind=v.get("spec_kind", "num"), spec_n=v.get("spec_n", 1),
                           spec_mem=v.get("spec_mem", 0),
                           spec_veto=v.get("spec_veto", ""), xg=v.get("xg", ""),
                           xg_checks=v.get("xg_checks", "mpd"), xg_lo=v.get("xg_lo", 0.0),
                           xb=v.get("xb", 0.0), xb_kind=v.get("xb_kind", "agree"),
                           xv=v.get("xv", ""), lede_k=v.get("lede_k", "hl"),
                           lede_b=v.get("lede_b", 0.0), lede_t=v.get("lede_t", 0.0),
                           lede_g=v.get("lede_g", 0.0), lede_checks=v.get("lede_checks", "mpd"),
                           lede_v=v.get("lede_v", 0.0))
    T.MEMBERS = v.get("members", 16)
    for a in ARTS:              # tkeys: title terms among the index keys (stories18)
        T.set_keys(a, v.get("tkeys", T.TITLE_KEYS))
    if (v.get("pair", "").startswith("base") or o.base_w or o.base_veto or o.base_cveto) \
            and not T.BASE:
        T.BASE.update(base_vectors())
        for a in ARTS:          # made before the vectors were loaded
            a.base = T.BASE.get(a.id, {})
            a.n2["base"] = T.norm2(a.base)
    if v.get("pair") == "base80" and not T.BASE80:    # the 80 heaviest words, renormalised
        for i, x in T.BASE.items():
            top = dict(sorted(x.items(), key=lambda kv: -kv[1])[:80])
            n = sum(w * w for w in top.values()) ** 0.5 or 1.0
            T.BASE80[i] = {k: w / n for k, w in top.items()}
    span = v.get("span", 0 if o.day and not o.day_near else 2)
    sub = T.window(ARTS, TUNED, span)
    story_of, _ = T.replay(sub, T.Model(thr=v.get("thr", 0.30)), o)
    return {a.id: [LAB.day[a.id], story_of[a.docid]] for a in sub if a.id in LAB.day}


def run_one(v):
    return v, run(json.loads(v))


def score(cl, days):
    return E._part(LAB, {i: tuple(x) for i, x in cl.items()}, set(days))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dump")
    ap.add_argument("variants", nargs="+")
    ap.add_argument("--cache", default="build/stories_cv.json")
    ap.add_argument("--crit", choices=("f1", "f1-hn"), default="f1-hn")
    ap.add_argument("--base", help="a variant (replayed too) to set each held-out day against")
    ap.add_argument("--quiet", action="store_true", help="no per-variant lines")
    ap.add_argument("--ties-base", action="store_true",
                    help="the --base variant is a choice too, and wins ties (stories18)")
    ap.add_argument("--labels", help="another labels.tsv (its tuned days are replayed)")
    ap.add_argument("--hard", help="hard negatives (default: hard_negatives.tsv beside --labels)")
    ap.add_argument("--spec-sets", help="tools/stories_spec.py --sets output, for spec variants")
    ap.add_argument("--nums", help="tools/stories_xfeat.py's figures cache: the extraction's "
                    "facts for xg / xb / xv variants (stories54)")
    ap.add_argument("--ledes", help="tools/stories_lede.py make's output, for lede_* "
                    "variants (lede60)")
    o = ap.parse_args()
    NUMS[:] = [o.nums] if o.nums else []
    if o.ledes:                  # lede60: before the pool forks
        with open(o.ledes, "rb") as f:
            T.LEDE.update(pickle.load(f))
    if o.spec_sets:
        with open(o.spec_sets, "rb") as f:
            T.SPEC.update(pickle.load(f))
    global LAB                   # set before the pool forks: the workers read these
    LAB = E.load_labels(o.labels or LABELS, o.hard)   # --labels: no other file is read
    TUNED[:] = sorted(d for d in LAB.split if LAB.split[d] == "tuned")
    variants = [json.dumps(json.loads(v), sort_keys=True) for v in o.variants]
    base = json.dumps(json.loads(o.base), sort_keys=True) if o.base else None
    cache = json.load(open(o.cache)) if os.path.exists(o.cache) else {}
    tag = f" {','.join(TUNED)}" if o.labels else ""      # other days, other replays
    key = lambda v: f"{os.path.abspath(o.dump)}{tag} {v}"  # noqa: E731
    todo = [v for v in variants + ([base] if base else []) if key(v) not in cache]
    if todo:
        load(o.dump)
        with Pool(2) as p:       # each replay kept as soon as it is done
            for v, cl in p.imap_unordered(run_one, todo):
                cache[key(v)] = cl
                with open(o.cache, "w") as f:
                    json.dump(cache, f)
    for v in [] if o.quiet else variants:
        cl = cache[key(v)]
        print(f"{v}: {T.fmt(score(cl, TUNED))}  " +
              " ".join(f"{d[5:]} {score(cl, [d])['f1']:.2f}/{score(cl, [d])['hard_merged']}"
                       for d in TUNED))
    pooled = {}
    for d in TUNED:
        rest = [x for x in TUNED if x != d]

        def obj(v):
            s = score(cache[key(v)], rest)
            return s["f1"] - (s["hard_merged_share"] if o.crit == "f1-hn" else 0.0)
        choices = sorted(variants)
        if o.ties_base and base:     # max keeps the first of equals: the base
            choices = [base] + [v for v in choices if v != base]
        best = max(choices, key=obj)
        held = {i: x for i, x in cache[key(best)].items() if x[0] == d}
        s = score(held, [d])
        line = f"held out {d}: F1 {s['f1']:.3f} hard {s['hard_merged']}/{s['hard_pairs']}"
        if base:
            b = score(cache[key(base)], [d])
            line += f" | base F1 {b['f1']:.3f} hard {b['hard_merged']} ({s['f1'] - b['f1']:+.3f})"
        print(f"{line} | chose {best}")
        pooled.update(held)
    print(f"CV ({o.crit}), pooled over the held-out days: {T.fmt(score(pooled, TUNED))}")
    f1s = [score(pooled, [d])["f1"] for d in TUNED]
    mean = sum(f1s) / len(f1s)
    sd = (sum((x - mean) ** 2 for x in f1s) / len(f1s)) ** 0.5
    print(f"held-out day F1: mean {mean:.3f}, sd {sd:.3f}, min {min(f1s):.3f}, max {max(f1s):.3f}")
    if base:
        b = [score(cache[key(base)], [d])["f1"] for d in TUNED]
        bm = sum(b) / len(b)
        print(f"base: pooled {T.fmt(score(cache[key(base)], TUNED))}; day F1 mean {bm:.3f}; "
              f"held-out days better {sum(x > y + 1e-9 for x, y in zip(f1s, b))}, "
              f"worse {sum(x < y - 1e-9 for x, y in zip(f1s, b))}")


if __name__ == "__main__":
    main()
