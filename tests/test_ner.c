/* test_ner.c — named entities: recognition and resolution on the articles of tests/data/news
 * (core tier) and on the seed articles (shared tier): the people, places and organisations of
 * the talks in Geneva, Paris and Moscow and of the G20 summit in Antalya, merged across
 * spellings, clitics, short forms and titles; the dev-split F1 floor on ANERcorp (shared
 * tier), offsets, and the data loaders' refusals (a corrupt model, no model). */
#include "rasd.h"
#include "check.h"
#include "entities/ent.h"

#include <sys/stat.h>
#include <unistd.h>

#define NEWS "tests/data/news/"
#define SEEDS SHARED "/corpus/seeds/"
#define ANERCORP SHARED "/data/anercorp/train.txt"
#define DEV_F1_FLOOR 0.81     /* measured 0.820 on the every-10th-sentence dev split, the
                                 taggers alone (--no-rules); 0.847 before the model learnt
                                 from SaudiNewsNet sentences: that split rewards memory of
                                 the same articles, see docs/NER.md "In-domain training
                                 data" for the loss, the tail below for unseen articles */
#define DEV_RULES_FLOOR 0.80  /* measured 0.811 there with the name rules (0.838 before),
                                 which follow the project's guideline where ANERcorp leaves
                                 heads out */
#define TAIL_F1_FLOOR 0.72    /* measured 0.740 (0.716 before): the shipped recipe (with the
                                 SaudiNewsNet sentences) trained without the last 18% of
                                 train.txt, scored on it (whole unseen stretches) */
#define SNN_F1_FLOOR 0.78     /* measured 0.811 (0.744 without the name rules): the shipped
                                 model on the 70 hand-labelled SaudiNewsNet sentences of
                                 tests/data/ner/snn_dev.conll; one entity is 1.5 points */
#define CRF_F1_FLOOR 0.55     /* measured 0.600 (test_crf: 400 SaudiNewsNet sentences) */
#define SNN_TRAIN "tests/data/ner/snn_train.conll"   /* the shipped model's extra sentences */
#define SNN_DEV "tests/data/ner/snn_dev.conll"

static const char *const news[] = {
    "a_geneva", "b_reprint", "c_own_words", "d_paris", "e_riyadh", "f_bad_utf8",
};

static const char *const seeds[] = {
    "000_93c6ccf29017a1c8", "001_337ddc5b2ec75abf", "002_a013ac47fc823ed8",
    "003_f448dd176493aaea", "004_d592b9f202c30752",
};

/* Every mention of the articles read: its text, type, id and name. */
typedef struct mention {
    char text[128], type[8], id[20], name[128];
    int seed;
} mention;

static mention ms[2048];
static size_t nms;

/* Collects the mentions of the articles names[0, count) of dir, each with more than
 * min_mentions of them (the last article is exempt: a one-line text). */
static void collect(rasd_engine *e, rasd_doc *d, const char *dir, const char *const *names,
                    int count, size_t min_mentions)
{
    nms = 0;
    for (int s = 0; s < count; s++) {
        char path[256];
        size_t len, n;
        snprintf(path, sizeof path, "%s%s.txt", dir, names[s]);
        char *text = REQUIRE_SLURP(path, &len);
        REQUIRE(rasd_analyze(e, d, text, len) == RASD_OK);
        REQUIRE(rasd_recognize(e, d) == RASD_OK);
        const rasd_entity *en = rasd_doc_entities(d, &n);
        CHECKF(n > min_mentions || (s == count - 1 && n > 0), "%s: %zu entities", names[s], n);
        uint32_t prev = 0;
        for (size_t i = 0; i < n && nms < sizeof ms / sizeof *ms; i++) {
            mention *m = &ms[nms++];
            CHECK(en[i].start < en[i].end && en[i].end <= len && en[i].start >= prev);
            prev = en[i].start;
            snprintf(m->text, sizeof m->text, "%.*s", (int)(en[i].end - en[i].start),
                     text + en[i].start);
            snprintf(m->type, sizeof m->type, "%s", en[i].type);
            snprintf(m->id, sizeof m->id, "%s", en[i].id);
            snprintf(m->name, sizeof m->name, "%s", en[i].name);
            m->seed = s;
        }
        free(text);
    }
}

/* The first mention written exactly `text` (in any seed), or NULL. */
static const mention *find(const char *text)
{
    for (size_t i = 0; i < nms; i++)
        if (strcmp(ms[i].text, text) == 0)
            return &ms[i];
    return NULL;
}

static void found_as(const char *text, const char *type)
{
    const mention *m = find(text);
    CHECKF(m && strcmp(m->type, type) == 0, "%s: %s, want %s", text, m ? m->type : "not found",
           type);
}

