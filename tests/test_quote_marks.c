/* test_quote_marks.c — quote marks paired by role and family (src/events/pairing.c, branch
 * quotemarks): stray and unbalanced marks in SaudiNewsNet sentences (articles outside
 * bench/recall/drawn.txt), positives and negatives. */
#include "check.h"
#include "rasd.h"

#include <stdint.h>
#include <string.h>

/* The quote of text that starts with the words start, or NULL. */
static const rasd_quote *quote_at(const rasd_quote *q, size_t n, const char *text,
                                  const char *start)
{
    for (size_t i = 0; i < n; i++)
        if (memcmp(text + q[i].start, start, strlen(start)) == 0)
            return &q[i];
    return NULL;
}

static const rasd_quote *run(const rasd_engine *e, rasd_doc *d, const char *text, size_t *n)
{
    REQUIRE(rasd_analyze(e, d, text, strlen(text)) == RASD_OK && rasd_recognize(e, d) == RASD_OK &&
            rasd_extract(e, d, NULL) == RASD_OK);
    return rasd_doc_quotes(d, n);
}

/* One quote that starts at start, direct or not as wanted, ending before the bytes of
 * not_in (NULL: anywhere), its speaker's name holding speaker (NULL: not checked). */
static void want(const rasd_engine *e, rasd_doc *d, const char *id, const char *text,
                 const char *start, int direct, const char *not_in, const char *speaker)
{
    size_t n;
    const rasd_quote *q = run(e, d, text, &n), *r = quote_at(q, n, text, start);
    CHECKF(r != NULL, "%s: no quote at \"%s\" (%zu quotes)", id, start, n);
    if (!r)
        return;
    CHECKF(r->direct == direct, "%s: direct %d, want %d", id, r->direct, direct);
    if (not_in)
        CHECKF(r->end <= (uint32_t)(strstr(text, not_in) - text), "%s: runs on to \"%s\"", id,
               not_in);
    if (speaker)
        CHECKF(r->speaker_name && strstr(r->speaker_name, speaker), "%s: speaker %s, want %s",
               id, r->speaker_name ? r->speaker_name : "none", speaker);
}

/* A closing mark with nothing open (تموز” for تموز)) shifts no pair after it: the name in
 * marks after إن is the clause's, and the speaker is named (snn-001633). */
static void test_stray_close(const rasd_engine *e, rasd_doc *d)
{
    static const char text[] =
        "قال رئيس الوزراء الإسرائيلي بنيامين نتنياهو اليوم الأحد (19 يوليو تموز” إن الخطاب "
        "“العدواني” الذي ألقاه الزعيم الإيراني الأعلى آية الله علي خامنئي يثبت أن الاتفاق النووي "
        "الذي وقعته بلاده مع القوى العالمية لن يغير سياساتها.";
    want(e, d, "snn-001633", text, "الخطاب", 0, NULL, "نتنياهو");
}

/* A name in marks before إن and a passage after it: two pairs, not one from the name's
 * opening mark to its closing one after إن (snn-001795). */
static void test_name_then_passage(const rasd_engine *e, rasd_doc *d)
{
    static const char text[] =
        "وقال “القصبي” إن “مكالمة وزراء الإعلام طوقت عنقي بجميل شعورهم وكريم لطفهم، وبالنيابة عن "
        "فريق سيلفي أقول شكراً لكم”. ويعد مسلسل “سيلفي”، من أنجح وأشهر مسلسلات رمضان.";
    want(e, d, "snn-001795", text, "مكالمة", 1, NULL, "القصبي");
}

/* Two passages in " across sentences: each pair its own, the first ending before وأضاف
 * (snn-003278). */
