#!/usr/bin/env python3
"""tag.py — acr64: what the recogniser and resolver make of each spelling of an acronym.

Takes the articles (outside drawn.txt) with a run of letter names (count.py's runs) whose key
is spelt two ways or more over the corpus, analyses them with RASD, and for every run says
whether a mention covers it (whole, part, none), its type and id, and whether a sentence
boundary falls inside it. Prints per spelling, then ids per key.
Usage: tag.py RASD CORPUS.jsonl.gz drawn.txt [MAX]
"""
import collections, gzip, json, os, subprocess, sys, tempfile
sys.path.insert(0, os.path.dirname(__file__))
import importlib.util
spec = importlib.util.spec_from_file_location("count", os.path.join(os.path.dirname(__file__), "count.py"))

src = open(spec.origin).read().replace("\nmain()\n", "\n")
count = {}
exec(compile(src, spec.origin, "exec"), count)


def main():
    rasd, corpus, drawn_f = sys.argv[1:4]
    cap = int(sys.argv[4]) if len(sys.argv) > 4 else 100000
    drawn = {l.split()[0] for l in open(drawn_f) if l.strip()}
    arts, keys_kinds = [], collections.defaultdict(set)
    for line in gzip.open(corpus, "rt"):
        a = json.loads(line)
        if a["id"] in drawn:
            continue
        text = (a.get("title") or "") + "\n" + (a.get("text") or "")
        rs = list(count["runs"](text))
        if rs:
            arts.append((a["id"], a["source"], text, rs))
            for r in rs:
                keys_kinds[r[2]].add(r[3])
    multi = {k for k, v in keys_kinds.items() if len(v) > 1}
    arts = [x for x in arts if any(r[2] in multi for r in x[3])][:cap]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        for aid, _, text, _ in arts:
            f.write(json.dumps({"id": aid, "text": text}, ensure_ascii=False) + "\n")
        path = f.name
    out = subprocess.run([rasd, "analyze", "--no-events", path], capture_output=True, text=True).stdout
    res = {}
    for line in out.splitlines():
        d = json.loads(line)
        res[d["id"]] = d
    by_kind = collections.defaultdict(collections.Counter)
    ids = collections.defaultdict(lambda: collections.defaultdict(set))
    for aid, src_, text, rs in arts:
        d = res.get(aid)
        if not d:
            continue
        b = text.encode()
        for s, e, key, kind, pre in rs:
            if key not in multi:
                continue
            bs, be = len(text[:s].encode()), len(text[:e].encode())
            c = by_kind[kind]
            c["runs"] += 1
            cut = any(bs < x[0] < be for x in d["sentences"])
            c["cut into sentences"] += cut
            ms = [m for m in d.get("entities", []) if m["start"] < be and m["end"] > bs]
            if not ms:
                c["no mention"] += 1
                continue
            whole = [m for m in ms if m["start"] <= bs + len(pre.encode()) and m["end"] >= be]
            c["one mention covers it" if whole else "cut over mentions"] += 1
            for m in (whole or ms):
                c["type " + m["type"]] += 1
                ids[key][m["id"]].add(m["text"])
    print(f"articles analysed: {len(arts)} (runs of keys spelt two ways or more)")
    for kind, c in sorted(by_kind.items(), key=lambda x: -x[1]["runs"]):
        print(f"  {kind}: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items(), key=lambda x: -x[1])))
    nk = len(ids)
    n1 = sum(1 for v in ids.values() if len(v) == 1)
    print(f"keys seen in mentions: {nk}; with one id: {n1}; with two or more ids: {nk - n1}; "
          f"ids in all: {sum(len(v) for v in ids.values())}")
    for key in sorted(ids, key=lambda k: -len(ids[k]))[:25]:
        forms = sorted({t for v in ids[key].values() for t in v}, key=len)[:6]
        print(f"  {key}: {len(ids[key])} ids; " + " / ".join(f"«{t}»" for t in forms))


main()
