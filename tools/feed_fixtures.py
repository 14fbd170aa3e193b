#!/usr/bin/env python3
"""feed_fixtures.py SNN_JSONL_GZ OUT_DIR — writes the feed fixtures of tests/data/feeds/.

Each fixture is a feed in one format built from real SaudiNewsNet articles (title, URL,
date, author, the text's first sentence as summary), and beside it NAME.want.jsonl: the
items rasd must read from it, computed here from the articles by the rules of
docs/FEEDS.md (canonical URLs, ISO 8601 dates), not by rasd. tests/test_feeds.c compares.
Deterministic: the same corpus gives the same files.
"""
import gzip
import html
import json
import os
import sys
import urllib.parse

# Articles by id: a few per outlet, so the fixtures mix sources.
IDS = {
    "rss2": ["snn-000000", "snn-000001", "snn-000002", "snn-000003"],
    "atom": ["snn-001359", "snn-001360", "snn-001361"],
    "json": ["snn-002635", "snn-002636", "snn-002637"],
    "news": ["snn-002407", "snn-002408", "snn-002409"],
    "cp1256": ["snn-000935", "snn-000936", "snn-000937"],
    "rdf": ["snn-002096", "snn-002097"],
    "broken": ["snn-001419", "snn-001420", "snn-001421"],
}

# What an URL may hold unescaped (docs/FEEDS.md): printable ASCII but space and "<>\"{}|\\^`".
SAFE = "!#$%&'()*+,-./:;=?@[]_~"


def canonical(url):
    """The canonical form by the documented rules (no tracking parameter in the fixtures
    survives: they are added to links here and must be dropped)."""
    u = urllib.parse.urlsplit(url)
    host = u.hostname.lower().rstrip(".")
    port = u.port
    if port and not ((u.scheme == "http" and port == 80) or (u.scheme == "https" and port == 443)):
        host += ":%d" % port
    path = urllib.parse.quote(u.path or "/", safe=SAFE)
    q = [p for p in u.query.split("&") if p and not p.lower().startswith("utm_")
         and p.split("=")[0].lower() not in ("fbclid", "gclid", "mc_cid")]
    query = "?" + "&".join(urllib.parse.quote(p, safe=SAFE) for p in q) if q else ""
    return "%s://%s%s%s" % (u.scheme.lower(), host, path, query)


def summary(text):
    first = text.split("\n")[0]
    return " ".join(html.unescape(first[:200]).split())


def iso(published):
    """'2015-07-21 02:51:32' (Saudi time) as ISO 8601 with the +03:00 offset."""
    return published.replace(" ", "T") + "+03:00"


def rfc822(published):
    import datetime
    d = datetime.datetime.strptime(published, "%Y-%m-%d %H:%M:%S")
    return d.strftime("%a, %d %b %Y %H:%M:%S +0300")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def want(a, url=None, published=None, author=True, summ=True, guid=None, source=None):
    # titles and summaries are read as HTML text: the corpus's own "&quot;" is a quote mark
    return {"url": canonical(url or a["url"]), "title": " ".join(html.unescape(a["title"]).split()),
            "published": published if published is not None else iso(a["published"]),
            "author": (a["author"] or "").strip() or None if author else None,
            "summary": summary(a["text"]) if summ else None, "guid": guid, "source": source}


def path_of(url):
    u = urllib.parse.urlsplit(url)
    return u.path


def rss2(arts):
    """RSS 2.0: CDATA titles, links relative to the channel's link with tracking parameters
    and fragments, RFC 822 dates, dc:creator, escaped HTML descriptions."""
    items, wants = [], []
    for i, a in enumerate(arts):
        link = path_of(a["url"]) + "?utm_source=rss&utm_medium=feed#comments"
        items.append(
            "<item>\n<title><![CDATA[%s]]></title>\n<link>%s</link>\n<pubDate>%s</pubDate>\n"
            "<dc:creator>%s</dc:creator>\n<description>&lt;p&gt;%s&lt;/p&gt;</description>\n"
            "<guid isPermaLink=\"false\">%s</guid>\n</item>\n"
            % (a["title"], esc(link), rfc822(a["published"]), esc(a["author"]),
               esc(esc(summary(a["text"]))), a["id"]))
        wants.append(want(a, guid=a["id"]))
    doc = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n<title>الشرق الأوسط</title>\n'
           "<link>http://aawsat.com/</link>\n<image><link>http://img.example/</link></image>\n"
           + "".join(items) + "<item><title>بلا رابط</title></item>\n</channel>\n</rss>\n")
    return doc.encode("utf-8"), wants


def atom(arts):
    """Atom 1.0 with xml:base, relative alternate links, an enclosure link to ignore, type=html
    titles, published and updated dates, author/name."""
    entries, wants = [], []
    for a in arts:
        rel = path_of(a["url"]).lstrip("/")
        entries.append(
            '<entry>\n<title type="html">%s</title>\n<link rel="enclosure" href="/img/%s.jpg"/>\n'
            '<link rel="alternate" type="text/html" href="%s"/>\n<id>urn:snn:%s</id>\n'
            "<published>%s</published>\n<updated>2015-09-01T00:00:00Z</updated>\n"
            "<author><name>%s</name></author>\n<summary>%s</summary>\n</entry>\n"
            % (esc(esc(a["title"])), a["id"], esc(rel), a["id"], iso(a["published"]),
               esc(a["author"]), esc(summary(a["text"]))))
        wants.append(want(a, guid="urn:snn:" + a["id"]))
    doc = ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" '
           'xml:base="http://www.alriyadh.com/">\n<title>الرياض</title>\n'
           '<link rel="self" href="http://www.alriyadh.com/atom.xml"/>\n'
           + "".join(entries) + "</feed>\n")
    return doc.encode("utf-8"), wants


