"""Persian knowledge the quote finder reads: seeds for mining, speaker words, frames.

The reporting verbs themselves are mined from the corpora into
`khabar/data/quote_cues.tsv` (see `mine.py`); what is here is the small closed
vocabulary around them: light verbs and their inflections, words that end a
subject noun phrase, titles, pronouns and the fixed attribution frames.
"""

from __future__ import annotations

# Light verbs that make compound reporting verbs («تصریح کرد»); past stem -> present stem.
LIGHT_VERBS: dict[str, str] = {"کرد": "کن", "داشت": "دار", "داد": "ده", "شد": "شو", "ساخت": "ساز", "نمود": "نما"}

# Light verbs that stand for one another in a compound: «خاطرنشان کرد/ساخت/نمود».
LIGHT_VERB_VARIANTS: dict[str, tuple[str, ...]] = {
    "کرد": ("ساخت", "نمود"),
    "ساخت": ("کرد", "نمود"),
    "نمود": ("کرد", "ساخت"),
}

# Reporting verbs the mining starts from: kept with their counts even when rare before a colon
# (requests and claims introduce clauses, seldom colons: «از X خواست …»، «مدعی شد که …»).
SEED_CUES = (
    "گفت",
    "افزود",
    "نوشت",
    "خواست",
    "خواستار شد",
    "درخواست کرد",
    "اعلام کرد",
    "اعلام داشت",  # formal: «اعلام می‌دارد: …» in resolutions, rare before a colon in news
    "مدعی شد",
    "هشدار داد",
    "اشاره کرد",
    "پیش‌بینی کرد",
    "ابراز امیدواری کرد",
    "گزارش داد",
    "تهدید کرد",
    "اقرار کرد",
    "خبر داد",
    "قول داد",
    "متهم کرد",
    "فاش کرد",
)

# Verbs seen before colons that are not speech: «در بیانیه آمده است:» (a document, see
# DOCUMENT_CUES), «به دست آورد:». The miner drops them.
NOT_CUES = ("آمد", "آورد")

# Present stems of simple verbs the miner may discover (used only to inflect «می‌…» forms).
PRESENT_STEMS: dict[str, str] = {
    "گفت": "گو",
    "افزود": "افزا",
    "نوشت": "نویس",
    "خواست": "خواه",
    "پرسید": "پرس",
    "سرود": "سرا",
}

# Auxiliaries after a past participle: «گفته است»، «گفته بود»، «گفته‌اند».
PERFECT_AUXILIARIES = ("است", "بود", "اند", "بودند", "‌اند", "‌است")

# Words before a cue that make it future, hypothetical or ongoing («… سخن می گفت»), not a report.
FUTURE_MARKERS = (
    "می",
    "نمی",
    "می‌توان",
    "نمی‌توان",
    "میتوان",
    "بتوان",
    "توان",
    "شاید",
    "خواهد",
    "خواهند",
    "بخواهد",
    "نخواهد",
    "می‌خواهد",
    "باید",
    "نباید",
    "نمی‌خواهد",
)

# The nouns of prefix frames: «با بیان اینکه»، «با اشاره به اینکه»، «ضمن ابراز تأسف از اینکه».
FRAME_HEADS = ("با", "ضمن")
FRAME_PREPOSITIONS = ("به", "بر", "از")
FRAME_COMPLEMENTISERS = (
    "اینکه",
    "این که",
    "این‌که",
    "این موضوع که",
    "این مطلب که",
    "این نکته که",
)

