/* test_quotes.c — who said what: every quote of the articles of tests/data/news (core tier:
 * Kerry, Lavrov, Peskov, Merkel, Hollande, Orbán, al-Jubeir and unnamed sources) and of the
 * seeds (shared tier: Putin, Cameron, Peskov, Ushakov, Lavrov, Johnson and Hollande, as the
 * issue names them), with its speaker (named, a title, an unnamed source, the previous
 * speaker after a bare وأضاف), direct or reported; quoted names and scare quotes are not
 * quotes. Then the hand-judged SaudiNewsNet quotes of tests/data/quotes_snn.tsv (shared tier,
 * a pass over SaudiNewsNet): a speaker judged right is still found, one judged wrong is gone. */
#include "check.h"
#include "rasd.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define NEWS "tests/data/news/"
#define SEEDS SHARED "/corpus/seeds/"
#define SNN SHARED "/data/saudinewsnet/articles.jsonl.gz"
#define JUDGED "tests/data/quotes_snn.tsv"
#define MAX_JUDGED 256

typedef struct want {
    const char *seed, *text, *cue, *speaker;   /* seed: the start of the file's name;
                                                  speaker: canonical name; "?" unnamed source
                                                  (its description follows) */
    int direct;
} want;

static const want news_wants[] = {
    {"a_geneva", "لقد أجرينا محادثات صريحة", "وقال", "جون كيري", 1},
    {"a_geneva", "واشنطن مستعدة لمواصلة الحوار", "وأضاف", "جون كيري", 0},
    {"a_geneva", "بلاده ما زالت ترى أن التعاون", "قال", "سيرغي لافروف", 0},
    {"a_geneva", "الطرفين اتفقا على جولة جديدة", "مشيرا", "سيرغي لافروف", 0},
    {"a_geneva", "الاجتماع استمر أكثر من أربع ساعات", "وقال", "?مسؤول في وزارة الخارجية الأمريكية", 0},
    {"a_geneva", "الوفدين لم يتوصلا", "وأوضح", "?مسؤول في وزارة الخارجية الأمريكية", 0},
    {"a_geneva", "الرئيس فلاديمير بوتين اطلع", "أعلن", "دميتري بيسكوف", 0},
    {"a_geneva", "نحن ننتظر خطوات عملية", "قائلا", "دميتري بيسكوف", 1},
    {"b_reprint", "لقد أجرينا محادثات صريحة", "وقال", "جون كيري", 1},
    {"b_reprint", "الطرفين اتفقا على جولة جديدة", "مشيرا", "سيرغي لافروف", 0},
    {"c_own_words", "الأجواء كانت متوترة... لكن", "وقال", "?دبلوماسي غربي حضر جانبا من المحادثات", 1},
    {"d_paris", "ألمانيا لا تستطيع أن تتحمل", "وقالت", "أنجيلا ميركل", 1},
    {"d_paris", "برلين ستستقبل هذا العام", "وأضافت", "أنجيلا ميركل", 0},
    {"d_paris", "فرنسا ستستقبل أربعة وعشرين", "وقال", "فرانسوا هولاند", 0},
    {"d_paris", "التضامن ليس خيارا", "مؤكدا", "فرانسوا هولاند", 1},
    {"d_paris", "يشجع مزيدا من المهاجرين", "معتبرا", "فيكتور أوربان", 0},
    {"e_riyadh", "المملكة ترحب بأي جهد", "وقال", "عادل الجبير", 0},
    {"e_riyadh", "يكون الوزير السعودي قد التقى", "نفى", "?مصدر دبلوماسي", 0},
};

static const want wants[] = {
    {"000", "مستعد للتوصل لحلول وسط", "قال", "ديفيد كاميرون", 0},
    {"000", "إن الأحداث التراجيدية الأخيرة", "وقال", "فلاديمير بوتين", 1},
    {"000", "العلاقات بين موسكو ولندن", "مشيرا", "فلاديمير بوتين", 0},
    {"000", "المطلوب، في رأيه", "وقال", "فلاديمير بوتين", 0},
    {"000", "كانت هناك خلافات كبيرة", "وقال", "ديفيد كاميرون", 1},
    {"000", "أعتقد أن الخلافات قلت", "مضيفا", "ديفيد كاميرون", 1},
    {"000", "بوتين وكاميرون لم يبحثا", "أعلن", "دميتري بيسكوف", 0},
    {"000", "المباحثات تناولت الوضع", "مشيرا", "دميتري بيسكوف", 0},
    {"000", "ممكن القول إن هناك", "قائلا", "دميتري بيسكوف", 1},
    {"000", "بوتين وكاميرون بحثا كذلك", "وأضاف", "دميتري بيسكوف", 0},
    {"001", "الاجتماعات مع أوباما وبوتين", "وقال", "فرانسوا هولاند", 0},
    {"001", "اتفق الرئيسان أوباما وبوتين", "وقال", "?مسؤول في البيت الأبيض", 1},
    {"001", "الرئيسين “أجريا محادثات", "وأكد", "?مسؤول في البيت الأبيض", 0},
    {"001", "العلاقات بين روسيا والولايات المتحدة", "وأضاف", "دميتري بيسكوف", 0},
    {"001", "إن هناك تطابقا تاما", "وقال", "يوري أوشاكوف", 1},
    {"002", "لدينا خلافاتنا مع روسيا", "وقال", "ديفيد كاميرون", 1},
    {"002", "المحادثة التي أريد أن أجريها", "وتابع قوله", "ديفيد كاميرون", 1},
    {"002", "بريطانيا تأمل بأن يكون", "وقال", "?مصدر في مكتب كاميرون", 0},
    {"002", "المقترحات التي طرحها الروس", "وأضاف", "?مصدر في مكتب كاميرون", 1},
    {"003", "نحن نتعاون مع بريطانيا", "وقال", "سيرغي لافروف", 1},
    {"003", "إنه يعتزم مناقشة التناقضات", "وأضاف", "سيرغي لافروف", 1},
    {"003", "حتى الآن لم نر أي وقائع", "وتابع", "سيرغي لافروف", 1},
    {"003", "هناك “أدلة كثيرة", "زعم", "بوريس جونسون", 0},
    {"003", "هذه المشاكل من العقبات", "معتبرا", "بوريس جونسون", 0},
    {"004", "اتفقنا مع هولاند على التعاون", "قال", "فلاديمير بوتين", 1},
    {"004", "روسيا مستعدة للتعاون مع فرنسا", "وقال", "فلاديمير بوتين", 1},
    {"004", "مستعدون للعمل مع روسيا", "مضيفًا", "فرانسوا هولاند", 1},
    {"004", "جئت الى موسكو لتنسيق", "قال", "فرانسوا هولاند", 1},
};

static const char *const files[5] = {"000_93c6ccf29017a1c8", "001_337ddc5b2ec75abf",
                                     "002_a013ac47fc823ed8", "003_f448dd176493aaea",
                                     "004_d592b9f202c30752"};
