#!/usr/bin/env bash
# bench/watch.sh [PAGES] [HOSTS] — rasd watch's throughput: pages per second of
# fetch + extract + ingest (without entities) from the loopback fixture server
# (tests/watch_server.py, plan "bench": HOSTS sites h0.bench ... each with an RSS feed of its
# share of PAGES pages, SaudiNewsNet articles rendered with boilerplate, each page with its
# own number so that no two texts are the same). The names go to 127.0.0.1 through
# --resolve (CURLOPT_RESOLVE), so the per-host limits are exercised as on the web while the
# whole run stays on this machine. The watcher runs with --jobs 2 (the machine's two cores,
# which the Python server shares), --rate 10 per host, --host-conns 4.
#
# Measured: pages stored per second over the whole run (feed polls included); the CPU time
# (user + system) of the watcher and of the server per page, and from it the pages per
# second the watcher alone would sustain on the two cores (wall clocks on a machine shared
# with other work say little: the load average is printed with them); the watcher's
# resident memory sampled every 2 s (it must stay flat as pages go by); the busiest second
# of any host in the server's log (must not exceed --rate). Rewrites the bench:watch
# section of BENCHMARKS.md. PAGES defaults to 100000, HOSTS to 50.
set -euo pipefail
cd "$(dirname "$0")/.."
PAGES=${1:-100000}
HOSTS=${2:-50}
RATE=10
RASD=${RASD:-build/rasd}
SNN=../shared/data/saudinewsnet/articles.jsonl.gz
OUT=build/bench/watch
if [ ! -e "$SNN" ]; then
    echo "bench/watch.sh: $SNN not found" >&2
    exit 1
fi
rm -rf "$OUT" && mkdir -p "$OUT"
echo "bench: rasd watch, $PAGES pages on $HOSTS loopback hosts" >&2
python3 tests/watch_articles.py 31030 "$OUT/art.jsonl" "$SNN"
WATCH_SERVER_SECONDS=86400 python3 tests/watch_server.py "$OUT/art.jsonl" bench "$OUT/port" "$OUT/req.log" "$HOSTS" "$PAGES" \
    2>"$OUT/server.err" &
SRV=$!
trap 'kill "$SRV" 2>/dev/null || true' EXIT
for _ in $(seq 200); do [ -s "$OUT/port" ] && break; sleep 0.05; done
P=$(cat "$OUT/port")
RES=""
for h in $(seq 0 $((HOSTS - 1))); do
    RES="$RES${RES:+,}h$h.bench:$P:127.0.0.1"
    "$RASD" feed add --db "$OUT/w.db" "http://h$h.bench:$P/rss.xml" >/dev/null
done

# The watcher, with its memory sampled every 2 s (VmRSS, kB) while it runs.
cut -d' ' -f1 /proc/loadavg >"$OUT/load"
RASD_WATCH_RESOLVE=$RES /usr/bin/time -f "%U %S %M" -o "$OUT/time.txt" "$RASD" watch \
    --db "$OUT/w.db" --once --no-entities --jobs 2 --rate "$RATE" --host-conns 4 --conns 64 \
    --timeout 30 2>"$OUT/watch.err" &
T=$!
sleep 0.5
W=$(pgrep -P "$T" | head -1)
: >"$OUT/rss.tsv"
while kill -0 "$W" 2>/dev/null; do
    n=$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from articles").fetchone()[0])' "$OUT/w.db" 2>/dev/null || echo 0)
    rss=$(awk '/VmRSS/ {print $2}' "/proc/$W/status" 2>/dev/null || echo 0)
    printf '%s\t%s\t%s\n' "$(date +%s)" "$n" "$rss" >>"$OUT/rss.tsv"
    sleep 2
done
wait "$T"
cut -d' ' -f1 /proc/loadavg >>"$OUT/load"
awk '{print ($14 + $15) / 100}' "/proc/$SRV/stat" >"$OUT/server_cpu"
kill "$SRV" 2>/dev/null || true
python3 - "$OUT" "$PAGES" "$HOSTS" "$RATE" BENCHMARKS.md <<'EOF'
import re, sqlite3, sys
from collections import defaultdict
out, pages, hosts, rate, md = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
summary = [l for l in open(out + "/watch.err", encoding="utf-8") if l.startswith("watch: ")][0]
secs = float(re.search(r"([0-9.]+) s$", summary.strip()).group(1))
stored = sqlite3.connect(out + "/w.db").execute("select count(*) from articles").fetchone()[0]
rows = [l.split("\t") for l in open(out + "/rss.tsv")]
rows = [(int(t), int(n), int(r)) for t, n, r in rows if r.strip() not in ("", "0")]
by_host = defaultdict(list)
for line in open(out + "/req.log", encoding="utf-8"):
    f = line.split("\t")
    by_host[f[1]].append(float(f[0]))
worst = 0
for ts in by_host.values():
    ts.sort()
    j = 0
    for i in range(len(ts)):
        while ts[i] - ts[j] >= 1.0:
            j += 1
        worst = max(worst, i - j + 1)
user, system, maxrss = open(out + "/time.txt").read().split()[-3:]
cpu = float(user) + float(system)
server_cpu = float(open(out + "/server_cpu").read())
load = " and ".join(open(out + "/load").read().split())
def at(frac):
    want = frac * stored
    for t, n, r in rows:
        if n >= want:
            return n, r
    return rows[-1][1], rows[-1][2]
marks = [at(f) for f in (0.1, 0.25, 0.5, 0.75, 1.0)] if rows else []
mem = ", ".join("%d pages: %.0f MB" % (n, r / 1024) for n, r in marks)
text = f"""<!-- bench:watch -->
## rasd watch: fetch + extract + ingest from a loopback server

`bench/watch.sh {pages} {hosts}`: {hosts} host names mapped to 127.0.0.1 (`--resolve`), each with
an RSS feed of its share of {pages} SaudiNewsNet pages rendered with boilerplate by
`tests/watch_server.py` (Python, on the same two cores); `rasd watch --once --no-entities
--jobs 2 --rate {rate:g} --host-conns 4`.

| pages stored | wall s | pages/s (wall) | watcher CPU ms/page | server CPU ms/page | pages/s on 2 cores (watcher CPU) | busiest host-second (limit {rate:g}) |
|---:|---:|---:|---:|---:|---:|---:|
| {stored} | {secs:.1f} | {stored / secs:.0f} | {1000 * cpu / stored:.2f} | {1000 * server_cpu / stored:.2f} | {2 * stored / cpu:.0f} | {worst} |

The machine's load average at the start and the end: {load} (2 cores). Resident memory of
the watcher as the pages went by: {mem}; at most {int(maxrss) / 1024:.0f} MB.

`{summary.strip()}`
<!-- /bench:watch -->"""
doc = open(md, encoding="utf-8").read()
if "<!-- bench:watch -->" in doc:
    pre, rest = doc.split("<!-- bench:watch -->", 1)
    doc = pre + text + rest.split("<!-- /bench:watch -->", 1)[1]
else:
    doc = doc.rstrip("\n") + "\n\n" + text + "\n"
open(md, "w", encoding="utf-8").write(doc)
print(text)
EOF
