# shellcheck shell=bash
# bench/lib.sh — shell helpers shared by bench/run.sh and bench/ir/run.sh (sourced; paths are
# relative to the repository root). The sourcing script sets BENCH_SCRIPT to its own path, so
# that editing it (its compiler flags) rebuilds what it compiles.

# stale OUT DEP... — true when OUT is missing or older than one of the DEPs.
stale() {
    local out=$1 dep
    shift
    [ -e "$out" ] || return 0
    for dep in "$@"; do
        [ "$dep" -nt "$out" ] && return 0
    done
    return 1
}

# compile OUT "DEPS" COMMAND... — runs COMMAND -o OUT when OUT is stale.
compile() {
    local out=$1 deps=$2
    shift 2
    # shellcheck disable=SC2086  # DEPS is a space-separated list of paths
    stale "$out" $deps "$BENCH_SCRIPT" || return 0
    echo "bench: building $out" >&2
    "$@" -o "$out"
}
