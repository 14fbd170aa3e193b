#!/usr/bin/env bash
# cli_feeds.sh RASD — black-box tests of rasd feed: add (a new store made, the URL stored in
# canonical form, a second add of the same feed in another spelling is the same feed, a
# source set later, a non-http URL refused), list (text and --json, every field), remove (by
# URL and by id; an unknown one an error that does not stop the others; items stay), items,
# and parse (JSON Lines of a fixture of tests/data/feeds, --base, standard input, gzip, a
# malformed file reported as FILE:LINE after the items read, exit 1, the others still read).
set -u
RASD=${1:?usage: tests/cli_feeds.sh PATH/TO/rasd}
NAME=${2:-cli_feeds}
T=build/test-tmp/cli-feeds-$$
F=tests/data/feeds
. tests/lib.sh
nth() { python3 -c 'import json,sys; rows=[json.loads(l) for l in sys.stdin]; v=rows[int(sys.argv[1])].get(sys.argv[2]); print("null" if v is None else v)' "$1" "$2"; }

DB="$T/f.db"
out=$("$RASD" feed add --db "$DB" 'HTTP://WWW.Sabq.ORG:80/rss.xml?lang=ar#top' --source سبق)
expect "add: a new store, exit 0" test -s "$DB" -a "$out" = "added feed 1: HTTP://WWW.Sabq.ORG:80/rss.xml?lang=ar#top"
expect "add: the canonical URL stored" test "$(sql "$DB" 'select url from feeds')" = "http://www.sabq.org/rss.xml?lang=ar"
out=$("$RASD" feed add --db "$DB" http://www.sabq.org/rss.xml?lang=ar)
expect "add: the same feed again" test "$out" = "already had feed 1: http://www.sabq.org/rss.xml?lang=ar"
expect "add: its source kept" test "$(sql "$DB" 'select source from feeds where id = 1')" = سبق
"$RASD" feed add --db "$DB" --source "الشرق الأوسط" https://aawsat.com/feed >/dev/null
"$RASD" feed add --db "$DB" https://okaz.com.sa/rss >/dev/null
"$RASD" feed add --db "$DB" https://okaz.com.sa/rss --source عكاظ >/dev/null
expect "add: a source set later" test "$(sql "$DB" "select source from feeds where id = 3")" = عكاظ
"$RASD" feed add --db "$DB" ftp://example.com/feed >"$T/out" 2>"$T/err"
expect "add: ftp refused, exit 1" test $? = 1 -a ! -s "$T/out"
expect "add: and said" grep -q "not an http(s) URL: 'ftp://example.com/feed'" "$T/err"
"$RASD" feed add --db "$DB" >/dev/null 2>&1
expect "add: no URL is a usage error" test $? = 2

"$RASD" feed list --db "$DB" >"$T/list"
expect "list: three feeds" test "$(wc -l <"$T/list")" = 3
expect "list: id, URL and source" grep -q "^   2  https://aawsat.com/feed .*الشرق الأوسط" "$T/list"
"$RASD" feed list --db "$DB" --json >"$T/list.json"
expect "list --json: the fields" test "$(head -1 "$T/list.json" | python3 -c 'import json,sys; print(",".join(json.load(sys.stdin)))')" = "id,url,source,added,etag,last_modified,last_poll,last_status,last_error,failures,next_poll,items"
expect "list --json: never polled" test "$(nth 0 last_poll <"$T/list.json"),$(nth 0 next_poll <"$T/list.json"),$(nth 0 failures <"$T/list.json")" = "null,null,0"
expect "list --json: source" test "$(nth 1 source <"$T/list.json")" = "الشرق الأوسط"

# items seen from feed 2 stay seen when it goes
python3 - "$DB" <<'EOF'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.execute("insert into feed_items(url, feed, first_seen, title) values ('https://aawsat.com/a', 2, 1437436292, 'أ')")
c.execute("insert into feed_items(url, feed, first_seen, state, article) values ('https://aawsat.com/b', 2, 1437436293, 1, 'https://aawsat.com/b')")
c.commit()
EOF
expect "list: the items counted" test "$("$RASD" feed list --db "$DB" --json | nth 1 items)" = 2
"$RASD" feed remove --db "$DB" https://AAWSAT.com:443/feed 99 >"$T/out" 2>"$T/err"
expect "remove: an unknown id makes exit 1" test $? = 1
expect "remove: by URL, in any spelling" test "$(cat "$T/out")" = "removed feed https://AAWSAT.com:443/feed"
expect "remove: the unknown one said" grep -q "no feed 99" "$T/err"
"$RASD" feed remove --db "$DB" 3 >/dev/null
expect "remove: by id" test "$("$RASD" feed list --db "$DB" | wc -l)" = 1
expect "remove: the items stay seen" test "$(sql "$DB" 'select count(*) from feed_items where feed is null')" = 2
"$RASD" feed items --db "$DB" --json >"$T/items"
expect "items --json: first seen first" test "$(nth 0 url <"$T/items"),$(nth 0 state <"$T/items"),$(nth 1 state <"$T/items")" = "https://aawsat.com/a,new,fetched"
expect "items --state" test "$("$RASD" feed items --db "$DB" --state fetched | wc -l)" = 1
"$RASD" feed items --db "$DB" --state gone >/dev/null 2>&1
expect "items: an unknown state is a usage error" test $? = 2
"$RASD" feed list --db "$T/none.db" >/dev/null 2>&1
expect "list: a missing store is an error, not made" test $? = 1 -a ! -e "$T/none.db"

# parse
"$RASD" feed parse $F/rss2.xml >"$T/items" 2>"$T/err"
expect "parse: exit 0, the items" test $? = 0 -a "$(wc -l <"$T/items")" = 4
expect "parse: the keys" test "$(head -1 "$T/items" | python3 -c 'import json,sys; print(",".join(json.load(sys.stdin)))')" = "url,title,published,author,summary,guid,source"
expect "parse: as wanted" python3 -c '
import json, sys
got = [json.loads(l) for l in open(sys.argv[1])]
want = [json.loads(l) for l in open(sys.argv[2])]
sys.exit(got != want)' "$T/items" $F/rss2.xml.want.jsonl
expect "parse: what was read, on stderr" grep -q "rss2.xml: rss, 4 items, 1 skipped" "$T/err"
out=$("$RASD" feed parse --base https://m.aawsat.com/rss - <$F/rss2.xml 2>/dev/null | nth 0 url)
expect "parse: stdin, links against --base" test "${out%%/home/*}" = "https://m.aawsat.com"
gzip -c $F/feed.json >"$T/feed.json.gz"
expect "parse: gzip, JSON Feed" test "$("$RASD" feed parse "$T/feed.json.gz" 2>/dev/null | wc -l)" = 3
"$RASD" feed parse $F/broken.xml $F/atom.xml >"$T/items" 2>"$T/err"
expect "parse: a malformed file makes exit 1" test $? = 1
expect "parse: FILE:LINE: reason" grep -q "^rasd: $F/broken.xml:15: Opening and ending tag mismatch" "$T/err"
expect "parse: the items before the error and the next file" test "$(grep -c . "$T/items")" -ge 5
expect "parse: Arabic title" test "$("$RASD" feed parse $F/rss_1256.xml 2>/dev/null | nth 0 title)" = "$(nth 0 title <$F/rss_1256.xml.want.jsonl)"
finish
