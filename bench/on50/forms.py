#!/usr/bin/env python3
"""on50: the rows each trigger-layer form that data/events.tsv's tdefault leaves off would add
to the default output, on a fresh draw of N articles (seed SEED) outside bench/recall/drawn.txt
and every article of bench/judged/*.tsv.  The default and --event-triggers outputs run on the
whole draw; the one-form variants (a copy of data/ with one form added to its kind's tdefault
line, like bench/layer49/recall_by_kind.py) only on the articles where --event-triggers adds a
row (assumed: a form that adds a row changes --event-triggers' output of that article too; not
checked on the other 5,297 articles).

    bench/on50/forms.py RASD SEED N OUTDIR     (writes OUTDIR/rows.tsv, prints counts)"""
import glob, json, os, random, re, subprocess, sys, tempfile
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tools"))
from judge_sample import load_articles, event_row  # noqa: E402
KINDS = ["meet", "visit", "host", "agree", "sign", "appeal", "accuse", "threaten", "fight"]
FORMS = ["verb", "noun", "future", "lead", "deed", "sides", "present", "occasion", "said"]


def judged_ids():
    ids = set()
    for f in glob.glob(os.path.join(ROOT, "bench", "judged", "*.tsv")):
        ids.update(re.findall(r"snn-\d+", open(f, encoding="utf-8").read()))
    return ids


def tdefault():
    on = {}
    for l in open(os.path.join(ROOT, "data", "events.tsv"), encoding="utf-8"):
        p = l.rstrip("\n").split("\t")
        if p[0] == "tdefault":
            on.setdefault(p[1], set()).update(p[2].split())
    return on


def data_with(outdir, kind, form):
    """A data dir whose events.tsv has form added to kind's tdefault forms."""
    d = os.path.join(outdir, "on_%s-%s" % (kind, form))
    os.makedirs(d, exist_ok=True)
    src = os.path.join(ROOT, "data")
    for n in os.listdir(src):
        if n != "events.tsv" and not os.path.exists(os.path.join(d, n)):
            os.symlink(os.path.join(src, n), os.path.join(d, n))
    text = open(os.path.join(src, "events.tsv"), encoding="utf-8").read()
    text += "\ntdefault\t%s\t%s\n" % (kind, form)
    open(os.path.join(d, "events.tsv"), "w", encoding="utf-8").write(text)
    return d


def run(rasd, docs, args=(), data=None):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as t:
        for d in docs:
            t.write(json.dumps(d, ensure_ascii=False) + "\n")
    cmd = [rasd, "analyze", "--threads", "2"] + list(args) + ([ "--data", data] if data else [])
    out = subprocess.run(cmd + [t.name], check=True, capture_output=True).stdout.decode()
    os.unlink(t.name)
    return {json.loads(l)["id"]: json.loads(l) for l in out.splitlines()}


def keys(doc):
    return {json.dumps(e, sort_keys=True): e for e in doc.get("events", [])}


def main(rasd, seed, n, outdir):
    os.makedirs(outdir, exist_ok=True)
    avoid = judged_ids()
    docs = [d for d in load_articles() if d["id"] not in avoid]
    docs = [docs[i] for i in random.Random(int(seed)).sample(range(len(docs)), int(n))]
    base = run(rasd, docs)
    allon = run(rasd, docs, ["--event-triggers"])
    touched = [d for d in docs if set(keys(allon[d["id"]])) != set(keys(base[d["id"]]))]
    print("draw %d, base rows %d, all-on rows %d, articles changed %d" % (
        len(docs), sum(len(keys(base[d["id"]])) for d in docs),
        sum(len(keys(allon[d["id"]])) for d in docs), len(touched)), file=sys.stderr)
    on = tdefault()
    w = open(os.path.join(outdir, "rows.tsv"), "w", encoding="utf-8")
    for k in KINDS:
        for f in FORMS:
            if f in on.get(k, ()):
                continue
            var = run(rasd, touched, data=data_with(outdir, k, f))
            add = rem = 0
            for d in touched:
                a, b = keys(base[d["id"]]), keys(var[d["id"]])
                for x in b:
                    if x not in a:
                        add += 1
                        w.write("\t".join(["%s:%s" % (k, f), d["id"], d.get("published", "")] +
                                          event_row(d, b[x])) + "\n")
                rem += sum(1 for x in a if x not in b)
            if add or rem:
                print("%s:%s added %d removed/changed %d" % (k, f, add, rem), file=sys.stderr)
    w.close()


if __name__ == "__main__":
    main(*sys.argv[1:])