def jsonfeed(arts):
    """JSON Feed 1.1: relative urls against home_page_url, authors, content_html only."""
    items, wants = [], []
    for a in arts:
        items.append({"id": a["id"], "url": path_of(a["url"]) + "?fbclid=xyz", "title": a["title"],
                      "content_html": "<p>%s</p><p>…</p>" % esc(summary(a["text"])),
                      "date_published": iso(a["published"]), "authors": [{"name": a["author"]}]})
        w = want(a, guid=a["id"])
        w["summary"] = summary(a["text"]) + " …"
        wants.append(w)
    doc = {"version": "https://jsonfeed.org/version/1.1", "title": "سبق",
           "home_page_url": "https://sabq.org/", "items": items}
    # the articles' own URLs are http://sabq.org/...; home_page_url makes them https
    for w, a in zip(wants, arts):
        w["url"] = canonical("https://sabq.org" + path_of(a["url"]))
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8"), wants


def news(arts):
    """A Google News sitemap, with image entries whose <image:loc> must not be taken."""
    urls, wants = [], []
    for a in arts:
        urls.append(
            "<url>\n<loc>%s</loc>\n<image:image><image:loc>http://okaz.com.sa/i/%s.jpg</image:loc>"
            "</image:image>\n<news:news>\n<news:publication><news:name>عكاظ</news:name>"
            "<news:language>ar</news:language></news:publication>\n"
            "<news:publication_date>%s</news:publication_date>\n<news:title>%s</news:title>\n"
            "</news:news>\n</url>\n" % (esc(a["url"]), a["id"], iso(a["published"]), esc(a["title"])))
        w = want(a, author=False, summ=False, source="عكاظ")
        wants.append(w)
    doc = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
           'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" '
           'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">\n'
           + "".join(urls) + "</urlset>\n")
    return doc.encode("utf-8"), wants


def cp1256(arts):
    """RSS 2.0 declared and encoded windows-1256, as older Arabic sites serve it."""
    items, wants = [], []
    for a in arts:
        items.append("<item><title>%s</title><link>%s</link><pubDate>%s</pubDate>"
                     "<author>%s</author></item>\n"
                     % (esc(a["title"]), esc(a["url"]), rfc822(a["published"]), esc(a["author"])))
        wants.append(want(a, summ=False))
    doc = ('<?xml version="1.0" encoding="windows-1256"?>\n<rss version="2.0"><channel>'
           "<title>الجزيرة</title><link>http://www.al-jazirah.com/</link>\n"
           + "".join(items) + "</channel></rss>\n")
    return doc.encode("cp1256"), wants


def rdf(arts):
    """RSS 1.0 (RDF) with dc:date."""
    items, wants = [], []
    for a in arts:
        items.append('<item rdf:about="%s"><title>%s</title><link>%s</link><dc:date>%s</dc:date>'
                     "</item>\n" % (esc(a["url"]), esc(a["title"]), esc(a["url"]), iso(a["published"])))
        wants.append(want(a, author=False, summ=False))
    doc = ('<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
           'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
           '<channel rdf:about="http://www.alyaum.com/"><title>اليوم</title>'
           "<link>http://www.alyaum.com/</link></channel>\n" + "".join(items) + "</rdf:RDF>\n")
    return doc.encode("utf-8"), wants


def broken(arts):
    """RSS 2.0 whose third item is cut by a mismatched tag: the two before it are kept."""
    items, wants = [], []
    for i, a in enumerate(arts):
        close = "</item>" if i < 2 else "</itme>"
        items.append("<item>\n<title>%s</title>\n<link>%s</link>\n%s\n"
                     % (esc(a["title"]), esc(a["url"]), close))
        if i < 2:
            wants.append(want(a, published="", author=False, summ=False))
    for w in wants:
        w["published"] = None
    doc = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>\n'
           "<title>الوطن</title>\n" + "".join(items) + "</channel></rss>\n")
    return doc.encode("utf-8"), wants


def main():
    src, out = sys.argv[1], sys.argv[2]
    wanted = {i for ids in IDS.values() for i in ids}
    arts = {}
    with gzip.open(src, "rt", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            if a["id"] in wanted:
                arts[a["id"]] = a
    os.makedirs(out, exist_ok=True)
    makers = {"rss2": (rss2, "rss2.xml"), "atom": (atom, "atom.xml"),
              "json": (jsonfeed, "feed.json"), "news": (news, "news_sitemap.xml"),
              "cp1256": (cp1256, "rss_1256.xml"), "rdf": (rdf, "rss1.rdf"),
              "broken": (broken, "broken.xml")}
    for key, (make, name) in makers.items():
        doc, wants = make([arts[i] for i in IDS[key]])
        with open(os.path.join(out, name), "wb") as f:
            f.write(doc)
        with open(os.path.join(out, name + ".want.jsonl"), "w", encoding="utf-8") as f:
            for w in wants:
                f.write(json.dumps(w, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
