"""Round 16: praise in a speaker's own words (data/event_praise.txt) is SUPPORT for the state named within six words
of the praising word, never for the speaker's own state, and none when the word is denied or the statement blames."""

from __future__ import annotations

import pytest

from khabar.events.export import happened

from .helpers import countries, happened_types, only


def supports(events):
    """Return the SUPPORT events reported as done."""
    return [e for e in events if happened(e) and e.type == "SUPPORT"]


@pytest.mark.parametrize(
    ("sentence", "recipient"),
    [
        ("سخنگوی وزارت خارجه چین گفت: نقش سازنده روسیه در حل بحران سوریه قابل تقدیر است.", "RUS"),
        ("رئیس شورای امنیت روسیه گفت: این حق مسلم ایران است که به فناوری هسته‌ای دست یابد.", "IRN"),
        ("رئیس‌جمهور ونزوئلا افزود: ما از مواضع منطقی ایران درباره پرونده هسته‌ای پیروی می‌کنیم.", "IRN"),
        ("وزیر خارجه عراق گفت: کمک‌های ارزنده ایران به مردم عراق فراموش نمی‌شود.", "IRN"),
    ],
)
def test_events_praise_of_a_named_state_is_support(analyse, sentence, recipient):
    found = supports(analyse(sentence))
    assert found and found[0].recipients[0].country == recipient


@pytest.mark.parametrize(
    "sentence",
    [
        # The speaker's own state.
        "وزیر خارجه ایران گفت: این حق مسلم ایران است که به فناوری هسته‌ای دست یابد.",
        # Denied praise; praise beside blame.
        "وزیر خارجه ایران گفت: نقش آمریکا در منطقه ارزشمند نیست.",
        "وزیر خارجه ایران گفت: نقش سازنده ادعایی آمریکا در منطقه جز دروغ نیست.",
        # A right the speaker claims as his own, with another state near it.
        "وزیر خارجه ایران گفت: در صورتی که این قطعنامه به ضرر عراق باشد، از حق قانونی خود برای مخالفت با آن استفاده خواهیم کرد.",
        # A comparative is no praise; no state near the word.
        "معاون استاندار گفت: باید تلاش کنیم تا کشاورزی نیز در تامین منابع استان نقش موثرتری ایفا کند.",
        "رئیس دانشگاه گفت: تجربیات ارزشمند استادان بازنشسته باید ثبت شود و به دانشجویان منتقل شود.",
        # Not a statement.
        "نقش سازنده روسیه در حل بحران سوریه.",
    ],
)
def test_events_praise_without_a_named_other_state_is_no_event(analyse, sentence):
    assert not supports(analyse(sentence))


def test_events_characterisation_with_a_praise_word_is_support(analyse):
    events = analyse("نماینده ایران در سازمان ملل سردار قاسم سلیمانی را «شخصیت مورد احترام» در سراسر منطقه خواند.")
    assert len(supports(events)) == 1 and "ACCUSE" not in [e.type for e in events]


@pytest.mark.parametrize(
    "sentence",
    [
        "رئیس جمهور ایران با ابراز خرسندی از تقویت مناسبات دوجانبه اظهار داشت: دو کشور می‌توانند همکاری کنند.",
        "وی با بیان اینکه دو ملت برای توسعه تلاش می‌کنند، از ارتقا و تحکیم مناسبات دوجانبه ابراز خرسندی کرد.",
        "وزیر خارجه ایتالیا با ابراز حمایت اتحادیه اروپا از بیانیه تهران گفت: اروپا به تعهدات خود پایبند است.",
    ],
)
def test_events_satisfaction_with_an_act_or_support_in_an_adjunct_is_praise(analyse, sentence):
    assert "SUPPORT" in happened_types(analyse(sentence))


def test_events_pleasure_at_a_fact_is_no_praise(analyse):
    sentence = "وزیر خارجه ترکیه با ابراز خرسندی از حضور در تهران گفت: روابط دو کشور خوب است."
    assert "SUPPORT" not in happened_types(analyse(sentence))


def test_events_praise_of_the_speakers_own_officials_is_support(analyse):
    sentence = ("استاندار کرمان افزود: این میزان توجه نشان از نگاه فرهنگی مسئولان ارشد استان کرمان دارد که قابل تقدیر "
                "است.")
    assert countries(only(analyse(sentence), "SUPPORT").recipients) == ["IRN"]
