#!/usr/bin/env python3
"""bench/ir/report.py RESULTS.tsv BENCHMARKS.md — the report of bench/ir/run.sh.

Reads the result lines that bench/ir/run.sh collected, prints the tables to stdout and
rewrites the section of BENCHMARKS.md between the bench:search markers (the rest of the file
is kept; bench/report.py does the file handling).

RESULTS.tsv lines, tab-separated (program lines: see bench/ir/ir.h and bench/ir/ireval.py):
    meta       KEY      VALUE                    rasd (measured|skipped), latency-queries
    index      SETTING  ROUND  index line        one index build (setting arcd or mixed)
    size       SETTING  ENGINE  kB               disk size of the engine's last index
    quality    SETTING  ENGINE  ireval.py line   the questions' run file, scored
    rasd-eval  SETTING  rasd   JSON              what `rasd eval-ir --json` printed
    latency    mixed    ROUND  latency line      one latency run
"""
import datetime
import json
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ in bench/
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import report as analysis_report  # noqa: E402  bench/report.py: file handling, machine info

BEGIN = "<!-- bench:search -->"
END = "<!-- /bench:search -->"
ENGINES = ("rasd", "rasd-fts5", "xapian", "lucene", "lucene-fields", "fts5")
SETTINGS = ("arcd", "mixed")
ROLES = {
    "rasd": "its store and BM25 search (`rasd ingest`, `rasd eval-ir`, rasd_search)",
    "rasd-fts5": "rasd's store with an SQLite FTS5 index that uses the rasd tokenizer "
                 "(`rasd ingest --fts5`, `--engine fts5`), ranked by FTS5's bm25(3, 1)",
    "xapian": "Xapian, TermGenerator + QueryParser with Stem(arabic), BM25",
    "lucene": "Lucene++ ArabicAnalyzer, title + text in one field, TF-IDF",
    "lucene-fields": "Lucene++ ArabicAnalyzer, fields title (boost 2) and text, TF-IDF",
    "fts5": "SQLite FTS5 unicode61 remove_diacritics 2, bm25(2, 1)",
}
# MRR@10 of the reference measurement quoted in issue 3.
REFERENCE_MRR = {("lucene", "arcd"): 0.78, ("lucene", "mixed"): 0.68,
                 ("xapian", "arcd"): 0.75, ("xapian", "mixed"): 0.54,
                 ("fts5", "arcd"): 0.66, ("fts5", "mixed"): 0.56}
REFERENCE_SPEED = ("FTS5 indexes ~7,000 articles/s, Lucene++ 5,400/s; query latency p50/p99 "
                   "Xapian 0.4/2.1 ms, Lucene++ 1.1/3.3 ms, FTS5 (bm25) 5.8/54 ms")
METRICS = ("mrr@10", "recall@10", "recall@100", "ndcg@10")


class Results:
    """Everything in RESULTS.tsv, keyed by setting and engine."""

    def __init__(self, path):
        self.meta, self.index, self.size, self.quality = {}, {}, {}, {}
        self.rasd_eval, self.latency = {}, {}
        with open(path, encoding="utf-8") as f:
            for line in f:
                self.add(line.rstrip("\n").split("\t"))

    def add(self, f):
        kind = f[0]
        if kind == "meta":
            self.meta[f[1]] = f[2]
        elif kind == "index":   # index SETTING ROUND name index articles s a/s maxrss
            self.index.setdefault((f[3], f[1]), []).append(
                {"articles": int(f[5]), "seconds": float(f[6]), "aps": float(f[7]),
                 "maxrss": int(f[8])})
        elif kind == "size":
            self.size[(f[2], f[1])] = int(f[3])
        elif kind == "quality":  # quality SETTING ENGINE name queries mrr r10 r100 ndcg
            self.quality[(f[2], f[1])] = {"queries": int(f[4]),
                                          **dict(zip(METRICS, map(float, f[5:9])))}
        elif kind == "rasd-eval":
            self.rasd_eval[f[1]] = json.loads(f[3])
        elif kind == "latency":  # latency mixed ROUND name latency queries p50 p99 qps
            self.latency.setdefault(f[3], []).append(
                {"p50": float(f[6]), "p99": float(f[7]), "qps": float(f[8])})

    def engines(self):
        seen = {e for e, _ in self.quality} | {e for e, _ in self.index}
        return [e for e in ENGINES if e in seen] + sorted(seen - set(ENGINES))