/* Every mention written as any of texts[] has the same id, and the first one's name. */
static void same_entity(const char *const *texts, size_t n, const char *name)
{
    const mention *first = find(texts[0]);
    CHECKF(first != NULL, "%s not found", texts[0]);
    if (!first)
        return;
    CHECKF(strcmp(first->name, name) == 0, "%s: name %s, want %s", texts[0], first->name, name);
    for (size_t k = 0; k < n; k++) {
        int seen = 0;
        for (size_t i = 0; i < nms; i++) {
            if (strcmp(ms[i].text, texts[k]) != 0)
                continue;
            seen = 1;
            CHECKF(strcmp(ms[i].id, first->id) == 0, "%s (seed %d) is %s, not %s's %s",
                   texts[k], ms[i].seed, ms[i].name, texts[0], first->name);
        }
        CHECKF(seen, "%s not found", texts[k]);
    }
}

#define SAME(name, ...) do { \
    static const char *const t_[] = {__VA_ARGS__}; \
    same_entity(t_, sizeof t_ / sizeof *t_, name); \
} while (0)

static void test_news(rasd_engine *e, rasd_doc *d)
{
    collect(e, d, NEWS, news, 6, 8);
    static const char *const persons[] = {"كيري", "لافروف", "دميتري بيسكوف", "ميركل", "هولاند", "الجبير",
                                           "ديفيد كاميرون", "فيكتور أوربان"};
    static const char *const places[] = {"جنيف", "موسكو", "باريس", "اليمن", "سوريا", "حلب", "فيينا"};
    static const char *const orgs[] = {"الكرملين", "مجلس الأمن", "الأمم المتحدة", "الاتحاد الأوروبي"};
    for (size_t i = 0; i < sizeof persons / sizeof *persons; i++)
        found_as(persons[i], "PER");
    for (size_t i = 0; i < sizeof places / sizeof *places; i++)
        found_as(places[i], "LOC");
    for (size_t i = 0; i < sizeof orgs / sizeof *orgs; i++)
        found_as(orgs[i], "ORG");
    SAME("جون كيري", "كيري", "بكيري", "وزير الخارجية الأمريكي");
    SAME("سيرغي لافروف", "لافروف", "ولافروف", "سيرغي لافروف");
    SAME("فرانسوا هولاند", "هولاند", "وهولاند", "فرانسوا هولاند");
    SAME("أنجيلا ميركل", "ميركل", "أنجيلا ميركل");
    SAME("عادل الجبير", "الجبير", "عادل الجبير");
    SAME("موسكو", "موسكو", "وموسكو");
    SAME("سوريا", "سوريا", "وسوريا");
    SAME("جدة", "بجدة");
    SAME("الدولة الإسلامية", "داعش");   /* تنظيم left out, as snn_train.conll labels it */
    SAME("وكالة الأنباء السعودية", "واس");
}

static void test_seeds(rasd_engine *e, rasd_doc *d)
{
    collect(e, d, SEEDS, seeds, 5, 20);
    static const char *const persons[] = {"بوتين", "كاميرون", "أوباما", "هولاند", "بيسكوف",
                                           "اوشاكوف", "لافروف", "جونسون"};
    static const char *const places[] = {"أنطاليا", "تركيا", "موسكو", "باريس", "سوريا", "لندن"};
    static const char *const orgs[] = {"الكرملين", "داعش", "الأمم المتحدة"};
    for (size_t i = 0; i < sizeof persons / sizeof *persons; i++)
        found_as(persons[i], "PER");
    for (size_t i = 0; i < sizeof places / sizeof *places; i++)
        found_as(places[i], "LOC");
    for (size_t i = 0; i < sizeof orgs / sizeof *orgs; i++)
        found_as(orgs[i], "ORG");
    SAME("فلاديمير بوتين", "بوتين", "وبوتين", "فلاديمير بوتين", "الرئيس الروسي");
    SAME("فرانسوا هولاند", "هولاند", "اولاند", "فرانسوا هولاند", "الرئيس الفرنسي");
    SAME("باراك أوباما", "أوباما", "باراك أوباما", "باراك اوباما");
    SAME("ديفيد كاميرون", "كاميرون", "ديفيد كاميرون", "رئيس الوزراء البريطاني");
    SAME("سوريا", "سوريا", "سورية", "وسوريا");
    SAME("موسكو", "موسكو", "وموسكو", "بموسكو");
    SAME("الدولة الإسلامية", "داعش", "الدولة الإسلامية");
    SAME("مجموعة العشرين", "مجموعة العشرين", "قمة العشرين");
    SAME("دميتري بيسكوف", "بيسكوف", "دميتري بيسكوف");
    SAME("سيرغي لافروف", "لافروف", "سيرغي لافروف");
}

/* Whether json[0,n) (not NUL-terminated) contains needle. */
static int has(const char *json, size_t n, const char *needle)
{
    size_t k = strlen(needle);
    for (size_t i = 0; i + k <= n; i++)
        if (memcmp(json + i, needle, k) == 0)
            return 1;
    return 0;
}

