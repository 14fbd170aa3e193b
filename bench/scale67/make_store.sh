#!/usr/bin/env bash
# make_store.sh N: stream and store of N articles in /tmp/scale67 as bench/scale.sh builds them
# (copied from /tmp/scale65/make_store.sh; worktree scale67, start build /tmp/scale67_start/rasd;
# the ingest runs without nice: the lead gives this run the machine's priority)
set -euo pipefail
cd /work/scale67
n=$1; d=/tmp/scale67/n$n; mkdir -p $d
date -u +%s > $d/t_start
python3 bench/scale.py ../shared/data/saudinewsnet/articles.jsonl.gz $n > $d/articles.jsonl
date -u +%s > $d/t_stream
RASD_STORY_PHASES=1 /usr/bin/time -f "%e %M" -o $d/time /tmp/scale67_start/rasd ingest --no-entities --db $d/rasd.db $d/articles.jsonl 2> $d/ingest.log
date -u +%s > $d/t_end
rm -f $d/articles.jsonl
echo done > $d/done
