/* test_events.c — who met whom, when and where, given the articles' publication dates: the
 * meetings of tests/data/news (core tier: Lavrov–Kerry in Geneva, reported by two outlets;
 * Hollande hosting Merkel in Paris; al-Jubeir–Lavrov with the article's date) and the four
 * the issue names in the seeds (shared tier: Putin–Cameron in Antalya on 16 November 2015,
 * Obama–Putin at the G20 on the 15th, Putin–Hollande in Moscow on the 26th, Lavrov–Johnson in
 * Moscow); one event for one meeting however often an article mentions it, the same id for
 * the same meeting in two outlets, and no event where the text says it did not happen. */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <stdlib.h>
#include <string.h>

#define NEWS "tests/data/news/"
#define SEEDS SHARED "/corpus/seeds/"

static int has_actor(const rasd_event *ev, const char *name)
{
    for (size_t a = 0; a < ev->nactors; a++)
        if (strcmp(ev->actor_name[a], name) == 0)
            return 1;
    return 0;
}

/* The event of type between the two named people among the events, or NULL; checks there
 * is at most one. */
static const rasd_event *meeting(const rasd_event *ev, size_t n, const char *type, const char *a,
                                 const char *b)
{
    const rasd_event *hit = NULL;
    size_t count = 0;
    for (size_t i = 0; i < n; i++)
        if (strcmp(ev[i].type, type) == 0 && has_actor(&ev[i], a) && has_actor(&ev[i], b)) {
            hit = hit ? hit : &ev[i];
            count++;
        }
    CHECKF(count <= 1, "%s–%s: %zu events for one meeting", a, b, count);
    return hit;
}

/* A meeting an article reports: who, where (NULL: not checked), when, and whether its
 * sentence says when (else the article's date). */
typedef struct want {
    const char *file, *published, *type, *cameo, *a, *b, *place, *date;
    int dated;
} want;

/* The events of the article at path (a new text, free()). */
static char *events_of(const rasd_engine *e, rasd_doc *d, const char *path, const char *published,
                       const rasd_event **ev, size_t *n)
{
    size_t len;
    char *text = REQUIRE_SLURP(path, &len);
    analyse_n(e, d, text, len, published);
    *ev = rasd_doc_events(d, n);
    return text;
}

static void test_meetings(const rasd_engine *e, rasd_doc *d, const char *dir, const want *w, size_t nw)
{
    for (size_t i = 0; i < nw; i++) {
        char path[256], *text;
        size_t n;
        const rasd_event *ev, *m;
        snprintf(path, sizeof path, "%s%s.txt", dir, w[i].file);
        text = events_of(e, d, path, w[i].published, &ev, &n);
        m = meeting(ev, n, w[i].type, w[i].a, w[i].b);
        CHECKF(m != NULL, "no %s %s–%s in %s", w[i].type, w[i].a, w[i].b, w[i].file);
        if (m) {
            CHECKF(strcmp(m->cameo, w[i].cameo) == 0 && m->nactors == 2, "%s: cameo %s, %zu actors",
                   w[i].a, m->cameo, m->nactors);
            CHECKF(!w[i].place || (m->place_name && strcmp(m->place_name, w[i].place) == 0),
                   "%s–%s: place %s", w[i].a, w[i].b, m->place_name ? m->place_name : "(none)");
            CHECKF(strcmp(m->date, w[i].date) == 0 && m->dated == w[i].dated,
                   "%s–%s: date %s (%s)", w[i].a, w[i].b, m->date,
                   m->dated ? "stated" : "the article's");
            CHECK(m->start <= m->trigger_start && m->trigger_start < m->trigger_end &&
                  m->trigger_end <= m->end && m->end <= strlen(text));
        }
        free(text);
    }
}

/* Another outlet's report of the same meeting gets the same event id (w[0] and w[1]). */
static void test_same_id(const rasd_engine *e, rasd_doc *d, const char *dir, const want *w)
{
    char ids[2][17];
    for (int k = 0; k < 2; k++) {
        char path[256], *text;
        size_t n;
        const rasd_event *ev, *m;
        snprintf(path, sizeof path, "%s%s.txt", dir, w[k].file);
        text = events_of(e, d, path, w[k].published, &ev, &n);
        m = meeting(ev, n, w[k].type, w[k].a, w[k].b);
        REQUIREF(m != NULL, "no %s–%s in %s", w[k].a, w[k].b, w[k].file);
        memcpy(ids[k], m->id, sizeof ids[k]);
        free(text);
    }
    CHECKF(strlen(ids[0]) == 16 && strcmp(ids[0], ids[1]) == 0, "%s: id %s, %s: id %s", w[0].file,
           ids[0], w[1].file, ids[1]);
}

/* 2015-09-14 was a Monday; the Thursday before 2015-09-04 was the 3rd. The meeting of
 * e_riyadh is in a venue (the ministry), not a place: its place is not checked. */
static const want news[] = {
    {"a_geneva", "2015-09-14", "meet", "040", "سيرغي لافروف", "جون كيري", "جنيف", "2015-09-14", 1},
    {"b_reprint", "2015-09-15", "meet", "040", "سيرغي لافروف", "جون كيري", "جنيف", "2015-09-14", 1},
    {"d_paris", "2015-09-04", "host", "043", "فرانسوا هولاند", "أنجيلا ميركل", "باريس", "2015-09-03", 1},
    {"e_riyadh", "2015-09-16", "meet", "040", "عادل الجبير", "سيرغي لافروف", NULL, "2015-09-16", 0},
};

/* The four meetings the issue names; 001 reprints 000's report of Putin–Cameron. */
static const want seeds[] = {
    {"000_93c6ccf29017a1c8", "2015-11-16", "meet", "040", "فلاديمير بوتين", "ديفيد كاميرون", "أنطاليا", "2015-11-16", 1},
    {"001_337ddc5b2ec75abf", "2015-11-16", "meet", "040", "فلاديمير بوتين", "ديفيد كاميرون", NULL, "2015-11-16", 0},
    {"002_a013ac47fc823ed8", "2015-11-16", "meet", "040", "باراك أوباما", "فلاديمير بوتين", "مجموعة العشرين", "2015-11-15", 1},
    {"004_d592b9f202c30752", "2015-11-26", "meet", "040", "فلاديمير بوتين", "فرانسوا هولاند", "الكرملين", "2015-11-26", 1},
    {"003_f448dd176493aaea", "2017-12-22", "meet", "040", "سيرغي لافروف", "بوريس جونسون", "موسكو", "2017-12-22", 1},
};

/* e_riyadh says a meeting with Putin did not happen (نفى … أن يكون … قد التقى): it has one
 * event, the meeting with Lavrov, and none with Putin. */
static void test_denied(const rasd_engine *e, rasd_doc *d)
{
    size_t n;
    const rasd_event *ev;
    char *text = events_of(e, d, NEWS "e_riyadh.txt", "2015-09-16", &ev, &n);
    /* the arrival (وصل … إلى موسكو) is a visit, the meeting with Lavrov an event; the denied
     * meeting with Putin none */
    CHECKF(n == 2 && strcmp(ev[0].type, "visit") == 0 && ev[0].place_name &&
           strcmp(ev[0].place_name, "موسكو") == 0 && strcmp(ev[1].type, "meet") == 0,
           "e_riyadh: %zu events", n);
    for (size_t i = 0; i < n; i++)
        CHECKF(!has_actor(&ev[i], "فلاديمير بوتين"), "e_riyadh: a denied meeting with Putin");
    free(text);
}

/* What did not happen, or not then, is no event. */
static void test_not_events(const rasd_engine *e, rasd_doc *d)
{
    static const char *const texts[] = {
        "وقال المتحدث إن الرئيس الروسي فلاديمير بوتين لم يلتق نظيره الأمريكي باراك أوباما في أنطاليا.",
        "وأكد فلاديمير بوتين أن بحث الملف مع الرئيس الفرنسي فرانسوا هولاند مستمر.",
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        size_t n;
        analyse(e, d, texts[i], "2015-11-16");
        rasd_doc_events(d, &n);
        CHECKF(n == 0, "an event in: %s", texts[i]);
    }
}

/* One sentence's events, each as "type status actor1+actor2 place" joined by " | ". */
static void sentence_events(const rasd_engine *e, rasd_doc *d, const char *text, const char *published,
                            char *out, size_t cap)
{
    size_t n, len = 0;
    const rasd_event *ev;
    analyse(e, d, text, published);
    ev = rasd_doc_events(d, &n);
    out[0] = 0;
    for (size_t i = 0; i < n && len < cap; i++) {
        len += (size_t)snprintf(out + len, cap - len, "%s%s %s %s%s%s %s", i ? " | " : "", ev[i].type,
                                ev[i].planned ? "planned" : "occurred",
                                ev[i].nactors ? ev[i].actor_name[0] : "-",
                                ev[i].nactors > 1 ? "+" : "", ev[i].nactors > 1 ? ev[i].actor_name[1] : "",
                                ev[i].place_name ? ev[i].place_name : "-");
    }
}

/* Issue 16's forms on sentences of SaudiNewsNet (the article each is from in the comment), and
 * the two misses it names: status, denial, noun events, several events a sentence,
 * coordination, killings, names whose first letter reads as a particle (لافروف، كيري). */
