#!/usr/bin/env bash
# cli_recall.sh RASD — the quotes recall set (docs/EVENTS.md "Recall set", issue 16): rasd
# analyze on its 120 SaudiNewsNet articles of quotes keeps quote recall, attribution and precision at or
# above the floors below, each part at its own, and event recall and precision on its dev
# part, and quotes and events of the five seeds (shared tier: the articles are read from
# ../shared; release pass only).
set -u
RASD=${1:?usage: tests/cli_recall.sh PATH/TO/rasd}
NAME=${2:-cli_recall}
T=build/test-tmp/cli-recall-$$
. tests/lib.sh
if shared_tier "recall set" slow; then
    # The articles of the parts this script scores (each split it names), read from the
    # corpus once: each score read all of it (0.9 s of CPU, about 30 times); recall.py
    # reads $SNN.
    python3 - "$T/parts.jsonl.gz" $(grep -o -- '--rasd "$RASD" --split [a-z][a-z0-9]*' "${BASH_SOURCE[0]}" | awk '{print $NF}' | sort -u) <<'EOF'
import gzip, json, sys
sys.path.insert(0, "bench/recall")
import recall
ids = set()
for part in sys.argv[2:]:
    ids |= set(recall.load(recall.LABELS, part))
with gzip.open(sys.argv[1], "wt", encoding="utf-8", compresslevel=1) as out:
    for d in recall.articles(ids):
        out.write(json.dumps(d, ensure_ascii=False) + "\n")
