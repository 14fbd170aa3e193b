#!/usr/bin/env bash
# cli_dates.sh RASD — every date of whole articles (docs/EVENTS.md "Dates": whole-article set,
# issue 16): rasd analyze on the 16 dev articles of bench/dates/whole.py keeps ISO-valued
# dates found, their values right and its dates' precision at or above the floors below, and
# the 8 held back at theirs; so do the second set's dev2 and held2 (branch dates3) (shared
# tier: the articles are read from ../shared).
set -u
RASD=${1:?usage: tests/cli_dates.sh PATH/TO/rasd}
NAME=${2:-cli_dates}
T=build/test-tmp/cli-dates-$$
. tests/lib.sh
if shared_tier "dates whole-article set"; then
    # dev: the figures of branch dates2 (found 50 of 52, right 49, precision 65 of 65),
    # rounded down
    expect "whole-article dates, dev: at their floors" \
        python3 bench/dates/whole.py score --rasd "$RASD" --split dev --min-found 0.96 \
        --min-right 0.97 --min-precision 0.98
    # held back (8 articles): their figures, scored once at the end of branch dates2
    expect "whole-article dates, held back: at their floors" \
        python3 bench/dates/whole.py score --rasd "$RASD" --split held --min-found 0.83 \
        --min-right 1.00 --min-precision 1.00
    # dev2 (24 articles of the second set): the figures of branch dates3 (found 34 of 34,
    # right 34, precision 42 of 42)
    expect "whole-article dates, dev2: at their floors" \
        python3 bench/dates/whole.py score --rasd "$RASD" --split dev2 --min-found 1.00 \
        --min-right 1.00 --min-precision 1.00
    # held2 (12 articles): scored twice, totals only, at the start and the end of branch
    # dates3 (found 36 of 39, right 34, precision 44 of 47), rounded down
    expect "whole-article dates, held2: at their floors" \
        python3 bench/dates/whole.py score --rasd "$RASD" --split held2 --min-found 0.92 \
        --min-right 0.94 --min-precision 0.93
fi
finish
