#!/usr/bin/env bash
# cli_watch.sh RASD — black-box tests of rasd watch against the fixture server
# tests/watch_server.py, started here on 127.0.0.1 (host names mapped to it with --resolve):
# feeds in RSS, Atom and JSON Feed, pages with boilerplate in UTF-8 and windows-1256, an
# English page, 304 answers, 404 and 500, a redirect and a redirect loop, a stall longer
# than the timeout, a 50 MB page, malformed XML, a feed whose items move between polls,
# robots.txt disallowing a path. Checked from the server's request log and the store: every
# reachable article stored once with its text and without the boilerplate, no page fetched
# twice across --once runs nor across a kill -9, failures reported per feed while the others
# go on, no host asked more than --rate times in a second, the store's integrity, SIGTERM.
# The pages are SaudiNewsNet articles when ../shared is there, else rasd's own test
# articles (tests/data/news, tests/watch_articles.py).
set -u
RASD=${1:?usage: tests/cli_watch.sh PATH/TO/rasd}
NAME=${2:-cli_watch}
T=build/test-tmp/cli-watch-$$
. tests/lib.sh
SNN=../shared/data/saudinewsnet/articles.jsonl.gz
check() { python3 tests/watch_check.py "$@"; }

if [ -f "$SNN" ]; then
    python3 tests/watch_articles.py 72 "$T/art.jsonl" "$SNN"
else
    python3 tests/watch_articles.py 72 "$T/art.jsonl"
fi
command python3 tests/watch_server.py "$T/art.jsonl" test "$T/port" "$T/req.log" 2>"$T/server.err" &
SRV=$!
trap 'kill "$SRV" 2>/dev/null; wait "$SRV" 2>/dev/null; [ -n "${KEEP:-}" ] || rm -rf "$T"' EXIT
for _ in $(seq 100); do [ -s "$T/port" ] && break; sleep 0.05; done
P=$(cat "$T/port")
RES=""
for h in a b c d e; do RES="$RES${RES:+,}news-$h.test:$P:127.0.0.1"; done
W=("$RASD" watch --resolve "$RES" --rate 5 --timeout 1.5 --connect-timeout 1 --max-bytes 2000000
   --interval 1 --retry-after 3600)
DB=$T/w.db
for f in a/rss.xml b/atom.xml c/feed.json c/moving.xml d/broken.xml d/gone.xml; do
    "$RASD" feed add --db "$DB" "http://news-${f%%/*}.test:$P/${f#*/}" --source "site-${f%%/*}" \
        >/dev/null 2>>"$T/add.err"
done
expect "six feeds added" test "$("$RASD" feed list --db "$DB" | grep -c "news-")" = 6
"$RASD" alert add --db "$DB" truce "humanitarian ceasefire" >/dev/null

# --------------------------------------------------------------- the first poll
"${W[@]}" --db "$DB" --once --exec "cat >>'$T/exec.jsonl'" >"$T/out1" 2>"$T/err1"
rc=$?
expect "first --once run: exit 0 despite failing feeds and pages" test "$rc" = 0
expect "first run: every reachable article stored, with its text, without boilerplate" \
    check stored "$DB" "$P" "$T/art.jsonl" a,b,c,moved,moving4,english
expect "first run: no page fetched twice" check once "$T/req.log"
expect "robots.txt: the disallowed path never asked" check never "$T/req.log" /private/secret.html
expect "robots.txt: the disallowed page reported" \
    grep -q "page http://news-a.test:$P/private/secret.html (feed http://news-a.test:$P/rss.xml): disallowed by robots.txt" "$T/err1"
B="(feed http://news-b.test:$P/atom.xml)"
expect "404 reported with its feed" grep -qF "page http://news-b.test:$P/b/missing.html $B: HTTP 404" "$T/err1"
expect "500 reported" grep -qF "page http://news-b.test:$P/b/error.html $B: HTTP 500" "$T/err1"
expect "redirect loop reported" grep -qF "page http://news-b.test:$P/b/loop1 $B: too many redirects" "$T/err1"
expect "stall reported as a timeout" grep -qF "page http://news-b.test:$P/b/stall.html $B: timed out" "$T/err1"
expect "50 MB page refused" grep -qF "page http://news-b.test:$P/b/huge.html $B: refused: the body is over 2000000 bytes" "$T/err1"
expect "malformed feed reported" grep -qF "feed http://news-d.test:$P/broken.xml: failed:" "$T/err1"
expect "missing feed reported" grep -qF "feed http://news-d.test:$P/gone.xml: failed: HTTP 404" "$T/err1"
expect "a log line per feed (not a terminal)" grep -qF "feed http://news-a.test:$P/rss.xml: 200, 12 items, 12 new" "$T/err1"
expect "the redirect followed: one hop" check status "$T/req.log" /moved/x 1 302
expect "User-Agent names rasd" check ua "$T/req.log"
expect "pages sent gzip-compressed were read" check gzip "$T/req.log"
expect "per-host rate limit (5/s) kept" check rate "$T/req.log" 5
id_en="http://news-c.test:$P/c/english-1.html"
expect "English page stored and searchable" sh -c "'$RASD' search --db '$DB' --json humanitarian ceasefire | grep -qF '$id_en'"
expect "English page: no entities (not sent to the Arabic annotators)" \
    test "$("$RASD" show --db "$DB" "$id_en" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["entities"]))')" = 0
