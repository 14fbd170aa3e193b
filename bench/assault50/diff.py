#!/usr/bin/env python3
"""assault50: event rows of two rasd builds (each with its own data) on N articles outside
drawn.txt and outside every judged file of bench/assault50/pool.py (shuffled with SEED), by
default and under --event-triggers: the rows removed and added, as judge rows.

    bench/assault50/diff.py OLD_RASD OLD_DATA NEW_RASD NEW_DATA SEED N OUTPREFIX"""
import json, os, random, subprocess, sys, tempfile
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tools"))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from judge_sample import load_articles, write_event_diff  # noqa: E402
import importlib.util  # noqa: E402
_s = importlib.util.spec_from_file_location("a50pool", os.path.join(os.path.dirname(os.path.abspath(__file__)), "pool.py"))
_m = importlib.util.module_from_spec(_s)
_s.loader.exec_module(_m)
judged = _m.judged


def run(rasd, data, path, args):
    out = subprocess.run([rasd, "analyze", "--threads", "2", "--data", data] + args + [path],
                         check=True, capture_output=True).stdout.decode()
    return {json.loads(l)["id"]: json.loads(l) for l in out.splitlines()}


def main(old, old_data, new, new_data, seed, n, prefix):
    seen = {r["article"] for r in judged()}
    docs = [d for d in load_articles() if d["id"] not in seen]
    docs = [docs[i] for i in random.Random(int(seed)).sample(range(len(docs)), int(n))]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as t:
        for d in docs:
            t.write(json.dumps(d, ensure_ascii=False) + "\n")
    for mode, args in (("default", []), ("all", ["--event-triggers"])):
        a, b = run(old, old_data, t.name, args), run(new, new_data, t.name, args)
        with open("%s_%s.tsv" % (prefix, mode), "w", encoding="utf-8") as w:
            cnt = write_event_diff(docs, a, b, w)
        print(seed, n, mode, cnt, file=sys.stderr)
    os.unlink(t.name)


if __name__ == "__main__":
    main(*sys.argv[1:])
