#!/usr/bin/env bash
# cli_warc.sh RASD — black-box tests of WARC archives given to rasd ingest and rasd extract,
# and of the language routing. Core tier: tests/data/warc/wget.warc.gz (made by wget
# --warc-file from a local server: plain, chunked, gzip-encoded and chunked+gzip pages, a
# charset given by the HTTP header only, a 404, a JSON file, a redirect), the damaged
# archives tests/warc_fixtures.py makes from it (garbage between gzip members, a cut
# member, a corrupt member, a cut last member; one gzip stream; plain WARC with garbage and
# a cut record), tests/data/warc/hand.warc (record types, bad encodings, bad framing), a
# record over the document limit, and English text kept out of the Arabic stages. Shared
# tier: SaudiNewsNet articles rendered as pages plus English pages of
# ../shared/data/article-extraction, served on 127.0.0.1 and crawled by wget.
set -u
RASD=${1:?usage: tests/cli_warc.sh PATH/TO/rasd}
NAME=${2:-cli_warc}
T=build/test-tmp/cli-warc-$$
W=tests/data/warc
H=tests/data/html
. tests/lib.sh
FIX="python3 tests/warc_fixtures.py"
# count DB SQL: the first column of the first row
ids_like() { sql "$1" "select count(*) from articles where id like '$2' and url = id"; }
text_of() { sql "$1" "select t.text from articles a join texts t using (docid) where a.id like '$2'"; }
body=$(cat $H/body.utf8)

# ---------------------------------------------------------------- wget's archive
"$RASD" ingest --db "$T/w.db" $W/wget.warc.gz >/dev/null 2>"$T/err"
expect "wget: 13 articles, one id twice (the redirect)" grep -q "^ingested 13, unchanged 1, updated 0, rejected 0" "$T/err"
expect "wget: the counts of what was skipped" grep -q "^warc: 14 pages read; skipped 23: 17 request, 1 metadata, 1 warcinfo, 0 revisit, 1 other types, 1 not HTML, 2 not 200, 0 without article text; errors: 0 truncated, 0 too big, 0 corrupt$" "$T/err"
expect "wget: ids and urls are the target URIs" test "$(ids_like "$T/w.db" 'http://127.0.0.1:%/%.html')" = 13
for how in p chunked gzip both; do
    expect "wget: $how page's text" test "$(text_of "$T/w.db" "%/$how/boilerplate.html")" = "$body"
    expect "wget: $how windows-1256 page's text" test "$(text_of "$T/w.db" "%/$how/cp1256.html")" = "$body"
done
expect "wget: charset from the HTTP header alone" test "$(text_of "$T/w.db" '%/nometa/cp1256.html')" = "$body"
expect "wget: English page stored" sh -c "'$RASD' search --db '$T/w.db' desalination | grep -q '/p/english.html'"
expect "wget: English pages kept from the Arabic stages" grep -q "^not Arabic: 4 articles stored and indexed without entities and events" "$T/err"
expect "wget: Arabic pages went through them" test "$(sql "$T/w.db" "select count(distinct docid) from mentions")" = 9
"$RASD" ingest --db "$T/w.db" $W/wget.warc.gz >/dev/null 2>"$T/err"
expect "wget: again, all unchanged" grep -q "^ingested 0, unchanged 14, updated 0, rejected 0" "$T/err"

# ---------------------------------------------------------------- damaged archives
$FIX edges $W/wget.warc.gz "$T"
off() { python3 -c 'import sys; print(open(sys.argv[1], "rb").read().find(sys.argv[2].encode()))' "$@"; }
"$RASD" ingest --db "$T/e.db" "$T/edges.warc.gz" >/dev/null 2>"$T/err"
expect "edges: garbage between members, at its offset" grep -q "edges.warc.gz: byte $(off "$T/edges.warc.gz" GARBAGE): bytes that are no gzip member, skipped" "$T/err"
expect "edges: the cut and the corrupt member" test "$(grep -c 'gzip member does not inflate' "$T/err")" = 2
expect "edges: the cut last member" grep -q "gzip member cut short by the end of the file" "$T/err"
expect "edges: every other record read" grep -q "^ingested 13, unchanged 2, updated 0, rejected 4" "$T/err"
expect "edges: the revisit counted" grep -q "^warc: 15 pages read; skipped 24: 17 request, 1 metadata, 1 warcinfo, 1 revisit,.*errors: 1 truncated, 0 too big, 3 corrupt$" "$T/err"
for f in stream.warc.gz plain.warc; do
    "$RASD" ingest --db "$T/$f.db" "$T/$f" >/dev/null 2>"$T/err"
    expect "$f: garbage said" grep -q "$f: .*bytes that are no WARC record, skipped" "$T/err"
    expect "$f: the cut last record said" grep -q "$f: .*record cut short: 2325 of its 5193 bytes" "$T/err"
    expect "$f: the rest read" grep -q "^ingested 13, unchanged 1, updated 0, rejected 2" "$T/err"
done
expect "plain.warc: garbage at its byte offset" grep -q "plain.warc: byte $(off "$T/plain.warc" 'this line is no record'): bytes that are no WARC record" "$T/err"

