#!/usr/bin/env python3
"""warc_fixtures.py — WARC archives for tests/cli_warc.sh and tests/data/warc/ (standard
library, wget and gzip only; every server listens on 127.0.0.1 and stops by itself).

  warc_fixtures.py wget PAGES_DIR OUT.warc.gz
      serves the pages of PAGES_DIR (name.html, name.html.gz) from a local HTTP server and
      crawls them with `wget --warc-file`, each page four ways: plain (/p/NAME), chunked
      (/chunked/NAME), gzip-encoded (/gzip/NAME) and both (/both/NAME); plus a 404 page,
      a JSON file, a page whose charset only the HTTP header gives (/nometa/NAME when
      NAME's page declares windows-1256 in a <meta>) and a redirect (WARC_WAYS="p": the
      plain pages only). wget writes warcinfo,
      request, response and metadata records, one gzip member each.
  warc_fixtures.py snn ARTICLES.jsonl.gz N OUTDIR
      renders the first N SaudiNewsNet articles as web pages (title, byline, date, a menu,
      related links, a footer) into OUTDIR.
  warc_fixtures.py edges IN.warc.gz OUTDIR
      hand-made damage from a wget archive: a revisit record, garbage between records and
      between gzip members, a corrupt member, a truncated last member (edges.warc.gz), the
      same records as one gzip stream (stream.warc.gz) and as plain WARC with garbage and a
      cut last record (plain.warc).
  warc_fixtures.py pack PAGES_DIR OUT.warc.gz
      the pages as wget would store them, without a server (for make bench): per page a
      request and a response record (HTTP/1.1 200, text/html), one gzip member each.
  warc_fixtures.py hand PAGES_DIR OUT.warc
      a plain WARC written record by record (tests/data/warc/hand.warc): WARC/1.0 and 1.1,
      <uri> and bare URIs, LF-only HTTP headers, a page without Content-Type, request,
      metadata, revisit, warcinfo and dns records, a 404, an image, a Brotli body, broken
      chunks, a bad Content-Length, garbage between records and a cut last record.
"""
import gzip
import html
import http.server
import json
import os
import re
import socketserver
import subprocess
import sys
import threading
import zlib

# -------------------------------------------------------------------- server


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    wbufsize = 1 << 16              # one write per answer (flushed after each request), and
    disable_nagle_algorithm = True  # no Nagle: else each request waits ~40 ms for an ACK
    pages = {}

    def log_message(self, *args):
        pass

    def send(self, code, body, ctype, extra=()):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        for k, v in extra:
            self.send_header(k, v)
        chunked = ("Transfer-Encoding", "chunked") in extra
        if not chunked:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if chunked:
            for i in range(0, len(body), 700):
                part = body[i:i + 700]
                self.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
            self.wfile.write(b"0\r\n\r\n")
        else:
            self.wfile.write(body)

    def do_GET(self):
        m = re.match(r"^/(p|chunked|gzip|both|nometa)/(.+)$", self.path)
        if self.path == "/data.json":
            return self.send(200, b'{"not": "a page"}', "application/json")
        if self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/p/" + sorted(self.pages)[0])
            self.send_header("Content-Length", "0")
            return self.end_headers()
        if not m or m.group(2) not in self.pages:
            return self.send(404, b"<html><body><h1>Not found</h1></body></html>",
                             "text/html; charset=utf-8")
        how, name = m.groups()
        body, ctype = self.pages[name]
        extra = []
        if how == "nometa":
            body = re.sub(rb"<meta http-equiv[^>]*>", b"", body)
            ctype = "text/html; charset=windows-1256"
        if how in ("gzip", "both"):
            body = gzip.compress(body, mtime=0)
            extra.append(("Content-Encoding", "gzip"))
        if how in ("chunked", "both"):
            extra.append(("Transfer-Encoding", "chunked"))
        self.send(200, body, ctype, tuple(extra))


def load_pages(folder):
    pages = {}
    for f in sorted(os.listdir(folder)):
        path = os.path.join(folder, f)
        data = open(path, "rb").read()
        if f.endswith(".gz"):
            data, f = gzip.decompress(data), f[:-3]
        if not f.endswith(".html") or not data:
            continue
        charset = re.search(rb'charset=["\']?([A-Za-z0-9_-]+)', data[:2048])
        ctype = "text/html"
        if charset and b"http-equiv" not in data[:2048]:
            ctype += "; charset=" + charset.group(1).decode()
        pages[f] = (data, ctype)
    return pages