static void test_json(rasd_engine *e, rasd_doc *d)
{
    static const char text[] = "قال الرئيس الروسي فلاديمير بوتين في موسكو";
    const char *json;
    size_t n;
    CHECK(rasd_analyze(e, d, text, sizeof text - 1) == RASD_OK);
    CHECK(rasd_doc_json(d, "x", 1, RASD_JSON_ENTITIES, &json, &n) == RASD_OK);
    CHECK(has(json, n, "\"entities\":[]"));          /* not recognised yet */
    CHECK(rasd_recognize(e, d) == RASD_OK);
    CHECK(rasd_doc_json(d, "x", 1, RASD_JSON_ENTITIES, &json, &n) == RASD_OK);
    CHECK(has(json, n, "\"type\":\"PER\"") && has(json, n, "\"name\":\"فلاديمير بوتين\""));
    CHECK(has(json, n, "\"type\":\"LOC\"") && has(json, n, "\"text\":\"موسكو\""));
    CHECK(rasd_doc_json(d, "x", 1, 0, &json, &n) == RASD_OK && !has(json, n, "entities"));
    CHECK(rasd_analyze(e, d, "", 0) == RASD_OK && rasd_recognize(e, d) == RASD_OK);
    rasd_doc_entities(d, &n);
    CHECK(n == 0);
}

static void test_dev_f1(rasd_engine *e)
{
    rasd_ner_score sc[5];
    size_t tokens = 0;
    rasd_ner_opts o = {0};
    o.no_rules = 1;
    REQUIRE(rasd_ner_eval_split(e, ANERCORP, NULL, &o, sc, &tokens) == RASD_OK);
    CHECKF(sc[4].f1 >= DEV_F1_FLOOR, "dev micro F1 %.4f", sc[4].f1);
    REQUIRE(rasd_ner_eval(e, ANERCORP, NULL, 0, sc, &tokens) == RASD_OK);
    CHECKF(sc[4].f1 >= DEV_RULES_FLOOR, "dev micro F1 with the name rules %.4f", sc[4].f1);
    CHECK(strcmp(sc[0].type, "PER") == 0 && strcmp(sc[4].type, "micro") == 0);
    CHECK(sc[4].gold == sc[0].gold + sc[1].gold + sc[2].gold + sc[3].gold && tokens > 10000);
}

/* The honest dev protocol (docs/NER.md "Dev protocol"): the shipped recipe (train.txt and
 * the SaudiNewsNet sentences) trained without the last 18% of train.txt in file order,
 * scored on them. Trains two stages. */
static void test_tail_f1(rasd_engine *e)
{
    char path[] = "/tmp/rasd-test-ner-XXXXXX", model[64];
    rasd_ner_opts o = {0};
    rasd_ner_score tr[5], sc[5];
    REQUIREF(mkdtemp(path) != NULL, "cannot make %s", path);
    snprintf(model, sizeof model, "%s/tail.model", path);
    o.dev_tail = 18;
    o.extra = SNN_TRAIN;
    REQUIRE(rasd_ner_train(e, ANERCORP, &o, model, tr) == RASD_OK);
    REQUIRE(rasd_ner_eval_split(e, ANERCORP, model, &o, sc, NULL) == RASD_OK);
    CHECKF(sc[4].f1 >= TAIL_F1_FLOOR, "tail dev micro F1 %.4f", sc[4].f1);
    CHECKF(sc[4].gold == tr[4].gold && sc[4].correct == tr[4].correct,
           "train-ner and eval-ner score the same split: %zu/%zu, %zu/%zu", sc[4].correct,
           sc[4].gold, tr[4].correct, tr[4].gold);
    CHECKF(sc[4].gold > 1500, "tail dev split of %zu entities", sc[4].gold);
    remove(model);
    rmdir(path);
}

/* Real news of another time and place: the shipped model on hand-labelled SaudiNewsNet. */
static void test_snn_f1(rasd_engine *e)
{
    rasd_ner_score sc[5];
    rasd_ner_opts o = {0};
    o.dev_every = -1;
    REQUIRE(rasd_ner_eval_split(e, SNN_DEV, NULL, &o, sc, NULL) == RASD_OK);
    CHECKF(sc[4].gold == 115, "%zu labelled entities", sc[4].gold);
    CHECKF(sc[4].f1 >= SNN_F1_FLOOR, "SaudiNewsNet micro F1 %.4f", sc[4].f1);
}

/* The sentences as other learners see them (ner_corpus_*, bench/anchor_liblinear.c): the
 * shipped model decoded through them scores what rasd eval-ner scores without the name
 * rules (the taggers alone: what other learners are compared with), and the gold tags,
 * mapped from rasd's tokens back to the file's own, score perfectly (no name is lost to the
 * token mapping on these sentences). */