static const char *const news[5] = {"a_geneva", "b_reprint", "c_own_words", "d_paris", "e_riyadh"};

static int same(const char *text, uint32_t s, uint32_t e, const char *w)
{
    return e - s == strlen(w) && memcmp(text + s, w, e - s) == 0;
}

static void check_quote(const char *text, const rasd_quote *q, size_t n, const want *w)
{
    const rasd_quote *hit = NULL;
    for (size_t i = 0; i < n && !hit; i++)
        if (q[i].end - q[i].start >= strlen(w->text) &&
            memcmp(text + q[i].start, w->text, strlen(w->text)) == 0)
            hit = &q[i];
    CHECKF(hit != NULL, "%s: no quote \"%s\"", w->seed, w->text);
    if (!hit)
        return;
    CHECKF(same(text, hit->cue_start, hit->cue_end, w->cue), "%s \"%s\": cue %.*s", w->seed,
           w->text, (int)(hit->cue_end - hit->cue_start), text + hit->cue_start);
    CHECKF(hit->direct == w->direct, "%s \"%s\": direct %d", w->seed, w->text, hit->direct);
    if (w->speaker[0] == '?') {
        CHECKF(hit->speaker_id == NULL && hit->speaker_name &&
               strcmp(hit->speaker_name, w->speaker + 1) == 0,
               "%s \"%s\": speaker %s", w->seed, w->text,
               hit->speaker_name ? hit->speaker_name : "(none)");
    } else {
        CHECKF(hit->speaker_id && hit->speaker_name && strcmp(hit->speaker_name, w->speaker) == 0,
               "%s \"%s\": speaker %s, want %s", w->seed, w->text,
               hit->speaker_name ? hit->speaker_name : "(none)", w->speaker);
    }
    if (hit->speaker_name)
        CHECK(hit->speaker_start < hit->speaker_end && hit->speaker_end <= strlen(text));
}

/* Issue 16: reported speech with a nominal complement (أكد أهمية، شدد على، أعرب عن، أعلنت
 * عن، أفادت … بـ، مؤكدة عدم), bodies the recogniser does not name speaking by their
 * description (الجيش الأمريكي، الدراسة; وزارة الصحة is a name since the name rules), a long title chain before the name, and
 * no guess where the subject is not the participle's (حمل الملك المفدى معاليه … مؤكداً: no
 * speaker, not the president spoken of). Sentences of SaudiNewsNet articles (snn-019980,
 * snn-005149, snn-005133, snn-008404, snn-015928, snn-004717, snn-013834, snn-007516).
 * speaker "": none. */
typedef struct sentence_want {
    const char *text, *quote, *cue, *speaker;
    int direct;
} sentence_want;

