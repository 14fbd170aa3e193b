#!/usr/bin/env python3
"""bench/prep.py SRC.jsonl.gz OUT — writes the benchmark input for the analysis programs.

OUT holds the "text" field of every record of SRC, in file order, each encoded as UTF-8 and
followed by one NUL byte; NUL bytes inside a text are removed so the separator is unambiguous.
The programs in bench/ read OUT one text at a time (see bench/harness.h).
"""
import gzip
import json
import os
import sys


def main() -> int:
    if len(sys.argv) != 3:
        print("usage: prep.py SRC.jsonl.gz OUT", file=sys.stderr)
        return 2
    src, out = sys.argv[1], sys.argv[2]
    tmp = out + ".tmp"
    count = size = 0
    with gzip.open(src, "rt", encoding="utf-8") as fin, open(tmp, "wb") as fout:
        for line in fin:
            if not line.strip():
                continue
            text = json.loads(line)["text"].replace("\0", "")
            data = text.encode("utf-8", "replace")  # a lone surrogate escape becomes "?"
            fout.write(data)
            fout.write(b"\0")
            count += 1
            size += len(data)
    os.replace(tmp, out)
    print(f"prep: {count} texts, {size} bytes -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
