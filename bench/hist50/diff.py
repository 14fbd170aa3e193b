#!/usr/bin/env python3
"""hist50: event rows of two rasd builds (each with its own data) on N SaudiNewsNet articles
outside drawn.txt and outside every article of bench/judged/*.tsv (shuffled with SEED), in
the default output and under --event-triggers: the rows removed, added or changed (same
trigger, other fields), as judge rows with empty verdict and reason.

    bench/hist50/diff.py OLD_RASD OLD_DATA NEW_RASD NEW_DATA SEED N OUT.tsv"""
import glob, json, os, random, subprocess, sys, tempfile
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tools"))
from judge_sample import load_articles, event_row  # noqa: E402


def judged():
    ids = set()
    for f in glob.glob(os.path.join(ROOT, "bench", "judged", "*.tsv")):
        for line in open(f, encoding="utf-8"):
            ids.update(w for w in line.split("\t") if w.startswith("snn-"))
    return ids


def run(rasd, data, path, args):
    out = subprocess.run([rasd, "analyze", "--threads", "2", "--data", data] + args + [path],
                         check=True, capture_output=True).stdout.decode()
    return {json.loads(l)["id"]: json.loads(l) for l in out.splitlines()}


def main(old, old_data, new, new_data, seed, n, out):
    seen = judged()
    docs = [d for d in load_articles() if d["id"] not in seen]
    docs = [docs[i] for i in random.Random(int(seed)).sample(range(len(docs)), int(n))]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as t:
        for d in docs:
            t.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(out, "w", encoding="utf-8") as w:
        w.write("mode\tchange\tarticle\tkind\tstart\tstatus\tdate\tdated\tactors\tplace\tcue"
                "\ttext\told_date\tverdict\treason\n")
        for mode, args in (("default", []), ("all", ["--event-triggers"])):
            a, b = run(old, old_data, t.name, args), run(new, new_data, t.name, args)
            cnt = {"old": 0, "new": 0, "removed": 0, "added": 0, "changed": 0}
            for d in docs:
                ea = {tuple(e["trigger"]): e for e in a[d["id"]].get("events", [])}
                eb = {tuple(e["trigger"]): e for e in b[d["id"]].get("events", [])}
                cnt["old"] += len(ea)
                cnt["new"] += len(eb)
                for k in sorted(set(ea) | set(eb)):
                    x, y = ea.get(k), eb.get(k)
                    if x and y and json.dumps(x, sort_keys=True) == json.dumps(y, sort_keys=True):
                        continue
                    tag = "removed" if not y else "added" if not x else "changed"
                    cnt[tag] += 1
                    row = event_row(d, y or x)
                    w.write("\t".join([mode, tag, d["id"]] + row +
                                      [(x or {}).get("date") or "", "", ""]) + "\n")
            print(seed, n, mode, cnt, file=sys.stderr)
    os.unlink(t.name)


if __name__ == "__main__":
    main(*sys.argv[1:])
