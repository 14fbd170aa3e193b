#!/usr/bin/env python3
"""fresh.py — one fresh-draw frame for every branch (branch mend54, stop 46): the rows of two
rasd builds that differ on a random draw of SaudiNewsNet articles outside drawn.txt.

    python3 bench/recall/fresh.py --old A --new B --seed S --n N [--events|--quotes]
        [--kind K] [--flags "--event-triggers"] [--skip SEED:N[,SEED:N][/SEED:N…]]
        [--exclude-judged] [--grep REGEX] [--out OUT.tsv]

A and B are builds: a binary, or BINARY:DATA for a binary with its own data folder (else the
binary finds its data as it does: $RASD_DATA, then beside the binary). Both analyse the same
articles with the same flags (`rasd analyze --threads 2`, nice 5). The draw: the articles of
the corpus outside bench/recall/drawn.txt (every part, unseen23 too), in corpus order (= id
order), less --exclude-judged (every article bench/judged/*.tsv names) and --skip (earlier
draws, as bench/assault52/diff.py leaves them out: stages split by "/", each stage's draws made
from what the stages before left), less those whose text does not match --grep; then
`random.Random(S).sample` of N of them (N = A:B: that slice of a sample of the whole pool, so
that slices of one seed are disjoint draws). --events (default) or --quotes or both.

Rows are keyed (events by kind and trigger, quotes by span): a key in one output only is a row
"removed" or "added", a key in both whose rows differ is "changed" (the old row's fields that
differ in the "was" column). Output (OUT.tsv or stdout): judge rows with empty verdict and
reason columns, in the columns of tools/judge_sample.py (`judge_sample.py score OUT.tsv`
counts a judged file): sample no change article published kind start status date dated actors
place|speaker cue text was verdict reason. Counts by change and kind go to stderr.

As a module, the pieces the bench scripts share: pool(), judged_ids(), skip_draws(), sample(),
shuffled(), permuted(), write_docs(), run(), analyze(), load_output(), rows_by(), changes(),
write_event_diff(), event_row(), quote_row(), was(). Python stdlib only."""
import argparse
import collections
import csv
import glob
import json
import os
import random
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "tools"))
import recall as R  # noqa: E402  (bench/recall/recall.py: the corpus and drawn.txt)
from judge_sample import event_row, quote_row  # noqa: E402,F401  (the judge rows' columns)

HEAD = ["sample", "no", "change", "article", "published", "kind", "start", "status", "date",
        "dated", "actors", "place|speaker", "cue", "text", "was", "verdict", "reason"]
ROW = HEAD[5:14]   # the fields event_row and quote_row give


# ---------------------------------------------------------------- the draw

def drawn_ids():
    return {i for i, _ in R.drawn()}


def pool(exclude=(), grep=None):
    """The corpus outside drawn.txt and exclude, in corpus order (= id order), with grep (a
    regex, compiled or not, or a function of the text) matching its text when given."""
    avoid = drawn_ids() | set(exclude)
    test = re.compile(grep).search if isinstance(grep, str) else getattr(grep, "search", grep)
    docs = [d for d in R.articles() if d["id"] not in avoid and (test is None or test(d["text"]))]
    return sorted(docs, key=lambda d: d["id"])


def judged_ids(article_column=False):
    """Articles named in bench/judged/*.tsv: any field that is an id (article_column: only the
    column "article")."""
    ids = set()
    for f in glob.glob(os.path.join(ROOT, "bench", "judged", "*.tsv")):
        with open(f, encoding="utf-8") as fh:
            if article_column:
                ids.update(r["article"] for r in csv.DictReader(fh, delimiter="\t",
                                                                quoting=csv.QUOTE_NONE)
                           if r.get("article"))
            else:
                for line in fh:
                    ids.update(w for w in line.split("\t") if w.startswith("snn-"))
    return ids


def sample(docs, seed, n):
    """random.Random(seed).sample of n of docs, in draw order; n "A:B": that slice of a sample
    of all of docs (permuted)."""
    if isinstance(n, str) and ":" in n:
        lo, hi = (int(v) for v in n.split(":"))
        return permuted(docs, seed, lo, hi)
    return [docs[i] for i in random.Random(int(seed)).sample(range(len(docs)), int(n))]