# ---------------------------------------------------------------- hand-made records
"$RASD" extract $W/hand.warc >"$T/out" 2>"$T/err"
expect "hand: extract exits 1 on bad records" test $? = 1
expect "hand: four pages" test "$(python3 -c 'import json,sys; print(" ".join(json.loads(l)["id"] for l in sys.stdin))' <"$T/out")" = "http://example.com/ar/hospital http://example.com/en/water http://example.com/ar/notype http://example.com/ar/last"
expect "hand: lang" test "$(python3 -c 'import json,sys; print(" ".join(json.loads(l)["lang"] for l in sys.stdin))' <"$T/out")" = "ar en ar ar"
expect "hand: url is the target URI" test "$(python3 -c 'import json,sys; print(all(json.loads(l)["url"] == json.loads(l)["id"] for l in sys.stdin))' <"$T/out")" = True
# the offsets are those of each record's "WARC/" line (of the garbage's first byte)
for e in "byte 8106: bytes that are no WARC record, skipped" \
         "byte 8146: http://example.com/brotli: Content-Encoding that does not decode" \
         "byte 8399: http://example.com/badchunks: bad chunked transfer encoding" \
         "byte 14088: bad Content-Length \"12x\"" \
         "byte 19450: record cut short: 121 of its 1556 bytes"; do
    expect "hand: $e" grep -qF "hand.warc: $e" "$T/err"
done
expect "hand: five errors, no more" test "$(grep -c 'hand.warc: byte' "$T/err")" = 5
expect "hand: the counts" grep -q "hand.warc: 4 pages; skipped 1 request, 1 metadata, 1 warcinfo, 1 revisit, 0 other types, 2 not HTML, 1 not 200, 0 without article text; errors: 1 truncated, 0 too big, 4 corrupt" "$T/err"
"$RASD" ingest --db "$T/h.db" $W/hand.warc >/dev/null 2>"$T/err"
expect "hand: ingest the four" grep -q "^ingested 4, unchanged 0, updated 0, rejected 5" "$T/err"

# a record over the document limit is skipped and said; the next one read
python3 - "$T/big.warc" $H/boilerplate.html <<'EOF'
import sys
page = open(sys.argv[2], "rb").read()
big = page.replace(b"</article>", b"<p>" + "نص طويل جدا ".encode() * 120000 + b"</p></article>")
def rec(uri, body):
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
    return (b"WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri.encode() +
            b"\r\nContent-Length: %d\r\n\r\n" % len(http) + http + b"\r\n\r\n")
open(sys.argv[1], "wb").write(rec("http://example.com/big", big) + rec("http://example.com/small", page))
EOF
"$RASD" ingest --max-doc-mb 1 --db "$T/b.db" "$T/big.warc" >/dev/null 2>"$T/err"
expect "limit: the big record said" grep -q "big.warc: byte 0: record of [0-9]* bytes over the limit, skipped" "$T/err"
expect "limit: the small one read" test "$(sql "$T/b.db" 'select id from articles')" = http://example.com/small

# ---------------------------------------------------------------- language routing
printf '%s\n' '{"id":"ar","text":"وقال ولي العهد الأمير محمد بن سلمان في الرياض إن المملكة العربية السعودية ستفتتح المشروع في مدينة جدة."}' \
    '{"id":"en","text":"The crown prince spoke in the capital about the new project, which the government says will open next year in the port city. وقال ولي العهد الأمير محمد بن سلمان في الرياض إن المملكة العربية السعودية ستفتتح المشروع في مدينة جدة. Officials added that the works will be finished before the summer and that the budget has been approved by the council of ministers in its weekly meeting."}' >"$T/l.jsonl"
"$RASD" ingest --db "$T/l.db" "$T/l.jsonl" >/dev/null 2>"$T/err"
expect "lang: the Arabic article's entities" test "$(sql "$T/l.db" "select count(*) from mentions join articles using (docid) where id = 'ar'")" -ge 4
expect "lang: none for the English one, though it quotes the same Arabic" test "$(sql "$T/l.db" "select count(*) from mentions join articles using (docid) where id = 'en'")" = 0
expect "lang: the English one is searchable" sh -c "'$RASD' search --db '$T/l.db' budget | grep -q en"
expect "lang: said in the summary" grep -q "^not Arabic: 1 articles" "$T/err"

# ---------------------------------------------------------------- shared: a crawl
if shared_tier "a crawl of SaudiNewsNet and article-extraction pages"; then
    mkdir -p "$T/site"
    $FIX snn ../shared/data/saudinewsnet/articles.jsonl.gz 200 "$T/site"
    en=$(python3 -c '
import json
d = json.load(open("../shared/data/article-extraction/ground-truth.json"))
ascii = lambda t: sum(c.isascii() for c in t) >= 0.98 * len(t)
print(" ".join(sorted(k for k, v in d.items() if len(v.get("articleBody") or "") > 500 and ascii(v["articleBody"]))[:20]))')
    for k in $en; do cp "../shared/data/article-extraction/html/$k.html.gz" "$T/site/"; done
    WARC_WAYS=p $FIX wget "$T/site" "$T/crawl.warc.gz"
    "$RASD" ingest --db "$T/c.db" "$T/crawl.warc.gz" >/dev/null 2>"$T/err"
    pages=$(ls "$T/site" | wc -l)
    n=$(sql "$T/c.db" 'select count(*) from articles')
    # SaudiNewsNet articles with an empty text make pages without article text
    empty=$(grep -o '[0-9]* without article text' "$T/err" | cut -d' ' -f1)
    expect "crawl: every page with text ingested ($n + $empty of $pages)" test "$((n + empty))" = "$pages"
    expect "crawl: the English pages kept from the Arabic stages" grep -q "^not Arabic: 20 articles" "$T/err"
    expect "crawl: no error" grep -q "errors: 0 truncated, 0 too big, 0 corrupt" "$T/err"
fi
finish