static void test_two_passages(const rasd_engine *e, rasd_doc *d)
{
    static const char text[] =
        "وقال اتليتيكو في موقعه على الانترنت \"تم التوصل لاتفاق بين الناديين وسيستكمل في الساعات "
        "القليلة القادمة.\" وأضاف \"سافر لاعب الوسط بموافقة النادي لينضم للنادي الايطالي.\" كما "
        "أكد فيورنتينا الصفقة.";
    want(e, d, "snn-003278", text, "تم التوصل", 1, "وأضاف", NULL);
    want(e, d, "snn-003278", text, "سافر", 1, "كما", NULL);
}

/* » written as an opening mark after a colon (:»لقد): it opens (snn-029776). */
static void test_reversed_guillemet(const rasd_engine *e, rasd_doc *d)
{
    static const char text[] =
        "وأوضح أن الجنديين قتلا عندما نصب لهما مسلحون الكمين.وقال :»لقد توفيا في موقع الحادث "
        "جراء إصابتهما بعدة طلقات نارية».وتمكنت القوات من اللحاق بالمسلحين.";
    want(e, d, "snn-029776", text, "لقد توفيا", 1, "وتمكنت", NULL);
}

/* Negative: a closing mark after a dialect passage with no opening one (للعيال",) opens
 * nothing, so no quote starts at it (snn-009372). */
static void test_stray_opens_nothing(const rasd_engine *e, rasd_doc *d)
{
    static const char text[] =
        "أم سعود: \"هناكم خير وأبشر بالخير\" تتربع على \"طرف – حافة\" الزويلة وتقول لمراد قم عطنا "
        "كيلوين بصل وشف لنا بساكيت(ن) للعيال\", تفاجأ ابو محمد أن مراد قال لها أبشري , بين سواليف "
        "أم سعود وأبو محمد واذا بمراد يأتي بالبصل دون البساكيت.";
    size_t n;
    const rasd_quote *q = run(e, d, text, &n);
    for (size_t i = 0; i < n; i++)
        CHECKF(text[q[i].start] != '"' && text[q[i].start] != ',',
               "snn-009372: a quote starts at a stray mark (byte %u)", (unsigned)q[i].start);
}

/* Negative: a paragraph break on one line (Sabq's " \xa0 ") ends an open pair, so the next
 * paragraph's verb is no part of a quoted passage. */
static void test_nbsp_paragraph(const rasd_engine *e, rasd_doc *d)
{
    static const char text[] =
        "وقال المتحدث: \"إن الوزارة تعمل على إنهاء المشاريع في وقتها المحدد. \xc2\xa0 "
        "وأكد المهندس محمد الزميع أن الوزارة أنهت الإستراتيجية الوطنية للإسكان.";
    want(e, d, "nbsp", text, "الوزارة أنهت", 0, NULL, "الزميع");
}

/* A work's title in marks right before a verb is no passage of it (quotemarks3): the verb's
 * own content is the quote (snn-020026, snn-029506). */
static void test_title_before_verb(const rasd_engine *e, rasd_doc *d)
{
    static const char a[] =
        "وزير الخارجية الإيراني محمد جواد ظريف، كتب أمس الاثنين مقالاً في صحيفة «السفير» اللبنانية "
        "بعنوان «الجار ثم الدار»، دعا فيه إلى البحث عن آليات تساعد جميع دول المنطقة على اجتثاث "
        "جذور التوتر وعوامله وغياب الثقة فيها.";
    static const char b[] =
        "وفي ورقة حملت عنوان «مُقام الشعر مَقام الشعراء»، قال أحمد هاشم الريسوني، شاعر وباحث مغربي، "
        "إن الوضع الراهن للشعر والشعراء يرتبط بالسياقات التاريخية والاجتماعية والسياسية والفكرية في "
        "تحولاتها المتوالية.";
    size_t n;
    const rasd_quote *q = run(e, d, a, &n);
    CHECKF(quote_at(q, n, a, "الجار") == NULL, "snn-020026: the title is a quote");
    want(e, d, "snn-020026", a, "إلى البحث", 0, NULL, "ظريف");
    q = run(e, d, b, &n);
    CHECKF(quote_at(q, n, b, "مُقام") == NULL, "snn-029506: the title is a quote");
    want(e, d, "snn-029506", b, "الوضع الراهن", 0, NULL, "الريسوني");
}

