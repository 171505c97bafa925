"""Small Persian word lists the resolver reads; the larger tables live in khabar/data/resolve/."""

from __future__ import annotations

# Words before a country's name that do not change which country it is («جمهوری بلاروس», «کشور عراق»).
STATE_PREFIXES = ("جمهوری اسلامی", "جمهوری", "کشور", "دولت", "پادشاهی", "امیرنشین", "سلطان نشین", "حکومت", "مردم", "ملت")
# Plural endings a demonym may carry when used for a people («ایرانیان», «آمریکایی‌ها» folds to two words).
DEMONYM_PLURALS = ("ان", "ها")
# How a country's adjective is formed from its name, by the name's last letter (else «ی» is added: مصر -> مصری).
DEMONYM_SUFFIXES = (("ی", "ایی"), ("ه", "ای"), ("ا", "یی"), ("و", "یی"))
# Honorifics that mark a person as dead («شهید مطهری», «مرحوم …»): such a person is spoken of, never the speaker.
DECEASED_HONORIFICS = ("شهید", "مرحوم")
# The Arabic article written joined to a surname: «الشمری» and «شمری» are one name.
ARABIC_ARTICLE = "ال"
# Words before a country name that make it a place or a target, not the actor's owner («سفیر ایران در آمریکا»).
LOCATIVE_PREPOSITIONS = ("در", "به", "از", "با", "علیه", "بر", "برای", "نزد")
# Words that point to the article's own country («رئیس جمهوری کشورمان»).
OWN_COUNTRY_WORDS = ("کشورمان", "کشور ما", "میهنمان", "میهن اسلامی")
# Words before a place name that say what kind of place it is; «استان» asks for a province.
PLACE_PREFIXES = {"استان": "A", "ولایت": "A", "شهرستان": "A", "ایالت": "A", "شهر": "P", "روستای": "P", "روستا": "P",
                  "بخش": "P", "پایتخت": "P", "بندر": "P", "کلانشهر": "P", "منطقه": None, "کشور": "A"}
# Words near a place name that make a place reading likely when the name is also a common word.
PLACE_CUES = ("شهر", "شهرستان", "استان", "روستای", "پایتخت", "بندر", "کلانشهر", "مرکز استان", "فرودگاه")
# Place names that are common words in news, beside those the NER data shows (place_homonyms.tsv):
# «کیف» bag, the Jalali months and the weekdays («دوشنبه» is also Dushanbe), «بندر» a port (also Bender, Moldova), and
# the words and names of the news that a foreign town shares («آوریل» April, «بشار» Assad's name, «گاو» a cow, «سمی»
# toxic, «عالیه» as in «دیوان عالیه»; found by running the resolver over the corpus's frequent words; then «امیه» of
# «بنی‌امیه» the Umayyads, not a Swedish town, «آلام» pains, «الوان» colours, «افزار» of «نرم‌افزار»; and, from a scan
# of the words placed abroad: «منا» of the Hajj (not Nigeria), «کورونا» the virus, «دیلی» of «دیلی تلگراف», «کارا»
# efficient, «پرت» thrown, «ترمز» a brake, «لنز» a lens, «حصار» a wall, «سیرت» conduct, «نامور» renowned, «بودا»
# the Buddha, «موندو» of «ال موندو», the names «سعیده»، «ساره»، «هاله»، «ماری»، «پورنیا» and Brazil's coach «تیته»).
COMMON_WORD_PLACES = ("کیف", "تیر", "فروردین", "اردیبهشت", "خرداد", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی",
                      "بهمن", "اسفند", "شنبه", "یکشنبه", "دوشنبه", "سه شنبه", "چهارشنبه", "پنجشنبه", "جمعه",
                      "امان", "فارس", "مرکزی", "گلستان", "صور", "سامان", "بهار", "امید", "طراز", "آبا", "بندر",
                      "آوریل", "بشار", "سیمای", "کندی", "کان", "دلاور", "سویا", "عالیه", "رشید", "میری", "پیچ", "کین",
                      "بیوک", "بینشی", "بالتی", "عشاق", "بخاری", "گاو", "سمی", "ربات", "دربند", "امیه", "آلام", "الوان",
                      "افزار", "منا", "کورونا", "دیلی", "کارا", "پرت", "ترمز", "لنز", "حصار", "سیرت", "نامور", "بودا",
                      "موندو", "سعیده", "ساره", "هاله", "ماری", "پورنیا", "تیته")
