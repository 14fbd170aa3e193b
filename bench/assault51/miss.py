#!/usr/bin/env python3
"""The read parts' assault events rasd misses (branch assault51, stop 43; assault52, stop 44).

  miss.py RASD OUT.tsv     one row per gold assault of dev, dev5, unseen, unseen2 … up to the
                           part before the newest drawn: part, id, found by default (1/0), found
                           under --event-triggers (1/0), actors, the gold sentence (the newest
                           drawn part, the blind one, is never read: unseen20 at stop 43,
                           unseen21 at stop 44)
Python stdlib only; uses bench/recall/recall.py's loaders and its matching rule."""
import json, os, subprocess, sys, tempfile
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "recall"))
import recall as R


def parts():
    """The read parts with events, and the blind part (the newest drawn, unseenN)."""
    blind = R.drawn()[-1][1]
    last = int(blind[len("unseen"):])
    return ["dev", "dev5", "unseen"] + ["unseen%d" % k for k in range(2, last)], blind


def analyze(rasd, docs, extra):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as t:
        for d in docs:
            t.write(json.dumps(d, ensure_ascii=False) + "\n")
    try:
        out = subprocess.run([rasd, "analyze", "--threads", "1"] + extra + [t.name],
                             check=True, capture_output=True).stdout.decode()
    finally:
        os.unlink(t.name)
    return {json.loads(l)["id"]: json.loads(l) for l in out.splitlines()}


def matched(gold_e, se):
    """recall.score's greedy matching: gold index -> matched (bool)."""
    return [h is not None for h in R.match_events(gold_e, se)[0]]


def articles(rasd, kinds, triggers=False, every=False):
    """For every article of the read parts that holds a gold event of kinds: (part, id, its
    gold, its default analysis, the default match (recall.match_events: hits, used), the hits
    under --event-triggers (None each unless triggers), its text in bytes); every article of
    every read part when every (a lister of rasd's extra rows). The frame every kind's miss
    lister shares (appeal53, visit53, deal53, summit53, crit54, assault54 …)."""
    read, blind = parts()
    for p in read:
        assert p != blind
        gold = R.load(R.LABELS, p)
        if not every and not any(e["type"] in kinds for g in gold.values() for e in g["E"]):
            continue
        docs = {d["id"]: d for d in R.articles(set(gold))}
        a = analyze(rasd, docs.values(), [])
        b = analyze(rasd, docs.values(), ["--event-triggers"]) if triggers else {}
        for i, g in sorted(gold.items()):
            res = a.get(i, {})
            hits, used = R.match_events(g["E"], res.get("events", []))
            hits2 = R.match_events(g["E"], b.get(i, {}).get("events", []))[0] if triggers \
                else [None] * len(g["E"])
            yield p, i, g, res, (hits, used), hits2, docs[i]["text"].encode()


def sentence(text, e):
    """A gold event's sentence on one line."""
    return text[e["start"]:e["end"]].decode(errors="replace").replace("\n", " ")


def actors_right(e, s):
    """"1" when rasd's event s names every gold actor of e, "0" when not, "-" when s is None."""
    if s is None:
        return "-"
    names = [x.get("name") or "" for x in s.get("actors", [])]
    return str(int(all(any(R.same_name(c, n) for n in names) for c in e["actors"])))


def main(rasd, out):
    with open(out, "w", encoding="utf-8") as f:
        for p, i, g, _, (m1, _), m2, text in articles(rasd, ("assault",), True):
            for e, x, y in zip(g["E"], m1, m2):
                if e["type"] == "assault":
                    f.write("\t".join([p, i, str(int(x is not None)), str(int(y is not None)),
                                       ";".join(e["actors"]), e["place"], e["date"],
                                       e["status"], sentence(text, e)]) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