static const sentence_want sentences[] = {
    {"وأكد وكيل وزارة المياه والكهرباء الدكتور صالح بن حسين العواجي، أهمية مذكرتي التعاون مع مدينة الملك عبدالعزيز للعلوم والتقنية.",
     "أهمية مذكرتي التعاون", "وأكد", "صالح بن حسين العواجي", 0},
    {"وشدد الكرواتي لوكا مودريتش لاعب وسط ريال مدريد على الدور المهم الذي يلعبه راموس وقال إنه لا يتوقع رحيله.",
     "على الدور المهم", "وشدد", "لوكا مودريتش", 0},
    {"وأعرب لويس انريكي مدرب برشلونة بطل إسبانيا وأوروبا عن سعادته بقدرة فريقه على العودة إلى الملاعب بقوة والفوز على غالاكسي في أول مباراة ببرنامج الإعداد للموسم الجديد الشهر المقبل.",
     "عن سعادته بقدرة فريقه", "وأعرب", "لويس انريكي", 0},
    {"أعلنت وزارة الصحة، اليوم الجمعة، عن رصد حالة إصابة جديدة بفيروس \"كورونا\" في الرياض خلال الـ 24 ساعة الأخيرة، مؤكدة عدم وقوع أي حالات وفاة.",
     "عن رصد حالة إصابة جديدة", "أعلنت", "وزارة الصحة", 0},
    {"أعلنت وزارة الصحة، اليوم الجمعة، عن رصد حالة إصابة جديدة بفيروس \"كورونا\" في الرياض خلال الـ 24 ساعة الأخيرة، مؤكدة عدم وقوع أي حالات وفاة.",
     "عدم وقوع أي حالات وفاة", "مؤكدة", "وزارة الصحة", 0},
    {"وأفادت مصادر شبكة “سكاي نيوز عربية” في اليمن، بمقتل مدني وإصابة 4 آخرين في قصف شنه الحوثيون على أحياء سكنية في مدينة تعز.",
     "“سكاي نيوز عربية” في اليمن، بمقتل مدني", "وأفادت", "?مصادر شبكة", 0},
    {"وقال الجيش الأمريكي في بيان \"نعرب عن أسفنا العميق لمقتل جنود أفغان\".",
     "نعرب عن أسفنا العميق", "وقال", "?الجيش الأمريكي", 1},
    {"وأشارت الدراسة إلى أن التمييز الوظيفي يحصل منذ البداية حين يتم اختيار الأكثر رشاقة.",
     "التمييز الوظيفي يحصل", "وأشارت", "?الدراسة", 0},
    {"وقد حمل الملك المفدى معاليه نقل تحياته لفخامة رئيس جمهورية مصر العربية مؤكداً عمق العلاقات الأخوية بين البلدين الشقيقين.",
     "عمق العلاقات الأخوية", "مؤكداً", "", 0},
    /* ب on the complement's noun (snn-015928, shortened) */
    {"وأفادت مصادر في اليمن، بمقتل مدني وإصابة 4 آخرين في قصف على أحياء سكنية في مدينة تعز.",
     "بمقتل مدني", "وأفادت", "?مصادر في اليمن", 0},
    /* quotes2 (issue 16): an Arabic comma inside a title chain (snn-019980) */
    {"أكد وكيل وزارة المياه والكهرباء لشؤون الكهرباء، رئيس مجلس إدارة الشركة السعودية للكهرباء، الدكتور صالح بن حسين العواجي، أهمية مذكرتي التعاون مع مدينة الملك عبدالعزيز للعلوم والتقنية.",
     "أهمية مذكرتي التعاون", "أكد", "صالح بن حسين العواجي", 0},
    /* عبر عن with a noun of cnoun (snn-029602, snn-010634: a man, nobody named) */
    {"وعبر المتظاهرون عن رفضهم لسياسة الحكومة في تعاملها مع ملف تنظيم \"الدولة الإسلامية\".",
     "عن رفضهم لسياسة الحكومة", "وعبر", "?المتظاهرون", 0},
    {"يحكى أن رجلا سافر في رحلة شاقة، وفي طريق العودة وعندما اقترب من الوصول عبر عن سعادته بجنون فأتلف كل ما يملك من طعام ومال.",
     "عن سعادته بجنون", "عبر", "", 0},
    /* a surname the article gave in full (snn-018042) */
    {"وأوضح مدير عام إدارة العلاقات العامة والإعلام بأمانة المنطقة الشرقية محمد بن عبدالعزيز الصفيان، أن التسجيل في جداول قيد الناخبين شرط للتصويت يوم الاقتراع. ونوه الصفيان بأن اللجنة المحلية للانتخابات البلدية في المنطقة الشرقية ستطلق خلال الأيام المقبلة حملة توعوية تثقيفية كبيرة.",
     "اللجنة المحلية للانتخابات", "ونوه", "محمد بن عبدالعزيز الصفيان", 0},
    /* a speech the sentence's subject gave: كلمة أعرب فيها (snn-013188) */
    {"عقب ذلك ألقى الأمين العام للأمم المتحدة بان كي مون كلمة أعرب فيها عن شكره للسعودية على هذه اللفتة المهمة بوجود ستارة باب الكعبة المشرفة في إحدى قاعات الأمم المتحدة.",
     "عن شكره للسعودية", "أعرب", "بان كي مون", 0},
    /* subjects before their verb: a body, an organisation (snn-009342, snn-019096) */
    {"وكانت الشرطة اعلنت الخميس مقتل 19 شخصا في حادث الاصطدام الذي جرى مساء الاربعاء في منطقة الوراق الفقيرة في ضاحية القاهرة الشمالية.",
     "مقتل 19 شخصا", "اعلنت", "?الشرطة", 0},
    {"وكانت الأمم المتحدة حذرت، أول من أمس، من ارتفاع حصيلة ضحايا الفيضانات وتزايد حوادث انهيارات التربة في بورما، مع استمرار هطول الأمطار الغزيرة منذ أيام.",
     "من ارتفاع حصيلة", "حذرت", "الأمم المتحدة", 0},
    /* a body with ال is the organisation named before, with its id (snn-029534) */
    {"وأفادت وزارة الخارجية الروسية في وقت سابق بأن الطرفين اللذين ناقشا مبادرة موسكو في هذا الشأن خلال لقائهما في الدوحة الأسبوع الماضي، سيبحثان أيضا تنسيق الخطوات المتخذة في أسواق الطاقة العالمية. وذكرت الوزارة أن لافروف والجبير سيبحثان أيضا الأوضاع في ليبيا وتسوية النزاع الإسرائيلي الفلسطيني.",
     "لافروف والجبير", "وذكرت", "وزارة الخارجية الروسية", 0},
    /* a title with no name, by its words (snn-026799) */
    {"قبل أيام قال الرئيس التنفيذي لجمعية حماية المستهلك إن لجنة الرصد والمتابعة في الجمعية باشرت دراسة وبحث ظاهرة عدم تأثر العديد من السلع والخدمات في أسواق المملكة بالانخفاض.",
     "لجنة الرصد والمتابعة", "قال", "?الرئيس التنفيذي لجمعية حماية المستهلك", 0},
    /* a title the recogniser put inside an earlier name is no surname; not a body before
       its verb after a preposition (snn-019706, snn-013157) */
    {"ومن جانبه شدد المحامي الدكتور عمر الخولي على أهمية آلية تنفيذ القرارات بشكل صحيح، وقال: «بكل تأكيد القرارات المالية التي صدرت من رعاية الشباب والاتحاد السعودي ستحدث نقلة كبيرة».",
     "على أهمية آلية", "شدد", "عمر الخولي", 0},
    {"وحسب بيان لرئاسة إقليم كردستان أكد المسؤول التركي أن أهداف تركيا تتعلق بالقضاء على حزب العمال الكردستاني.",
     "أهداف تركيا", "أكد", "?المسؤول التركي", 0},
    /* an abbreviation's dot inside a title chain (snn-016895); unnamed sources by their
       words (snn-023676, snn-019720); a body before its verb past a comma (snn-014952) */
    {"من جانبه، قال مدير إدارة الحج والعمرة بمنطقة مكة المكرمة د. موفق أبو طالب إن الاجتماع تطرق إلى الترتيبات والاستعدادات لكافة المرافق الصحية وما تم إعداده لموسم حج هذا العام 1436ه.",
     "الاجتماع تطرق", "قال", "موفق أبو طالب", 0},
    {"وقالت وسائل إعلام إيرانية إن مساعد وزير الخارجية الروسية، ميخائيل بوغدانوف، وضع المعلم في صورة المباحثات الثلاثية التي شارك فيها وزير الخارجية الروسي.",
     "مساعد وزير الخارجية", "وقالت", "?وسائل إعلام إيرانية", 0},
    {"وقال محقق من الوزارة إنه على الأرجح تعرضت الأبقار لعملية لي ذيولها عمداً.",
     "على الأرجح", "وقال", "?محقق من الوزارة", 0},
    {"يُذكر أن دراسة علمية أجرتها وزارة التعليم، ذكرت أن 85% من المتفوقين دراسياً هم من طلاب حلقات ومدارس تحفيظ القران الكريم.",
     "85% من المتفوقين", "ذكرت", "?دراسة علمية أجرتها وزارة التعليم", 0},
    /* a quote mark left open at a line's end does not swallow the next line's cue
       (snn-021043, shortened) */
    {"قال البروفيسور ميكو ميرسكيلا من كلية الاقتصاد بلندن ومدير معهد ماكس بلانك بألمانيا إن\" تجربة الزوجين فيما يتعلق بالطفل الأول وبعد انجابه تساعد في التكهن بحجم الأسرة في نهاية الأمر. \nوأضاف\" يتعين على السياسيين الذين يشعرون بالقلق إزاء انخفاض معدلات المواليد الاهتمام بأحوال الوالدين الجدد بشكل عام وبعد انجاب طفلهما الأول\". ",
     "يتعين على السياسيين", "وأضاف", "ميكو ميرسكيلا", 1},
    /* a speech named by a noun with its owner before التي: the owner, not the sentence's
       first person (snn-012018) */
    {"وتأتي تصريحات الرئيس حسن روحاني في وقت يواصل وزير الخارجية محمد ظريف زيارته لدول التعاون الخليجي، حيث ناقش في الكويت العلاقات الثنائية والملفات الساخنة بين طهران ودول التعاون خاصة الأزمة اليمنية والعراق وسوريا، ورغم استدعاء البحرين لسفيرها من طهران احتجاجًا على تصريحات خامنئي التي أعلن فيها عن مواصلة إيران لما أسمته دعمها للشعب»البحريني». ",
     "عن مواصلة إيران", "أعلن", "علي خامنئي", 0},
    /* coordinated subjects: a quote for each (snn-008236) */
    {"وقال محمد أبو طالب ومسفر أحمد مشني: نحمد الله على سلامة الأرواح وما حدث من هذه الشرذمة الفاسدة.",
     "نحمد الله على سلامة الأرواح", "وقال", "محمد أبو طالب", 0},
    {"وقال محمد أبو طالب ومسفر أحمد مشني: نحمد الله على سلامة الأرواح وما حدث من هذه الشرذمة الفاسدة.",
     "نحمد الله على سلامة الأرواح", "وقال", "مسفر أحمد مشني", 0},
    /* quotes3 (issue 16, dev2 of the recall set and a sample of 300 articles, seed 11): an
       addressee before the subject (snn-008226) */
    {"فيما أكد لـ(عكاظ) عدد من مديري المدارس أن إدارة التعليم أعدت العدة وجهزت المنشآت وفصولها وقاعاتها لاستقبال الطلبة.",
     "إدارة التعليم أعدت العدة", "أكد", "?عدد من مديري المدارس", 0},
    /* the object ذلك and اليوم before the subject, the content after الذي بين (snn-016552) */
    {"أوضح ذلك اليوم مدير عام فرع وزارة العمل بمنطقه مكة المكرمة عبدالله العليان الذي بين أن وزارة العمل أطلقت موقع \"مساند\" الخاص بإصدار تأشيرات العمالة المنزلية إلكترونياً.",
     "وزارة العمل أطلقت", "أوضح", "عبدالله العليان", 0},
    /* a full name the recogniser found before and not again (snn-010875) */
    {"وأوضح رئيس اللجنة الهندسية بغرفة المدينة المهندس كمال القبلي، أن تعثر المشاريع يعني توقفه وعدم الاستفادة منه لفترات زمنية طويلة. كما شدد كمال القبلي على التأكد من عدم وجود قضايا ومشاكل مع المقاولين الذين يتم اختيارهم.",
     "على التأكد من عدم وجود", "شدد", "كمال القبلي", 0},
    /* a title an earlier sentence gave with its holder (snn-027994) */
    {"اطلع الأمين العام لمجلس التعاون لدول الخليج العربية الدكتور عبداللطيف بن راشد الزياني في مكتبه بالرياض أمس على الخطط والبرامج الإدارية. وأكد الأمين العام حرص الأمانة العامة واستعدادها الدائم لتقديم أنواع الدعم والمساندة لجهاز الشرطة الخليجية.",
     "حرص الأمانة العامة", "وأكد", "عبداللطيف بن راشد الزياني", 0},
    /* المصدر نفسه: the last speaker, a person (snn-011558) */
    {"وفي تصريحاته لـ«الشرق الأوسط»، قال سوروش أبو طالبي من منظمي التظاهرة: «منذ بداية المفاوضات النووية مع إيران قبل عامين، لم يقل الاتحاد الأوروبي كلمة واحدة عن الانتهاكات». وتابع المصدر نفسه، إنه وبعد التوصل إلى اتفاق مع طهران، «لا يوجد عذر الآن للاتحاد الأوروبي».",
     "وبعد التوصل إلى اتفاق", "وتابع", "سوروش", 0},
    /* a participle whose sentence starts with a body (snn-010875) */
    {"حصرت اللجنة الهندسية بالغرفة التجارية الصناعية بالمدينة المنورة أسباب تعثر المشاريع في مجموعة من العوامل، داعية إلى إنشاء محكمة خاصة تتولى فيها الهيئة السعودية للمهندسين دورا يمكّنها من البت في قضايا تعثر المشاريع.",
     "إلى إنشاء محكمة خاصة", "داعية", "?اللجنة الهندسية بالغرفة التجارية الصناعية بالمدينة", 0},
    /* a body with its name in quote marks before its verb; a verb whose speaker follows عن
       (snn-001643) */
    {"وكانت صحيفة “الخبر” اعلنت على موقعها الالكتروني مقتل 11 عسكريا جزائريا في كمين نصبته “مجموعة ارهابية” على بعد 150 كيلومترا جنوب غرب العاصمة الجزائر.",
     "مقتل 11 عسكريا", "اعلنت", "?صحيفة “الخبر”", 0},
    {"وكانت صحيفة “الخبر” نقلت عن مصادر عسكرية ان “موكبا عسكريا كان في طريقه الى الثكنة العسكرية المتواجدة في منطقة تيفران عندما تفاجأ بكمين نصبه الإرهابيون”.",
     "موكبا عسكريا", "نقلت", "?مصادر عسكرية", 1},
    /* وزاد and علق report what a colon opens (snn-008226, snn-022771) */
    {"وكشف المتحدث الإعلامي باسم تعليم حائل إبراهيم الجنيدي، أن الإدارة عمدت جميع أقسامها لتجهيز المدارس وصيانتها لاستقبال الطلاب والطالبات. وزاد: «إدارة الإشراف التربوي ومكاتب التعليم في الإدارة العامة للتعليم بالمنطقة أطلقت برنامج تسديد العجز الطارئ من المعلمين».",
     "إدارة الإشراف التربوي", "وزاد", "إبراهيم الجنيدي", 1},
    {"وردا على سؤال حول أهداف الكاتب من هذا الفيلم، علق علي سعيد: \"لا توجد أهداف خارج الفيلم، فالفيلم يبدأ كفكرة درامية ثم تطورت لنذهب بها لأبعد مدى ممكن\".",
     "لا توجد أهداف", "علق", "علي سعيد", 1},
    /* a noun complement after a named subject and a comma, right after a participle
       (snn-008226); an apposition after the comma is passed over (snn-013470) */
    {"من جهته أكد مدير مكتب التعليم في محافظة القطيف عبد الكريم العليط، استكمال جميع الاستعدادات لاستقبال الطلبة في جميع المراحل الدراسية بالمحافظة. وأضاف أن المدارس المستأجرة في محافظة القطيف قليلة للغاية، مؤكدا انحسار المدارس المستأجرة في القطيف، حيث وصلت إلى 8 في المائة من إجمالي المدارس.",
     "استكمال جميع الاستعدادات", "أكد", "عبد الكريم العليط", 0},
    {"من جهته أكد مدير مكتب التعليم في محافظة القطيف عبد الكريم العليط، استكمال جميع الاستعدادات لاستقبال الطلبة في جميع المراحل الدراسية بالمحافظة. وأضاف أن المدارس المستأجرة في محافظة القطيف قليلة للغاية، مؤكدا انحسار المدارس المستأجرة في القطيف، حيث وصلت إلى 8 في المائة من إجمالي المدارس.",
     "انحسار المدارس المستأجرة", "مؤكدا", "عبد الكريم العليط", 0},
    {"وأعلن بلاتيني، رئيس الاتحاد الأوروبي الحالي، ترشحه رسميا لرئاسة الاتحاد الدولي لخلافة السويسري جوزيف بلاتر المستقيل من منصبه.",
     "ترشحه رسميا", "وأعلن", "بلاتيني", 0},
    /* فإن opens reported content (snn-011558) */
    {"وحسب ما ذكر البيان الأوروبي، فإن الزيارة ستكون فرصة لتبادل الآراء بشأن تنفيذ الاتفاق، والدور التنسيقي الذي ستستمر موغيريني في القيام به.",
     "الزيارة ستكون فرصة", "ذكر", "?البيان الأوروبي", 0},
    /* للنقل is no verb that ends the search for content (snn-016821); a poet named
       before the colon speaks (snn-006985) */
    {"أكّد وفد من أعضاء الغرفة الدولية للنقل البحري، أن مصر تمضي على الطريق الصحيح بقوة وبسرعة فاقت كل التوقعات والقدرات المتاحة.",
     "مصر تمضي على الطريق", "أكّد", "", 0},
    /* a date after the verb is passed over only when no complement follows it: not أعلن
       أمس عن التعاقد … مع الفنان تامر عبدالمنعم, who is not the speaker (snn-022454) */
    {"أعلن أمس عن التعاقد رسميا مع الفنان تامر عبدالمنعم لتصوير الجزء الثاني من فيلم \"المشخصاتي\" الذي قدم عبدالمنعم الجزء الأول منه قبل 13 عاما.",
     "عن التعاقد رسميا", "أعلن", "", 0},
    {"من جهته قال الشاعر ( محمد الدحيمي ) : لا نستطيع لومهم في بحثهم عن الشهرة والمال، اللوم الأول والأخير على الجهات المتاجرة باسم الشعر.",
     "لا نستطيع لومهم", "قال", "محمد الدحيمي", 0},
    /* quotes4 (issue 16, attribution; sentences of 300 articles outside the recall set,
       seed 41, and of its dev part): a verb with only a comma or a date after it goes on
       with the last speaker or its sentence's subject (snn-019993, snn-008183) */
    {"من جهته، أوضح مدير مشروع الطرد الخيري أحمد راشد الدوسري، أن جمعية البركة الخيرية والبريد الممتاز حققا الهدف المنشود من وراء هذا المشروع الخيري.\nوأضاف، إن فكرة هذه المبادرة الخيرية التي تبناها البريد الممتاز جاءت لإدخال السرور على الأيتام.",
     "فكرة هذه المبادرة", "وأضاف", "أحمد راشد الدوسري", 0},
    {"فيما واصل الرئيس الإيراني حسن روحاني دفاعه عن الاتفاق النووي الذي تم التوصل إليه مع القوى العالمية وقال امس الخميس إنه اتفاق تاريخي أكثر أهمية من الجدل الداخلي حول تفاصيله الدقيقة.",
     "اتفاق تاريخي", "وقال", "حسن روحاني", 0},
    /* only adjuncts after a verb that starts a sentence (snn-013209); not أمام, which the
       normalised lists cannot tell from إمام (إمام وخطيب المسجد الحرام) */
    {"كما أكدت الشركة المشغلة أن «شركة نفق يوروتانل اعترضت منذ الاول من يناير (كانون الثاني) أكثر من 37 ألف مهاجر بوسائلها الخاصة سلموا إلى قوات الأمن». وأضافت في بيانها «إنها انفقت أكثر من 160 مليون يورو لضمان أمن النفق».",
     "إنها انفقت", "وأضافت", "?الشركة المشغلة", 1},
    /* but not across genders, even for a description (snn-030544) */
    {"غالب ردود الفعل التى صدرت بعد مقالي وزير الخارجية الإيراني كانت تقليدية ومُكررة وتقول، إنه لا يمكن الثقة بالإيرانيين.",
     "لا يمكن الثقة", "وتقول", "", 0},
    /* a name the recogniser ran on with an adverb (dev: snn-022094) */
    {"استبدل وزير الخارجية الأميركي جون كيري الأربعاء العكازين اللذين كان يستخدمهما. وقال كيري مازحا في بداية أحد الاجتماعات في كوالالمبور \"هذه العصا لها تاريخ طويل.\"",
     "هذه العصا", "وقال", "جون كيري", 1},
    /* a verb after a comma with its named subject starts a statement (snn-005502) */
    {"في وقت ألقت الشرطة الإسبانية في مدينة مليلة القبض على رجل زعمت أنه يقوم بتجنيد نساء للالتحاق بتنظيم داعش الإرهابي، أكد وزير الخارجية الإسباني خوسيه مانويل غارسيا مارغايو أمس الأربعاء، أنه لم يتسلم «أي إعلان مسؤولية» عن اختفاء الصحافيين الثلاثة في سوريا.",
     "لم يتسلم", "أكد", "خوسيه مانويل غارسيا مارغايو", 0},
    /* a long title: the person the recogniser found in it, else all its words
       (snn-027595, snn-024983) */
    {"وأوضح المتحدث الرسمي للهلال الأحمر بمكة المكرمة علي عبدالله الغامدي أن فرقة باشرت موقع الحادث.",
     "فرقة باشرت", "وأوضح", "علي عبدالله الغامدي", 0},
    {"قال مدير الفريق الأول لكرة القدم بنادي هجر فؤاد المسلم إن المرحلة الثانية من البرنامج الإعدادي للفريق الهجراوي في المعسكر المقام في تركيا انتهت.",
     "المرحلة الثانية", "قال", "?مدير الفريق الأول لكرة القدم بنادي هجر فؤاد المسلم", 0},
    /* a title whose first genitive has no article, resolved by src/entities/titles.c to
       the person the article gave it (snn-003892) */
    {"استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود، في قصر السلام بجدة مساء أمس، رئيس حزب القوات اللبنانية سمير جعجع. وجرى خلال الاستقبال بحث مستجدات الأوضاع على الساحة اللبنانية. وأعرب رئيس حزب القوات اللبنانية عن شكره وتقديره للمملكة بقيادة خادم الحرمين الشريفين.",
     "عن شكره وتقديره", "وأعرب", "سمير جعجع", 0},
    /* a title with its origin and adjuncts only: the last speaker, a person, whose title
       the article gave after the name (snn-026535) */
    {"وقال شوشنغ إن «العام الماضي شهد إيفاد أربعة مبعوثين رئاسيين إلى مصر في تقليد نادر في علاقات الصين مع أية دولة أخرى».\nوأضاف المبعوث الصيني أن بلاده، حكومة وشعبًا، تتطلع لإتمام زيارة الرئيس السيسي المقبلة إلى الصين.",
     "بلاده، حكومة وشعبًا", "وأضاف", "شوشنغ", 0},
    /* أما before the topic, its verb later with ف (snn-000610) */
    {"أما رئيس رابطة الفنانين العراقيين الفنان نمير عبد الحسين، وهو أحد من شملهم الاعتقال خلال حملة الدهم، فقال: «فوجئت باقتحام القوة الأمنية للنادي واعتقالي مع عدد من العاملين في الفندق».",
     "فوجئت باقتحام", "فقال", "نمير عبد الحسين", 1},
    /* quotes5 (issue 16, dev4 and 1,500 articles outside the recall set, seed 45): a
       subject before its verb (وكان …) with titles and commas between, and adjuncts after
       the verb before its complement (dev4: snn-010185; snn-022054) */
    {"وكان الأمير خالد الفيصل مستشار خادم الحرمين الشريفين، أمير منطقة مكة المكرمة أكد في وقت سابق على أهمية إيصال كل الخدمات الصحية للمنطقة لجميع المحافظات والمراكز، مشددا على ضرورة استكمال جميع المشاريع وفق الجدول الزمني المعد لها دون تعثر.",
     "على أهمية إيصال", "أكد", "خالد الفيصل", 0},
    {"وكان الأمير خالد الفيصل مستشار خادم الحرمين الشريفين، أمير منطقة مكة المكرمة أكد في وقت سابق على أهمية إيصال كل الخدمات الصحية للمنطقة لجميع المحافظات والمراكز، مشددا على ضرورة استكمال جميع المشاريع وفق الجدول الزمني المعد لها دون تعثر.",
     "على ضرورة استكمال", "مشددا", "خالد الفيصل", 0},
    {"وكانت نادية السقاف رئيسة لجنة الإغاثة الدولية المقيمة في الرياض قالت عبر حسابها على موقع التواصل الاجتماعي \"تويتر\"، إن الرحلات اليمنية توقفت إلى صنعاء بشكل مؤقت كون الحوثيين أعلنوا الاستيلاء على أي طائرة تهبط إليها.",
     "الرحلات اليمنية", "قالت", "السقاف", 0},
    /* an organisation's name in quote marks is its name, not a quoted passage: it speaks
       (snn-020299, snn-000097) */
    {"وكان قد عُثِر على طفل من ساحل العاج داخل كيس في شهر مايو الماضي. وقالت \"هيومان رايتس ووتش\": إن 4300 شخص على الأقل دخلوا إلى \"سبتة\" و\"مليلية\" بطريقة غير شرعية في عام 2013.",
     "إن 4300 شخص", "وقالت", "هيومان رايتس ووتش", 0},
    {"إلى ذلك، كشفت قناة «سي إن إن»، أن الرئيس أوباما قابل الخميس الماضي، أعضاء الكونغرس الديمقراطيين اليهود.",
     "الرئيس أوباما", "كشفت", "سي إن إن", 0},
    /* the name Ali, written علي, right after the verb is no complement's على when إن/أن
       follows; the recogniser missed the name, which stands before a title (dev2:
       snn-010574) */
    {" أكد علي العثيم عضو مجلس إدارة غرفة الرياض ورئيس لجنة شباب الأعمال أن اللجنة طالبت بتخصيص 10 % من العقود الحكومية بالميزانية لصالح مشروعات الشباب.",
     "اللجنة طالبت", "أكد", "علي العثيم", 0},
    /* a family name the recogniser missed, the last two words of the description that
       spoke last (dev3: snn-011914) */
    {"وقال مشرف العمل المسرحي بالقرية متعب آل ثواب إن القرية قدمت هذا الموسم استعراضاً مختلفاً لموروث المنطقة، وذلك من خلال عمل مسرحي. ومن خلال الحوار يتم استعراض الفنون الشعبية من مختلف أقاليم المنطقة، التي عكست ما تحتفظ به منطقة عسير من ألوان تراثية متنوعة.\nوأوضح آل ثواب أن العمل قدمه نجوم الثقافة والفنون بأبها، إضافة إلى فرقة خميس مشيط الشعبية.",
     "العمل قدمه", "وأوضح", "?مشرف العمل المسرحي بالقرية متعب آل ثواب", 0},
    /* a participle whose sentence's subject, named right after its first verb, is new:
       that person speaks on (snn-025536) */
    {"وسلط الدكتور أحمد أوموس من وزارة الثقافة المغربية في ورقته «الفن الصخري بالمغرب» الضوء على التراث الثقافي العريق بين تحديات المحافظة ورهانات التنمية، انطلاقًا من تجربة المركز الوطني للتراث الصخري، موضحًا أن الفن الصخري هو نقوش أو رسوم نقشت على الحجارة، وهو إرث تراثي غير منقول. وأكد أن التراث رمز للهوية وشاهد للتاريخ ومورد اقتصادي.",
     "التراث رمز للهوية", "وأكد", "أحمد أوموس", 0},
    /* a plural noun after the verb is no bare title going on with the last speaker
       (snn-008721) */
    {"تعرض كيري لسيل جارف من الانتقادات الجارحة الخميس أمام لجنة الخارجية في مجلس الشيوخ، حيث قال الجمهوريون إن مفاوضي طهران \"نتفوه\" و\"خدعوه\" خلال جلسة استمرت أربع ساعات ونصف.",
     "مفاوضي طهران", "قال", "", 0},
    /* بالقول and بالتأكيد على after a verb that reports nothing itself (اختتم، مضى، زاد):
       a participle's phrase, its sentence's subject the speaker (snn-011576; dev3:
       snn-025746) */
    {"وأضاف شترايتر أن الجانبين اتفقا على تبادل وثيق بين وزارتي الخارجية والدفاع في البلدين. واختتم شترايتر تصريحاته بالقول إن ميركل وداود أوغلو اتفقا أيضا على تعاون وثيق بين وزارتي الداخلية في البلدين.",
     "ميركل وداود أوغلو", "بالقول", "شترايتر", 0},
    {"واختتم الشيخ د. أسامة خياط بالتأكيد على ضرورة أنَّ تضَافُر الجهود وتكاثُف المساعي، ووقوفَ الأمّة كلِّها صفًّا واحدًا في وجه هذا البغيِ والإجرام.",
     "ضرورة", "بالتأكيد على", "أسامة خياط", 0},
    /* نفى with a nominal complement, a denial (snn-004162) */
    {"نفى السفير البنغلاديشي لدى المملكة، توقف الاتفاقية الموقعة مابين المملكة وبنجلاديش لاستقدام العمالة المنزلية.",
     "توقف الاتفاقية", "نفى", "?السفير البنغلاديشي لدى المملكة", 0},
    /* counted unnamed speakers (snn-015024) and research as a body (snn-001374) */
    {"وقال آخر: \"الحيوانات تجاوبت مع حجم المعاناة فيما لم يتجاوب المسؤولون البشر مع ذلك\". وقال ثالث: \"من المفترض أن يحرص المقاول على تغطية معداته\".",
     "من المفترض", "وقال", "?ثالث", 1},
    {"نعم قد أشارت أبحاث أجرتها «جامعة هارفارد» الأميركية إلى أنّ تناول الشوكولاتة يزيد من متوسط عمر الإنسان.",
     "تناول الشوكولاتة", "أشارت", "?أبحاث أجرتها", 0},
    /* more bodies that speak by their description (snn-019585, snn-017739; dev4:
       snn-010185) */
    {"قالت السفارة الأمريكية في القاهرة اليوم الثلاثاء إن الولايات المتحدة سلمت مصر خمسة أبراج لدبابات (ابرامز إم1 أيه1) في نطاق الإنتاج المشترك لهذا الطراز.",
     "الولايات المتحدة", "قالت", "?السفارة الأمريكية في القاهرة", 0},
    {"أعلنت اجهزة الامن الروسية، اليوم (الاثنين)، مقتل 14 مقاتلا متمردا في عملية للقوات الخاصة الروسية في نالتشيك.",
     "مقتل 14 مقاتلا", "أعلنت", "?اجهزة الامن الروسية", 0},
    {"وأوضحت الشؤون الصحية في منطقة مكة المكرمة أنه من المتوقع ارتفاع عدد الأسرّة في مستشفيات المحافظات والمراكز التابعة لها من 8500 سرير إلى أكثر من 10 آلاف سرير.",
     "من المتوقع ارتفاع", "وأوضحت", "?الشؤون الصحية في منطقة مكة المكرمة", 0},
};