static void test_forms(const rasd_engine *e, rasd_doc *d)
{
    static const char *const cases[][3] = {
        /* snn-013225 (2015-07-31): a future verb, and a noun visit to another place */
        {"وأشارت الحكومة التركية إلى أن إردوغان سيزور إندونيسيا بعد انتهاء زيارته إلى الصين.",
         "2015-07-31", "visit planned رجب طيب أردوغان إندونيسيا | visit occurred رجب طيب أردوغان الصين"},
        /* snn-013235: زيارة X إلى Y */
        {"ومن أبرز محطات زيارة أوباما إلى أديس أبابا كلمة سيلقيها في مقر الاتحاد الأفريقي الثلاثاء.",
         "2015-07-31", "visit occurred باراك أوباما أديس أبابا"},
        /* seed 002: a coordinated dual takes the two parties of the verb before it */
        {"والتقى الرئيس الأميريي باراك أوباما وبوتين في قمة مجموعة العشرين يوم الأحد واتفقا على ضرورة حدوث تحول سياسي.",
         "2015-11-16", "meet occurred باراك أوباما+فلاديمير بوتين مجموعة العشرين | agree occurred باراك أوباما+فلاديمير بوتين -"},
        /* seed 002: before a meeting, it is to come */
        {"وقال كاميرون للصحفيين أمس الأحد قبل اجتماع مع فلاديمير بوتين على هامش القمة إن الخلافات كبيرة.",
         "2015-11-16", "meet planned ديفيد كاميرون+فلاديمير بوتين -"},
        {"من المقرر أن يلتقي الرئيس أوباما الرئيس الروسي فلاديمير بوتين.", "2015-11-16",
         "meet planned باراك أوباما+فلاديمير بوتين -"},
        {"نفى الكرملين أن يكون بوتين التقى أوباما.", "2015-11-16", ""},
        /* the misses the issue names */
        {"والتقى لافروف مع كيري في جنيف.", "2015-09-14", "meet occurred سيرغي لافروف+جون كيري جنيف"},
        {"اجتمع كيري ولافروف في فيينا أمس.", "2015-09-14", "meet occurred جون كيري+سيرغي لافروف فيينا"},
        /* coordination: the second verb keeps the first one's subject */
        {"التقى أوباما نظيره الروسي فلاديمير بوتين ثم زار الرئيس فرانسوا هولاند في باريس.", "2015-11-16",
         "meet occurred باراك أوباما+فلاديمير بوتين - | visit occurred باراك أوباما+فرانسوا هولاند باريس"},
        /* an appeal's date is when it was made, not the date it is about */
        {"دعا الأمين العام بان كي مون إلى عقد مؤتمر في 30 نوفمبر 2015.", "2015-08-01",
         "appeal occurred بان كي مون -"},
        /* recall (branch evrecall), sentences of SaudiNewsNet outside the recall set:
         * snn-001450, snn-010950: an arrival is a visit; snn-002745: وصل of a number is none */
        {"وصل رئيس جمهورية الشيشان رمضان أحمد قاديروف إلى جدة، صباح أمس، لأداء مناسك العمرة.",
         "2015-07-21", "visit occurred رمضان أحمد قاديروف جدة"},
        {"وصل وزير الخارجية عادل بن أحمد الجبير إلى الدوحة أمس في زيارة رسمية لدولة قطر.",
         "2015-07-25", "visit occurred عادل بن أحمد الجبير الدوحة"},
        {"كدليلٍ آخر يؤكّد ما ذهبت إليه بأن سوق الأسهم طاردٌ للاستثمار هو حجم التداول اليومي الذي وصل إلى خمسة مليارات ريال.",
         "2015-07-21", ""},
        /* snn-012083, snn-004468: fighting and an attack named by a noun, the doer after شنه;
         * snn-003025: clashes between two parties */
        {"فقد قتل 17 مدنيا على الأقل وجرح 121 آخرون، من بينهم نساء وأطفال في قصف شنه الحوثيون وقوات صالح على أحياء سكنية في دار سعد بمدينة عدن.",
         "2015-07-27", "fight occurred جماعة الحوثي دار سعد"},
        {"وكانت مواجهات عنيفة اندلعت بين الطرفين خلال الساعات الماضية في جبهة الجفينة جنوب مأرب، عقب هجوم شنه الحوثيون وقوات صالح على مواقع المقاومة هناك.",
         "2015-07-22", "fight occurred جماعة الحوثي -"},   /* on positions: a fight (events23) */
        {"وقد تمكن الأسير من الفرار وهو مقيد اليدين، عندما اندلعت اشتباكات بين الحوثيين وقوات هادي.",
         "2015-07-22", "fight occurred جماعة الحوثي+عبد ربه منصور هادي -"},
        /* snn-003033, snn-007064: قام X بزيارة, the deed after the subject (and its title) */
        {"وقام ساركوزي بزيارة إلى تونس مرفوقا بوفد مكون من أعضاء في مجلس الشيوخ والجمعية الوطنية الفرنسية والبرلمان الأوروبي.",
         "2015-07-22", "visit occurred ساركوزي تونس"},
        {"قام وزير الدفاع الأميركي آشتون كارتر بزيارة غير معلنة إلى بغداد أمس، أجرى خلالها مباحثات مع نظيره العراقي خالد العبيدي تناولت مختلف جوانب العمليات العسكرية.",
         "2015-07-23", "visit occurred آشتون كارتر بغداد | meet occurred آشتون كارتر+خالد العبيدي -"},
        /* branch evrecall3, sentences of SaudiNewsNet outside the recall set: actors by their
         * description (snn-007796, snn-002034, snn-005798, snn-011438), a bombing with
         * nobody named (snn-002242), a description that is the object (snn-003008: a
         * masculine verb; snn-017792: the verb after its subject), a farewell (snn-023527) */
        {"وشنت طائرات التحالف غارات على مواقع الحوثيين في منطقة الجفينة جنوب غرب المدينة.",
         "2015-07-24", "fight occurred طائرات التحالف+جماعة الحوثي -"},
        {"لقي ستة من مقاتلي المعارضة السورية على الأقل مصرعهم في اشتباكات بين القوات النظامية ومقاتلي الفصائل الإسلامية في مدينة الزبداني قرب الحدود مع لبنان.",
         "2015-07-21", "fight occurred القوات النظامية+مقاتلي الفصائل الإسلامية -"},
        {"واجتمع المدرب رودريجيز مع اللاعبين وشدد على ضرورة الالتزام داخل الملعب وخارجه.",
         "2015-07-23", "meet occurred رودريجيز+اللاعبين -"},
        {"استقبل وزير الخارجية الأستاذ عادل بن أحمد الجبير بمقر الوزارة اليوم معالي الأمين العام لمجلس التعاون الخليجي لدول الخليج العربية الدكتور عبد اللطيف بن راشد الزياني.",
         "2015-07-27", "host occurred عادل بن أحمد الجبير+عبد اللطيف بن راشد الزياني -"},
        {"وقع الانفجار في حديقة مركز ثقافي في بلدة سروج، التي تقابل بلدة عين العرب (كوباني) السورية الحدودية.",
         "2015-07-21", "assault occurred - سروج"},
        {"إلى ذلك، دعا نائب رئيس الجمهورية أسامة النجيفي الحكومة إلى القصاص من منفذي تفجير خان بني سعد، كما دعا الحكومة إلى استيعاب ردود الأفعال.",
         "2015-07-22", "appeal occurred أسامة النجيفي - | assault occurred - خان بني سعد"},
                               /* the bombing, named by its place (events8) */
        /* snn-024949, snn-024007: a building the recogniser of data 2026.12-7 names as a
         * place (مقر قوات الطوارئ الخاصة، مسجد قوات الطوارئ), the region or town after it */
        {"استنكر الأزهر بشدة الهجوم الإرهابي الذي استهدف مسجداً في مقر قوات الطوارئ الخاصة بمنطقة عسير أمس، وأسفر عن استشهاد وجرح عدد من أفراد القوة.",
         "2015-08-07", "assault occurred - عسير"},
        {"عدّت الأمانة العامة للمجلس الأعلى للقضاء التفجير الذي وقع في مسجد قوات الطوارئ في أبها عملاً إجرامياً دنيئاً وجباناً.",
         "2015-08-08", "assault occurred - أبها"},
        /* snn-025397: a body named inside the subject's title (the recogniser of data
         * 2026.12-7 names البرلمان العربي): the name after the title is the subject */
        {"أدان رئيس البرلمان العربي أحمد الجروان التفجير الإرهابي الإجرامي الذي استهدف مسجدا في منطقة عسير.",
         "2015-08-07", "criticize occurred أحمد الجروان - | assault occurred - عسير"},
        {"سبق- الرياض: ودّعت الإدارة العامة للتعليم بمنطقة الرياض، سفيرات الحزم طالبات الحد الجنوبي، في احتفالية بهيجة في النادي الموسمي الخامس بالرياض.",
         "2015-08-06", ""},
        /* branch evbreadth, sentences of even-numbered SaudiNewsNet articles outside the recall
         * set: a verb form generated from its stem (snn-003044, snn-000828: طلب), a
         * body's name with لـ in its description (snn-005520), a noun with شنتها
         * (snn-004628), a bombing claimed (snn-007570), a meeting held by a subject
         * (snn-004836), a description in the plural (snn-000280, snn-004712), a meeting after
         * بعد (snn-004500), a bombing named by a noun with its place (snn-003086), a country
         * with a feminine verb (snn-004590) */
        {"طلب رئيس الوزراء الهندي نارندرا مودي، أمس، دعم المعارضة لتبني إصلاحات أساسية في البرلمان.",
         "2015-07-22", "appeal occurred نارندرا مودي -"},
        {"وطلب الاتحاد الأوروبي إدراج راديو السيارة على قائمة المنتجات الخالية من الرسوم الجمركية.",
         "2015-07-21", "appeal occurred الاتحاد الأوروبي -"},
        {"استنكرت الأمانة العامة لمنظمة التعاون الإسلامي التصريحات التي أدلى بها نائب رئيس الجهورية العراقية نوري المالكي.",
         "2015-07-23", "criticize occurred الأمانة العامة لمنظمة التعاون -"},
        {"كما قتل 26 شخصا في غارات شنتها طائرات النظام السوري على مدينة منبج بريف حلب الشرقي.",
         "2015-07-22", "fight occurred طائرات النظام السوري ريف"},
        {"أعلن تنظيم داعش أمس الخميس مسؤوليته عن هجوم انتحاري تم تنفيذه بسيارة ملغومة في حي يغلب الشيعة على سكانه ببغداد.",
         "2015-07-24", "assault occurred الدولة الإسلامية بغداد"},
        {"وعقد مدرب الفريق التونسي جميل قاسم اجتماعا مع اللاعبين بين خلاله برنامجه الاعدادي.",
         "2015-07-22", "meet occurred جميل قاسم+اللاعبين -"},
        {"وتتهم الأجهزة المصرية مسلحين من غزة بالدخول للأراضي المصرية عبر الأنفاق.",
         "2015-07-21", "accuse occurred الأجهزة المصرية -"},
        {"إلى ذلك، دعا ناشطون سياسيون ومبدعون تونسيون إلى وقفة مساندة للجزائر، اليوم، أمام سفارة الجزائر في منطقة البحيرة بتونس العاصمة.",
         "2015-07-22", "appeal occurred ناشطون -"},
        {"قال وزير الدفاع الأمريكي اشتون كارتر للصحفيين بعد لقائه بخادم الحرمين الملك سلمان بن عبد العزيز إن من المتوقع أن يزور الملك سلمان الولايات المتحدة في الخريف.",
         "2015-07-22", "meet occurred اشتون كارتر+الملك سلمان بن عبدالعزيز -"},
        {"والى جانب التفجير الذي وقع في بغداد الجديدة، قتل شخصان آخران في هجمات بقنابل في حي الزعفرانية في جنوب بغداد.",
         "2015-07-22", "assault occurred - بغداد"},
        {"ودعت باريس طهران إلى اغتنام الفرصة والمساعدة على إنهاء النزاع في سورية.",
         "2015-07-22", "appeal occurred باريس -"},
        /* … and their negatives: a verb in the masculine present before a country (snn-001420)
         * or a plural of things (snn-000114) is not theirs, a relative after a genitive name
         * with a present verb is the head noun's (snn-007946), قد + present is "may"
         * (snn-002178), a plural in …ات after a masculine verb is the one asked (snn-001760) */
        {"مثل الحد من عدد أجهزة الطرد المركزي أو خفض مخزونها من المواد الانشطارية، ويطالب إيران بـ\"التعاون التام\" مع الوكالة.",
         "2015-07-21", ""},
        {"كما يدعو الدول الأعضاء في الأمم المتحدة إلى العمل على تسهيل تطبيقه.", "2015-07-21", ""},
        {"وأكدت الأمانة العامة لمنظمة التعاون الإسلامي أن تصريحات نوري المالكي تتعارض مع ميثاق منظمة التعاون الإسلامي الذي يدعو إلى تعزيز العلاقات بين الدول الأعضاء.",
         "2015-07-24", ""},
        {"قد يطالب الصندوق أعضاءه بالضمانات فيما لو تعرضت اليونان للإعسار.", "2015-07-21", ""},
        {"وقال موقع دار الخلافة دوت كوم إن القرار أظهر “الضغوط المتزايدة” على المسلمين في تركيا ودعا السلطات إلى رفع الحظر.",
         "2015-07-21", ""},
        /* branch events5, sentences of SaudiNewsNet articles among the first 5,000 (outside the
         * recall set): an appeal in the first person in a quote (snn-000193, snn-004159); a
         * host's guest after the venue and date without a courtesy title (snn-003083, snn-000482);
         * a force named after a noun of fighting (snn-004436, snn-000018, snn-002136, snn-000001:
         * من قبل); استهدف with a force as subject (snn-001251); heads إدارة، عائلة (snn-001856,
         * snn-002666) */
        {"وقال جيمي فولر المؤسس المشارك لمجموعة «فيفا جديد الآن» في مؤتمر صحافي بزيوريخ أمس: «نحن ندعو كوفي أنان للخوض في هذه الفوضى وتولي مسؤولية عملية الإصلاح».",
         "2015-07-21", "appeal occurred جيمي فولر -"},
        {"وقال جون كيربي المتحدث باسم وزارة الخارجية الأمريكية يوم الخميس في تصريح نادر عن هذه القضية \"نحن نتابع التطورات عن كثب.. ونحث السلطات الاسرائيلية بقوة على الامتناع عن تنفيذ أي من عمليات الهدم في القرية\".",
         "2015-07-22", "appeal occurred جون كيربي -"},
        {"استقبل خادم الحرمين الشريفين الملك سلمان بن عبد العزيز، في قصر السلام بجدة اليوم (الأربعاء)، وزير الدفاع الأميركي اشتون كارتر والوفد المرافق له.",
         "2015-07-22", "host occurred الملك سلمان بن عبدالعزيز+اشتون كارتر -"},
        {"استقبل الأمير محمد بن سلمان بن عبد العزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع السعودي في مكتبه بالمعذر أمس، المهنئين من منسوبي وزارة الدفاع من مدنيين وعسكريين الذين بايعوه بمناسبة صدور الأمر الملكي باختياره وليًا لولي العهد وتعيينه نائبًا ثانيًا لرئيس مجلس الوزراء وزيرًا للدفاع.",
         "2015-07-21", "host occurred محمد بن سلمان بن عبدالعزيز+المهنئين -"},
        {"وعلى صعيد آخر، سقط قتلى وجرحى جراء قصف طيران التحالف العربي لمعسكر الحمزة في إب وسط اليمن، أسفر أيضاً عن تدمير مخازن الأسلحة في المعسكر.",
         "2015-07-22", "fight occurred طيران التحالف العربي إب"},
        {"وذكر معارضون سوريون أن المدنيين الذين قتلوا نتيجة قصف القوات الحكومية خلال رمضان بلغوا 1452 سوريًا.",
         "2015-07-21", "fight occurred القوات الحكومية -"},
        {"قُتل وجُرح عشرات من داعش بغارات طائرات التحالف الدولي، والجيش العراقي والقوة الجوية العراقية على مواقع داعش في انحاء العراق، ونفذ التحالف 23 غارة، فيما نفذ طيران الجيش العراقي 30 غارة، إضافة إلى 12 غارة نفذتها طائرات القوة الجوية العراقية، وقتل 16 جنديًا عراقيًا في كمين لداعش في منطقة الطاش جنوب الرمادي.",
         "2015-07-21", "fight occurred طائرات التحالف الدولي - | fight occurred طائرات القوة الجوية العراقية -"},
        {"من جانبه، قال المتحدث الرسمي باسم الحكومة اليمنية راجح بادي، إن حجم الدمار في عدن لم يكن متوقعاً، لا سيما الذي طال البنى التحتية؛ فمطار عدن على سبيل المثال، مدمر بشكل شبه كامل، ومحطات توليد الكهرباء والمنشآت النفطية تعرضت هي الأخرى أكثر من مرة للقصف من قبل الحوثيين، حيث كانوا حينها يريدون الضغط على المقاومة الشعبية من خلال منعها من الحصول على المحروقات.",
         "2015-07-21", ""},   /* shelled «أكثر من مرة»: no one event (habits.c) */
        {"واستهدف الطيران مواقع وتعزيزات عسكرية في الخط الرابط بين محافظتي قعطبة وإب، كما استهدف محطة للمشتقات النفطية تابعة لشخص يدعى صادق سفيان، في منطقة شعور، واستهدف القصف ايضًا موقعا للحوثيين بمنطقة سناح، والملعب الرياضي في قعطبة ،وقرية المعزوب.",
         "2015-07-21", "fight occurred الطيران -"},
        {"دعت إدارة التربية والتعليم بمنطقة الجوف ممثلة بشؤون المعلمين اليوم المرشحين الجدد للوظائف التعليمية للعام الدراسي 1436 / 1437هـ, إلى البدء بتسجيل موعد لإجراء المقابلة الشخصية .",
         "2015-07-21", "appeal occurred إدارة التربية -"},
        {"وناشدت عائلة الضورة مقام خادم الحرمين الشريفين علاج أم نايف وأولادها من السمنة المفرطة والعمى والفشل الكلوي في مركز متخصص داخل البلاد أو خارجها.",
         "2015-07-21", "appeal occurred عائلة الضورة -"},
        /* … and their negatives: an adjective after the noun is no doer (snn-001148), nor a fund
         * attacking in words (snn-003152) */
        {"وقال امام الصحافيين في انقرة «إن العناصر الاولى للتحقيق تكشف ان التفجير ناجم عن اعتداء انتحاري قام به داعش».",
         "2015-07-21", ""},
        {"تلك العملية تعرضت للهجوم من قبل صندوق التمويل النشط الأكثر عدوانية في العالم: (إيليوت أسوشيتس) الذي لاحق الأرجنتين حول ديون غير مسددة لدرجة محاولة الاستيلاء على واحدة من سفنها البحرية.",
         "2015-07-22", ""},
        /* events5: a deed after a verb whose subject stands before it (snn-000053), a force
         * with لـ after a noun of fighting (snn-004614), and not a name with لـ after على: the
         * target's (snn-004436: one event, not a second one of the Houthis; since fix60 the
         * Houthis are its struck side, struck_side.c) */
        {"وقال سكان محليون - حسب وكالة الأنباء الألمانية - إن طيران التحالف شن الاثنين ثلاث غارات جوية على منزل اللواء مهدي مقولة، في مديرية سنحان بصنعاء، أسفرت عن تدمير المنزل وتضرر بعض المنازل المجاورة.",
         "2015-07-21", "fight occurred طيران التحالف -"},
        {"معارك وغارات وفي محافظة شبوة، التي تشهد معارك طاحنة بين المقاومة والمتمردين، قتل 20 متمرداً بينهم قيادي من مليشيات الحوثي في قصف لطيران التحالف لتجمع لهم في منطقة بيحان.",
         "2015-07-22", "fight occurred طيران التحالف -"},
        {"وذكرت مصادرنا أن طيران التحالف شن 5 غارات على تجمعات لمليشيات الحوثي وصالح في معسكر الحمزة بمنطقة ميتم جنوبي مدينة إب.",
         "2015-07-22", "fight occurred طيران التحالف+مليشيات الحوثي -"},
        /* events6, sentences of SaudiNewsNet articles outside the recall set: talks as a
         * journey's purpose (snn-002192); the reception formula past an arrival clause, its
         * guest the visitor of the sentence (snn-000028); and not a reception of a plane or a
         * ship (snn-000574, snn-002994), nor a name in the venue's (بمطار الأمير محمد …,
         * snn-001040: wrong in the judged sample before the venue rule) */
        {"توجهت المستشارة الألمانية أنجيلا ميريكل إلى باريس، أمس الإثنين، لإجراء محادثات مع الرئيس الفرنسي فرانسوا هولاند من أجل رسم الطريق أمام اليونان بعد أن أنهى الناخبون أكثر من خمس سنوات من الصراع على الأزمة برفضهم شروط الدائنين بشأن مساعدات الإنقاذ.",
         "2015-07-21", "meet occurred أنجيلا ميريكل+فرانسوا هولاند -"},
        {"وصل الرئيس رمضان أحمد قاديروف رئيس جمهورية الشيشان إلى جدة، صباح اليوم (الاثنين)، لأداء مناسك العمرة، وكان في استقباله لدى وصوله مطار الملك عبد العزيز الدولي، الأمير سعود بن عبد الله بن منصور بن جلوي وكيل إمارة منطقة مكة المكرمة للشؤون الأمنية.",
         "2015-07-21", "visit occurred رمضان أحمد قاديروف جدة | host occurred سعود بن عبد الله بن منصور بن جلوي+رمضان أحمد قاديروف -"},
        {"وقد وصل الرئيس الشيشاني إلى المدينة المنورة في وقت سابق أمس وكان في استقباله بمطار الأمير محمد بن عبدالعزيز الدولي وكيل إمارة منطقة المدينة المنورة المساعد محمد بن مصطفى سيف، ومدير مكتب المراسم الملكية بالمدينة المنورة مشهور الحميًد وعدد من المسؤولين من مدنيين وعسكريين.",
         "2015-07-21", "visit occurred الرئيس الشيشاني المدينة المنورة"},
        /* an appeal continuing the last speaker, its verb first in its sentence (snn-006227) */
        {"وقال المتحدث الرسمي بقيادة حرس الحدود بالمنطقة الشرقية النقيب عمر بن محمد الأكلبي: تلقت فرق البحث والإنقاذ بقطاع سلوى بلاغا عن تعرض طفل عمره (سنة) للغرق في شاطئ العقير.\nودعا المتنزهين وزوار المنطقة إلى الاهتمام والتقيد بتعليمات حرس الحدود والسباحة في المواقع الآمنة.",
         "2015-07-23", "appeal occurred عمر بن محمد الأكلبي -"},
        {"وكان في استقبال الطائرة وفد من مسؤولي المطار والحكومة برئاسة محمد خان أسكازي، محافظ إقليم بلوشستان.",
         "2015-07-21", ""},
        {"وكان في استقبال السفينة محافظ عدن الجديد نايف صالح البكري وعدد من مسؤولي الإدارة التنفيذية بعدن.",
         "2015-07-22", ""},
        /* events7, sentences of SaudiNewsNet articles outside the recall set: a subject between
         * commas after its title, and a criticism of a ب-noun (snn-015919, snn-001426: with the
         * bombing it names, actor-less at its place); the host of a verbal noun, the
         * sentence's subject and not a king named in between (snn-019095) */
        {"ندد الأمين العام للأمم المتحدة، بان كي مون، بمقتل طفل فلسطيني، عمره 18 شهرا، في هجوم على منزله بالضفة الغربية المحتلة.",
         "2015-08-01", "criticize occurred بان كي مون -"},
        {"ندد الرئيس التركي رجب طيب إردوغان بالهجوم الانتحاري الذي أوقع أمس 30 قتيلا على الأقل و100 جريح في مدينة سوروتش التركية قرب الحدود السورية ووصفه بأنه \"عمل إرهابي\".",
         "2015-07-21", "criticize occurred رجب طيب أردوغان - | assault occurred - سوروتش"},
        {"وثمن الشيخ محمد بن زايد، دور خادم الحرمين الشريفين الملك سلمان بن عبد العزيز، وقيادته هذا التحالف، وذلك خلال استقباله أمس المهندس خالد محفوظ بحاح نائب الرئيس رئيس الحكومة اليمنية، والوفد المرفق له، الذي يزور العاصمة الإماراتية أبوظبي.",
         "2015-08-04", "host occurred محمد بن زايد+خالد محفوظ بحاح -"},
        /* attacks named by a plural noun with their place right after (snn-015133), clashes with
         * a party (snn-020719), strikes carried out (snn-014129) and a campaign begun by a
         * country (snn-026528), an appeal addressed (snn-000506) */
        {"كما زادت المساعدات المالية للبلاد في أعقاب الهجمات الإرهابية الأخيرة في تونس مارس (آذار) ويونيو (حزيران).",
         "2015-08-01", "assault occurred - تونس"},
        {"مقتل 7 عناصر من «بوكو حرام» في مواجهات مع الجيش التشادي.",
         "2015-08-06", "fight occurred الجيش التشادي -"},
        {"وقال المركز الإعلامي للمقاومة إن طيران التحالف نفذ عدة غارات في محافظة حجة الحدودية، ودمر يوم أمس أربعة مواقع عسكرية كان الحوثيون يختبئون فيها.",
         "2015-07-31", "fight occurred طيران التحالف -"},
        {"وتفاقم العنف عندما بدأت تركيا حملة جوية ضد معسكرات حزب العمال الكردستاني في شمال العراق يوم 24 يوليو.",
         "2015-08-09", "fight occurred تركيا+حزب العمال الكردستاني -"},
        {"ووجهت اللجنة مناشدة عبر صفحتها بموقع «فيسبوك» بعدم تعليق الأقفال على الأسوار بطول الممشى لأنها «تفسد متعة المكان».",
         "2015-07-21", "appeal occurred اللجنة -"},
        /* a verb of accusation carrying its object as a pronoun: the subject after it, alone
         * (snn-013392), and not the one accused named before a relative pronoun (snn-029766:
         * the protesters accuse al-Maliki) */
        {"تتهمه السلطات الروسية باختلاس مئات الملايين من الدولارات من بنك ميزبروم بانك، البنك الذي شارك في تأسيسه.",
         "2015-07-31", "accuse occurred السلطات الروسية -"},
        {"عاش الشعب العراقي عقداً ونيفاً تحت ظروف معيشية قاسية، من نقص حاد في توفير الخدمات العامة، ويأس من الوعود المخدرة التي كانت تطلقها الحكومات السابقة مع ارتفاع هائل في نسب الفساد المالي والإداري في فترتي حكم نوري المالكي والذي يتهمه المتظاهرون في جميع محافظات العراق بتبديد وسرقة أكثر من سبعة وعشرين مليار دولار، واحتلال العراق لمرتبة الشرف الأولى في الفساد!",
         "2015-08-11", "accuse occurred المتظاهرون -"},
        /* events8, sentences of SaudiNewsNet articles outside the recall set: ground taken and
         * an advance by an armed force (snn-006692, snn-009634), a reception's "him" the one
         * person named before it (snn-016154), fire by gunmen (snn-007072), وحث with its و
         * (snn-004373), a threat to do something (snn-015802), a signing named by its noun
         * (snn-026634), attacks named by their place (snn-029487) */
        {"سيطرت قوات المقاومة الشعبية، الاثنين، على منطقة التواهي الاستراتيجية في مدينة عدن، آخر المناطق التي كان تحت سيطرة المتمردين في المدينة الواقعة جنوبي اليمن، حسب الناطق الرسمي باسم مجلس قيادة المقاومة الشعبية الجنوبية علي الأحمدي.",
         "2015-07-24", "fight occurred قوات المقاومة الشعبية -"},
        {"تقدمت قوات الحكومية العراقية نحو محافظة الأنبار من محور الثرثار، في وقت التقى وزير الدفاع الاميركي مع رئيس اقليم كردستان لبحث محاربة تنظيم داعش.",
         "2015-07-25", "fight occurred قوات الحكومية العراقية -"},
        {"اكتمل عقد الرباعي الأجنبي لنادي الخليج بوصول المهاجم العراقي مروان حسين إلى سيهات، حيث كان في استقباله رئيس النادي فوزي الباشا ووكيل أعماله علي الرماح ومندوب اتحاد الكرة العراقية في المملكة محمد إبراهيم، وسوف يخضع مروان إلى برنامج تدريبي خاص تحت إشراف التونسي شكري الزعلاني ريثما ينضم إلى زملائه المحترفين الأجانب، حيث واصل الثلاثي الزواهرة وسيلا وبوبا برنامجهم التدريبي بإشراف الزعلاني وذلك على فترتين صباحية ومسائية، حيث شهدت الفترة الصباحية التركيز على التدريب اللياقي في أحد الأندية الصحية وذلك من خلال أجهزة الدراجات الثابتة وأجهزة الأوزان لتقوية العضلات، ثم أجرى الثلاثي تدريبات لياقية متنوعة في ملعب نادي الخليج، واختتم التدريب بتطبيق بعض الجمل التكتيكية ومنها إنهاء الكرة العرضية بالتسديد المركز في المرمى الأصغر.",
         "2015-08-01", "host occurred فوزي الباشا+مروان حسين -"},
        {"وذكرت مصادر لوكالة «الأناضول» أن الشرطيين «تانسو آيدن»، و«علي كارهان» تعرضا لإطلاق نار من قبل مسلحين مجهولين، بينما كانا في طريقيهما نحو حي «شهيدليك» في الولاية، لتلقيهما بلاغا بوقوع حادث مروري في المنطقة.",
         "2015-07-24", "assault occurred مسلحين -"},
        {"وحث كاميرون الشبان على عدم الانسياق وراء الفكر المتطرف.",
         "2015-07-22", "appeal occurred ديفيد كاميرون -"},
        {"هددت الفنانة التونسية هند صبري بمقاضاة كل من اتهمها بالحصول على ملايين الجنيهات، نظير ظهورها في إعلانات ترويجية لبعض الجمعيات الخيرية.",
         "2015-08-01", "threaten occurred هند صبري -"},
        {"أكدت لـ\"الاقتصادية\"، مصادر مطلعة، توقيع اتفاقية بين السعودية ومالطا، تتضمن دعوة مجلس الغرف التجارية في السعودية، مالطا إلى تأسيس مجلس أعمال سعودي مالطي مشترك يسهم في تنمية العلاقات التجارية بين البلدين، والنظر في إمكانية بدء التفاوض حول إبرام اتفاقية تشجيع وحماية الاستثمار بين البلدين.",
         "2015-08-09", "sign occurred السعودية+مالطا -"},
        {"وأكد غني الذي كان باشر تقاربًا مع إسلام آباد في محاولة لإنهاء النزاع مع متمردي طالبان، في مؤتمر صحافي أن هجمات كابل تثبت أن باكستان لا تزال تؤوي «معسكرات لتدريب الانتحاريين وأماكن لصنع القنابل».",
         "2015-08-11", "assault occurred - كابل"},
        /* … and none: the verbal noun of expelling (snn-025893), a racing driver's سيطر
         * (snn-008609), a company's تقدمت بطلب (snn-003050), the ones urged after وحث
         * (snn-014649), a present يهدد, "endangers" (snn-020519) */
        {"لم تجد ميليشيات التمرد الحوثي وفلول الرئيس المخلوع علي عبدالله صالح في مدينتي زنجبار وشقرة بدا من الهرب في وجه عناصر المقاومة الشعبية التي واصلت الاحتشاد، توطئة لاقتحام المدينتين وتطهيرهما من العناصر المتمردة، بعد أن تلقت تعزيزات ضخمة تشمل دبابات وأسلحة ثقيلة ومقاتلين، وذلك لطرد الحوثيين وحلفائهم من آخر مواقعهم المتبقية في الجنوب.",
         "2015-08-08", ""},
        {"وكان ريندت قد سيطر على موسم سباق «فورميولا 2» عام 1967 بالسيارة البريطانية «برامبام بي تي 23» قبل أن يتحول إلى سباق «فورميولا 1».",
         "2015-07-25", ""},
        {"ونظرا لعبء الديون الذي أثقل كاهل شركة «إيه أند بي»، وما عانته من تعثر، تقدمت الشركة ومالكها بطلب إشهار إفلاس بين عشية وضحاها، وتعد هذه هي المرة الثانية التي تشهر فيها إفلاسها على مدى خمس سنوات، وآخر ضربة منيت بها الشركة التي كانت عملاقة يوما ما، والتي باتت مهددة بالانقراض مثل حيوان الماموث على ما يبدو.",
         "2015-07-22", ""},
        {"وحث مديري الجامعات على سرعة إنجاز إجراءات القبول والتسجيل في الجامعات خلال الفترة المحددة.",
         "2015-07-31", ""},
        {"ويأتي ذلك غداة تحذير دول «آسيان» من أنّ ذلك يهدد الأمن والسلم في المنطقة.",
         "2015-08-06", ""},
        /* … and nouns that name no event: a criticism's manner (بغضب, snn-020394), attacks whose
         * place is far off, another matter's (snn-008799), football's attacks and attack line
         * (snn-027825, snn-000188, snn-000798) */
        {"واستنكر رونالدو بغضب على سؤال لأحد الصحافيين حول ما يفكر بشأن فضيحة الفساد في الاتحاد الدولي لكرة القدم (الفيفا) قائلًا: لا يهمني الفيفا وكذلك قطر.",
         "2015-08-06", ""},
        {"وأكد المصدر في وزارة الداخلية الطاجيكستانية أن الهجمات الإرهابية كانت تهدف إلى زعزعة الوضع السياسي في طاجيكستان وتخويف المواطنين.",
         "2015-07-25", ""},
        {"وشن آرسنال هجمة أخرى خطيرة وسريعة في الدقيقة 55 ومرر أوزيل الكرة من الناحية اليسرى لتصل في وسط المنطقة إلى جيرو الذي استدار وسددها قوية ولكن بجوار المرمى مباشرة على يمين كاستيو.",
         "2015-08-10", ""},
        {"ويملك كل من الفريقين أسلحة هجومية قوية يمكنها قلب نتيجة المباراة في أي لحظة حيث عاد المهاجم الشاب عمرو جمال (الغزال) إلى هجوم الأهلي بعد تعافيه من الإصابة التي أبعدته عن الفريق لشهور طويلة.",
         "2015-07-21", ""},
        {"أكد أحمد الراشد رئيس نادي الفتح، أن فريقه الأول لكرة القدم اقترب من ضم لاعب أجنبي يشغل خانة خط الهجوم، رافضاً الإفصاح عن هويته أو جنسيته.",
         "2015-07-21", ""},
    };
    /* Known wrong with the recogniser of data 2026.12-7 (docs/NER.md, "In-domain training
     * data"): the right events, printed when still not given (not asserted, as
     * events_snn.tsv's known-wrong rows). snn-027502: وشتاينماير is no longer a name;
     * a description before the verb is its subject, the name after it the object (not
     * read so: ميليشيات الحوثي is taken for the subject). */
    static const char *const known[][3] = {
        {"وعلمت «عكاظ» من مصادرها بالخارجية الألمانية أن لقاء الجبير وشتاينماير يأتي في ضوء الحراك السعودي.",
         "2015-08-09", "meet occurred عادل الجبير+شتاينماير -"},
        {"وفي جبهة الضالع، قالت مصادر في المقاومة الشعبية إن دبابات المقاومة الشعبية الجنوبية في الضالع قصفت ميليشيات الحوثي والمخلوع صالح.",
         "2015-08-03", ""},
    };
    char got[1024];
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        sentence_events(e, d, cases[i][0], cases[i][1], got, sizeof got);
        CHECKF(strcmp(got, cases[i][2]) == 0, "%s\n  want: %s\n  got:  %s", cases[i][0], cases[i][2], got);
    }
    for (size_t i = 0; i < sizeof known / sizeof *known; i++) {
        sentence_events(e, d, known[i][0], known[i][1], got, sizeof got);
        if (strcmp(got, known[i][2]) != 0)
            printf("  known wrong: %s\n    right: %s\n    given: %s\n", known[i][0], known[i][2], got);
    }
    analyse(e, d, cases[9][0], cases[9][1]);   /* بان كي مون */
    {
        size_t n;
        const rasd_event *ev = rasd_doc_events(d, &n);
        CHECKF(n == 1 && strcmp(ev[0].date, "2015-08-01") == 0 && !ev[0].dated,
               "the appeal dated %s", n ? ev[0].date : "-");
    }
}