# Source frames: «به گفته X، …»، «به نوشته X، …»; the noun is the participle of a mined verb.
SOURCE_FRAME_PREPOSITION = "به"
REPORT_NOUN = "گزارش"
# «به ادعای X، …»: a claim attributed like «به گفته X، …» (its noun is no participle of a mined verb).
CLAIM_FRAMES = ("به ادعای",)
# «بر اساس اعلام X، …»، «طبق گزارش X، …»: attributions counted like «به گفته X، …» (X a source, not the agency).
ATTRIBUTION_PREPOSITIONS = ("بر اساس", "براساس", "بنا بر", "بنابر", "بنا به", "طبق", "بر پایه", "برپایه")
ATTRIBUTION_NOUNS = ("گزارش", "اعلام", "اطلاعات", "گفته", "نوشته", "اظهارات")
# First words after such a frame that are no source: «بر اساس گزارش منتشره در …»، «بر اساس گزارش ها، …»
# (also joined by a half-space: «ارائه‌شده»).
NOT_SOURCE_OPENERS = frozenset("ها های منتشره منتشر ارائه رسیده موجود".split())
# Adjectives of the report noun: «بر اساس اعلام قبلی X، …» still names X; «بر اساس گزارش اولیه، …» names none.
SOURCE_ADJECTIVES = frozenset("اولیه غلط جدید قبلی رسمی تازه".split())
# A preposition right after the frame (or its adjective) opens an adverbial, not a source: «بر اساس گزارش جدید در …».
SOURCE_PREPOSITIONS = frozenset("در از به با برای تا".split())
# «بر اساس این گزارش، …»: content attributed to the report named earlier in the article.
REPORT_ANAPHORS = (
    "بر اساس این گزارش", "بنا بر این گزارش", "بنابر این گزارش", "طبق این گزارش", "براساس این گزارش",
    "بر پایه این گزارش", "برپایه این گزارش",
)
# Relayed speech: «X به نقل از Y …» belongs to Y; some write it without «از» («به نقل رهبر …»).
RELAY_MARKERS = ("به نقل قول از", "به نقل از", "به نقل")
# Statements and documents: «در بیانیه X آمده است: …» belongs to the issuer X.
# The prepositions before a document noun, in the order they are tried: «در بیانیه X»، «از گزارش X».
DOCUMENT_PREPOSITIONS = ("در", "از")
DOCUMENT_NOUNS = ("بیانیه", "نامه", "پیام", "اطلاعیه", "گزارش", "متن", "قطعنامه", "بخشی از", "اعلامیه")
# «از گزارش X ادعا شده است: …»: a passive reporting verb in a document is its issuer's statement too.
DOCUMENT_CUES = (
    "آمده است", "آمده", "ذکر شده است", "تصریح شده است", "اعلام شده است", "ادعا شده است", "تاکید شده است",
    "تأکید شده است",
)

# Nouns before a place's name in a dateline: «به گزارش خبرگزاری فارس از استان سمنان».
PLACE_NOUNS = ("استان", "شهرستان", "شهر", "بخش", "منطقه", "جزیره", "بندر")
# The article's own agency: «به گزارش خبرگزاری فارس» is a source line, not a quote.
OWN_AGENCY_WORDS = ("فارس", "خبرنگار", "خبرگزاری ما")

# Nouns of speech before the speaker («اظهارات رهبر …»، «سخنان وزیر …»): the words after them name the source,
# they themselves are no name.
SPEECH_NOUNS = frozenset("اظهارات سخنان بیانات گفته‌های صحبت‌های فرمایشات".split())
# Pronouns are never speakers; they are resolved to the person they stand for.
PRONOUNS = ("وی", "او", "ایشان", "آنها", "آن‌ها", "اینان", "وی،", "او،")
# Demonstratives that make a noun phrase point back («این مقام»، «این منبع»).
DEMONSTRATIVES = ("این", "همین", "آن")
# Conjunctions and adverbs at the start of a clause («پیش از این نیز X …»), skipped before the subject.
CLAUSE_OPENERS = frozenset(("اما", "ولی", "و", "همچنین", "سپس", "لیکن", "نیز", "بالاخره", "سرانجام"))
# Words that end the subject noun phrase: prepositions, adverbs, time words, particles.
SUBJECT_STOPS = frozenset(
    """
در با به از برای ضمن طی پس پیش روز امروز دیروز امشب شامگاه بامداد صبح عصر ظهر شب همچنین نیز هم
که را تا بر درباره دربارهٔ پیرامون طبق بنابر بنا درخصوص خطاب ضمنا ضمناً اخیرا اخیراً سپس آنگاه
هرچند چنانکه همچنان بار دیگر مجددا مجدداً بعد قبل هفته ماه سال روزهای بلافاصله
امروزه اکنون حالا کماکان سرانجام همزمان بدون علاوه ابتدا پایان ادامه جمع مصاحبه گفتگو گفت‌وگو
گفت‌و‌گو پیش‌تر پیشتر قبلا قبلاً وقتی هنگامی زمانی چون اگر نشست جلسه کنفرانس مراسم دیدار سفر حاشیه
یکشنبه دوشنبه سه‌شنبه چهارشنبه پنجشنبه
پنج‌شنبه جمعه شنبه اظهار بیان اشاره تاکید تأکید ابراز
""".split()
)
# Head words of titles and roles: the words before them are a name («مهدی جمالی‌نژاد معاون …»).
TITLE_HEADS = frozenset(
    """
وزیر وزرای رئیس رییس رئیس‌جمهور رییس‌جمهور سخنگوی سخنگو معاون معاونان دبیر دبیرکل نماینده نمایندگان
استاندار سفیر مشاور فرمانده فرماندهان عضو اعضای کارشناس کارشناسان مدیر مدیرکل مدیرعامل نخست‌وزیر
نخست رهبر رهبری خطیب امام والی شهردار دادستان مسئول مسئولان مسؤول مسؤولان مربی سرمربی مقام مقامات منبع منابع
سرپرست قائم‌مقام قائم جانشین رئیسه دبیرخانه کاردار وکیل قاضی سناتور نامزد فرماندار بخشدار
فعال تحلیلگر استاد پژوهشگر نویسنده سردبیر خبرنگار بازیکن هافبک مهاجم دروازه‌بان کاپیتان ملی‌پوش
سرکنسول کنسول قانون‌گذار قانونگذار ناظر بازرس رایزن
پادشاه ملک ولیعهد ولی‌عهد شاهزاده مفتی پاپ دبیرکل مرجع عالی‌ترین رئيس مشاور
""".split()
)
# Honorifics before a name, kept with it («آیت‌الله»، «سردار»).
HONORIFICS = frozenset(
    """
آیت‌الله آیت حجت‌الاسلام حجت‌الاسلام‌والمسلمین حجت سید سیده دکتر مهندس سردار امیر سرتیپ سرلشکر
سرتیپ‌دوم سرهنگ ژنرال شیخ آقای خانم استاد حاج حاجی
""".split()
)

