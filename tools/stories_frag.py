#!/usr/bin/env python3
"""tools/stories_frag.py — would merging a day's stories by their sums part what they should?

    python3 tools/stories_frag.py DUMP.pickle [VARIANT-JSON] [--labels L] [--hard H]

Replays a decision (tools/stories_errors.py's; default the shipped one) over the tuned days
and, for every pair of labelled articles of one day that the replay put in two stories, the
cosine of those two stories' sums (the members' unit title+body vectors, `story_pair_both`'s,
summed over the replayed window): a merge of stories later in the stream, at a bar C, would
join the pair when it is >= C. Counts by kind (gold pair lost, hard negative kept apart,
other pair kept apart) at several bars. The unseen days are never read. Standard library only.
"""
import argparse, collections, json, math, os, pickle, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "bench"))
import stories_train as T  # noqa: E402
import stories_eval as E  # noqa: E402
import stories_errors as R  # noqa: E402

BARS = (0.5, 0.4, 0.3, 0.25, 0.2)


def cos(x, y):
    if not x or not y:
        return 0.0
    dot = sum(w * y.get(k, 0.0) for k, w in x.items())
    return dot / math.sqrt(sum(w * w for w in x.values()) * sum(w * w for w in y.values()))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dump")
    ap.add_argument("variant", nargs="?", default=json.dumps(R.SHIPPED))
    ap.add_argument("--labels", default=os.path.join(HERE, "..", "bench", "stories", "labels.tsv"))
    ap.add_argument("--hard")
    o = ap.parse_args()
    v = json.loads(o.variant)
    lab = E.load_labels(o.labels, o.hard)
    tuned = sorted(d for d in lab.split if lab.split[d] == "tuned")
    with open(o.dump, "rb") as f:
        d = pickle.load(f)
    arts = [T.Art(a, d["kind"]) for a in d["arts"] if "body_v" in a]
    for a in arts:
        T.set_keys(a, v.get("tkeys", T.TITLE_KEYS))
    sub = T.window(arts, tuned, 2)
    story_of, _, _ = R.traced_replay(sub, v.get("thr", 0.30), R.opts_of(v))
    members = collections.defaultdict(list)
    for a in sub:
        members[story_of[a.docid]].append(a)
    sums = {}

    def vsum(s):
        if s not in sums:
            out = collections.Counter()
            for a in members[s]:
                n = math.sqrt(a.n2["both"]) or 1.0
                for k, w in a.both.items():
                    out[k] += w / n
            sums[s] = out
        return sums[s]
    hard = {frozenset(p) for p in lab.hard}
    res = collections.defaultdict(list)
    for day in tuned:
        la = [a for a in sub if a.id in lab.day and lab.day[a.id] == day]
        for j, b in enumerate(la):
            for a in la[:j]:
                sa, sb = story_of[a.docid], story_of[b.docid]
                if sa == sb:
                    continue
                kind = "gold lost" if lab.story[a.id] == lab.story[b.id] else \
                    "hard apart" if frozenset((a.id, b.id)) in hard else "other apart"
                res[kind].append(cos(vsum(sa), vsum(sb)))
    print("pairs        n  " + "  ".join(f">={c:<4}" for c in BARS))
    for kind in ("gold lost", "hard apart", "other apart"):
        xs = res[kind]
        print(f"{kind:<11} {len(xs):>6}  " + "  ".join(f"{sum(x >= c for x in xs):>6}" for c in BARS))


if __name__ == "__main__":
    main()
