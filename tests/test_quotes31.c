/* test_quotes31.c — quotes31 (docs/EVENTS.md "Issue 16: formulas of blessing and unseen14's
 * speakers"): a formula of blessing (صلى الله عليه وسلم، صلوات الله وسلامه عليه، رضي الله
 * عنها، رحمه الله) is never a speaker nor part of one: the speaker is what stands before it
 * (رسول الله، الملك فهد), or nobody when the formula stands alone after the verb. A name with
 * الله in it (حسن نصر الله) is no formula. Sentences of SaudiNewsNet articles outside the
 * recall set (the article each is from in the comment). */
#include "check.h"
#include "rasd.h"

#include <string.h>

typedef struct want {
    const char *text, *quote, *speaker;   /* speaker "": none; named: with an entity id when
                                             id is 1 */
    int id;
} want;

static const want wants[] = {
    /* snn-001376: the Prophet's title before the formula, was رسول الله صلى الله */
    {"وشملتهم بتقديم الرعاية اللاحقة لأسرهم وأبنائهم وبالاحتضان والاحتواء والإعزاز. يقول رسول الله صلى الله عليه وسلم: ((من جهَّز غازيًا في سبيل الله فقد غزا، ومن خلف غازيًا في سبيل الله بخيرٍ فقد غزا))؛ متفق عليه.",
     "من جهَّز غازيًا", "رسول الله", 0},
    /* snn-014622: the formula alone after the verb: nobody, was صلى الله */
    {"إني أنهاكم عن ذلك )) وكذلك قال صلى الله عليه وسلم (( لا تتخذوا قبري قبلة ولا مسجداً؛ فإن الله عز وجل لعن اليهود حين اتخذوا قبور أنبيائهم مساجد )).",
     "الله عز وجل لعن", "", 0},
    /* snn-008879: a Companion's formula alone: nobody, was رضي الله */
    {"وسئلت عائشة -رضي الله عنها-: هل كان النبي صلى الله عليه وسلم يخص يوماً من الأيام؟ فقالت: لا، كان عمله ديمة، وقالت رضي الله عنها: كان النبي -صلى الله عليه وسلم- لا يزيد في رمضان ولا غيره على إحدى عشرة ركعة.",
     "كان النبي", "", 0},
    /* snn-016743: a late king, was الملك فهد رحمه الله */
    {"وبعد وقوع محنة الغزو أعلن الملك فهد رحمه الله رفض بلاده للاحتلال العراقي وأبدى دعم المملكة لأي تحرك يهدف إلى تحرير الكويت.",
     "رفض بلاده", "الملك فهد", 0},
    /* snn-011394: a description before رحمها الله, was ابنة المعلمة رحمها الله */
    {"وقالت ابنة المعلمة رحمها الله في اتصال مع \"سبق\"، إنه أثناء إدخال الرغبات في بداية التقديم كانت والدتي تشاهدني وأنا أدخل الرغبات وحرصت على ألا نخطئ في إدخالها.",
     "أثناء إدخال", "ابنة المعلمة", 0},
    /* snn-008496: الله in a name is no formula (negative) */
    {"ذكر زعيم حزب الله اللبناني حسن نصر الله اليوم أن الحزب يثق أن بوسعه الاعتماد على الدعم الإيراني بعد الاتفاق النووي الذي وقعته طهران مع الغرب.",
     "الحزب يثق", "حسن نصر الله", 1},
    /* snn-024380 (its first and its hadith's sentences): معاليه after a hadith is the man the
       article named, not النبي (was النبي صلى الله) */
    {"أعرب الرئيس العام لشؤون المسجد الحرام والمسجد النبوي الشيخ الدكتور عبدالرحمن بن عبدالعزيز السديس باسمه واسم الأئمة والخطباء وعلماء الحرمين الشريفين عن استنكاره وتألمه للحادث الآثم. وقد قال النبي صلى الله عليه وسلم في خطبته في حجة الوداع: (إِنَّ دِمَاءَكُمْ وأموالكم وَأَعْرَاضَكُمْ عليكم حَرَامٌ، كَحُرْمَةِ يَوْمِكُمْ هَذَا، فِي شَهْرِكُمْ هَذَا، فِي بَلَدِكُمْ هَذَا). \nودعا معاليه الجميع إلى أن يقفوا صفاً واحداً تجاه البغاة والمفسدين القتلة مهما كانت جنسياتهم أو توجهاتهم.",
     "يقفوا صفاً", "عبدالرحمن بن عبدالعزيز السديس", 1},
    /* runon.c: a description ends before the verb's object with a possessive pronoun
       (snn-007075, snn-016036) or before في and the subject's own report (snn-008582) */
    {"وأبدى المصدر اعتقاده بأن «الجثث تعود لمقاتلين إيرانيين وأفغان سقطوا في المعارك في محيط بلدة بصر الحرير».",
     "الجثث تعود", "المصدر", 0},
    {"وأكدت الشركتان قدرتهما على تجاوز هبوط الأسعار والخروج في وضع أقوى.",
     "على تجاوز هبوط", "الشركتان", 0},
    {"وقال البنك في تقريره: «حتى وإن نجحت السياسات الصينية في تحفيز الطلب الداخلي، فإن كل المعطيات تؤكد على حدوث تباطؤ».",
     "حتى وإن نجحت", "البنك", 0},
    /* negatives: a name ending in يه (snn-012326: نزيه), a name after آل (snn-019388: آل
       درهم), a construct with no article (snn-027134: أحد زملائه) stay whole */
    {"أوضح نائب رئيس نادي الخليج نزيه النصر أن الجهازين الإداري والفني يرفضان بشكل قاطع انتقال حارس مرمى الفريق الأول لكرة القدم.",
     "الجهازين الإداري", "نائب رئيس نادي الخليج نزيه النصر", 0},
    {"أوضح ذلك رئيس بلدية محايل حمد آل درهم، مشيراً إلى أن اللقاء سيبدأ بكلمة ترحيبية يلقيها أمين منطقة عسير.",
     "اللقاء سيبدأ", "رئيس بلدية محايل حمد آل درهم", 0},
    {"من جهته، أوضح أحد زملائه، الذي فضل عدم ذكر اسمه، عزمه وزملائه التوجه لتوكيل محام للدفاع عن حقوقهم سواء من الشركة أو من التأمينات.",
     "عدم ذكر اسمه", "أحد زملائه", 0},
    /* a first name in ه before a family name (snn-020468: جمعه الخياط) stays */
    {"وبيّن الباحث الاجتماعي جمعه الخياط أن موضوع التحرش ليس موضوعًا جديدًا على المجتمع.",
     "موضوع التحرش", "الباحث الاجتماعي جمعه الخياط", 0},
};

