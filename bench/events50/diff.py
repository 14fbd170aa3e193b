#!/usr/bin/env python3
"""events50: event rows of `rasd analyze` on N articles outside drawn.txt (shuffled with SEED,
or every article when N is 0, or those matching the regex $GREP), OLD rasd vs NEW rasd (two builds, or one build
with two data folders: RASD[:DATA]); the rows removed and added, as judge rows
(tools/judge_sample.py's event_row; a last column for the verdict).

    bench/events50/diff.py OLD NEW SEED N OUT.tsv [analyze flags…]"""
import json, os, random, subprocess, sys, tempfile
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tools"))
from judge_sample import load_articles, write_event_diff  # noqa: E402


def run(spec, flags, path):
    rasd, _, data = spec.partition(":")
    cmd = [rasd, "analyze", "--threads", "2"] + flags + (["--data", data] if data else [])
    out = subprocess.run(cmd + [path], check=True, capture_output=True).stdout.decode()
    return {json.loads(l)["id"]: json.loads(l) for l in out.splitlines()}


def main(old, new, seed, n, out, *flags):
    docs = load_articles()
    if os.environ.get("GREP"):   # development: only the articles holding the form's words
        import re
        docs = [d for d in docs if re.search(os.environ["GREP"], d["text"])]
    elif int(n):
        docs = [docs[i] for i in random.Random(int(seed)).sample(range(len(docs)), int(n))]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as t:
        for d in docs:
            t.write(json.dumps(d, ensure_ascii=False) + "\n")
    a, b = run(old, list(flags), t.name), run(new, list(flags), t.name)
    os.unlink(t.name)
    with open(out, "w", encoding="utf-8") as w:
        cnt = write_event_diff(docs, a, b, w, blanks=1)
    print(seed, len(docs), cnt, file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:])
