"""Reported statements coded by what they do: a criticism is ACCUSE disapprove, an addressed demand REQUEST."""

from __future__ import annotations

import pytest

from khabar.events.export import happened

from .helpers import only

pytest.importorskip("khabar.resolve.countries")


def test_events_statement_with_criticism_is_accuse_from_speaker_to_state(analyse):
    events = analyse("سخنگوی وزارت خارجه روسیه گفت: آمریکا با این تصمیم سیاست دوگانه خود را نشان داد.")
    accuse = [e for e in events if e.type == "ACCUSE"]
    assert len(accuse) == 1 and accuse[0].mode == "disapprove" and happened(accuse[0])
    assert [p.country for p in accuse[0].actors] == ["RUS"]
    assert [p.country for p in accuse[0].recipients] == ["USA"]


def test_events_statement_with_addressed_demand_is_request(analyse):
    events = analyse("وزیر خارجه ایران گفت: آمریکا باید تحریم‌ها را لغو کند.")
    request = [e for e in events if e.type == "REQUEST"]
    assert len(request) == 1 and happened(request[0])
    assert [p.country for p in request[0].recipients] == ["USA"]
    # the lifting itself is only wished for
    assert all(not happened(e) for e in events if e.type == "CONCEDE")


def test_events_statement_without_criticism_or_demand_codes_nothing(analyse):
    events = analyse("وزیر خارجه ایران گفت: سفر به مسکو برای دو کشور مفید بود.")
    assert [e for e in events if e.type in ("ACCUSE", "REQUEST")] == []


def test_events_demand_with_no_addressee_codes_nothing(analyse):
    events = analyse("نماینده مجلس گفت: باید به مشکلات مردم رسیدگی شود.")
    assert [e for e in events if e.type == "REQUEST"] == []


def test_events_statement_as_question_is_flagged(analyse):
    events = analyse("خبرنگار پرسید: آیا آمریکا سیاست دوگانه را کنار می‌گذارد؟")
    assert all(not happened(e) for e in events)


def test_events_warning_takes_its_addressee_from_the_quote_that_follows(analyse):
    sentence = "سخنگوی کاخ سفید نسبت به عواقب این اقدام هشدار داد و گفت: پیام ما به ایران روشن است."
    event = [e for e in analyse(sentence) if e.type == "THREATEN"][0]
    assert [p.country for p in event.actors] == ["USA"]
    assert [p.country for p in event.recipients] == ["IRN"]


def test_events_criticism_goes_to_another_state_before_the_speakers_own(analyse):
    text = "وزیر خارجه اسپانیا گفت: اسپانیا با ایران روابط دارد اما این سخنان توهین به مردم ماست."
    accuse = [e for e in analyse(text) if e.type == "ACCUSE"]
    assert len(accuse) == 1
    assert [p.country for p in accuse[0].recipients] == ["IRN"]


def test_events_criticism_of_own_state_when_no_other_is_named(analyse):
    events = analyse("نماینده مجلس گفت: متاسفانه دولت ایران در این زمینه ناکام ماند.")
    accuse = [e for e in events if e.type == "ACCUSE"]
    assert len(accuse) == 1
    assert [p.country for p in accuse[0].recipients] == ["IRN"]


def test_events_wish_names_its_addressee_after_it(analyse):
    events = analyse("سخنگوی وزارت خارجه روسیه گفت: امیدواریم طرف آمریکایی به تعهدات خود عمل کند.")
    request = [e for e in events if e.type == "REQUEST"]
    assert len(request) == 1 and happened(request[0])
    assert [p.country for p in request[0].actors] == ["RUS"]
    assert [p.country for p in request[0].recipients] == ["USA"]


def test_events_demand_inside_a_warning_is_the_warning(analyse):
    events = analyse("فرمانده ارتش هشدار داد و گفت: آمریکا باید بهای این اقدام را بپردازد.")
    assert [e.type for e in events if happened(e)] == ["THREATEN"]


def test_events_demand_on_bare_government_is_on_speakers_own(analyse):
    # «دولت باید …» opening a quote: the speaker's own government is asked, not a foreign one.
    events = analyse("وزیر خارجه عراق افزود: دولت باید به حملات شبه‌نظامیان پایان دهد.")
    request = [e for e in events if e.type == "REQUEST" and happened(e)]
    assert len(request) == 1
    assert [(p.country, p.sector) for p in request[0].recipients] == [("IRQ", "GOV")]


def test_events_government_inside_a_later_clause_is_no_addressee(analyse):
    # «… بود که در برنامه سوم دولت باید …»: a report of what was decided, not a demand opening the statement.
    events = analyse("وزیر خارجه عراق ادامه داد: جمع‌بندی این بود که در برنامه سوم دولت باید سرمایه‌گذاری می‌کرد.")
    assert [e for e in events if e.type == "REQUEST"] == []


