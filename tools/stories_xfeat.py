#!/usr/bin/env python3
"""tools/stories_xfeat.py — what the extraction (rasd_extract: events, quotes, dates) and the
text's figures say of pairs of labelled articles (stories54, issue 13).

    python3 tools/stories_xfeat.py DUMP.pickle --labels L --hard H [--nums N.pickle]
                                   [--list] [VARIANT-JSON]

DUMP is tools/stories_data.py's dump of a whole-corpus ingest: it holds each article's events
done (CAMEO code, actor ids, place id, resolved date, whether the sentence states it), its
quotes' named speakers and its date mentions resolved to a day. The figures (integers of 100
or more, decimals, percentages, times: stories51's "num") are read from the corpus once and
kept in --nums. The decision (default: the shipped one) is replayed over the tuned days of L;
every same-day pair of labelled articles is sorted into gold found / missed, hard negative
merged / apart, other merged / apart, and split by the pair's `related` (the article scored
against a story of the other alone) below or above 0.29. For each group it counts the pairs
whose extraction agrees or conflicts (FEATS below). The unseen days are never read.
Standard library only.
"""
import argparse, collections, datetime, gzip, json, os, pickle, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "bench"))
CORPUS = os.path.join(HERE, "..", "..", "shared", "data", "saudinewsnet", "articles.jsonl.gz")

# agreement and conflict of two articles' extraction (pair_x)
FEATS = ["ev_ka", "ev_kp", "ev_any", "ev_kd", "ev_both", "ev_conf", "spk", "spk_both",
         "rdate", "rdate_both", "rdate_conf", "edate", "edate_conf", "num", "num_both",
         "num_conf", "agree", "agree2", "conf"]


def numbers(corpus, out):
    """id -> frozenset of the article's figures (title and text), stories51's num kinds
    big, dec, pct, time; cached in OUT."""
    if os.path.exists(out):
        with open(out, "rb") as f:
            return pickle.load(f)
    import stories_spec as S
    res = {}
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            toks = S.tokens((r.get("title") or "") + "\n" + (r.get("text") or ""))
            res[r["id"]] = frozenset(v for i, (k, v) in enumerate(toks) if k == "n" and
                                     S.num_kind(toks, i) in ("big", "dec", "pct", "time"))
    with open(out + ".tmp", "wb") as f:
        pickle.dump(res, f)
    os.rename(out + ".tmp", out)
    return res


def facts_of(raw, nums):
    """What the extraction says of one article (a dump row): event keys kind + actor, kind +
    place, kind + stated date; the stated events' days; the quotes' named speakers; the days
    its dates resolve to other than its own publication day; its figures."""
    pub = (raw.get("published") or "")[:10]
    ev = raw.get("events", ())
    ka = {(e[1][:2], x) for e in ev for x in e[2] if x}
    kp = {(e[1][:2], e[3]) for e in ev if e[3]}
    kd = {(e[1][:2], e[4]) for e in ev if e[5] and e[4] and len(e[4]) == 10}
    ed = {e[4] for e in ev if e[5] and e[4] and len(e[4]) == 10}
    rd = {v for v in raw.get("dates", ()) if len(v) == 10 and v != pub}
    return {"ka": frozenset(ka), "kp": frozenset(kp), "kd": frozenset(kd),
            "ed": frozenset(ed), "rd": frozenset(rd),
            "spk": frozenset(s for _, s in raw.get("speakers", ()) if s),
            "num": nums.get(raw["id"], frozenset())}


def pair_x(x, y):
    """The agreements and conflicts of two articles' facts (FEATS)."""
    ka, kp, kd = bool(x["ka"] & y["ka"]), bool(x["kp"] & y["kp"]), bool(x["kd"] & y["kd"])
    evb = bool(x["ka"] | x["kp"]) and bool(y["ka"] | y["kp"])
    spk = bool(x["spk"] & y["spk"])
    rd, rdb = bool(x["rd"] & y["rd"]), bool(x["rd"]) and bool(y["rd"])
    ed, edb = bool(x["ed"] & y["ed"]), bool(x["ed"]) and bool(y["ed"])
    num, numb = bool(x["num"] & y["num"]), bool(x["num"]) and bool(y["num"])
    agree = [ka or kp, spk, num, rd]
    return {"ev_ka": ka, "ev_kp": kp, "ev_any": ka or kp, "ev_kd": kd, "ev_both": evb,
            "ev_conf": evb and not (ka or kp), "spk": spk,
            "spk_both": bool(x["spk"]) and bool(y["spk"]),
            "rdate": rd, "rdate_both": rdb, "rdate_conf": rdb and not rd,
            "edate": ed, "edate_conf": edb and not ed,
            "num": num, "num_both": numb, "num_conf": numb and not num,
            "agree": any(agree), "agree2": sum(agree) >= 2,
            "conf": (evb and not (ka or kp)) or (rdb and not rd) or (edb and not ed)}


