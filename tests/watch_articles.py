#!/usr/bin/env python3
"""watch_articles.py N OUT [SNN] — the articles the fixture server of tests/cli_watch.sh and
bench/watch.sh renders as pages: N records {id, title, text, published, author} in JSON
Lines. With SNN (../shared/data/saudinewsnet/articles.jsonl.gz) the first N SaudiNewsNet
articles with a text of 300 bytes or more; without it (the core tier) rasd's own test
articles of tests/data/news, each repeated with its paragraphs in another order and its own
opening line, so that every page has a text of its own."""
import gzip
import json
import os
import sys

n, out = int(sys.argv[1]), sys.argv[2]
snn = sys.argv[3] if len(sys.argv) > 3 else None
recs = []
if snn:
    with gzip.open(snn, "rt", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            if len(a.get("text", "").encode("utf-8")) < 300:
                continue
            recs.append({k: a.get(k) for k in ("id", "title", "text", "published", "author")})
            if len(recs) == n:
                break
else:
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "news")
    base = []
    for name in sorted(os.listdir(here)):
        if name.endswith(".txt") and "bad_utf8" not in name:
            with open(os.path.join(here, name), encoding="utf-8") as f:
                paras = [p.strip() for p in f.read().split("\n") if p.strip()]
            base.append((name[:-4], paras))
    for i in range(n):
        key, paras = base[i % len(base)]
        k = i // len(base)
        rot = paras[k % len(paras):] + paras[:k % len(paras)]
        recs.append({"id": "core-%03d" % i,
                     "title": "%s: %s" % (rot[0][:60], "تقرير رقم %d" % i),
                     "text": "\n".join(["هذا التقرير رقم %d من سلسلة تقارير الاختبار عن %s." % (i, key)] + rot),
                     "published": "2015-09-%02d 10:00:00" % (1 + i % 28),
                     "author": "مراسل الاختبار"})
with open(out, "w", encoding="utf-8") as f:
    for r in recs:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
