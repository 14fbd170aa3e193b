#!/usr/bin/env bash
# bench/serve.sh — `rasd serve` under load (issue 14): wrk against GET /api/articles/ID,
# /api/search?q= and /api/attention?q= over a store of all of SaudiNewsNet, beside nginx
# serving a static JSON file of the same size as the article answer, in the same run, as the
# physical limit of this box. nginx is Debian's, started here with its own configuration and
# prefix in a temporary folder, on a free loopback port, and stopped after (never the system
# service). Then a memory soak: the server's RSS sampled every 5 s while wrk mixes the three
# endpoints for SOAK_SECONDS (default 600).
# Writes build/bench/serve/ and the bench:serve section of BENCHMARKS.md (bench/serve_report.py).
# DURATION (seconds per wrk run, default 15), CONNECTIONS (default 16), THREADS (server
# threads, default 2: the box has 2 cores, shared with wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
RASD=${RASD:-build/rasd}
SNN=../shared/data/saudinewsnet/articles.jsonl.gz
OUT=build/bench/serve
DB=$OUT/snn.db
DURATION=${DURATION:-15}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
SOAK_SECONDS=${SOAK_SECONDS:-600}
ARTICLE_ID=snn-010000
mkdir -p "$OUT"
TMP=$(mktemp -d /tmp/rasd-bench-serve-XXXXXX)
SPID="" NPID=""
cleanup() {
    [ -n "$SPID" ] && kill "$SPID" 2>/dev/null && wait "$SPID" 2>/dev/null
    [ -n "$NPID" ] && kill "$NPID" 2>/dev/null && wait "$NPID" 2>/dev/null
    rm -rf "$TMP"
}
trap cleanup EXIT

for tool in wrk nginx; do
    command -v "$tool" >/dev/null || { echo "bench: $tool not found (tools/deps.sh bench)" >&2; exit 1; }
done
if [ ! -e "$SNN" ]; then
    echo "bench: $SNN not found" >&2
    exit 1
fi

# The store: all of SaudiNewsNet, made again when the corpus is newer or it does not open.
if [ ! -e "$DB" ] || [ "$SNN" -nt "$DB" ] || ! "$RASD" stats --db "$DB" >/dev/null 2>&1; then
    echo "== serve: ingesting SaudiNewsNet into $DB" >&2
    rm -f "$DB" "$DB-wal" "$DB-shm"
    "$RASD" ingest --db "$DB" "$SNN" >"$OUT/ingest.log" 2>&1
fi

# The queries: 200 pairs of adjacent title words of random articles (seed 14), URL-encoded.
python3 - "$SNN" "$OUT" "$ARTICLE_ID" <<'PY'
import gzip, json, random, re, sys, urllib.parse
snn, out, art = sys.argv[1:]
word = re.compile("^[\u0621-\u064a]{3,}$")
pairs = []
with gzip.open(snn, "rt", encoding="utf-8") as f:
    for line in f:
        t = (json.loads(line).get("title") or "").split()
        p = [(a, b) for a, b in zip(t, t[1:]) if word.match(a) and word.match(b)]
        if p:
            pairs.append(p)
rng = random.Random(14)
qs = [" ".join(rng.choice(p)) for p in rng.sample(pairs, 200)]
q = lambda s: urllib.parse.quote(s, safe="")
with open(out + "/search.paths", "w") as o:
    o.writelines("/api/search?q=%s\n" % q(s) for s in qs)
with open(out + "/attention.paths", "w") as o:
    o.writelines("/api/attention?q=%s&by=week\n" % q(s) for s in qs)
with open(out + "/article.paths", "w") as o:
    o.write("/api/articles/%s\n" % art)