/* Checks each case {sentence, publication day, want} on engine e: the sentence's events as
 * sentence_events writes them equal want; a want starting with '!' names a kind that must
 * not be given (the sentence's other events are not asserted). */
static void check_cases(const rasd_engine *e, rasd_doc *d, const char *const (*cases)[3],
                        size_t n)
{
    char got[1024];
    for (size_t i = 0; i < n; i++) {
        sentence_events(e, d, cases[i][0], cases[i][1], got, sizeof got);
        if (cases[i][2][0] == '!')
            CHECKF(strstr(got, cases[i][2] + 1) == NULL, "%s\n  not: %s\n  got: %s", cases[i][0],
                   cases[i][2] + 1, got);
        else
            CHECKF(strcmp(got, cases[i][2]) == 0, "%s\n  want: %s\n  got:  %s", cases[i][0],
                   cases[i][2], got);
    }
}

/* Stop 29: words that are no trigger whatever their proclitics make of them (data/events.tsv
 * "tnot"): وفاتهم, "their death", was read as و + ف + اتهم, an accusation of the default's
 * trigger kinds, and فاتهم ("missed them") as ف + اتهم; sentences of SaudiNewsNet articles
 * outside the recall set. The first would give an accusation without the word list. */
static void test_tnot(const rasd_engine *e, rasd_doc *d)
{
    static const char *const cases[][3] = {
        /* snn-020470 */
        {"وكان ثلاثة من أسرة بن لادن لقوا مصرعهم قبل أيام أثناء هبوط طائرتهم الخاصة بأحد المعارض في بريطانيا؛ ما أسفر عن وفاتهم بالإضافة إلى قائد الطائرة الأردني، فيما لا تزال الشرطة البريطانية تبحث في ملابسات الحادث لإعلان نتائج التحقيقات.",
         "2015-08-06", "!accuse"},
        /* snn-016565 */
        {"وكان القصف والاشتباكات والتعذيب حتى الموت داخل سجون نظام الأسد من أبرز الأسباب التي أدت إلى وفاتهم يضاف إلى ذلك الحصار المشدد الذي يفرضه الجيش النظامي والمليشيات المسلحة التابعة له والذي راح ضحيته 177 لاجئا قضوا بسبب نقص التغذية والرعاية الطبية.",
         "2015-08-02", "!accuse"},
    };
    check_cases(e, d, cases, sizeof cases / sizeof *cases);
}

