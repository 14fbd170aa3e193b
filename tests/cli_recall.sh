#!/usr/bin/env bash
# cli_recall.sh RASD — the quotes recall set (docs/EVENTS.md "Recall set", issue 16): rasd
# analyze on its 60 SaudiNewsNet articles keeps quote recall, attribution and precision at or
# above the floors below, in its dev and its unseen part alike, and event recall and precision
# on its dev part (shared tier: the articles are read from ../shared; release pass only).
set -u
RASD=${1:?usage: tests/cli_recall.sh PATH/TO/rasd}
NAME=${2:-cli_recall}
T=build/test-tmp/cli-recall-$$
. tests/lib.sh
if shared_tier "recall set" slow; then
    expect "recall set: quotes at their floors" \
        python3 bench/recall/recall.py score --rasd "$RASD" --min-recall 0.70 \
        --min-attribution 0.60 --min-precision 0.90
    # events: the dev part's figures (6 of 19 found, branch evrecall2), never lowered
    expect "recall set: dev events at their floors" \
        python3 bench/recall/recall.py score --rasd "$RASD" --split dev \
        --min-event-recall 0.30 --min-event-precision 0.90
fi
finish
