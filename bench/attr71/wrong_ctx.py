#!/usr/bin/env python3
"""wrong_ctx.py — the read parts' "wrong speaker" lines (recall.py score -v) with the text
before each quote's offset, to pick the rows whose speaker is a description or title right
next to the name the gold gives (branch attr71). Usage: wrong_ctx.py V.txt"""
import gzip, json, re, sys

CORPUS = "/work/shared/data/saudinewsnet/articles.jsonl.gz"


def main(path):
    rows = []
    for line in open(path, encoding="utf-8"):
        m = re.match(r"\s*wrong speaker (snn-\d+) (\d+) (.*) <- (.*)$", line)
        if m:
            rows.append((m.group(1), int(m.group(2)), m.group(3), m.group(4)))
    ids = {r[0] for r in rows}
    text = {}
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for l in f:
            d = json.loads(l)
            if d["id"] in ids:
                text[d["id"]] = d["text"].encode("utf-8")
    for aid, off, gold, got in rows:
        b = text[aid]
        ctx = b[max(0, off - 220):off + 60].decode("utf-8", "ignore").replace("\n", " ")
        print(f"{aid} {off}\tgold={gold}\tgot={got}\n    {ctx}")


if __name__ == "__main__":
    main(sys.argv[1])
