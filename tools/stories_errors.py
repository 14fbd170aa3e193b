#!/usr/bin/env python3
"""tools/stories_errors.py — classifies the tuned days' clustering errors by cause.

    python3 tools/stories_errors.py DUMP.pickle [--day DAY] [--titles] [VARIANT-JSON]

Replays the online clustering (tools/stories_train.py, the switches of tools/stories_cv.py;
default: the shipped decision) over the tuned days of bench/stories/labels.tsv, recording for
each article every candidate story with its score and the check that vetoed it. Then every
gold pair split (lost) and every pair merged against the labels (wrong) is given one cause:

lost:  copy        the later article joined its exact or near copy's story (dedup), unscored
       day         the earlier article's story started on another calendar day (time gap)
       index       the earlier article's story was not among the later one's candidates
       score       a candidate, below the join threshold (the scorer's features)
       member / place / dayveto   passed the threshold, vetoed by that check
       other       passed every check, another story was preferred (the decision)
       later       the later article started a story that the earlier one's could not
                   reach: both were decided before either saw the other (fragments)
wrong: copy        joined through dedup's copy relation
       chain       the later article joined a story holding the earlier one but is not
                   near it (pair cosine < 0.2): through other, mostly unlabelled, members
       direct      near the earlier article (pair cosine >= 0.2): same topic, other event
and each wrong pair says whether it is a labelled hard negative. The unseen days are never
read. Standard library only.
"""
import argparse, collections, json, os, pickle, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "bench"))
import stories_train as T  # noqa: E402
import stories_eval as E  # noqa: E402

SHIPPED = {"life": 1.0, "member": 0.2, "day": True, "day_near": 0.5, "pkey": 2,
           "pnear": 0.7, "prefer": 0.1, "thr": 0.28, "ment": 0.05, "ment_free": True}


def opts_of(v):
    return argparse.Namespace(life=v.get("life", 1.0), member=v.get("member", 0.2),
                              member_title=0.0, member_lo=0.2, day=v.get("day", False),
                              day_near=v.get("day_near", 0.0), link=0.0, seed=0.0,
                              title_w=None, decay=0.0, pkey=v.get("pkey", 0), ekey=0,
                              psym=False, prefer=v.get("prefer", 0.0),
                              place_near=v.get("pnear", 0.0), ahead=v.get("ahead", 0),
                              clu=v.get("clu", 0.0), clu_floor=v.get("clu_floor", 0.0),
                              clu_member=v.get("clu_member", 0.0), sig=v.get("sig", 0.0),
                              sig_member=v.get("sig_member", 0.0), skey=v.get("skey", 0),
                              ssym=v.get("ssym", False), member_ent=v.get("ment", 0.0),
                              member_ent_hi=v.get("ment_hi", 0.0),
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
                           xv=v.get("xv", ""))


