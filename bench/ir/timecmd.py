#!/usr/bin/env python3
"""bench/ir/timecmd.py NAME ARTICLES COMMAND... — times an indexing command that is not ours.

Runs COMMAND (its standard output goes to standard error) and prints the index line of
bench/ir/ir.h for it:
    NAME <TAB> index <TAB> ARTICLES <TAB> seconds <TAB> articles_per_s <TAB> maxrss_kB
seconds = wall-clock time of the whole command; maxrss = the command's peak resident set
(getrusage of the children). Exits with the command's status, printing nothing on failure.
"""
import resource
import subprocess
import sys
import time


def main():
    if len(sys.argv) < 4:
        print("usage: timecmd.py NAME ARTICLES COMMAND...", file=sys.stderr)
        return 2
    name, articles, command = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    t0 = time.monotonic()
    rc = subprocess.run(command, stdout=sys.stderr, check=False).returncode
    sec = time.monotonic() - t0
    if rc != 0:
        print(f"timecmd.py: {command[0]} exited with status {rc}", file=sys.stderr)
        return rc
    maxrss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"{name}\tindex\t{articles}\t{sec:.3f}\t{articles / sec:.0f}\t{maxrss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