static void test_corpus_api(rasd_engine *e)
{
    rasd_ner_score ev[5], sc[5], gs[5];
    rasd_ner_opts o = {0};
    ner_corpus *c;
    ner_model m = {0};
    ner_sentence s;
    o.dev_every = -1;
    o.no_rules = 1;
    REQUIRE(rasd_ner_eval_split(e, SNN_DEV, NULL, &o, ev, NULL) == RASD_OK);
    REQUIRE(ner_corpus_read(e, SNN_DEV, &o, NF_ALL, 1, &c) == RASD_OK);
    REQUIRE(model_load(&m, "data/ner.model") == RASD_OK);
    size_t n = ner_corpus_tokens(c), k = 0;
    uint8_t *tags = calloc(n + 1, 1), *gold = calloc(n + 1, 1);
    REQUIRE(tags && gold);
    CHECK(ner_corpus_count(c) == 70 && n > 1000);
    for (size_t i = 0; i < ner_corpus_count(c); i++) {
        ner_corpus_get(c, i, &s);
        CHECK(s.dev && s.nf[0] > 20);
        memcpy(gold + k, s.gold, s.n);
        k += s.n;
    }
    CHECK(k == n);
    REQUIRE(ner_corpus_decode(c, &m, tags) == RASD_OK);
    REQUIRE(ner_corpus_score(c, tags, NULL, sc) == RASD_OK);
    for (int t = 0; t < 5; t++)
        CHECKF(sc[t].gold == ev[t].gold && sc[t].predicted == ev[t].predicted &&
               sc[t].correct == ev[t].correct, "%s: %zu/%zu/%zu, eval-ner %zu/%zu/%zu",
               sc[t].type, sc[t].correct, sc[t].predicted, sc[t].gold, ev[t].correct,
               ev[t].predicted, ev[t].gold);
    REQUIRE(ner_corpus_score(c, gold, NULL, gs) == RASD_OK);
    CHECKF(gs[4].correct == 115 && gs[4].predicted == 115 && gs[4].gold == 115,
           "gold tags: %zu right of %zu predicted, %zu gold", gs[4].correct, gs[4].predicted,
           gs[4].gold);
    free(tags);
    free(gold);
    model_free(&m);
    ner_corpus_free(c);
}

/* Writes a data file the next check reads; the test stops if it cannot. */
static void write_file(const char *path, const char *s, size_t n)
{
    FILE *f = fopen(path, "wb");
    REQUIREF(f != NULL, "cannot write %s", path);
    REQUIREF(fwrite(s, 1, n, f) == n && fclose(f) == 0, "cannot write %s", path);
}

/* Reads a whole file into buf (at most cap bytes); returns its length. */
static size_t read_file(const char *path, char *buf, size_t cap)
{
    FILE *f = fopen(path, "rb");
    REQUIREF(f != NULL, "cannot read %s", path);
    size_t n = fread(buf, 1, cap, f);
    fclose(f);
    return n;
}

/* rasd_ner_opts.extra: a second CoNLL file of training sentences. They are trained on
 * (the model changes), never scored (the dev split is the main file's), and the same two
 * files give the same model byte for byte; a missing file or a weight out of range fails. */
static void test_extra(rasd_engine *e)
{
    static const char main_conll[] =
        "قال O\nبوتين B-PERS\nفي O\nموسكو B-LOC\n. O\n\n"
        "زار O\nكيري B-PERS\nالرياض B-LOC\n. O\n\n"
        "وصل O\nلافروف B-PERS\nإلى O\nجنيف B-LOC\n. O\n\n"
        "قال O\nالمتحدث O\nباسم O\nالكرملين B-ORG\n. O\n\n";
    static const char extra_conll[] =
        "أعلنت O\nوزارة B-ORG\nالصحة I-ORG\nفي O\nجدة B-LOC\n. O\n\n"
        "زار O\nالجبير B-PERS\nالقاهرة B-LOC\n. O\n\n";
    static char a[1 << 20], b[1 << 20];
    rasd_ner_opts o = {0};
    rasd_ner_score s0[5], s1[5];
    mkdir("build/test-tmp", 0777);
    mkdir("build/test-tmp/extra", 0777);
    write_file("build/test-tmp/extra/main.conll", main_conll, sizeof main_conll - 1);
    write_file("build/test-tmp/extra/extra.conll", extra_conll, sizeof extra_conll - 1);
    o.dev_every = 2;
    o.epochs = 3;
    REQUIRE(rasd_ner_train(e, "build/test-tmp/extra/main.conll", &o, "build/test-tmp/extra/0.model",
                           s0) == RASD_OK);
    o.extra = "build/test-tmp/extra/extra.conll";
    o.extra_weight = 2;
    REQUIRE(rasd_ner_train(e, "build/test-tmp/extra/main.conll", &o, "build/test-tmp/extra/1.model",
                           s1) == RASD_OK);
    CHECKF(s0[4].gold == 3 && s1[4].gold == 3, "dev entities %zu, %zu (the main file's 3)",
           s0[4].gold, s1[4].gold);
    size_t n0 = read_file("build/test-tmp/extra/0.model", a, sizeof a);
    size_t n1 = read_file("build/test-tmp/extra/1.model", b, sizeof b);
    CHECK(n0 > 0 && n1 > 0 && n0 < sizeof a && (n0 != n1 || memcmp(a, b, n0) != 0));
    REQUIRE(rasd_ner_train(e, "build/test-tmp/extra/main.conll", &o, "build/test-tmp/extra/2.model",
                           NULL) == RASD_OK);
    n0 = read_file("build/test-tmp/extra/2.model", a, sizeof a);
    CHECKF(n0 == n1 && memcmp(a, b, n0) == 0, "the same files give the same model (%zu, %zu)",
           n0, n1);
    o.dev_every = 0;                                   /* a tail split: the extra file is
                                                          folded in contiguous fifths */
    o.dev_tail = 50;
    REQUIRE(rasd_ner_train(e, "build/test-tmp/extra/main.conll", &o, NULL, s1) == RASD_OK);
    CHECKF(s1[4].gold == 3, "tail dev entities %zu (the main file's last two sentences: 3)",
           s1[4].gold);
    o.extra_weight = 101;
    CHECK(rasd_ner_train(e, "build/test-tmp/extra/main.conll", &o, NULL, NULL) == RASD_EINVAL);
    o.extra_weight = 1;
    o.extra = "build/test-tmp/extra/none.conll";
    CHECK(rasd_ner_train(e, "build/test-tmp/extra/main.conll", &o, NULL, NULL) == RASD_EIO);
}

