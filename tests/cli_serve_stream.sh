#!/usr/bin/env bash
# cli_serve_stream.sh RASD — GET /api/stream (Server-Sent Events) while another process
# ingests: a server started here on 127.0.0.1:0 over a store of tests/data/news; then
# tests/serve_stream.py opens the stream, runs `rasd ingest` of 150 new articles (the first
# of SaudiNewsNet with ../shared, else passages of tests/data/news) and tests/data/news again
# (unchanged: not announced) and checks the announced ids against the store; reconnects with
# Last-Event-ID and ?after=; the bound on streams; closed clients noticed; then the limits of
# request target, body, connections and idle connections. Then SIGTERM with a
# stream open ends the server with status 0; last, --request-ms 1 makes a heavy query answer
# 503. Every server started is killed on exit.
set -u
RASD=${1:?usage: tests/cli_serve_stream.sh PATH/TO/rasd}
NAME=${2:-cli_serve_stream}
T=build/test-tmp/cli-serve-stream-$$
NEWS=tests/data/news
SNN=../shared/data/saudinewsnet/articles.jsonl.gz
. tests/lib.sh
PIDS=""
trap 'for p in $PIDS; do kill -9 "$p" 2>/dev/null; done; rm -rf "$T"' EXIT

DB=$T/s.db
"$RASD" ingest --db "$DB" "$NEWS" >/dev/null 2>&1 || { echo "$NAME: FAILED: ingest" >&2; exit 1; }
if [ -r "$SNN" ] && [ -d ../shared/corpus/seeds ]; then
    python3 -c 'import gzip,sys,itertools
with gzip.open(sys.argv[1], "rt", encoding="utf-8") as f, open(sys.argv[2], "w", encoding="utf-8") as o:
    o.writelines(itertools.islice(f, 150))' "$SNN" "$T/new.jsonl"
else
    echo "$NAME: SaudiNewsNet skipped (no ../shared): passages of $NEWS instead"
    python3 - "$NEWS" "$T/new.jsonl" <<'PY'
import json, os, sys
paras = []
for name in sorted(os.listdir(sys.argv[1])):
    if name.endswith(".txt") and not name.startswith("f_"):
        text = open(os.path.join(sys.argv[1], name), encoding="utf-8").read()
        paras += [p.strip() for p in text.split("\n") if len(p.strip()) > 40]
with open(sys.argv[2], "w", encoding="utf-8") as o:
    for i in range(150):
        ps = [paras[(i + k) % len(paras)] for k in range(3)]
        o.write(json.dumps({"id": "n%03d" % i, "title": ps[0][:60], "text": "\n".join(ps),
                            "published": "2016-01-%02d" % (1 + i % 28), "source": "AB"[i % 2]},
                           ensure_ascii=False) + "\n")
PY
fi

# An alert on the longest word of the first new title: the stream must announce its matches.
word=$(python3 -c 'import json,sys; t=json.loads(open(sys.argv[1], encoding="utf-8").readline())["title"]
print(max(t.split(), key=len))' "$T/new.jsonl")
"$RASD" alert add --db "$DB" streamed "$word" >/dev/null 2>&1 || bad "alert add '$word'"

printf 'a-token-of-at-least-16-bytes\n' >"$T/token"
"$RASD" serve --db "$DB" --listen 127.0.0.1:0 --threads 2 --keepalive 1 --idle-timeout 2 \
    --token-file "$T/token" >"$T/out" 2>"$T/err" &
SPID=$!
PIDS="$PIDS $SPID"
for _ in $(seq 600); do
    grep -q '^rasd serve: http://' "$T/out" && break
    kill -0 "$SPID" 2>/dev/null || break
    sleep 0.05
done
URL=$(sed -n 's|^rasd serve: \(http://[^ ]*\)/$|\1|p' "$T/out")
[ -n "$URL" ] || { cat "$T/err" >&2; echo "$NAME: FAILED: the server did not start" >&2; exit 1; }

out=$(python3 tests/serve_stream.py "$URL" "$RASD" "$DB" "$(cat "$T/token")" "$T/new.jsonl" "$NEWS" 2>&1)
printf '%s\n' "$out" | grep -v ' passed, ' | sed "s/^/$NAME: /" >&2
p=$(sed -n 's/^serve_stream: \([0-9]*\) passed, \([0-9]*\) failed$/\1/p' <<<"$out")
f=$(sed -n 's/^serve_stream: \([0-9]*\) passed, \([0-9]*\) failed$/\2/p' <<<"$out")
[ -n "$p" ] || bad "serve_stream.py gave no count"
pass=$((pass + ${p:-0})); fail=$((fail + ${f:-0}))

# SIGTERM with a stream open: the stream ends and the server exits with status 0.
command python3 -c 'import socket,sys,time
h,p=sys.argv[1][7:].split(":"); s=socket.create_connection((h,int(p)))
s.sendall(b"GET /api/stream HTTP/1.1\r\nHost: x\r\n\r\n")
got = b""
while b"ready" not in got and len(got) < 4000:
    got += s.recv(1000) or b"x" * 4000
if b"ready" in got: open(sys.argv[2], "w").close()
try: s.recv(1000)
except OSError: pass
time.sleep(30)' "$URL" "$T/stream-open" &
CPID=$!
PIDS="$PIDS $CPID"
for _ in $(seq 200); do [ -e "$T/stream-open" ] && break; sleep 0.05; done
test -e "$T/stream-open" && ok || bad "a stream open before SIGTERM"
kill -TERM "$SPID"
wait "$SPID"; rc=$?
test "$rc" = 0 && ok || bad "SIGTERM with a stream open: exit status $rc"
kill "$CPID" 2>/dev/null

# The computing time of a request: with --request-ms 1, a query of six prefixes (thousands of
# posting lists read through SQLite, 15-45 ms here) answers 503 "timeout"; the server goes on
# answering; with the default bound the same query answers 200.
get() { python3 -c 'import sys,urllib.request,urllib.error
try: r = urllib.request.urlopen(sys.argv[1], timeout=30); print(r.status, r.read().decode())
except urllib.error.HTTPError as e: print(e.code, e.read().decode())' "$1"; }
Q="%D8%A7*%20%D9%85*%20%D8%AA*%20%D8%A8*%20%D9%88*%20%D9%84*"     # ا* م* ت* ب* و* ل*
for ms in 1 5000; do
    "$RASD" serve --db "$DB" --listen 127.0.0.1:0 --request-ms "$ms" >"$T/out$ms" 2>"$T/err$ms" &
    SPID=$!
    PIDS="$PIDS $SPID"
    for _ in $(seq 600); do grep -q '^rasd serve: http://' "$T/out$ms" && break; sleep 0.05; done
    URL=$(sed -n 's|^rasd serve: \(http://[^ ]*\)/$|\1|p' "$T/out$ms")
    got=$(get "$URL/api/search?q=$Q")
    if [ "$ms" = 1 ]; then
        case $got in '503 {"error":"timeout"'*) ok ;; *) bad "--request-ms 1: ${got:0:200}" ;; esac
        case $(get "$URL/api/health") in '200 '*) ok ;; *) bad "no answer after a timeout" ;; esac
    else
        case $got in '200 {"items":[{'*) ok ;; *) bad "--request-ms 5000: ${got:0:200}" ;; esac
    fi
    kill -TERM "$SPID"; wait "$SPID"
done
finish