# Verbs that introduce speech only through «که» or a colon («تهدید کرد که …»); other words after them
# are what is threatened or told of («به تحریم تهدید کرد», «از X خبر داد»), not a statement.
CLAUSE_ONLY = ("تهدید کرد", "اقرار کرد", "خبر داد", "قول داد", "متهم کرد", "فاش کرد")
# Clause-only verbs whose «را» object is the one addressed or accused, not what is said: «دمشق را متهم کردند
# که …», «آنها را تهدید کرد که …». Before other verbs «را» marks a noun phrase reported («X را اعلام کرد»).
OBJECT_CUES = ("متهم کرد", "تهدید کرد")
# Request verbs introduce a clause only after «از X» (the addressee): «از مردم خواست …»; their present forms
# («از X می‌خواهد تا …») only with «تا» or «که» after them (without, «می‌خواهد» means "wants").
NEEDS_ADDRESSEE = ("خواست", "درخواست کرد")
# After a request verb, «تا» opens the requested clause like «که».
REQUEST_COMPLEMENTISERS = ("تا",)
# A word right after a cue that starts a new clause, not the cue's content.
NOT_CONTENT_OPENERS = frozenset("و اما ولی لیکن تا چون زیرا چرا هرچند اگر بلکه سپس پس".split())
# The next sentence continues an indirect statement when it opens with these («زیرا …»).
CONTINUATION_OPENERS = ("زیرا", "چرا که", "چراکه", "چون")
# Words ending a clause with its own finite verb: a subject found before them is not the cue's.
FINITE_VERBS = frozenset(
    """
است بود شد شده باشد کرد کردند دارد دارند شود شوند بودند هستند نیست درحالیست حالیست بودم بودیم بودی هستم
هستیم نیستم شدم شدیم کردم کردیم داشتم داشتیم
""".split()
)
# Words that open a clause inside a noun phrase's segment («X که …»، «X پس از آنکه … شد، گفت»).
SUBORDINATORS = frozenset(("که", "آنکه", "آن‌که", "اینکه", "این‌که"))
# Verbs whose «از X» is what they tell of («از وقوع انفجار خبر داد که …»): with it, a «که» after them opens a
# relative clause, not speech.
FROM_OBJECT_CUES = ("خبر داد",)
# Words before «از» that make it no object: «به نقل از»، «یکی از»، «پس از».
NOT_OBJECT_FROM = frozenset(("نقل", "پس", "بعد", "قبل", "پیش", "یکی", "برخی", "بعضی", "بسیاری", "شماری", "تعدادی"))
# Simple past verbs that end a clause («… اما در این امر ناکام ماند، تهدید کرد»): a subject never ends with
# one. Stems that are also nouns («کرد», «نشست», «شکست») are left out.
PAST_VERBS = frozenset("شد بود داشت رسید گفت گرفت آمد رفت گردید نمود یافت ماند پیوست افتاد".split())
# Prefixes of present and imperfective verbs: a word with one ends a clause of its own.
VERB_PREFIXES = ("می\u200c", "نمی\u200c")
# Marks that close one segment of the words before a cue («این گزارش حاکی است: X … گفت»: X starts one).
SEGMENT_BREAKS = ("،", ",", "؛", ";", ":", " اما ", " ولی ")
# «یکی از X» and «یک X»: the subject continues through «از».
PARTITIVES = ("یکی", "برخی", "بعضی", "شماری", "تعدادی", "گروهی", "هیچ‌یک")
# Longest subject noun phrase; a longer run of words is not a subject.
MAX_SUBJECT_WORDS = 12
# Adverbials that may open a clause before its subject («روز پنج‌شنبه پنتاگون اعلام کرد»).
LEADING_ADVERBIALS = (
    "پیش از این",
    "پیش‌تر",
    "با این حال",
    "با این وجود",
    "در همین حال",
    "در همین راستا",
    "از سوی دیگر",
    "از طرف دیگر",
    "در این میان",
    "در ادامه",
    "در پایان",
    "همچنین",
    "همزمان",
    "اخیرا",
    "اخیراً",
)
TIME_WORDS = frozenset(
    """
روز امروز دیروز امشب دیشب شامگاه بامداد صبح عصر ظهر شب گذشته جاری شنبه یکشنبه دوشنبه سه‌شنبه چهارشنبه
پنجشنبه پنج‌شنبه جمعه فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند ژانویه فوریه مارس
آوریل مه ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر ماه
""".split()
)
# Numbers before a title are no name and open a new source, as «یک منبع» does: «دو منبع آگاه گفته‌اند».
NUMBER_WORDS = frozenset("دو سه چهار پنج شش هفت هشت نه ده".split())
# Ordinals before a title are no name: «نخستین مربی X»، «آخرین سفیر X».
ORDINALS = frozenset(
    "نخستین اولین دومین سومین چهارمین پنجمین ششمین هفتمین هشتمین نهمین دهمین آخرین واپسین".split()
)
# Words that open a noun phrase without naming anyone: «یک منبع»، «یکی از مقامات».
DETERMINERS = frozenset("یک یکی این آن همین برخی بعضی چند شماری تعدادی".split())
# Impersonal modals: «می‌توان به X اشاره کرد که …» reports nobody's speech.
IMPERSONAL_MODALS = ("می‌توان", "نمی‌توان", "میتوان", "بتوان", "باید گفت")
# «آنطور که X گفته، …»: the frames before a bare participle («گفته»، «اعلام کرده») that make it a finite
# report without «است»; elsewhere a bare participle is a noun or an adjective («این گفته»، «مطالب نوشته شده»).
AS_FRAMES = ("آنطور که", "آن‌طور که", "آن طور که", "همانطور که", "همان‌طور که", "همان طور که", "چنانکه",
             "چنان که", "چنان‌که", "آنگونه که", "آن‌گونه که", "همانگونه که", "همان‌گونه که")
