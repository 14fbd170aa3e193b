#!/usr/bin/env bash
# cli_serve.sh RASD — black-box tests of `rasd serve`: a server started here on 127.0.0.1:0
# (it prints its URL) over a store of tests/data/news and a hostile article (core tier), plus
# the seeds (shared tier): each endpoint's fields, pagination, searching بوتين, the article
# serializer, stories (list, filters, one story as rasd story --json), hostile text escaped in JSON, writes refused without or with a wrong token and
# taken with the right one, path traversal refused, bad parameters 400, the security
# headers, a store in a read-only folder served read-only, SIGTERM ending the server with
# status 0. Every server started is killed on exit.
set -u
RASD=${1:?usage: tests/cli_serve.sh PATH/TO/rasd}
NAME=${2:-cli_serve}
T=build/test-tmp/cli-serve-$$
SEEDS=../shared/corpus/seeds
NEWS=tests/data/news
. tests/lib.sh
PIDS=""
trap 'for p in $PIDS; do kill -9 "$p" 2>/dev/null; done; rm -rf "$T"' EXIT

# start DB OUT [ARGS...]: starts a server, waits for its URL (in $OUT), adds it to PIDS. The
# bound on a request's computing time is raised from its 5 s default: these checks assert
# answers, not speed (under the sanitizers on a loaded machine a story query took over 5 s;
# cli_serve_stream.sh tests the bound itself).
start() {
    local db=$1 out=$2; shift 2
    $RASD serve --db "$db" --listen 127.0.0.1:0 --request-ms 120000 "$@" >"$out" 2>"$out.err" &
    SPID=$!
    PIDS="$PIDS $SPID"
    for _ in $(seq 600); do
        grep -q '^rasd serve: http://' "$out" && break
        kill -0 "$SPID" 2>/dev/null || break
        sleep 0.05
    done
    URL=$(sed -n 's|^rasd serve: \(http://[^ ]*\)/$|\1|p' "$out")
    [ -n "$URL" ] || { cat "$out.err" >&2; echo "$NAME: FAILED: the server did not start" >&2; exit 1; }
}
# A hostile article: markup and bidi overrides in title and text, then 1 MB of one word,
# then four dated articles.
python3 - "$T/hostile.jsonl" <<'PY'
import json, sys
t = '<script>alert(1)</script> "><img src=x onerror=alert(1)> \u202eevil\u202c \u2066x\u2069 بوتين'
rec = {"id": "hostile<1>", "title": t, "text": t + " نص الخبر.", "source": "<b>src</b>",
       "published": "2015-11-16"}
big = {"id": "big", "title": "كلمة", "text": "كلمة" * (1 << 18)}
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write(json.dumps(rec, ensure_ascii=False) + "\n" + json.dumps(big, ensure_ascii=False) + "\n")
    # Dated articles for attention over time: 2016-01-04 is a Monday.
    for i, (text, day, src) in enumerate([("زار بوتين موسكو", "2016-01-04", "A"),
                                          ("زار أوباما واشنطن", "2016-01-04", "B"),
                                          ("بوتين وأوباما", "2016-01-06T10:00:00", "A"),
                                          ("خبر عن النفط", "2016-02-01", "A")]):
        f.write(json.dumps({"id": "d%d" % i, "text": text, "published": day, "source": src},
                           ensure_ascii=False) + "\n")
PY
DB=$T/s.db
INPUTS="$NEWS $T/hostile.jsonl"
if shared_tier "seeds"; then INPUTS="$INPUTS $SEEDS"; fi
# shellcheck disable=SC2086  # the inputs are words
$RASD ingest --db "$DB" $INPUTS >/dev/null 2>&1 || { echo "$NAME: FAILED: ingest" >&2; exit 1; }
printf 'a-token-of-at-least-16-bytes\n' >"$T/token"
start "$DB" "$T/out" --token-file "$T/token" --threads 2
case $URL in http://127.0.0.1:[1-9]*) ok ;; *) bad "URL on loopback with a port: $URL" ;; esac

SHARED=0
shared_tier "seeds checks" && SHARED=1
"$RASD" show --db "$DB" a_geneva >"$T/show.json" 2>/dev/null
GENEVA_STORY=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["story"]["id"])' "$T/show.json")
"$RASD" story --db "$DB" --json "$GENEVA_STORY" >"$T/story.json" 2>/dev/null
# The HTTP checks, in one Python process; its count joins this script's.
http_checks() {
    local out p f
    out=$(python3 tests/serve_http.py "$URL" "$@" 2>&1)
    printf '%s\n' "$out" | grep -v ' passed, ' | sed "s/^/$NAME: /" >&2
    p=$(sed -n 's/^serve_http: \([0-9]*\) passed, \([0-9]*\) failed$/\1/p' <<<"$out")
    f=$(sed -n 's/^serve_http: \([0-9]*\) passed, \([0-9]*\) failed$/\2/p' <<<"$out")
    [ -n "$p" ] || { bad "serve_http.py $1 gave no count"; return; }
    pass=$((pass + p)); fail=$((fail + f))
}
http_checks main "$DB" "$(cat "$T/token")" "$SHARED" "$T/show.json" "$T/story.json"

# SIGTERM: the server ends by itself, with status 0.
kill -TERM "$SPID"
wait "$SPID"; rc=$?
test "$rc" = 0 && ok || bad "SIGTERM: exit status $rc"

# A store in a read-only folder, its WAL checkpointed away: served read-only. Root reads and
# writes any file, so as root the server runs as nobody, from copies (binary, data, token) in
# a folder of /tmp that nobody can reach wherever the clone is.
AS="" NB="" TOKEN=$T/token SAVE=$RASD
if [ "$(id -u)" = 0 ]; then
    NB=$(mktemp -d /tmp/rasd-serve-ro-XXXXXX)
    trap 'for p in $PIDS; do kill -9 "$p" 2>/dev/null; done; rm -rf "$T" "$NB"' EXIT
    cp "$RASD" "$NB/rasd" && cp -r data "$NB/data" && cp "$T/token" "$NB/token" &&
        chmod -R a+rX "$NB" || { bad "copies for nobody in $NB"; finish; exit; }
    AS="setpriv --reuid=65534 --regid=65534 --clear-groups"
    RASD="env RASD_DATA=$NB/data $AS $NB/rasd" TOKEN=$NB/token RO=$NB/ro
else
    RO=$T/ro
fi
mkdir -p "$RO"
cp "$DB" "$RO/s.db"
[ -e "$DB-wal" ] && cp "$DB-wal" "$RO/s.db-wal"
python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute("pragma wal_checkpoint(TRUNCATE)"); c.execute("pragma journal_mode=wal"); c.close()' "$RO/s.db"
rm -f "$RO/s.db-wal" "$RO/s.db-shm"
chmod 444 "$RO/s.db"; chmod 555 "$RO"
start "$RO/s.db" "$T/out-ro" --token-file "$TOKEN"
RASD=$SAVE
http_checks readonly "$(cat "$T/token")"
test ! -e "$RO/s.db-shm" && ok || bad "a -shm file appeared in the read-only folder"
kill -TERM "$SPID"; wait "$SPID"
chmod 755 "$RO"

finish