/* The first n sentences of SNN_TRAIN into path. */
static void head_sentences(const char *path, int n)
{
    static char buf[1 << 21];
    size_t len = read_file(SNN_TRAIN, buf, sizeof buf), at = 0;
    for (int k = 0; k < n && at < len; at++)
        k += buf[at] == '\n' && at + 1 < len && buf[at + 1] == '\n';
    write_file(path, buf, at + 1 < len ? at + 1 : len);
}

/* rasd_ner_opts.learner = RASD_NER_CRF (crf.c) on 400 hand-labelled SaudiNewsNet sentences,
 * the first stage alone, every 4th sentence dev: it learns (measured 0.600 micro F1; the
 * perceptron 0.568), gives the same model byte for byte twice, and a two-stage CRF trains
 * on a tiny file (folds with nothing to learn from). Options out of range fail. */
static void test_crf(rasd_engine *e)
{
    static char a[1 << 22], b[1 << 22];
    const char *conll = "build/test-tmp/crf/snn400.conll";
    rasd_ner_opts o = {0};
    rasd_ner_score s0[5], s1[5];
    mkdir("build/test-tmp", 0777);
    mkdir("build/test-tmp/crf", 0777);
    head_sentences(conll, 400);
    o.dev_every = 4;
    o.features = RASD_NER_ALL & ~(unsigned)RASD_NER_DOC;
    o.learner = RASD_NER_CRF;
    o.c2 = 0.1;
    o.iters = 60;
    REQUIRE(rasd_ner_train(e, conll, &o, "build/test-tmp/crf/0.model", s0) == RASD_OK);
    CHECKF(s0[4].gold > 50 && s0[4].f1 >= CRF_F1_FLOOR, "CRF dev micro F1 %.4f of %zu",
           s0[4].f1, s0[4].gold);
    REQUIRE(rasd_ner_train(e, conll, &o, "build/test-tmp/crf/1.model", s1) == RASD_OK);
    size_t n0 = read_file("build/test-tmp/crf/0.model", a, sizeof a);
    size_t n1 = read_file("build/test-tmp/crf/1.model", b, sizeof b);
    CHECKF(n0 > 1000 && n0 < sizeof a && n0 == n1 && memcmp(a, b, n0) == 0,
           "the same data give the same CRF model (%zu, %zu bytes)", n0, n1);
    o.features = 0;
    o.dev_every = 2;
    CHECK(rasd_ner_train(e, "build/test-tmp/extra/main.conll", &o, NULL, s1) == RASD_OK);
    o.c2 = -1;
    CHECK(rasd_ner_train(e, conll, &o, NULL, NULL) == RASD_EINVAL);
    o.c2 = 0;
    o.learner = 2;
    CHECK(rasd_ner_train(e, conll, &o, NULL, NULL) == RASD_EINVAL);
}

/* A model block with no features: "RASDNER1", groups, 9 tags, n = 0, zero transitions. */
static size_t empty_block(char *out, uint32_t groups)
{
    uint32_t hdr[2] = {groups, 9};
    uint64_t n = 0;
    memcpy(out, "RASDNER1", 8);
    memcpy(out + 8, hdr, 8);
    memcpy(out + 16, &n, 8);
    memset(out + 24, 0, 10 * 9 * sizeof(float));
    return 24 + 10 * 9 * sizeof(float);
}

