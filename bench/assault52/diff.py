#!/usr/bin/env python3
"""assault52: the default event rows of two rasd builds (each with its own data, found from its
own tree) on N articles outside drawn.txt (shuffled with SEED): the rows removed and added, as
judge rows (tools/judge_sample.py), with the published date.

    bench/assault52/diff.py OLD_RASD NEW_RASD SEED N OUT.tsv [SEED:N,...]

The optional last argument leaves out the articles of earlier draws: stages separated by
"/", each a list of SEED:N drawn (as this one draws) from what the stages before it left. The
draws of bench/assault52: 5252 6000 and 5253 9000 from the whole pool (they share articles;
5253's rows were deduplicated by hand), 5254 9000 with 5252:6000,5253:9000, 5255 9000 with
5252:6000,5253:9000/5254:9000."""
import json, os, random, subprocess, sys, tempfile
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tools"))
from judge_sample import load_articles, write_event_diff  # noqa: E402


def run(rasd, path):
    out = subprocess.run(["nice", "-n", "5", rasd, "analyze", "--threads", "2", path],
                         check=True, capture_output=True).stdout.decode()
    return {json.loads(l)["id"]: json.loads(l) for l in out.splitlines()}


def main(old, new, seed, n, out, exclude=""):
    docs = load_articles()
    for stage in filter(None, exclude.split("/")):   # stages in order: each stage's draws
        seen = set()                                  # are made from what the stages
        for p in filter(None, stage.split(",")):      # before it left
            s0, n0 = p.split(":")
            seen |= {docs[i]["id"] for i in random.Random(int(s0)).sample(range(len(docs)),
                                                                           int(n0))}
        docs = [d for d in docs if d["id"] not in seen]
    docs = [docs[i] for i in random.Random(int(seed)).sample(range(len(docs)), int(n))]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as t:
        for d in docs:
            t.write(json.dumps(d, ensure_ascii=False) + "\n")
    try:
        a, b = run(old, t.name), run(new, t.name)
    finally:
        os.unlink(t.name)
    with open(out, "w", encoding="utf-8") as w:
        cnt = write_event_diff(docs, a, b, w)
    print(seed, n, cnt, file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:])
