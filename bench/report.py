#!/usr/bin/env python3
"""bench/report.py RUNS.tsv BENCHMARKS.md — the report of bench/run.sh.
bench/report.py --filter FILTER.tsv BENCHMARKS.md — the report of its filter part.

Reads the result lines that bench/run.sh collected, prints a table to stdout and rewrites the
section of BENCHMARKS.md between the bench:analysis markers (creating the file, or appending
the section, when missing; everything else in the file is kept as it is).

RUNS.tsv lines, tab-separated, each ending with a program's result line
(name, bytes, tokens, seconds, MB/s, tokens/s, maxrss_kB; see bench/harness.h):
    speed  ROUND  result...      one timed run on all texts
    mem    LIMIT  result...      bench_rasd --limit LIMIT ("all" = no limit)
    meta   texts  COUNT          how many texts the input holds
    ir     INSTRUCTIONS  LIMIT  result...   callgrind's instructions inside rasd_analyze
                                          for bench_rasd --limit LIMIT

FILTER.tsv lines (the filter part: whole processes; rewrites the bench:filter section):
    meta   docs|jsonl_bytes|threads|load  VALUE
    whole  ROUND  NAME  TEXT_BYTES  WALL_S  USER_S  SYS_S
    ir     INSTRUCTIONS  DOCS  TEXT_BYTES     callgrind, whole rasd analyze --threads 1
"""
import datetime
import os
import statistics
import subprocess
import sys

BEGIN = "<!-- bench:analysis:begin -->"
END = "<!-- bench:analysis:end -->"
HEADER = """# rasd benchmarks

Measured on the project's own machine with `make bench` (bench/run.sh); each section is
rewritten by the run that produced it.
"""
RASD = "rasd"
ANCHORS = ("lucene", "lucene-reuse", "xapian", "snowball")   # the target is measured against these
TARGET = 2.0
ROLES = {
    "rasd": "rasd, light stemmer (default)",
    "rasd-snowball": "rasd, Snowball stemmer",
    "rasd-ner": "rasd, light stemmer + named entities (rasd_recognize; target ≥ 100,000 tokens/s)",
    "rasd-events": "rasd-ner + dates, quotes and events (rasd_extract)",
    "lucene": "anchor: Lucene++ ArabicAnalyzer, tokenStream per text",
    "lucene-reuse": "anchor: Lucene++ ArabicAnalyzer, reusableTokenStream",
    "xapian": "anchor: Xapian TermGenerator + Stem(arabic)",
    "snowball": "anchor: Unicode tokenizer + libstemmer arabic",
    "bare-tokenizer": "reference: Unicode tokenizer only",
}


class Result:
    """One result line of a program (see bench/harness.h)."""

    def __init__(self, fields):
        self.name = fields[0]
        self.bytes, self.tokens = int(fields[1]), int(fields[2])
        self.seconds, self.mbps, self.tokps = float(fields[3]), float(fields[4]), float(fields[5])
        self.maxrss = int(fields[6])


def load(path):
    speed, mem, ir, texts = {}, [], None, None
    with open(path, encoding="utf-8") as f:
        for line in f:
            kind, key, *rest = line.rstrip("\n").split("\t")
            if kind == "meta" and key == "texts":
                texts = int(rest[0])
            elif kind == "speed":
                res = Result(rest)
                speed.setdefault(res.name, []).append(res)
            elif kind == "mem":
                mem.append((key, Result(rest)))
            elif kind == "ir":
                ir = (int(key), rest[0], Result(rest[1:]))
    return speed, mem, ir, texts


def median_run(runs):
    """The run with the median MB/s (the lower middle one for an even count)."""
    return sorted(runs, key=lambda r: r.mbps)[(len(runs) - 1) // 2]


def machine():
    model = "unknown"
    with open("/proc/cpuinfo", encoding="utf-8") as f:
        for line in f:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return f"{len(os.sched_getaffinity(0))} cores (nproc), {model}"


def pkg_version(pkg):
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", pkg],
                             capture_output=True, text=True, check=True)
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "?"


def speed_rows(speed):
    """(name, median run, all runs, rasd/program ratio) in run order."""
    rasd = median_run(speed[RASD]).mbps if RASD in speed else None
    rows = []
    for name, runs in speed.items():
        med = median_run(runs)
        ratio = rasd / med.mbps if rasd and med.mbps > 0 else None
        rows.append((name, med, runs, ratio))
    return rows


