#!/usr/bin/env python3
"""bench/scale.py SRC.jsonl.gz N [SEED] — writes N articles as JSON Lines to standard output.

The first min(N, len(SRC)) are SRC's articles in file order. Beyond that come rounds of
len(SRC) articles each (the last one shorter), round k (1, 2, ...) set k * SHIFT_DAYS days
after SRC, so that a million articles span years (32 rounds of 30 days: 2 years and 8
months) and keep SRC's daily density, as a longer stream of the same news would; an engine
that keeps state per time window (stories) sees its window move, not 1M articles in 22 days.

Each article of a round is drawn from SRC with replacement (random.Random(SEED), default 1)
and gets a new id "syn-0000001"…, its source, its title and its publication time moved by
the round's shift. Its text is not a copy: the first half of its paragraphs and the second
half of the paragraphs of another article drawn from the same day, so duplicate detection
does not see 1M exact copies (which would all join their source's story and skip the story
scorer). No word is invented; only whole paragraphs are put together. A round's articles are
written in order of their publication time, as a feed delivers them.
"""
import datetime
import gzip
import json
import random
import sys

SHIFT_DAYS = 30


def shifted(published: str, days: int) -> str:
    """published ("YYYY-MM-DD HH:MM:SS" or ISO 8601 with T) moved by days; unchanged when
    it does not parse (an undated article stays undated)."""
    try:
        t = datetime.datetime.fromisoformat(published.replace("Z", "+00:00"))
    except (AttributeError, ValueError):
        return published
    sep = "T" if "T" in published else " "
    return (t + datetime.timedelta(days=days)).isoformat(sep)


def paragraphs(text: str) -> list:
    parts = [p for p in text.split("\n") if p.strip()]
    return parts if parts else [text]


def mixed(a: dict, b: dict) -> str:
    pa, pb = paragraphs(a.get("text", "")), paragraphs(b.get("text", ""))
    ha, hb = (len(pa) + 1) // 2, len(pb) // 2
    return "\n".join(pa[:ha] + pb[hb:])


def main() -> int:
    if len(sys.argv) not in (3, 4):
        print(__doc__, file=sys.stderr)
        return 2
    src, n = sys.argv[1], int(sys.argv[2])
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) == 4 else 1)
    with gzip.open(src, "rt", encoding="utf-8") as f:
        lines = [line for line in f if line.strip()]
    out = sys.stdout
    for line in lines[:n]:
        out.write(line if line.endswith("\n") else line + "\n")
    recs = [json.loads(line) for line in lines] if n > len(lines) else []
    by_day = {}
    for i, r in enumerate(recs):
        by_day.setdefault(str(r.get("published", ""))[:10], []).append(i)
    made, k = 0, 0
    while made < n - len(lines):
        k += 1
        batch = []
        for _ in range(min(len(lines), n - len(lines) - made)):
            a = recs[rng.randrange(len(recs))]
            b = recs[rng.choice(by_day[str(a.get("published", ""))[:10]])]
            rec = dict(a)
            rec["published"] = shifted(a.get("published", ""), k * SHIFT_DAYS)
            rec["text"] = mixed(a, b)
            rec.pop("url", None)
            batch.append(rec)
        batch.sort(key=lambda r: str(r.get("published", "")))
        for rec in batch:
            made += 1
            rec["id"] = "syn-%07d" % made
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
