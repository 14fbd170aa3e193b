#!/usr/bin/env python3
"""watch_check.py CHECK ARGS — the checks of tests/cli_watch.sh that read the fixture
server's request log (tests/watch_server.py) and the store. Each prints what is wrong and
exits 1, or exits 0 silently.

  stored DB PORT ARTICLES WHICH   every page of the sites' groups WHICH (comma-separated:
                                  a,b,c,moved,moving4,moving6,english,e) is an article of the
                                  store, under its URL, with the text of its article
  once LOG [PATH_PREFIX]          no page (a path under /a/ /b/ /c/ /m/ /e/ /d/) was answered
                                  twice but with a redirect (only under PATH_PREFIX if given)
  never LOG PATH                  PATH was never requested
  status LOG PATH N STATUS        the N-th request (1-based) of PATH was answered STATUS
  rate LOG RATE                   no host got more than RATE requests in any second
  ua LOG                          every request named rasd in its User-Agent
  gzip LOG                        some pages went out gzip-compressed
  kill LOG KILL_TIME STORED_IDS   pages stored at the kill were never requested after it,
                                  the others exactly once after it
"""
import json
import sqlite3
import sys
from collections import Counter, defaultdict

SITES = {"a": (0, 10), "b": (10, 18), "c": (18, 24), "moving": (24, 30), "e": (30, 70),
         "moved": (70, 71)}
PAGE_DIRS = ("/a/", "/b/", "/c/", "/m/", "/e/", "/d/", "/moved/", "/private/")


def log(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            t, host, p, status, ua, gz = line.rstrip("\n").split("\t")
            rows.append((float(t), host, p, int(status), ua, gz))
    return rows


def bad(msg):
    print("watch_check: " + msg)
    sys.exit(1)


def expected_pages(port, arts, which):
    out = {}
    for w in which.split(","):
        if w == "english":
            out["http://news-c.test:%s/c/english-1.html" % port] = None
            continue
        if w.startswith("moving"):
            lo, _ = SITES["moving"]
            n = int(w[6:])
            first = 0 if n == 4 else 4
            for a in arts[lo + first:lo + n]:
                out["http://news-c.test:%s/m/%s.html" % (port, a["id"])] = a
            continue
        lo, hi = SITES[w]
        site, d = {"a": ("a", "a"), "b": ("b", "b"), "c": ("c", "c"), "e": ("e", "e"),
                   "moved": ("a", "a")}[w]
        for a in arts[lo:hi]:
            out["http://news-%s.test:%s/%s/%s.html" % (site, port, d, a["id"])] = a
    return out


def first_para(a):
    return [p.strip() for p in a["text"].split("\n") if p.strip()][0]


def check_stored(db, port, arts_path, which):
    with open(arts_path, encoding="utf-8") as f:
        arts = [json.loads(line) for line in f if line.strip()]
    con = sqlite3.connect(db)
    ids = {r[0] for r in con.execute("select id from articles")}
    missing = [u for u in expected_pages(port, arts, which) if u not in ids]
    if missing:
        bad("%d pages not stored, such as %s (the store holds %d)" % (len(missing), missing[0], len(ids)))
    for url, a in expected_pages(port, arts, which).items():
        if a is None:
            continue
        text = con.execute("select t.text from articles a join texts t using (docid)"
                           " where a.id = ?", (url,)).fetchone()[0]
        if isinstance(text, bytes):
            text = text.decode("utf-8", "replace")
        if first_para(a)[:80] not in text:
            bad("%s: the article's first paragraph is not in the stored text" % url)
        for junk in ("اشترك الآن في النشرة", "تعليق قصير رقم", "خبر ذو صلة رقم", "إعلان ممول",
                     "جميع الحقوق محفوظة", "قسم 3"):
            if junk in text:
                bad("%s: boilerplate %r in the stored text" % (url, junk))


def pages(rows, prefix=None):
    return [r for r in rows if r[2].startswith(PAGE_DIRS) and (not prefix or r[2].startswith(prefix))]


def main():
    what, args = sys.argv[1], sys.argv[2:]
    if what == "stored":
        return check_stored(*args)
    rows = log(args[0])
    if what == "once":
        # a redirect hop (3xx) is part of one fetch: a loop's five hops are one page
        c = Counter((r[1], r[2]) for r in pages(rows, args[1] if len(args) > 1 else None)
                    if not 300 <= r[3] < 400)
        twice = [k for k, n in c.items() if n > 1]
        if twice:
            bad("%d pages requested more than once, such as %s%s (%d times)"
                % (len(twice), twice[0][0], twice[0][1], c[twice[0]]))
        if not c:
            bad("no page requested at all")
    elif what == "never":
        if any(r[2] == args[1] for r in rows):
            bad("%s was requested" % args[1])
    elif what == "status":
        got = [r[3] for r in rows if r[2] == args[1]]
        n = int(args[2])
        if len(got) < n or got[n - 1] != int(args[3]):
            bad("%s: answers %s, wanted %s as number %d" % (args[1], got, args[3], n))
    elif what == "rate":
        limit = float(args[1])
        by_host = defaultdict(list)
        for r in rows:
            by_host[r[1]].append(r[0])
        for host, ts in by_host.items():
            ts.sort()
            j = 0
            for i in range(len(ts)):
                while ts[i] - ts[j] >= 1.0:
                    j += 1
                if i - j + 1 > limit:
                    bad("%s: %d requests within one second (limit %g) ending at %.3f"
                        % (host, i - j + 1, limit, ts[i]))
    elif what == "ua":
        other = [r for r in rows if not r[4].startswith("rasd/")]
        if other:
            bad("a request without rasd in its User-Agent: %r" % (other[0][4],))
    elif what == "gzip":
        if not any(r[5] == "gzip" for r in pages(rows)):
            bad("no page was sent gzip-compressed")
    elif what == "kill":
        t_kill = float(args[1])
        with open(args[2], encoding="utf-8") as f:
            stored = {line.strip() for line in f if line.strip()}
        after = Counter("http://%s:%s%s" % (r[1], args[3], r[2]) for r in pages(rows, "/e/")
                        if r[0] > t_kill)
        before = {"http://%s:%s%s" % (r[1], args[3], r[2]) for r in pages(rows, "/e/")
                  if r[0] <= t_kill}
        again = [u for u in stored if after[u]]
        if again:
            bad("%d pages stored before the kill were fetched again, such as %s" % (len(again), again[0]))
        for u in before | set(after):
            if u not in stored and after[u] != 1:
                bad("%s: not stored at the kill, fetched %d times after it" % (u, after[u]))
        if not stored or len(stored) >= len(before | set(after)):
            bad("the kill came too early or too late to test anything (%d stored of %d)"
                % (len(stored), len(before | set(after))))
    else:
        bad("unknown check " + what)


main()
