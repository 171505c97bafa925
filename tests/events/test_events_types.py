"""Each PLOVER type: sentences that must produce it as happened, and negated, planned, conditional or asked
versions that must be kept but flagged."""

from __future__ import annotations

import pytest

from khabar.events.export import happened

# (sentence, type, mode) — sentences written for these tests.
HAPPENED = [
    ("وزیر خارجه ایران با همتای روسی خود در مسکو دیدار و گفت‌وگو کرد.", "CONSULT", None),
    ("رئیس‌جمهور فرانسه با صدراعظم آلمان گفت‌وگوی تلفنی داشت.", "CONSULT", None),
    ("وزیر دفاع بلاروس به تهران سفر کرد.", "CONSULT", "visit"),
    ("وزرای دفاع ایران و بلاروس یک تفاهم‌نامه همکاری نظامی امضا کردند.", "SUPPORT", None),
    ("دو کشور پس از سه روز مذاکره به توافق رسیدند.", "SUPPORT", None),
    ("سخنگوی دولت از کمک‌های مردمی به سیل‌زدگان تشکر کرد.", "SUPPORT", None),
    ("وزیر نیرو از پیشنهاد عراق برای ساخت سد مشترک استقبال کرد.", "AGREE", None),
    ("نخست‌وزیر وعده داد که حقوق کارکنان را افزایش دهد.", "AGREE", None),
    ("سفیر ژاپن بابت اظهارات نادرست خود عذرخواهی کرد.", "CONCEDE", None),
    ("نیروی دریایی دو کشور با یکدیگر همکاری کردند.", "COOPERATE", None),
    ("هلال احمر ده تن کمک‌های غذایی به افغانستان ارسال کرد.", "AID", None),
    ("دولت ترکیه سه روزنامه‌نگار سوئدی را آزاد کرد.", "RETREAT", "release"),
    ("وزیر کشاورزی دیروز استعفا کرد.", "RETREAT", "resign"),
    ("اتحادیه عرب از سازمان ملل خواست نشست فوری برگزار کند.", "REQUEST", None),
    ("نمایندگان مجلس خواستار برکناری وزیر راه شدند.", "REQUEST", None),
    ("وزارت خارجه ایران حمله به سفارت را محکوم کرد.", "ACCUSE", "disapprove"),
    ("رئیس‌جمهور اوکراین، روسیه را به دخالت نظامی متهم کرد.", "ACCUSE", "allege"),
    ("پارلمان طرح پیشنهادی دولت را رد کرد.", "REJECT", None),
    ("فرمانده ارتش دشمنان را به پاسخی سخت تهدید کرد.", "THREATEN", None),
    ("هزاران نفر در پایتخت علیه گرانی راهپیمایی کردند.", "PROTEST", "demo"),
    ("وزارت خزانه‌داری آمریکا سه بانک ایرانی را تحریم کرد.", "SANCTION", "discontinue"),
    ("ارتش در مرز شمالی مانور نظامی برگزار کرد.", "MOBILIZE", "troops"),
    ("پلیس دو متهم به قاچاق را بازداشت کرد.", "COERCE", "arrest"),
    ("ده‌ها معترض در مرکز شهر بازداشت شدند.", "COERCE", "arrest"),
    ("جنگنده‌ها مواضع شورشیان را بمباران کردند.", "ASSAULT", "aerial"),
    ("گروه مسلح به یک پاسگاه مرزی حمله کردند.", "ASSAULT", None),
    ("روسیه اعلام کرد که از طرح صلح حمایت می‌کند.", "SUPPORT", None),  # «که» after a verb: not relative
    ("حمله گروهی شورشیان مسلح به یک روستای مرزی ده‌ها کشته بر جا گذاشت.", "ASSAULT", None),
    ("توافقی میان دو کشور درباره مرزهای آبی حاصل شد.", "SUPPORT", None),
    ("طرح دولت با مخالفت نمایندگان مجلس روبرو شد.", "REJECT", None),
    ("این قطعنامه با مخالفت دبیرکل، که آن را ناکافی می‌دانست، روبرو شد.", "REJECT", None),
    ("پلیس فدرال در تعقیب عاملان این انفجار است.", "ACCUSE", "investigate"),
    ("فرماندار نظامی ساعات ممنوعیت رفت و آمد را کاهش داد.", "CONCEDE", None),
    ("وزیر کشور در جلسه شورای امنیت استان طی سخنانی از نیروهای انتظامی تشکر کرد.", "CONSULT", None),
    ("رئیس‌جمهور طی نخستین دیدار خود از اردوگاه آوارگان با خانواده‌ها گفت‌وگو کرد.", "CONSULT", "visit"),
    ("آزادی این زندانیان به دستور دادستان صورت گرفت.", "RETREAT", "release"),
    ("رهبر جنبش از آغاز مرحله دوم اعتراضات مردمی علیه دولت خبر داد.", "PROTEST", "demo"),
    ("رئیس‌جمهور پس از سفر خود به استان فارس گفت هیچ مشکلی حل نشده است.", "CONSULT", "visit"),
]

