#!/usr/bin/env python3
"""watch_server.py ARTICLES PLAN PORT_FILE LOG [N_HOSTS N_PAGES] — the fixture web server of
tests/cli_watch.sh and bench/watch.sh (standard library only), on 127.0.0.1 only.

ARTICLES is a JSON Lines file of articles {id, title, text, published, author}. The server
renders them as news pages with real-looking boilerplate (a menu, related links, comments,
ads, a footer) and serves feeds of them; the host a request names (its Host header: the
tests map names to 127.0.0.1 with curl's --resolve) picks the site. It writes the port it
listens on to PORT_FILE, and one line per request to LOG: time, host, path, status,
User-Agent, "gzip" when the answer was compressed. It stops by itself after 10 minutes
($WATCH_SERVER_SECONDS: after that many seconds).

PLAN "test" serves these sites (articles are taken in file order, see SITES below):
  news-a.test  RSS 2.0 /rss.xml (ETag, 304); UTF-8 pages /a/ID.html; robots.txt disallows
               /private/ (an item links there); /moved/ID answers 302 to a page
  news-b.test  Atom /atom.xml (Last-Modified, 304); windows-1256 pages /b/ID.html; items that
               fail: /b/missing.html 404, /b/error.html 500, /b/loop1 (a redirect loop),
               /b/stall.html (stalls 5 s), /b/huge.html (50 MB without Content-Length);
               no robots.txt (404)
  news-c.test  JSON Feed /feed.json (ETag); an English page; /c/copy.html, the text of the
               feed's first page at another URL; /moving.xml whose items move
               between polls (the first poll lists 4, later polls the last 4 of 6)
  news-d.test  /broken.xml (malformed XML), /gone.xml (404)
  news-e.test  /many.xml: RSS of 40 pages (for the kill -9 check)
PLAN "bench" serves N_HOSTS sites h0.bench ... each with /rss.xml of its share of N_PAGES
pages (articles reused in turn, each page with its own number in the text).
"""
import gzip
import hashlib
import html
import json
import os
import sys
import threading
import time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ARTICLES_PATH, PLAN, PORT_FILE, LOG_PATH = sys.argv[1:5]
N_HOSTS = int(sys.argv[5]) if len(sys.argv) > 5 else 0
N_PAGES = int(sys.argv[6]) if len(sys.argv) > 6 else 0
with open(ARTICLES_PATH, encoding="utf-8") as f:
    ARTICLES = [json.loads(line) for line in f if line.strip()]
LOG = open(LOG_PATH, "a", buffering=1, encoding="utf-8")
LOG_LOCK = threading.Lock()
STATE = {"moving_polls": 0}
STATE_LOCK = threading.Lock()
LAST_MODIFIED = formatdate(time.time() - 3600, usegmt=True)

ENGLISH = {
    "id": "english-1", "title": "Ministers meet in Geneva to discuss the regional crisis",
    "published": "2015-08-02", "author": "Staff writer",
    "text": "Foreign ministers met in Geneva on Sunday to discuss the regional crisis and the "
            "humanitarian situation.\n\nThe talks lasted for five hours and ended with a joint "
            "statement calling for a ceasefire and for aid to reach the besieged towns.\n\n"
            "Officials said another round of talks would be held next month in Vienna, with "
            "representatives of the neighbouring countries invited to attend."}

# The sites of the test plan: which articles each serves (slices of ARTICLES).
SITES = {"a": (0, 10), "b": (10, 18), "c": (18, 24), "moving": (24, 30), "e": (30, 70),
         "moved": (70, 71), "broken": (71, 72)}


def group(name):
    lo, hi = SITES[name]
    return ARTICLES[lo:hi]


def page_html(a, charset="utf-8", number=None):
    """A news page around article a: menu, related links, comments, ads, footer."""
    paras = [p.strip() for p in a["text"].split("\n") if p.strip()]
    if number is not None:
        paras.append("رقم الصفحة %d" % number)
    body = "\n".join("<p>%s</p>" % html.escape(p) for p in paras)
    menu = "".join('<li><a href="/section/%d">قسم %d</a></li>' % (i, i) for i in range(12))
    related = "".join('<li><a href="/a/rel-%d.html">خبر ذو صلة رقم %d عن الأحداث الجارية</a></li>'
                      % (i, i) for i in range(8))
    comments = "".join('<div class="comment"><b>زائر %d</b><p>تعليق قصير رقم %d.</p></div>' % (i, i)
                       for i in range(5))
    title = html.escape(a.get("title") or "")
    author = html.escape(a.get("author") or "")
    published = html.escape(a.get("published") or "")
    return ("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"%s\">"
            "<title>%s | الموقع</title></head><body>"
            "<header><nav><ul>%s</ul></nav><div class=\"ad\">إعلان: اشترك الآن في النشرة"
            "</div></header><main><article><h1>%s</h1><div class=\"byline\">%s "
            "<time datetime=\"%s\">%s</time></div>%s</article>"
            "<aside><h3>أخبار ذات صلة</h3><ul>%s</ul></aside>"
            "<section class=\"comments\"><h3>التعليقات</h3>%s</section></main>"
            "<div class=\"ad\">إعلان ممول</div><footer>جميع الحقوق محفوظة ٢٠١٥ — "
            "<a href=\"/about\">من نحن</a> <a href=\"/contact\">اتصل بنا</a></footer>"
            "</body></html>\n") % (charset, title, menu, title, author, published.replace(" ", "T"),
                                   published, body, related, comments)


