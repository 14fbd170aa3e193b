# lib.sh — what the black-box shell tests share. Source it after setting NAME and T (a
# scratch folder, removed on exit). expect DESCRIPTION COMMAND... counts a pass when the
# command succeeds, else a failure with its output; finish prints "NAME: N passed, N failed".
# sql DB QUERY prints the first column of the first row; kill_ingest DB INPUT BATCH starts
# `$RASD ingest`, kills it with -9 once it has committed a batch and prints the articles stored.
# shared_tier PART [slow] says whether a part that reads ../shared runs here, as SHARED_TIER in
# tests/check.h: ../shared must be there, and a slow part does not run when
# RASD_TEST_SKIP_SLOW is set (the sanitizer pass); otherwise it prints "NAME: PART skipped
# (why)", which tests/run.sh counts, and fails.
mkdir -p "$T"
# The tests call python3 a few hundred times. Through pyenv's shim (a chain of bash scripts)
# a call costs about 0.5 s of CPU, against 0.1 s for the interpreter itself: resolve it once.
# Its folder goes first in PATH, for `#!/usr/bin/env python3` scripts (check-contract) too.
PYTHON=$(command python3 -c 'import sys; print(sys.executable)' 2>/dev/null) &&
    PATH=$(dirname "$PYTHON"):$PATH
# The tests' own Python (python3 -c, python3 - <<EOF, the bench scripts) runs without site
# (-S): it needs the standard library only, and site's start-up (the .pth files of the
# installed packages) cost 0.07 s of CPU a call here, more than the rest of a call: a few
# hundred calls a part, in both passes. Scripts started by their #! line still get site.
# A process started in the background whose pid ($!) the test kills must be started with
# `command python3`: through the function, $! is a subshell's, and killing it leaves python
# running, holding the test's output open (cli_watch's server waited out its 600 s).
if [ -n "${PYTHON:-}" ]; then python3() { "$PYTHON" -S "$@"; }; fi
trap 'rm -rf "$T"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "$NAME: FAILED: $*" >&2; }
expect() {
    local d=$1 out; shift
    if out=$("$@" 2>&1); then ok; else bad "$d"; printf '%s\n' "$out" | head -n 20 >&2; fi
}
finish() {
    echo "$NAME: $pass passed, $fail failed"
    [ "$fail" -eq 0 ]
}
sql() { python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])' "$@"; }
kill_ingest() {
    local pid n
    "$RASD" ingest --batch "$3" --db "$1" "$2" 2>/dev/null &
    pid=$!
    for _ in $(seq 1000); do
        n=$(sql "$1" 'select count(*) from articles' 2>/dev/null || echo 0)
        [ "${n:-0}" -gt 0 ] && break
        sleep 0.02
    done
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    sql "$1" 'select count(*) from articles'
}
shared_tier() {
    if [ ! -d ../shared/corpus/seeds ]; then
        echo "$NAME: $1 skipped (no ../shared)"
        return 1
    fi
    if [ "${2:-}" = slow ] && [ -n "${RASD_TEST_SKIP_SLOW:-}" ] && [ "$RASD_TEST_SKIP_SLOW" != 0 ]; then
        echo "$NAME: $1 skipped (slow: run in the release pass only)"
        return 1
    fi
}
