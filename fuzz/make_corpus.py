#!/usr/bin/env python3
"""make_corpus.py — writes the committed seed corpora and the libFuzzer dictionary.

    python3 fuzz/make_corpus.py [SEEDS_DIR]

fuzz/corpus/analyze/  documents for fuzz_analyze (the first byte also picks the engine
                      configuration: bits 0-1, and the rasd_normalize flags: bits 2-4)
fuzz/corpus/reader/   files for fuzz_reader (first byte odd: read as .txt, else .jsonl;
                      bit 2 set: 512-byte document limit). JSON Lines seeds therefore start
                      with a blank line, a space or a form feed, since '{' is odd.
fuzz/dict/arabic.dict JSON keys and syntax, Arabic affixes, digits, separators, URL parts.

News excerpts are cut from SEEDS_DIR (default ../shared/corpus/seeds) when it exists; the
rest is written here. Every file stays under 8 KB. Rerunning rewrites the same files.
"""
import gzip
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "shared", "corpus", "seeds")
LIMIT = 8 * 1024


def excerpt(name, chars, skip_lines=0):
    """The first `chars` characters of a seed document after `skip_lines` lines, or None."""
    path = os.path.join(SEEDS, name)
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        text = "".join(f.readlines()[skip_lines:])
    return text[:chars]


