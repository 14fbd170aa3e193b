/* aguard.h — the named guard lists of data/events.tsv "aguard" (lines "aguard<TAB>NAME<TAB>
 * phrase"): classes of words the guards of the event paths read (trigger_guards.c,
 * report_guards.c, force_told.c, occasion.c, actors.c). One table: AGUARD_LISTS gives each
 * list its id (the enum AG_*) and its name in the file; the loader (lexicon.c) resolves the
 * name, an unknown one is a load error naming the file and line. A phrase may be in several
 * lists (ev_word.aguards, a bit a list; ev_aguard_is). The number in brackets is the list's
 * value before stop 34 (aguard), which older sections of docs/EVENTS.md cite. */
#ifndef RASD_EVENTS_AGUARD_H
#define RASD_EVENTS_AGUARD_H

#define AGUARD_LISTS(X)                                                                        \
    /* [60] after و + دعت, the one bidden farewell: the dead, a year (ودعت … شهداء) */           \
    X(AG_FAREWELL, "farewell")                                                                 \
    /* [61] a blessing asked after an appeal (ودعا لسائر الشهداء بالمغفرة، بالشفاء، يتغمده) */     \
    X(AG_BLESSING, "blessing")                                                                 \
    /* [62] repetition or habit near the trigger (طالبت مرارا وتكرارا، لطالما) */                  \
    X(AG_HABIT, "habit")                                                                       \
    /* [63] speech or media near an attack's word (هاجم … عبر حسابه على تويتر): words, not arms */ \
    X(AG_WORDS, "words")                                                                       \
    /* [64] an aircraft, a tank or guns as an attack's doer, or the air as its manner */       \
    X(AG_AIR, "air")                                                                           \
    /* [66] the need right after دعت (إن دعت الحاجة): "if need be"; نفسه after دعا */             \
    X(AG_NEED, "need")                                                                         \
    /* [67] a word after which a verb starts its clause (كما، وقد، حيث، إلى ذلك) */               \
    X(AG_LEAD, "lead")                                                                         \
    /* [70] the verbs of a deed, its noun after ب or على (قام، أقدم) */                            \
    X(AG_DEED, "deed")                                                                         \
    /* [71] after a deed's noun: not people, or no one (ذبيحة، في الهواء) */                     \
    X(AG_NOT_PEOPLE, "not_people")                                                             \
    /* [72] between a deed's verb and its noun: a court's sentence (أحكام) */                    \
    X(AG_SENTENCE, "sentence")                                                                 \
    /* [73] a verb of doing whose subject is the event's agent (شن، نفذ; force_told.c) */        \
    X(AG_TOLD_AGENT, "told_agent")                                                             \
    /* [74] a verb that says the event took place (الذي وقع، الذي استهدف; force_told.c) */       \
    X(AG_TOLD_HAPPENED, "told_happened")                                                       \
    /* [75] the words right before a visit's noun (خلال، أثناء، بمناسبة، هامش; occasion.c) */     \
    X(AG_OCCASION, "occasion")                                                                 \
    /* [88] منذ: a year after it is a time since, no background (report_guards.c helper) */      \
    X(AG_SINCE, "since")                                                                       \
    /* [89] على، ضد: before an attack's target (report_guards.c helper) */                      \
    X(AG_AGAINST, "against")                                                                   \
    /* [90] وقف، إيقاف، توقف right before a noun of force: what is asked to stop */               \
    X(AG_CEASE, "cease")                                                                       \
    /* [91] مثل، مماثل … a noun and a relative before the trigger: a likeness */                  \
    X(AG_COMPARE, "compare")                                                                   \
    /* [92] the first person (أنني، قلت، شعرت): the writer's own deed in a column */             \
    X(AG_FIRST_PERSON, "first_person")                                                         \
    /* [93] سبق له أن before a verb: a past experience */                                       \
    X(AG_EXPERIENCE, "experience")                                                             \
    /* [94] a site's label at a line's start (سمات، كلمات دلالية): tags, no sentence */           \
    X(AG_LABEL, "label")                                                                       \
    /* [95] fighters as an attack's doers (مقاتلو المعارضة، المقاومة): a fight */                 \
    X(AG_COMBATANT, "combatant")                                                               \
    /* [96] a military site as an attack's target (على مواقع، على قاعدة): a fight */             \
    X(AG_SITE, "site")                                                                         \
    /* [97] an attack's word (هجوم، هجمات، اقتحم), read with 95 and 96 */                      \
    X(AG_ATTACK, "attack")                                                                     \
    /* [98] لي right after an appeal's verb (وطلب لي … فنجان قهوة): an order */                   \
    X(AG_FOR_ME, "for_me")                                                                     \
    /* [99] a word of terror in an attack's sentence (إرهابي، ناسفة): not a fight */            \
    X(AG_TERROR, "terror")                                                                     \
    /* [100] a conjunction with the reporter's pronoun (أنه، إنه، بأنه; actors.c) */             \
    X(AG_SELF, "self")                                                                         \
    /* a noun of force whose target follows after على or ضد (هجوم، غارة; violence.c) */          \
    X(AG_AIMED, "aimed")                                                                       \
    /* after على or ضد, no attack's target: a matter or a phrase (الفساد، الأقل; violence.c) */  \
    X(AG_NOT_TARGET, "not_target")                                                             \
    /* a verb that says what an attack struck, after its noun (استهدف، طال; violence.c) */       \
    X(AG_STRUCK, "struck")                                                                     \
    /* before an attack's noun: foiled, planned or feared, not done (أجهضت، تخطط; violence.c) */ \
    X(AG_FOILED, "foiled")                                                                     \
    /* a quantifier before a target's head (أحد، إحدى، بعض; violence.c) */                        \
    X(AG_SOME, "some")                                                                         \
    /* (events33) a killing's word whose victim follows it (مقتل، قتل; violence.c) */          \
    X(AG_KILLING, "killing")                                                                   \
    /* (events33) after a killing's victim, what names its doer (برصاص، على يد; violence.c) */  \
    X(AG_KILLED_BY, "killed_by")                                                               \
    /* (events33) a noun of targeting, after و another target of a list (استهداف; violence.c) */ \
    X(AG_TARGETING, "targeting")                                                               \
    /* (events33) a fighters' position as an attack's target: a fight (violence.c) */       \
    X(AG_POSITIONS, "positions")                                                               \
    /* (events29) after an appeal's verb, what one is invited to: an invitation, no appeal    \
       (داعياً أهالي الأحياء لحضور الاحتفالية، دعا الأمين العام إلى إزاحة الستار) */              \
    X(AG_INVITE, "invite")                                                                     \
    /* (events30) a word whose pronoun is the subject of the verb right after it (لكنه دعا     \
       ايران، فإنها دعت حزب العمال): the name after that verb is its object */                 \
    X(AG_PRONOUN, "pronoun")                                                                   \
    /* (events30) a preposition with the pronoun of a relative right after its verb (والذي     \
       دعا فيه: the relative is not the verb's subject, which is a pronoun) */                 \
    X(AG_RESUMPTIVE, "resumptive")                                                            \
    /* (quotemarks3) the speaker's object pronoun after a meeting's verb in his reported       \
       words (التقت به، اجتمع معهم; speaker_party.c) */                                       \
    X(AG_SPEAKER_PRON, "speaker_pron")                                                        \
    /* (quotemarks3) a word that names a work: marks right after it hold its title, no       \
       passage (بعنوان، كتاب، فيلم; data/quotes.tsv; marks.c) */                               \
    X(AG_WORK_TITLE, "work_title")                                                          \
    /* (err62) a word that calls what follows a title (بعنوان، عنوان، المعنون): marks right   \
       after it hold a title, no cue's content (marks.c qt_work_title_at) */                 \
    X(AG_TITLE_NAMED, "title_named")                                                         \
    /* (err62) a work named by a bare or definite noun, no pronoun (كتاب، المقال، برنامج):   \
       marks after it and a preposition before it: its title (marks.c qt_work_title_at) */   \
    X(AG_WORK_NOUN, "work_noun")                                                             \
    /* (events38) driving out or freeing ground (طرد، تحرير; ground.c) */                        \
    X(AG_RETAKE, "retake")                                                                     \
    /* (events38) an armed group driven out (ميليشيات، الحوثيين; ground.c) */                     \
    X(AG_ARMED, "armed")                                                                       \
    /* (events38) a plan or a future before such a word (خطة، ستمكن; ground.c) */               \
    X(AG_RETAKE_PLAN, "retake_plan")                                                         \
    /* (assault40) an abstraction as an attack's target (الحرية، حقوق، الدين; assault_frames.c) */ \
    X(AG_ABSTRACT, "abstract")                                                               \
    /* (assault40) judging or ruling a kind of deed (يعد، بمثابة، يحرم، كل; assault_frames.c) */ \
    X(AG_JUDGMENT, "judgment")                                                               \
    /* (assault40) a change of number before plural attacks (تزايدت، عززت; assault_frames.c) */ \
    X(AG_TREND, "trend")                                                                     \
    /* (assault40) a capacity, threat or means before an attack (قادرة، متوعدا، وسيلة) */        \
    X(AG_UNREAL, "unreal")                                                                   \
    /* (assault40) launching an attack (شن), words when a person launches it (assault_frames.c) */ \
    X(AG_LAUNCH, "launch")                                                                   \
    /* (assault40) right after an attack's noun: no force (الإلكتروني، الإعلامي، اللفظي) */     \
    X(AG_NO_FORCE, "no_force")                                                               \
    /* (assault40) an anniversary before an attack's noun in its sentence: history (ذكرى) */   \
    X(AG_MEMORY, "memory")                                                                   \
    /* (assault41) an armed force or its post as an attack's target: a fight (armed_target.c) */ \
    X(AG_FRONT, "front")                                                                     \
    /* (frames43) right after an attack's noun: still to come (المرتقب، المتوقع; assault_feared.c) */ \
    X(AG_PENDING, "pending")                                                                 \
    /* (frames43) before an attack's noun: feared, warned of, prepared for (خشية، تحسبا) */     \
    X(AG_FEAR, "fear")                                                                       \
    /* (frames43) after an attack's noun: computers or hacking (الاختراق، الكمبيوتر) */         \
    X(AG_CYBER, "cyber")                                                                     \
    /* (frames43) pirates, an attack on computers when cyber follows (قراصنة الكمبيوتر) */       \
    X(AG_PIRATE, "pirate")                                                                   \
    /* (frames43) a span of months or years (النصف الأول، الأشهر الماضية; assault_feared.c) */   \
    X(AG_SPAN, "span")                                                                       \
    /* (frames43) battles, a plural without ات (المعارك; assault_feared.c) */                  \
    X(AG_BATTLES, "battles")                                                                 \
    /* (doers42) the nouns of attack whose doer attack_doers.c reads (هجوم، هجمات، اعتداء) */   \
    X(AG_DOER_ATTACK_NOUN, "doer_attack_noun")                                               \
    /* (doers42) a verb of doing with the noun's pronoun, its doer after it (شنه، نفذته) */      \
    X(AG_DOER_VERB, "doer_verb")                                                             \
    /* (doers42) a relative before that verb (الذي، التي) */                                    \
    X(AG_DOER_RELATIVE, "doer_relative")                                                     \
    /* (doers42) the passive's agent after an attack's noun (على يد، من قبل) */                 \
    X(AG_DOER_BY, "doer_by")                                                                 \
    /* (doers42) a claim of an attack before it, its doer between (تبنى، تبنت) */               \
    X(AG_DOER_CLAIM, "doer_claim")                                                           \
    /* (doers42) أعلن X مسؤوليته عن: the verb, the noun of responsibility and عن */            \
    X(AG_DOER_ANNOUNCE, "doer_announce")                                                     \
    X(AG_DOER_RESPONSIBILITY, "doer_responsibility")                                         \
    X(AG_DOER_ABOUT, "doer_about")                                                           \
    /* (doers42) قد, before a present verb a possibility (قد تشن) */                            \
    X(AG_MAYBE_PRESENT, "maybe_present")                                                     \
    /* (doers42) pasts that start with ت (تم، تعرض، تبنى): قد + past is "has done" */           \
    X(AG_PAST_WITH_TA, "past_with_ta")                                                       \
    /* (doers42) a group's head word before its name (تنظيم داعش، حركة الشباب) */               \
    X(AG_GROUP_HEAD, "group_head")                                                           \
    /* (trig44) "any" before or after a noun of an event: a kind of deed (deed_doers.c) */     \
    X(AG_ANY_DEED, "any_deed")                                                               \
    /* (trig44) من inside a doer's description (عدد من المستوطنين; deed_doers.c) */              \
    X(AG_DOER_OF, "doer_of")                                                                 \
    /* (trig44) first after قام/أقدم, no doer: a preposition's pronoun, a negation (فيه، ولا) */ \
    X(AG_NO_DOER_FIRST, "no_doer_first")                                                     \
    /* (trig44) a verb of launching whose subject right after it is a doer (شن، نفذت، بدأت) */   \
    X(AG_LAUNCH_DOER, "launch_doer")                                                         \
    /* (trig44) before a present verb of launching, not done (أن، لن، كي; deed_doers.c) */        \
    X(AG_SUBJUNCTIVE, "subjunctive")                                                         \
    /* (trig44) before that أن, a deed done all the same (قبل، بعد) */                           \
    X(AG_DONE_SEQUENCE, "done_sequence")                                                     \
    /* (events42) a verb of undergoing before a noun of blame (واجه، تعرض; blame_nouns.c) */    \
    X(AG_BLAME_UNDERGO, "blame_undergo")                                                     \
    /* (events42) a verb of directing before a noun of blame (وجه، يوجه; blame_nouns.c) */      \
    X(AG_BLAME_DIRECT, "blame_direct")                                                       \
    /* (events42) nouns of criticism (انتقادات) and of accusation (اتهامات; blame_nouns.c) */   \
    X(AG_BLAME_CRITICISM, "blame_criticism")                                                 \
    X(AG_BLAME_ACCUSATION, "blame_accusation")                                               \
    /* (events42) كثيرا (ما) before such a verb: a habit, no event (blame_nouns.c) */          \
    X(AG_BLAME_OFTEN, "blame_often")                                                         \
    /* (assault46) a fear or a forecast before أن and a verb in the present (يتخوف، يتوقع;   \
       assault_forecast.c) */                                                                \
    X(AG_FORECAST, "forecast")                                                               \
    /* (rec63) a forecast's verbal noun as the object of توقع (COMP_FORECAST, quotes.c:     \
       توقع محللون انخفاضا، وتوقعت أبل بيع): data/quotes.tsv */                                \
    X(AG_FORECAST_OBJECT, "forecast_object")                                                 \
    /* (rec63) a word before توقع that makes it the noun (تم توقع، عدم توقع; with "prep") */   \
    X(AG_FORECAST_AS_NOUN, "forecast_as_noun")                                               \
    /* (support47) a verb of occurring before or after an event's noun (اندلعت، جرت; \
       occurred_nouns.c), and the nouns it carries: of fighting, meeting, blame exchanged */ \
    X(AG_OCCUR_VERB, "occur_verb")                                                           \
    X(AG_OCCUR_FIGHT, "occur_fight")                                                         \
    X(AG_OCCUR_MEET, "occur_meet")                                                           \
    X(AG_OCCUR_BLAME, "occur_blame")                                                         \
    /* (support47) heads of a side after بين that groups.c does not list (رجال، شبان) */        \
    X(AG_SIDE_HEAD, "side_head")                                                             \
    /* (events43) a harm undergone: passive or intransitive (اغتيل، مصرعه; harm_by_hand.c) */ \
    X(AG_HARM_UNDERGONE, "harm_undergone")                                                   \
    /* (events43) ربما before such a verb: no event (harm_by_hand.c) */                      \
    X(AG_HARM_MAYBE, "harm_maybe")                                                           \
    /* (lists48) nouns of attack (تفجير، هجوم) and of clashes (قصف، غارة) in a list, and the \
       words before one that make it no event (محاولة، أي، لمنع; attack_lists.c) */         \
    X(AG_LIST_ATTACK, "list_attack")                                                         \
    X(AG_LIST_STRIKE, "list_strike")                                                         \
    X(AG_LIST_UNDONE, "list_undone")                                                         \
    /* (appeals48) who can speak beside titles and sources: kin, an agent at law, residents \
       (والد الطفلة، زوج المعلمة، وكيل المتهم، أمين جدة; appeal_participle.c) */              \
    X(AG_KIN_AGENT, "kin_agent")                                                             \
    /* (layer50) a force's definite head with ل, whose alef the script drops (للتحالف،      \
       للقوات: the doer of a strike's noun) and a verb of managing before من and a deed of  \
       ground taken (تمكنت المقاومة من طرد; layer_sides.c) */                                  \
    X(AG_LI_FORCE, "li_force")                                                               \
    X(AG_MANAGE, "manage")                                                                   \
    /* (layer50) verbs of launching that launch_doer leaves out: plural and present (شنوا، \
       نفذوا، ينفذ; layer_sides.c) */                                                         \
    X(AG_LAUNCH_PLURAL, "launch_plural")                                                     \
    /* (events50) an appeal's plural participle (مطالبين، داعين): its caller is a group \
       described, never one named (said.c, statement.c) */                                \
    X(AG_APPEAL_PLURAL, "appeal_plural")                                                     \
    /* (attr51) a document that speaks for its issuer (التقرير، البيان، الدراسة), the words \
       that give the issuer after it (صادر، أصدرته; عن، من after them) or before it (أصدرت \
       X بيانا; doc_issuer.c). في before it in a cue (قال X في بيان) is "place" 1: a list of \
       في here would make every في a phrase's first word to look up */                        \
    X(AG_ISSUER_DOC, "issuer_doc")                                                           \
    X(AG_ISSUER_AFTER, "issuer_after")                                                       \
    X(AG_ISSUER_PREP, "issuer_prep")                                                         \
    X(AG_ISSUER_BEFORE, "issuer_before")                                                     \
    /* (mend51) verbs of carrying a statement (نشرته، نقلته) and the nouns they are read for \
       (البيان; doc_issuer.c); a preposition with its pronoun (مني، منه) starting no actor   \
       (prep_pronoun.c); a condition after an event's noun (إذا، لو; حال، حالة after في;   \
       condition_after.c) */                                                                 \
    X(AG_CARRY_VERB, "carry_verb")                                                           \
    X(AG_CARRIED_NOUN, "carried_noun")                                                       \
    X(AG_PREP_PRONOUN, "prep_pronoun")                                                       \
    X(AG_CONDITION, "condition")                                                             \
    X(AG_CONDITION_CASE, "condition_case")                                                   \
    /* (attr51) verbs of appeal and warning whose object follows them (دعا، طالبوا), and   \
       masculine persons' titles with ة (فضيلة، العلامة; addressee.c) */                    \
    X(AG_APPEAL_OBJECT, "appeal_object")                                                     \
    X(AG_MASC_TITLE, "masc_title")                                                           \
    /* (fix43) «في» opening a sentence, with و or ف: a place fronted before its events        \
       (fronted_place.c) */                                                                  \
    X(AG_FRONTED_FI, "fronted_fi")                                                           \
    /* (appeal51) right after a verb of the layer, its own subject that no entity names:     \
       kin, lawyers, a number of people (زوجة، محامو، مجموعة; own_subject.c) */       \
    X(AG_OWN_SUBJECT, "own_subject")                                                         \
    /* (fight51) a fight verb of value 16 that names an attack on anyone, not ground won or  \
       a target destroyed (استهدف): no subject before it taken by ground_subject.c */        \
    X(AG_TARGET_ANYONE, "target_anyone")                                                     \
    /* (fight51) لأن before a force's description: its deed is a reason given, background */ \
    X(AG_BECAUSE, "because")                                                                 \
    /* (criticize52) verbs of describing in the past (وصف، وصفت) and words of condemnation  \
       after the word with ب (إرهابي، جبان، إجرامي; criticize_called.c) */                     \
    X(AG_DESCRIBE_PAST, "describe_past")                                                     \
    X(AG_PEJORATIVE, "pejorative")                                                           \
    /* (crit54) participles of describing (واصفا، واصفين; criticize_participle.c), read with \
       pejorative as a statement's criticism */                                              \
    X(AG_DESCRIBE_PARTICIPLE, "describe_participle")                                         \
    /* (attr52) in the aside between a described speaker and a name: an occasion or a       \
       meeting, whose name is the one met (أثناء، لقائه، نظيره; apposed_far.c) */          \
    X(AG_ASIDE_OCCASION, "aside_occasion")                                                   \
    /* (wrong54) connectives of contrast before أن (غير، إلا، بيد; that_clause.c): the writer's \
       clause, no cue's complement */                                                        \
    X(AG_CONTRAST, "contrast")                                                               \
    /* (quotes55) the one a column's title addresses after its verb (سبق تقول للمسؤول:;        \
       column_title.c): the column's words, no statement */                                  \
    X(AG_COLUMN_ADDRESSEE, "column_addressee")                                               \
    /* (err63) the word before a verb said as an aside, "as X says" (كما، مثلما; as_said.c), \
       and the verbs that take no object, said so before a comma (قال، يقول، أشار، يرى) */   \
    X(AG_AS_SAID, "as_said")                                                                 \
    X(AG_ASIDE_VERB, "aside_verb")                                                           \
    /* (err63) a subject of such an aside that names no speaker: nobody in particular or      \
       words (البعض، المصطلحات، التعبير; بعض only before another of them) */                  \
    X(AG_ASIDE_NOBODY, "aside_nobody")                                                       \
    /* (u24q56) a particle of "may" or "perhaps" before a present verb of saying (قد، ربما)   \
       and a saying noun as its subject (المثل، الحكمة; quote_generic.c): no statement */   \
    X(AG_MAYBE_SAY, "maybe_say")                                                             \
    X(AG_SAYING_NOUN, "saying_noun")                                                         \
    /* (sense57) a reporting word with the word that shows its other sense (أوضح دليل،     \
       أشار بيده، أضاف الهدف; cue_sense.c), and a unit after a number right after a cue \
       (أضاف 0.77 نقطة): no statement */                                                     \
    X(AG_CUE_SENSE, "cue_sense")                                                             \
    X(AG_CUE_UNIT, "cue_unit")                                                               \
    /* (stop 54) إن and لئن "if": with "condition" (إذا، لو) right before a reporting verb \
       (وإن قال أحدهم، إذا رأى البعض، لو أعلنت): a saying supposed, none told (cue_sense.c) */ \
    X(AG_CONDITION_IN, "condition_in")                                                       \
    /* (stop 54) لفت with a noun of attention in the construct state (لفت مهرجان أبها     \
       انتباه الزوار إلى): caught someone's eye, no statement; what ends the look (cue_sense.c) */ \
    X(AG_ATTENTION_VERB, "attention_verb")                                                   \
    X(AG_ATTENTION, "attention")                                                             \
    X(AG_ATTENTION_STOP, "attention_stop")                                                   \
    /* (fix56) the nouns of a ministry's portfolio after و (وزارة الصحة والعمل والضمان       \
       الاجتماعي: one ministry; ministry.c) */                                                \
    X(AG_MINISTRY_PORTFOLIO, "ministry_portfolio")                                           \
    /* (fight53) the words that may stand between a clash phrase and its بين (عنيفة، دارت،   \
       ما زالت), and بين (clash_between.c) */                                                 \
    X(AG_CLASH_GAP, "clash_gap")                                                             \
    X(AG_BETWEEN, "between")                                                                 \
    /* (fight53) تقدم, an advance only before a word of direction after its force (toward),    \
       not after a word that stops or supposes it (stall: منع، أي) */                         \
    X(AG_ADVANCE, "advance")                                                                 \
    X(AG_TOWARD, "toward")                                                                   \
    X(AG_STALL, "stall")                                                                     \
    /* (mend52) after a relative right after a noun of force: it took place (الذي حدث،       \
       الذي وقع): a past attack inside a planned frame is told, not planned (past_in_plan.c) */ \
    X(AG_TOOK_PLACE, "took_place")                                                           \
    /* (appeal54) the bare past طالب, a verb only after a particle (كما طالب; appeal_bare_past.c)  */ \
    X(AG_BARE_APPEAL, "bare_appeal")                                                         \
    /* (meet56) a courtesy title before a name (جلالة، السمو، فخامة، معالي): the person a title  \
       pronoun of its root stands for (جلالته، سموه; meeting_doer.c) */                       \
    X(AG_HONOUR, "honour")                                                                   \
    /* (fight57) a relative "what" right before a deed's verb (ما أقدم عليه المتهم بقتل): a     \
       deed referred back to, no report of it (killing_deed.c) */                             \
    X(AG_WHAT_DEED, "what_deed")                                                             \
    /* (meet57) the word that names a meeting's chair (برئاسة; meeting_chaired.c) */         \
    X(AG_CHAIRED, "chaired")                                                                 \
    /* (meet57) the words that name those present after the chair (بحضور، ومشاركة) */        \
    X(AG_ATTENDED, "attended")                                                               \
    /* (wrong58) a word of the first person (أعتقد، أؤكد، أنا، نحن، سعادتي "my excellency",    \
       شخصيا): the speaker's own word, never a speaker's name (sources.c qt_described,     \
       speakers.c qt_can_speak) */                                                           \
    X(AG_OWN_WORD, "own_word")                                                               \
    /* (wrong58) a word that ends an event (انتهاء، ختام، نهاية) between a future verb of an   \
       event and a noun of one: the noun's event is under way, not planned (event_when.c) */ \
    X(AG_EVENT_END, "event_end")                                                             \
    /* (exec58) an execution notice: the execution (حكم القتل، القتل قصاصا) and the verdict   \
       (صك شرعي); a crime told before them is history (exec_notice.c) */             \
    X(AG_EXECUTION, "execution")                                                             \
    X(AG_VERDICT, "verdict")                                                                 \
    /* (fix53) a participle cue that is also an adjective (لافتا "notable", مفيدا "useful"):  \
       after an indefinite accusative noun it describes it, no statement (quotes.c) */         \
    X(AG_ADJECTIVE_PART, "adjective_part")                                                   \
    /* (fix53) a verb of viewing (ينظر إلى X على أنه): the name after its إلى is the one     \
       viewed, not the speaker (objects.c qt_viewed) */                                        \
    X(AG_VIEW_VERB, "view_verb")                                                             \
    /* (fix53) greetings conveyed (نقل لهم سلام وتحيات X): X is not the one who speaks on     \
       (bless.c qt_greeted) */                                                                 \
    X(AG_GREETING, "greeting")                                                               \
    X(AG_CONVEY, "convey")                                                               \
    /* (stop 51) the head of an unnamed source in the singular (مصدر، المسؤول، المتحدث): a      \
       plural cue after it is another subject's, not its (continued.c qt_continued) */       \
    X(AG_SINGULAR_SOURCE, "singular_source")                                                 \
    /* (old59) a person killed before 2013 whom news recalls (الحريري، السادات، رابين): after a \
       killing's word, history (report_guards.c old_victim) */                                 \
    X(AG_OLD_VICTIM, "old_victim")                                                           \
    /* (stop 52) a quantifier of a group (بعض، معظم، أغلب): the definite noun after it is a    \
       plural group, whatever its form, that a plural cue speaks for (plural_subject.c) */    \
    X(AG_GROUP_QUANTIFIER, "group_quantifier")                                               \
    /* (stop 52) verbs of showing (أظهرت، كشفت، توضح، تؤكد): statistics or evidence that show \
       do not speak, as the Guideline has it (plural_subject.c qt_things_subject) */         \
    X(AG_SHOW_VERB, "show_verb")                                                             \
    /* (old59) a place's head or a preposition between a killing's word and a name (في، مسجد، \
       مستشفى، حي): the name is the place's, not the victim (report_guards.c old_victim) */  \
    X(AG_PLACE_HEAD, "place_head")                                                           \
    /* (stop 52) a verb of receiving a call or message (تلقى، تلقت، يتلقى): the name right  \
       after it received, it did not speak (speech.c call_receiver) */                        \
    X(AG_CALL_RECEIVE, "call_receive")                                                       \
    /* (stop 52) "in which" with a plural or dual antecedent (فيها، فيهما، خلالها، خلالهما):  \
       after a plural cue, the calls received, made by others than their receiver */         \
    X(AG_CALLS_PRONOUN, "calls_pronoun")                                                     \
    /* (stop 52) a word of obligation, ability or attempt (ينبغي، يجب، يمكن، حاول): the verb    \
       of saying after its أن is what one must, can or tries to say, and its أن no earlier  \
       cue's reported clause (quote_generic.c) */                                             \
    X(AG_MODAL_SAY, "modal_say")                                                             \
    /* (stop 52) "known for" (عُرف، المعروف، اشتهر) right before an event's noun in ب      \
       (عُرف بانتقاده للحوثيين): a habit or reputation, no event (report_guards.c) */        \
    X(AG_KNOWN_FOR, "known_for")                                                             \
    /* (stop 52) a kin or counterpart noun with a pronoun of the subject (أخاه، نظيره، ضيفه):  \
       the name after it is a verb's object, no later verb's subject (triggers.c discourse) */ \
    X(AG_KIN_OBJECT, "kin_object")                                                           \
    /* (stop 52) a verb of calling (دعا، تدعو), إلى, and a noun of a celebration (اليوبيل،  \
       الحفل، مأدبة): a convening or an invitation, no statement (quote_generic.c) */        \
    X(AG_CONVENE_VERB, "convene_verb")                                                       \
    X(AG_CONVENE_TO, "convene_to")                                                           \
    X(AG_OCCASION_NOUN, "occasion_noun")                                                     \
    /* (stop 53, vis63) تفقد, an official's inspection, and the place nouns that make it a \
       visit (مسجد، مستشفى، مقر، مدارس): report_guards.c inspection() */                    \
    X(AG_INSPECT, "inspect")                                                                 \
    X(AG_INSPECT_PLACE, "inspect_place")                                                     \
    /* (stop 54, turn64) a word of contrast that gives another party the turn (فيما، بينما،    \
       بالمقابل; حين and المقابل after في): a reported clause ends before it when a reporting   \
       verb with its own subject follows (clause_particle.c qt_contrast_clause) */           \
    X(AG_CONTRAST_TURN, "contrast_turn")                                                     \
    X(AG_CONTRAST_AFTER_IN, "contrast_after_in")                                             \
    /* (stop 54, fix60) a site whose genitive or لـ names the side that holds it (تجمعات     \
       لمليشيات الحوثي، مواقع الحوثيين، معسكرات): an air strike's struck side (struck_side.c) */ \
    X(AG_HELD_SITE, "held_site")                                                             \
    /* (stop 54, fix61) a thing named after a person (لواء، مطار، جامعة، جائزة، كأس) before a \
       person's name, a title of rank or birth between (namesake_title: الأمير، الملك): the \
       name is the thing's namesake, no person of the article and no speaker (لواء الامير   \
       تركي بن عبدالعزيز الآلي; speakers.c qt_can_speak) */                                 \
    X(AG_NAMESAKE, "namesake")                                                               \
    X(AG_NAMESAKE_TITLE, "namesake_title")                                                   \
    /* (stop 55, fix62) a noun without the article that heads a construct naming people (عدد \
       من، أحد، ذوو، أهالي، فرق، قيادات): after the verb opening its sentence, with its     \
       genitive, the subject a participle cue with no speaker goes on with (opening_subject.c \
       qt_opening_part: تمكنت فرق الدفاع المدني …، محذرة) */                                   \
    X(AG_PEOPLE_HEAD, "people_head")                                                         \
    /* (stop 55, turn65) a word that opens a clause whose subject comes before its verb     \
       (لكن، بينما، فيما، حيث; not أن/إن, كان): a person after definite titles there is the   \
       verb's subject, not a head's complement (speakers.c apposed_first) */                \
    X(AG_CLAUSE_OPEN, "clause_open")                                                         \
    /* (stop 55, turn65) cues turn64's contrast turn did not take (not plain), each a verb  \
       of speech only with the word after its subject that the list names: يرى، ترى alone; \
       بين "showed" with أن (not فيما بين "between"); عبر، نقل with عن (not "crossed",     \
       "was moved"); علق with على; وصف with a ب word (clause_particle.c turn_cue) */        \
    X(AG_CONTRAST_CUE, "contrast_cue")                                                       \
    X(AG_CONTRAST_CUE_THAT, "contrast_cue_that")                                             \
    X(AG_CONTRAST_CUE_ABOUT, "contrast_cue_about")                                           \
    X(AG_CONTRAST_CUE_ON, "contrast_cue_on")                                                 \
    X(AG_CONTRAST_CUE_BY, "contrast_cue_by")                                                 \
    /* (stop 55, turn65) المئة، بالمائة …: a percentage's word after its number, a counted    \
       group that speaks (وقال 27 في المئة إنهم: counted.c qt_counted) */                    \
    X(AG_PERCENT_WORD, "percent_word")                                                       \
    /* (stop 55, lead) the words after a percentage that open its group: منهم، منهن "of      \
       them" (counted_of_them), من، ممن "of, of whom" with the group after (counted_of)      \
       (counted.c of_word) */                                                                \
    X(AG_COUNTED_OF_THEM, "counted_of_them")                                                 \
    X(AG_COUNTED_OF, "counted_of")                                                           \
    /* (stop 55, fix63) the verb of a passive told with a verbal noun (تم الاتفاق، تم التوقيع: \
       "it was agreed"): after a relative pronoun the layer's trigger is a thing agreed, whose \
       doer is not the discourse's name before it (triggers.c agreed_thing; judge56's 38) */  \
    X(AG_PASSIVE_VERB, "passive_verb")                                                       \
    /* (stop 55, fix63) a blessing set off after a name (-حفظه الله-، (رعاه الله)): its marks  \
       are no clause's end between an event's word and its day (weeks.c blessing_shut) */    \
    X(AG_BLESSING_ASIDE, "blessing_aside")                                                   \
    /* (stop 56, lay66) a verb whose subject states a stance after عن (أعرب، عبر، أبدى): a     \
       criticism's noun after its عن is that subject's (triggers.c stance_subject) */          \
    X(AG_STANCE_VERB, "stance_verb")                                                         \
    /* (stop 56, spk66) the verb of a relative clause after a body's noun that names who made  \
       the document, with its pronoun (الذي أصدرته، التي أعدها، الذي نشرته): only such a      \
       clause is part of the body's description; any other (الذي حصلت «الشرق الأوسط» على   \
       نسخة منه، التي تعمل من …) ends it before the relative (sources.c relative_end)      */ \
    X(AG_MAKER_VERB, "maker_verb")                                                           \
    /* (stop 56, ast66) an attack's noun before «الذي/التي استهدف» and its target (الهجوم،     \
       التفجير، العملية الإرهابية; struck_relative.c) */                                       \
    X(AG_ATTACK_REL, "attack_rel")                                                           \
    /* (stop 57, lay67) «كما» right before a deed told after the sentence's first one (كما    \
       وصل: event_when.c also_after) */                                                     \
    X(AG_ALSO, "also")                                                                       \
    /* (stop 57, cue67) a word with ب that is a preposition or an adverb, not the complement   \
       of a cue that takes any noun after ب (COMP_BIANY: بسبب، بشأن، بحضور; quotes.c) */     \
    X(AG_BI_NOT_OBJECT, "bi_not_object")                                                     \
    /* (stop 57, cue67) a negation right before a COMPONLY cue (ولم يتطرق، ألا يتحدث; quotes.c) */ \
    X(AG_COMP_NEGATION, "comp_negation")                                                     \
    /* (stop 57, prec67) how often, before a verb (لطالما، طالما): a habit, no one event */    \
    X(AG_EVER, "ever")                                                                       \
    /* (stop 57, prec67) a court right after أدان (أدانت المحكمة): a verdict, no criticism */   \
    X(AG_COURT_VERDICT, "court_verdict")                                                     \
    /* (stop 57, ev67) nouns of talks before بين, whose sides may be states and bodies      \
       (المفاوضات بين اليونان ودائنيها; talks_between.c ev_talks_kind) */                    \
    X(AG_TALKS, "talks")                                                                     \
    /* (stop 58, tidy68) the bare noun of freeing ground whose town, after بعد، عقب or منذ,    \
       is a time (بعد تحرير عدن; ground.c freed_town_at; was a #define there) */              \
    X(AG_FREED_TIME, "freed_time")                                                           \
    /* (stop 58, tidy68) a town's head between that noun and the town (مدينة، محافظة) */       \
    X(AG_TOWN_HEAD, "town_head")                                                             \
    /* (stop 58, tidy68) a word that opens a list of guests (كلا من; long_subject.c) */         \
    X(AG_GUESTS_OPEN, "guests_open")                                                         \
    /* (stop 59, rep70) what قدم/يقدم offers that is a statement (شرحا، اعتذارها; not thanks,  \
       courtesy): the complement of a cue with COMP_OFFER (quotes.c qt_comp_opens)      */  \
    X(AG_OFFERED, "offered")                                                                 \
    /* (stop 59, src70) a news outlet: the head of its name (صحيفة، وكالة الأنباء، قناة) and  \
       outlets known by name alone (عكاظ، رويترز); the words that put one in a report's frame \
       right before it (بحسب، وفقا ل، نقلا عن، ذكرت): outlet_frame.c */                     \
    X(AG_OUTLET_HEAD, "outlet_head")                                                         \
    X(AG_OUTLET_NAME, "outlet_name")                                                         \
    X(AG_OUTLET_FRAME, "outlet_frame")                                                       \
    /* (stop 60, meet71) the words right before a meeting noun whose doer is its pronoun     \
       (خلال، أثناء، لدى، في، بعد، عقب اجتماعه؛ meeting_pronoun.c)                         */  \
    X(AG_PRON_OCCASION, "pron_occasion")                                                     \
    /* (stop 60, meet71) «جاء ذلك خلال اجتماعه بـ»: the verb and the demonstrative that carry  \
       the sentence before's statement (meeting_pronoun.c)                              */  \
    X(AG_PRON_CAME, "pron_came")                                                             \
    X(AG_PRON_THAT, "pron_that")                                                             \
    /* (stop 60, err68) the words after which a verb of ground goes on with its sentence's     \
       last subject (كما سيطرت، بعد أن سيطرت; ground_subject.c ev_force_carried) */           \
    X(AG_GROUND_CARRY, "ground_carry")                                                       \
    /* (stop 60, err68) a participle of allegiance or support that describes a force between  \
       it and its verb (مدعومة بتحالف، الموالية للشرعية; ground_subject.c described_gap) */   \
    X(AG_SIDE_DESCRIBED, "side_described")                                                   \
    /* (stop 60, rep72) a contract renewed is an act, no statement (جددت التعاقد مع): the  \
       verbs of renewing and the contract's act nouns: act_noun.c qt_act_renewed */          \
    X(AG_RENEW_VERB, "renew_verb")                                                           \
    X(AG_SIGNED_ACT, "signed_act")                                                           \
    /* (stop 60, prec72) a cohort or a tournament bidden farewell right after و + دعت (الدفعة، \
       الدورة): ودّع, no appeal (trigger_guards.c farewell_object) */                          \
    X(AG_FAREWELL_OBJECT, "farewell_object")                                                 \
    /* (stop 60, prec72) a goal's net right after استقبل: goals conceded, no guest */          \
    X(AG_GOAL_NET, "goal_net")                                                               \
    /* (err60, ported by hyb73 at stop 60) the present of أهاب (يهيب، تهيب), also the verbal  \
       noun تهيُّب "awe": an appeal only with its addressee after it, a ب-word or إلى        \
       (events.c awe()) */                                                                    \
    X(AG_APPEAL_OR_AWE, "appeal_or_awe")                                                     \
    /* (stop 60, acc73) an accuser that is a prosecutor or a court (النيابة، المحكمة): its      \
       accusation is a charge, judicial, no accuse (judicial.c) */                            \
    X(AG_JUDICIAL, "judicial")                                                               \
    /* (stop 60, attr73) a meeting, talks or hosting noun with a singular pronoun after a     \
       pron_occasion word (خلال لقائه بـ): no name from it on is its cue's speaker         \
       (occasion_subject.c)                                                            */  \
    X(AG_PRON_OCC_NOUN, "pron_occasion_noun")                                                \
    /* (stop 60, place73) a verb of ground that takes ground (سيطرت، استولى، استعاد، حرر) and a  \
       district's noun of a place typed ORG (مديرية): its place object is the event's place,   \
       not an actor (ground_place.c) */                                                        \
    X(AG_GROUND_TAKE, "ground_take")                                                         \
    X(AG_TAKEN_AREA, "taken_area")

#define AGUARD_ENUM_(id, name) id,
enum aguard_list { AGUARD_LISTS(AGUARD_ENUM_) AG_COUNT };
#undef AGUARD_ENUM_

/* ev_word.aguards holds a bit a list, in as many 64-bit words as the lists need. */
#define AG_NWORDS (((int)AG_COUNT + 63) / 64)

#endif
