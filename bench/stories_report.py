#!/usr/bin/env python3
"""bench/stories_report.py OUT — writes the bench:stories section of BENCHMARKS.md from what
bench/stories.sh left in OUT: baseline.json (bench/stories_baseline.py), and when rasd was
measured rasd.json (bench/stories_eval.py) and cost.tsv (name, articles, wall s, peak RSS kB,
CPU s).
Run from the repository root."""
import json, os, re, sys
out = sys.argv[1]
def row(name, s):
    return (f"| {name} | {s['articles']} | {s['gold_pairs']} | {s['precision']:.3f} | "
            f"{s['recall']:.3f} | **{s['f1']:.3f}** | {s['b3_f1']:.3f} | "
            f"{s['hard_merged']}/{s['hard_pairs']} ({100 * s['hard_merged_share']:.1f}%) |")
def table(res):
    lines = ["| part | articles | pairs | P | R | F1 | B³ F1 | hard negatives merged |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    lines += [row(d, s) for d, s in res["days"].items()]
    lines += [row("tuned days", res["tuned"]), row("**unseen days**", res["unseen"]),
              row("all", res["all"])]
    return lines
base = json.load(open(os.path.join(out, "baseline.json")))
sec = ["<!-- bench:stories -->", "",
       "### Stories on the labelled dev days (bench/stories.sh)", "",
       "Pairwise precision, recall and F1 over same-day pairs of the labelled articles",
       "(bench/stories/labels.tsv; the rule and the sample in docs/STORIES.md), B³ F1, and the",
       "share of hard-negative pairs (one topic, different events) put in one story.",
       "The unseen days (split `unseen` in labels.tsv) are never looked at while tuning.", ""]
rasd = os.path.join(out, "rasd.json")
if os.path.exists(rasd):
    sec += ["rasd, all of SaudiNewsNet ingested (`rasd stories --json`):", ""]
    r = json.load(open(rasd))
    sec += table(r) + [""]
    sec += [f"Pairs of labelled articles of different days in one story (not scored): "
            f"{r.get('cross_day_pairs', 0)}.", ""]
    cost = [l.split() for l in open(os.path.join(out, "cost.tsv"))]
    c = {r[0]: (int(r[1]), float(r[2]), int(r[3]), float(r[4]) if len(r) > 4 else None) for r in cost}
    n, s, kb, cpu = c["on"]
    line = f"Whole ingest with stories: {n:,} articles in {s:.1f} s ({n / s:,.0f} articles/s, peak RSS {kb // 1024} MB"
    line += f", {cpu:.1f} s of CPU)" if cpu is not None else ")"
    if "off" in c:
        off = c["off"]
        line += f"; with --no-stories {off[1]:.1f} s: stories add {100 * (s / off[1] - 1):.0f}% of wall time"
        if cpu is not None and off[3]:
            line += f" and {100 * (cpu / off[3] - 1):.0f}% of CPU ({off[3]:.1f} s without)"
    log = os.path.join(out, "on", "ingest.log")
    if os.path.exists(log):
        st = [l.strip() for l in open(log) if l.startswith("stories:")]
        if st:
            sec += [f"The writer's clustering (`{st[-1]}`).", ""]
    sec += [line + ".", ""]
import subprocess, time
commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                        text=True).stdout.strip()
load = open("/proc/loadavg").read().split()[:3]
sec += [f"Measured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, commit {commit}, "
        f"load average {' '.join(load)} at the end (a shared 2-core machine: wall times swing).", ""]
for name, what in (("alone", "on the labelled articles alone"),
                   ("stream", "inside the stream of all articles of those days")):
    b = base[name]
    sec += [f"Baseline, TF-IDF cosine single link within a day, {what} ({b['articles']:,} "
            f"articles), threshold {b['threshold']} (best F1 on the tuned days):", ""]
    sec += table(b["scores"]) + [""]
sec += ["<!-- /bench:stories -->"]
section = "\n".join(sec)
text = open("BENCHMARKS.md").read()
if "<!-- bench:stories -->" in text:
    text = re.sub(r"<!-- bench:stories -->.*?<!-- /bench:stories -->", lambda m: section, text,
                  flags=re.S)
else:
    text = text.rstrip("\n") + "\n\n" + section + "\n"
open("BENCHMARKS.md", "w").write(text)
print(section)