def verdict(speed):
    """(fastest anchor name, its MB/s, rasd's ratio to it, met?) or None."""
    anchors = [(median_run(speed[a]).mbps, a) for a in ANCHORS if a in speed]
    if not anchors or RASD not in speed:
        return None
    best_mbps, best = max(anchors)
    ratio = median_run(speed[RASD]).mbps / best_mbps
    return best, best_mbps, ratio, ratio >= TARGET


def fmt_ratio(ratio):
    return f"{ratio:.2f}×" if ratio is not None else "—"


def markdown(speed, mem, ir, texts):
    out = []
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    anyrun = next(iter(speed.values()))[0]
    out.append("## Text analysis throughput\n")
    out.append(f"- Date: {now}")
    out.append(f"- Machine: {machine()}")
    count = f"{texts:,}" if texts else "?"
    out.append(f"- Input: the {count} article texts of SaudiNewsNet, "
               f"{anyrun.bytes:,} bytes of UTF-8; "
               "only the analysis calls are timed (CLOCK_MONOTONIC, summed per text), "
               "MB = 10⁶ bytes of input")
    out.append(f"- Anchors: Lucene++ {pkg_version('liblucene++-dev')}, "
               f"Xapian {pkg_version('libxapian-dev')}, libstemmer {pkg_version('libstemmer-dev')}, "
               f"utf8proc {pkg_version('libutf8proc-dev')}; everything built with -O2")
    runs = len(next(iter(speed.values())))
    out.append("")
    out.append(f"| program | what | MB/s (median of {runs}) | MB/s min–max | tokens | tokens/s "
               "| rasd ÷ program | maxrss kB |")
    out.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, med, allruns, ratio in speed_rows(speed):
        lo, hi = min(r.mbps for r in allruns), max(r.mbps for r in allruns)
        out.append(f"| {name} | {ROLES.get(name, '')} | {med.mbps:.1f} | {lo:.1f}–{hi:.1f} "
                   f"| {med.tokens:,} | {med.tokps:,.0f} | {fmt_ratio(ratio)} | {med.maxrss:,} |")
    out.append("")
    v = verdict(speed)
    if v:
        best, best_mbps, ratio, met = v
        out.append(f"Fastest anchor: **{best}** at {best_mbps:.1f} MB/s. rasd: "
                   f"{median_run(speed[RASD]).mbps:.1f} MB/s = **{ratio:.2f}×** it; target ≥ "
                   f"{TARGET:.0f}× — **{'met' if met else 'not met'}**. The bare tokenizer is "
                   "a reference (the speed of a tokenizer alone), not an anchor.")
        out.append("")
    out.append("MB/s is the comparable figure; token counts differ by design: rasd counts "
               "every token, punctuation and symbols included; Lucene++ drops stop words and "
               "digits; Xapian counts term positions and keeps numbers such as 1,824 or 0.5 "
               "as one term; the Snowball anchor counts runs of letters, marks and digits.")
    out.append("")
    if mem:
        out.append("Memory as the input grows (rasd, light stemmer, one doc reused):")
        out.append("")
        out.append("| texts | bytes | maxrss kB |")
        out.append("| ---: | ---: | ---: |")
        for limit, res in mem:
            out.append(f"| {limit} | {res.bytes:,} | {res.maxrss:,} |")
        first, last = mem[0][1].maxrss, mem[-1][1].maxrss
        out.append("")
        out.append(f"maxrss from the first {mem[0][0]} texts to {mem[-1][0]} texts: "
                   f"{first:,} → {last:,} kB ({last - first:+,} kB, "
                   f"{(last - first) / first * 100:+.1f} %).")
        out.append("")
    if ir:
        count, limit, res = ir
        out.append(f"Instructions (callgrind, inside rasd_analyze only, first {limit} texts "
                   f"= {res.bytes:,} bytes): {count:,} = "
                   f"**{count / res.bytes:.1f} instructions per input byte**.")
        out.append("")
    return "\n".join(out)


def text_table(speed):
    lines = [f"{'program':<16}{'MB/s':>9}{'min':>9}{'max':>9}{'tokens/s':>13}{'rasd÷':>8}"
             f"{'maxrss kB':>11}"]
    for name, med, allruns, ratio in speed_rows(speed):
        lines.append(f"{name:<16}{med.mbps:>9.1f}{min(r.mbps for r in allruns):>9.1f}"
                     f"{max(r.mbps for r in allruns):>9.1f}{med.tokps:>13,.0f}"
                     f"{fmt_ratio(ratio):>8}{med.maxrss:>11,}")
    return "\n".join(lines)