def traced_replay(arts, thr, o):
    """T.replay with a record per article: {sid: (score, veto)} of its candidates."""
    rec = {}
    model = T.Model(thr=thr)
    orig = T.Model.score

    cur = {}

    def score(self, x):
        return orig(self, x)
    # wrap the checks to learn which one vetoed
    calls = {"member": T.member_check, "key": T.key_shared}

    def member_check(a, s, opts, by):
        ok = calls["member"](a, s, opts, by)
        if not ok:
            cur.setdefault(a.docid, {}).setdefault(s.id, []).append("member")
        return ok

    def key_shared(a, s, opts):
        ok = calls["key"](a, s, opts)
        if not ok:
            cur.setdefault(a.docid, {}).setdefault(s.id, []).append("placekey")
        return ok

    feats = T.features

    def features(a, s):
        x = feats(a, s)
        rec.setdefault(a.docid, {})[s.id] = x[-1]
        return x
    T.member_check, T.key_shared, T.features = member_check, key_shared, features
    try:
        story_of, _ = T.replay(arts, model, o)
    finally:
        T.member_check, T.key_shared, T.features = calls["member"], calls["key"], feats
    return story_of, rec, cur


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dump")
    ap.add_argument("variant", nargs="?", default=json.dumps(SHIPPED))
    ap.add_argument("--day", action="append")
    ap.add_argument("--titles", action="store_true", help="print each error's titles")
    ap.add_argument("--labels", default=os.path.join(HERE, "..", "bench", "stories", "labels.tsv"))
    ap.add_argument("--hard", help="hard negatives (default: hard_negatives.tsv beside --labels)")
    ap.add_argument("--spec-sets", help="tools/stories_spec.py --sets output, for spec variants")
    ap.add_argument("--nums", help="tools/stories_xfeat.py's figures cache, for xg / xb / xv")
    o = ap.parse_args()
    if o.spec_sets:
        with open(o.spec_sets, "rb") as f:
            T.SPEC.update(pickle.load(f))
    v = json.loads(o.variant)
    lab = E.load_labels(o.labels, o.hard)
    tuned = sorted(d for d in lab.split if lab.split[d] == "tuned")
    days = o.day or tuned
    assert all(lab.split[d] == "tuned" for d in days), "tuned days only"
    with open(o.dump, "rb") as f:
        d = pickle.load(f)
    title = {a["id"]: a["title"] for a in d["arts"]}
    if o.nums:                  # stories54: the extraction's facts
        import stories_xfeat as X
        nums = X.numbers(X.CORPUS, o.nums)
        T.XF.update({a["id"]: X.facts_of(a, nums) for a in d["arts"]})
    arts = [T.Art(a, d["kind"]) for a in d["arts"] if "body_v" in a]
    o_ = opts_of(v)
    for a in arts:
        T.set_keys(a, v.get("tkeys", T.TITLE_KEYS))
    span = 0 if o_.day and not o_.day_near else 2
    sub = T.window(arts, days, span)
    by_docid = {a.docid: a for a in sub}
    story_of, rec, veto = traced_replay(sub, v.get("thr", 0.30), o_)
    members = collections.defaultdict(list)
    for a in sub:
        members[story_of[a.docid]].append(a)
    first_day = {s: min((int(x.t) for x in m if x.t is not None), default=None)
                 for s, m in members.items()}
    hard = {frozenset(p) for p in lab.hard}
    lab_arts = [a for a in sub if a.id in lab.day and lab.day[a.id] in days]
    lost, wrong = collections.Counter(), collections.Counter()
    lines = []
    for day in days:
        la = [a for a in lab_arts if lab.day[a.id] == day]
        for j, b in enumerate(la):
            for a in la[:j]:            # a before b in docid order
                same_g = lab.story[a.id] == lab.story[b.id]
                same_p = story_of[a.docid] == story_of[b.docid]
                if same_g == same_p:
                    continue
                sa, sb = story_of[a.docid], story_of[b.docid]
                pb = T.pair_both(a, b)
                if same_g:
                    r = rec.get(b.docid, {})
                    if not r and any(c < b.docid and story_of.get(c) == sb for c in b.copies):
                        c = "copy"
                    elif first_day[sa] is not None and a.t is not None and \
                            first_day[sa] != int(a.t):
                        c = "day"
                    elif b.docid in [m.docid for m in members[sb]] and \
                            min(m.docid for m in members[sb]) == b.docid and \
                            min(m.docid for m in members[sa]) < b.docid and sa not in r:
                        c = "index"
                    elif sa not in r:
                        c = "index" if min(m.docid for m in members[sa]) < b.docid else "later"
                    elif r[sa] < v.get("thr", 0.30):
                        c = "score"
                    elif veto.get(b.docid, {}).get(sa):
                        c = veto[b.docid][sa][0]
                    elif sb != sa and min(m.docid for m in members[sb]) < b.docid:
                        c = "other"
                    else:
                        c = "dayveto"
                    lost[c] += 1
                    kind = "LOST " + c
                    extra = f"rel {r.get(sa, float('nan')):.3f}"
                else:
                    hn = frozenset((a.id, b.id)) in hard
                    if a.docid in b.copies or b.docid in a.copies:
                        c = "copy"
                    elif pb < 0.2:
                        c = "chain"
                    else:
                        c = "direct"
                    wrong[(c, hn)] += 1
                    kind = f"WRONG {c}{' HARD' if hn else ''}"
                    extra = f"size {len(members[sa])}"
                lines.append((day, kind, a.id, b.id, pb, extra))
    for day, kind, a, b, pb, extra in lines:
        print(f"{day} {kind:<16} {a} {b} pair {pb:.2f} {extra}")
        if o.titles:
            print(f"      {title.get(a, '')[:90]}\n      {title.get(b, '')[:90]}")
    print("lost:", dict(lost))
    print("wrong:", {f"{c}{' (hard)' if h else ''}": n for (c, h), n in sorted(wrong.items())})
    s = E._part(lab, {a.id: (lab.day[a.id], story_of[a.docid]) for a in lab_arts}, set(days))
    print("replay:", T.fmt(s))


if __name__ == "__main__":
    main()