def permuted(docs, seed, lo=0, hi=None):
    """Slice lo:hi of random.Random(seed).sample(docs, len(docs)) (disjoint slices)."""
    order = random.Random(int(seed)).sample(range(len(docs)), len(docs))
    return [docs[i] for i in order[lo:hi]]


def shuffled(docs, seed, skip=0, n=None):
    """Slice skip:skip+n of a copy of docs shuffled with random.Random(seed).shuffle."""
    docs = list(docs)
    random.Random(int(seed)).shuffle(docs)
    return docs[int(skip):None if n is None else int(skip) + int(n)]


def skip_draws(docs, spec):
    """docs less earlier draws: spec "S:N,S:N/S:N", stages split by "/", each stage's sample()
    draws made from what the stages before it left."""
    for stage in filter(None, (spec or "").split("/")):
        seen = set()
        for p in filter(None, stage.split(",")):
            s0, n0 = p.split(":")
            seen |= {d["id"] for d in sample(docs, int(s0), int(n0))}
        docs = [d for d in docs if d["id"] not in seen]
    return docs


# ---------------------------------------------------------------- the builds

def write_docs(docs, path):
    with open(path, "w", encoding="utf-8") as t:
        for d in docs:
            t.write(json.dumps(d, ensure_ascii=False) + "\n")


def run(build, path, flags=(), threads=2, data=None, stdout=None):
    """`rasd analyze` of the records of path by build ("RASD" or "RASD:DATA"; data overrides
    DATA), nice 5: its output as text, or written to the open file stdout."""
    rasd, _, own = build.partition(":")
    data = data or own
    cmd = ["nice", "-n", "5", rasd, "analyze", "--threads", str(threads)] + list(flags)
    cmd += ["--data", data] if data else []
    if stdout is not None:
        subprocess.run(cmd + [path], check=True, stdout=stdout)
        return None
    return subprocess.run(cmd + [path], check=True, capture_output=True).stdout.decode()


def analyze(build, docs, flags=(), threads=2, data=None):
    """`rasd analyze` of docs (records) by build (as run()): id -> the article's output."""
    fd, path = tempfile.mkstemp(suffix=".jsonl")
    os.close(fd)
    try:
        write_docs(docs, path)
        out = run(build, path, flags, threads, data)
    finally:
        os.unlink(path)
    return {json.loads(l)["id"]: json.loads(l) for l in out.splitlines()}


def analyze_cached(build, docs, cache):
    """analyze(build, docs), read from the JSON file cache when it is there, else written to
    it: a measurement rerun on the same draw runs rasd once."""
    if os.path.exists(cache):
        with open(cache, encoding="utf-8") as f:
            return json.load(f)
    out = analyze(build, docs)
    with open(cache, "w", encoding="utf-8") as f:
        json.dump(out, f)
    return out


def load_output(path):
    """A saved `rasd analyze` output (or records file): id -> record."""
    with open(path, encoding="utf-8") as f:
        return {json.loads(l)["id"]: json.loads(l) for l in f}


# ---------------------------------------------------------------- the rows

def event_key(e):
    return (e["type"], tuple(e["trigger"]))


def quote_key(q):
    return (q["start"], q["end"])


def whole(r):
    """A row's whole JSON (a key under which no row is "changed")."""
    return json.dumps(r, sort_keys=True)


def rows_by(out, part="events", key=None, keep=None):
    """One article's rows (part "events" or "quotes"), keep(row) holding, by key(row): the
    first row's place, the last row's value (as a dict comprehension keeps them)."""
    key = key or (event_key if part == "events" else quote_key)
    res = {}
    for r in (out or {}).get(part, []) or []:
        if keep is None or keep(r):
            res[key(r)] = r
    return res


def changes(docs, a, b, part="events", key=None, keep=None, same=whole, order=None):
    """Each article's rows that differ between outputs a (old) and b (new), id -> output:
    (change, doc, old, new) with change "removed", "added" or "changed" (a key in both whose
    rows differ under same), in docs order; within an article by sorted key (order None),
    by a sort key of the row key (order a function), or the removed in a's order then the
    added in b's (order "sides")."""
    key = key or (event_key if part == "events" else quote_key)
    for d in docs:
        x = rows_by(a.get(d["id"]), part, key, keep)
        y = rows_by(b.get(d["id"]), part, key, keep)
        if order == "sides":
            ks = [k for k in x if k not in y] + [k for k in y if k not in x]
        else:
            ks = sorted(set(x) | set(y), key=order)
        for k in ks:
            old, new = x.get(k), y.get(k)
            if old is not None and new is not None and same(old) == same(new):
                continue
            yield ("removed" if new is None else "added" if old is None else "changed",
                   d, old, new)


