#!/usr/bin/env bash
# count1M.sh: scale65's method at 1M (count.sh, unniced: the lead's priority run). Waits for
# the 1M store, copies it to c1M, ingests warm.jsonl (uncounted, native), then the whole
# ingest of batch.jsonl under callgrind with --separate-callers=4 (balance calls by the rasd
# function that ran the statement) and a dump before the CLI's end-of-run dedup stats
# (whole_1M.out.1 = everything up to and including rasd_ingest).
set -euo pipefail
cd /tmp/scale67
while [ ! -e n1000000/done ]; do sleep 10; done
date -u +"copy %T" >> c1M.times
mkdir -p c1M cg && cp n1000000/rasd.db c1M/
date -u +"warm %T" >> c1M.times
cd /work/scale67
RASD_STORY_PHASES=1 /tmp/scale67_start/rasd ingest --no-entities --db /tmp/scale67/c1M/rasd.db /tmp/scale65/batch/warm.jsonl 2> /tmp/scale67/c1M/warm.log
date -u +"count %T" >> /tmp/scale67/c1M.times
valgrind --tool=callgrind --separate-callers=4 --dump-before=rasd_store_dedup_stats \
    --callgrind-out-file=/tmp/scale67/cg/whole_1M.out \
    /tmp/scale67_start/rasd ingest --no-entities --db /tmp/scale67/c1M/rasd.db /tmp/scale65/batch/batch.jsonl \
    > /tmp/scale67/cg/whole_1M.log 2>&1
date -u +"end %T" >> /tmp/scale67/c1M.times
echo done > /tmp/scale67/cg/done_1M
