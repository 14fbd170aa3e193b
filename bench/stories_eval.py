#!/usr/bin/env python3
"""bench/stories_eval.py — scores story clusters against the labelled dev set (issue 13, item 7).

    python3 bench/stories_eval.py STORIES [--labels bench/stories/labels.tsv] [--json OUT]

STORIES is either the output of `rasd stories --json` (a JSON array, or one JSON object a line;
each object has "id" and "articles": [article ids]; "thread" and the rest are ignored), a file
of such output, "-" for stdin, or a rasd store (an SQLite file), which is read by running
`$RASD stories --db STORE --json` (RASD defaults to build/rasd).

Only the labelled articles count: the clusters may hold any number of unlabelled articles (a
whole-corpus ingest), which are dropped before scoring; a labelled article missing from every
cluster is a singleton. Labels are per day (bench/stories/labels.tsv; docs/STORIES.md has the
rule), so pairs are pairs of labelled articles of the same day.

Figures, per day, for the tuned days, the unseen day(s) and all:
- pairwise precision, recall and F1 over same-story pairs (the headline figure; with no
  predicted pairs precision is 1, with no labelled pairs recall is 1);
- B³ precision, recall and F1 over the labelled articles (secondary: singletons inflate it);
- hard negatives merged: the share of the pairs of hard_negatives.tsv (one topic, different
  events) that the clusters put in one story (the target is at most 3%);
- and, not scored, how many pairs of labelled articles of different days share a story.
"""
import argparse, collections, itertools, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))


class Labels:
    """day[id], story[id], split[day] ("tuned" or "unseen"), hard: [(a, b)]."""

    def __init__(self):
        self.day, self.story, self.split, self.hard = {}, {}, {}, []


def load_labels(path, hard_path=None):
    """Reads labels.tsv (id, day, split, story) and, beside it, hard_negatives.tsv (a, b, ...)."""
    lab = Labels()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            i, day, split, story = line.rstrip("\n").split("\t")[:4]
            if split not in ("tuned", "unseen"):
                sys.exit(f"{path}: {i}: split must be tuned or unseen, not {split!r}")
            if lab.split.setdefault(day, split) != split:
                sys.exit(f"{path}: day {day} is both tuned and unseen: days are split whole")
            lab.day[i], lab.story[i] = day, story
    hard_path = hard_path or os.path.join(os.path.dirname(path), "hard_negatives.tsv")
    if os.path.exists(hard_path):
        with open(hard_path, encoding="utf-8") as f:
            for line in f:
                if not line.strip() or line.startswith("#"):
                    continue
                a, b = line.rstrip("\n").split("\t")[:2]
                for i in (a, b):
                    if i not in lab.day:
                        sys.exit(f"{hard_path}: {i} is not a labelled article")
                if lab.story[a] == lab.story[b]:
                    sys.exit(f"{hard_path}: {a} {b} are one story in the labels")
                lab.hard.append((a, b))
    return lab


def read_stories(src, rasd=None):
    """[[article ids]] from `rasd stories --json` output (array or JSON Lines) or a store."""
    if src == "-":
        data = sys.stdin.read()
    else:
        with open(src, "rb") as f:
            head = f.read(16)
        if head.startswith(b"SQLite format 3"):
            rasd = rasd or os.environ.get("RASD") or os.path.join(HERE, "..", "build", "rasd")
            data = subprocess.run([rasd, "stories", "--db", src, "--json"], check=True,
                                  capture_output=True, text=True).stdout
        else:
            with open(src, encoding="utf-8") as f:
                data = f.read()
    data = data.strip()
    if not data:
        return []
    if data.startswith("["):
        objs = json.loads(data)
    else:
        objs = [json.loads(l) for l in data.splitlines() if l.strip()]
    return [[str(a) for a in o["articles"]] for o in objs]


def _f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def _pairs(groups):
    return {tuple(sorted(p)) for g in groups for p in itertools.combinations(g, 2)}


