/* test_quotes_as_said.c — err63 (docs/EVENTS.md "Issue 16: unseen31's missed rows, classed and
 * fixed where they recur (branch err63, stop 55)"): a reporting verb said as an aside after
 * كما, "as X says" (as_said.c). At the sentence's end (…، كما أوضح برونهولتز.) the clause
 * before it is the speaker's quote; closed by a comma (حتى ذلك الحين، كما يقول كلارك، ستكون …)
 * the sentence is. Not when the subject names no one (كما يقول المثل), and not in place of the
 * verb's own content after the aside (كما قال X، رئيس …، إن البنك …). Before, none of these
 * asides gave a quote. Sentences of SaudiNewsNet articles outside the recall set (the article
 * each is from in the comment). */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-007194: the aside closed by a comma, the sentence around it */
    {"حتى ذلك الحين، كما يقول كلارك، ستكون المعركة في مختبرات شركة ايلاي ليلي في سوري بعيدة عن تحقيق النصر.",
     "حتى ذلك الحين، كما يقول كلارك،", "كلارك", 1},
    /* snn-000374: at the sentence's end, the clause before it */
    {"وتم بناء الكثير من القصور في منتجعات الغولف على طراز معماري عصري متأثر بمعمار البرتغالي فاسكو فييرا، كما أوضح برونهولتز.",
     "وتم بناء الكثير من القصور", "برونهولتز", 1},
    /* snn-005100: an unnamed group of officials */
    {"ولم يكن من الواضح كذلك ما إذا كان كارتر قد قبل مهلة الـ30 يوما المحددة، كما قال أولئك المسؤولون.",
     "ولم يكن من الواضح كذلك", "أولئك المسؤولون", 0},
    /* snn-014612: the verb's own content after إن, as before */
    {"ومع ذلك، كما قال أندرو كولكوهون، رئيس آسيا والمحيط الهادئ للتصنيفات السيادية في فيتش، إن البنك هو بدأ الآن «يصل إلى نهاية الطريق».",
     "البنك هو بدأ الآن", "أندرو كولكوهون", 1},
};

static const not_want nots[] = {
    /* snn-027730: a proverb speaks for nobody */
    {"صعب جدًا، خصوصًا وأن الطريق إلى جهنم معبد بالنيات الحسنة، كما يقول المثل!", "صعب جدًا"},
    /* snn-014612: no quote from the sentence's start over the aside */
    {"ومع ذلك، كما قال أندرو كولكوهون، رئيس آسيا والمحيط الهادئ للتصنيفات السيادية في فيتش، إن البنك هو بدأ الآن «يصل إلى نهاية الطريق».",
     "ومع ذلك"},
};

int main(void)
{
    return check_wants_nots(wants, sizeof wants / sizeof *wants, nots, sizeof nots / sizeof *nots,
                            "test_quotes_as_said");
}