def crawl(folder, out):
    Handler.pages = load_pages(folder)
    srv = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
    srv.daemon_threads = True
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    base = "http://127.0.0.1:%d" % srv.server_address[1]
    urls = []
    ways = os.environ.get("WARC_WAYS", "p chunked gzip both").split()
    for name in Handler.pages:
        urls += ["%s/%s/%s" % (base, how, name) for how in ways]
        if b"windows-1256" in Handler.pages[name][0][:2048].lower() and len(ways) > 1:
            urls.append("%s/nometa/%s" % (base, name))
    if len(ways) > 1:
        urls += [base + "/missing.html", base + "/data.json", base + "/moved"]
    stem = out[:-len(".warc.gz")] if out.endswith(".warc.gz") else out
    lst = stem + ".urls"
    with open(lst, "w") as f:
        f.write("\n".join(urls) + "\n")
    subprocess.run(["wget", "-q", "--no-config", "--tries=1", "--timeout=10", "-O", os.devnull,
                    "--warc-file=" + stem, "--no-warc-keep-log", "-i", lst], check=False)
    os.unlink(lst)
    srv.shutdown()

# -------------------------------------------------------------------- pages


PAGE = """<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{title} | {site}</title>
<meta property="og:title" content="{title}"></head><body>
<header><nav><a href="/">الرئيسية</a> <a href="/local">محليات</a> <a href="/world">دوليات</a>
<a href="/sport">رياضة</a> <a href="/economy">اقتصاد</a></nav></header>
<main><article><h1>{title}</h1><p class="byline">{author} — <time datetime="{date}">{date}</time></p>
{paras}</article>
<aside><h3>اقرأ أيضا</h3><ul><li><a href="/a1">أخبار متعلقة بالموضوع</a></li>
<li><a href="/a2">المزيد من الأخبار المحلية</a></li></ul></aside></main>
<footer>جميع الحقوق محفوظة © {site}</footer></body></html>
"""