/* Two-stage files: the second block must be a second stage (RASD_NER_DOC), the first must
 * not; a valid one tags (here: nothing, all weights are 0). */
/* A word list `name` in cfg's data folder: the engine opens with the good rows ok, refuses a row of two words (two) and one of another kind
 * (kind); the file is removed after. */
static void check_word_list(rasd_config *cfg, const char *name, const char *ok,
                            const char *two, const char *kind)
{
    char path[256];
    rasd_engine *e = NULL;
    snprintf(path, sizeof path, "%s/%s", cfg->data_dir, name);
    write_file(path, ok, strlen(ok));
    CHECK(rasd_engine_open(&e, cfg) == RASD_OK);
    rasd_engine_close(e);
    e = NULL;
    write_file(path, two, strlen(two));
    CHECK(rasd_engine_open(&e, cfg) == RASD_EDATA && e == NULL);
    write_file(path, kind, strlen(kind));
    CHECK(rasd_engine_open(&e, cfg) == RASD_EDATA && e == NULL);
    remove(path);
}

static void test_two_stage_file(rasd_config *cfg)
{
    char buf[2048];
    size_t a = empty_block(buf, RASD_NER_ALL & ~RASD_NER_DOC), n;
    rasd_engine *e = NULL;
    rasd_doc *d = NULL;
    mkdir("build/test-tmp/twostage", 0777);
    write_file("build/test-tmp/twostage/VERSION", "test\n", 5);
    cfg->data_dir = "build/test-tmp/twostage";
    size_t b = empty_block(buf + a, RASD_NER_ALL & ~RASD_NER_DOC);
    write_file("build/test-tmp/twostage/ner.model", buf, a + b);
    CHECK(rasd_engine_open(&e, cfg) == RASD_EDATA && e == NULL);
    empty_block(buf, RASD_NER_ALL);
    write_file("build/test-tmp/twostage/ner.model", buf, a);
    CHECK(rasd_engine_open(&e, cfg) == RASD_EDATA && e == NULL);
    empty_block(buf, RASD_NER_ALL & ~RASD_NER_DOC);
    empty_block(buf + a, RASD_NER_ALL);
    write_file("build/test-tmp/twostage/ner.model", buf, a + b - 1);
    CHECK(rasd_engine_open(&e, cfg) == RASD_EDATA && e == NULL);
    /* the second stage's memory: "RASDMEM1", n, n × {u64 key, u16 counts[10]} */
    uint64_t one = 1, key = 0x1234;
    uint16_t counts[10] = {3, 1, 0, 0, 0, 0, 1, 0, 0, 0};
    size_t m = a + b;
    memcpy(buf + m, "RASDMEM1", 8);
    memcpy(buf + m + 8, &one, 8);
    memcpy(buf + m + 16, &key, 8);
    memcpy(buf + m + 24, counts, sizeof counts);
    write_file("build/test-tmp/twostage/ner.model", buf, m + 44);
    CHECK(rasd_engine_open(&e, cfg) == RASD_OK);
    rasd_engine_close(e);
    write_file("build/test-tmp/twostage/ner.model", buf, m + 43);     /* short */
    CHECK(rasd_engine_open(&e, cfg) == RASD_EDATA && e == NULL);
    key = 0;
    memcpy(buf + m + 16, &key, 8);                                    /* key 0 */
    write_file("build/test-tmp/twostage/ner.model", buf, m + 44);
    /* well laid out, so the engine opens; the weights are read (and refused) on first use,
     * by every use */
    REQUIRE(rasd_engine_open(&e, cfg) == RASD_OK);
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    CHECK(rasd_analyze(e, d, "x", 1) == RASD_OK && rasd_recognize(e, d) == RASD_EDATA);
    CHECK(rasd_recognize(e, d) == RASD_EDATA);
    rasd_doc_free(d);
    d = NULL;
    rasd_engine_close(e);
    write_file("build/test-tmp/twostage/ner.model", buf, a + b);
    REQUIRE(rasd_engine_open(&e, cfg) == RASD_OK);
    CHECK(rasd_ner_available(e));
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    const char text[] = "قال بوتين في موسكو. وقال بوتين أيضا";
    CHECK(rasd_analyze(e, d, text, sizeof text - 1) == RASD_OK && rasd_recognize(e, d) == RASD_OK);
    rasd_doc_entities(d, &n);
    CHECK(n == 0);                  /* all weights 0: nothing tagged */
    rasd_doc_free(d);
    rasd_engine_close(e);
}

/* A one-stage file of the given entries {key, w[9]} (w0 fills each weight); opened, tagged
 * once: the status rasd_recognize gives (the weights are read on first use). */
