#!/usr/bin/env python3
"""rows.py — the event rows of one rasd output over the corpus whose trigger (or sentence)
matches a regex (branch lay67, stop 57): items 2 and 3's counts.

    python3 bench/lay67/rows.py CORPUS.jsonl OUT.jsonl TRIGGER_RE [--sentence RE] [--show N]

CORPUS.jsonl is what was analysed (id, text); OUT.jsonl rasd's output (byte offsets). Prints the count of
rows by kind and by actor count, then N rows (id, kind, trigger, actors, sentence)."""
import argparse, collections, json, re


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("out")
    ap.add_argument("trigger")
    ap.add_argument("--sentence")
    ap.add_argument("--show", type=int, default=0)
    a = ap.parse_args()
    tx, sx = re.compile(a.trigger), re.compile(a.sentence) if a.sentence else None
    text = {}
    for line in open(a.corpus, encoding="utf-8"):
        d = json.loads(line)
        text[d["id"]] = d["text"].encode()
    count, rows = collections.Counter(), []
    for line in open(a.out, encoding="utf-8", errors="replace"):
        try:
            d = json.loads(line)
        except ValueError:
            continue
        t = text[d["id"]]
        for e in d["events"]:
            trig = t[e["trigger"][0]:e["trigger"][1]].decode(errors="replace")
            sent = t[e["sentence"][0]:e["sentence"][1]].decode(errors="replace")
            if not tx.search(trig) or (sx and not sx.search(sent)):
                continue
            acts = [x.get("name") or "" for x in e.get("actors") or []]
            count[(e["type"], len(acts))] += 1
            rows.append((d["id"], e["type"], trig, ";".join(acts), e.get("date"),
                         sent.replace("\n", " ")))
    for k, v in sorted(count.items()):
        print("kind", k[0], "actors", k[1], "rows", v)
    print("rows", len(rows), "articles", len({r[0] for r in rows}))
    for r in rows[:a.show]:
        print(*r, sep="\t")


if __name__ == "__main__":
    main()
