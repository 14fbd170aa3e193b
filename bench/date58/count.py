#!/usr/bin/env python3
"""bench/date58/count.py — «اليوم|أمس|غدا + weekday» over SaudiNewsNet outside
bench/recall/drawn.txt (branch date58, stop 50): by outlet, how many days the weekday said right
after the relative word lies from the day the resolver gives it (publication day + 0, -1, +1),
signed and folded to -3..3 (-1: the weekday is the day before). Parenthesised weekdays
(اليوم (الاثنين)) and أول (من) أمس are left out (the resolver reads them otherwise).
Python stdlib only; prints one line per (outlet, word)."""
import collections, datetime, gzip, json, os, re

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SNN = os.environ.get('SNN', os.path.join(ROOT, '..', 'shared', 'data', 'saudinewsnet', 'articles.jsonl.gz'))
drawn=set(l.split()[0] for l in open(os.path.join(ROOT, 'bench', 'recall', 'drawn.txt')) if l.strip() and not l.startswith('#'))
WD={'الاثنين':1,'الإثنين':1,'الأثنين':1,'الثلاثاء':2,'الأربعاء':3,'الاربعاء':3,'الخميس':4,'الجمعة':5,'الجمعه':5,'السبت':6,'الأحد':7,'الاحد':7}
REL={'اليوم':0,'أمس':-1,'امس':-1,'الأمس':-1,'غدا':1,'غداً':1,'غدًا':1}
pat=re.compile(r'(?<![\w])(?:[وف]?)(اليوم|أمس|امس|غدا|غداً|غدًا)\s*(\(?)\s*(?:يوم\s+)?(' + '|'.join(WD) + r')(?![\w])')
cnt=collections.Counter()
for line in gzip.open(SNN,'rt'):
    a=json.loads(line)
    if a['id'] in drawn: continue
    try: pub=datetime.datetime.strptime(a['published'][:10],'%Y-%m-%d').date()
    except: continue
    for m in pat.finditer(a['text']):
        if re.search(r'أول\s+(من\s+)?$', a['text'][max(0,m.start()-8):m.start()]): continue
        off=REL[m.group(1)]; wd=WD[m.group(3)]
        res=pub+datetime.timedelta(days=off)
        diff=(wd-res.isoweekday())%7
        if diff>3: diff-=7   # signed nearest
        paren='(' if m.group(2) else ''
        if paren: continue
        key=(a['source'],m.group(1).replace('امس','أمس').replace('غداً','غدا').replace('غدًا','غدا'),diff)
        cnt[key]+=1
by=collections.defaultdict(collections.Counter)
for (s,r,d),n in cnt.items(): by[(s,r)][d]+=n
for k in sorted(by): print(k, dict(sorted(by[k].items())))
