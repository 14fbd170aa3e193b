# lib.sh — what the black-box shell tests share. Source it after setting NAME and T (a
# scratch folder, removed on exit). expect DESCRIPTION COMMAND... counts a pass when the
# command succeeds, else a failure with its output; finish prints "NAME: N passed, N failed".
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