/* An engine with every kind of the trigger-first layer on (by default only those of
 * data/events.tsv "tdefault"); the caller closes it. */
static rasd_engine *layer_engine(void)
{
    return mode_engine(RASD_TRIGGERS_ALL);
}

/* events9: the trigger-first layer (src/events/triggers.c) on sentences of SaudiNewsNet articles
 * outside the recall set: forms the rules do not read, and the guards (a refusal, a court's
 * conviction; football's attacks are test_forms' negatives, which the layer's "tsense" keeps
 * out). Sentences 1 to 8 were drawn in the judged sample of docs/EVENTS.md "Events:
 * trigger-first" (seed 927); the guards' sentences were searched for their word. */
static void test_triggers(rasd_doc *d)
{
    rasd_engine *e = layer_engine();
    static const char *const cases[][3] = {
        /* snn-011731 (2015-07-21): a verb in the plural, its subject before it (أن المتمردين الحوثيين قصفوا) */
        {"وأفاد مواطنون أن المتمردين الحوثيين قصفوا أحياء سكنية على مشارف دار سعد مما أوقع ضحايا بين المدنيين.",
         "2015-07-21", "fight occurred جماعة الحوثي -"},
        /* snn-022857 (2015-08-08): a noun of visit after قام, its doer the name before it */
        {"قام مدير ادارة النشاط الطلابي بإدارة تعليم المنطقة الشرقية خالد العسكر مؤخرًا بزيارة نادي الخفجي الموسمي المقام في مدرسة الخالدية الثانوية، حيث اطلع على خطة النادي وتقرير البرامج والأنشطة التي نظمتها إدارة النادي خلال الفترة الماضية.",
         "2015-08-08", "visit occurred خالد العسكر مدرسة الخالدية الثانوية"},
        /* snn-018316 (2015-07-21): تم الاتفاق: an agreement in the passive, nobody named */
        {"وكان شكري استهل المؤتمر الصحفي بإبراز نقاط الاتفاق مع الجانب الامريكي في عدة قضايا ابرزها ضرورة مضاعفة الجهود لمكافحة التنظيمات الارهابية لما تمثله من خطر على المنطقة، وأضاف أنه تم الاتفاق على اهمية استئناف المفاوضات بين الجانبين الفلسطيني والاسرائيلي وصولاً الى سلام شامل ودائم في اطار المبادرة العربية للسلام.",
         "2015-07-21", "agree occurred - -"},
        /* snn-024987 (2015-08-08): a signing by its verbal noun with ب (a player's contract) */
        {"من جهة أخرى، نجح نادي القادسية بالتوقيع مع حارس النصر السابق علي السيهاتي (18 عاما) لتدعيم فئة الشباب في الموسم المقبل.",
         "2015-08-08", "sign occurred نادي القادسية -"},
        /* snn-007744 (2015-07-21): a reception whose guests are a description */
        {"استقبل صاحب السمو الملكي الأمير فيصل بن بندر بن عبدالعزيز أمير منطقة الرياض في مكتب سموه بقصر الحكم أمس محافظي المنطقة الذين قدموا للسلام على سموه وتهنئته بعيد الفطر المبارك.",
         "2015-07-21", "host occurred فيصل بن بندر بن عبدالعزيز -"},
        /* snn-019063 (2015-07-21): an attack named by its noun after إثر (a word of "support"),
         * its doer after هجوم نفذته (events25: the noun, then نفذ with its pronoun, as شن) */
        {"وكانت باكستان جمدت تنفيذ أحكام الإعدام في 2008، لكنها رفعت هذا التجميد جزئيا إثر هجوم نفذته حركة طالبان على مدرسة في بيشاور (شمال غرب) وأوقع 154 قتيلا في 16 ديسمبر الماضي، ثم عادت ورفعته بالكامل في مارس.",
         "2015-07-21", "assault occurred طالبان بيشاور"},
        /* snn-009989 (2015-07-21): a visit named by its noun, its visitor the name after it;
         * and (meet51) the visit قام X بزيارة with its place named right after the noun */
        {"وأضاف الشبكشي أن عشية زيارة وزير خارجية إيران “ظريف” قام الجبير بزيارة قطر بشكل مفاجئ.",
         "2015-07-21", "visit occurred ظريف - | visit occurred عادل الجبير قطر"},
        /* snn-012298 (2015-07-21): a threat whose subject is a description (قيادات حوثية) */
        {"وقال اليافعي إن مؤسسة المياه في عدن تلقت معلومات مؤكدة بأن قيادات حوثية بارزة هددت بإغلاق آبار المياه التي تغذي مدينة عدن بالكامل.",
         "2015-07-21", "threaten occurred - -"},
        /* snn-013367 (2015-07-21): guard: a refusal before the noun (رفضهم التوقيع): nothing was signed */
        {"وقاموا باختطاف عدد من المواطنين بعد رفضهم التوقيع على وثائق تضمن لهم البقاء في المنطقة آمنين تحت سلطة الحوثيين، بحسب مصادر.",
         "2015-07-21", ""},
        /* snn-027682 (2015-08-08): guard: a refusal in the clause before it (رفضت القنصلية … توقيع) */
        {"رفضت القنصلية الإندونيسية بجدة توقيع عقود تأشيرات العمالة النسائية ، وخاصة عاملات المشاغل، والمرسلة من مكاتب الاستقدام بجاكرتا.",
         "2015-08-08", ""},
        /* snn-013214 (2015-07-31): guard: إدانة in a court's ruling is a conviction ("tsense" 3) */
        {"في كينيا، أدت إدانة المحكمة الجنائية الدولية للرئيس كينياتا عام 2012 إلى «فتور هائل» في العلاقات الثنائية، حسبما أوضح السفير الأميركي السابق سكوت غريشن، الذي يتولى حاليًا مؤسسة تجارية تتعاون مع مستثمرين في كينيا.",
         "2015-07-31", ""},
        /* snn-019257 (2015-08-04): guard: إدانة in a court's ruling is a conviction ("tsense" 3) */
        {"إلى ذلك أصدرت المحكمة الجزائية المتخصصة في جدة حكماً ابتدائياً يقضي بإدانة متهم سعودي- كان يعمل عسكريا- وسجنه لمدة تسع سنوات لانضمامه لتنظيم داعش الإرهابي وسفره إلى سورية للقتال.",
         "2015-08-04", ""},
        /* snn-026663 (2015-08-09): guard (events12): الأمر الذي دعا is "which led to", no appeal ("tguard" 4) */
        {"وكانت الفترة الأولى قد وصل عدد الذين يحق لهم الانتخابات 4200 شخص ليرتفع عددهم في الإعادة إلى أكثر من عشرة آلاف ناخب، الأمر الذي دعا الدوسري إلى تقديم شكوى إلى مؤسسة النقد ورعاية الشباب بالتشكيك في وجود تلاعب في دفع الرسوم، بينما فضلت مجموعة الاتفاق الجديد التي يقودها الدبل الصمت حيال ذلك.",
         "2015-08-09", ""},
        /* snn-023741 (2015-08-07): guard (events12): وهو ما دعا, the same ("tguard" 4) */
        {"هناك أيضًا من يخالف نظام إيقاف العربات في الأماكن المخصص لها رغم تحرير المخالفات لهم في كل مرة، وهو ما دعا بلدية لندن هذا العام إلى إصدار قانون جديد لفرض غرامات واعتبار مخالفة قوانين المرور بمثابة تهمة جنائية.",
         "2015-08-07", ""},
        /* snn-028791 (2015-08-10): guard (events12): the killed after مقتل are fighters ("tguard" 5): deaths in combat, no assault */
        {"من جانبها أعلنت خلية الإعلام الحربي العراقية في بيان عن مقتل 49 مسلحا من تنظيم / داعش /، بقصف جوي استهدف أوكارهم في منطقه مكيشيفة شمال مدينة سامراء في محافظة صلاح الدين .",
         "2015-08-10", ""},
        /* snn-013712 (2015-07-31): guard (events12): a newspaper meets the public ("tguard" 8): no meeting of two parties */
        {"( الجزيرة ) التقت عدداً من أهالي الحي الذين بدورهم عبّروا عن شكرهم لرئيس البلدية الحالي, وكذلك رئيس وأعضاء المجلس البلدي على جهودهم المبذولة لخدمة المواطن وفق الأنظمة والتعليمات والإمكانات, فيما علّقوا آمالهم بالبلدية في تسريع تنفيذ الجسر الخرساني فوق مجرى وادي الدوادمي الكبير الذي أقرّه المجلس قبل فترة طويلة، وذلك لخطورته وكثرة مرتاديه يومياً، حيث سبق وأن جرف مركبات توفّي مستقلّوها غرقاً, وكذلك تنفيذ الدوّار الذي يخدم ذلك الحي على امتداد طريق الملك فيصل تفاديا لحوادث السير المتكررة أمام الحركة المرورية الكثيفة التي يشهدها ذلك الطريق الحيوي.",
         "2015-07-31", ""},
        /* snn-005966 (2015-07-23): guard (events12): a web address in the sentence: a website's visit */
        {"ولمعرفة الشروط والإطلاع على متطلبات ومواقع التصحيح في المملكة زيارة موقع المديرية العامة للجوازات www.gdp.gov.sa .",
         "2015-07-23", ""},
        /* snn-018697 (2015-08-03): guard (events12): a demonstrative before the noun ("tguard" 6): the clashes told before */
        {"وسقط عشرات القتلى والجرحى من الحوثيين والقوات الموالية للرئيس السابق علي صالح خلال تلك المواجهات ولا تزال جثثهم منتشرة بداخل القاعدة،حسبما أفاد المصدر.",
         "2015-08-03", ""},
        /* snn-025249 (2015-08-08): guard (events12): بعد هذا التفجير, the bombing told before ("tguard" 6) */
        {"بدوره، أوضح مدير عام تعليم جدة عبد الله بن أحمد الثقفي, أن الحقائق تتجلى بعد هذا التفجير الإرهابي الآثم، وتنكشف الأقنعة التي طالما استخدمها المجرمون للتغرير بأبناء المسلمين، وبانت النوايا والأهداف الرامية إلى زعزعة أمن هذه البلاد، التي دأب شعبها وقيادتها على التأكيد على أن ديدنهم تبادل الحب والولاء، بما يضمن الأمن والأمان والرخاء والاستقرار والرفاهة، مقدما التعازي باسمه ونيابة عن منسوبي تعليم جدة، للوطن وذوي الشهداء الذين نسأل الله تعالى أن يتغمدهم بواسع رحمته، وأن يسبغ الصحة على المصابين.",
         "2015-08-08", ""},
        /* snn-015120 (2015-08-01): guard (events12): a settlement's word before the noun ("tguard" 7): قرية الزيارة is a place */
        {"في سياق متصل، أحبطت فصائل المعارضة محاولة تقدم نفذتها القوات النظامية باتجاه قرية الزيادية في ريف إدلب الغربي، من محور قرية الزيارة بريف حماه الغربي، كما أفاد ناشطون.",
         "2015-08-01", ""},
        /* snn-025002 (2015-08-07): guard (events12): purpose (بهدف, "tguard" 1): an aim, no appeal made */
        {"أطلق مجلس شباب منطقة الجوف أمس، ممثلا باللجنة الصحية برنامجه الصحي «بقطرة دم تنقذ حياة» في جميع محافظات ومدن منطقة الجوف، بهدف حث أفراد المجتمع على التبرع بالدم لصالح المستشفيات.",
         "2015-08-07", ""},
        /* snn-013936 (2015-07-31): guard (events12): purpose (للقيام ب, "tguard" 1): visits meant, not made */
        {"كما استقبلت إدارة نشاط الطلاب في تعليم الأحساء فريق المبادرة الوزارية \"سفراء الحزم\"، وذلك للقيام بزيارات وجولات على الأندية الموسمية بالأحساء والتي تستمر حتى يوم الخميس القادم، وذلك بمتابعة ورعاية من المدير العام للتعليم بالأحساء احمد بن محمد بالغنيم، وسوف يحظى وفد الطلاب بزيارات لعدد من معالم محافظة الأحساء ومنها جبل القارة، ومشروع الرمال، وسوق القيصرية، والمدرسة الأميرية، ومتحف خالد الحمل والقرية الشعبية، بالإضافة إلى عدد من الأندية الموسمية وأندية الحي، ويتكون الوفد من مشرف عايض علي احمد عسيري وثلاثة طلاب من أبناء جنودنا البواسل المرابطين على الحدود الجنوبية.",
         "2015-07-31", ""},
    };
    check_cases(e, d, cases, sizeof cases / sizeof *cases);
    rasd_engine_close(e);
}

