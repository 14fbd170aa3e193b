#!/usr/bin/env python3
"""read_parts.py — the read parts' (recall.py READ_PARTS) found quotes whose gold speaker is
longer than the name of rasd's speaker mention and holds its words: the scorer counts them
right (same_name shares a word), so `score -v` never lists them. For each: does the gold go on
with the word after the mention (a clip at the end), the next word's class, tests A and B.

    python3 bench/span70/read_parts.py BUILD > bench/span70/read_parts.txt"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "recall"))
import recall as R  # noqa: E402
import nextword as N  # noqa: E402


def ws(s):
    return [N.norm(w) for w in N.WORD.findall(s or "")]


def main():
    L = N.lists()
    tally = {}
    for part in R.READ_PARTS:
        if part in R.EVENTS_ONLY:
            continue
        gold = R.load(R.LABELS, part)
        out = R.run_rasd(sys.argv[1], gold.keys())
        texts = {d["id"]: d["text"].encode("utf-8") for d in R.articles(set(gold))}
        for i, g in sorted(gold.items()):
            o = out.get(i, {})
            found, _hit, _true = R.match_quotes(g["Q"], o.get("quotes", []))
            for q, m in zip(g["Q"], found):
                if not m or not m[2]:
                    continue
                sp = m[0].get("speaker") or {}
                e = [x for x in o["entities"] if x["start"] == sp.get("start")]
                named = [x for x in o["entities"] if x.get("id") == sp.get("id") and
                         x["text"] == sp.get("name")]
                if e and e[0]["text"] != sp.get("name") and named:
                    e = named[:1]
                if not e:
                    continue
                gw, mw = ws(q["speaker"]), ws(e[0]["text"])
                if len(gw) <= len(mw) or not set(mw) <= set(gw):
                    continue
                w, gap, tag = N.after(texts[i], o, e[0])
                cont = w is not None and not gap.strip() and N.norm(w) in gw
                cls = N.nclass(w, gap, tag, L) if cont else "gold-not-after"
                tally[cls] = tally.get(cls, 0) + 1
                print("\t".join([part, i, str(q["start"]), e[0]["type"], e[0]["text"],
                                 q["speaker"], w or "", cls,
                                 str(int(cont and N.test_list(w, gap, tag, L))),
                                 str(int(cont and N.test_open(w, gap, tag, L))),
                                 str(len(gw) - len(mw))]))
    print("# tally", sorted(tally.items(), key=lambda x: -x[1]))


if __name__ == "__main__":
    main()
