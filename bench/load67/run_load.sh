#!/bin/sh
# run_load.sh STORE.db [OUT]: builds bench/load67/load.c against src/dedup/map.c before load67
# (f7857394) and now, times both maps' load of STORE's keys (read-only) and checks that they
# answer the same (the digest line); load67's figures: docs/STORIES.md "Store: dedup's key
# load at 1M". Run from the repository's top.
set -e
db=${1:?usage: run_load.sh STORE.db [OUT]}
out=${2:-/tmp/load67_bench}
mkdir -p "$out/old/dedup"
git show f7857394:src/dedup/map.c > "$out/old/dedup/map.c"
git show f7857394:src/dedup/dedup.h > "$out/old/dedup/dedup.h"
cc="gcc -std=c11 -O2 -g -D_GNU_SOURCE"
$cc -Isrc -Iinclude -o "$out/load_new" bench/load67/load.c src/dedup/map.c -lsqlite3
$cc -I"$out/old" -Isrc -Iinclude -o "$out/load_old" bench/load67/load.c "$out/old/dedup/map.c" -lsqlite3
for v in new old; do
    echo "$v:"
    nice "$out/load_$v" "$db" digest
done