/* events11: the layer's recall forms on sentences of SaudiNewsNet articles outside the recall
 * set (found by their words over the corpus, docs/EVENTS.md "Events: unseen5 opened"): a call
 * received and what the caller expresses in it, attack nouns anchored by a relative clause,
 * fight nouns that need their place, a killing's noun, talks; and their negatives. */
static void test_triggers11(rasd_doc *d)
{
    rasd_engine *e = layer_engine();
    static const char *const cases[][3] = {
        /* snn-020503 (2015-08-06): a call received, the receiver's titles long; the caller's
         * condemnation in it, and the bombing named with a relative clause (الذي استهدف); its
         * place عسير since assault54 (the rules' للتفجير الإرهابي, assault 13 after لـ) */
        {"تلقى نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز اتصالاً هاتفياً اليوم من الملك محمد السادس ملك المملكة المغربية الشقيقة أعرب خلاله عن إدانته للتفجير الإرهابي الذي استهدف اليوم مسجد قوات الطوارئ بمنطقة عسير.",
         "2015-08-06", "meet occurred محمد بن نايف بن عبدالعزيز+محمد السادس - | criticize occurred محمد السادس - | assault occurred - عسير"},
        /* snn-023595 (2015-08-07): the same, its receiver and caller named, الذي وقع */
        {"تلقى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود حفظه الله اتصالا هاتفيا اليوم من الملك حمد بن عيسى آل خليفة ملك مملكة البحرين أعرب فيه عن استنكاره للاعتداء الآثم الذي وقع في مسجد قوات الطوارئ بمنطقة عسير.",
         "2015-08-07", "meet occurred الملك سلمان بن عبدالعزيز+حمد بن عيسى آل خليفة - | criticize occurred حمد بن عيسى آل خليفة عسير | assault occurred - عسير"},
        /* snn-009892 (2015-07-25): a family receives a call of condolence */
        {"كما تلقت الأسرة اتصالا هاتفيا من رئيس مجلس الشورى الدكتور عبدالله بن محمد آل الشيخ، عبر خلاله عن خالص التعازي، داعيا الله أن يتغمده بواسع رحمته.",
         "2015-07-25", "meet occurred عبدالله بن محمد آل الشيخ -"},
        /* snn-014726 (2015-07-31): a battle named by its place */
        {"بالمقابل، وفي خطوة لافتة، قرر الجيش الحر وثوار الزبداني توسيع معركة الزبداني عبر نقلها إلى داخل العاصمة دمشق.",
         "2015-07-31", "fight occurred - الزبداني"},
        /* snn-029890 (2015-08-11): an ambush with its place */
        {"قالت وزارة الداخلية التونسية أمس: إن قواتها الخاصة قتلت إرهابيًا مسلحًا وأصابت آخرين في كمين نصبته لمجموعة مسلحة بجبل سمامة بمحافظة القصرين قرب الحدود مع الجزائر مساء أمس الأحد.",
         "2015-08-11", "fight occurred - جبل سمامة"},
        /* snn-029485 (2015-08-11): the liberation operation of a place */
        {"وأكدت المصادر أن طائرات «الأباتشي» التي قدمتها دول التحالف، شاركت في عملية تحرير لودر.",
         "2015-08-11", "fight occurred - لودر"},
        /* snn-003785 (2015-07-22): a killing named جريمة قتل */
        {"أدى شجار على بيتزا إلى جريمة قتل في مدينة كولونيا الألمانية، حيث بدأت أمس الثلاثاء محاكمة المتهم بارتكاب الجريمة.",
         "2015-07-22", "assault occurred - -"},
        /* snn-027139 (2015-08-09): talks named by their noun after عقب, a relative clause */
        {"عقد وزير الخارجية عادل الجبير، ووزير الخارجية الإيطالي باولو جينتيلوني مؤتمرًا صحافيًا مشتركًا عقب المباحثات التي جرت بينهما أول من أمس في العاصمة الإيطالية روما.",
         "2015-08-09", "meet occurred - -"},
        /* snn-016323 (2015-08-01): those who condemn an attack named with ب are not its doers */
        {"ونددت الولايات المتحدة والاتحاد الأوروبي الجمعة، بالهجوم الذي أدى إلى مقتل طفل فلسطيني حرقاً.",
         "2015-08-01", "criticize occurred الولايات المتحدة - | assault occurred - -"},
        /* snn-012210 (2015-07-27): negative: a battle in Congress, with no place of a fight */
        {"وبعد معركة صعبة في الكونغرس، حصل اوباما في اواخر يونيو على السلطات التي تخوله تسريع التفاوض بعد معارضة من قبل الديموقراطيين.",
         "2015-07-27", ""},
        /* snn-006232 (2015-07-23): negative: a police ambush to arrest two dealers, no place */
        {"وبعد التأكد من صحة المعلومات تم إعداد كمين أمني لهما أسفر عن ضبطهما، وحاول أحد المتهمين الهرب من الموقع خلال تواجد الدوريات الأمنية جوار منزله.",
         "2015-07-23", ""},
    };
    check_cases(e, d, cases, sizeof cases / sizeof *cases);
    rasd_engine_close(e);
}

/* events13: the layer's guards for generic and hypothetical mentions and other senses
 * (docs/EVENTS.md "Events: generic mentions and senses"), on sentences of SaudiNewsNet
 * articles outside the recall set; each gave the guarded event with main 5f833a3's build and
 * data. A want starting with '!' names a kind that must not be given (the sentence's other
 * events are not asserted). */
static void test_triggers13(rasd_doc *d)
{
    rasd_engine *e = layer_engine();
    static const char *const cases[][3] = {
        /* snn-000255 (2015-07-21): hypothetical: لو before the verb, three words back (tguard 10) */
        {"ولذا قال بن ليندسي، 27 عاما، خريج جامعة أوكلاهوما المسيحية ومدين بديون طلابية تقدر بنحو مائة ألف دولار، إنه يتمني لو أن الكلية طالبت كل الطلاب المستجدين بالحصول على دورة أساسية في السنة الأولى بالكلية تؤهلهم لإدارة القروض التي تحصلوا عليها خلال فترة الدراسة.",
         "2015-07-21", ""},
        /* snn-017782 (2015-08-03): hypothetical: كلما دعت الحاجة (tguard 10) */
        {"وأكد كيري في المؤتمر الصحافي الختامي أنه أجرى محادثات اتسمت بالصراحة الشديدة مع المسؤولين المصريين في مختلف المحاور، وهو ما أكده شكري بدوره قائلا إن الحوار المصري - الأميركي جرى في أجواء إيجابية عكست طبيعة العلاقات الاستراتيجية والسعي إلى تعزيزها على أساس الاحترام المتبادل، وذلك من خلال آلية الحوار الذي سيعقد كل عامين أو كلما دعت الحاجة والتطورات إلى ذلك.",
         "2015-08-03", "!appeal"},
        /* snn-021272 (2015-08-06): a kind of people: المعتمرين الذين زاروا (tguard 11) */
        {"بلغ عدد المعتمرين الذين زاروا المملكة خلال موسم العمرة وحتى نهاية شهر رمضان المبارك نحو خمسة ملايين و 949 ألف زائر، فيما كان العدد الأكبر للزائرين من جمهورية مصر وباكستان.",
         "2015-08-06", ""},
        /* snn-027058 (2015-08-09): a kind of people: العراقيين الذين قصفت مدنهم (tguard 11) */
        {"كشف الشيخ رافع الرفاعي مفتي الديار العراقية ل\"الرياض\" بأن حال محافظة الانبار من سيئ إلى أسوأ وكل هذا بسبب سياسة التهميش الطائفي التي انتهجتها الحكومات العراقية المتعاقبة، وأكد أن هذه الحكومات تتشكل بمباركة ولاية الفقيه في إيران، وكل هذه النتائج المترتبة مخطط لها من دولة ولاية الفقيه لتدمير المكون السني في العراق، الأمر الذي نتج عنه تهجير العراقيين الذين قصفت مدنهم، مستهدفين بذلك السنّة.",
         "2015-08-09", ""},
        /* snn-021178 (2015-08-06): an injunction: دعا إليها الإسلام (tguard 12) */
        {"ولكن ومع كل الأسف أن هناك في عالمنا الاسلامي بعض من تعمد تعطيل العقول مع إدراكهم أن في ذلك معارضه صريحة للأصول العلمية والموضوعية التي دعا إليها الإسلام.",
         "2015-08-06", ""},
        /* snn-011210 (2015-07-26): a beast: لهجوم من سمكة قرش (tguard 13) */
        {"لقي غواص حتفه إثر تعرضه لهجوم من سمكة قرش قبالة الساحل الشرقي لجزيرة تسمانيا الأسترالية أمس فيما يعد أول هجوم مميت خلال سنوات، حسبما ذكر تقرير.",
         "2015-07-26", ""},
        /* snn-012592 (2015-07-27): a verb inside a name the recogniser tagged (the actress زارا البلوشي) */
        {"وزارت المهرجان الفنانة القديرة ليلى سلمان التي تفاعل معها الحضور منذ انطلاقة البرنامج مشاركة في العديد من الفعاليات، والفنانة زارا البلوشي (نجمة مسلسل سلفي)، حيث أكدتا خلال زيارتهما أن المهرجان فريد من نوعه في احتواء المواهب وتنمية قدرات الفتيات الذي فاق توقعات البرامج والمهرجانات المعتادة، لاسيما وأنه يقدم تعليما مقننا عن طريق الترفيه.",
         "2015-07-27", ""},
        /* snn-010436 (2015-07-26): a match: القرعة (tsense 1) */
        {"وأسفرت القرعة عن مواجهات سهلة لعرب إفريقيا باستثناء المغرب الساعي إلى بلوغ العرس العالمي للمرة الأولى منذ عام 1998 والسودان الطامحة إلى تواجدها الأول في النهائيات، اللذين سيلتقيان على التوالي في الدور الثاني مع غينيا الاستوائية رابعة النسخة القارية الأخيرة على أرضها مطلع العام الحالي، وزامبيا بطلة القارة السمراء قبل 3 أعوام.",
         "2015-07-26", ""},
        /* snn-016894 (2015-08-02): the public: التقى بالمستفيدين (tguard 8) */
        {"والتقى اللواء الحويفي بالمستفيدين من الأشقاء اليمنيين، والذين قدموا شكرهم للمديرية العامة للجوازات لما تقدمه من تسهيلات لإنهاء إجراءاتهم.",
         "2015-08-02", ""},
        /* snn-003404 (2015-07-22): the public seven words on: التقى … عدداً من المرضى (tguard 8); his visit stays */
        {"وقد التقى الدكتور الشايع خلال زيارته عدداً من المرضى، واطمأن على البرامج العلاجية المقدمة لهم.",
         "2015-07-22", "!meet"},
        /* snn-017825 (2015-08-03): an appeal's content: السياح إلى زيارة (tguard 18); the appeal stays */
        {"ودعا وزير السياحة والآثار الأردني نايف الفايز السياح إلى زيارة المهرجانات والأماكن السياحية المغلقة التي تقام حاليا في الأردن خلال الموجة الحارة في المملكة.",
         "2015-08-03", "!visit"},
        /* snn-019912 (2015-08-04): an attack on the army is a fight (tguard 14, after ضد) */
        {"وسقط القتلى وسط تزايد هجمات حزب العمال الكردستاني ضد الجيش وشن سلاح الجو التركي ضربات جوية على أهداف للحزب في شمال العراق.",
         "2015-08-04", "fight occurred حزب العمال الكردستاني -"},
    };
    check_cases(e, d, cases, sizeof cases / sizeof *cases);
    rasd_engine_close(e);
}

