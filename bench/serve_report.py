#!/usr/bin/env python3
"""bench/serve_report.py OUT — the bench:serve section of BENCHMARKS.md from bench/serve.sh's
wrk reports (OUT/wrk-*.txt), its meta.tsv and the soak's RSS samples (soak.tsv); prints it."""
import re
import sys

out = sys.argv[1]
meta = dict(l.rstrip("\n").split("\t", 1) for l in open(out + "/meta.tsv"))


def ms(v):
    n, unit = re.match(r"([\d.]+)(us|ms|s)", v).groups()
    return float(n) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def wrk(name):
    t = open("%s/wrk-%s.txt" % (out, name)).read()
    r = {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", t).group(1)),
         "requests": int(re.search(r"(\d+) requests in", t).group(1))}
    for p in ("50", "99"):
        m = re.search(r"^\s+%s%%\s+(\S+)" % p, t, re.M)
        r["p" + p] = ms(m.group(1)) if m else None
    errors = 0
    m = re.search(r"Non-2xx or 3xx responses: (\d+)", t)
    errors += int(m.group(1)) if m else 0
    m = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", t)
    errors += sum(int(x) for x in m.groups()) if m else 0
    r["errors"] = errors
    return r


runs = {n: wrk(n) for n in ("nginx", "article", "search", "attention")}
ng = runs["nginx"]["rps"]
targets = {"article": "≥ 0.5× nginx", "search": "≥ 0.2× nginx, p99 ≤ 20 ms", "attention": "—",
           "nginx": "—"}
rows = []
for name, label in (("nginx", "nginx, static file of the same size"),
                    ("article", "`GET /api/articles/ID`"),
                    ("search", "`GET /api/search?q=` (200 queries)"),
                    ("attention", "`GET /api/attention?q=&by=week` (200 queries)")):
    r = runs[name]
    cpu = meta.get("cpu_" + name)
    cpu_us = "%.0f" % (float(cpu) * 1000 / r["requests"]) if cpu and r["requests"] else "—"
    rows.append("| %s | %s | %.2f× | %.2f | %.2f | %s | %d | %s |" % (
        label, f"{r['rps']:,.0f}", r["rps"] / ng, r["p50"], r["p99"], cpu_us, r["errors"],
        targets[name]))

soak = [tuple(int(x) for x in l.split()) for l in open(out + "/soak.tsv") if l.strip()]
soak_line = "no samples"
if soak:
    rss = [kb / 1024 for _, kb in soak]
    warm = [kb / 1024 for t, kb in soak if t >= 30] or rss
    soak_line = ("%d samples over %d s: RSS %.0f MB at the start, %.0f MB after 30 s, %.0f MB "
                 "at most, %.0f MB at the end (after 30 s: min %.0f, max %.0f MB)" % (
                     len(soak), soak[-1][0], rss[0], warm[0], max(rss), rss[-1], min(warm),
                     max(warm)))
sw = wrk("soak")
sec = ["<!-- bench:serve -->", "",
       "### rasd serve under load (bench/serve.sh)", "",
       "wrk (`-t2 -c%s`, %s s after a 2 s warm-up) on the same box as the server (%s worker "
       "threads) and nginx (2 workers), 2 cores shared by all; a store of all %s SaudiNewsNet "
       "articles. The article is `%s` (%s bytes of JSON, the file nginx serves). Search and "
       "attention rotate over 200 pairs of adjacent title words of random articles (seed 14)."
       % (meta["connections"], meta["duration"], meta["threads"], f"{int(meta['articles']):,}",
          "snn-010000", f"{int(meta['article_bytes']):,}"), "",
       "| endpoint | requests/s | × nginx | p50 ms | p99 ms | server CPU µs/request | errors | target |",
       "|---|---:|---:|---:|---:|---:|---:|---|"] + rows + [
       "",
       "*server CPU µs/request*: the user and system time of the server's process (nginx: its "
       "master and workers) during the run, over the requests answered; it does not depend "
       "on the load of the box as much as requests/s does (load average at the end of the "
       "runs: %s)." % meta.get("load", "not measured"),
       "",
       "Memory soak: the three endpoints mixed (wrk `-t1 -c4`, %d s, %s requests, %d errors); %s."
       % (int(meta["soak_seconds"]), f"{sw['requests']:,}", sw["errors"], soak_line), "",
       "<!-- /bench:serve -->"]
section = "\n".join(sec)
text = open("BENCHMARKS.md").read()
if "<!-- bench:serve -->" in text:
    text = re.sub(r"<!-- bench:serve -->.*?<!-- /bench:serve -->", lambda m: section, text,
                  flags=re.S)
else:
    text = text.rstrip("\n") + "\n\n" + section + "\n"
open("BENCHMARKS.md", "w").write(text)
print(section)