# Words before a bare participle that make it a noun («این گفته که …»، «به نوشته X»).
NOT_PARTICIPLE_SUBJECT_ENDS = frozenset("این آن همین همان یک به از با در برای طبق بر هر چند".split())
# First words of a party joined to a pronoun that make the statement a group's («او و دو وزیر … خواستند»,
# «وی و همتایانش …»); «او و همسرش» stays the person's.
GROUP_OPENERS = frozenset(
    """
دو سه چهار پنج شش هفت هشت نه ده چند وزرای مقامات اعضای نمایندگان سران رهبران همتایان همتایانش مسئولان
هیئت هیات گروه
""".split()
)
# Verbs that carry one speaker's statement on: under a new title they still introduce that speaker.
CONTINUING_LEMMAS = ("افزود", "اضافه کرد", "ادامه داد")
# Nouns that open the name of a publication or a channel: a title («پادشاه بحرین») never points back to one.
OUTLET_NOUNS = frozenset(
    "روزنامه هفته‌نامه هفته‌نامهٔ نشریه مجله خبرگزاری شبکه تلویزیون رادیو پایگاه سایت وبگاه وب‌سایت کانال".split()
)
# Titles that fit anyone («مقام ونزوئلایی»): they may point back to a speaker with a specific title.
GENERIC_TITLES = frozenset("مقام مقامات منبع منابع".split())