/* events15 (docs/EVENTS.md "Events: unseen6 opened, and the layer's actors"): a noun's actor is
 * the subject of its support verb (support 3), a person's شن هجوما is words, and a signing verb
 * with its agreement noun as object; sentences of SaudiNewsNet articles outside the recall set,
 * drawn in the judged samples of the changes (seed 8181). */
static void test_triggers15(rasd_doc *d)
{
    rasd_engine *e = layer_engine();
    static const char *const cases[][3] = {
        /* snn-011574 (2015-07-27): تبنى … هجوما: the group that claimed it did it */
        {"تبنى حزب العمال الكردستاني أمس هجوما بسيارة مفخخة أدى أول من أمس إلى مقتل جنديين تركيين على الأقل في محافظة ديار بكر ذات الغالبية الكردية جنوب شرقي تركيا.",
         "2015-07-27", "assault occurred حزب العمال الكردستاني -"},
        /* snn-022072 (2015-08-06): شن … غارات: the air force's strikes (its place fronted:
           fronted_place.c) */
        {"وفي مأرب، شن طيران التحالف العربي لدعم الشرعية غارات جوية على مواقع للحوثيين وقوات صالح في المحافظة.",
         "2015-08-06", "fight occurred طيران التحالف العربي مأرب"},
        /* snn-015845 (2015-08-01): a president's هجوما شديدا على … is words, no assault */
        {"شن رئيس جنوب السودان سلفاكير ميارديت هجوما شديدا على الرئيس الأميركي باراك أوباما بسبب تصريحاته الأخيرة التي أطلقها في العاصمة الإثيوبية أديس أبابا.",
         "2015-08-01", "!assault"},
        /* snn-024549 (2015-08-07): وقع على عقد */
        {"أعلن تشيلسي لكرة القدم اليوم الجمعة أن مدربه جوزيه مورينيو وقع على عقد جديد مع النادي يمتد لأربع سنوات.",
         "2015-08-07", "sign occurred جوزيه مورينيو -"},
        /* snn-021085 (2015-08-06): وقّعت اتفاقية (the singular was not listed) */
        {"يذكر أن الهيئة الملكية بينبع وقّعت اتفاقية شراكة إستراتيجية مع «شركة بيانات الأولى لخدمات الشبكات» (بيانات) التابعة لشركة «موبايلي» بهدف تحويل ينبع إلى «مدينة ذكية عالمية متكاملة».",
         "2015-08-06", "sign occurred الهيئة الملكية ينبع"},
        /* snn-012498 (2015-07-27): وقعت معاهدة after a relative pronoun, in 1994: history,
           no event of the report since events23 (report_guards.c) */
        {"وتعترف إسرائيل التي وقعت معاهدة سلام مع الأردن في 1994 باشراف المملكة الأردنية على المقدسات الاسلامية في مدينة القدس.",
         "2015-07-27", ""},
    };
    check_cases(e, d, cases, sizeof cases / sizeof *cases);
    rasd_engine_close(e);
}

/* Each case: a sentence, its date, and the events the default, every kind and no kind of the
 * trigger layer give (sentence_events' form). */
static void check_modes(rasd_doc *d, const char *const cases[][5], size_t ncases)
{
    rasd_engine *on = mode_engine(RASD_TRIGGERS_DEFAULT), *all = mode_engine(RASD_TRIGGERS_ALL),
                *none = mode_engine(RASD_TRIGGERS_NONE);
    rasd_engine *mode[3] = {on, all, none};
    static const char *const what[3] = {"default", "all kinds", "no kind"};
    char got[1024];
    for (size_t i = 0; i < ncases; i++)
        for (int m = 0; m < 3; m++) {
            sentence_events(mode[m], d, cases[i][0], cases[i][1], got, sizeof got);
            CHECKF(strcmp(got, cases[i][2 + m]) == 0, "%s: %s\n  want: %s\n  got:  %s", what[m],
                   cases[i][0], cases[i][2 + m], got);
        }
    rasd_engine_close(on);
    rasd_engine_close(all);
    rasd_engine_close(none);
}

/* events14: the trigger layer's kinds on by default (data/events.tsv "tdefault": criticize
 * and accuse, their verbs and nouns, agree's verbs, host's nouns, visit's futures;
 * docs/EVENTS.md "Events: the trigger kinds on by default"), on sentences of SaudiNewsNet articles outside the recall set drawn
 * in its judged sample (seed 7171). By default a kind on gives its event and a kind off
 * (meet, host; fight's noun in the second) none; --event-triggers (RASD_TRIGGERS_ALL) gives
 * both; --no-event-triggers (RASD_TRIGGERS_NONE) neither (the rules' own bombing of the
 * first stays in all three). The actors are the layer's best effort (the minister named
 * after his titles is missed). */
static void test_trigger_kinds(rasd_doc *d)
{
    static const char *const cases[][5] = {
        /* snn-024959 (2015-08-07): criticize, a verb (on) */
        {"شجب وزير العدل رئيس المجلس الأعلى للقضاء الدكتور وليد بن محمد الصمعاني، العمل الإرهابي الآثم الذي استهدف مسجدا في مقر قوات الطوارئ الخاصة بمنطقة عسير أثناء قيام مجموعة من منسوبي قوات الطوارئ أداء صلاة الظهر أمس، ونتج عنه استشهاد عدد من منسوبي القوات وإصابة آخرين.",
         "2015-08-07", "criticize occurred وليد بن محمد الصمعاني - | assault occurred - عسير",
         "criticize occurred - - | assault occurred - عسير", "assault occurred - عسير"},
        /* snn-030132 (2015-08-11): accuse, a verb (on) */
        {"اتهمت الحكومة الأوكرانية اليوم، الانفصاليين الموالين لروسيا باستهداف مواقعها بأعنف قصف مدفعي منذ ستة أشهر.",
         "2015-08-11", "accuse occurred الحكومة الأوكرانية -",
         "accuse occurred الحكومة الأوكرانية - | fight occurred - -", ""},
        /* snn-005504 (2015-07-23): accuse, a noun (on) */
        {"وكان جهاز الكسب غير المشروع قد أحال نظيف، إلى محكمة الجنايات بعد اتهامه باستغلال سلطات وظيفته على النحو الذي مكنه من الحصول على كسب غير مشروع بلغ 64 مليون جنيه.",
         "2015-07-23", "accuse occurred - -", "accuse occurred - -", ""},
        /* snn-013679 (2015-07-31): agree, a verb (on) */
        {"وقال النادي في بيان: «يعلن بشيكتاش انه توصل الى اتفاق مع فيورنتينا حول اعارة ماريو غارسيا غوميز.",
         "2015-07-31", "agree occurred بشيكتاش+فيورنتينا -",   /* layer50: مع فيورنتينا */
         "agree occurred بشيكتاش+فيورنتينا -", ""},
        /* snn-013173 (2015-07-31): visit, a future verb (on), after a subject the rules pass over */
        {"جدير بالذكر أن وزير الخارجية الأميركي جون كيري سيزور مصر الأحد المقبل لإجراء «حوار استراتيجي» مع القاهرة.",
         "2015-07-31", "visit planned جون كيري مصر", "visit planned جون كيري مصر", ""},
        /* snn-001528 (2015-07-21): meet, a verb (off) */
        {"التقى صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع في جدة اليوم فخامة الرئيس رمضان أحمد قاديروف رئيس جمهورية الشيشان.",
         "2015-07-21", "", "meet occurred محمد بن سلمان بن عبدالعزيز -", ""},
        /* snn-005842 (2015-07-23): host, a verb (on since events17) */
        {"استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، في قصر السلام أمس وزير الدفاع الأميركي آشتون كارتر والوفد المرافق له.",
         "2015-07-23", "host occurred الملك سلمان بن عبدالعزيز -",
         "host occurred الملك سلمان بن عبدالعزيز -", ""},
    };
    check_modes(d, cases, sizeof cases / sizeof *cases);
}

/* events17 (docs/EVENTS.md "Events: meet, visit, host and threaten by default"): the
 * guards of data/events.tsv "tguard" 40 to 54 (trigger_guards.c tg_guarded_courtesy), on sentences of
 * SaudiNewsNet articles outside the recall set from the judged samples (9494, 9595): each
 * guarded row is given by main's build with every kind on and by no build of this branch
 * (asserted with every kind on); the kinds and forms now on by default (host's and visit's
 * past verbs, meet's futures, threaten's verbs and nouns) give their event by default and
 * no event of their kind with the rules alone. */
static void test_triggers_courtesy(rasd_doc *d)
{
    static const char *const guarded[][3] = {
        /* snn-018829 (2015-08-03): a reception of mourners (tguard 40) */
        {"من جهة أخرى، استقبلت أسرة الشهيد المعزين الذين توافدوا إلى مقر العزاء برجلاء بحي فواز بمدينة نجران لتقديم واجب العزاء في الشهيد.",
         "2015-08-03", "!host"},
        /* snn-016716 (2015-08-02): a ship received (tguard 41) */
        {"وقال عبد الرحيم مصطفى المتحدث الإعلامي لهيئة موانئ البحر الأحمر إن ميناء بورتوفيق بالسويس استقبل السفينة «النوى اكسبريس» وعلى متنها 350 سيارة قادمة من جدة، كما استقبل ميناء الأدبية بالسويس السفينة «بوكين شينا» وعلى متنها 4 آلاف و651 طن بضائع عامة قادمة من السعودية والسفينة «أمنية» وعلى متنها 3 آلاف طن أملاح كلوريد بوتاسيوم قادمة من ميناء العقبة الأردني.",
         "2015-08-02", "!host"},
        /* snn-024272 (2015-08-07): God's warning (tguard 46) */
        {"ومضى فضيلته بالقول : إن أذية المسلم باللسان محرمة, قال عليه السلام \" قتال المسلم كفر وسبابه فسوق \" ولعنه كقتله ومن قذفه بغير بينة فيجلد حيث توعد الله من آذاه بالنكال والعذاب .",
         "2015-08-07", "!threaten"},
        /* snn-006898 (2015-07-24): a team's threat on goal (tguard 49) */
        {"وتحسّن مستوى روما بشكل ملحوظ في الشوط الثاني وهدد مرمى ضيفة في الكثير من المناسبات التي تصدى لها الحارس مانويل نوير إلى أن جاء هدف أصحاب الأرض الوحيد عن طريق الإيفوراي جيرفينيو في الدقيقة 66 إلى أن أضاف الفرنسي ريبيري هدف البايرن السادس في الدقيقة 78، وتبعه السويسري شاقيري بالهدف السابع بعد دقيقتين.",
         "2015-07-24", "!threaten"},
        /* snn-020620 (2015-08-06): many times (tguard 45) */
        {"وكشف السوداني أن سلطات الاحتلال حالت دون مشاركة الكثير من الكتاب الفلسطينيين في الخارج، كالشاعر يوسف عبد العزيز والأديب هشام عودة مع أنهما زارا فلسطين أكثر من مرة، وكذلك الشاعر الفلسطيني عبد الله عيسى المقيم في روسيا، كما أعادت رئيس اتحاد كتاب تشاد من على المعابر، وتعاملت مع الوفد بصلافة، وذلك لإدراك سلطات الاحتلال أن «كل مداخلة في الشأن الثقافي والفني والمعرفي (.",
         "2015-08-06", "!visit"},
        /* snn-010299 (2015-07-26): several countries (tguard 50) */
        {"وزار البشير عدة بلدان عربية وافريقية رغماعن مذكرتي الاعتقال.",
         "2015-07-26", "!visit"},
        /* snn-025628 (2015-08-08): a newspaper's interview (tguard 43, quote marks) */
        {"«المدينة» التقت بابن خالة وزوج أخت الشهيد في نفس الوقت عبدالرحمن أحمد علي أبو شوشة، حيث كان متأثرا بين موقف السيارات بمستشفى عسير المركزي وهو يرتدي بدلته العسكرية حيث يعمل في قوات الطوارئ الخاصة بعسير، وكان حاضرا وقت الانفجار ولكنه كان في موقع آخر.",
         "2015-08-08", "!meet"},
        /* snn-012194 (2015-07-27): a reason with ل (لتهديدهم) */
        {"وكان عبدالخالق من بين عدة يمنيين أدرجهم مجلس الأمن الدولي على قائمة سوداء في نوفمبر 2014 لتهديدهم السلام والاستقرار في اليمن وعرقلة جهود الإصلاح السياسي.",
         "2015-07-27", "!threaten"},
        /* snn-014358 (2015-07-31): one body meeting alone (tguard 44) */
        {"وقال مسؤول أخر بالحركة من إقليم كونار “اجتمع مجلس القيادة في قويتا أمس الأربعاء واليوم للتشاور بشأن القضايا الحالية”.",
         "2015-07-31", "!meet"},
    };
    static const char *const kept[][4] = {
        /* snn-006629 (2015-07-24): host, a verb, on by default */
        {"استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود – حفظه الله – في مكتبه بقصر اليمامة اليوم، رئيس وزراء لبنان الأسبق سعد الحريري.",
         "2015-07-24", "host occurred الملك سلمان بن عبدالعزيز -",
         "host"},
        /* snn-027499 (2015-08-09): visit, a verb, on by default */
        {"من جهة أخرى، زار رئيس الوزراء التركي أحمد داود أوغلو أمس موقعا عسكريا حدوديا في بلدة ايلبيلي بإقليم كيليس، قرب مكان قتل فيه جندي تركي في اشتباكات مع تنظيم داعش على الجانب السوري من الحدود الشهر الماضي.",
         "2015-08-09", "visit occurred أحمد داود أوغلو - | fight occurred الدولة الإسلامية -",
         "visit"},
        /* snn-016663 (2015-08-02): threaten, a verb, on by default */
        {"هددت هيئة الطيران المدني الإيطالية أمس بوقف ترخيص شركة فويلينج الإسبانية للطيران منخفض التكاليف إذا استمرت الشركة في إلغاء رحلات الطيران في مطار فيوميتشينو في روما وفشلها في مساعدة الركاب الذين تقطعت بهم السبل.",
         "2015-08-02", "threaten occurred هيئة الطيران المدني -",
         "threaten"},
        /* snn-003704 (2015-07-22): meet, a future verb, on by default */
        {"في هذه الأثناء أعلن وزير الخارجية الفرنسي لوران فابيوس امس انه سيتوجه الى ايران \"الاسبوع المقبل\" حيث سيلتقي الرئيس حسن روحاني، وصرح فابيوس لاذاعة \"فرانس انتر\" \"ساكون هناك الاسبوع المقبل\".",
         "2015-07-22", "visit planned لوران فابيوس إيران | meet planned حسن روحاني -",
         "meet"},       /* the visit: seedev's journey verb, the speaker's own (انه سيتوجه) */
        /* snn-020329 (2015-08-06): threaten, a noun, on by default */
        {"وبحسب صحيفة “ديلي نيوز” فإن المبتعث السعودي محمد علي عيسى نهاري (22 عامًا)، الذي يدرس في جامعة “ويسترن كنتاكي”، معتقل حاليًّا في سجن “وارن كونتي” الإقليمي حتى دفع كفالة قيمتها مليون دولار بعد اتهامه بالإرهاب من الدرجة الثانية، عقب تهديده موظفة بإدارة الشقق السكنية للجامعة بادعائه أنه صنع قنبلة من حلة طهي تعمل بالضغط وسيفجرها في الشقة.",
         "2015-08-06", "accuse occurred - - | threaten occurred - -",
         "threaten"},
    };
    rasd_engine *on = mode_engine(RASD_TRIGGERS_DEFAULT), *all = mode_engine(RASD_TRIGGERS_ALL),
                *none = mode_engine(RASD_TRIGGERS_NONE);
    char got[1024];
    check_cases(all, d, guarded, sizeof guarded / sizeof *guarded);
    for (size_t i = 0; i < sizeof kept / sizeof *kept; i++) {
        sentence_events(on, d, kept[i][0], kept[i][1], got, sizeof got);
        CHECKF(strcmp(got, kept[i][2]) == 0, "default: %s\n  want: %s\n  got:  %s", kept[i][0],
               kept[i][2], got);
        sentence_events(none, d, kept[i][0], kept[i][1], got, sizeof got);
        CHECKF(strstr(got, kept[i][3]) == NULL, "no kind: %s\n  got: %s", kept[i][0], got);
    }
    rasd_engine_close(on);
    rasd_engine_close(all);
    rasd_engine_close(none);
}