PY
cat > "$TMP/paths.lua" <<'LUA'
-- Rotates over the request paths of the file named by $WRK_PATHS.
local paths, i = {}, 0
for line in io.lines(os.getenv("WRK_PATHS")) do paths[#paths + 1] = line end
request = function()
    i = i % #paths + 1
    return wrk.format("GET", paths[i])
end
LUA

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# The server.
"$RASD" serve --db "$DB" --listen 127.0.0.1:0 --threads "$THREADS" >"$TMP/serve.out" 2>"$OUT/serve.err" &
SPID=$!
for _ in $(seq 600); do
    grep -q '^rasd serve: http://' "$TMP/serve.out" && break
    sleep 0.05
done
URL=$(sed -n 's|^rasd serve: \(http://[^ ]*\)/$|\1|p' "$TMP/serve.out")
[ -n "$URL" ] || { cat "$OUT/serve.err" >&2; echo "bench: the server did not start" >&2; exit 1; }

# nginx: a static file with the same bytes as the article answer.
mkdir -p "$TMP/nginx/www" "$TMP/nginx/tmp"
chmod 755 "$TMP" "$TMP/nginx" "$TMP/nginx/www"   # nginx's workers run as another user
curl -sf "$URL/api/articles/$ARTICLE_ID" >"$TMP/nginx/www/article.json"
chmod 644 "$TMP/nginx/www/article.json"
NPORT=$(free_port)
cat >"$TMP/nginx/nginx.conf" <<EOF
daemon off;
worker_processes 2;
pid $TMP/nginx/nginx.pid;
error_log $TMP/nginx/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $TMP/nginx/tmp/body;
    proxy_temp_path $TMP/nginx/tmp/proxy;
    fastcgi_temp_path $TMP/nginx/tmp/fastcgi;
    uwsgi_temp_path $TMP/nginx/tmp/uwsgi;
    scgi_temp_path $TMP/nginx/tmp/scgi;
    server {
        listen 127.0.0.1:$NPORT;
        root $TMP/nginx/www;
        location / { default_type application/json; }
    }
}
EOF
nginx -p "$TMP/nginx" -c "$TMP/nginx/nginx.conf" -e "$TMP/nginx/error.log" &
NPID=$!
for _ in $(seq 100); do
    curl -sf "http://127.0.0.1:$NPORT/article.json" >/dev/null 2>&1 && break
    sleep 0.05
done
echo "/article.json" >"$OUT/nginx.paths"

# cpu_ticks PID...: the CPU time (user + system, clock ticks) of the processes and their
# children (nginx's workers).
cpu_ticks() {
    local p t=0 f
    for p in "$@" $(pgrep -P "$1" 2>/dev/null || true); do
        f=$(cut -d' ' -f14,15 "/proc/$p/stat" 2>/dev/null || echo "0 0")
        t=$((t + ${f% *} + ${f#* }))
    done
    echo "$t"
}

# run NAME BASE_URL PATHS PID: warms up 2 s, then wrk for DURATION s; keeps wrk's report and
# the CPU time the server (PID and its children) spent meanwhile.
run() {
    local name=$1 base=$2 paths=$3 pid=$4 t0 t1
    WRK_PATHS=$paths wrk -t2 -c"$CONNECTIONS" -d2s -s "$TMP/paths.lua" "$base" >/dev/null
    echo "== serve: wrk $name (${DURATION}s, $CONNECTIONS connections)" >&2
    t0=$(cpu_ticks "$pid")
    WRK_PATHS=$paths wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$TMP/paths.lua" "$base" \
        | tee "$OUT/wrk-$name.txt" >&2
    t1=$(cpu_ticks "$pid")
    printf 'cpu_%s\t%s\n' "$name" "$(( (t1 - t0) * 1000 / $(getconf CLK_TCK) ))" >>"$OUT/meta.tsv"
}
{
    printf 'article_bytes\t%s\n' "$(wc -c <"$TMP/nginx/www/article.json")"
    printf 'duration\t%s\nconnections\t%s\nthreads\t%s\n' "$DURATION" "$CONNECTIONS" "$THREADS"
    printf 'articles\t%s\n' "$(curl -sf "$URL/api/stats" | python3 -c 'import json,sys; print(json.load(sys.stdin)["articles"])')"
} >"$OUT/meta.tsv"
run nginx "http://127.0.0.1:$NPORT" "$OUT/nginx.paths" "$NPID"
run article "$URL" "$OUT/article.paths" "$SPID"
run search "$URL" "$OUT/search.paths" "$SPID"
run attention "$URL" "$OUT/attention.paths" "$SPID"
printf 'load\t%s\n' "$(cut -d' ' -f1-3 /proc/loadavg)" >>"$OUT/meta.tsv"
kill "$NPID" && wait "$NPID" 2>/dev/null || true
NPID=""

# The soak: the three endpoints mixed, RSS every 5 s.
cat "$OUT/article.paths" "$OUT/search.paths" "$OUT/attention.paths" >"$TMP/mixed.paths"
echo "== serve: memory soak, ${SOAK_SECONDS}s" >&2
WRK_PATHS=$TMP/mixed.paths wrk -t1 -c4 -d"${SOAK_SECONDS}s" -s "$TMP/paths.lua" "$URL" \
    >"$OUT/wrk-soak.txt" &
WPID=$!
: >"$OUT/soak.tsv"
t0=$(date +%s)
while kill -0 "$WPID" 2>/dev/null; do
    printf '%s\t%s\n' "$(($(date +%s) - t0))" \
        "$(awk '/^VmRSS/ {print $2}' "/proc/$SPID/status")" >>"$OUT/soak.tsv"
    sleep 5
done
wait "$WPID"
printf 'soak_seconds\t%s\n' "$SOAK_SECONDS" >>"$OUT/meta.tsv"
python3 bench/serve_report.py "$OUT"