def write(folder, name, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    assert len(data) < LIMIT, (name, len(data))
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


# ---------------------------------------------------------------- analyze

def analyze_seeds():
    s = {}
    news0 = excerpt("000_93c6ccf29017a1c8.txt", 700)
    news1 = excerpt("001_337ddc5b2ec75abf.txt", 3000)
    news3 = excerpt("003_f448dd176493aaea.txt", 600)
    news4 = excerpt("004_d592b9f202c30752.txt", 500, skip_lines=2)
    fallback = ("أكد الرئيس الروسي ورئيس الوزراء البريطاني ضرورة توحيد الجهود لمكافحة الإرهاب. "
                "وقال بوتين خلال لقائهما يوم الإثنين على هامش قمة مجموعة العشرين \"إن الأحداث "
                "الأخيرة تثبت أن علينا التعاون\".\n\nآلية التعاون\n")
    s["news_putin.txt"] = news0 or fallback
    s["news_long.txt"] = news1 or fallback * 20
    s["news_quotes.txt"] = news3 or "موسكو-سانا\nوقال لافروف “نحن نتعاون مع بريطانيا”.\n"
    s["news_colon.txt"] = news4 or "نصر المجالي: قال بوتين: \"اتفقنا على التعاون\"، مضيفًا.\n"

    s["harakat.txt"] = ("بِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ\n"
                        "كِتَابٌ جَمِيلٌ، وَقَلَمٌ جَدِيدٌ. هٰذَا ذٰلِكَ إِلٰهٌ.\n"
                        "ٱلْحَمْدُ لِلَّهِ رَبِّ ٱلْعَٰلَمِينَ ۝ ۞ \u06d6\u06d7 مُسْؤُولٌ مَسْئُولٌ\n"
                        "َ ً ّ\n")
    s["tatweel.txt"] = ("مـــرحـــبا بالعـــالم ـــ الأخبار ـ عاجل ـــ\n"
                        "ـ\u064eـ الــلــه الـمـسـؤول ــ١٢ــ\n")
    s["presentation.txt"] = ("\ufefb \ufefc \ufef5 \ufef7 \ufef9 ﷺ ﷲ ﷻ ﷽ ﷴ\n"
                             "\ufe8d\ufedf\ufeb4\ufefc\ufee1 \ufecb\ufee0\ufef4\ufedc\ufee2 "
                             "\ufe70\ufe71\ufe72\ufe74\ufe76\ufe77\ufe7c\ufe7e\ufe7f \ufc5e\ufc5f\ufc60\ufc63\n"
                             "ﭐﭑ ﮎﮏ ﯼﯽ ﺁ ﺃ ﺇ ﺓ ﺔ ﻯ ﻰ ﺅ ﺉ\n")
    # Starts with keheh (DA A9): engine configuration 2 (no normalisation, no stemmer).
    s["persian.txt"] = ("کتاب یک هفته پیش ۱۴۰۲ گفت: «چه خبر؟» ژاله\n"
                        "ە ہ ھ ۀ ۃ ے ې ی ک ٹ ڈ ڑ ں اردو میں خبریں۔ دوسرا جملہ۔\n")
    # Starts with farsi yeh (DB 8C): engine configuration 3 (Snowball, partial rules).
    s["persian_yeh.txt"] = "یکشنبه، ۲۵ آبان ۱۴۰۲ — وزیر امور خارجه ایران گفت.\nکه آن را تایید کرد\n"
    s["digits.txt"] = ("بلغ ٣٫٥ مليون دولار، و١٬٢٠٠ جنيه، و۱۲۳۴ ريالاً، و12.5% و2,000 و٠١٢٣٤٥٦٧٨٩ "
                       "5G و3D وG20 و20th وCOVID-19 ٣٫ ٫٥ ١٬ 1.2.3 1,,2 ٣.٥ 3٫5 ١٢:٣٠ 2024-11-25\n"
                       "०१२ ০১২ ０１２ \U0001d7d8\U0001d7d9 \U000104a0\U000104a1 ೧೨ ¹²³ ½ Ⅻ\n")
    s["web.txt"] = ("راجع https://www.example.com/path?q=1&x=(a)_b#frag. وأيضاً www.aljazeera.net، "
                    "HTTP://X.Y/z) ftp://ftp.example.com/f.txt; http://ar.wikipedia.org/wiki/مصر»\n"
                    "أرسل إلى Info.Desk+news@Example.ORG أو 123@abc.co أو a@b.c أو x@y..zz "
                    "@user_1 @ @@x #عاجل #كأس_العالم #_ ＃هاشتاق #2024 #\u200cنص "
                    "http:// www. https://\"x\" <http://a.b>\n")
    s["sentences.txt"] = ("Mr. Smith met Dr. Jones at 3 p.m. and then left. He said: «نعم!» ثم غادر... "
                          "د. أحمد، أ.د. محمد. هل؟ نعم؟! J. K. Rowling wrote e.g. this. etc. "
                          "Really?! \"Yes.\" (Maybe.) ‼ ⁇ ⁈ ⁉ انتهى۔ No. 5 is St. Paul vs. Co.\n"
                          "the end. lower case. Upper.\"quoted\" 'single.' “curly.” ‹angle.›\n"
                          ". ! ? & ...\n")
    s["newlines.txt"] = ("سطر أول\r\nسطر ثان\rسطر ثالث\x0bرابع\x0cخامس\u0085سادس"
                         "\u2028سابع\u2029ثامن\n\n\n\t تاسع \n")
    s["controls.txt"] = ("كلمة\u200cكلمة \u200dوصل \u200fيمين\u200e \u202bعربي\u202c "
                         "\u2066عزل\u2069 \ufeffبداية \u200bفاصل \u00adلين \u061cعلامة "
                         "\u034fحرف e\u0301 \u2060joiner\n").encode() + b"\x00\x01\x1f\x7f word\x00\n"
    s["nul.txt"] = b"\x00\x00\xd8\xa7\xd9\x84\x00\xd9\x83\xd8\xaa\xd8\xa7\xd8\xa8\x00"
    s["scripts.txt"] = ("Café São Paulo ÉCOLE naïve Москва Αθήνα ΣΊΣΥΦΟΣ İstanbul straße ẞ "
                        "北京 東京 שלום हिन्दी ไทย 한국어 😀🇸🇦👍🏽 ∑ € $ ٪ ؋ ﷼ ± © ™\n")
    # Ill-formed UTF-8: overlongs, surrogates, above U+10FFFF, bytes never used in UTF-8.
    s["invalid_overlong.txt"] = (b"\xd9\x85\xd8\xb5\xd8\xb1 \xc0\x80 \xc1\xbf \xe0\x80\x80 "
                                 b"\xe0\x9f\xbf \xf0\x80\x80\x80 \xf0\x8f\xbf\xbf \xed\xa0\x80 "
                                 b"\xed\xbf\xbf \xf4\x90\x80\x80 \xf5\x80\x80\x80 \xf8\x88\x80\x80\x80 "
                                 b"\xfe\xff \xd8\xa7\xd9\x84\xed\xa0\xbd\xed\xb8\x80\xd9\x86\n")
    # Truncated sequences inside and between words, and at the very end.
    s["invalid_truncated.txt"] = (b"\xd8\xa7\xd9\x84\xd8\xd9\x83\xd8\xaa\xd8\xa7\xd8 "
                                  b"abc\xe2\x80def \xf0\x9f\x98 \xd8\xa7\xf0\x9f \xd9\x85\xe2")
    s["invalid_continuation.txt"] = (b"\x80\xbf\xd8\xa7\x80\xd9\x84 \xbf\xbf\xbf 1\x802 "
                                     b"http://a.b/\x80c #\xd8\xa7\x80 @u\x80 \xef\xbb\xbb\x80\n\x80")
    s["empty.txt"] = b""
    return s


# ----------------------------------------------------------------- reader

def line(obj):
    return json.dumps(obj, ensure_ascii=False)


def reader_seeds():
    s = {}
    news = excerpt("002_a013ac47fc823ed8.txt", 600) or "وكانت روسيا قد بدأت القصف في سوريا."
    good = [
        {"id": "doc-1", "text": news, "title": "روسيا وسوريا", "published": "2015-11-16T10:00:00Z",
         "source": "Reuters", "url": "https://example.com/a/1", "author": "مراسل"},
        {"id": "doc-2", "text": "قال المتحدث: \"نعم\".\nوأضاف أن الوضع مستقر.", "title": None},
        {"id": "doc-3", "text": "", "source": "وكالة"},
    ]
    # '\n' first: the file is read as .jsonl (an odd first byte, such as '{', means .txt).
    s["good.jsonl"] = "\n" + "\n".join(line(o) for o in good) + "\n"
    s["crlf_blank.jsonl"] = (" \r\n" + line({"id": "a", "text": "سطر أول"}) + "\r\n\r\n   \t\r\n"
                             + "\t" + line({"id": "b", "text": "x\r\ny"}) + "  \r\n\n"
                             + line({"id": "c", "text": "بلا سطر جديد في النهاية"}))
    s["malformed_syntax.jsonl"] = "\n".join([
        "",
        '{"id":"t1","text":"مقطوع',
        '{"id":"t2","text":"x"',
        '{"id":"t3","text":"x"} junk',
        '{"id":"t4","text":"x"}{"id":"t5","text":"y"}',
        '{"id":"t6","text":"x",}',
        "{'id':'t7','text':'x'}",
        '{id:"t8",text:"x"}',
        '{"id":"t9","text":"x"} /* comment */',
        '{"id":"t10", "text":"ok"}',
        '{',
        '}',
        '{"id":"t11" "text":"x"}',
        '{"id":"t12","text":"x\\q"}',
        '{"id":"t13","text":"tab\there"}',
        '{"id":"t14","text":"ok after errors"}',
        "",
    ])
    s["malformed_types.jsonl"] = "\n".join([
        "",
        '[1,2,3]',
        '"a string"',
        '42',
        'null',
        'true',
        '{}',
        '{"text":"no id"}',
        '{"id":"no text"}',
        '{"id":"","text":"empty id"}',
        '{"id":null,"text":"null id"}',
        '{"id":"n","text":null}',
        '{"id":7,"text":"number id"}',
        '{"id":-9223372036854775808,"text":"min int"}',
        '{"id":123456789012345678901234567890,"text":"huge id"}',
        '{"id":1.5,"text":"float id"}',
        '{"id":1e400,"text":"inf id"}',
        '{"id":true,"text":"bool id"}',
        '{"id":["a"],"text":"array id"}',
        '{"id":{"x":1},"text":"object id"}',
        '{"id":"w","text":5}',
        '{"id":"w2","text":["a","b"]}',
        '{"id":"w3","text":"x","title":7}',
        '{"id":"w4","text":"x","author":{"name":"a"}}',
        '{"id":"w5","text":"x","url":["http://a"]}',
        '{"id":"ok","text":"x","title":null,"source":null}',
        '{"id":"dup","id":"dup2","text":"a","text":"b"}',
        "",
    ])
    s["escapes.jsonl"] = "\n".join([
        "",
        '{"id":"e1","text":"\\u0000nul\\u0000 في النص"}',
        '{"id":"\\u0000","text":"id starts with NUL"}',
        '{"id":"e\\u0000x","text":"NUL inside the id"}',
        '{"id":"e2","text":"\\ud800 lone surrogate \\udc00"}',
        '{"id":"e3","text":"\\ud83d\\ude00 \\u0627\\u0644\\u0644\\u0647 \\ufefb \\u200c"}',
        '{"id":"e4","text":"\\"\\\\\\/\\b\\f\\n\\r\\t"}',
        '{"id":"e5","text":"\\u00"}',
        '{"id":"e6","text":"\\uZZZZ"}',
    ]).encode() + b"\n" + b'{"id":"raw","text":"\xc0\x80 \xed\xa0\x80 \xd8 \x80"}\n' \
        + b'{"id":"nul-byte","text":"a\x00b"}\n' + b'{"id":"n2",\x00"text":"x"}\n'
    s["deep.jsonl"] = ("\n" + '{"id":"d1","text":"x","title":' + "[" * 40 + "]" * 40 + "}\n"
                       + '{"id":"d2","text":"x","title":' + '{"a":' * 20 + "1" + "}" * 20 + "}\n"
                       + "[" * 200 + "\n"
                       + '{"id":"d3","text":"still read after the deep lines"}\n')
    # Form feed first (0x0C: even, bit 2 set): .jsonl with a 512-byte document limit.
    s["limit.jsonl"] = ("\x0c\n" + line({"id": "small", "text": "قصير"}) + "\n"
                        + line({"id": "big", "text": "طويل " * 120}) + "\n"
                        + '{"id":"toolong","text":"' + "x" * 5000 + '"}\n'
                        + line({"id": "after", "text": "بعد"}) + "\n")
    # '%' (0x25: odd, bit 2 set): a .txt document over the 512-byte limit.
    s["limit.txt"] = "% " + "نص طويل جدا " * 60 + "\n"
    # Odd first bytes: a .txt document.
    s["doc.txt"] = excerpt("004_d592b9f202c30752.txt", 400, skip_lines=4) or "وقال بوتين: \"نعم\".\n"
    if not s["doc.txt"].encode()[0] & 1:
        s["doc.txt"] = "و" + s["doc.txt"]        # waw is D9 88: an odd first byte
    s["jsonl_as.txt"] = line(good[1]) + "\n" + line(good[2]) + "\n"   # '{' is odd
    # gzread is transparent: 1F 8B (odd) is a gzip stream read as a .txt document.
    s["gzip.txt"] = gzip.compress("نص مضغوط\n".encode() * 3, mtime=0)
    s["gzip_truncated.txt"] = gzip.compress(("نص مضغوط " * 50).encode(), mtime=0)[:40]
    s["empty.jsonl"] = b""
    s["blank_only.jsonl"] = "\n\n \n\t\n\r\n"
    return s


# ------------------------------------------------------------- dictionary

DICT = [
    # JSON Lines keys and syntax
    '"id"', '"text"', '"title"', '"published"', '"source"', '"url"', '"author"',
    '{"id":"', '","text":"', '"}', '{', '}', '[', ']', ':', ',', '"', '\\"', '\\\\',
    '\\u0000', '\\u0627', '\\ud800', '\\udc00', 'null', 'true', 'false', '1e999',
    '-9223372036854775809', '\r\n', '\n', '\t',
    # Arabic letters and affixes (light stemmer), marks, tatweel
    'ال', 'و', 'ب', 'ل', 'ف', 'ك', 'وال', 'بال', 'كال', 'فال', 'لل', 'وبال', 'ولل', 'الله',
    'ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ية', 'ه', 'ة', 'ي', 'ى', 'ا', 'أ', 'إ', 'آ', 'ٱ',
    'ؤ', 'ئ', 'ء', '\u064e', '\u064b', '\u0651', '\u0652', '\u0670', '\u0640',
    # Persian letters, presentation forms, invisibles
    'ی', 'ک', 'ە', 'ۀ', 'ۃ', '\ufefb', '\ufdfa', '\ufe70', '\ufc5e', '\u200c', '\u200f', '\ufeff',
    # digits and separators
    '٠', '٩', '۴', '٫', '٬', '0', '9', '.', ',', '%',
    # URLs, e-mail, hashtags, mentions, sentence ends
    'http://', 'https://', 'www.', 'ftp://', '.com', '@', '#', '\uff03', '_',
    '...', '؟', '،', '؛', '«', '»', '“', '”', '!', '?', '\u06d4', 'Mr.', 'د.',
]


def dict_entry(i, v):
    out = []
    for b in v.encode("utf-8"):
        c = chr(b)
        if c in '\\"':
            out.append("\\" + c)
        elif 0x20 <= b < 0x7F:
            out.append(c)
        else:
            out.append("\\x%02X" % b)
    shown = v.encode("unicode_escape").decode() if not v.isprintable() else v
    return "# %s\nk%03d=\"%s\"\n" % (shown, i, "".join(out))


def main():
    for name, data in analyze_seeds().items():
        write(os.path.join(HERE, "corpus", "analyze"), name, data)
    for name, data in reader_seeds().items():
        write(os.path.join(HERE, "corpus", "reader"), name, data)
    os.makedirs(os.path.join(HERE, "dict"), exist_ok=True)
    with open(os.path.join(HERE, "dict", "arabic.dict"), "w", encoding="utf-8") as f:
        f.write("# libFuzzer dictionary for rasd (written by fuzz/make_corpus.py).\n")
        for i, v in enumerate(DICT):
            f.write(dict_entry(i, v))


if __name__ == "__main__":
    main()