/* A sentence whose speaker starts with '!' is an open regression: it is reported, not
 * asserted, until the recogniser gets it again. (The two of data 2026.12-7, هيومان رايتس
 * ووتش tagged MISC and البنغلاديشي PER, are asserted again since quotes6: a MISC name in
 * quote marks right after the cue speaks, a place's adjective never does.) */
static int open_regression(const rasd_engine *e, rasd_doc *d, const sentence_want *w)
{
    const rasd_quote *q;
    size_t n, found = 0;
    const char *who = w->speaker + 1 + (w->speaker[1] == '?');
    REQUIRE(rasd_analyze(e, d, w->text, strlen(w->text)) == RASD_OK &&
            rasd_recognize(e, d) == RASD_OK && rasd_extract(e, d, NULL) == RASD_OK);
    q = rasd_doc_quotes(d, &n);
    for (size_t i = 0; i < n; i++)
        found |= q[i].speaker_name && strcmp(q[i].speaker_name, who) == 0 &&
                 memcmp(w->text + q[i].start, w->quote, strlen(w->quote)) == 0;
    printf("test_quotes: note: open regression \"%s\" (%s): %s\n", w->quote, who,
           found ? "right again: assert it" : "still wrong");
    return 1;
}

static void test_sentences(const rasd_engine *e, rasd_doc *d)
{
    for (size_t k = 0; k < sizeof sentences / sizeof *sentences; k++) {
        const sentence_want *w = &sentences[k];
        const rasd_quote *q, *hit = NULL;
        size_t n, len = strlen(w->text);
        if (w->speaker[0] == '!' && open_regression(e, d, w))
            continue;
        REQUIRE(rasd_analyze(e, d, w->text, len) == RASD_OK && rasd_recognize(e, d) == RASD_OK &&
                rasd_extract(e, d, NULL) == RASD_OK);
        q = rasd_doc_quotes(d, &n);
        for (size_t i = 0; i < n; i++)     /* the first with those words, else the speaker's */
            if (q[i].end - q[i].start >= strlen(w->quote) &&
                memcmp(w->text + q[i].start, w->quote, strlen(w->quote)) == 0 &&
                (!hit || (q[i].speaker_name && strcmp(q[i].speaker_name, w->speaker) == 0)))
                hit = &q[i];
        CHECKF(hit != NULL, "no quote \"%s\"", w->quote);
        if (!hit)
            continue;
        CHECKF(same(w->text, hit->cue_start, hit->cue_end, w->cue), "\"%s\": cue %.*s", w->quote,
               (int)(hit->cue_end - hit->cue_start), w->text + hit->cue_start);
        CHECKF(hit->direct == w->direct, "\"%s\": direct %d", w->quote, hit->direct);
        if (!w->speaker[0])
            CHECKF(hit->speaker_name == NULL, "\"%s\": speaker %s, want none", w->quote,
                   hit->speaker_name);
        else if (w->speaker[0] == '?')
            CHECKF(hit->speaker_id == NULL && hit->speaker_name &&
                       strcmp(hit->speaker_name, w->speaker + 1) == 0,
                   "\"%s\": speaker %s", w->quote,
                   hit->speaker_name ? hit->speaker_name : "(none)");
        else
            CHECKF(hit->speaker_id && hit->speaker_name &&
                       strcmp(hit->speaker_name, w->speaker) == 0,
                   "\"%s\": speaker %s, want %s", w->quote,
                   hit->speaker_name ? hit->speaker_name : "(none)", w->speaker);
    }
}

