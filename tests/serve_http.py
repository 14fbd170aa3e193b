#!/usr/bin/env python3
"""serve_http.py URL PART [ARGS] — the HTTP checks of tests/cli_serve.sh, in one process
(standard library only). Prints "FAILED: ..." for each failed check and ends with
"serve_http: N passed, N failed". PART is "main DB TOKEN SHARED SHOW_JSON STORY_JSON" (every endpoint
against the store of the core tier, plus the seeds when SHARED is 1) or "readonly TOKEN"."""
import json
import socket
import sqlite3
import sys
import urllib.error
import urllib.request

URL = sys.argv[1]
passed = failed = 0
last = {"code": None, "body": b"", "h": {}, "j": None}
Q = "%D8%A8%D9%88%D8%AA%D9%8A%D9%86"   # بوتين
PUTIN_NAME = "فلاديمير بوتين"


def result(ok, what, detail=""):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAILED: %s %s" % (what, detail))
        print("  got: %s" % last["body"][:400].decode("utf-8", "replace"))


def get(path, method=None, data=None, token=None):
    r = urllib.request.Request(URL + path, data=data, method=method)
    if token:
        r.add_header("Authorization", "Bearer " + token)
    try:
        resp = urllib.request.urlopen(r, timeout=60)
        code = resp.status
    except urllib.error.HTTPError as e:
        resp, code = e, e.code
    body = resp.read()
    last.update(code=code, body=body, h={k.lower(): v for k, v in resp.headers.items()})
    try:
        last["j"] = json.loads(body)
    except ValueError:
        last["j"] = None
    return code


def is_(code, what, path, **kw):
    got = get(path, **kw)
    result(got == code, what, "status %s, not %s" % (got, code))


def has(what, fn):
    try:
        ok = bool(fn(last["j"], last["body"], last["h"]))
    except Exception as e:  # a missing field is a failed check
        ok = False
        what += " (%r)" % e
    result(ok, what)


