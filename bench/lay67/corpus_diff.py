#!/usr/bin/env python3
"""corpus_diff.py — the rows two saved `rasd analyze` outputs of the whole corpus (outside
drawn.txt) differ by, as fresh.py writes them (branch lay67, stop 57): each item's corpus count.

    python3 bench/lay67/corpus_diff.py CORPUS.jsonl OLD.jsonl NEW.jsonl OUT.tsv

Writes fresh.py's judge rows (events, then quotes) with one more column, "judged" (1 when the
article is named in bench/judged), and prints the counts by part, change and judged."""
import collections, json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "recall"))
import fresh  # noqa: E402


def load(path):
    out = {}
    for line in open(path, encoding="utf-8", errors="replace"):
        try:
            d = json.loads(line)
        except ValueError:
            continue
        out[d["id"]] = d
    return out


def main():
    corpus, old, new, dest = sys.argv[1:5]
    docs = [json.loads(l) for l in open(corpus, encoding="utf-8")]
    a, b, judged = load(old), load(new), fresh.judged_ids()
    cnt = collections.Counter()
    with open(dest, "w", encoding="utf-8") as w:
        w.write("\t".join(fresh.HEAD + ["judged"]) + "\n")
        for part in ("events", "quotes"):
            no = 0
            for tag, d, o, n in fresh.changes(docs, a, b, part):
                no += 1
                j = int(d["id"] in judged)
                cnt[(part, tag, j)] += 1
                r = fresh.judge_row(d, n or o, part)
                w.write("\t".join([part, str(no), tag, d["id"], d.get("published", "")] + r +
                                  [fresh.was(d, o, n, part) if tag == "changed" else "", "", "",
                                   str(j)]) + "\n")
    for k, v in sorted(cnt.items()):
        print(*k, v)


if __name__ == "__main__":
    main()