/* Negative: a passage in marks right before its verb, with no word of a work before it, is
 * still the verb's (snn-000912). */
static void test_passage_before_verb(const rasd_engine *e, rasd_doc *d)
{
    static const char text[] =
        "يعيش الآن في فرنسا حيث مُنح وسام الفنون والآداب. «القراءة ضرورية للحياة كالتنفّس»، يقول "
        "ألبرتو مانغويل.";
    want(e, d, "snn-000912", text, "القراءة", 1, NULL, "مانغويل");
}

/* The meeting of a reported statement whose object is the speaker's pronoun (التقت به) has
 * the speaker as a party (snn-028337, quotemarks3; speaker_party.c); not when a relative
 * pronoun's head is what به stands for (الذين … اجتمع معهم, snn-003005). */
static void test_speaker_party(void)
{
    static const char a[] =
        "وقال إبراهيم علوي - والد أفراح - إنه من أهل السنة والجماعة وإن قصة طلاقه معروفة. وأشار "
        "علوي إلى حضور لجنة من جهة رسمية التقت به، وقالوا إن ابنته أفراح تقدمت بشكوى ضده.";
    static const char b[] =
        "وقال السيناتور تشاك شومر إن عدد المعارضين لاتفاق إيران زاد بعد تصويت مجلس الأمن، وإن بعض "
        "هؤلاء من أعضاء الكونغرس الديمقراطيين اليهود الذين كان أوباما اجتمع معهم في البيت الأبيض في "
        "الأسبوع الماضي.";
    rasd_config cfg;
    rasd_engine *e = NULL;
    rasd_doc *d = NULL;
    rasd_config_default(&cfg);
    cfg.event_triggers = 1;
    REQUIRE(rasd_engine_open(&e, &cfg) == RASD_OK && rasd_doc_new(&d) == RASD_OK);
    size_t n, got = 0;
    REQUIRE(rasd_analyze(e, d, a, strlen(a)) == RASD_OK && rasd_recognize(e, d) == RASD_OK &&
            rasd_extract(e, d, NULL) == RASD_OK);
    const rasd_event *ev = rasd_doc_events(d, &n);
    for (size_t i = 0; i < n; i++)
        if (strcmp(ev[i].type, "meet") == 0 && ev[i].nactors >= 1 && ev[i].actor_name[0] &&
            strstr(ev[i].actor_name[0], "علوي"))
            got++;
    CHECKF(got == 1, "snn-028337: %zu meetings with علوي, want 1", got);
    REQUIRE(rasd_analyze(e, d, b, strlen(b)) == RASD_OK && rasd_recognize(e, d) == RASD_OK &&
            rasd_extract(e, d, NULL) == RASD_OK);
    ev = rasd_doc_events(d, &n);
    for (size_t i = 0; i < n; i++)
        for (size_t k = 0; k < ev[i].nactors; k++)
            CHECKF(!(ev[i].actor_name[k] && strstr(ev[i].actor_name[k], "شومر")),
                   "snn-003005: شومر met them (%s)", ev[i].type);
    rasd_doc_free(d);
    rasd_engine_close(e);
}

int main(void)
{
    rasd_engine *e = NULL;
    rasd_doc *d = NULL;
    REQUIRE(rasd_engine_open(&e, NULL) == RASD_OK);
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    REQUIREF(rasd_ner_available(e), "no data/ner.model");
    test_stray_close(e, d);
    test_name_then_passage(e, d);
    test_two_passages(e, d);
    test_reversed_guillemet(e, d);
    test_stray_opens_nothing(e, d);
    test_nbsp_paragraph(e, d);
    test_title_before_verb(e, d);
    test_passage_before_verb(e, d);
    test_speaker_party();
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_quote_marks");
}