def write_event_diff(docs, a, b, w, blanks=2):
    """The event rows of each article in docs that one of two outputs (a, old; b, new: id ->
    the article's output) holds and the other does not (whole rows), written to w as judge rows
    tagged "removed" or "added" with `blanks` empty columns; returns the counts (removed, added,
    and the rows of each side). (Was tools/judge_sample.py's, which now calls this one.)"""
    cnt = {"removed": 0, "added": 0, "old": 0, "new": 0}
    for d in docs:
        cnt["old"] += len(rows_by(a[d["id"]], key=whole))
        cnt["new"] += len(rows_by(b[d["id"]], key=whole))
    for tag, d, old, new in changes(docs, a, b, key=whole, order="sides"):
        cnt[tag] += 1
        w.write("\t".join([tag, d["id"]] + event_row(d, old or new) + [""] * blanks) + "\n")
    return cnt


def judge_row(d, r, part="events"):
    return (event_row if part == "events" else quote_row)(d, r)


def was(d, old, new, part="events"):
    """What a changed row was: its old fields that differ, "field: value; …"."""
    o, n = judge_row(d, old, part), judge_row(d, new, part)
    diff = ["%s: %s" % (f, u or "-") for f, u, v in zip(ROW, o, n) if u != v and f != "text"]
    if o[-1] != n[-1] and not diff:
        diff.append("text: " + o[-1][:200])
    if not diff:
        diff.append("other: " + ",".join(sorted(k for k in set(old) | set(new)
                                               if old.get(k) != new.get(k))))
    return "; ".join(diff)


def kind_filter(kinds):
    """keep() for rows of the given kinds (events: type; quotes: "quote"); None: every row."""
    if not kinds:
        return None
    ks = set(kinds)
    return lambda r: r.get("type", "quote") in ks


# ---------------------------------------------------------------- the CLI

def main(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--old", required=True)
    p.add_argument("--new", required=True)
    p.add_argument("--seed", required=True, type=int)
    p.add_argument("--n", required=True, help="N, or A:B (a slice of one permutation)")
    p.add_argument("--events", action="store_true")
    p.add_argument("--quotes", action="store_true")
    p.add_argument("--kind", action="append", help="an event kind to keep (repeatable)")
    p.add_argument("--flags", default="", help="analyze flags for both builds")
    p.add_argument("--skip", default="", help="earlier draws to leave out: S:N,S:N/S:N")
    p.add_argument("--exclude-judged", action="store_true")
    p.add_argument("--grep", help="only articles whose text matches this regex")
    p.add_argument("--out")
    o = p.parse_args(argv)
    parts = [x for x, on in (("events", o.events), ("quotes", o.quotes)) if on] or ["events"]
    docs = pool(judged_ids() if o.exclude_judged else (), o.grep)
    docs = sample(skip_draws(docs, o.skip), o.seed, o.n)
    a = analyze(o.old, docs, o.flags.split())
    b = analyze(o.new, docs, o.flags.split())
    keep = kind_filter(o.kind)
    w = open(o.out, "w", encoding="utf-8") if o.out else sys.stdout
    w.write("\t".join(HEAD) + "\n")
    cnt = collections.Counter()
    for part in parts:
        no = 0
        for tag, d, old, new in changes(docs, a, b, part, keep=keep):
            no += 1
            r = judge_row(d, new or old, part)
            cnt[(part, tag, r[0])] += 1
            w.write("\t".join([part, str(no), tag, d["id"], d.get("published", "")] + r +
                              [was(d, old, new, part) if tag == "changed" else "", "", ""])
                    + "\n")
    if o.out:
        w.close()
    print("fresh: seed %d, %d articles; %s" % (o.seed, len(docs), ", ".join(
        "%s %s %s %d" % (k + (v,)) for k, v in sorted(cnt.items())) or "no row changed"),
        file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