def main():
    import stories_train as T
    import stories_eval as E
    import stories_errors as R
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dump")
    ap.add_argument("variant", nargs="?", default=json.dumps(R.SHIPPED))
    ap.add_argument("--labels", required=True)
    ap.add_argument("--hard", required=True)
    ap.add_argument("--nums", default=os.path.join(HERE, "..", "build", "stories_nums.pickle"))
    ap.add_argument("--corpus", default=CORPUS)
    ap.add_argument("--list", action="store_true", help="print the gold-missed and hard pairs")
    ap.add_argument("--cut", type=float, default=0.29, help="the band's `related` bound")
    o = ap.parse_args()
    v = json.loads(o.variant)
    lab = E.load_labels(o.labels, o.hard)
    days = sorted(d for d in lab.split if lab.split[d] == "tuned")
    nums = numbers(o.corpus, o.nums)
    with open(o.dump, "rb") as fh:
        d = pickle.load(fh)
    title = {a["id"]: a["title"] for a in d["arts"]}
    raw = {a["docid"]: a for a in d["arts"]}
    arts = [T.Art(a, d["kind"]) for a in d["arts"] if "body_v" in a]
    opts = R.opts_of(v)
    sub = T.window(arts, days, 0 if opts.day and not opts.day_near else 2)
    story_of, _ = T.replay(sub, T.Model(thr=v.get("thr", 0.30)), opts)
    la = [a for a in sub if a.id in lab.day and lab.day[a.id] in days]
    facts = {a.docid: facts_of(raw[a.docid], nums) for a in la}
    cover = collections.Counter()
    for f in facts.values():
        for k, x in f.items():
            cover[k] += bool(x)
    print(f"{len(la)} labelled articles of {len(days)} tuned days; holding: " +
          ", ".join(f"{k} {n}" for k, n in cover.items()))
    hard = {frozenset(p) for p in lab.hard}
    groups = collections.defaultdict(collections.Counter)
    for day in days:
        xs = [a for a in la if lab.day[a.id] == day]
        for j, b in enumerate(xs):
            for a in xs[:j]:
                if b.docid in a.copies or a.docid in b.copies:
                    continue            # copies join unscored: not the scorer's question
                g = lab.story[a.id] == lab.story[b.id]
                p = story_of[a.docid] == story_of[b.docid]
                h = frozenset((a.id, b.id)) in hard
                name = ("gold " + ("found" if p else "missed")) if g else \
                    (("hard " if h else "other ") + ("merged" if p else "apart"))
                sh = pair_x(facts[a.docid], facts[b.docid])
                if g or h or p or sh["agree"]:
                    s = T.Story(0)
                    s.add(a)
                    rel = T.features(b, s)[-1]
                else:
                    rel = 0.0       # an unrelated pair agreeing on nothing: not counted by band
                band = "lo" if rel < o.cut else "hi"
                for nm in (name, f"{name} {band}"):
                    groups[nm]["pairs"] += 1
                    for k, yes in sh.items():
                        groups[nm][k] += yes
                if o.list and (g and not p or h) and band == "lo":
                    flags = " ".join(k for k, yes in sh.items() if yes)
                    print(f"{day} {name:<12} {rel:.2f} {a.id} {b.id} [{flags}]\n      "
                          f"{title.get(a.id, '')[:80]}\n      {title.get(b.id, '')[:80]}")
    cols = ["pairs"] + FEATS
    print("| group | " + " | ".join(cols) + " |")
    print("|---|" + "---:|" * len(cols))
    for name in ("gold found", "gold missed", "hard merged", "hard apart", "other merged",
                 "other apart"):
        for nm in (name, name + " lo", name + " hi"):
            c = groups[nm]
            print(f"| {nm} | " + " | ".join(str(c[k]) for k in cols) + " |")


if __name__ == "__main__":
    main()
