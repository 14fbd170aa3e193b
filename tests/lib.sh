# lib.sh — what the black-box shell tests share. Source it after setting NAME and T (a
# scratch folder, removed on exit). expect DESCRIPTION COMMAND... counts a pass when the
# command succeeds, else a failure with its output; finish prints "NAME: N passed, N failed".
# sql DB QUERY prints the first column of the first row; kill_ingest DB INPUT BATCH starts
# `$RASD ingest`, kills it with -9 once it has committed a batch and prints the articles stored.
mkdir -p "$T"
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