def rss(base, items, title="feed"):
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>',
           "<title>%s</title><link>%s/</link>" % (html.escape(title), base)]
    for link, a in items:
        out.append("<item><title>%s</title><link>%s%s</link><guid>%s%s</guid>"
                   "<pubDate>Sun, 02 Aug 2015 10:00:00 +0300</pubDate></item>"
                   % (html.escape(a.get("title") or ""), base, link, base, link))
    out.append("</channel></rss>\n")
    return "".join(out).encode("utf-8")


def atom(base, items):
    out = ['<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">',
           "<title>b</title><id>%s/</id><updated>2015-08-02T10:00:00Z</updated>" % base]
    for link, a in items:
        out.append('<entry><title>%s</title><link href="%s%s"/><id>%s%s</id>'
                   "<updated>2015-08-02T10:00:00Z</updated></entry>"
                   % (html.escape(a.get("title") or ""), base, link, base, link))
    out.append("</feed>\n")
    return "".join(out).encode("utf-8")


def json_feed(base, items):
    return json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "c",
                       "items": [{"id": base + link, "url": base + link,
                                  "title": a.get("title"), "date_published": "2015-08-02T10:00:00+03:00"}
                                 for link, a in items]}, ensure_ascii=False).encode("utf-8")


def by_id(items, aid):
    for a in items:
        if a["id"] == aid:
            return a
    return None


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        pass

    def log(self, status, gz=False):
        with LOG_LOCK:
            LOG.write("%.6f\t%s\t%s\t%d\t%s\t%s\n" % (time.time(), self.host, self.path, status,
                                                     self.headers.get("User-Agent", ""),
                                                     "gzip" if gz else "-"))

    def send(self, status, body=b"", ctype="text/html; charset=utf-8", headers=()):
        gz = (len(body) > 512 and "gzip" in self.headers.get("Accept-Encoding", "")
              and status == 200)
        if gz:
            body = gzip.compress(body, 1)
        self.log(status, gz)
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        if gz:
            self.send_header("Content-Encoding", "gzip")
        for k, v in headers:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def feed(self, body, ctype, validator="etag"):
        if validator == "etag":
            tag = '"%s"' % hashlib.sha1(body).hexdigest()[:16]
            if self.headers.get("If-None-Match") == tag:
                return self.send(304)
            return self.send(200, body, ctype, [("ETag", tag)])
        if self.headers.get("If-Modified-Since") == LAST_MODIFIED:
            return self.send(304)
        return self.send(200, body, ctype, [("Last-Modified", LAST_MODIFIED)])

    def do_GET(self):
        self.host = (self.headers.get("Host") or "").split(":")[0]
        try:
            if PLAN == "bench":
                return self.bench()
            site = self.host.split(".")[0]
            getattr(self, "site_" + site.replace("-", "_"), self.not_found)()
        except (BrokenPipeError, ConnectionResetError):
            pass

    def not_found(self):
        self.send(404, b"not found\n", "text/plain")

    def page(self, items, prefix, charset="utf-8"):
        aid = self.path[len(prefix):-len(".html")] if self.path.endswith(".html") else ""
        a = by_id(items, aid)
        if not a:
            return self.not_found()
        if charset == "utf-8":
            return self.send(200, page_html(a).encode("utf-8"))
        body = page_html(a, charset).encode("cp1256", "xmlcharrefreplace")
        return self.send(200, body, "text/html; charset=windows-1256")

    def site_news_a(self):
        base = "http://news-a.test:%d" % PORT
        items = group("a")
        if self.path == "/robots.txt":
            return self.send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
        if self.path == "/rss.xml":
            links = [("/a/%s.html" % a["id"], a) for a in items]
            links += [("/private/secret.html", items[0]), ("/moved/x", group("moved")[0])]
            return self.feed(rss(base, links, "a"), "application/rss+xml")
        if self.path == "/moved/x":
            return self.send(302, b"", headers=[("Location", "/a/%s.html" % group("moved")[0]["id"])])
        if self.path.startswith("/private/"):
            return self.send(200, page_html(items[0]).encode("utf-8"))
        return self.page(items + group("moved"), "/a/")

    def site_news_b(self):
        base = "http://news-b.test:%d" % PORT
        items = group("b")
        if self.path == "/atom.xml":
            links = [("/b/%s.html" % a["id"], a) for a in items]
            links += [(p, items[0]) for p in ("/b/missing.html", "/b/error.html", "/b/loop1",
                                              "/b/stall.html", "/b/huge.html")]
            return self.feed(atom(base, links), "application/atom+xml", "lm")
        if self.path == "/b/error.html":
            return self.send(500, b"server error\n", "text/plain")
        if self.path in ("/b/loop1", "/b/loop2"):
            to = "/b/loop2" if self.path == "/b/loop1" else "/b/loop1"
            return self.send(302, b"", headers=[("Location", to)])
        if self.path == "/b/stall.html":
            return self.stall()
        if self.path == "/b/huge.html":
            return self.huge()
        return self.page(items, "/b/", "windows-1256")

    def stall(self):
        self.log(200)
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", "100000")
        self.end_headers()
        self.wfile.write(b"<html><body><p>" + b"x" * 1000)
        self.wfile.flush()
        time.sleep(5)
        self.close_connection = True

    def huge(self):
        """50 MB of page without a Content-Length: only the fetcher's own count stops it."""
        self.log(200)
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Connection", "close")
        self.end_headers()
        chunk = ("<p>" + "نص طويل جدا " * 80 + "</p>\n").encode("utf-8")
        sent = 0
        while sent < 50 * 1000 * 1000:
            self.wfile.write(chunk)
            sent += len(chunk)
        self.close_connection = True

    def site_news_c(self):
        base = "http://news-c.test:%d" % PORT
        items = group("c")
        if self.path == "/feed.json":
            links = [("/c/%s.html" % a["id"], a) for a in items] + [("/c/english-1.html", ENGLISH)]
            links.append(("/c/copy.html", items[0]))
            return self.feed(json_feed(base, links), "application/feed+json")
        if self.path == "/moving.xml":
            with STATE_LOCK:
                STATE["moving_polls"] += 1
                first = STATE["moving_polls"] == 1
            m = group("moving")
            shown = m[:4] if first else m[2:]
            return self.feed(rss(base, [("/m/%s.html" % a["id"], a) for a in shown], "moving"),
                             "application/rss+xml")
        if self.path.startswith("/m/"):
            return self.page(group("moving"), "/m/")
        if self.path == "/c/copy.html":      # the text of another page, at another URL
            return self.send(200, page_html(items[0]).encode("utf-8"))
        if self.path == "/c/english-1.html":
            return self.send(200, page_html(ENGLISH).replace('lang="ar" dir="rtl"', 'lang="en"')
                             .encode("utf-8"))
        return self.page(items, "/c/")

    def site_news_d(self):
        base = "http://news-d.test:%d" % PORT
        a = group("broken")[0]
        if self.path == "/broken.xml":
            good = rss(base, [("/d/%s.html" % a["id"], a)], "d").decode("utf-8")
            return self.send(200, (good[:good.index("</channel>")] + "<item><title>unclosed"
                                   "<link>oops</item></chan").encode("utf-8"), "application/rss+xml")
        if self.path.startswith("/d/"):
            return self.page([a], "/d/")
        return self.not_found()

    def site_news_e(self):
        base = "http://news-e.test:%d" % PORT
        items = group("e")
        if self.path == "/many.xml":
            return self.feed(rss(base, [("/e/%s.html" % a["id"], a) for a in items], "e"),
                             "application/rss+xml")
        return self.page(items, "/e/")

    def bench(self):
        h = int(self.host[1:self.host.index(".")]) if self.host.startswith("h") else -1
        if h < 0 or h >= N_HOSTS:
            return self.not_found()
        base = "http://%s:%d" % (self.host, PORT)
        if self.path == "/rss.xml":
            nums = range(h, N_PAGES, N_HOSTS)
            body = rss(base, [("/p/%d.html" % n, ARTICLES[n % len(ARTICLES)]) for n in nums], "h")
            return self.feed(body, "application/rss+xml")
        if self.path.startswith("/p/") and self.path.endswith(".html"):
            n = int(self.path[3:-5])
            return self.send(200, page_html(ARTICLES[n % len(ARTICLES)], number=n).encode("utf-8"))
        return self.not_found()


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256


srv = Server(("127.0.0.1", 0), Handler)
PORT = srv.server_address[1]
with open(PORT_FILE + ".tmp", "w") as f:
    f.write(str(PORT))
os.rename(PORT_FILE + ".tmp", PORT_FILE)
threading.Timer(float(os.environ.get("WATCH_SERVER_SECONDS", 600)), srv.shutdown).start()
srv.serve_forever()