/* Sentences with no quote: bare عبر is "via" (snn-007949: عبر الأسواق عن طريق المنافذ); ما
 * دعا is "which led to". */
static const char *const no_quotes[] = {
    "وتدخل البضائع المستوردة التي تشهد إقبالا كبيرا عبر الأسواق عن طريق المنافذ المعتمدة مثل الموانئ والمطارات.",
    /* ما before a verb of appeal: "which led the minister to" (snn-018402) */
    "تدفق الدعاوى والإنهاءات على المحاكم يشكل هاجسا للمسؤولين العدليين، وهو ما دعا وزير العدل إلى تشكيل فريق للنظر في الحد من ذلك.",
    /* verse an unnamed poet says: no statement (snn-009231, quotes3) */
    "حيث يطوى ويسمونه ثوب ( الطيّة ) يقول الشاعر:\nخلي طواني طية الثوب أبو كم\nوأنا طويته طي بير المرازيق",
    /* quotes4: a prayer whose God follows the subject (snn-022676), a hypothetical after قد
       (snn-020510), ما before a present-tense verb of opinion (snn-021361) */
    "ودعا الرئيس العام لهيئة الأمر بالمعروف والنهي عن المنكر الله عز وجل أن يتقبل الشهداء ويجبر مصاب أهليهم ويمن على المصابين بالشفاء العاجل.",
    "قد يقول البعض، خصوصا أنصار الإخوان، إن ما جرى هو مجرد «تفريعة» جديدة، لا تستحق هذه «الهيصة».",
    /* quotes5: نفي written with a dotted ي before a complement is the noun, a denial
       (snn-006252) */
    "ورفض تأكيد أو نفي إلقاء القبض على شقيق زعيم المتمردين وقائد الحوثيين في عدن «عبدالخالق الحوثي».",
    "وارتفعت أعداد الذئاب المعرضة للانقراض إلى 109 في عام 2014 ما يشير إلى رابع عام على التوالي تواصل فيه أعداد الحيوان الزيادة.",
};