EOF
    export SNN=$T/parts.jsonl.gz
    # dev: the figures of branch quotes4 (docs/EVENTS.md "attribution, dev3"), rounded
    # down; unseen: its own figures, scored once at the end of branch quotes3. Recall 0.95
    # since data 2026.12-7 (0.96 before): its recogniser names الرئاسة العامة للأرصاد, and
    # the body's nominal complement after توقعت is no longer read as a quote (snn-023559)
    expect "recall set, dev: quotes at their floors" \
        python3 bench/recall/recall.py score --rasd "$RASD" --split dev --min-recall 0.95 \
        --min-attribution 0.93 --min-precision 0.98
    # dev2 (20 more articles, quotes only): the figures of branch quotes3, rounded down;
    # precision 0.92 since quotes4, whose تشير finds two statements of an interview's
    # answers that the labels leave out (وتشير الدراسات إلى أن …, snn-010574); attribution
    # 0.93 since quotes5 (علي العثيم, the same article); 78 of 82 found (0.95) since quotes35
    # (a described object after وصف)
    expect "recall set, dev2: quotes at their floors" \
        python3 bench/recall/recall.py score --rasd "$RASD" --split dev2 --min-recall 0.95 \
        --min-attribution 0.93 --min-precision 0.92
    # dev3 (20 more articles, quotes only, branch quotes4): its figures at the end of
    # quotes5, rounded down (read after its second scoring: a development part since).
    # Attribution 0.94 since data 2026.12-7 (69 of 73, 0.945; 0.96 before): its recogniser
    # takes الجمهوري in قال الجمهوري جون بينر for a name of its own (snn-005040)
    # quotes15: 70 of 73 (فقال طالب العلم, by its words)
    expect "recall set, dev3: quotes at their floors" \
        python3 bench/recall/recall.py score --rasd "$RASD" --split dev3 --min-recall 0.91 \
        --min-attribution 0.95 --min-precision 0.98
    # dev4 (20 more articles, quotes only, branch quotes5; its first half read, its second
    # held back until the end): its figures at the end, rounded down
    expect "recall set, dev4: quotes at their floors" \
        python3 bench/recall/recall.py score --rasd "$RASD" --split dev4 --min-recall 0.94 \
        --min-attribution 0.94 --min-precision 0.94
    # the old unseen part, opened as a development part by branch quotes6 (its errors read
    # and fixed: docs/EVENTS.md "the old unseen part opened"): its figures at the end of
    # quotes6, rounded down (119 of 125 found, 108 of 119 attributed, 129 of 131 true)
    # quotes15: 112 of 120 (سلمى المغربية ×3, by her words, and the verbs after); quotes22:
    # 121 of 126 found, 131 of 134 true (ويشرح أنه …, a statement the labels do not have)
    expect "recall set, unseen (opened): quotes at their floors" \
        python3 bench/recall/recall.py score --rasd "$RASD" --split unseen --min-recall 0.96 \
        --min-attribution 0.93 --min-precision 0.97
    # events: the dev part's figures (12 of 19 found, branch evbreadth), never lowered; 15
    # of 24 since events6, whose labels gained snn-000748's five receptions (0.625); 16 of
    # 24 since events7 (clashes with a party); 17 of 24 since events22 (a reception's host
    # past an arrival clause)
    expect "recall set: dev events at their floors" \
        python3 bench/recall/recall.py score --rasd "$RASD" --split dev \
        --min-event-recall 0.79 --min-event-precision 0.90
    # dev5 (30 articles, events only, branch events5): its figure at the end, 12 of 34; 13
    # of 34 since events6 (the appeal that continues the last speaker); 14 since events7 (an
    # appeal addressed: وجه X نداء); 15 since events22 (a reception's host past two parts
    # set off by commas)
    expect "recall set, dev5: events at their floors" \
        python3 bench/recall/recall.py score --rasd "$RASD" --split dev5 \
        --min-event-recall 0.50 --min-event-precision 0.90
    # the old unseen part, a development part since events6: 2 of 17 events; 5 since events7
    # (an apposed subject, strikes carried out, the fighting under way at a place); 6 of 18
    # since events8 (an advance, whose label the stop-25 guideline asks for, was added); 7
    # of 18 since events14 (the trigger layer's criticize, accuse and agree on by default);
    # 9 of 18 since events16 (two appeals: وأهاب، دعا باحث سعودي)
    expect "recall set, unseen: events at their floors" \
        python3 bench/recall/recall.py score --rasd "$RASD" --split unseen \
        --min-event-recall 0.55 --min-event-precision 0.90
    # unseen2 (24 articles drawn and labelled blind at stop 24, branch label6): scored once,
    # at the end of stop 24, its errors not read; the floors are those figures, rounded down
    # (60 of 77 found, 41 of 60 attributed, 59 of 61 true; events 2 of 18). A development
    # part since stop 25 (branch quotes7 read and fixed its errors: docs/EVENTS.md "Quotes:
    # unseen2 opened"; unseen3 is the blind part now): its figures at the end of quotes7,
    # rounded down (70 of 77 found, 67 of 70 attributed, 74 of 75 true; events 3 of 18: the
    # appeal of وطالب … بسرعة, a complement found since); events 4 of 18 since events14
    # (the trigger layer's criticize, accuse and agree on by default); quotes16: 71 of 77 found
    # (ووفقا لما ذكرته الصحف، فإن: what a speaker said as the relative of ما); events 6 of 18
    # since events25 (استجابة لمناشدة الحكومة الشرعية; بمناسبة زيارة … محمد بن سلمان)
    expect "recall set, unseen2 (opened): quotes and events at their floors" \
        python3 bench/recall/recall.py score --rasd "$RASD" --split unseen2 --min-recall 0.93 \
        --min-attribution 0.95 --min-precision 0.98 --min-event-recall 0.44 \
        --min-event-precision 0.90
    # unseen3 (24 articles drawn and labelled blind at stop 25, branch label7): scored at
    # the start of stop 25 (main 0ebeaeb: 40 of 66 found, 0.82 attributed, 40 of 46 true;
    # events 1 of 28) and once at its end, its errors not read; the floors are the end's
    # figures, rounded down (42 of 66 found, 35 of 42 attributed, 42 of 48 true; events 1
    # of 28): a blind part's floor guards against losing what generalised, not a target.
    # A development part since stop 26 (quotes8 and events8 read unseen3a's errors, kept
    # unseen3b's unread: docs/EVENTS.md "Quotes: unseen3 opened", "Events: unseen3 opened"):
    # its floors are their ends, rounded down (45 of 66 found, 0.84 attributed, 45 of 48
    # true; events 6 of 28); events 8 of 28 since events17 (a reception and a threat of the
    # trigger layer's host and threaten verbs, on by default); 12 of 28 since fight53 (stop
    # 44: an advance told by تقدم)
    expect "recall set, unseen3 (opened): quotes and events at their floors" \
        python3 bench/recall/recall.py score --rasd "$RASD" --split unseen3 --min-recall 0.72 \
        --min-attribution 0.84 --min-precision 0.94 --min-event-recall 0.46 \
        --min-event-precision 0.90
    # unseen4 (24 articles drawn and labelled blind at stop 26, branch label8): scored at
    # the start of stop 26 (db66306: 51 of 68 found, 0.69 attributed, 48 of 52 true; events
    # 3 of 33) and once at its end, its errors not read, with the same figures; the floors
    # are the end's, rounded down: a blind part's floor guards what generalised. Opened at
    # stop 27 (quotes9 read its quote errors: docs/EVENTS.md "Quotes: unseen4 opened"): its
    # quote floors are quotes9's end, rounded down (53 of 68 found, 50 of 53 attributed, 50
    # of 53 true); recall 0.80 since quotes10 (55 of 68, 52 of 55 attributed and true);
    # 0.82 since quotes11 (56 of 68: a condemnation; 53 of 56 attributed and true); events 4
    # of 33 since events14 (the trigger layer's criticize, accuse and agree on by default);
    # 5 of 33 since events16 (an appeal: ودعت المديرية)
    # quotes15: 54 of 56 (قوة المهام المشتركة, by its words); events 6 of 33 since events19
    # (a deed: قام أحد المواطنين بالاعتداء على الطبيب) and 6 since events20 alone (a call
    # received, both sides named: meet's nouns on by default with their sides); 8 of 33
    # since events21 (للاعتداء الآثم الذي وقع: a noun of force told as done); stop 46:
    # assault54 (a condemned bombing's noun after لـ: 9 of 33, 9 of 9 true)
    expect "recall set, unseen4 (opened): quotes and events at their floors" \
        python3 bench/recall/recall.py score --rasd "$RASD" --split unseen4 --min-recall 0.83 \
        --min-attribution 0.96 --min-precision 0.96 --min-event-recall 0.27 \
        --min-event-precision 0.90
    # unseen5 (24 articles drawn at stop 27, labelled blind by branch label9): scored at the
    # start of stop 27 (41f7ec7: 68 of 91 found, 0.78 attributed, 67 of 71 true; events 4 of
    # 26, 4 of 6 true) and once at its end, its errors not read (72 of 91 found, 55 of 72
    # attributed, 69 of 71 true; events 4 of 26, 4 of 6 true); the floors are the end's,
    # rounded down. With --event-triggers (off by default) the end found 10 of 26 events,
    # 10 of 15 true: docs/EVENTS.md "Stop 27: the unseen5 part scored". Opened at stop 28
    # (quotes10 read its quote errors: docs/EVENTS.md "Quotes: unseen5 opened"): its quote
    # floors are quotes10's end, rounded down (75 of 91 found, 60 of 75 attributed, 72 of
    # 74 true); raised by quotes11 (condemnations, a name read as ب + name: 78 of 91 found,
    # 64 of 78 attributed, 74 of 76 true); events 9 of 26, 9 of 11 true since events14 (the
    # trigger layer's criticize, accuse and agree on by default; 5 of 26, 5 of 7 before);
    # 10 of 26, 10 of 12 true since events17 (a reception, host's verbs on by default);
    # 12 of 26, 12 of 14 true with events16 merged too (two appeals, ودعت الجوازات، ودعا);
    # attribution 65 of 78 since quotes14 (the subject of a verb that is no cue goes on to a
    # bare one: وهنأ … أنور العنزي …، ودعا)
    # quotes15: 68 of 78 (معين شمشوم ×3: a name the recogniser misses, by its words, and the
    # verbs after it); events 13 of 26, 13 of 15 true since events20 (a call received, both
    # sides named); 14 of 26, 14 of 16 true since events21 (للتفجير الإرهابي الذي
    # استهدف: an assault's noun told as done); 16 of 26 with events22 alone (three calls
    # received, the receiver past his titles or given as سموه); 17 of 26, 17 of 19 true with both
    # stop 46: assault54 (للتفجير الإرهابي: 17 of 26, 17 of 19 true)
    expect "recall set, unseen5 (opened): quotes and events at their floors" \
        python3 bench/recall/recall.py score --rasd "$RASD" --split unseen5 --min-recall 0.85 \
        --min-attribution 0.87 --min-precision 0.97 --min-event-recall 0.65 \
        --min-event-precision 0.89
    # unseen6 (24 articles drawn at stop 28, labelled blind by branch label10): scored at the
    # start of stop 28 (563fc9e, a saved build: 64 of 78 found, 0.81 attributed, 59 of 61
    # true; events 3 of 26, 3 of 3 true) and once at its end, its errors not read: the same
    # figures, row for row in the totals; the floors are the end's, rounded down. With
    # --event-triggers (off by default): 6 of 26 events, 6 of 10 true, start and end alike
    # (docs/EVENTS.md "Stop 28: the unseen6 part scored"). Opened at stop 29: quote recall
    # 0.83 and precision 0.98 since quotes13 (names in quote marks joined by و are no passage:
    # 65 of 78 found, 60 of 61 true); quotes12 (a surname of a person named in full, a title
    # after معالي) raised attribution to 0.89 (docs/EVENTS.md "Quotes: speakers from a corpus
    # name list"); events 5 of 26, 5 of 5 true since events17 (a visit and a threat of the
    # trigger layer's visit and threaten, on by default); 6 of 26 with events16 merged too
    # (an appeal, ودعا رئيس البرلمان العربي); quotes16: 66 of 78 found, 61 of 62 true (ما قاله
    # العلماء … إن); 7 of 26 events since events19 (a deed: قام مواطن بإطلاق النار على زوجته);
    # quotes22: 67 found, 59 attributed (0.88: وأوردت وسائل الإعلام … ما قاله العلماء gives
    # the media for the scientists), 62 of 63 true; quotes35: 69 found (0.88, بأنها after وصف)
    expect "recall set, unseen6 (opened): quotes and events at their floors" \
        python3 bench/recall/recall.py score --rasd "$RASD" --split unseen6 --min-recall 0.88 \
        --min-attribution 0.88 --min-precision 0.98 --min-event-recall 0.30 \
        --min-event-precision 1.00
    # unseen7 (24 articles drawn at stop 29, labelled blind by branch label11): scored at the
    # start of stop 29 (c2fb034, a saved build: 91 of 113 found, 0.84 attributed, 90 of 94
    # true; events 4 of 54, 4 of 4 true) and once at its end, its errors not read: the quotes
    # the same row for row in the totals, events 5 of 54 with 5 of 6 true (events14's default
    # trigger kinds); the floors are the end's, rounded down (docs/EVENTS.md "Stop 29: the
    # unseen7 part scored"). Opened at stop 30: quotes14 (a carried subject, a bare verb
    # with only its addressee, a title after a comma and a name) raised attribution to 82 of
    # 91 (docs/EVENTS.md "Quotes: unseen7 opened"); events 6 of 54, 6 of 7 true since events16
    # (an appeal, وحث الجميع)
    # quotes15: 84 of 91 (سجون الشمالية ×2, a body no list names, by its words); events 7 of
    # 54, 7 of 8 true since events21 (التفجير الغاشم، الذي استهدف: a noun of force told as done);
    # 9 of 54, 9 of 10 true since events25 (بناء على طلب الإدارة النصراوية، … المدرب داسيلفا)
    # quotes20: 86 of 91 (an appeal's addressee after وطالب is no speaker: the last goes on)
    # quotes21: 93 of 113 found (كتب X: «…» ×2), 90 of 93 attributed (وأضاف، في مقال على
    # موقع الوزارة: adjuncts, the last speaker goes on), 93 of 97 true
    # appeal53: events 15 of 54, 15 of 16 true (أطالب وزير الصحة inside a quote)
    # attr54: 92 of 94 attributed (عسيري، …، أكد لـ«الشرق الأوسط» في وقت سابق، أن: an
    # addressee and adjuncts name no subject)
    expect "recall set, unseen7 (opened): quotes and events at their floors" \
        python3 bench/recall/recall.py score --rasd "$RASD" --split unseen7 --min-recall 0.83 \
        --min-attribution 0.97 --min-precision 0.95 --min-event-recall 0.27 \
        --min-event-precision 0.90
    # unseen8 (24 articles drawn at stop 30, labelled blind by branch label12: 61 quotes, 11
    # events): scored at the start of stop 30 (8991e66, a saved build: 46 of 61 found, 0.74
    # attributed, 46 of 50 true; events 1 of 11, 1 of 2 true) and once at its end, its errors
    # not read: the same quotes found, 0.80 attributed (quotes15: a subject no list names speaks
    # by its words), events 2 of 11 with 2 of 3 true; the floors are the end's, rounded down
    # (docs/EVENTS.md "Stop 30: the unseen8 part scored"). Opened at stop 31 (branch quotes16:
    # docs/EVENTS.md "Quotes: unseen8 opened"); attribution 40 of 46 (0.87) since quotes17
    # (a question's topic before a bare verb: docs/EVENTS.md "Quotes: attribution and narrow
    # forms"), its floor rounded down; 41 of 46 (0.89) since quotes20 (وقال باحث اجتماعي: a
    # researcher is an unnamed source); quotes21: 47 of 61 found (عبر … عن أبلغ التهاني),
    # 42 of 47 attributed (the title, the prince named with it just before)
    expect "recall set, unseen8 (opened): quotes and events at their floors" \
        python3 bench/recall/recall.py score --rasd "$RASD" --split unseen8 --min-recall 0.80 \
        --min-attribution 0.89 --min-precision 0.92 --min-event-recall 0.18 \
        --min-event-precision 0.66
    # unseen9 (24 articles drawn at stop 31, labelled blind by branch label13: 83 quotes, 14
    # events): scored at the start of stop 31 (cbcbd0a, a saved build: 70 of 83 found, 0.76
    # attributed, 66 of 69 true; events 1 of 14, 1 of 1 true) and once at the start of stop
    # 33 (6290667), its errors not read: the same figures (stops 31-32 moved nothing on it);
    # the floors are those, rounded down (docs/EVENTS.md "Stop 33: the unseen9 part scored").
    # Opened at stop 33 (branch quotes20: docs/EVENTS.md "Quotes: unseen9 opened"):
    # attribution 54 of 70 (0.77) since quotes20 (وأضاف الموقع: the site named before);
    # branch events25 read its event errors (docs/EVENTS.md "Events: the blind parts' misses,
    # unseen9 opened"): events 4 of 14, 4 of 4 true (استهجن; غارات جوية نفذتها مقاتلات تركية;
    # هجوم انتحاري دام استهدف); quotes21: 71 of 83 found (وكتب X في سجل الزيارات: "…"), 0.77
    # attributed (its plural participles were reverted at the merge); events28: 4 of 5 true,
    # the fifth an attack its labels leave out (snn-007164: التوقيفات جرت في أعقاب هجمات عنيفة
    # استهدفت مدنيين وعناصر من قوى الأمن, a real one by the guideline: lead to re-judge)
    expect "recall set, unseen9 (opened): quotes and events at their floors" \
        python3 bench/recall/recall.py score --rasd "$RASD" --split unseen9 --min-recall 0.87 \
        --min-attribution 0.77 --min-precision 0.95 --min-event-recall 0.28 \
        --min-event-precision 0.83
    # unseen10 (24 articles drawn at stop 33, labelled blind by branch label14: 90 quotes, 18
    # events): scored once at the end of stop 33 (b90d686), its errors not read: 72 of 90
    # found, 0.86 attributed, 69 of 73 true; events 5 of 18, 5 of 6 true; the same with main
    # as the stop began (fd85b4c); the floors are those, rounded down (docs/EVENTS.md "Stop
    # 33: the unseen10 part scored"); opened at stop 34 (a read part now): events 6 of 18, 6 of
    # 7 true since events26 (واتهمتها keeps the opening verb's subject); quotes21: 73 found,
    # 0.88 attributed, 70 of 74 true; speak49: 68 of 75 attributed (0.907: a described speaker's
    # name past an aside)
    expect "recall set, unseen10: quotes and events at their floors" \
        python3 bench/recall/recall.py score --rasd "$RASD" --split unseen10 --min-recall 0.84 \
        --min-attribution 0.90 --min-precision 0.94 --min-event-recall 0.50 \
        --min-event-precision 0.85
    # unseen11 (24 articles drawn at stop 34, labelled blind by branch label15: 68 quotes, 18
    # events): scored at the start of stop 34 (c9036a8, once the labels were in) and at its end
    # (e29a07a), totals only, its errors not read: both 62 of 68 found, 0.89 attributed, 56 of
    # 59 true; events 2 of 18, 2 of 3 true; the floors are those, rounded down (docs/EVENTS.md
    # "Stop 34: the unseen11 part scored"); opened at stop 35, quotes23 raised attribution
    # to 58 of 62 (0.94) on its read errors; events27 and events28 found 4 of 18, 4 of 5 true
    expect "recall set, unseen11: quotes and events at their floors" \
        python3 bench/recall/recall.py score --rasd "$RASD" --split unseen11 --min-recall 0.92 \
        --min-attribution 0.93 --min-precision 0.95 --min-event-recall 0.27 \
        --min-event-precision 0.80
    # unseen12 (24 articles drawn at stop 35, labelled blind by branch label16: 64 quotes, 16
    # events): scored at the start of stop 35 (e66a6a4) and at its end, totals only, its
    # errors not read: both 54 of 64 found, 0.76 attributed, 51 of 53 true; events 0 of 16
    # (no event reported, so no event floor); the floors are those, rounded down
    # (docs/EVENTS.md "Stop 35: the unseen12 part scored"); opened at stop 36, quotes26 made
    # it 54 of 64 found, 44 attributed (0.81), 52 of 54 true: attribution floor raised;
    # quotes27: 55 found (0.86), 53 of 55 true; events34 and events32: 3 of 16 found, all 4
    # reported true (اللقاء الثلاثي بين …؛ a signing)
    expect "recall set, unseen12: quotes and events at their floors" \
        python3 bench/recall/recall.py score --rasd "$RASD" --split unseen12 --min-recall 0.85 \
        --min-attribution 0.81 --min-precision 0.96 --min-event-recall 0.18 \
        --min-event-precision 1.00
    # unseen13 (24 articles drawn at stop 36, labelled blind by branch label17: 81 quotes, 19
    # events): scored at the start of stop 36 (57f5557) and at its end, totals only, its
    # errors not read: both 64 of 81 found, 0.84 attributed, 62 of 63 true; events 2 of 19,
    # 2 of 4 true; the floors are those, rounded down (docs/EVENTS.md "Stop 36: the unseen13
    # part scored"); opened at stop 37: quotes29-30 and quotemarks made it 65 of 81 found, 58
    # attributed (0.89), 63 of 64 true; events37-39 5 of 19 found, 5 of 7 true; quotes35: 67
    # of 81 found (0.827); appeal53: events 5 of 19, 5 of 6 true (ونطالب وزارة الصحة inside a
    # quote)
    expect "recall set, unseen13: quotes and events at their floors" \
        python3 bench/recall/recall.py score --rasd "$RASD" --split unseen13 --min-recall 0.82 \
        --min-attribution 0.89 --min-precision 0.98 --min-event-recall 0.26 \
        --min-event-precision 0.71
    # unseen14 (24 articles drawn at stop 37, labelled blind by branch label18: 61 quotes, 21
    # events): scored at the start of stop 37 (999f519) and at its end, totals only, its
    # errors not read: both 53 of 61 found, 0.81 attributed, 53 of 55 true; events 3 of 21,
    # 3 of 3 true; the floors are those, rounded down (docs/EVENTS.md "Stop 37: the unseen14
    # part scored"); title49: 44 of 53 attributed (0.830: الرئيس اليمني, the one so titled);
    # stop 46: assault54 (أغارت القوات العراقية: events 4 of 21, 4 of 4 true)
    expect "recall set, unseen14: quotes and events at their floors" \
        python3 bench/recall/recall.py score --rasd "$RASD" --split unseen14 --min-recall 0.86 \
        --min-attribution 0.83 --min-precision 0.96 --min-event-recall 0.19 \
        --min-event-precision 1.00
    # unseen15 (24 articles drawn at stop 38, labelled blind by branch label19: 58 quotes, 25
    # events): scored at the start of stop 38 (f7b3dce) and at its end, totals only, its
    # errors not read: both 47 of 58 found, 38 of 47 attributed (0.809), 48 of 51 true;
    # events 5 of 25, 5 of 7 true (docs/EVENTS.md "Stop 38: the unseen15 part scored");
    # opened at stop 39, whose events42 (blame_nouns.c) found 6 of 25, 6 of 8 true: the floors
    # are those, rounded down; stop 43: assault51 (arson nouns: 7 → 9 of 25, 9 of 9 true);
    # stop 44: fight53 (an advance told by تقدم: 10 of 25, 10 of 10 true)
    expect "recall set, unseen15: quotes and events at their floors" \
        python3 bench/recall/recall.py score --rasd "$RASD" --split unseen15 --min-recall 0.81 \
        --min-attribution 0.80 --min-precision 0.94 --min-event-recall 0.40 \
        --min-event-precision 1.00
    # unseen16 (24 articles drawn at stop 39, labelled blind by branch label20: 94 quotes, 29
    # events): scored at the start of stop 39 (3150f45) and at its end, totals only, its
    # errors not read: both 72 of 94 found (0.766), 55 of 72 attributed (0.764), 72 of 78
    # true (0.923); events 3 of 29 (0.103), 3 of 5 true; the floors are those, rounded down
    # (docs/EVENTS.md "Stop 39: the unseen16 part scored")
    # opened at stop 40: quotes33 (office.c: 55 → 59 attributed), quotes34 (73 of 94 found),
    # events43 and nouns47 (5 of 29, 5 of 7 true); floors raised to those, rounded down;
    # stop 42: attrib50 (body_carried.c: 60 → 61 attributed, 0.84); stop 43: assault51 (an arson
    # noun: 5 → 6 of 29, 6 of 7 true); stop 45: attrc53 (a participle's statement of the
    # last speaker: 61 → 62 attributed, 0.849); stop 48: appeal56 (a sentence opened by the
    # bare طالب: 8 → 9 of 29, 9 of 9 true)
    expect "recall set, unseen16: quotes and events at their floors" \
        python3 bench/recall/recall.py score --rasd "$RASD" --split unseen16 --min-recall 0.77 \
        --min-attribution 0.84 --min-precision 0.93 --min-event-recall 0.31 \
        --min-event-precision 1.00
    # unseen17 (24 articles drawn at stop 40, labelled blind by branch label21: 67 quotes, 20
    # events): scored at the start of stop 40 (caf26e1) and at its end (3b71d21), totals
    # only, its errors not read: both 57 of 67 found (0.851), 47 of 57 attributed (0.825), 56
    # of 58 true (0.966); events 3 of 20 (0.15), 3 of 3 true; the floors are those, rounded
    # down (docs/EVENTS.md "Stop 40: the unseen17 part scored"); opened at stop 41: quotes35
    # (وصف + object + ب) 58 of 67 found (0.866), 50 of 58 attributed (0.862); events44 found a
    # fourth event, which layer49 (assault deeds off by default) took back: 3 of 20, 3 of 3 true;
    # fight51 (stop 43: بأن المقاومة الشعبية تقدمت, a force described before its verb): 4 of 20;
    # fight53 (stop 44: المواجهات المسلحة ما زالت دائرة بين): 5 of 20; attrc53 (stop 45: ألقى
    # read as no title word): 51 of 58 attributed (0.879)
    expect "recall set, unseen17: quotes and events at their floors" \
        python3 bench/recall/recall.py score --rasd "$RASD" --split unseen17 --min-recall 0.86 \
        --min-attribution 0.87 --min-precision 0.96 --min-event-recall 0.25 \
        --min-event-precision 1.00
    # unseen18 (24 articles drawn at stop 41, labelled blind by branch label22: 79 quotes, 22
    # events): scored at the start of stop 41 (b8488e6: 69 of 79 found, 40 of 69 attributed,
    # 65 of 65 true; events 5 of 22, 5 of 8 true) and at its end, totals only, its errors not
    # read: 70 of 79 found (0.886), 41 of 70 attributed (0.586), 66 of 66 true; events 4 of 22
    # (0.18), 4 of 5 true (layer49's assault deeds off by default: one true and two false
    # rows fewer); the floors are the end's, rounded down (docs/EVENTS.md "Stop 41: the
    # unseen18 part scored"); read at stop 42: quotes36 (a charge sheet speaks) 42 of 70
    # attributed (0.600), the attribution floor raised to it; events 5 of 22 (0.22) with
    # events50's plural appeal (وأضافوا …، مطالبين), the event precision floor kept for the
    # layer's kinds; stop 44: events 7 of 22 (0.318), 7 of 8 true (0.875) with criticize52
    # (وشن مارادونا هجوما على الفيفا; ووصف نتنياهو الهجوم بأنه عمل إرهابي), the floors raised
    expect "recall set, unseen18: quotes and events at their floors" \
        python3 bench/recall/recall.py score --rasd "$RASD" --split unseen18 --min-recall 0.88 \
        --min-attribution 0.60 --min-precision 1.00 --min-event-recall 0.31 \
        --min-event-precision 0.87
    # unseen19 (24 articles drawn at stop 42, labelled blind by branch label23: 78 quotes, 18
    # events): scored at the start of stop 42 (2e16233) and at its end, totals only, its
    # errors not read: 67 of 78 found (0.859), 56 of 67 attributed (0.836), 67 of 67 true;
    # events 5 of 18 (0.28), 5 of 8 true, the same at both; the floors rounded down
    # (docs/EVENTS.md "Stop 42: the unseen19 part scored"); attr51 (stop 43, opened): an
    # appeal's addressee after a plural verb (ودعوا المقاومة إلى) no longer speaks, 59 of 67
    # attributed (0.881), the attribution floor raised to 0.88
    expect "recall set, unseen19: quotes and events at their floors" \
        python3 bench/recall/recall.py score --rasd "$RASD" --split unseen19 --min-recall 0.88 \
        --min-attribution 0.88 --min-precision 1.00 --min-event-recall 0.27 \
        --min-event-precision 0.62
    # unseen20 (24 articles drawn at stop 43, labelled blind by branch label24: 43 quotes, 10
    # events): scored at the start of stop 43 (c486fad) and at its end, totals only, its
    # errors not read: 38 of 43 found (0.884), 27 of 38 attributed (0.711), 37 of 39 true
    # (0.949); events 1 of 10, 1 of 1 true, the same at both; the floors rounded down
    # (docs/EVENTS.md "Stop 43: the unseen20 part scored"); opened at stop 44: 32 of 38
    # attributed after attr52 (a title's name past a long aside, 5 rows of one article)
    expect "recall set, unseen20: quotes and events at their floors" \
        python3 bench/recall/recall.py score --rasd "$RASD" --split unseen20 --min-recall 0.88 \
        --min-attribution 0.84 --min-precision 0.94 --min-event-recall 0.20 \
        --min-event-precision 1.00
    # unseen21 (24 articles drawn at stop 44, labelled blind by branch label25: 56 quotes, 19
    # events): scored at the start of stop 44 (4bb5780) and at its end (0812c87), totals only,
    # its errors not read: 47 of 56 found (0.839), 42 of 47 attributed (0.894), 45 of 45 true;
    # events 1 of 19, 1 of 2 true, the same at both; the floors rounded down (docs/EVENTS.md
    # "Stop 44: the unseen21 part scored"); opened at stop 45: attrc53 (an untagged surname
    # before its verb: 43 of 47 attributed, 0.915); deal53 (stop 45): events 2 of 19, 2 of 3 true
    expect "recall set, unseen21: quotes and events at their floors" \
        python3 bench/recall/recall.py score --rasd "$RASD" --split unseen21 --min-recall 0.83 \
        --min-attribution 0.91 --min-precision 1.00 --min-event-recall 0.10 \
        --min-event-precision 0.66
    # unseen22 (24 articles drawn at stop 45, labelled blind by branch label26: 120 quotes, 13
    # events): scored at the start of stop 45 (1d46656) and at its end (3f2b9cd), totals only,
    # its errors not read: 107 of 120 found (0.892), 96 of 107 attributed (0.897), 105 of 105
    # true; events 1 of 13, 1 of 2 true, the same at both; the floors rounded down
    # (docs/EVENTS.md "Stop 45: the unseen22 part scored")
    expect "recall set, unseen22: quotes and events at their floors" \
        python3 bench/recall/recall.py score --rasd "$RASD" --split unseen22 --min-recall 0.89 \
        --min-attribution 0.89 --min-precision 1.00 --min-event-recall 0.07 \
        --min-event-precision 0.50
    # unseen23 (24 articles drawn at stop 46, labelled blind by branch label27: 89 quotes, 17
    # events): scored at the start of stop 46 (2d9c27c) and at its end (41b4282), totals only,
    # its errors not read: 69 of 89 found (0.775), 45 of 69 attributed (0.652), 62 of 65
    # true; events 6 of 17, 6 of 7 true, the same at both; the floors rounded down
    # (docs/EVENTS.md "Stop 46: the unseen23 part scored"). Stop 47 took five courtesy and
    # prayer labels out (the guideline's): 68 of 84 found (0.81), 44 of 68 attributed (0.647,
    # one attributed courtesy gone: the attribution floor follows the labels to 0.64)
    expect "recall set, unseen23: quotes and events at their floors" \
        python3 bench/recall/recall.py score --rasd "$RASD" --split unseen23 --min-recall 0.80 \
        --min-attribution 0.64 --min-precision 0.95 --min-event-recall 0.35 \
        --min-event-precision 0.85
    # unseen24 (24 articles drawn at stop 47, labelled blind by branch label28: 66 quotes, 21
    # events): scored at the start of stop 47 (ec59a9f) and at its end (6d14551), totals only,
    # its errors not read: 51 of 66 found (0.773), 42 of 51 attributed (0.824), 48 of 52
    # true; events 6 of 21, 6 of 7 true, the same at both; the floors rounded down
    # (docs/EVENTS.md "Stop 47: the unseen24 part scored"); opened at stop 48: u24q56 (a
    # hypothetical speaker's row out: 48 of 51 true), u24e56 (a visit told by قام … بزيارة:
    # 7 of 21, 7 of 8 true)
    expect "recall set, unseen24: quotes and events at their floors" \
        python3 bench/recall/recall.py score --rasd "$RASD" --split unseen24 --min-recall 0.77 \
        --min-attribution 0.82 --min-precision 0.94 --min-event-recall 0.33 \
        --min-event-precision 0.87
    # unseen25 (24 articles drawn at stop 48, labelled blind by branch label29: 44 quotes, 26
    # events): scored at the start of stop 48 (7ef945b) and at its end (706700d), totals only,
    # its errors not read: 40 of 44 found (0.909), 32 of 40 attributed (0.800), 40 of 45
    # true (0.889); events 2 of 26, 2 of 2 true, the same at both; the floors rounded down
    # (docs/EVENTS.md "Stop 48: the unseen25 part scored")
    # Opened at stop 49: meet57's comma and chair forms found two of its meetings (events 4
    # of 26, 4 of 4 true); attribution 33 of 40 (0.825).
    expect "recall set, unseen25: quotes and events at their floors" \
        python3 bench/recall/recall.py score --rasd "$RASD" --split unseen25 --min-recall 0.90 \
        --min-attribution 0.82 --min-precision 0.88 --min-event-recall 0.15 \
        --min-event-precision 1.00
    # unseen26 (24 articles drawn at stop 49, labelled blind by branch label30: 66 quotes, 10
    # events): scored at the start of stop 49 (4e4e13c) and at its end (a8d1090), totals only,
    # its errors not read: 55 of 66 found (0.833), 38 of 55 attributed (0.691), 53 of 54
    # true (0.981); events 1 of 10, 1 of 2 true, the same at both; the floors rounded down
    # (docs/EVENTS.md "Stop 49: the unseen26 part scored")
    expect "recall set, unseen26: quotes and events at their floors" \
        python3 bench/recall/recall.py score --rasd "$RASD" --split unseen26 --min-recall 0.83 \
        --min-attribution 0.69 --min-precision 0.98 --min-event-recall 0.10 \
        --min-event-precision 0.50
    # unseen27 (24 articles drawn at stop 50, labelled blind by branch label31: 78 quotes, 15
    # events): scored at the start of stop 50 (f33615f) and at its end (f045f57), totals only,
    # its errors not read: 65 of 78 found (0.833), 54 of 65 attributed (0.831), 62 of 63
    # true (0.984); events 3 of 15, 3 of 3 true, the same at both; the floors rounded down
    # (docs/EVENTS.md "Stop 50: the unseen27 part scored")
    expect "recall set, unseen27: quotes and events at their floors" \
        python3 bench/recall/recall.py score --rasd "$RASD" --split unseen27 --min-recall 0.83 \
        --min-attribution 0.83 --min-precision 0.98 --min-event-recall 0.20 \
        --min-event-precision 1.00
    # unseen28 (24 articles drawn at stop 51, labelled blind by branch label32: 103 quotes, 23
    # events): scored at the start of stop 51 (6737e2c5) and at its end (0ee87ca5), totals
    # only, its errors not read: 92 of 103 found (0.893), 84 of 92 attributed (0.913), 90 of
    # 95 true (0.947); events 3 of 23, 3 of 5 true, the same at both; the floors rounded down
    # (docs/EVENTS.md "Stop 51: the unseen28 part scored")
    expect "recall set, unseen28: quotes and events at their floors" \
        python3 bench/recall/recall.py score --rasd "$RASD" --split unseen28 --min-recall 0.89 \
        --min-attribution 0.91 --min-precision 0.94 --min-event-recall 0.13 \
        --min-event-precision 0.60
    # unseen29 (24 articles drawn at stop 52, labelled blind by branch label33: 70 quotes, 7
    # events): scored at the start of stop 52 (91139327) and at its end (1159da50), totals
    # only, its errors not read: 57 of 70 found (0.814), 51 of 57 attributed (0.895), 55 of
    # 57 true (0.965); events 1 of 7, 1 of 1 true, the same at both; the floors rounded down
    # (docs/EVENTS.md "Stop 52: the unseen29 part scored")
    expect "recall set, unseen29: quotes and events at their floors" \
        python3 bench/recall/recall.py score --rasd "$RASD" --split unseen29 --min-recall 0.81 \
        --min-attribution 0.89 --min-precision 0.96 --min-event-recall 0.14 \
        --min-event-precision 1.00
    # unseen30 (24 articles drawn at stop 53, labelled blind by branch label34: 36 quotes, 12
    # events): scored at the start of stop 53 (578da24c) and at its end (f9f8aeab), totals
    # only, its errors not read: 33 of 36 found at the start, 34 at the end (0.944), 28 of 34
    # attributed (0.824), 29 of 33 true (0.879); events 1 of 12, 1 of 1 true, the same at
    # both; the floors are the end's, rounded down (docs/EVENTS.md "Stop 53: the unseen30 part
    # scored")
    # since err62 (stop 54, from unseen30's opened errors): a work's title is no quote (29 of
    # 32 true, 0.906) and «أبرم» signs (events 2 of 12): the floors raised to those figures
    expect "recall set, unseen30: quotes and events at their floors" \
        python3 bench/recall/recall.py score --rasd "$RASD" --split unseen30 --min-recall 0.94 \
        --min-attribution 0.82 --min-precision 0.90 --min-event-recall 0.16 \
        --min-event-precision 1.00
    # unseen31 (24 articles drawn at stop 54, labelled blind by branch label35: 56 quotes, 7
    # events): scored at the start of stop 54 (47b62249) and at its end, totals only, its
    # errors not read: 48 of 56 found (0.857), 38 of 48 attributed (0.792), 46 of 47 true
    # (0.979); events 2 of 7, 2 of 2 true, the same at both; the floors rounded down
    # (docs/EVENTS.md "Stop 54: the unseen31 part scored"); since err63 and attr63 (stop 55,
    # from unseen31's opened errors): a reporting aside after كما, a relative pronoun with its
    # و: 50 of 56 found (0.893), 41 of 50 attributed (0.82), 48 of 49 true; floors raised
    expect "recall set, unseen31: quotes and events at their floors" \
        python3 bench/recall/recall.py score --rasd "$RASD" --split unseen31 --min-recall 0.89 \
        --min-attribution 0.82 --min-precision 0.97 --min-event-recall 0.28 \
        --min-event-precision 1.00
    # unseen32 (24 articles drawn at stop 55, labelled blind by branch label36: 55 quotes, 13
    # events): scored at the start of stop 55 (02297013) and at its end, totals only, its
    # errors not read: 43 of 55 found (0.782), 38 of 43 attributed (0.884), 42 of 45 true
    # (0.933); events 1 of 13, 1 of 1 true, the same at both; the floors rounded down
    # (docs/EVENTS.md "Stop 55: the unseen32 part scored"); since err64 and ast66 (stop 56,
    # from unseen32's opened errors): a bare describing cue carried, an attack named by its
    # relative: 44 of 55 found (0.800), 39 of 44 attributed (0.886), 43 of 46 true; events 2
    # of 13, 2 of 2 true; floors raised
    expect "recall set, unseen32: quotes and events at their floors" \
        python3 bench/recall/recall.py score --rasd "$RASD" --split unseen32 --min-recall 0.80 \
        --min-attribution 0.88 --min-precision 0.93 --min-event-recall 0.15 \
        --min-event-precision 1.00
    # unseen33 (24 articles drawn at stop 56, labelled blind by branch label37: 64 quotes, 11
    # events): scored at the start of stop 56 (eb3974db) and at its end, totals only, its
    # errors not read: 52 of 64 found (0.812), 46 of 52 attributed (0.885), 48 of 51 true
    # (0.941); events 1 of 11, 1 of 1 true, the same at both; the floors rounded down
    # (docs/EVENTS.md "Stop 56: the unseen33 part scored"); events 2 of 11 since err65 (stop
    # 57, from unseen33's opened errors: a host named past six title words)
    expect "recall set, unseen33: quotes and events at their floors" \
        python3 bench/recall/recall.py score --rasd "$RASD" --split unseen33 --min-recall 0.81 \
        --min-attribution 0.88 --min-precision 0.94 --min-event-recall 0.18 \
        --min-event-precision 1.00
    # unseen34 (24 articles drawn at stop 57, labelled blind by branch label38: 69 quotes, 21
    # events): scored at the start of stop 57 (4a5d0e31) and at its end, totals only, its
    # errors not read: 61 of 69 found (0.884), 53 of 61 attributed (0.869), 57 of 60 true
    # (0.950); events 4 of 21, 4 of 5 true, the same at both; the floors rounded down
    # (docs/EVENTS.md "Stop 57: the unseen34 part scored"); attribution 54 of 61 (0.885)
    # since attr66 (stop 58, from unseen34's opened errors: a title's holder past «د.»)
    expect "recall set, unseen34: quotes and events at their floors" \
        python3 bench/recall/recall.py score --rasd "$RASD" --split unseen34 --min-recall 0.88 \
        --min-attribution 0.88 --min-precision 0.95 --min-event-recall 0.19 \
        --min-event-precision 0.80
    # unseen35 (24 articles drawn at stop 58, labelled blind by branch label39: 50 quotes, 15
    # events): scored at the start of stop 58 (3c43ed85) and at its end, totals only, its
    # errors not read: 40 of 50 found (0.80), 37 of 40 attributed (0.925), 40 of 43 true
    # (0.930); events 4 of 15, 4 of 4 true, the same at both; the floors rounded down
    # (docs/EVENTS.md "Stop 58: the unseen35 part scored"); opened at stop 59: attribution 38
    # of 40 (0.95) since err67 («م.» a title as «د.» is), events 5 of 15, 5 of 5 true, since
    # meet70 (a between-pair's first side with its adjective)
    expect "recall set, unseen35: quotes and events at their floors" \
        python3 bench/recall/recall.py score --rasd "$RASD" --split unseen35 --min-recall 0.80 \
        --min-attribution 0.95 --min-precision 0.93 --min-event-recall 0.33 \
        --min-event-precision 1.00
    # unseen36 (24 articles drawn at stop 59, labelled blind by branch label40: 55 quotes, 7
    # events): scored at the start of stop 59 (1c34d152) and at its end, totals only, its
    # errors not read: 42 of 55 found (0.764), 34 of 42 attributed (0.810), 39 of 44 true
    # (0.886); events 0 of 7 (no event reported, so no event floor), the same at both; the
    # floors rounded down (docs/EVENTS.md "Stop 59: the unseen36 part scored"); opened at stop
    # 60: events 1 of 7, 1 of 1 true, since err68 (a seizure's force described by a participle)
    expect "recall set, unseen36: quotes and events at their floors" \
        python3 bench/recall/recall.py score --rasd "$RASD" --split unseen36 --min-recall 0.76 \
        --min-attribution 0.80 --min-precision 0.88 --min-event-recall 0.14 \
        --min-event-precision 1.00
    # unseen37 (24 articles drawn at stop 60, labelled blind by branch label41: 30 quotes, 11
    # events): scored at the start of stop 60 (d5f8d301) and at its end, totals only, its
    # errors not read: 18 of 30 found (0.600), 18 of 18 attributed, 18 of 20 true (0.900);
    # events 1 of 11, 1 of 1 true, the same at both; the floors rounded down (docs/EVENTS.md
    # "Stop 60: the unseen37 part scored")
    expect "recall set, unseen37: quotes and events at their floors" \
        python3 bench/recall/recall.py score --rasd "$RASD" --split unseen37 --min-recall 0.60 \
        --min-attribution 1.00 --min-precision 0.90 --min-event-recall 0.09 \
        --min-event-precision 1.00
    # the seeds: every event of the guideline's kinds (tests/data/seeds_events.tsv, 34,
    # labelled at stop 24); 15 found, all 15 reported true; 17 since events6 (Hollande's
    # planned talks with Obama and Putin); 18 since events7 (a visit in the first person);
    # 19 since events8 (the attacks of Paris named by their place). events14's default
    # trigger kinds add one row the labels do not hold (001: ما تم الاتفاق عليه في مباحثات
    # فيينا, an earlier agreement referred to): 19 of 20 true, 0.95, at the floor; 21 of 34
    # at stop 34's start; 23 of 24 true since seedev (Putin's reception of Hollande no longer
    # folded into their meeting; Hollande's trip, سوف يتوجه, the speaker's own): floor 0.67;
    # 24 of 25 true since events28 (002's air campaign against ISIS in Iraq, by its target): 0.70
    # layer49: assault's deed nouns and criticize's past verbs off by default: 23 of 24, 0.67;
    # the read parts' event floors lowered to their new figures (docs/EVENTS.md "Issue 16:
    # which default trigger kinds hold judged precision")
    expect "seeds: events at their floors" \
        python3 bench/seeds/events.py --rasd "$RASD" --min-recall 0.67 --min-precision 0.95
    # the seeds: every quote, direct and reported (tests/data/seeds_quotes.tsv, 101,
    # labelled blind at stop 27, branch seedquotes): first scored at main 41f7ec7, 96 of 101
    # found (0.950), 95 of 96 attributed (0.990), 95 of 95 true; the floors are those
    # figures minus 0.02
    expect "seeds: quotes at their floors" \
        python3 bench/seeds/quotes.py --rasd "$RASD" --min-recall 0.93 \
        --min-attribution 0.97 --min-precision 0.98
fi
finish