/* events20 (docs/EVENTS.md "Events: meetings by default"): meet's past verbs and nouns are on
 * by default when their event names two sides the recogniser found, or one and a place
 * (data/events.tsv "tdefault meet … sides", src/events/sides.c), and an accusation's present
 * verb with its object as a pronoun when a name stands next to it (form "present"). Sentences
 * of SaudiNewsNet articles outside the recall set, from the judged samples (seeds 8181 to
 * 8186); each row: the sentence, its date, the kind, and whether the default gives it. Each
 * row of the kind is given with every kind on (so a row the default leaves is the guard's,
 * not a trigger missing), and none with the rules alone where the default gives it. */
static void test_triggers_sides(rasd_doc *d)
{
    static const char *const cases[][4] = {
        /* snn-012318 (2015-07-27): a director meeting officials of bodies, nobody named on
           the other side and no place: not by default */
        {"وفي إطار الاستعدادات المبكرة لأعمال حج هذا العام، التقى المدير العام لفرع الوزارة بمنطقة مكة المكرمة عبدالله العليان بعدد من ممثلي الجهات الحكومية المشاركة في أعمال الحج، وناقش معهم آلية العمل والمهمات الجديدة.",
         "2015-07-27", "meet", "no"},
        /* snn-003379 (2015-07-22): a prince meeting a care home's residents: not by default */
        {"جانب من زيارة الأمير خالد بن طلالقام صاحب السمو الملكي الأمير خالد بن طلال عضو شرف نادي الهلال بزيارة لدار الرعاية الاجتماعية للمسنين في الرياض، التقى خلالها نزلاء الدار، وقدم لهم التبريكات بمناسبة عيد الفطر.",
         "2015-07-22", "meet", "no"},
        /* snn-022157 (2015-08-06): one side named and the place: by default */
        {"التقى رئيس مجلس النواب اللبناني نبيه بري في بيروت أمس معالي سفير خادم الحرمين الشريفين لدى لبنان علي بن سعيد عواض عسيري.",
         "2015-08-06", "meet", "yes"},
        /* snn-011752 (2015-07-27): a call received, both sides named: by default */
        {"تلقى صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع اتصالاً هاتفيًا أمس من فخامة الرئيس عبدربه منصور هادي رئيس الجمهورية اليمنية.",
         "2015-07-27", "meet", "yes"},
        /* snn-010595 (2015-07-26): "criticisms accusing him", a long-standing charge, no name
           next to the present verb: not by default */
        {"وتشكل الضربات التركية ضد التنظيم منعطفا في سياسة الرئيس رجب طيب اردوغان الذي واجه انتقادات تتهمه باتباع سياسة غض الطرف عن المنظمات المتطرفة التي تقاتل في سوريا والعراق، وابرزها تنظيم داعش.",
         "2015-07-26", "accuse", "no"},
        /* snn-016484 (2015-08-02): وتتهمه الميليشيات, the accuser named next to it: by default */
        {"وأوضحت المصادر نفسها أن «محمد بن سالم الزبيدي هو أحد مشايخ السلفية بالمديرية وقتل أحد أبنائه في حرب دماج الأخيرة التي كانت مع الميليشيات الحوثيين وتتهمه الميليشيات بالانتماء إلى (القاعدة)، وقاموا مساء الأربعاء بمداهمة منزله واختطاف ابنه عبد الرحمن وتم تعذيبه بشكل عنيف من أجل انتزاع اعترافات مكان والده المطارد».",
         "2015-08-02", "accuse", "yes"},
    };
    rasd_engine *on = mode_engine(RASD_TRIGGERS_DEFAULT), *all = mode_engine(RASD_TRIGGERS_ALL),
                *none = mode_engine(RASD_TRIGGERS_NONE);
    char got[1024];
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        int yes = strcmp(cases[i][3], "yes") == 0;
        sentence_events(all, d, cases[i][0], cases[i][1], got, sizeof got);
        CHECKF(strstr(got, cases[i][2]) != NULL, "every kind: %s\n  want: %s\n  got: %s",
               cases[i][0], cases[i][2], got);
        sentence_events(on, d, cases[i][0], cases[i][1], got, sizeof got);
        CHECKF((strstr(got, cases[i][2]) != NULL) == yes, "default: %s\n  %s: %s\n  got: %s",
               cases[i][0], yes ? "want" : "not", cases[i][2], got);
        if (!yes)
            continue;
        sentence_events(none, d, cases[i][0], cases[i][1], got, sizeof got);
        CHECKF(strstr(got, cases[i][2]) == NULL, "rules alone: %s\n  not: %s\n  got: %s",
               cases[i][0], cases[i][2], got);
    }
    rasd_engine_close(on);
    rasd_engine_close(all);
    rasd_engine_close(none);
}

/* events16 (docs/EVENTS.md "Events: assault, fight and appeal by default"): guards of the
 * layer's appeals, assaults and fights, and appeal's verbs on by default where they start
 * their clause (data/events.tsv "tdefault" appeal lead). Sentences of SaudiNewsNet articles
 * outside the recall set, from the judged samples (seeds 9191, 9292, 9393); each row: the
 * sentence, its date, and what the default, every kind and no kind give. A guarded sense is
 * given by none (main's data gives each with every kind); true appeals by default. */
static void test_triggers_force(rasd_doc *d)
{
    static const char *const cases[][5] = {
        /* snn-020757 (2015-08-06): a blessing asked ("aguard" blessing): a prayer */
        {"ودعا معالي الإمين العام لرابطة العالم الإسلامي في ختام بيانه بأن يحفظ الله المملكة العربية السعودية قيادة وحكومة وشعبا، وأن يزيدها رفعة ومجداً وأن ينصرها على أعدائها ويبعد الأمة الإسلامية عن شر دعاة الطائفية والفرقة بين المسلمين، إنه ولي ذلك والقادر عليه.",
         "2015-08-06", "", "", ""},
        /* snn-023867 (2015-08-07): ودعت … شهداء ("aguard" farewell): a farewell */
        {"ودعت مقبرة الشرف في مدينة أبها بمنطقة عسير عصر اليوم شهداء مسجد قوات الطوارئ الخاصة الذين طالتهم يد الغدر والعدوان أثناء أدائهم لصلاة الظهر يوم أمس.",
         "2015-08-07", "", "", ""},
        /* fix53: snn-029861 (2015-08-11, judge53's 48): ودعت X … كادراً … غادروا, the ones
         * bidden farewell go ("aguard" farewell, before any إلى): no appeal, the rule's
         * subject after the verb as well (events.c) */
        {"ودعت المديرية العامة للشؤون الصحية بمنطقة القصيم 40 كادراً طبيا وفنياً غادروا إلى الحد الجنوبي ، وذلك لمساندة القطاع الصحي ودعمه بالتخصصات الطبية والفنية بمتابعة من مدير عام الشؤون الصحية الأستاذ مطلق الخمعلي.",
         "2015-08-11", "", "", ""},
        /* fix53: snn-018815 (2015-08-03; fresh seed 53001): ودعت … جثث with the subject
         * named after the verb: a farewell */
        {"ودعت جمعية البر بالاحساء 27 مصابا من الأشقاء العمانيين وذويهم و9 جثث من المتوفين، عبر مطار الأحساء وبالتعاون مع مديرية الشؤون الصحية بالاحساء والجهات الحكومية ذات الاختصاص (المرور، الجوازات، والأحوال المدنية) التي بذلت جهودا كبيرة في انهاء كافة الاجراءات الرسمية التي تخول المصابين السفر جوا بالطائرات الخاصة بسلطنة عمان، بينما لا تزال جمعية البر بالأحساء مستمرة في تقديم واجبها الإنساني تجاه 7 مصابين من الاشقاء الذين ما زالوا يتلقون العلاج بمستشفيات الاحساء وذويهم من خلال مشروع (عابر سبيل) الذي يقدم الرعاية النفسية والاجتماعية.",
         "2015-08-03", "", "", ""},
        /* fix53: snn-004155 (2015-07-22): the call's إلى before the going (إلى مغادرة): an
         * appeal */
        {"يذكر أن وزارة الخارجية الايطالية أعلنت بعد إغلاق السفارة الإيطالية في ليبيا في الخامس عشر من فبراير الماضي أن الوضع في البلاد صعب للغاية، ودعت جميع مواطنيها إلى مغادرة ليبيا.",
         "2015-07-22", "appeal occurred وزارة الخارجية الايطالية -",
         "appeal occurred وزارة الخارجية الايطالية -", "appeal occurred وزارة الخارجية الايطالية -"},
        /* snn-010985 (2015-07-26): طالبت مرارا وتكرارا ("aguard" habit): a habit */
        {"اتحاد القدم وجمعيته منذ الوهلة الأولى لم يتفقا، وحتى والنظام الأساس يعتمد ظل الخلاف والاختلاف فالجمعية طالبت مرارا وتكرارا بعقد اجتماعاتها المغيبة لأي سبب كان، والاتحاد يتحجج بعدم اعتماد النظام.",
         "2015-07-26", "", "", ""},
        /* snn-006347 (2015-07-24): هاجم … واصفا ("aguard" words): words, not arms */
        {"يذكر أن هيكل قد هاجم السعودية ودول الخليج واصفا إياها بأنها “دول متخلفة” وجاءت تصريحات هيكل في سياق مقابلة أجرتها معه جريدة السفير اللبنانية.",
         "2015-07-24", "", "", ""},
        /* snn-025085 (2015-08-08): aircraft that attack ("aguard" air): a fight, every kind on */
        {"وطبقا لما أعلنه ناصر الحاسي المتحدث باسم سلاح الجو الليبي، فإن طائرات تابعة للجيش هاجمت سفينة صغيرة كانت تحاول الرسو في ميناء درنة وهي مدينة ساحلية تسيطر عليها جماعات متشددة.",
         "2015-08-08", "", "fight occurred - ميناء درنة", ""},
        /* snn-013110 (2015-07-31): an appeal that starts its sentence: on by default */
        {"ودعا أكبر أغا الحكومة الأفغانية إلى استغلال فرصة وفاة زعيم طالبان للتقرب أكثر من الحركة والسعي إلى إنجاح مساعي الحوار، «لأن الحل الوحيد للمعضلة الأفغانية هو الحوار والمصالحة».",
         "2015-07-31", "appeal occurred - -", "appeal occurred - -", ""},
        /* snn-005089 (2015-07-23): an appeal that starts its clause, after a comma */
        {"من جهتها، أكدت اللجنة الوطنية لحقوق الإنسان تصاعد الأعمال المسلحة ذات الطابع القبلي، وناشدت طرفي النزاع بمدينة سبها فتح ممرات إنسانية لفرق الإغاثة والإسعاف للهلال الأحمر الليبي، بهدف إجلاء المصابين والجرحى والمدنيين العالقين بمنطقة النزاع.",
         "2015-07-23", "appeal occurred اللجنة الوطنية -", "appeal occurred اللجنة الوطنية -", ""},
        /* snn-028025 (2015-08-10): an appeal after its subject (not "lead"): every kind only */
        {"وكان زعيم الحزب المقرب من الأكراد في تركيا صلاح الدين دمرتاش دعا السبت الحكومة التركية وحزب العمال الكردستاني إلى وقف العنف وبدء مفاوضات.",
         "2015-08-10", "", "appeal occurred صلاح الدين دمرتاش تركيا", ""},
    };
    check_modes(d, cases, sizeof cases / sizeof *cases);
}

