#!/usr/bin/env python3
"""corpus.py — over a saved sample (run_sample.py's OUT.jsonl), the quotes whose speaker is a
PER mention: the next word's class, how many pass tests A and B, and READ cases passing B drawn
with SEED, printed with context to judge by hand; also whether a longer PER mention of the
article opens with the speaker mention's words (whole-article resolution, question 3).

    python3 bench/span70/corpus.py SAMPLE.jsonl SEED READ > bench/span70/corpus.txt"""
import collections
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import nextword as N  # noqa: E402


def main():
    L = N.lists()
    cls, a, b, ab, longer, n, arts = collections.Counter(), 0, 0, 0, 0, 0, 0
    cases, ccases, dcases, mcases, mq = [], [], [], set(), 0
    for line in open(sys.argv[1], encoding="utf-8"):
        o = json.loads(line)
        arts += 1
        tb = o["text"].encode("utf-8")
        seen = set()
        for q in o["quotes"]:
            sp = q.get("speaker") or {}
            e = [x for x in o["entities"] if x["start"] == sp.get("start")]
            named = [x for x in o["entities"] if x.get("id") == sp.get("id") and
                     x["text"] == sp.get("name")]
            if e and e[0]["text"] != sp.get("name") and named:
                e = named[:1]
            if not e or e[0]["type"] != "PER" or (e[0]["start"], q["start"]) in seen:
                continue
            seen.add((e[0]["start"], q["start"]))
            n += 1
            w, gap, tag = N.after(tb, o, e[0])
            c = N.nclass(w, gap, tag, L)
            cls[c] += 1
            ta, tb_ = N.test_list(w, gap, tag, L), N.test_open(w, gap, tag, L)
            a += ta
            b += tb_
            ab += ta and tb_
            mw = e[0]["text"].split()
            if any(x["type"] == "PER" and x["text"].split()[:len(mw)] == mw and
                   len(x["text"].split()) > len(mw) for x in o["entities"]):
                longer += 1
            ctx = (tb[max(0, e[0]["start"] - 60):e[0]["start"]].decode("utf-8", "ignore") +
                   " [[" + e[0]["text"] + "]] " +
                   tb[e[0]["end"]:e[0]["end"] + 60].decode("utf-8", "ignore")).replace("\n", " ")
            if c == "tagged-PER" and N.test_merge(tag, gap, L):
                mcases.add((o["id"], e[0]["start"]))
                mq += 1
            if c == "tagged-PER":
                dcases.append((o["id"], e[0]["start"], w, tag["text"], int(ta), ctx))
            if N.test_strict(w, gap, tag, L):
                ccases.append((o["id"], e[0]["start"], w, c, int(ta), ctx))
            if tb_:
                ctx = (tb[max(0, e[0]["start"] - 60):e[0]["start"]].decode("utf-8", "ignore") +
                       " [[" + e[0]["text"] + "]] " +
                       tb[e[0]["end"]:e[0]["end"] + 60].decode("utf-8", "ignore"))
                cases.append((o["id"], e[0]["start"], w, c, int(ta), ctx.replace("\n", " ")))
    print("# articles %d, PER-mention speakers %d" % (arts, n))
    print("# next word:", ", ".join("%s %d" % kv for kv in cls.most_common()))
    print("# test A passes %d, test B passes %d, both %d" % (a, b, ab))
    print("# a longer PER mention of the article opens with the mention's words: %d" % longer)
    print("# test C passes %d" % len(ccases))
    cases = list({(c[0], c[1]): c for c in cases}.values())
    ccases = list({(c[0], c[1]): c for c in ccases}.values())
    dcases = list({(c[0], c[1]): c for c in dcases}.values())
    print("# distinct mentions followed by an adjacent PER mention (candidate D): %d" %
          len(dcases))
    print("# candidate D' (join a next PER span not a title): %d quotes, %d distinct mentions"
          % (mq, len(mcases)))
    print("# distinct mentions passing: B %d, C %d" % (len(cases), len(ccases)))
    for name, cs in (("B", cases), ("C", ccases), ("D", dcases)):
        pick = random.Random(int(sys.argv[2])).sample(cs, min(int(sys.argv[3]), len(cs)))
        for k, c in enumerate(pick, 1):
            print("%s%d\t%s\t%d\t%s\t%s\tA=%d\t%s" % ((name, k) + c))


if __name__ == "__main__":
    main()