def test_events_negligence_blamed_on_the_government_is_an_accusation(analyse):
    events = [e for e in analyse("وزیر گفت: دولت در این زمینه سهل‌انگاری کرده است.") if e.type == "ACCUSE"]
    assert events and events[0].recipients and events[0].recipients[0].text == "دولت"


def test_events_negligence_with_no_one_blamed_is_advice(analyse):
    text = "روحانی افزود: سهل‌انگاری اولین چیزی است که رابطه بین همسران را تحت الشعاع قرار می‌دهد."
    assert not [e for e in analyse(text) if e.type == "ACCUSE"]


def test_events_unjust_order_favouring_the_speakers_state_blames_no_one(analyse):
    text = "وزیر خارجه ایران تصریح کرد: حضور مردم معادلات ظالمانه مستکبران را به نفع ملت ایران برهم می‌زند."
    assert not [e for e in analyse(text) if e.type == "ACCUSE"]


def test_events_unjust_sanctions_of_a_named_state_are_criticism(analyse):
    text = "وزیر خارجه ایران تصریح کرد: تحریم‌های ظالمانه آمریکا علیه مردم ما ادامه دارد."
    events = [e for e in analyse(text) if e.type == "ACCUSE"]
    assert events and {r.country for r in events[0].recipients} == {"USA"}


def test_events_officials_named_far_from_the_blaming_word_are_not_blamed(analyse):
    text = ("وزیر کشور گفت: این نامگذاری با دلسوزی مسئولان و پشتیبانی مردم زمینه پیشرفت را فراهم می‌آورد و اجازه "
            "نخواهد داد عده‌ای از فضای به وجود آمده به نفع خود سوءاستفاده کنند.")
    assert not [e for e in analyse(text) if e.type == "ACCUSE"]


def test_events_statement_in_the_present_tense_is_coded_too(analyse):
    text = "وزیر خارجه ایران در این نامه می‌افزاید: رفتار دولت آمریکا در این پرونده غیرقانونی است."
    events = [e for e in analyse(text) if e.type == "ACCUSE"]
    assert events and {r.country for r in events[0].recipients} == {"USA"}


def test_events_unfair_words_of_a_commission_are_blamed_on_it(analyse):
    text = "نماینده گرمسار اظهار داشت: اظهارات امروز سخنگوی کمیسیون تلفیق عادلانه نبود."
    events = [e for e in analyse(text) if e.type == "ACCUSE"]
    assert events and events[0].recipients[0].text == "کمیسیون"


def test_events_hostile_intent_ascribed_to_a_state_is_criticism(analyse):
    text = "وزیر خارجه ایران گفت: آمریکایی‌ها دنبال تشکیل دولت ضعیف در ایران هستند."
    events = [e for e in analyse(text) if e.type == "ACCUSE"]
    assert events and {r.country for r in events[0].recipients} == {"USA"}


def test_events_a_states_aim_reported_plainly_is_not_criticism(analyse):
    text = "وزیر خارجه ایران گفت: آمریکا به دنبال مذاکره با ایران است."
    assert not [e for e in analyse(text) if e.type == "ACCUSE"]


def test_events_statement_is_dated_by_its_sentence():
    from khabar import analyze

    analysis = analyze("سخنگوی وزارت خارجه روسیه روز گذشته گفت: آمریکا با این تصمیم سیاست دوگانه خود را نشان داد.",
                       published="2024-01-09")
    accuse = [e for e in analysis.events if e.type == "ACCUSE"]
    assert [e.date for e in accuse] == ["2024-01-08"]


@pytest.mark.parametrize(
    ("text", "addressed"),
    [
        (
            "وزیر کشور ایران در همایش استانداران سخن گفت. وی خطاب به کاندیداهای ریاست جمهوری افزود: به جای پرداختن"
            " به حواشی، باید به مشکلات مردم پرداخته شود.",
            "کاندیداهای ریاست جمهوری",
        ),
        (
            "اعضای شورای اسلامی شهر یاسوج در نامه‌ای خطاب به استاندار کهگیلویه و بویراحمد خواستار جلوگیری از"
            " قطع درختان شدند.",
            "استاندار کهگیلویه و بویراحمد",
        ),
    ],
)
def test_events_demand_made_to_someone_is_addressed_to_them(analyse, text, addressed):
    demand = only(analyse(text), "REQUEST")
    assert [(p.text, p.country) for p in demand.recipients] == [(addressed, "IRN")]
