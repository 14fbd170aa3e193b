#!/bin/sh
# src70: the fresh checks, read parts, seeds and cost of the branch's build (run from the repo).
G=$(cat bench/src70/grep.re)
O=/tmp/start59/rasd.bin:/tmp/start59/data
nice python3 bench/recall/fresh.py --old $O --new build/rasd --seed 7059 --n 6000 --events \
    --exclude-judged --grep "$G" --out bench/src70/fresh_7059.tsv > bench/src70/fresh_7059.log 2>&1
nice python3 bench/recall/fresh.py --old $O --new build/rasd --seed 7060 --n 8000 --skip 7059:6000 \
    --events --flags=--event-triggers --exclude-judged --grep "$G" \
    --out bench/src70/fresh_7060_trig.tsv > bench/src70/fresh_7060_trig.log 2>&1
nice python3 bench/recall/recall.py score --split all > bench/src70/all_after.txt 2>&1
nice python3 bench/seeds/events.py > bench/src70/seeds_after.txt 2>&1
nice bench/extract_cost.sh build/rasd > bench/src70/cost_after.txt 2>&1
