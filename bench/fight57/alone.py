#!/usr/bin/env python3
"""fight57 (stop 49): each missed gold assault or fight analysed alone.

    alone.py RASD MISS.tsv OUT.tsv   MISS.tsv: bench/assault54/miss.py's output; OUT gets one
                                     row per miss (found 0): "alone" when RASD gives an event
                                     of its kind for the gold sentence analysed by itself (the
                                     miss is lost to the article), else "none"; counts to stdout
Python stdlib only."""
import sys,json,os,subprocess,collections,tempfile
sys.path.insert(0,os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','recall')); import recall as R
rasd,miss,outp=sys.argv[1],sys.argv[2],sys.argv[3]
rows=[l.rstrip('\n').split('\t') for l in open(miss,encoding='utf-8')]
rows=[r for r in rows if r[3]=='0']
ids={r[1] for r in rows}
arts={d['id']:d for d in R.articles(ids)}
tmp=tempfile.mktemp(suffix='.jsonl')
with open(tmp,'w') as f:
    for k,r in enumerate(rows):
        d=arts[r[1]]
        f.write(json.dumps({'id':str(k),'text':r[7],'published':d.get('published')},ensure_ascii=False)+'\n')
out=subprocess.run([rasd,'analyze','--threads','1',tmp],capture_output=True).stdout.decode()
res={json.loads(l)['id']:json.loads(l) for l in out.splitlines()}
c=collections.Counter(); parts=collections.defaultdict(set)
with open(outp,'w') as o:
  for k,r in enumerate(rows):
    ev=[e for e in res[str(k)].get('events',[]) if e['type']==r[2]]
    tag='alone' if ev else 'none'
    c[(r[2],tag)]+=1; parts[(r[2],tag)].add(r[0])
    o.write('\t'.join([tag,r[0],r[1],r[2],r[7][:150]])+'\n')
for k in c: print(k,c[k],len(parts[k]),sorted(parts[k]))
