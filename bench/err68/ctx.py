#!/usr/bin/env python3
"""bench/err68/ctx.py — unseen36's missed and false rows with their text and rasd's rows.

  ctx.py RASD VFILE   VFILE: `recall.py score --split unseen36 -v` lines (missed/extra)
Prints, per row, the paragraph bytes around the offset and the article's rasd quotes/events
near it (for classing; the start binary is /tmp/start60/r.sh)."""
import json, os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "recall"))
import recall  # noqa: E402


def main(rasd, vfile):
    rows = [l.split() for l in open(vfile, encoding="utf-8") if l.strip().startswith(("missed", "extra"))]
    ids = sorted({r[2] if r[1] == "event" else r[1] for r in rows})
    docs = {d["id"]: d for d in recall.articles(set(ids))}
    out = recall.analyze_docs(rasd, list(docs.values()))
    for l in open(vfile, encoding="utf-8"):
        p = l.split()
        if not p or p[0] not in ("missed", "extra"):
            continue
        print("#" * 8, l.strip())
        aid = p[2] if p[1] == "event" else p[1]
        b = docs[aid]["text"].encode()
        if p[1] != "event":
            s, e = int(p[2]), int(p[3])
            print("TEXT:", b[max(0, s - 250):s].decode("utf-8", "ignore"), "[[",
                  b[s:e].decode("utf-8", "ignore"), "]]", b[e:e + 80].decode("utf-8", "ignore"))
            for q in out[aid].get("quotes", []):
                if q.get("start", 0) < e + 400 and q.get("end", 0) > s - 400:
                    print("  SYS Q", q.get("start"), q.get("end"), q.get("speaker"),
                          b[q["start"]:q["end"]].decode("utf-8", "ignore")[:100])
        else:
            for ev in out[aid].get("events", []):
                print("  SYS E", json.dumps(ev, ensure_ascii=False)[:300])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