# Pronouns that refer back to a person («وی افزود»).
PERSON_PRONOUNS = ("وی",)
# Letters spelt out in loanwords, where «وی» is the letter V, not a pronoun: «وی پی ان» (VPN), «تی وی» (TV), «دی وی دی».
NOT_PRONOUN_BEFORE = ("تی", "دی")
NOT_PRONOUN_AFTER = ("پی", "دی", "آی")
# Words right after a title opening a sentence that bring in another speaker («سخنگوی دولت نیز گفت»).
ANOTHER_PERSON_WORDS = ("نیز", "هم")
# Verbs of saying: a sentence with one (or a colon) has a speaker, whom a following «وی» continues.
SPEECH_WORDS = ("گفت", "گفته", "می گوید", "افزود", "اظهار", "تصریح", "خاطرنشان", "یادآور", "بیان کرد", "بیان داشت",
                "ادامه داد", "اضافه کرد", "تاکید کرد", "ابراز", "عنوان کرد", "عنوان داشت", "اعلام کرد", "نوشت")
# Words that end a title phrase read after a name or title («وزیر دفاع جمهوری بلاروس با حضور …»).
TITLE_STOPS = ("با", "در", "به", "از", "که", "را", "برای", "نیز", "هم", "گفت", "افزود", "اظهار", "کرد", "است", "بود",
               "روز", "امروز", "دیروز", "امشب", "صبح", "ظهر", "عصر", "شب", "ضمن", "طی", "پس", "بر", "اعلام", "تاکید",
               "خاطرنشان", "تصریح", "بیان", "یادآور", "ادامه", "و", "مبنی")
# How many words may stand between a title and the country it belongs to («وزیر دفاع و پشتیبانی نیروهای مسلح ایران»).
TITLE_REACH = 7
# Heads of names that end with a country but are no place inside it: seas and straits that border several
# states, and buildings of one state standing in another («دریای عمان», «سفارت آمریکا»).
NOT_WITHIN_COUNTRY = ("دریای", "دریا", "خلیج", "تنگه", "اقیانوس", "آبهای", "آب های", "سفارت", "سفارتخانه",
                      "کنسولگری", "مرز", "مرزهای")
# Epithets after a place name that do not change the place («قدس شریف», «قدس اشغالی», «نجف اشرف»).
PLACE_EPITHETS = ("شریف", "اشغالی", "مقدس", "معلی", "منوره", "مکرمه", "اشرف", "مبارکه")
# Someone other than the last person named, standing between that person and a later «وی» («شاکی», «فردی»):
# the pronoun then likely refers to them, so it is not linked.
OTHER_PERSON_WORDS = ("فردی", "شخصی", "کسی", "مردی", "زنی", "شاکی", "متهم", "متهمان", "مقتول", "قربانی", "کودکی", "جوانی")
# Country names that are also common words («مالی» financial): found only as a whole mention, never inside one.
COMMON_WORD_COUNTRIES = ("مالی",)
# A demonym before these words names an ethnicity, not the country: «روستای ازبک‌نشین» (an Uzbek village in
# Afghanistan), «کردتبار», «عرب‌زبان».
ETHNIC_COMPOUND_WORDS = ("نشین", "تبار", "زبان")
# National bodies whose names hold an international body's («شورای امنیت»): a country's own council, not the UN's.
NATIONAL_BODIES = ("شورای امنیت ملی", "شورای عالی امنیت ملی")
# International bodies' names that a state's own council shares when the state's name follows («شورای امنیت روسیه»).
STATE_COUNCILS = ("شورای امنیت",)
# Words that are a title only before an organisation, group or country («رهبر انصارالله», «رهبر جنبش …», «رهبر
# کوبا»): alone, «رهبر» is as often a common noun («نقش رهبر») as a person.
ORG_LEADER_TITLES = ("رهبر", "سرکرده")
# Words naming a kind of organisation before its name: «رهبر جنبش انصارالله» and «رهبر انصارالله» are one title.
ORG_TYPE_WORDS = ("جنبش", "حزب", "جبهه", "گروه", "گروهک", "سازمان", "ائتلاف", "جمعیت")
# Words inside a title that do not change whose title it is: «سرمربی جدید تیم فوتبال بوریرام» is still the
# «سرمربی بوریرام» of the headline. «سابق» is not one of them: a former coach is someone else.
TITLE_MODIFIERS = ("جدید", "فعلی", "کنونی", "محترم", "تیم", "باشگاه", "فوتبال", "فوتسال", "والیبال", "بسکتبال",
                   "ملی")
# Words after which a country in a title is what the post is about, not whose it is: «کارشناس امور کره شمالی».
TITLE_TOPIC_WORDS = ("امور", "مسائل", "مسایل", "پرونده", "مطالعات")
