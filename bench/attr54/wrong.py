#!/usr/bin/env python3
"""wrong.py RASD [OUT.jsonl]: attr54's listing of the read parts' wrong speakers; the lister is
bench/attrc53/wrong.py (the read parts are every drawn part but the newest), run as is."""
import os, runpy, sys
runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "attrc53",
                            "wrong.py"), run_name="__main__")