static void test_no_quotes(const rasd_engine *e, rasd_doc *d)
{
    for (size_t k = 0; k < sizeof no_quotes / sizeof *no_quotes; k++) {
        size_t n;
        REQUIRE(rasd_analyze(e, d, no_quotes[k], strlen(no_quotes[k])) == RASD_OK &&
                rasd_recognize(e, d) == RASD_OK && rasd_extract(e, d, NULL) == RASD_OK);
        rasd_doc_quotes(d, &n);
        CHECKF(n == 0, "%zu quotes in \"%s\"", n, no_quotes[k]);
    }
}

/* ------------------------------------------------ hand-judged SaudiNewsNet quotes */

typedef struct judged {
    char id[32], speaker[256], verdict[8], was[256];
    uint32_t at;               /* a byte of the quote */
    int seen;
} judged;

/* Reads the rows of JUDGED into j (at most MAX_JUDGED); returns how many, 0 on failure. */
static size_t read_judged(judged *j)
{
    char line[2048];
    size_t n = 0;
    FILE *f = fopen(JUDGED, "r");
    if (!f)
        return 0;
    while (n < MAX_JUDGED && fgets(line, sizeof line, f)) {
        unsigned long at;
        if (line[0] == '#' || line[0] == '\n')
            continue;
        memset(&j[n], 0, sizeof *j);
        if (sscanf(line, "%31[^\t]\t%lu\t%255[^\t]\t%7[^\t]\t%255[^\t]", j[n].id, &at,
                   j[n].speaker, j[n].verdict, j[n].was) == 5) {
            j[n].at = (uint32_t)at;
            n++;
        }
    }
    fclose(f);
    return n;
}

