"""Round 15's construction families, left open by batch 12: talks told as «مورد بحث و بررسی قرار داد», pledges
given, opposition to a demand told by an adjective, a law sent back to parliament, limits put on ties, standing
demands whose object runs long, assassinations named by a noun, «مرتکب اشتباه» and «توجهی نکرد» as blame, and
«باید بداند» as a warning, not a demand; the gaps and verb forms that read too far («نیروهای کرد»، «شدید»); demands a
title makes in the subjunctive; and false events from things stolen, bills passed and passives still to come."""

from __future__ import annotations

import pytest

from khabar.events.export import happened

from tests.events.helpers import happened_types


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Talks with a partner, by several leaders, and in the passive with the parties named.
        ("رئیس‌جمهور سوریه با دبیرکل سازمان ملل اوضاع منطقه را مورد بحث و بررسی قرار داد.", "CONSULT"),
        ("وزرای خارجه کشورهای عربی راه‌های پایان جنگ یمن را مورد بحث و بررسی قرار می‌دهند.", "CONSULT"),
        ("در دیدار با وزیر خارجه ترکیه روابط دو کشور مورد بحث و گفت‌وگو قرار گرفت.", "CONSULT"),
        # A pledge given.
        ("ارتش تعهد داد ظرف یک ماه انتخابات آزاد برگزار کند.", "AGREE"),
        ("دولت عراق تعهد سپرده است که انتخابات را به موقع برگزار کند.", "AGREE"),
        # Opposition to a demand or proposal, told by an adjective.
        ("شیعیان خواستار تقسیم قدرت هستند اما سنی‌ها با این خواسته مخالفند.", "REJECT"),
        ("نمایندگان کرد با این طرح مخالف هستند.", "REJECT"),
        # A passed law sent back to parliament.
        ("رئیس‌جمهور این قانون را برای بررسی بیشتر به مجلس ارجاع داد.", "REJECT"),
        ("رئیس‌جمهور لایحه اصلاح قانون کار را به پارلمان بازگرداند.", "REJECT"),
        # Limits put on ties with a state, ties cut down.
        ("مصر و اردن محدودیت‌هایی را در روابط خود با قطر ایجاد کرده‌اند.", "SANCTION"),
        ("بحرین سطح روابط خود با قطر را کاهش داد.", "SANCTION"),
        # A standing demand whose object runs long, a list with commas inside it.
        (
            "عرب‌ها خواستار تقسیم استان به چهار حوزه انتخابی بر اساس سهم برابر برای هر یک از سه گروه عرب‌ها، "
            "ترکمن‌ها و کردها و سهمی کوچک برای مسیحیان هستند.",
            "REQUEST",
        ),
        # An assassination named by a noun: a headline that opens with it, a speaker referring to it.
        ("ترور رئیس حزب در شهر بصره پرونده اختلافات را دوباره گشود", "ASSAULT"),
        ("سفیر گفت: دولت آمریکا تصمیم خطرناکی درباره ترور فرمانده ارتش گرفت.", "ASSAULT"),
        ("این گروه مسئولیت ترور فرماندار را بر عهده گرفت.", "ASSAULT"),
        # Blame with no criticism word: a miscalculation, attention not paid.
        ("وزیر خارجه ایران گفت: امارات در این اقدام مرتکب یک اشتباه محاسباتی شد.", "ACCUSE"),
        ("نماینده مجلس گفت: دولت به هشدارهای کارشناسان توجهی نکرد.", "ACCUSE"),
        ("سفیر ایران گفت: دولت آمریکا تصمیمی ماجراجویانه و غیرمسئولانه گرفت.", "ACCUSE"),
        # Attacks and protests named by a noun after «پس از / در پی / با اشاره به».
        ("پس از گروگانگیری خونین ماه گذشته در مدرسه، نگرانی‌ها از ناامنی افزایش یافت.", "ASSAULT"),
        ("رئیس‌جمهور با اشاره به حادثه تروریستی در ایستگاه قطار گفت: عاملان مجازات می‌شوند.", "ASSAULT"),
        ("راهپیمایی‌ها در پی اعتراض کشاورزان به تصمیم دولت آغاز شد.", "PROTEST"),
        # People abducted; a resolution adopted; a request agreed to.
        ("دو خبرنگار فرانسوی در شمال عراق ربوده شدند.", "ASSAULT"),
        ("شورای امنیت سازمان ملل قطعنامه‌ای درباره آتش‌بس در یمن را تصویب کرد.", "AGREE"),
        ("فرانسه با اعزام نیرو به هائیتی موافقت کرده است.", "AGREE"),
        # A meeting in which something was announced for later is a meeting held.
        ("رئیس قوه قضاییه طی ملاقاتی با وکلای دادگستری اعلام کرد که رسیدگی به پرونده انجام خواهد شد.", "CONSULT"),
    ],
)
def test_events_more_family_is_coded(analyse, sentence, expected):
    assert expected in happened_types(analyse(sentence))