def raw(target):
    host, port = URL[len("http://"):].split(":")
    with socket.create_connection((host, int(port)), timeout=10) as s:
        s.sendall(b"GET " + target.encode() + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    return int(data.split(b" ", 2)[1])


def ids(j):
    return [x["id"] for x in j["items"]]


def entity_extras(db, putin, shared):
    """The entity page's spellings with titles marked, co-occurring entities (people first)
    and mentions per day, each checked against the store's rows read here."""
    c = sqlite3.connect(db)
    docs = {r[0] for r in c.execute("select docid from mentions where entity = ?", (putin,))}
    is_(200, "entity page of بوتين", "/api/entities/" + Q)
    j = last["j"] or {}
    order = {"PER": 0, "LOC": 1, "ORG": 2, "MISC": 3}
    has("variants say whether a title", lambda j, b, h: all(isinstance(v["title"], bool) for v in j["variants"]))
    has("co-occurring: people first, most shared first", lambda j, b, h: len(j["cooccurring"]) > 0
        and [order[x["type"]] for x in j["cooccurring"]] == sorted(order[x["type"]] for x in j["cooccurring"])
        and all(a["articles"] >= b["articles"] for a, b in zip(j["cooccurring"], j["cooccurring"][1:])
                if a["type"] == b["type"]))
    def shared_count(other):
        return len(docs & {r[0] for r in c.execute("select docid from mentions where entity = ?", (other,))})
    has("co-occurring: shared articles as in the store", lambda j, b, h: all(
        x["id"] != putin and x["articles"] == shared_count(x["id"]) for x in j["cooccurring"]))
    per_day = {}
    for day, docid in c.execute("select a.day, a.docid from articles a where a.day > 0"):
        if docid in docs:
            d = "%04d-%02d-%02d" % (day // 10000, day // 100 % 100, day % 100)
            per_day[d] = per_day.get(d, 0) + 1
    has("mentions per day: the dated articles, oldest first", lambda j, b, h: len(j["days"]) > 0
        and {d["day"]: d["articles"] for d in j["days"]} == per_day
        and [d["day"] for d in j["days"]] == sorted(per_day)
        and all(d["mentions"] >= d["articles"] for d in j["days"]))
    if shared:
        has("هولاند among the people", lambda j, b, h: any(
            x["type"] == "PER" and "هولاند" in x["name"] for x in j["cooccurring"]))
        has("الرئيس الروسي is a title", lambda j, b, h: any(
            v["text"] == "الرئيس الروسي" and v["title"] for v in j["variants"]))


def main_part(db, token, shared, show_json, story_json):
    n = sqlite3.connect(db).execute("select count(*) from articles").fetchone()[0]
    is_(200, "health", "/api/health")
    has("health fields", lambda j, b, h: j["status"] == "ok" and j["writes"] is True and j["version"])
    has("CSP without inline script", lambda j, b, h: "script-src 'self'" in h["content-security-policy"]
        and "unsafe-inline" not in h["content-security-policy"])
    has("nosniff, no referrer", lambda j, b, h: h["x-content-type-options"] == "nosniff"
        and h["referrer-policy"] == "no-referrer")
    is_(200, "stats", "/api/stats")
    has("stats count the articles", lambda j, b, h: j["articles"] == n and j["tokens"] > 0 and "duplicates" in j)

    # Search: fields, <b> snippets, pagination by cursor.
    is_(200, "search", "/api/search?q=%s&limit=2" % Q)
    keys = ("id", "score", "title", "published", "source", "snippet", "copies")
    has("search hits", lambda j, b, h: len(j["items"]) == 2 and all(k in j["items"][0] for k in keys))
    has("snippets mark the word", lambda j, b, h: all("<b>" in x["snippet"] for x in j["items"]))
    has("a next cursor", lambda j, b, h: j["next"] is not None)
    first, cursor = (ids(last["j"]) or ["?"])[0], last["j"] and last["j"].get("next")
    is_(200, "search page 2", "/api/search?q=%s&limit=2&cursor=%s" % (Q, cursor))
    has("page 2 is other hits", lambda j, b, h: first not in ids(j) and len(j["items"]) > 0)
    is_(200, "search finds the news fixtures", "/api/search?q=%s&limit=50" % Q)
    has("a_geneva and e_riyadh found", lambda j, b, h: {"a_geneva", "e_riyadh"} <= set(ids(j)) and j["next"] is None)
    if shared:
        seeds = {"000_93c6ccf29017a1c8", "001_337ddc5b2ec75abf", "002_a013ac47fc823ed8", "004_d592b9f202c30752"}
        has("the seeds found", lambda j, b, h: seeds <= set(ids(j)))
    is_(200, "search by date", "/api/search?q=%s&since=2015-11-16&until=2015-11-16" % Q)
    has("only the dated article", lambda j, b, h: ids(j) == ["hostile<1>"])

    # Articles: the serializer of rasd show.
    is_(200, "article", "/api/articles/a_geneva")
    has("article fields", lambda j, b, h: j["id"] == "a_geneva" and len(j["text"]) > 100
        and all(k in j for k in ("entities", "dates", "quotes", "events", "copies")))
    has("the same JSON as rasd show", lambda j, b, h: j == json.load(open(show_json, encoding="utf-8")))
    is_(404, "unknown article", "/api/articles/nope")
    has("error shape", lambda j, b, h: j["error"] == "not_found" and j["detail"])

    # Stories: the list (rasd stories: newest first, paged, filtered) and one story (the
    # object of rasd story --json, the library's one serializer).
    story = json.load(open(show_json, encoding="utf-8"))["story"]["id"]
    fields = ("id", "thread", "title", "size", "articles", "sources", "first", "last",
              "entities", "summary", "timeline")
    nstories = sqlite3.connect(db).execute("select count(*) from stories").fetchone()[0]
    is_(200, "stories", "/api/stories?limit=200")
    has("every story, each with the contract fields", lambda j, b, h: len(j["items"]) == nstories > 2
        and j["next"] is None and all(all(k in x for k in fields) for x in j["items"]))
    has("a_geneva and its reprint in one story", lambda j, b, h: any(
        x["id"] == story and {"a_geneva", "b_reprint"} <= set(x["articles"]) for x in j["items"]))
    has("newest first", lambda j, b, h: [x["last"] for x in j["items"] if x["last"]] == sorted(
        [x["last"] for x in j["items"] if x["last"]], reverse=True))
    if shared:
        # The Antalya seeds: 000 and 001 in one story; 002 (Cameron's call to Putin, the
        # same meeting) is a story of its own in that story's thread (the clustering of
        # main, docs/STORIES.md).
        of = lambda j, a: [x for x in j["items"] if a in x["articles"]][0]
        has("seeds 000 and 001 in one story", lambda j, b, h: of(j, "000_93c6ccf29017a1c8")["id"]
            == of(j, "001_337ddc5b2ec75abf")["id"])
        has("seed 002 in its thread", lambda j, b, h: of(j, "002_a013ac47fc823ed8")["thread"]
            == of(j, "000_93c6ccf29017a1c8")["thread"])
    everything = ids(last["j"]) if last["j"] else []
    is_(200, "stories page 1", "/api/stories?limit=2")
    has("two stories and a cursor", lambda j, b, h: ids(j) == everything[:2] and j["next"] == "2")
    is_(200, "stories page 2", "/api/stories?limit=2&cursor=2")
    has("the next two", lambda j, b, h: ids(j) == everything[2:4])
    is_(200, "stories of one day", "/api/stories?from=2016-02-01&to=2016-02-01")
    has("only the story of d3", lambda j, b, h: len(j["items"]) == 1 and "d3" in j["items"][0]["articles"])
    is_(200, "stories of at least 2 articles", "/api/stories?min_size=2&limit=200")
    has("sizes >= 2, a_geneva's among them", lambda j, b, h: all(x["size"] >= 2 for x in j["items"])
        and story in ids(j) and len(j["items"]) < nstories)
    is_(200, "stories of بوتين", "/api/stories?limit=200&entity=" + Q)
    has("a_geneva's among them, not all", lambda j, b, h: story in ids(j) and len(j["items"]) < nstories)
    is_(200, "stories of no entity", "/api/stories?entity=zzzz")
    has("none", lambda j, b, h: j["items"] == [] and j["next"] is None)
    for what, path in [("bad min_size", "/api/stories?min_size=0"),
                       ("bad from", "/api/stories?from=2015-13"),
                       ("unknown stories parameter", "/api/stories?size=2")]:
        is_(400, what, path)
    is_(200, "one story", "/api/stories/%d" % story)
    has("the same JSON as rasd story --json", lambda j, b, h: j == json.load(open(story_json, encoding="utf-8"))
        and all(k in j for k in fields) and "a_geneva" in j["articles"])
    is_(200, "the article's story", "/api/articles/b_reprint")
    has("names it", lambda j, b, h: j["story"]["id"] == story)
    for what, path in [("unknown story", "/api/stories/999999"), ("story id not a number", "/api/stories/abc"),
                       ("story id 0", "/api/stories/0")]:
        is_(404, what, path)
        has(what + ": error shape", lambda j, b, h: j["error"] == "not_found" and j["detail"])

    # Hostile text: escaped in every JSON answer, intact once parsed.
    is_(200, "hostile article", "/api/articles/hostile%3C1%3E")
    has("no markup or bidi control as raw bytes", lambda j, b, h: b"<" not in b and b">" not in b
        and "\u202e".encode() not in b and "\u2066".encode() not in b)
    has("title intact once parsed", lambda j, b, h: j["title"].startswith('<script>alert(1)</script> "><img')
        and "\u202e" in j["title"] and j["source"] == "<b>src</b>")
    is_(200, "hostile in search", "/api/search?q=evil")
    has("search escaped", lambda j, b, h: b"<script" not in b and b"<img" not in b
        and "\u202e".encode() not in b and ids(j)[0] == "hostile<1>")
    has("snippet: the markup as text", lambda j, b, h: "&lt;script&gt;" in j["items"][0]["snippet"]
        and "<b>evil</b>" in j["items"][0]["snippet"])
    is_(200, "1 MB of one word", "/api/articles/big")
    has("its text whole", lambda j, b, h: len(j["text"].encode()) == 8 * (1 << 18))

    # Entities, quotes, events.
    is_(200, "entities", "/api/entities?type=PER&limit=3")
    has("entity fields", lambda j, b, h: len(j["items"]) == 3 and all(
        x["type"] == "PER" and x["id"] and x["name"] and x["mentions"] > 0 for x in j["items"]))
    is_(400, "unknown type", "/api/entities?type=XYZ")
    is_(200, "entity page by name", "/api/entities/" + Q)
    has("entity page", lambda j, b, h: j["entity"]["name"] == PUTIN_NAME and len(j["variants"]) > 0
        and len(j["articles"]) > 0 and "quotes" in j and "events" in j)
    putin = last["j"]["entity"]["id"] if last["j"] and "entity" in last["j"] else "?"
    is_(200, "entity page by id", "/api/entities/" + putin)
    has("same entity", lambda j, b, h: j["entity"]["id"] == putin)
    is_(404, "unknown entity", "/api/entities/zzzz")
    entity_extras(db, putin, shared)
    is_(200, "quotes", "/api/quotes?limit=2")
    has("quote fields", lambda j, b, h: len(j["items"]) == 2 and all(
        k in j["items"][0] for k in ("article", "text", "speaker", "cue", "direct")))
    if shared:
        is_(200, "quotes of بوتين", "/api/quotes?speaker=" + Q)
        has("his quotes", lambda j, b, h: len(j["items"]) > 0 and all(x["speaker"]["id"] == putin for x in j["items"]))
        is_(200, "events of بوتين", "/api/events?actor=" + Q)
        has("events with him", lambda j, b, h: len(j["items"]) > 0 and all(
            putin in [a["id"] for a in x["actors"]] for x in j["items"]))
    is_(200, "events", "/api/events?limit=1")
    has("event fields", lambda j, b, h: all(
        k in j["items"][0] for k in ("id", "type", "cameo", "date", "actors", "place", "articles")))
    is_(200, "events as CSV", "/api/events?format=csv")
    has("CSV header", lambda j, b, h: b.startswith(b"id,date,type,cameo,actors,place,articles\r\n")
        and h["content-type"].startswith("text/csv"))
    is_(400, "bad event date", "/api/events?from=2015-13")

    # Attention over time: per day, week, month; shares of each period's articles; CSV.
    OBAMA = "%D8%A3%D9%88%D8%A8%D8%A7%D9%85%D8%A7"   # أوباما
    is_(200, "attention by day", "/api/attention?q=%s&q=%s" % (Q, OBAMA))
    per = lambda j: {p["period"]: p for p in j["periods"]}
    has("two queries, a day", lambda j, b, h: len(j["queries"]) == 2 and j["by"] == "day"
        and per(j)["2016-01-04"]["total"] == 2 and per(j)["2016-01-04"]["counts"] == [1, 1]
        and per(j)["2016-01-04"]["shares"] == [0.5, 0.5] and per(j)["2016-01-06"]["counts"] == [1, 1]
        and per(j)["2016-02-01"]["counts"] == [0, 0])
    is_(200, "attention by week", "/api/attention?q=%s&by=week" % Q)
    has("weeks start on Monday", lambda j, b, h: per(j)["2016-01-04"]["total"] == 3
        and per(j)["2016-01-04"]["counts"] == [2] and "2016-01-06" not in per(j))
    is_(200, "attention by month of one source", "/api/attention?q=%s&by=month&source=A" % Q)
    has("months of source A", lambda j, b, h: per(j)["2016-01"]["total"] == 2
        and per(j)["2016-01"]["counts"] == [2] and per(j)["2016-02"]["counts"] == [0])
    is_(200, "attention as CSV", "/api/attention?q=%s&by=month&format=csv&source=A" % Q)
    has("CSV rows", lambda j, b, h: b"period,total,count_1,share_1\r\n" in b and b"2016-01,2,2,1.000000\r\n" in b)
    is_(400, "attention without q", "/api/attention")
    is_(400, "six queries", "/api/attention?" + "&".join(["q=a"] * 6))
    is_(400, "by year", "/api/attention?q=x&by=year")
    is_(200, "top sources", "/api/top?what=sources&q=" + Q)
    has("source A first", lambda j, b, h: j["items"][0]["key"] == "A" and j["items"][0]["articles"] == 2)
    is_(200, "top entities", "/api/top?what=entities&q=" + Q)
    has("بوتين first", lambda j, b, h: j["items"][0]["name"] == PUTIN_NAME)
    is_(400, "top of what", "/api/top?what=x&q=" + Q)
    # Top words: counted by stem over the matches (copies collapsed), function words out,
    # each shown as it is written most often.
    is_(200, "top words", "/api/top?what=words&q=" + Q)
    FUNCTION = {"في", "من", "على", "إلى", "أن", "التي", "الذي", "عن", "مع", "هذا", "وقال", "كما", "قد", "وفي"}
    has("no function word among the top words",
        lambda j, b, h: j["items"] and not FUNCTION & {i["name"] for i in j["items"]})
    has("بوتين in every match", lambda j, b, h: [i for i in j["items"] if i["name"] == "بوتين"][0]["articles"]
        == j["matches"] > 0)
    has("words ranked by articles, counts at least articles",
        lambda j, b, h: all(a["articles"] >= c["articles"] for a, c in zip(j["items"], j["items"][1:]))
        and all(i["count"] >= i["articles"] for i in j["items"]))
    if shared:
        has("written forms: الرئيس, الروسي among the top words (seeds)",
            lambda j, b, h: {"الرئيس", "الروسي"} <= {i["name"] for i in j["items"][:10]})
    is_(400, "top words without q", "/api/top?what=words")

    # Bad parameters and methods.
    for what, path in [("limit not a number", "/api/search?q=x&limit=abc"),
                       ("limit too big", "/api/search?q=x&limit=100000"),
                       ("no query", "/api/search"), ("unknown parameter", "/api/search?q=x&bogus=1"),
                       ("bad percent escape", "/api/search?q=%ZZ"), ("not UTF-8", "/api/search?q=%FF%FE"),
                       ("NUL in a value", "/api/search?q=a%00b"), ("query too long", "/api/search?q=" + "a" * 600),
                       ("a bad cursor", "/api/search?q=x&cursor=-1"),
                       ("bad since", "/api/search?q=x&since=yesterday"),
                       ("malformed query", "/api/search?q=%22unclosed")]:
        is_(400, what, path)
        has(what + ": error shape", lambda j, b, h: j["error"] == "bad_parameter" or j["error"] == "bad_request")
    is_(404, "unknown endpoint", "/api/nothing")
    is_(405, "wrong method", "/api/search", method="DELETE")

    # Writes: no token, a wrong one, the right one.
    post = ('{"id":"posted","text":"خبر جديد عن بوتين في موسكو.","title":"جديد"}\n{"id":"bad"}\n').encode()
    is_(401, "ingest without a token", "/api/ingest", data=post)
    has("401 error shape", lambda j, b, h: j["error"] == "unauthorized")
    is_(401, "ingest with a wrong token", "/api/ingest", data=post, token=token[:-1] + "z")
    is_(401, "a prefix of the token", "/api/ingest", data=post, token=token[:7])
    is_(405, "ingest by GET", "/api/ingest")
    stored = sqlite3.connect(db).execute("select count(*) from articles where id = 'posted'").fetchone()[0]
    result(stored == 0, "refused writes wrote nothing")
    is_(200, "ingest with the token", "/api/ingest", data=post, token=token)
    has("counts and the bad record", lambda j, b, h: j["added"] == 1 and j["rejected"] == 1
        and len(j["problems"]) == 1 and "tmp" not in j["problems"][0])
    is_(200, "the new article is searchable", "/api/search?q=%D8%AC%D8%AF%D9%8A%D8%AF")
    has("found", lambda j, b, h: "posted" in ids(j))

    # The web page: right-to-left Arabic, no inline script, its files served.
    is_(200, "the page", "/")
    has("lang ar, dir rtl, no inline script", lambda j, b, h: b'<html lang="ar" dir="rtl">' in b
        and h["content-type"].startswith("text/html") and b"<script>" not in b
        and b'<script type="module" src="/app.js"' in b and "content-security-policy" in h)
    has("a link to the stories", lambda j, b, h: b'href="#/stories"' in b)
    is_(200, "its script", "/app.js")
    has("as JavaScript", lambda j, b, h: h["content-type"].startswith("text/javascript")
        and b"from './views.js'" in b and b"['/stories', " in b)
    for module in ("ui", "chart", "article", "entity", "views"):
        is_(200, "its module " + module, "/%s.js" % module)
        has(module + ".js as JavaScript, no innerHTML", lambda j, b, h: h["content-type"].startswith(
            "text/javascript") and b"innerHTML" not in b and b"eval(" not in b)
    get("/views.js")
    has("the stories views", lambda j, b, h: b"'/api/stories?'" in b and b"'/api/stories/'" in b)
    is_(200, "its style", "/style.css")
    is_(404, "no such file", "/nothing.js")

    # Static files: nothing outside the web folder.
    for p in ["/../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd",
              "/.hidden", "/a/../../x", "/%5c..%5cx", "//etc/passwd", "/index.html/../../x"]:
        code = raw(p)
        result(code in (400, 404), "traversal %s answered %s" % (p, code))


def readonly_part(token):
    is_(200, "read-only store: search", "/api/search?q=" + Q)
    has("read-only store: hits", lambda j, b, h: len(j["items"]) > 0)
    post = b'{"id":"ro","text":"x"}\n'
    is_(503, "read-only store: ingest refused", "/api/ingest", data=post, token=token)


if __name__ == "__main__":
    if sys.argv[2] == "main":
        main_part(sys.argv[3], sys.argv[4], sys.argv[5] == "1", sys.argv[6], sys.argv[7])
    else:
        readonly_part(sys.argv[3])
    print("serve_http: %d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed else 0)