static rasd_status one_stage_file(rasd_config *cfg, const uint64_t *keys, const float *w0,
                                  size_t n)
{
    char buf[2048];
    size_t a = empty_block(buf, RASD_NER_ALL & ~(RASD_NER_DOC | RASD_NER_TRANS));
    uint64_t n64 = n;
    rasd_engine *e = NULL;
    rasd_doc *d = NULL;
    rasd_status rc;
    memcpy(buf + 16, &n64, 8);
    for (size_t i = 0; i < n; i++, a += 44) {
        float w[9];
        for (int t = 0; t < 9; t++)
            w[t] = w0[i];
        memcpy(buf + a, &keys[i], 8);
        memcpy(buf + a + 8, w, sizeof w);
    }
    mkdir("build/test-tmp/keys", 0777);
    write_file("build/test-tmp/keys/VERSION", "test\n", 5);
    cfg->data_dir = "build/test-tmp/keys";
    write_file("build/test-tmp/keys/ner.model", buf, a);
    REQUIRE(rasd_engine_open(&e, cfg) == RASD_OK);
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    REQUIRE(rasd_analyze(e, d, "x", 1) == RASD_OK);
    rc = rasd_recognize(e, d);
    rasd_doc_free(d);
    rasd_engine_close(e);
    return rc;
}

/* A key twice in one stage is refused, whether its weights are 0 (no row in the tagging
 * table) or not, and in any order; distinct keys load. */
static void test_keys_twice(rasd_config *cfg)
{
    const uint64_t k3[] = {5, 9, 5}, k2[] = {5, 9};
    const float nz[] = {0.5f, 1, -2}, zz[] = {0, 1, 0}, zn[] = {0, 1, 0.5f}, nzz[] = {0.5f, 0};
    CHECK(one_stage_file(cfg, k2, nz, 2) == RASD_OK);
    CHECK(one_stage_file(cfg, k2, nzz, 2) == RASD_OK);
    CHECK(one_stage_file(cfg, k3, nz, 3) == RASD_EDATA);   /* both with weights */
    CHECK(one_stage_file(cfg, k3, zz, 3) == RASD_EDATA);   /* both all 0 */
    CHECK(one_stage_file(cfg, k3, zn, 3) == RASD_EDATA);   /* 0 first, weights later */
    const float nzthen0[] = {0.5f, 1, 0};
    CHECK(one_stage_file(cfg, k3, nzthen0, 3) == RASD_EDATA);
}

static void test_loaders(void)
{
    rasd_config cfg;
    rasd_engine *e = NULL;
    rasd_doc *d = NULL;
    rasd_config_default(&cfg);
    mkdir("build/test-tmp", 0777);
    mkdir("build/test-tmp/nomodel", 0777);
    write_file("build/test-tmp/nomodel/VERSION", "test\n", 5);
    cfg.data_dir = "build/test-tmp/nomodel";
    REQUIRE(rasd_engine_open(&e, &cfg) == RASD_OK);
    CHECK(!rasd_ner_available(e));
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    CHECK(rasd_analyze(e, d, "x", 1) == RASD_OK);
    CHECK(rasd_recognize(e, d) == RASD_EUNSUPPORTED);
    rasd_doc_free(d);
    rasd_engine_close(e);

    mkdir("build/test-tmp/badmodel", 0777);
    write_file("build/test-tmp/badmodel/VERSION", "test\n", 5);
    write_file("build/test-tmp/badmodel/ner.model", "RASDNER1\x00\x01", 10);
    cfg.data_dir = "build/test-tmp/badmodel";
    CHECK(rasd_engine_open(&e, &cfg) == RASD_EDATA && e == NULL);

    write_file("build/test-tmp/badmodel/ner.model", "", 0);
    write_file("build/test-tmp/badmodel/gazetteer.tsv", "CITY\tx\tx\n", 9);
    CHECK(rasd_engine_open(&e, &cfg) == RASD_EDATA && e == NULL);
    write_file("build/test-tmp/badmodel/gazetteer.tsv", "", 0);
    write_file("build/test-tmp/badmodel/clusters.tsv", "word\t1\n", 7);
    CHECK(rasd_engine_open(&e, &cfg) == RASD_EDATA && e == NULL);
    write_file("build/test-tmp/badmodel/clusters.tsv", "", 0);
    write_file("build/test-tmp/badmodel/embclusters.tsv", "word\t1\t2\t9999\n", 14);
    CHECK(rasd_engine_open(&e, &cfg) == RASD_EDATA && e == NULL);   /* c3 out of range */
    write_file("build/test-tmp/badmodel/embclusters.tsv", "word\t1\t2\t3\n", 11);
    remove("build/test-tmp/badmodel/ner.model");
    CHECK(rasd_engine_open(&e, &cfg) == RASD_OK);
    rasd_engine_close(e);
    e = NULL;
    /* data/states.tsv (states.c): a state word is one word; a country may be several */
    static const char states_ok[] = "# x\nSTATE\tدولة\nCOUNTRY\tجزر المالديف\n";
    static const char states_two[] = "STATE\tدولة قطر\n", states_kind[] = "CITY\tقطر\n";
    check_word_list(&cfg, "states.tsv", states_ok, states_two, states_kind);
    /* data/whole.tsv (tools/whole_first.py): one word a row, of kind "whole" */
    static const char whole_ok[] = "# x\nwhole\tكايل\n";
    static const char whole_two[] = "whole\tكايل ووكر\n", whole_kind[] = "PER\tكايل\n";
    check_word_list(&cfg, "whole.tsv", whole_ok, whole_two, whole_kind);
    /* data/acronyms.tsv (acronym.c): one word a row, of kind "head" or "everyday" */
    static const char acr_ok[] = "# x\nhead\tبنك\neveryday\tأو\n";
    static const char acr_two[] = "head\tبنك الرياض\n", acr_kind[] = "letter\tبي\n";
    check_word_list(&cfg, "acronyms.tsv", acr_ok, acr_two, acr_kind);
    test_two_stage_file(&cfg);
    test_keys_twice(&cfg);
}

