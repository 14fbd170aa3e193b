#!/usr/bin/env python3
"""bench/date59/count.py — the forms date58 left out, over SaudiNewsNet outside
bench/recall/drawn.txt (branch date59, stop 51): «اليوم|أمس|غدا (weekday)» in parentheses and
the day before yesterday with its weekday («أمس الأول X», «أول أمس X», «أول من أمس X»). For
each, how many days the weekday lies from the day the words name (publication day + 0, -1,
+1, -2), signed and folded to -3..3 (-1: the weekday is the day before). Prints one line per
(form, word) with the counts, then the same by outlet, then how many of the -1 rows were
published between 00:00 and 03:00. Python stdlib only."""
import collections
import datetime
import gzip
import json
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SNN = os.environ.get('SNN', os.path.join(ROOT, '..', 'shared', 'data', 'saudinewsnet',
                                         'articles.jsonl.gz'))
WD = {'الاثنين': 1, 'الإثنين': 1, 'الأثنين': 1, 'الثلاثاء': 2, 'الأربعاء': 3, 'الاربعاء': 3,
      'الخميس': 4, 'الجمعة': 5, 'الجمعه': 5, 'السبت': 6, 'الأحد': 7, 'الاحد': 7}
W = '|'.join(WD)
FORMS = [
    ('paren', re.compile(r'(?<!\w)[وف]?(اليوم|أمس|امس|غدا|غداً|غدًا)\s*\(\s*(?:يوم\s+)?(' + W +
                         r')\s*\)')),
    ('amsi_awwal', re.compile(r'(?<!\w)[وف]?(أمس|امس)\s+(?:الأول|الاول)\s+(?:يوم\s+)?(' + W +
                              r')(?!\w)')),
    ('awwal_amsi', re.compile(r'(?<!\w)[وف]?(?:أول|اول)\s+(?:من\s+)?(أمس|امس)\s+(?:يوم\s+)?(' +
                              W + r')(?!\w)')),
]
OFF = {'اليوم': 0, 'أمس': -1, 'امس': -1, 'غدا': 1, 'غداً': 1, 'غدًا': 1}


def drawn():
    with open(os.path.join(ROOT, 'bench', 'recall', 'drawn.txt'), encoding='utf-8') as fh:
        return {l.split()[0] for l in fh if l.strip() and not l.startswith('#')}


def offset(form, word):
    return -2 if form != 'paren' else OFF[word]


def main():
    avoid = drawn()
    cnt = collections.defaultdict(collections.Counter)
    by_src = collections.defaultdict(collections.Counter)
    night = collections.Counter()
    for line in gzip.open(SNN, 'rt'):
        a = json.loads(line)
        if a['id'] in avoid:
            continue
        try:
            pub = datetime.datetime.strptime(a['published'][:19], '%Y-%m-%d %H:%M:%S')
        except ValueError:
            continue
        for form, pat in FORMS:
            for m in pat.finditer(a['text']):
                word = m.group(1).replace('امس', 'أمس')
                word = 'غدا' if word.startswith('غد') else word
                day = pub.date() + datetime.timedelta(days=offset(form, m.group(1)))
                diff = (WD[m.group(2)] - day.isoweekday()) % 7
                diff = diff - 7 if diff > 3 else diff
                cnt[(form, word)][diff] += 1
                by_src[(form, word, a['source'])][diff] += 1
                if diff == -1 and pub.hour < 3:
                    night[(form, word)] += 1
    for k in sorted(cnt):
        print(k, dict(sorted(cnt[k].items())), 'all', sum(cnt[k].values()),
              '| -1 published 00-03:', night[k])
    for k in sorted(by_src):
        print(' ', k, dict(sorted(by_src[k].items())))


if __name__ == '__main__':
    main()