def _part(lab, cluster_of, days):
    """Scores over the labelled articles of DAYS; CLUSTER_OF maps id -> cluster key."""
    ids = [i for i in lab.day if lab.day[i] in days]
    gold_g, pred_g = collections.defaultdict(list), collections.defaultdict(list)
    for i in ids:
        gold_g[(lab.day[i], lab.story[i])].append(i)
        pred_g[(lab.day[i], cluster_of.get(i, ("single", i)))].append(i)
    gold, pred = _pairs(gold_g.values()), _pairs(pred_g.values())
    tp = len(gold & pred)
    p = tp / len(pred) if pred else 1.0
    r = tp / len(gold) if gold else 1.0
    bp = br = 0.0
    gset = {i: set(g) for g in gold_g.values() for i in g}
    pset = {i: set(g) for g in pred_g.values() for i in g}
    for i in ids:
        inter = len(gset[i] & pset[i])
        bp += inter / len(pset[i])
        br += inter / len(gset[i])
    n = len(ids) or 1
    hard = [(a, b) for a, b in lab.hard if lab.day[a] in days]
    merged = sum(1 for a, b in hard if a in cluster_of and cluster_of.get(a) == cluster_of.get(b))
    return {"articles": len(ids), "gold_pairs": len(gold), "pred_pairs": len(pred), "tp": tp,
            "precision": p, "recall": r, "f1": _f1(p, r),
            "b3_precision": bp / n, "b3_recall": br / n, "b3_f1": _f1(bp / n, br / n),
            "hard_pairs": len(hard), "hard_merged": merged,
            "hard_merged_share": merged / len(hard) if hard else 0.0}


def score(lab, clusters):
    """{"tuned", "unseen", "all", "days": {day: ...}} for CLUSTERS ([[ids]], any ids)."""
    cluster_of = {}
    for k, c in enumerate(clusters):
        for i in c:
            if i in lab.day:
                cluster_of.setdefault(i, k)
    days = sorted(set(lab.day.values()))
    out = {"days": {d: _part(lab, cluster_of, {d}) for d in days}}
    for name in ("tuned", "unseen"):
        out[name] = _part(lab, cluster_of, {d for d in days if lab.split[d] == name})
    out["all"] = _part(lab, cluster_of, set(days))
    members = collections.Counter()
    for i, k in cluster_of.items():
        members[(k, lab.day[i])] += 1
    same = sum(n * (n - 1) // 2 for n in members.values())
    total = collections.Counter(cluster_of.values())
    out["cross_day_pairs"] = sum(n * (n - 1) // 2 for n in total.values()) - same
    return out


def print_scores(res, out=sys.stdout):
    """A table of RES (score's result)."""
    print(f"  {'part':<18} {'arts':>5} {'pairs':>6} {'pred':>6} {'P':>6} {'R':>6} {'F1':>6}"
          f" {'B3 F1':>6} {'hard merged':>14}", file=out)
    rows = [(d, s) for d, s in res["days"].items()]
    rows += [("tuned days", res["tuned"]), ("UNSEEN days", res["unseen"]), ("all", res["all"])]
    for name, s in rows:
        print(f"  {name:<18} {s['articles']:>5} {s['gold_pairs']:>6} {s['pred_pairs']:>6}"
              f" {s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f} {s['b3_f1']:>6.3f}"
              f" {s['hard_merged']:>4}/{s['hard_pairs']:<4} {100 * s['hard_merged_share']:>4.1f}%", file=out)
    print(f"  pairs of labelled articles of different days in one story (not scored): "
          f"{res['cross_day_pairs']}", file=out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("stories", help="rasd stories --json output, '-', or a store")
    ap.add_argument("--labels", default=os.path.join(HERE, "stories", "labels.tsv"))
    ap.add_argument("--hard", help="hard negatives (default: hard_negatives.tsv beside the labels)")
    ap.add_argument("--rasd", help="the rasd program, for a store (default $RASD or build/rasd)")
    ap.add_argument("--json", help="write the figures here as JSON")
    o = ap.parse_args()
    lab = load_labels(o.labels, o.hard)
    clusters = read_stories(o.stories, o.rasd)
    res = score(lab, clusters)
    seen = {i for c in clusters for i in c}
    print(f"stories: {len(clusters)} clusters, {len(seen)} articles, "
          f"{sum(1 for i in lab.day if i in seen)} of {len(lab.day)} labelled articles present")
    print_scores(res)
    if o.json:
        with open(o.json, "w") as f:
            json.dump(res, f, indent=1)


if __name__ == "__main__":
    main()
