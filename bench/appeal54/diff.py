#!/usr/bin/env python3
"""Event rows that differ between two rasd builds on a draw (branch appeal54, stop 46): the
lister is bench/appeal53/diff.py (BASE NEW DRAW.jsonl OUT.tsv), which this copy was; run as is."""
import os, runpy
runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "appeal53",
                            "diff.py"), run_name="__main__")