def render_snn(src, n, outdir):
    os.makedirs(outdir, exist_ok=True)
    with gzip.open(src, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= n:
                break
            a = json.loads(line)
            paras = "\n".join("<p>%s</p>" % html.escape(p) for p in a["text"].split("\n") if p.strip())
            page = PAGE.format(title=html.escape(a.get("title") or ""), site=a.get("source") or "",
                               author=html.escape(a.get("author") or ""),
                               date=(a.get("published") or "")[:10], paras=paras)
            with open(os.path.join(outdir, a["id"] + ".html"), "w", encoding="utf-8") as o:
                o.write(page)

# -------------------------------------------------------------------- damage


def members(path):
    """The records of a wget .warc.gz, one per gzip member, as bytes."""
    data, out = open(path, "rb").read(), []
    while data:
        d = zlib.decompressobj(16 + 15)
        out.append(d.decompress(data))
        data = d.unused_data
    return out


def record(fields, block):
    head = "WARC/1.1\r\n" + "".join("%s: %s\r\n" % kv for kv in fields)
    head += "Content-Length: %d\r\n\r\n" % len(block)
    return head.encode() + block + b"\r\n\r\n"


def edges(src, outdir):
    recs = members(src)
    resp = [r for r in recs if b"WARC-Type: response" in r[:400]]
    uri = re.search(rb"WARC-Target-URI: <?([^\r>]+)", resp[0]).group(1).decode()
    revisit = record([("WARC-Type", "revisit"), ("WARC-Target-URI", uri),
                      ("WARC-Date", "2026-01-01T00:00:00Z"),
                      ("WARC-Profile", "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"),
                      ("Content-Type", "application/http; msgtype=response")],
                     b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n")
    z = lambda b: gzip.compress(b, mtime=0)
    # per-record members: revisit; garbage between members; a member cut in the middle of
    # its bytes and followed by a good one; a cut last member
    body = [z(r) for r in recs[:4]] + [z(revisit), b"GARBAGE between members\n"]
    bad = z(resp[1])
    body += [bad[:len(bad) // 2]] + [z(r) for r in recs[4:]]
    corrupt = bytearray(z(resp[2]))
    for i in range(30, min(len(corrupt) - 8, 80)):
        corrupt[i] ^= 0x55
    body += [bytes(corrupt), z(resp[3]), z(resp[4])[:-40]]
    open(os.path.join(outdir, "edges.warc.gz"), "wb").write(b"".join(body))
    # one gzip stream over plain WARC with garbage between two records and a cut last one
    plain = b"".join(recs[:3]) + b"this line is no record\r\n" + b"".join(recs[3:])
    plain += resp[0][:len(resp[0]) // 2]
    open(os.path.join(outdir, "stream.warc.gz"), "wb").write(z(plain))
    open(os.path.join(outdir, "plain.warc"), "wb").write(plain)


def pack(folder, out):
    with open(out, "wb") as f:
        for name, (body, ctype) in sorted(load_pages(folder).items()):
            uri = "http://news.example/" + name
            req = record([("WARC-Type", "request"), ("WARC-Target-URI", uri),
                          ("Content-Type", "application/http; msgtype=request")],
                         b"GET /" + name.encode() + b" HTTP/1.1\r\nHost: news.example\r\n\r\n")
            resp = record([("WARC-Type", "response"), ("WARC-Target-URI", uri),
                           ("WARC-Date", "2026-01-01T00:00:00Z"),
                           ("Content-Type", "application/http; msgtype=response")],
                          ("HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n"
                           % (ctype, len(body))).encode() + body)
            f.write(gzip.compress(req, mtime=0) + gzip.compress(resp, mtime=0))


def hand(pages, out):
    ar = open(os.path.join(pages, "boilerplate.html"), "rb").read()
    en = open(os.path.join(pages, "english.html"), "rb").read()

    def resp(uri, http, ver="1.1", t="response"):
        return record([("WARC-Type", t), ("WARC-Target-URI", uri),
                       ("WARC-Date", "2024-03-05T10:00:00Z"),
                       ("Content-Type", "application/http; msgtype=response")], http) \
            .replace(b"WARC/1.1", b"WARC/" + ver.encode(), 1)
    ok = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
    recs = [
        record([("WARC-Type", "warcinfo"), ("Content-Type", "application/warc-fields")],
               b"software: warc_fixtures.py\r\n").replace(b"WARC/1.1", b"WARC/1.0", 1),
        resp("<http://example.com/ar/hospital>", ok + ar, "1.0"),
        record([("WARC-Type", "request"), ("WARC-Target-URI", "http://example.com/en/water")],
               b"GET /en/water HTTP/1.1\r\nHost: example.com\r\n\r\n"),
        resp("http://example.com/en/water", b"HTTP/1.0 200 OK\nContent-Type: text/html\n\n" + en),
        resp("http://example.com/gone", b"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<p>gone</p>"),
        resp("http://example.com/logo.png", b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n"),
        record([("WARC-Type", "metadata"), ("WARC-Target-URI", "http://example.com/en/water")],
               b"outlinks: http://example.com/\r\n"),
        resp("http://example.com/en/water", b"HTTP/1.1 200 OK\r\n\r\n", t="revisit"),
        b"some garbage between records\r\nand more\r\n",
        resp("http://example.com/brotli", b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: br\r\n\r\n\x1b\x00\x00"),
        resp("http://example.com/badchunks", b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n<p>x</p>\r\n0\r\n\r\n"),
        resp("http://example.com/ar/notype", b"HTTP/1.1 200 OK\r\n\r\n" + ar),
        record([("WARC-Type", "response"), ("WARC-Target-URI", "dns:example.com"),
                ("Content-Type", "text/dns")], b"20240305100000\r\nexample.com. 300 IN A 192.0.2.1\r\n"),
        b"WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 12x\r\n\r\nHTTP/1.1 200 OK\r\n\r\n\r\n\r\n",
        resp("http://example.com/ar/last", ok + ar),
    ]
    recs.append(resp("http://example.com/cut", ok + en)[:300])
    open(out, "wb").write(b"".join(recs))


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "wget" and len(sys.argv) == 4:
        crawl(sys.argv[2], sys.argv[3])
    elif cmd == "snn" and len(sys.argv) == 5:
        render_snn(sys.argv[2], int(sys.argv[3]), sys.argv[4])
    elif cmd == "pack" and len(sys.argv) == 4:
        pack(sys.argv[2], sys.argv[3])
    elif cmd == "hand" and len(sys.argv) == 4:
        hand(sys.argv[2], sys.argv[3])
    elif cmd == "edges" and len(sys.argv) == 4:
        edges(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