/* rasd clusters --vectors: two groups of word vectors pointing opposite ways never share
 * a coarse cluster, identical vectors share all three levels, and the output is the same
 * on a second run; a line with a missing coordinate is refused. */
static void test_vectors(void)
{
    char vec[8192], out1[65536], out2[65536];
    size_t n = (size_t)snprintf(vec, sizeof vec, "80 3\n");
    for (int i = 0; i < 80; i++) {
        double s = i < 40 ? 1 : -1, j = (i % 40) / 400.0;
        n += (size_t)snprintf(vec + n, sizeof vec - n, "w%d %.3f %.3f %.3f\n", i, s, s * j,
                              s * (0.1 - j));
    }
    n += (size_t)snprintf(vec + n, sizeof vec - n, "twin %.3f %.3f %.3f\n", 1.0, 0.0, 0.1);
    mkdir("build/test-tmp", 0777);
    write_file("build/test-tmp/vec.txt", vec, n);
    REQUIRE(rasd_clusters_from_vectors("build/test-tmp/vec.txt", "build/test-tmp/emb1.tsv") ==
            RASD_OK);
    REQUIRE(rasd_clusters_from_vectors("build/test-tmp/vec.txt", "build/test-tmp/emb2.tsv") ==
            RASD_OK);
    FILE *f1 = fopen("build/test-tmp/emb1.tsv", "r"), *f2 = fopen("build/test-tmp/emb2.tsv", "r");
    REQUIRE(f1 && f2);
    size_t n1 = fread(out1, 1, sizeof out1 - 1, f1), n2 = fread(out2, 1, sizeof out2 - 1, f2);
    fclose(f1);
    fclose(f2);
    out1[n1] = 0;
    CHECK(n1 == n2 && memcmp(out1, out2, n1) == 0);
    unsigned c[81][3], lines = 0;
    for (char *save = NULL, *l = strtok_r(out1, "\n", &save); l; l = strtok_r(NULL, "\n", &save)) {
        char w[16];
        int i;
        REQUIRE(sscanf(l, "%15s %u %u %u", w, &c[lines][0], &c[lines][1], &c[lines][2]) == 4);
        CHECK(w[0] == 't' || (sscanf(w, "w%d", &i) == 1 && i == (int)lines));
        lines++;
    }
    CHECKF(lines == 81, "%u lines", lines);
    int split = 1;
    for (int i = 0; i < 40; i++)
        for (int j = 40; j < 80; j++)
            split &= c[i][0] != c[j][0];
    CHECK(split);
    CHECK(c[80][0] == c[0][0] && c[80][1] == c[0][1] && c[80][2] == c[0][2]);
    write_file("build/test-tmp/vec.txt", "a 1 2\nb 1\n", 11);
    CHECK(rasd_clusters_from_vectors("build/test-tmp/vec.txt", "build/test-tmp/emb1.tsv") ==
          RASD_EDATA);
}

int main(void)
{
    rasd_engine *e;
    rasd_doc *d;
    REQUIRE(rasd_engine_open(&e, NULL) == RASD_OK);
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    REQUIREF(rasd_ner_available(e), "no data/ner.model");
    test_news(e, d);
    test_json(e, d);
    test_snn_f1(e);
    test_corpus_api(e);
    test_extra(e);
    test_crf(e);
    if (SHARED_TIER("seeds and ANERcorp", CHECK_FAST)) {
        test_seeds(e, d);
        test_dev_f1(e);
    }
    if (SHARED_TIER("the contiguous dev split", CHECK_SLOW))
        test_tail_f1(e);
    rasd_doc_free(d);
    rasd_engine_close(e);
    test_loaders();
    test_vectors();
    return check_done("test_ner");
}