static void check_want(const rasd_engine *e, rasd_doc *d, const want *w)
{
    const rasd_quote *q, *hit = NULL;
    size_t n, len = strlen(w->text), ql = strlen(w->quote);
    REQUIRE(rasd_analyze(e, d, w->text, len) == RASD_OK && rasd_recognize(e, d) == RASD_OK &&
            rasd_extract(e, d, NULL) == RASD_OK);
    q = rasd_doc_quotes(d, &n);
    for (size_t i = 0; i < n && !hit; i++)
        if (q[i].end - q[i].start >= ql && memcmp(w->text + q[i].start, w->quote, ql) == 0)
            hit = &q[i];
    CHECKF(hit != NULL, "no quote \"%s\"", w->quote);
    if (!hit)
        return;
    if (!w->speaker[0]) {
        CHECKF(hit->speaker_name == NULL, "\"%s\": speaker %s, want none", w->quote,
               hit->speaker_name);
        return;
    }
    CHECKF(hit->speaker_name && strcmp(hit->speaker_name, w->speaker) == 0 &&
               (hit->speaker_id != NULL) == w->id,
           "\"%s\": speaker %s, want %s", w->quote,
           hit->speaker_name ? hit->speaker_name : "(none)", w->speaker);
    CHECKF(!w->id || (hit->speaker_end > hit->speaker_start &&
                      hit->speaker_end <= len),
           "\"%s\": speaker span", w->quote);
    CHECKF(w->id || (hit->speaker_end - hit->speaker_start == strlen(w->speaker) &&
                     memcmp(w->text + hit->speaker_start, w->speaker, strlen(w->speaker)) == 0),
           "\"%s\": speaker bytes", w->quote);
}

int main(void)
{
    rasd_engine *e = NULL;
    rasd_doc *d = NULL;
    REQUIRE(rasd_engine_open(&e, NULL) == RASD_OK);
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    REQUIREF(rasd_ner_available(e), "no data/ner.model");
    for (size_t k = 0; k < sizeof wants / sizeof *wants; k++)
        check_want(e, d, &wants[k]);
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_quotes31");
}
