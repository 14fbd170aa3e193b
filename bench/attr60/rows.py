#!/usr/bin/env python3
"""attr60: every found gold quote of the read parts (dev … unseen28; dev5 has no quotes)
whose rasd speaker is wrong or empty, with the mechanism that chose it (QT_HOW/QT_SUB of a
-DQT_TRACE build: tools/quote_mechanisms.py) and its sentence (spk59's rows.py, empty rows
added). Usage: rows.py RASD_TRACE [LAST] > rows.tsv, LAST the last unseen part read (28 at
attr60, 29 at attr61). Columns: part, article, gold start, gold
speaker, rasd speaker (empty: -), cue, mechanism, speaker before/after, context."""
import json, os, re, subprocess, sys, tempfile
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "recall"))
import recall as R


def parts(last):
    return ["dev", "dev2", "dev3", "dev4", "unseen"] + ["unseen%d" % k for k in range(2, last + 1)]


def context(b, a, z):
    s = b[max(0, a - 160):z].decode("utf-8", "ignore")
    return re.sub(r"\s+", " ", s)


def traced(rasd, docs):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as t:
        for d in docs:
            t.write(json.dumps(d, ensure_ascii=False) + "\n")
    r = subprocess.run([rasd, "analyze", "--threads", "1", t.name], capture_output=True)
    os.unlink(t.name)
    outs = [json.loads(l) for l in r.stdout.decode().splitlines()]
    trace = []
    for l in r.stderr.decode().splitlines():
        if l == "QDOC":
            trace.append({})
        elif l.startswith("QTRACE"):
            _, a, z, how, sub = l.split()
            trace[-1].setdefault((int(a), int(z)), how + (sub if how.endswith("+") else ""))
    assert len(trace) == len(outs)
    return {o["id"]: o for o in outs}, {o["id"]: t for o, t in zip(outs, trace)}


def main(rasd, order):
    gold, part = {}, {}
    for p in order:
        for i, v in R.load(R.LABELS, p).items():
            gold[i], part[i] = v, p
    docs = {d["id"]: d for d in R.articles(set(gold))}
    out, tr = traced(rasd, list(docs.values()))
    n = 0
    for i in sorted(gold, key=lambda x: (order.index(part[x]), x)):
        sq = out.get(i, {}).get("quotes", [])
        found, _h, _t = R.match_quotes(gold[i]["Q"], sq)
        b = docs[i]["text"].encode("utf-8")
        for q, m in zip(gold[i]["Q"], found):
            if not m or m[2]:
                continue
            best = m[0]
            sp = best.get("speaker") or {}
            s0 = sp.get("start", best["start"])
            a = min(s0, best["start"], q["start"])
            n += 1
            print("\t".join([str(n), part[i], i, str(q["start"]), q["speaker"],
                             ";".join(m[1]) or "-", best.get("cue", "") or "-",
                             tr.get(i, {}).get((best["start"], best["end"]), "?"),
                             "before" if s0 < best["start"] else "after",
                             context(b, a, best["start"] + 80)]))


if __name__ == "__main__":
    main(sys.argv[1], parts(int(sys.argv[2]) if len(sys.argv) > 2 else 28))
