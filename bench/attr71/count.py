#!/usr/bin/env python3
"""count.py — the form of branch attr71 in the corpus outside drawn.txt: a quote whose speaker
is a description or title (no id, or a title's holder from elsewhere) right before a PER
mention of the recogniser, with nothing between but «،», a bracket-free mark or one short
linking word (عنه، منه، فيها …), the PER mention ending before the quote and its cue.

    python3 bench/attr71/count.py RASD[:DATA] [--show N] [--judged] [--cache OUT.jsonl]

Runs `rasd analyze --threads 2` (nice) on the whole pool (fresh.pool: corpus outside
drawn.txt; --judged keeps the judged articles too, else they are left out) and prints the
count by sub-form: D (a description with no id) and T (a speaker with an id whose own span
is a title: a PER mention other than the speaker's starts right after it), with N examples."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "recall"))
import fresh  # noqa: E402

LINK = re.compile(r"^[\s،,:\-–]*(?:(?:عنه|عنها|منه|منها|فيه|فيها|بها|به|لها|له)[\s،,]*)?$")


def gap_ok(b, s, e):
    return e >= s and e - s <= 40 and LINK.match(b[s:e].decode("utf-8", "ignore")) is not None


def forms(doc, text):
    b = text.encode("utf-8")
    pers = [e for e in doc["entities"] if e["type"] == "PER"]
    for q in doc["quotes"]:
        sp = q.get("speaker") or {}
        if "end" not in sp or sp.get("end") is None:
            continue
        for e in pers:
            if e["start"] < sp["end"] or q["start"] <= e["start"] < q["end"]:
                continue
            if not gap_ok(b, sp["end"], e["start"]):
                continue
            if sp.get("id") is None:
                yield "D", q, sp, e, b
            elif sp["id"] != e["id"] and sp.get("name") != e["name"]:
                yield "T", q, sp, e, b
            break


def main(argv):
    build = argv[0]
    show = int(argv[argv.index("--show") + 1]) if "--show" in argv else 0
    excl = () if "--judged" in argv else fresh.judged_ids()
    docs = fresh.pool(exclude=excl)
    if "--cache" in argv and os.path.exists(argv[argv.index("--cache") + 1]):
        out = fresh.load_output(argv[argv.index("--cache") + 1])
    else:
        out = fresh.analyze(build, docs)
        if "--cache" in argv:
            with open(argv[argv.index("--cache") + 1], "w", encoding="utf-8") as f:
                for v in out.values():
                    f.write(json.dumps(v, ensure_ascii=False) + "\n")
    text = {d["id"]: d["text"] for d in docs}
    n = {"D": 0, "T": 0}
    arts = set()
    for aid in sorted(out):
        for k, q, sp, e, b in forms(out[aid], text[aid]):
            n[k] += 1
            arts.add(aid)
            if n[k] <= show:
                ctx = b[sp["start"]:min(len(b), q["start"] + 40)].decode("utf-8", "ignore")
                print(f"{k} {aid} {q['start']} speaker={sp.get('name')} name={e['name']}"
                      f" cue={q.get('cue')}\n    {ctx}")
    print(f"pool {len(docs)} articles: D {n['D']} T {n['T']} (articles {len(arts)})")


if __name__ == "__main__":
    main(sys.argv[1:])
