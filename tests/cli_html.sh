#!/usr/bin/env bash
# cli_html.sh RASD — black-box tests of rasd extract and of web pages given to rasd ingest:
# the JSON Lines record (id from the file name without .html/.htm and .gz, gzip read, stdin
# as "stdin"), a lying charset said on stderr, a page without text an error that does not
# stop the others, extract piped into ingest, and ingest of a folder of pages. The core
# tier runs on tests/data/html; the shared tier scores the extraction on the dev part of
# ../shared/data/article-extraction (bench/extract_eval.py) against a floor (release pass only).
set -u
RASD=${1:?usage: tests/cli_html.sh PATH/TO/rasd}
NAME=${2:-cli_html}
T=build/test-tmp/cli-html-$$
H=tests/data/html
. tests/lib.sh
field() { python3 -c 'import json,sys; r=json.loads(sys.stdin.readline()); v=r.get(sys.argv[1]); print("null" if v is None else v)' "$1"; }

out=$("$RASD" extract $H/boilerplate.html 2>"$T/err")
expect "extract: one record, exit 0" test "$(printf '%s\n' "$out" | wc -l)" = 1 -a ! -s "$T/err"
expect "extract: the record's keys" test "$(printf '%s' "$out" | python3 -c 'import json,sys; print(",".join(json.load(sys.stdin)))')" = "id,url,title,text,published,author,lang,source"
expect "extract: id" test "$(printf '%s' "$out" | field id)" = boilerplate
expect "extract: text is the body" test "$(printf '%s' "$out" | field text)" = "$(cat $H/body.utf8)"
expect "extract: author" test "$(printf '%s' "$out" | field author)" = "سارة العتيبي"

gzip -c $H/cp1256.html >"$T/page one.htm.gz"
out=$("$RASD" extract "$T/page one.htm.gz")
expect "extract: .htm.gz id" test "$(printf '%s' "$out" | field id)" = "page one"
expect "extract: windows-1256 read" test "$(printf '%s' "$out" | field text)" = "$(cat $H/body.utf8)"
expect "extract: Hijri byline resolved" test "$(printf '%s' "$out" | field published)" = 2015-07-05
out=$("$RASD" extract - <$H/boilerplate.html)
expect "extract: stdin" test "$(printf '%s' "$out" | field id)" = stdin

"$RASD" extract $H/lie_utf8.html >"$T/out" 2>"$T/err"
expect "extract: a lying charset is said" grep -q "declared charset UTF-8 does not fit the bytes; read as WINDOWS-1256" "$T/err"
expect "extract: and the page still read" test "$(field text <"$T/out")" = "$(cat $H/body.utf8)"

"$RASD" extract $H/empty.html $H/malformed.html $H/junk.html >"$T/out" 2>"$T/err"
rc=$?
expect "extract: pages without text make exit 1" test "$rc" = 1
expect "extract: each said" test "$(grep -c 'no article text found' "$T/err")" = 2
expect "extract: the other page still out" test "$(wc -l <"$T/out")" = 1

"$RASD" extract $H/boilerplate.html $H/cp1256.html | "$RASD" ingest --db "$T/a.db" - >/dev/null 2>&1
expect "extract | ingest: two articles" test "$(sql "$T/a.db" 'select count(*) from articles')" = 2
expect "extract | ingest: title stored" test "$(sql "$T/a.db" "select title from articles where id = 'boilerplate'")" = "افتتاح مستشفى جديد في الرياض"
"$RASD" ingest --db "$T/b.db" $H >/dev/null 2>"$T/err"
expect "ingest a folder of pages: 7 in" test "$(sql "$T/b.db" 'select count(*) from articles')" = 7
expect "ingest a folder of pages: 2 rejected" test "$(grep -c 'no article text' "$T/err")" = 2
expect "ingest a page: searchable" sh -c "'$RASD' search --db '$T/b.db' 'مستشفى' | grep -q boilerplate"

if shared_tier "extraction F1 on the dev pages" slow; then
    python3 bench/extract_eval.py --rasd "$RASD" --split dev --json "$T/q.json" >/dev/null
    f1=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["rasd"]["f1"])' "$T/q.json")
    # 0.964 measured on dev when this floor was set; a drop below 0.95 is a regression.
    expect "dev F1 $f1 >= 0.95" python3 -c "import sys; sys.exit(not float('$f1') >= 0.95)"
fi
finish
