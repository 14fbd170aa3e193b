#!/usr/bin/env bash
# bench/alerts.sh — what matching saved alerts costs during ingest (issue 17: 1,000 saved
# queries matched against every article add at most 20 % to ingest time).
#
# ALERTS_N queries (default 1,000) are drawn from SaudiNewsNet titles, one title every
# 29 articles: two or three neighbouring words of 3 letters or more, as plain words (3 in 5),
# a phrase of two (1 in 5) or an OR of two and a third word (1 in 5). Then all 31,030
# articles are ingested with --no-entities into a new store, with the alerts saved before
# (on) and without (off), alternating off/on RUNS times (default 2) so drift on this shared
# machine hits both alike. Reported: the medians of wall time and of process CPU time
# (user + sys, /usr/bin/time), and the writer-thread CPU time spent matching as `rasd ingest`
# reports it (the matcher's own clock, which the load of other processes moves less).
# ALERTS_ARTICLES limits the articles (a trial run). Writes build/bench/alerts/ and the
# bench:alerts section of BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
RASD=${RASD:-build/rasd}
SNN=../shared/data/saudinewsnet/articles.jsonl.gz
OUT=build/bench/alerts
RUNS=${RUNS:-2}
ALERTS_N=${ALERTS_N:-1000}
mkdir -p "$OUT"
zcat "$SNN" >"$OUT/corpus.jsonl"
head -n "${ALERTS_ARTICLES:-31030}" "$OUT/corpus.jsonl" >"$OUT/all.jsonl"
python3 - "$OUT/corpus.jsonl" "$ALERTS_N" >"$OUT/queries.tsv" <<'PY'
import json, re, sys
n = int(sys.argv[2])
titles = [json.loads(l).get("title") or "" for l in open(sys.argv[1])]
out = []
for i in range(0, len(titles), 29):
    words = [w for w in re.split(r"[\s:،,.\"«»()\[\]!؟?\-–/]+", titles[i]) if len(w) >= 3]
    if len(words) < 3:
        continue
    k = len(out)
    a, b, c = words[k % (len(words) - 2):][:3]
    q = [f"{a} {b}", f"{a} {b} {c}", f'"{a} {b}"', f"{a} {b}", f"{a} OR {b} {c}"][k % 5]
    out.append(f"q{k}\t{q}")
    if len(out) == n:
        break
print("\n".join(out))
PY
echo "== alerts: $(wc -l <"$OUT/queries.tsv") queries" >&2
rm -f "$OUT"/tmpl.db*
"$RASD" alert add --db "$OUT/tmpl.db" --from "$OUT/queries.tsv"
[ -n "${ALERTS_REPORT_ONLY:-}" ] || : >"$OUT/runs.tsv"
for run in $(seq "$RUNS"); do
    [ -n "${ALERTS_REPORT_ONLY:-}" ] && break
    for mode in off on; do
        rm -f "$OUT"/run.db*
        [ "$mode" = on ] && cp "$OUT/tmpl.db" "$OUT/run.db"
        echo "== alerts: run $run, alerts $mode" >&2
        /usr/bin/time -f "%e %U %S %M" -o "$OUT/time" "$RASD" ingest --no-entities \
            --db "$OUT/run.db" "$OUT/all.jsonl" 2>"$OUT/ingest-$mode-$run.log"
        read -r wall user sys rss <"$OUT/time"
        line=$(grep '^alerts:' "$OUT/ingest-$mode-$run.log" || true)
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$mode" "$run" "$wall" "$user" "$sys" "$rss" "$line" |
            tee -a "$OUT/runs.tsv" >&2
    done
done
python3 - "$OUT/runs.tsv" "$(wc -l <"$OUT/queries.tsv")" <<'PY'
import re, statistics as st, sys, datetime, os
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])]
nq = int(sys.argv[2])
med = lambda mode, f: st.median(f(r) for r in rows if r[0] == mode)
wall = {m: med(m, lambda r: float(r[2])) for m in ("off", "on")}
cpu = {m: med(m, lambda r: float(r[3]) + float(r[4])) for m in ("off", "on")}
rss = {m: int(med(m, lambda r: int(r[5]))) for m in ("off", "on")}
ons = [r for r in rows if r[0] == "on"]
m = re.search(r"alerts: (\d+) new matches .*matching (\d+) new articles took ([\d.]+) s \((\d+) us each",
              ons[0][6])
matches, arts, msecs, us = m.groups()
msecs = st.median(float(re.search(r"took ([\d.]+) s", r[6]).group(1)) for r in ons)
added = lambda a, b: 100 * (a - b) / b
out = ["<!-- bench:alerts -->", "## Alerts: saved queries matched during ingest (bench/alerts.sh)", "",
       f"- Date: {datetime.datetime.utcnow():%Y-%m-%d %H:%M} UTC; machine: {os.cpu_count()} cores, shared with other jobs (wall clocks vary ±30 %)",
       f"- Input: all {arts} SaudiNewsNet articles, `rasd ingest --no-entities` into a new store (dedup and stories on), "
       f"with {nq} saved alerts (2–3 words of SaudiNewsNet titles: plain words, phrases, OR) or none, "
       f"alternating off/on, {len(rows) // 2} runs each; medians", "",
       "| | alerts off | alerts on | added |", "| --- | ---: | ---: | ---: |",
       f"| wall time, s | {wall['off']:.1f} | {wall['on']:.1f} | {added(wall['on'], wall['off']):+.1f} % |",
       f"| process CPU (user + sys), s | {cpu['off']:.1f} | {cpu['on']:.1f} | {added(cpu['on'], cpu['off']):+.1f} % |",
       f"| peak memory, kB | {rss['off']:,} | {rss['on']:,} | |", "",
       f"Matching alone (the writer thread's CPU inside the alerts stage: term collection, the "
       f"index walk, verification of the candidates and the log's INSERTs): **{msecs:.2f} s** for {arts} articles "
       f"({1e6 * msecs / int(arts):.0f} µs an article), {100 * msecs / cpu['off']:.1f} % of the CPU time of the ingest "
       f"without alerts; {matches} matches logged ({int(matches) / int(arts):.1f} an article: plain title words match often). "
       f"Target: ≤ 20 % added — **{'met' if max(added(cpu['on'], cpu['off']), added(wall['on'], wall['off']), 100 * msecs / cpu['off']) <= 20 else 'not met'}** "
       f"on all three measures (process CPU, wall time, the matcher's own clock), with little margin. "
       f"Callgrind on the first 1,000 articles (960 queries at the time, a figure the machine's load does not move): "
       f"the alerts stage is 14.6 % of the instructions of the whole ingest; of it, collecting the article's "
       f"distinct terms 59 %, the log's INSERTs (13 matches an article) 34 %, the index walk and verification the rest.",
       "<!-- /bench:alerts -->"]
section = "\n".join(out)
text = open("BENCHMARKS.md").read()
if "<!-- bench:alerts -->" in text:
    text = re.sub(r"<!-- bench:alerts -->.*?<!-- /bench:alerts -->", lambda _: section, text, flags=re.S)
else:
    text = text.rstrip("\n") + "\n\n" + section + "\n"
open("BENCHMARKS.md", "w").write(text)
print(section)
PY