/* The quote that holds byte at (or starts within a few bytes of it), or NULL. */
static const rasd_quote *quote_at(const rasd_quote *q, size_t n, uint32_t at)
{
    for (size_t i = 0; i < n; i++)
        if ((q[i].start <= at && at < q[i].end) || (q[i].start > at && q[i].start < at + 4) ||
            (q[i].start < at && at < q[i].start + 4))
            return &q[i];
    return NULL;
}

static int speaker_is(const rasd_quote *q, const char *name)
{
    return q && q->speaker_name && strcmp(q->speaker_name, name) == 0;
}

/* Checks one judged row against the quotes of its article; counts open ones in *open. */
static void check_judged(const judged *j, const rasd_quote *q, size_t n, int *open)
{
    const rasd_quote *hit = quote_at(q, n, j->at);
    const char *now = hit && hit->speaker_name ? hit->speaker_name : "(none)";
    if (strcmp(j->verdict, "right") == 0) {
        CHECKF(speaker_is(hit, j->speaker), "%s@%u: speaker %s, judged right: %s", j->id,
               (unsigned)j->at, now, j->speaker);
    } else if (strcmp(j->verdict, "wrong") == 0) {
        CHECKF(!speaker_is(hit, j->was), "%s@%u: speaker %s again (judged wrong)", j->id,
               (unsigned)j->at, j->was);
        if (strcmp(j->speaker, "none") == 0)
            CHECKF(!hit || !hit->speaker_name, "%s@%u: speaker %s, want none", j->id,
                   (unsigned)j->at, now);
        else
            CHECKF(speaker_is(hit, j->speaker), "%s@%u: speaker %s, want %s", j->id,
                   (unsigned)j->at, now, j->speaker);
    } else {
        (*open)++;
    }
}

