#!/usr/bin/env python3
"""census.py (held70, stop 59): event rows of the base build whose trigger is governed by a
word of postponement or cancellation (the trigger the object or genitive of تأجيل، أجّل، إرجاء،
أرجأ، إلغاء، ألغى، تعليق، علّق، استبعد، رفض عقد), on a slice of the corpus outside drawn.txt.

    python3 bench/held70/census.py [--build RASD:DATA] [--seed 7070] [--n 1500] [--flags --event-triggers] > census.txt

The slice: F.pool(grep=GREP) less every judged article (1,483 articles), a sample of up to n.
"Governed": the trigger's own word is preceded (in its sentence) by one of the words, directly
or past one filler noun (جولة، موعد، انعقاد، عقد); «من أجل»/«لأجل» (for the sake of) excluded.
Prints each such row (kind, status, the words before the trigger, the sentence) and counts by
kind and word. Python stdlib only; reuses bench/recall/fresh.py."""
import argparse
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "recall"))
sys.path.insert(0, os.path.join(HERE, "..", "..", "tools"))
import fresh as F  # noqa: E402
from judge_sample import event_row  # noqa: E402

WORDS = (r"(?:[وف]?(?:تأجيل|إرجاء|ارجاء|إلغاء|الغاء|تعليق|بتأجيل|بإرجاء|بإلغاء|بتعليق|لتأجيل|لإلغاء)"
         r"|[وف]?(?:أجّ?ل|أجّ?لت|اجل|اجلت|يؤجل|تؤجل|أرجأ|أرجأت|ارجأ|ارجأت|يرجئ|ترجئ|ألغى|ألغت|"
         r"الغى|الغت|يلغي|تلغي|ألغي|علّ?ق|علّ?قت|يعلق|تعلق|استبعد|استبعدت|يستبعد|تستبعد)"
         r"|رفض\s+عقد|رفضت\s+عقد)")
GREP = re.compile(r"تأجيل|أجّل|أرجأ|إرجاء|ارجاء|إلغاء|الغاء|ألغ|الغى|تعليق|علّق|استبعد|رفض عقد")
FILLER = r"(?:جولة|جولات|موعد|انعقاد|عقد|اجتماعات)"
GOVERN = re.compile(r"(?<![\w])(" + WORDS + r")\s+(?:" + FILLER + r"\s+)?(?:ال)?$")
FOR_SAKE = re.compile(r"(?:من|لـ?)\s*أجل\s*$")


def governed(doc, e):
    """The governing word when the trigger is its object or genitive, else None."""
    b = doc["text"].encode("utf-8")
    s0 = e["sentence"][0]
    t0 = e["trigger"][0]
    before = b[s0:t0].decode("utf-8", "replace")
    # the trigger may carry the article or a clitic glued before it in the span
    m = GOVERN.search(before)
    if not m or FOR_SAKE.search(before):
        return None
    return m.group(1)


def main(argv):
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="/tmp/mid59/rasd.bin:/tmp/mid59/data")
    ap.add_argument("--seed", type=int, default=7070)
    ap.add_argument("--n", type=int, default=1500)
    ap.add_argument("--flags", default="", help='e.g. "--event-triggers"')
    a = ap.parse_args(argv)
    docs = F.pool(exclude=F.judged_ids(), grep=GREP)
    docs = F.sample(docs, a.seed, min(a.n, len(docs)))
    out = F.analyze(a.build, docs, a.flags.split())
    by_id = {d["id"]: d for d in docs}
    kinds, words, status = collections.Counter(), collections.Counter(), collections.Counter()
    total = 0
    for i, r in sorted(out.items()):
        for e in r["events"]:
            total += 1
            w = governed(by_id[i], e)
            if not w:
                continue
            kinds[e["type"]] += 1
            words[w] += 1
            status[e.get("status")] += 1
            row = event_row(by_id[i], e)
            print("\t".join([i, row[0], row[2], w, row[-1]]))
    print(f"# slice: {len(docs)} articles (seed {a.seed}, flags {a.flags or 'none'}), {total} event rows")
    print(f"# governed rows: {sum(kinds.values())}; by kind {dict(kinds.most_common())}")
    print(f"# by status {dict(status)}; by word {dict(words.most_common())}")


if __name__ == "__main__":
    main(sys.argv[1:])
