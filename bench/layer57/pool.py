#!/usr/bin/env python3
"""layer57: pool the judged event rows of bench/judged/judge43..judge51, mark each as the
trigger layer's or the rules' with today's rasd, and find the tdefault form that made each
layer row (layer49's bench/layer49/pool.py with this stop's files).

    bench/layer57/pool.py RASD OUTDIR     (writes OUTDIR/pool.tsv)
    bench/layer57/table.py OUTDIR/pool.tsv  (the breakdown)"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                                "layer49"))
import pool  # noqa: E402

pool.FILES = ["judge%d" % n for n in range(43, 52)]

if __name__ == "__main__":
    pool.main(sys.argv[1], sys.argv[2])