/* events19: an assault's or a fight's noun as a deed done (قام … ب، أقدم … على;
 * data/events.tsv trigger 74, aguard deed, not_people, sentence, tdefault assault and fight "deed";
 * docs/EVENTS.md "Events: attacks and killings by default"), on sentences of SaudiNewsNet
 * articles outside the recall set from the judged samples (seeds 7172, 7173, and fight's six
 * rows): deeds given by default (a stabbing, a killing whose doer the recogniser misses, a
 * killing told in an execution notice, where the court's word stands before the verb, a
 * militia's shelling), none by the rules alone, and deeds guarded (shots in the air, animals
 * slaughtered, a court's sentence between the verb and the noun: no row in any mode).
 * layer49 turned assault's deed form off by default; fight57 (src/events/killing_deed.c) turns
 * back on the deeds whose noun is of trigger 74 (قتل، طعن، إطلاق النار …): the first three
 * rows and الثنيان's are given by default again, الاعتداء (trigger 26) and تفجير are not. */
static void test_triggers_deed(rasd_doc *d)
{
    static const char *const cases[][5] = {
        /* snn-016922 (2015-08-02): أقدم على طعن: on by default, nothing by the rules alone */
        {"ألقت الدوريات الأمنية بمحافظة الطائف القبض على شخص أقدم على طعن رجل أمن تدخل لفض مشاجرة.",
         "2015-08-02",
         "assault occurred - -", "assault occurred - -", ""},
        /* snn-013085 (2015-07-31): قام … بقتل (a word of aguard not_people, ذبحا, is no guard) */
        {"قام عناصر من جماعة بوكو حرام المتطرفة بقتل عشرة من صيادي السمك النيجيريين ذبحا بالسكين في ثلاث قرى قريبة من باغا على بحيرة تشاد في شمال شرقي نيجيريا، على ما افاد مسؤول محلي وأحد السكان اليوم (الخميس).",
         "2015-07-31",
         "assault occurred - -", "assault occurred - -", ""},
        /* snn-022615 (2015-08-06): حكم before the verb (aguard sentence reads only between) */
        {"أصدرت وزارة الداخلية اليوم بيانا بشأن تنفيذ حكم القتل قصاصًا في أحد الجناة سعودي الجنسية بمنطقة جازان أقدم على قتل آخر سعودي الجنسية وذلك بإطلاق النار عليه من مسدس طلقة واحدة أصابته في صدره مما أدى إلى وفاته إثر مشاجرة حدثت بينهما .",
         "2015-08-06",
         "assault occurred - -", "assault occurred - -", ""},
        /* snn-005965 (2015-07-23): أقدم … بالاعتداء على (a noun of trigger 26 as a deed);
           the doer described, مواطن, first (trig44, deed_doers.c) */
        {"أقدم مواطن في العقد الثالث من العمر بالاعتداء على زوجته الحامل بالضرب وتهشيم رأسها إثر خلاف نشب بينهما، مساء أمس اﻷربعاء، في محافظة حفر الباطن حيث تم نقلها إلى مستشفى الملك خالد التخصصي بالمحافظة إلا أنها فارقت الحياة قبل وصولها إلى المستشفى.",
         "2015-07-23", "",
         "assault occurred مواطن+زوجته الحامل -", ""},
        /* snn-019539 (2015-08-04): the doer before أقدم, then the one killed */
        {"أقدم مقرب بن سعد بن علي الثنيان - سعودي الجنسية - على قتل طلال بن أحمد بن محمد الحمود - سعودي الجنسية - وذلك بإطلاق النار عليه من مسدس لخلاف سابق بينهما.",
         "2015-08-04",
         "assault occurred مقرب بن سعد بن علي الثنيان+طلال بن أحمد بن محمد الحمود -",
         "assault occurred مقرب بن سعد بن علي الثنيان+طلال بن أحمد بن محمد الحمود -", ""},
        /* snn-027801 (2015-08-10): a fight's noun as a deed (قامت … بالقصف; tdefault fight deed);
           its place fronted (وفي مدينة تعز: fronted_place.c) */
        {"وفي مدينة تعز، الواقعة إلى جنوب العاصمة صنعاء، قامت جماعة الحوثي المسلحة وأنصار الرئيس السباق علي عبد الله صالح بالقصف العشوائي على منطقة عقاقة مع طلبهم من الأهالي إخلاء مساكنهم وذلك في الوقت الذي استطاعت فيه المقاومة الشعبية المسنودة من الجيش الوطني المساند لشرعية الرئيس اليمني عبد ربه منصور هادي تطهير الكثير من المناطق في المدينة وفي جبل صبر من المسلحين الحوثيين، وكشف مصدر خاص لـ«الشرق الأوسط» أن «المسلحين الحوثيين وأنصار صالح قاموا بزرع الألغام على جانبي الطريق الممتد من الراهدة إلى الشريجة مع فرض حالة الطوارئ على منطقة خدير والراهدة».",
         "2015-08-10", "fight occurred جماعة الحوثي+علي عبدالله صالح تعز",
         "fight occurred جماعة الحوثي+علي عبدالله صالح تعز", ""},
        /* snn-021091 (2015-08-06): the agency told before ان is no doer (deed_doer); since
           fix57 (stop 53) «تفجير عبوة» is a bombing by the rules (events.tsv assault 13) in
           every mode, at its place (before: none by default, the layer's without a place) */
        {"وقالت المصادر لوكالة فرانس برس ان متمردين اكراد قاموا بتفجير عبوة عن بعد اثناء مرور قافلة عسكرية في منطقة اراكوي في مقاطعة سيرناك على الحدود مع العراق وسوريا.",
         "2015-08-06", "assault occurred - اراكوي", "assault occurred - اراكوي",
         "assault occurred - اراكوي"},
        /* snn-019053 (2015-08-04): shots in the air (aguard not_people) */
        {"لكن الأكثر غرابة في الأمر تمثل في رد فعل والد العريس الذي قام بإطلاق النار في الهواء ابتهاجًا بخبر الطلاق وذلك فور وصول الخبر إليه، علمًا بأن العريس والعروس تربطهما صلة قرابة.",
         "2015-08-04", "", "", ""},
        /* snn-002462 (2015-07-21): animals slaughtered (aguard not_people) */
        {"كما أن مسلخ الخرمة منذ غرة رمضان وحتى يوم أمس قام بذبح أكثر من ثلاثة آلاف ذبيحة.",
         "2015-07-21", "", "", ""},
        /* snn-026449 (2015-08-09): a court's sentences (aguard sentence) */
        {"وقد سار على نهج المؤسس أبناؤه الملوك، فقام الملك فيصل بالقضاء بقوة السلاح القاتلة على محاولة إغلاق التلفزيون السعودي بدعوى متطرفةٍ، وتم إعدام 17 مخربًا يمنيًا، وفي عهد الملك خالد وبعد حادثة اقتحام الحرم المكي الشريف وتطهيره من حركة جهيمان، قامت التحقيقات، وصدرت أحكام القضاء الصارمة بقتل العشرات من أتباع الحركة، وتم تنفيذها في عدة مدنٍ سعوديةٍ.",
         "2015-08-09", "", "", ""},
    };
    check_modes(d, cases, sizeof cases / sizeof *cases);
}

/* events21 (docs/EVENTS.md "Events: violence recall"): a noun of force told as done is on by
 * default with its kind's form "deed" (src/events/force_told.c): after شن or نفذ whose subject
 * the recogniser named, or, an assault's, with a relative clause that says it took place.
 * Sentences of SaudiNewsNet articles outside the recall set, from the judged samples (seeds
 * 7271, 7272) and the corpus: each is given with every kind and none by the rules alone; the
 * guards keep an unnamed doer (مسلحون أكراد) and a fight's relative clause (معركة العراق التي
 * يخوضها: judged 17 of 19) behind --event-triggers. */
static void test_triggers_told(rasd_doc *d)
{
    static const char *const cases[][5] = {
        /* snn-016438 (2015-08-02): an assault's noun, الذي وقع after it: on */
        {"ولم يُعتقل أي مشتبه حتى الآن في الهجوم الذي وقع شمال الضفة الغربية المحتلة.",
         "2015-08-02", "", "assault occurred - -", ""},
        /* snn-022072 (2015-08-06): شن and a named doer before the fight's noun: on */
        {"وفي مأرب، شن طيران التحالف العربي لدعم الشرعية غارات جوية على مواقع للحوثيين وقوات صالح في المحافظة.",
         "2015-08-06", "fight occurred طيران التحالف العربي مأرب",
         "fight occurred طيران التحالف العربي مأرب", ""},
        /* snn-015124 (2015-08-01): شن with a doer no name gives (the agent guard), but its
           target after على named: on, the target its actor (events28, violence.c); the doer
           described right after شن first (trig44, deed_doers.c) */
        {"شن مسلحون أكراد هجوما على مركز شرطة جنوب تركيا أمس مما أسفر عن مقتل ضابطين.",
         "2015-08-01", "",
         "assault occurred مسلحون أكراد+مركز شرطة -", ""},
        /* snn-020314 (2015-08-04): a fight's relative clause (assault's only): off */
        {"واعتبر \"فالون\" أن \"معركة العراق التي يخوضها ضد قوى الإرهاب؛ إنما هي معركة العالم أجمع، وأن العراق يمثل رأس الرمح فيها وخط الدفاع الأول عن قِيَم الإنسانية ومصالحها الحيوية\".",
         "2015-08-04", "", "fight occurred - العراق", ""},
    };
    check_modes(d, cases, sizeof cases / sizeof *cases);
}

/* The meetings of the seeds, listed by hand (issue 16's target: found in at least 9 of the
 * 10 (meeting, article) pairs). Found today: 10; the two planned talks of Hollande with Obama
 * and Putin in 001 (سوف يتوجه … لاجراء محادثات … مع نظيريه … باراك اوباما وفلاديمير بوتين)
 * since events6 (the journey's purpose, two objects coordinated). The test asserts all 10. */
typedef struct seed_meeting {
    const char *file, *published, *a, *b;
    int planned;
} seed_meeting;

static void test_seed_meetings(const rasd_engine *e, rasd_doc *d)
{
    static const seed_meeting m[] = {
        {"000_93c6ccf29017a1c8", "2015-11-16", "فلاديمير بوتين", "ديفيد كاميرون", 0},
        {"001_337ddc5b2ec75abf", "2015-11-16", "فلاديمير بوتين", "ديفيد كاميرون", 0},
        {"001_337ddc5b2ec75abf", "2015-11-16", "فلاديمير بوتين", "باراك أوباما", 0},
        {"001_337ddc5b2ec75abf", "2015-11-16", "فرانسوا هولاند", "باراك أوباما", 1},
        {"001_337ddc5b2ec75abf", "2015-11-16", "فرانسوا هولاند", "فلاديمير بوتين", 1},
        {"002_a013ac47fc823ed8", "2015-11-16", "ديفيد كاميرون", "فلاديمير بوتين", 1},
        {"002_a013ac47fc823ed8", "2015-11-16", "باراك أوباما", "فلاديمير بوتين", 0},
        {"002_a013ac47fc823ed8", "2015-11-16", "باراك أوباما", "ماتيو رينتسي", 1},
        {"003_f448dd176493aaea", "2017-12-22", "سيرغي لافروف", "بوريس جونسون", 0},
        {"004_d592b9f202c30752", "2015-11-26", "فلاديمير بوتين", "فرانسوا هولاند", 0},
    };
    size_t found = 0, nm = sizeof m / sizeof *m;
    for (size_t i = 0; i < nm; i++) {
        char path[256], *text;
        size_t n;
        const rasd_event *ev, *hit;
        snprintf(path, sizeof path, "%s%s.txt", SEEDS, m[i].file);
        text = events_of(e, d, path, m[i].published, &ev, &n);
        hit = meeting(ev, n, "meet", m[i].a, m[i].b);
        if (hit) {
            found++;
            CHECKF(hit->planned == m[i].planned, "%s %s–%s: status %d", m[i].file, m[i].a, m[i].b,
                   hit->planned);
        } else {
            CHECKF(0, "%s: no meeting %s–%s", m[i].file, m[i].a, m[i].b);
        }
        free(text);
    }
    printf("  seeds: meetings found in %zu of %zu (meeting, article) pairs\n", found, nm);
    CHECK(found == nm);
}

int main(void)
{
    rasd_engine *e = NULL;
    rasd_doc *d = NULL;
    REQUIRE(rasd_engine_open(&e, NULL) == RASD_OK);
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    REQUIREF(rasd_ner_available(e), "no data/ner.model");
    test_meetings(e, d, NEWS, news, sizeof news / sizeof *news);
    test_same_id(e, d, NEWS, news);
    test_denied(e, d);
    test_not_events(e, d);
    test_forms(e, d);
    test_tnot(e, d);
    test_triggers(d);
    test_triggers11(d);
    test_triggers13(d);
    test_triggers15(d);
    test_trigger_kinds(d);
    test_triggers_courtesy(d);
    test_triggers_force(d);
    test_triggers_deed(d);
    test_triggers_told(d);
    test_triggers_sides(d);
    if (SHARED_TIER("seeds", CHECK_FAST)) {
        test_meetings(e, d, SEEDS, seeds, sizeof seeds / sizeof *seeds);
        test_same_id(e, d, SEEDS, seeds);
        test_seed_meetings(e, d);
    }
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_events");
}