def median(runs, key):
    """The run with the median value of key (the lower middle one for an even count)."""
    return sorted(runs, key=lambda r: r[key])[(len(runs) - 1) // 2]


def cross_check(res):
    """Lines comparing rasd eval-ir's own metrics with ireval.py's on rasd's run file."""
    out = []
    for setting, own in sorted(res.rasd_eval.items()):
        ours = res.quality.get(("rasd", setting))
        if ours is None:
            continue
        diff = max(abs(own[m] - ours[m]) for m in METRICS)
        same_n = own["queries"] == ours["queries"]
        verdict = "agree" if diff < 5e-4 and same_n else "DISAGREE"
        out.append(f"{setting}: rasd eval-ir and bench/ir/ireval.py {verdict} (largest metric "
                   f"difference {diff:.4f}; queries {own['queries']} vs {ours['queries']})")
    return out


def quality_table(res):
    rows = ["| engine | setting | MRR@10 | Recall@10 | Recall@100 | nDCG@10 | MRR@10 reference |",
            "| --- | --- | ---: | ---: | ---: | ---: | ---: |"]
    for setting in SETTINGS:
        for engine in res.engines():
            q = res.quality.get((engine, setting))
            if q is None:
                continue
            ref = REFERENCE_MRR.get((engine, setting))
            rows.append(f"| {engine} | {setting} | " + " | ".join(f"{q[m]:.3f}" for m in METRICS)
                        + f" | {f'{ref:.2f}' if ref is not None else '—'} |")
    return rows


def speed_table(res):
    rows = ["| engine | articles/s (median) | min–max | seconds | maxrss MB | index MB "
            "| p50 ms | p99 ms | QPS |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for engine in res.engines():
        runs = res.index.get((engine, "mixed"))
        lat = res.latency.get(engine)
        if not runs:
            continue
        med = median(runs, "aps")
        size = res.size.get((engine, "mixed"))
        cells = [f"{med['aps']:,.0f}",
                 f"{min(r['aps'] for r in runs):,.0f}–{max(r['aps'] for r in runs):,.0f}",
                 f"{med['seconds']:.1f}", f"{med['maxrss'] / 1024:,.0f}",
                 f"{size / 1024:,.0f}" if size is not None else "—"]
        if lat:
            m = median(lat, "qps")
            cells += [f"{m['p50']:.2f}", f"{m['p99']:.2f}", f"{m['qps']:,.0f}"]
        else:
            cells += ["—"] * 3
        rows.append(f"| {engine} | " + " | ".join(cells) + " |")
    return rows


def header(res):
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    mixed = next((runs[0]["articles"] for (_, s), runs in res.index.items() if s == "mixed"), 0)
    rounds = max((len(v) for v in res.index.values()), default=0)
    pv = analysis_report.pkg_version
    return [
        "## Search: retrieval quality and speed\n",
        f"- Date: {now}",
        f"- Machine: {analysis_report.machine()}",
        "- Quality: the 693 ARCD training questions (one relevant passage each), top 100 per "
        "question, scored by bench/ir/ireval.py (binary relevance). Settings: **arcd** = the "
        f"465 ARCD passages alone; **mixed** = the passages among all SaudiNewsNet articles "
        f"({mixed:,} documents).",
        f"- Speed: indexing all {mixed:,} mixed documents from scratch (median of {rounds} "
        "runs, reading the input and the final commit included); query latency over "
        f"{res.meta.get('latency-queries', '?')} queries (250 ARCD questions, 250 two-word "
        "queries from news titles), top 10 with document ids, after one warm-up pass, on the "
        f"mixed index (the run with the median QPS of {rounds}).",
        f"- Anchors: Xapian {pv('libxapian-dev')}, Lucene++ {pv('liblucene++-dev')}, "
        f"SQLite {pv('libsqlite3-dev')}; built with -O2. Input and setup: bench/ir/prep.py and "
        "the header of each bench/ir/anchor_ir_*.",
        "",
    ]


def markdown(res):
    out = header(res)
    if res.meta.get("rasd") != "measured":
        out += ["rasd: not measured (its store and search were not built when this ran).", ""]
    out += ["Retrieval quality (reference: the MRR@10 quoted in issue 3):", ""]
    out += quality_table(res) + [""]
    out += ["The two Lucene++ rows differ only in the field layout. Under TF-IDF a separate "
            "title field, short (large length norm) and with its own idf, lets news titles that "
            "share one word with a question outrank the passage; the reference figures match "
            "the one-field layout.", ""]
    for line in cross_check(res):
        out += [f"Cross-check, {line}.", ""]
    out += ["Speed on the mixed documents:", ""]
    out += speed_table(res) + [""]
    out += [f"Reference measurement (issue 3, median of 3): {REFERENCE_SPEED}.", ""]
    out += ["Engines:", ""] + [f"- **{e}**: {ROLES[e]}" for e in res.engines() if e in ROLES]
    return "\n".join(out) + "\n"


def main():
    if len(sys.argv) != 3:
        print("usage: report.py RESULTS.tsv BENCHMARKS.md", file=sys.stderr)
        return 2
    res = Results(sys.argv[1])
    if not res.quality:
        print("report.py: no quality lines in " + sys.argv[1], file=sys.stderr)
        return 1
    print("\n".join(quality_table(res) + [""] + cross_check(res) + [""] + speed_table(res)))
    analysis_report.rewrite(sys.argv[2], markdown(res), BEGIN, END)
    print(f"\nwrote {sys.argv[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