def rewrite(path, section, begin=BEGIN, end=END):
    """Replaces the section of path between the begin and end markers (adding the file or
    the section if missing)."""
    block = f"{begin}\n{section.rstrip()}\n{end}\n"
    if not os.path.exists(path):
        text = HEADER + "\n" + block
    else:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        b, e = text.find(begin), text.find(end)
        if b >= 0 and e > b:
            tail = text[e + len(end):]
            text = text[:b] + block + (tail[1:] if tail.startswith("\n") else tail)
        else:
            text = text.rstrip("\n") + "\n\n" + block
    with open(path + ".tmp", "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(path + ".tmp", path)


FILTER_BEGIN = "<!-- bench:filter:begin -->"
FILTER_END = "<!-- bench:filter:end -->"
FILTER_TARGET = 1.5
FILTER_RASD = "rasd-analyze"
FILTER_ANCHORS = ("lucene", "lucene-reuse")
FILTER_ROLES = {
    "rasd-analyze": "`rasd analyze --tokens --no-entities --no-events`, default threads",
    "rasd-analyze-1": "the same with `--threads 1`",
    "lucene-reuse": "anchor: bench/anchor_lucene --reuse (reusableTokenStream)",
    "lucene": "anchor: bench/anchor_lucene (tokenStream per text)",
}


class Whole:
    """One timed whole process of the filter part."""

    def __init__(self, fields):
        self.name, self.bytes = fields[0], int(fields[1])
        self.wall, self.user, self.sys = float(fields[2]), float(fields[3]), float(fields[4])
        self.cpu = self.user + self.sys
        self.mbps = self.bytes / 1e6 / self.wall if self.wall > 0 else 0.0


def load_filter(path):
    runs, meta, ir = {}, {}, None
    with open(path, encoding="utf-8") as f:
        for line in f:
            kind, key, *rest = line.rstrip("\n").split("\t")
            if kind == "meta":
                meta[key] = float(rest[0]) if key == "load" else int(rest[0])
            elif kind == "whole":
                w = Whole(rest)
                runs.setdefault(w.name, []).append(w)
            elif kind == "ir":
                ir = (int(key), int(rest[0]), int(rest[1]))
    return runs, meta, ir


def median_whole(runs):
    """The run with the median wall time (the lower middle one for an even count)."""
    return sorted(runs, key=lambda r: r.wall)[(len(runs) - 1) // 2]


def filter_verdict(runs, name=FILTER_RASD):
    """(fastest anchor, its MB/s, name's MB/s ÷ it) or None."""
    anchors = [(median_whole(runs[a]).mbps, a) for a in FILTER_ANCHORS if a in runs]
    if not anchors or name not in runs:
        return None
    best_mbps, best = max(anchors)
    return best, best_mbps, median_whole(runs[name]).mbps / best_mbps


def filter_markdown(runs, meta, ir):
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    nrounds = len(next(iter(runs.values())))
    text_bytes = next(iter(runs.values()))[0].bytes
    out = ["## analyze as a filter\n",
           f"- Date: {now}",
           f"- Machine: {machine()}; load average when the part started: "
           f"{meta.get('load', '?')}",
           f"- Input: the first {meta.get('docs', 0):,} SaudiNewsNet articles, "
           f"{meta.get('jsonl_bytes', 0):,} bytes of JSON Lines holding {text_bytes:,} bytes of "
           "text; MB/s = 10⁶ bytes of text per second of wall-clock time",
           "- Whole processes, timed from start to exit (bash `time`), output to /dev/null: rasd "
           "reads JSON Lines, loads the data files of the stages it runs (with --no-entities --no-events none of theirs: rasd_config.stages_off) and "
           "writes JSON Lines with every token (about 8 bytes of output per byte of text); the "
           "anchor reads bench/prep.py's file of the same texts and counts tokens. CPU = user + "
           f"sys seconds (median of its own). Median of {nrounds} rounds, the programs taking "
           "turns in each round. The target is on wall-clock MB/s; on a machine that other work "
           "keeps busy, threads cannot run side by side and CPU seconds are the fairer figure.",
           f"- rasd's default is one analysis thread per processor: {meta.get('threads', '?')} "
           "here, besides the thread that reads and writes; `--threads 1` is the single-thread "
           "figure.",
           "",
           f"| program | what | wall s (median of {nrounds}) | wall s min–max | MB/s | CPU s "
           "| MB per CPU s | rasd analyze ÷ program (wall) |",
           "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    rasd = median_whole(runs[FILTER_RASD]).mbps if FILTER_RASD in runs else None
    for name, rs in runs.items():
        med = median_whole(rs)
        ratio = rasd / med.mbps if rasd and med.mbps > 0 else None
        cpu = statistics.median(r.cpu for r in rs)
        out.append(f"| {name} | {FILTER_ROLES.get(name, '')} | {med.wall:.2f} "
                   f"| {min(r.wall for r in rs):.2f}–{max(r.wall for r in rs):.2f} "
                   f"| {med.mbps:.1f} | {cpu:.2f} | {med.bytes / 1e6 / cpu:.1f} "
                   f"| {fmt_ratio(ratio)} |")
    out.append("")
    v = filter_verdict(runs)
    if v:
        best, best_mbps, ratio = v
        line = (f"Fastest anchor: **{best}** at {best_mbps:.1f} MB/s. rasd analyze: "
                f"{median_whole(runs[FILTER_RASD]).mbps:.1f} MB/s = **{ratio:.2f}×** it; target "
                f"≥ {FILTER_TARGET}× — **{'met' if ratio >= FILTER_TARGET else 'not met'}**.")
        one = filter_verdict(runs, "rasd-analyze-1")
        if one:
            cpu = statistics.median(r.cpu for r in runs["rasd-analyze-1"])
            best_cpu = statistics.median(r.cpu for r in runs[best])
            line += (f" On one thread: {median_whole(runs['rasd-analyze-1']).mbps:.1f} MB/s = "
                     f"{one[2]:.2f}×; by CPU seconds {best_cpu / cpu:.2f}×.")
        load, cores = meta.get("load"), meta.get("threads")
        if load is not None and cores and load > cores:
            line += (f" Caution: the load average was {load} on {cores} cores, so the wall-clock "
                     "figures are not a quiet machine's (threads get a larger share of a busy "
                     "machine); run the part again on an idle one before taking the verdict.")
        out.append(line)
        out.append("")
    if ir:
        count, docs, nbytes = ir
        out.append(f"Instructions (callgrind, the whole `rasd analyze --tokens --no-entities "
                   f"--no-events --threads 1` process, first {docs:,} articles = {nbytes:,} bytes "
                   f"of text): {count:,} = **{count / nbytes:.1f} per byte of text**, start-up "
                   "included.")
        out.append("")
    return "\n".join(out)


def main_filter(runs_path, bench_md):
    runs, meta, ir = load_filter(runs_path)
    if not runs:
        print("report.py: no whole-process runs in " + runs_path, file=sys.stderr)
        return 1
    for name, rs in runs.items():
        med = median_whole(rs)
        print(f"{name:<16}{med.wall:>8.2f} s{med.mbps:>9.1f} MB/s{med.cpu:>8.2f} s CPU")
    v = filter_verdict(runs)
    if v:
        print(f"\nfastest anchor: {v[0]} {v[1]:.1f} MB/s; rasd analyze = {v[2]:.2f}x it "
              f"(target >= {FILTER_TARGET}x: {'met' if v[2] >= FILTER_TARGET else 'NOT met'})")
    rewrite(bench_md, filter_markdown(runs, meta, ir), FILTER_BEGIN, FILTER_END)
    print(f"wrote {bench_md}")
    return 0


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "--filter":
        return main_filter(sys.argv[2], sys.argv[3])
    if len(sys.argv) != 3:
        print("usage: report.py RUNS.tsv BENCHMARKS.md", file=sys.stderr)
        return 2
    speed, mem, ir, texts = load(sys.argv[1])
    if not speed:
        print("report.py: no speed runs in " + sys.argv[1], file=sys.stderr)
        return 1
    print(text_table(speed))
    v = verdict(speed)
    if v:
        best, best_mbps, ratio, met = v
        print(f"\nfastest anchor: {best} {best_mbps:.1f} MB/s; rasd = {ratio:.2f}x it "
              f"(target >= {TARGET:.0f}x: {'met' if met else 'NOT met'})")
    if mem:
        print("\nmemory (rasd): " + ", ".join(f"{k} texts {r.maxrss:,} kB" for k, r in mem))
    if ir:
        print(f"instructions per input byte (rasd_analyze, callgrind): {ir[0] / ir[2].bytes:.1f}")
    rewrite(sys.argv[2], markdown(speed, mem, ir, texts))
    print(f"\nwrote {sys.argv[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
