# rows.py — a build's events of given kinds (or "*") in every article outside drawn.txt whose text matches a regex, with the trigger's context (fix54, stop 52). usage: rows.py REGEX KINDS [RASD[:DATA]]
import sys,re,json
import os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'recall'))
import fresh
rx, kinds = sys.argv[1], set(sys.argv[2].split(','))
build = sys.argv[3] if len(sys.argv)>3 else '/tmp/start54/rasd:/tmp/start54/data'
docs=fresh.pool(grep=rx)
out=fresh.analyze(build, docs)
texts={d['id']:d['text'] for d in docs}
for d in docs:
    o=out.get(d['id'],{})
    for e in o.get('events',[]) or []:
        if kinds=={'*'} or e['type'] in kinds:
            s,t=e['trigger']; tx=texts[d['id']].encode()
            print(d['id'], e['type'], e.get('status'), e.get('date'), '|', tx[max(0,s-150):s].decode(errors='ignore').replace('\n',' '),'‹'+tx[s:t].decode()+'›', tx[t:t+150].decode(errors='ignore').replace('\n',' '))
