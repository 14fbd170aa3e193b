#!/usr/bin/env python3
"""bench/prep.py SRC.jsonl.gz OUT [--limit N --jsonl OUT.jsonl] — writes the benchmark input
for the analysis programs.

OUT holds the "text" field of every record of SRC, in file order, each encoded as UTF-8 and
followed by one NUL byte; NUL bytes inside a text are removed so the separator is unambiguous.
The programs in bench/ read OUT one text at a time (see bench/harness.h). With --limit, only
the first N records; with --jsonl, their lines are also written as they are to OUT.jsonl
(the input of `rasd analyze` in the filter benchmark, the same texts as OUT).
"""
import gzip
import json
import os
import sys


def parse_args(argv):
    """(src, out, limit or None, jsonl path or None), or None for a usage error."""
    args, opts = [], {"--limit": None, "--jsonl": None}
    i = 0
    while i < len(argv):
        if argv[i] in opts and i + 1 < len(argv):
            opts[argv[i]] = argv[i + 1]
            i += 2
        else:
            args.append(argv[i])
            i += 1
    if len(args) != 2 or (opts["--limit"] is not None and not opts["--limit"].isdigit()):
        return None
    limit = int(opts["--limit"]) if opts["--limit"] is not None else None
    return args[0], args[1], limit, opts["--jsonl"]


def main() -> int:
    parsed = parse_args(sys.argv[1:])
    if parsed is None:
        print("usage: prep.py SRC.jsonl.gz OUT [--limit N --jsonl OUT.jsonl]", file=sys.stderr)
        return 2
    src, out, limit, jsonl = parsed
    tmp = out + ".tmp"
    count = size = 0
    fjson = open(jsonl + ".tmp", "w", encoding="utf-8") if jsonl else None
    with gzip.open(src, "rt", encoding="utf-8") as fin, open(tmp, "wb") as fout:
        for line in fin:
            if limit is not None and count >= limit:
                break
            if not line.strip():
                continue
            text = json.loads(line)["text"].replace("\0", "")
            data = text.encode("utf-8", "replace")  # a lone surrogate escape becomes "?"
            fout.write(data)
            fout.write(b"\0")
            if fjson:
                fjson.write(line if line.endswith("\n") else line + "\n")
            count += 1
            size += len(data)
    if fjson:
        fjson.close()
        os.replace(jsonl + ".tmp", jsonl)
    os.replace(tmp, out)
    print(f"prep: {count} texts, {size} bytes -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
