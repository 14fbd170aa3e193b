#!/usr/bin/env python3
"""judged_pool.py — fresh.py's frame over the articles of bench/judged only (branch foldcopy58,
stop 50): the unjudged pool was used whole by the count (seeds 5858, 5859), so the rule's
out-of-count check is the 3,078 judged articles, whose changed rows nobody has judged.

    python3 bench/foldcopy58/judged_pool.py --old A --new B --seed S --n N [fresh.py options]
(do not pass --exclude-judged). Python stdlib only."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "recall"))
import fresh as F  # noqa: E402

_pool = F.pool
JUDGED = F.judged_ids()
F.pool = lambda exclude=(), grep=None: [d for d in _pool(exclude, grep) if d["id"] in JUDGED]

if __name__ == "__main__":
    F.main(sys.argv[1:])