# (sentence, type, flag) — the same predicates, not reported as done.
FLAGGED = [
    ("وزیر خارجه ایران با همتای روسی خود دیدار نکرد.", "CONSULT", "negated"),
    ("دو کشور هفته آینده تفاهم‌نامه همکاری امضا خواهند کرد.", "SUPPORT", "future"),
    ("قرار است وزیر دفاع بلاروس به تهران سفر کند.", "CONSULT", "future"),
    ("اگر دولت این طرح را رد کند، مجلس استیضاح را آغاز می‌کند.", "REJECT", "hypothetical"),
    ("آیا ایران حمله به سفارت را محکوم کرد؟", "ACCUSE", "hypothetical"),
    ("پلیس هیچ معترضی را بازداشت نکرد.", "COERCE", "negated"),
    ("آمریکا تهدید کرده است که اگر توافق نشود بانک‌ها را تحریم کند.", "SANCTION", "hypothetical"),
    ("در صورتی که مذاکرات شکست بخورد، ارتش به شهر حمله خواهد کرد.", "ASSAULT", "future"),
    ("دولت کمک‌های غذایی به مناطق زلزله‌زده ارسال نکرده است.", "AID", "negated"),
    ("وزیر کشاورزی باید استعفا کند.", "RETREAT", "hypothetical"),
    ("کسانی که از این نامزد حمایت می‌کنند به خود ضربه می‌زنند.", "SUPPORT", "hypothetical"),
]


@pytest.mark.parametrize(("sentence", "event_type", "mode"), HAPPENED)
def test_events_type_found_as_happened(analyse, sentence, event_type, mode):
    events = [e for e in analyse(sentence) if e.type == event_type]
    assert events, f"no {event_type} in {sentence}"
    assert happened(events[0])
    if mode is not None:
        assert events[0].mode == mode


@pytest.mark.parametrize(("sentence", "event_type", "flag"), FLAGGED)
def test_events_type_flagged_not_happened(analyse, sentence, event_type, flag):
    events = [e for e in analyse(sentence) if e.type == event_type]
    assert events, f"no {event_type} in {sentence}"
    assert getattr(events[0], flag)
    assert not happened(events[0])


@pytest.mark.parametrize(
    "sentence",
    [
        "وزیر خارجه در گفت‌وگو با خبرنگاران از نتیجه انتخابات سخن گفت.",  # an interview is not a meeting
        "قیمت نفت در بازارهای جهانی افزایش یافت.",
        "در این تصادف سه نفر کشته شدند.",  # an accident is not an assault
        "تحلیلگران درباره حملات سایبری در سال‌های اخیر به بحث پرداختند.",  # «به» of another phrase
    ],
)
def test_events_no_event_in_non_political_sentences(analyse, sentence):
    assert [e for e in analyse(sentence) if happened(e)] == []


def test_events_runs_of_stray_half_spaces_are_read_in_one_pass(analyse):
    # Scraped text can hold hundreds of half-spaces in a row; a gap whose words could also take them would
    # backtrack for minutes on such a sentence.
    sentence = "وقتی از" + "\u200c" * 300 + " ۲۳ موقعیت گلزنی، گلی زده نمی‌شود، یعنی تیم از" + "\u200c" * 300 + " کار افتاده است."
    assert [e for e in analyse(sentence) if happened(e)] == []


def test_events_exercise_of_an_alliance_is_cooperate(analyse):
    # PLOVER: a joint exercise is COOPERATE, one state's is MOBILIZE.
    alliance = analyse("ناتو در نزدیکی مرز روسیه مانور نظامی برگزار کرد.")
    assert [e.type for e in alliance if e.type in ("COOPERATE", "MOBILIZE")] == ["COOPERATE"]
    one_state = analyse("ارتش ایران رزمایش پدافند هوایی را در شرق کشور برگزار کرد.")
    assert [e.type for e in one_state if e.type in ("COOPERATE", "MOBILIZE")] == ["MOBILIZE"]


def test_events_meeting_named_after_protest_has_both_sides(analyse):
    # «در اعتراض به دیدار X و Y»: X met Y; the protest is its own event.
    events = analyse(
        "فراکسیون صدر در اعتراض به دیدار نخست‌وزیر عراق و رئیس‌جمهور آمریکا، مشارکت خود را در دولت به حال تعلیق در آورد."
    )
    meeting = [e for e in events if e.type == "CONSULT"]
    assert len(meeting) == 1
    assert [p.country for p in meeting[0].actors] == ["IRQ"] and [p.country for p in meeting[0].recipients] == ["USA"]
    assert [e.mode for e in events if e.type == "PROTEST"] == ["boycott"]
