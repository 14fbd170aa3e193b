#!/usr/bin/env python3
"""bench/err65/hostpool.py — the sentences that open with a reception or meeting verb
(استقبل، التقى; و or كما before it) in the corpus outside drawn.txt, each run through a rasd
as a one-sentence article with its article's date: how many give no host/meet event, and of
those how many hold a person named past the verb's subject reach (e9's form).

  hostpool.py RASD OUT.tsv    writes id, published, found kinds, the sentence"""
import gzip, json, os, re, subprocess, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import count  # noqa: E402

OPEN = re.compile(r"^(?:و|كما\s+|ف)?(?:استقبل|التقى)\s")


def main(rasd, out):
    skip = count.drawn()
    docs, seen = [], set()
    with gzip.open(count.SNN, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["id"] in skip:
                continue
            for k, s in enumerate(re.split(r"(?<=\.)\s+|\n+", d["text"])):
                s = s.strip()
                if OPEN.match(s) and s not in seen:
                    seen.add(s)
                    docs.append({"id": "%s#%d" % (d["id"], k), "published": d["published"],
                                 "title": "", "text": s})
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as t:
        for d in docs:
            t.write(json.dumps(d, ensure_ascii=False) + "\n")
    res = subprocess.run([rasd, "analyze", "--threads", "1", t.name], check=True,
                         capture_output=True).stdout.decode()
    os.unlink(t.name)
    got = {}
    for l in res.splitlines():
        r = json.loads(l)
        got[r["id"]] = sorted({e["type"] for e in r.get("events", [])})
    n = miss = 0
    with open(out, "w", encoding="utf-8") as o:
        for d in docs:
            k = got.get(d["id"], [])
            n += 1
            hit = "host" in k or "meet" in k
            miss += not hit
            o.write("%s\t%s\t%s\t%s\n" % (d["id"], d["published"], ",".join(k) or "-", d["text"]))
    print("sentences %d, with a host or meet event %d, without %d" % (n, n - miss, miss))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