expect "summary: one article not in Arabic" grep -q "(1 not Arabic)" "$T/err1"
# The alert matches the English page only: printed once as JSON, handed once to --exec,
# and in the store's log.
alert_lines() { python3 -c 'import json,sys; print(" ".join(sorted(r["alert"]+">"+r["article"] for r in map(json.loads, open(sys.argv[1])))))' "$1"; }
expect "alert match printed as JSON on stdout" test "$(alert_lines "$T/out1")" = "truce>$id_en"
expect "alert match handed to --exec" test "$(alert_lines "$T/exec.jsonl")" = "truce>$id_en"
expect "alert match in the log" test "$("$RASD" alerts --db "$DB" --json | grep -c "\"article\":\"$id_en\"")" = 1
expect "a copy at another URL: found by its text, not stored again" grep -q ", 1 copies)" "$T/err1"
expect "the copy's URL is no article" test "$(sql "$DB" "select count(*) from articles where id like '%/c/copy.html'")" = 0
orig=$(sed -n 19p "$T/art.jsonl" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
expect "the copy's item names its original" \
    test "$(sql "$DB" "select article from feed_items where url like '%/c/copy.html'")" = "http://news-c.test:$P/c/$orig.html"
expect "integrity ok after the first run" test "$(sql "$DB" 'pragma integrity_check')" = ok

# ---------------------------------------------------------------- the second poll
sleep 1.1
"${W[@]}" --db "$DB" --once >"$T/out2" 2>"$T/err2"
expect "second --once run: exit 0" test $? = 0
expect "second run: no alert fired again" test ! -s "$T/out2"
expect "second run: RSS answered 304 (ETag)" check status "$T/req.log" /rss.xml 2 304
expect "second run: Atom answered 304 (Last-Modified)" check status "$T/req.log" /atom.xml 2 304
expect "second run: the moved items stored" check stored "$DB" "$P" "$T/art.jsonl" moving6
expect "across both runs: no page fetched twice" check once "$T/req.log"
expect "failing feed backs off: 2 s after one failure" grep -qF "gone.xml: failed: HTTP 404 (1 in a row; next poll in 2 s)" "$T/err1"
expect "failing feed backs off: 4 s after two" grep -qF "gone.xml: failed: HTTP 404 (2 in a row; next poll in 4 s)" "$T/err2"
expect "integrity ok after the second run" test "$(sql "$DB" 'pragma integrity_check')" = ok

# ------------------------------------------------------------------- kill -9
K=$T/k.db
"$RASD" feed add --db "$K" "http://news-e.test:$P/many.xml" >/dev/null
"${W[@]}" --db "$K" --rate 20 --batch 5 --no-entities >/dev/null 2>"$T/errk" &
pid=$!
for _ in $(seq 400); do
    n=$(sql "$K" 'select count(*) from articles' 2>/dev/null || echo 0)
    [ "${n:-0}" -ge 8 ] && break
    sleep 0.02
done
kill -9 "$pid"; wait "$pid" 2>/dev/null
tkill=$(python3 -c 'import time; print(time.time())')
sql "$K" 'select group_concat(id, char(10)) from articles' >"$T/stored_at_kill"
"${W[@]}" --db "$K" --rate 20 --batch 5 --no-entities --once >/dev/null 2>"$T/errk2"
expect "after kill -9: the run resumes, exit 0" test $? = 0
expect "after kill -9: all 40 pages stored" check stored "$K" "$P" "$T/art.jsonl" e
expect "after kill -9: stored pages not fetched again, the rest once" \
    check kill "$T/req.log" "$tkill" "$T/stored_at_kill" "$P"
expect "after kill -9: integrity ok" test "$(sql "$K" 'pragma integrity_check')" = ok
expect "rate limit (20/s) kept on news-e" check rate "$T/req.log" 20

# ---------------------------------------------------------------------- SIGTERM
"${W[@]}" --db "$K" >/dev/null 2>"$T/errt" &
pid=$!
# The watcher catches SIGTERM from its first line; before it (the dynamic loader, the
# sanitizers' start, slow on a loaded machine) the default action kills it. Wait until the
# kernel shows the handler (SigCgt, bit 15 - 1), as a precondition, then let it run a second.
caught() {
    local m
    m=$(awk '/^SigCgt:/ {print $2}' "/proc/$1/status" 2>/dev/null) || return 1
    [ -n "$m" ] && [ $((0x$m & 0x4000)) -ne 0 ]
}
for _ in $(seq 600); do caught "$pid" && break; sleep 0.05; done
if ! caught "$pid"; then
    bad "SIGTERM: precondition: the watcher never caught SIGTERM in 30 s"
    kill -9 "$pid"; wait "$pid" 2>/dev/null
    finish; exit
fi
sleep 1
kill -TERM "$pid"
for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
wait "$pid"; rc=$?
expect "SIGTERM: exits 0 within 5 s" test "$rc" = 0
expect "SIGTERM: says it stopped" grep -q "watch: stopped" "$T/errt"
finish
