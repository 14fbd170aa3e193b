/* test_quotes_call_receiver.c — fix55 (docs/EVENTS.md "Issue 16: judge54's wrong forms (branch
 * fix55, stop 52)", item 1): a plural or dual cue followed by an "in which" of a plural or dual
 * antecedent (أدانوا خلالها، استنكرا فيهما: data/events.tsv "aguard calls_pronoun") tells what
 * the callers said in the calls a receiver took: the name after a verb of receiving ("aguard
 * call_receive": تلقى) is not its speaker, nor the condemnation's actor (speech.c
 * call_receiver). Sentences of SaudiNewsNet articles outside bench/recall/drawn.txt (the
 * article in each comment); the three plural cases fail at cad64897 (the receiver, King Salman
 * or Mohammed bin Nayef, spoke), the singular «أدان فيه» passes there too: it holds the rule's
 * reach. */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-025122: two calls, a dual cue; the first caller (King Hamad) for King Salman */
    {"تلقى خادم الحرمين الشريفين الملك سلمان بن عبد العزيز، اتصالين هاتفيين من الملك حمد بن عيسى آل خليفة ملك البحرين، والملك عبد الله الثاني بن الحسين عاهل الأردن، استنكرا فيهما الاعتداء الآثم الذي وقع في مسجد قوات الطوارئ بمنطقة عسير، وعبرا عن عزائهما ومواساتهما للملك سلمان في {شهداء الواجب}، سائلين الله أن يتغمدهم بواسع رحمته ومغفرته وأن يمُن على المصابين بالشفاء العاجل.",
     "الاعتداء الآثم", "حمد بن عيسى آل خليفة", 1},
    /* snn-025676: the receiver named in two mentions and a blessing between dashes */
    {"تلقى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود -حفظه الله- اتصالين هاتفيين أمس من جلالة الملك حمد بن عيسى آل خليفة ملك مملكة البحرين، وجلالة الملك عبدالله الثاني بن الحسين ملك المملكة الأردنية الهاشمية أعربا فيهما عن استنكارهما للاعتداء الآثم الذي وقع في مسجد قوات الطوارئ بمنطقة عسير، كما عبرا عن عزائهما ومواساتهما للملك المفدى في شهداء الواجب.",
     "عن استنكارهما", "حمد بن عيسى آل خليفة", 1},
    /* snn-025252: one call, a singular cue: the caller, as before (the last person named) */
    {"وتلقى الأمير محمد بن نايف بن عبدالعزيز اتصالاً هاتفياً أمس من الشيخ محمد الخالد الحمد الصباح نائب رئيس مجلس الوزراء وزير الداخلية في دولة الكويت أدان فيه التفجير الإرهابي الذي استهدف مسجد قوات الطوارئ في منطقة عسير.",
     "التفجير الإرهابي", "محمد الخالد الحمد الصباح", 1},
};

/* snn-025922 (judge54's event row 49): four callers condemn; the criticism's first actor is
 * the first caller, not Mohammed bin Nayef who received the calls. */
static void test_condemned_in_calls(void)
{
    static const char text[] =
        "كما تلقى نائب خادم الحرمين الشريفين الأمير محمد بن نايف بن عبدالعزيز، اتصالات هاتفية أمس من ولي العهد نائب القائد الأعلى النائب الأول لرئيس مجلس الوزراء بمملكة البحرين الأمير سلمان بن حمد آل خليفة، ونائب رئيس مجلس الوزراء وزير الداخلية بدولة الكويت الشيخ محمد الخالد الحمد الصباح، ووزير الداخلية بمملكة البحرين الفريق الركن الشيخ راشد بن عبدالله آل خليفة، ونائب رئيس مجلس الوزراء وزير الداخلية بدولة الإمارات العربية المتحدة الشيخ سيف بن زايد آل نهيان، أدانوا خلالها التفجير الإرهابي الذي استهدف مسجد قوات الطوارئ بمنطقة عسير.";
    rasd_engine *e = NULL;
    rasd_doc *d = NULL;
    const rasd_event *ev;
    size_t n, hits = 0;
    REQUIRE(rasd_engine_open(&e, NULL) == RASD_OK && rasd_doc_new(&d) == RASD_OK);
    REQUIRE(rasd_analyze(e, d, text, strlen(text)) == RASD_OK && rasd_recognize(e, d) == RASD_OK &&
            rasd_extract(e, d, NULL) == RASD_OK);
    ev = rasd_doc_events(d, &n);
    for (size_t i = 0; i < n; i++) {
        if (strcmp(ev[i].type, "criticize") != 0)
            continue;
        hits++;
        CHECKF(ev[i].nactors > 0 && strcmp(ev[i].actor_name[0], "سلمان بن حمد آل خليفة") == 0,
               "criticize: first actor «%s», want the first caller",
               ev[i].nactors ? ev[i].actor_name[0] : "");
    }
    CHECKF(hits == 1, "%zu criticize events, want 1", hits);
    rasd_doc_free(d);
    rasd_engine_close(e);
}

int main(void)
{
    test_condemned_in_calls();
    return check_wants_nots(wants, sizeof wants / sizeof *wants, NULL, 0,
                            "test_quotes_call_receiver");
}
