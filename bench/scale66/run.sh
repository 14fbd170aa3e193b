#!/usr/bin/env bash
# run.sh: scale66's counts — the fixed batch of scale65 into copies of its 10k and 100k stores,
# start build (s) and new build (n); warm.jsonl first, uncounted (the new build migrates there)
set -e
cd /work/scale66
for n in 100000 10000; do
  for v in s n; do
    d=/tmp/scale66/c${n}_$v; mkdir -p $d; cp -a /tmp/scale65/n$n/rasd.db* $d/
    b=/tmp/scale66_start/rasd; [ $v = n ] && b=/tmp/scale66/rasd_new
    nice $b ingest --no-entities --db $d/rasd.db /tmp/scale65/batch/warm.jsonl 2> $d/warm.log
  done
done
for n in 100000 10000; do
  for v in s n; do
    d=/tmp/scale66/c${n}_$v; b=/tmp/scale66_start/rasd; [ $v = n ] && b=/tmp/scale66/rasd_new
    nice valgrind --tool=callgrind --callgrind-out-file=/tmp/scale66/cg/${v}_whole_$n.out $b ingest --no-entities --db $d/rasd.db /tmp/scale65/batch/batch.jsonl > /tmp/scale66/cg/${v}_whole_$n.log 2>&1 &
  done
  wait
done
echo done > /tmp/scale66/cg/done
# Then: the poll of 10 (poll10.jsonl: batch.jsonl's first 10, paragraphs reversed, ids
# poll-NN) into each store as the batch left it, the same callgrind line; and item 1's replay:
# the batch's story_members rows as INSERTs in docid order, run by the sqlite3 shell on copies
# at the warm state, with and without story_members_story (see docs/STORIES.md, scale66).
