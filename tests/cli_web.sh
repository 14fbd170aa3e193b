#!/usr/bin/env bash
# cli_web.sh RASD — the browser tests of rasd serve's web page (shared tier, slow: release
# pass only). Starts one server on 127.0.0.1:0 over a store of the seeds, tests/data/news,
# a slice of SaudiNewsNet (its first 3,000 articles: those that name بوتين, and the first
# 200) and hostile articles (markup, bidi overrides, 1 MB of one word), then runs
# tests/web/browser.mjs: playwright-core (npm, installed by make into tests/web/node_modules)
# driving Debian's chromium. Screenshots of each view go to build/web-artifacts/.
set -u
RASD=${1:?usage: tests/cli_web.sh PATH/TO/rasd}
NAME=${2:-cli_web}
T=build/test-tmp/cli-web-$$
ART=build/web-artifacts
SNN=../shared/data/saudinewsnet/articles.jsonl.gz
. tests/lib.sh
SPID=""
trap '[ -n "$SPID" ] && kill -9 "$SPID" 2>/dev/null; rm -rf "$T"' EXIT
if ! shared_tier "browser tests" slow; then finish; exit; fi
if [ ! -d tests/web/node_modules/playwright-core ]; then
    bad "tests/web/node_modules/playwright-core is missing: run make check-build (npm ci in tests/web)"
    finish; exit
fi
CHROMIUM=${RASD_CHROMIUM:-/usr/bin/chromium}
[ -x "$CHROMIUM" ] || { bad "no $CHROMIUM: tools/deps.sh test installs Debian's chromium"; finish; exit; }

python3 - "$T" "$SNN" <<'PY'
import gzip, json, sys
out, snn = sys.argv[1], sys.argv[2]
t = '<script>alert(1)</script> "><img src=x onerror=alert(1)> \u202eevil\u202c \u2066x\u2069 بوتين'
recs = [{"id": "hostile<1>", "title": t, "text": t + " نص الخبر.", "source": "<b>src</b>",
         "published": "2015-11-16"},
        {"id": "big", "title": "كلمة", "text": "كلمة" * (1 << 18)}]
with gzip.open(snn, "rt", encoding="utf-8") as f:
    for i, line in enumerate(f):
        if i >= 3000:
            break
        r = json.loads(line)
        if i < 200 or "بوتين" in r["text"]:
            recs.append(r)
with open(out + "/web.jsonl", "w", encoding="utf-8") as f:
    for r in recs:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
PY
DB=$T/web.db
$RASD ingest --db "$DB" ../shared/corpus/seeds tests/data/news "$T/web.jsonl" >/dev/null 2>&1 ||
    { bad "ingest"; finish; exit; }
$RASD serve --db "$DB" --listen 127.0.0.1:0 --threads 2 >"$T/out" 2>"$T/err" &
SPID=$!
for _ in $(seq 600); do
    grep -q '^rasd serve: http://' "$T/out" && break
    kill -0 "$SPID" 2>/dev/null || break
    sleep 0.05
done
URL=$(sed -n 's|^rasd serve: \(http://[^ ]*\)/$|\1|p' "$T/out")
[ -n "$URL" ] || { cat "$T/err" >&2; bad "the server did not start"; finish; exit; }
ok
rm -rf "$ART" && mkdir -p "$ART"
out=$(RASD_CHROMIUM=$CHROMIUM timeout 300 node tests/web/browser.mjs "$URL" "$ART" 2>&1)
printf '%s\n' "$out" | grep -v ' passed, ' | sed "s/^/$NAME: /" >&2
p=$(sed -n 's/^browser: \([0-9]*\) passed, \([0-9]*\) failed$/\1/p' <<<"$out")
f=$(sed -n 's/^browser: \([0-9]*\) passed, \([0-9]*\) failed$/\2/p' <<<"$out")
if [ -n "$p" ]; then pass=$((pass + p)); fail=$((fail + f)); else bad "browser.mjs gave no count"; fi
n=$(find "$ART" -name '*.png' | wc -l)
test "$n" -ge 23 && ok || bad "screenshots: $n in $ART"
kill -TERM "$SPID"; wait "$SPID"; rc=$?; SPID=""
test "$rc" = 0 && ok || bad "the server ended with status $rc"
finish
