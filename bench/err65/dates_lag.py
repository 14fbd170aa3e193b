#!/usr/bin/env python3
"""bench/err65/dates_lag.py — the date values two builds differ by on the articles (outside
drawn.txt) with a relative day said with its weekday (اليوم|أمس|غدا|أمس الأول|أول (من) أمس +
weekday, bare or in parentheses): the check of err65's rel_day lag (docs/EVENTS.md, branch err65).

  dates_lag.py OLD NEW OUT.tsv [SEED N]
OLD/NEW: a rasd binary, or RASD:DATA. Writes every changed value (id, published, the date's text,
old, new, the text around it, an empty verdict column); with SEED N also prints N of them drawn
by random.Random(SEED) (to judge)."""
import json, os, random, re, subprocess, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import count  # noqa: E402
import gzip  # noqa: E402

WD = r"(?:الجمعة|السبت|الأحد|الاحد|الإثنين|الاثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس)"
FORM = re.compile(r"(?:اليوم|أمس|امس|غدا|غداً|أمس\s+الأول|امس\s+الاول|أمس\s+الاول|أول\s+من\s+أمس"
                  r"|أول\s+أمس)\s+\(?" + WD)


def run(spec, path):
    rasd, _, data = spec.partition(":")
    env = dict(os.environ, **({"RASD_DATA": data} if data else {}))
    out = subprocess.run([rasd, "analyze", "--threads", "1", path], check=True,
                         capture_output=True, env=env).stdout.decode()
    return {d["id"]: d for d in map(json.loads, out.splitlines())}


def main(a):
    skip = count.drawn()
    docs = []
    with gzip.open(count.SNN, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["id"] not in skip and FORM.search(d["text"]):
                docs.append(d)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as t:
        for d in docs:
            t.write(json.dumps(d, ensure_ascii=False) + "\n")
    old, new = run(a[0], t.name), run(a[1], t.name)
    os.unlink(t.name)
    rows = []
    for d in docs:
        b = d["text"].encode()
        o = {(x["start"], x["end"]): x for x in old[d["id"]]["dates"]}
        for x in new[d["id"]]["dates"]:
            y = o.get((x["start"], x["end"]))
            if y and y.get("value") != x.get("value"):
                ctx = b[max(0, x["start"] - 300):x["end"] + 120].decode("utf-8", "ignore")
                rows.append([d["id"], d["published"], x["text"], str(y.get("value")),
                             str(x.get("value")), ctx.replace("\t", " ").replace("\n", " / "), ""])
    with open(a[2], "w", encoding="utf-8") as f:
        f.write("id\tpublished\tdate\told\tnew\tcontext\tverdict\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print("articles %d, changed values %d (in %d articles)" % (len(docs), len(rows),
                                                              len({r[0] for r in rows})))
    if len(a) > 4:
        for r in random.Random(int(a[3])).sample(rows, min(int(a[4]), len(rows))):
            print("\t".join(r[:5]), "\n   ", r[5])


if __name__ == "__main__":
    main(sys.argv[1:])