@pytest.mark.parametrize(
    ("sentence", "unexpected"),
    [
        # One body deliberating alone is no talks.
        ("شورای شهر پس از استماع گزارش، موضوع را مورد بحث و گفتگو قرار داد.", "CONSULT"),
        # A stance on something that is no demand or proposal, a thing at odds with a law.
        ("استاندار گفت: دولت نیز با بنگاه‌داری بانک‌ها مخالف است.", "REJECT"),
        ("وی گفت: مصوباتی که با قانون مخالف است باید اصلاح شود.", "REJECT"),
        # A bill sent to parliament to be voted is no rejection.
        ("دولت لایحه بودجه را برای تصویب به مجلس ارجاع داد.", "REJECT"),
        # Tension reduced in ties is no sanction.
        ("دو کشور تنش در روابط خود با یکدیگر را کاهش دادند.", "SANCTION"),
        # A demand negated before a long list; a wish.
        (
            "این بررسی نشان داد که زنان مسن خواهان جراحی زیبایی نیستند بلکه زنان جوان و مردان از هر قشری و با هر "
            "درآمدی به آن روی می‌آورند و انگیزه بیشتر آنان حل مشکلات شغلی است.",
            "REQUEST",
        ),
        ("ما آرزوی موفقیت و سلامتی برای همه مردم این کشور را خواستار هستیم و این خواسته همه است.", "REQUEST"),
        # Terror as a word, not an assassination.
        ("ترور و تروریسم تهدیدی برای همه کشورهاست", "ASSAULT"),
        ("ترور بر ضد انگلیسی زبان‌ها در سه کشور", "ASSAULT"),
        # «X باید بداند …» warns, it asks nothing.
        ("وزیر خارجه ایران گفت: امارات باید بداند آمریکا و رژیم صهیونیستی رفتنی هستند.", "REQUEST"),
        # A gas blast is no attack.
        ("پس از انفجار گاز در این ساختمان، آتش‌نشانان به محل رسیدند.", "ASSAULT"),
        # A passive still to come: a participle with «شود» or «خواهد شد» after it.
        ("وی گفت: او حاضر است تا همه چیز به آتش کشیده شود.", "ASSAULT"),
        ("سخنگوی ارتش گفت: مواضع شورشیان هدف قرار داده خواهد شد.", "ASSAULT"),
        # Taking office is no visit; signing a guest book is no agreement.
        ("اندکی بعد از آن که رئیس‌جمهور جدید وارد کاخ سفید شد، مشاورانش طرح تازه‌ای آماده کردند.", "CONSULT"),
        ("رئیس‌جمهور دفتر مخصوص میهمانان را امضا کرد.", "SUPPORT"),
        # Things stolen are no abduction; a legislature passing its own bill or voting an article is no PLOVER event.
        ("۶۴ کلاهک موشکی از قطار ارتش ربوده شد.", "ASSAULT"),
        ("نمایندگان مجلس مواد ۵ طرح تشدید مجازات را با ۱۳۰ رأی موافق تصویب کردند.", "AGREE"),
        ("وی گفت: ما چنین قانونی را سال گذشته تصویب کردیم اما دولت آن را اجرا نکرد.", "AGREE"),
        ("نمایندگان با ماده یک این طرح موافقت کردند.", "AGREE"),
        # Kurdish forces are no «کرد» of a verb; «شدید» is severe, not «شد».
        ("ترکیه خواستار اقدام شدید آمریکا علیه نیروهای کرد است.", "AGREE"),
    ],
)
def test_events_more_family_is_not_coded(analyse, sentence, unexpected):
    assert unexpected not in happened_types(analyse(sentence))