/* Reads SaudiNewsNet up to the last judged article (the whole file: under a second in release, analysing
 * only the judged ones) and checks them with their publication dates. */
static void test_snn_judged(const rasd_engine *e, rasd_doc *d, judged *j, size_t nj)
{
    size_t left = nj;
    int open = 0;
    rasd_reader *r;
    rasd_record rec;
    REQUIREF(rasd_reader_open(&r, SNN, NULL) == RASD_OK, "cannot read " SNN);
    while (left > 0 && rasd_reader_next(r, &rec) == RASD_OK) {
        const rasd_quote *q = NULL;
        size_t n = 0, k;
        for (k = 0; k < nj && strcmp(j[k].id, rec.id) != 0; k++)
            ;
        if (k == nj)
            continue;
        CHECK(rasd_analyze(e, d, rec.text, rec.text_len) == RASD_OK &&
              rasd_recognize(e, d) == RASD_OK && rasd_extract(e, d, rec.published) == RASD_OK);
        q = rasd_doc_quotes(d, &n);
        for (; k < nj; k++)
            if (strcmp(j[k].id, rec.id) == 0 && !j[k].seen) {
                j[k].seen = 1, left--;
                check_judged(&j[k], q, n, &open);
            }
    }
    rasd_reader_close(r);
    CHECKF(left == 0, "%zu judged quotes not found in " SNN, left);
    printf("  SaudiNewsNet: %zu hand-judged quotes checked, %d judged wrong and still open\n",
           nj - left, open);
}

/* The quotes of the articles names[0, count) of dir (each with at least min_quotes), their
 * ranges, and each wanted quote of w[0, nw). */
static void test_articles(const rasd_engine *e, rasd_doc *d, const char *dir,
                          const char *const *names, int count, const want *w, size_t nw,
                          size_t min_quotes)
{
    size_t checked = 0;
    for (int f = 0; f < count; f++) {
        char path[128], *text;
        size_t len, n;
        const rasd_quote *q;
        snprintf(path, sizeof path, "%s%s.txt", dir, names[f]);
        text = REQUIRE_SLURP(path, &len);
        REQUIRE(rasd_analyze(e, d, text, len) == RASD_OK && rasd_recognize(e, d) == RASD_OK &&
                rasd_extract(e, d, NULL) == RASD_OK);
        q = rasd_doc_quotes(d, &n);
        CHECKF(n >= min_quotes, "%s: %zu quotes", names[f], n);
        for (size_t i = 0; i < n; i++) {
            size_t words = 0;
            CHECK(q[i].start < q[i].end && q[i].end <= len && (i == 0 || q[i - 1].start < q[i].start));
            for (uint32_t k = q[i].start; k < q[i].end; k++)
                words += text[k] == ' ';
            CHECKF(words >= 2, "%s: a quote of one or two words: %.*s", names[f],
                   (int)(q[i].end - q[i].start), text + q[i].start);
        }
        for (size_t k = 0; k < nw; k++)
            if (strncmp(w[k].seed, names[f], strlen(w[k].seed)) == 0) {
                check_quote(text, q, n, &w[k]);
                checked++;
            }
        free(text);
    }
    CHECKF(checked == nw, "%zu of %zu wanted quotes are in no article read", nw - checked, nw);
}

int main(void)
{
    rasd_engine *e = NULL;
    rasd_doc *d = NULL;
    static judged j[MAX_JUDGED];
    size_t nj;
    REQUIRE(rasd_engine_open(&e, NULL) == RASD_OK);
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    REQUIREF(rasd_ner_available(e), "no data/ner.model");
    test_articles(e, d, NEWS, news, 5, news_wants, sizeof news_wants / sizeof *news_wants, 1);
    test_sentences(e, d);
    test_no_quotes(e, d);
    nj = read_judged(j);
    CHECKF(nj >= 90, "%zu judged quotes in " JUDGED, nj);
    if (SHARED_TIER("seeds", CHECK_FAST))
        test_articles(e, d, SEEDS, files, 5, wants, sizeof wants / sizeof *wants, 4);
    if (SHARED_TIER("SaudiNewsNet judged quotes", CHECK_SLOW))
        test_snn_judged(e, d, j, nj);
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_quotes");
}
