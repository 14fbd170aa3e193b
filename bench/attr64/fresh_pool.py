#!/usr/bin/env python3
"""attr64: fresh.py on a pool given by article ids (one a line in POOL), drawn.txt and, with
--exclude-judged, the judged articles still left out by fresh.py's own pool().
Usage: fresh_pool.py POOL FRESH_ARGS… (the ids: the start build's quotes over the corpus whose
speaker is an unresolved description opening with a trade word, less grep56643.txt's pool)."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "recall"))
import fresh as F

ids = set(open(sys.argv[1], encoding="utf-8").read().split())
orig = F.pool
F.pool = lambda exclude=(), grep=None: [d for d in orig(exclude, grep) if d["id"] in ids]
F.main(sys.argv[2:])