def test_events_demand_with_severe_action_spans_to_its_copula(analyse):
    events = [e for e in analyse("ترکیه خواستار اقدام شدید آمریکا علیه نیروهای کرد است.") if e.type == "REQUEST"]
    assert len(events) == 1 and happened(events[0])


def test_events_perfect_ending_is_a_whole_word(analyse):
    # «اعزام کند اما …»: the subjunctive stays a plan; «ام» of «اما» is no perfect ending.
    events = analyse("آمریکا از ترکیه خواست نیرو به عراق اعزام کند اما ترکیه نپذیرفت.")
    assert not any(e.type == "MOBILIZE" and happened(e) for e in events)


def titled_events(hand_analysis, title, body):
    """Return the happened events of an article with a title line above its body."""
    from khabar.events.stage import find_events

    analysis = hand_analysis(f"{title}\n{body}")
    analysis.title, analysis.body_start = title, len(title) + 1
    return [e for e in find_events(analysis) if happened(e)]


@pytest.mark.parametrize(
    "title",
    [
        "پاکستان از اقدامات شتابزده علیه همسایگان خودداری کند",
        "سخنگوی دولت: فرانسه به تصمیم مردم مالی احترام بگذارد",
    ],
)
def test_events_title_demand_in_the_subjunctive_is_a_request(hand_analysis, title):
    body = "این مقام در نشست خبری روز دوشنبه سخن گفت. وی افزود: روابط دو کشور سابقه‌ای طولانی دارد."
    assert [e.type for e in titled_events(hand_analysis, title, body)].count("REQUEST") == 1


@pytest.mark.parametrize(
    "title",
    [
        "زمینه سرمایه‌گذاری در صنایع تبدیلی فراهم شود",  # a passive asks no one
        "متصدیان سالن درها را زود بستند",  # a past
        "هیچ کس حق ندارد در اماکن عمومی دخانیات مصرف کند",  # a rule, not a demand on a party
        "امیدوارم تیم ملی به قدرت سابقش بازگردد",  # a wish
    ],
)
def test_events_title_that_asks_no_party_is_no_request(hand_analysis, title):
    body = "این مقام در نشست خبری روز دوشنبه سخن گفت. وی افزود: روابط دو کشور سابقه‌ای طولانی دارد."
    assert "REQUEST" not in [e.type for e in titled_events(hand_analysis, title, body)]


def test_events_title_demand_the_report_quotes_is_recorded_once(hand_analysis):
    body = "سخنگوی وزارت خارجه ایران از پاکستان خواست از اقدامات شتابزده خودداری کند."
    title = "پاکستان از اقدامات شتابزده علیه همسایگان خودداری کند"
    assert [e.type for e in titled_events(hand_analysis, title, body)].count("REQUEST") == 1


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("فرمانده مرزبانی گفت: دو شناور قاچاق توقیف و ۱۱ نفر متهم نیز دستگیر و به مراجع قضایی تحویل شدند.", "COERCE"),
        ("اعضای حزب در ادامه بیانیه به انتقاد از تخریب چهره‌های سیاسی پرداخته‌اند.", "ACCUSE"),
        ("اکثر کشورها ضمن محکوم نمودن به کارگیری سلاح شیمیایی در سوریه بر پیگیری آن تاکید کردند.", "ACCUSE"),
    ],
)
def test_events_shared_light_verb_criticism_by_pardakhtan_and_condemning_adjunct(analyse, sentence, event_type):
    assert event_type in happened_types(analyse(sentence))


def test_events_active_arrest_sharing_its_verb_is_left_to_its_own_verb(analyse):
    sentence = "مردم نیز او را دستگیر و توسط محکمه‌ای که اهالی برگزار کردند محاکمه کردند."
    assert [e for e in analyse(sentence) if e.type == "COERCE" and e.actors and e.actors[0].text == "محکمه‌ای"] == []
