"""Round 19 and the precision audit after it: an offer stated in the present («آماده هستیم که …»، «آمادگی داریم …») is
AGREE; a visit told by a noun with the visitor after it («در جریان بازدید هیات ترکیه از …») is CONSULT; a list of
states goes on past its commas; towns after a constituency title are part of it; the speaker of a complement is not
its agent; casualty counts attack no one; a habit in the present and marines landing are no events."""

from __future__ import annotations

import pytest

from .helpers import countries, happened_events, happened_types, only


@pytest.mark.parametrize(
    "sentence",
    [
        "رهبر انصارالله گفت: آماده هستیم که غذای خود را با برادران فلسطینی تقسیم کنیم.",
        "شهردار مشهد افزود: آمادگی داریم به سرمایه‌گذاران خارجی تسهیلات ویژه اعطا نماییم.",
        "وزیر نفت گفت: ایران آماده است تا قرارداد گاز را با ترکیه امضا کند.",
    ],
)
def test_events_offer_in_the_present_is_agree(analyse, sentence):
    assert "AGREE" in [e.type for e in happened_events(analyse(sentence))]


@pytest.mark.parametrize(
    "sentence",
    [
        "اگر شرایط فراهم شود، ایران آماده است تا با روسیه همکاری کند.",  # a condition
        "آیا ایران آماده است که با آمریکا مذاکره کند؟",  # a question
        "تیم‌های امداد آماده است تا در صورت اعلام نیاز نیروی متخصص اعزام کند.",  # an offer on a condition
        "ادارات این دستگاه برای ارایه خدمات به مردم در روز انتخابات آمادگی دارند.",  # readiness for a task
    ],
)
def test_events_readiness_that_offers_nothing_now_is_not_agree(analyse, sentence):
    assert "AGREE" not in [e.type for e in happened_events(analyse(sentence))]


def test_events_offer_leaves_its_content_unreported(analyse):
    events = analyse("ایران آماده است تا قرارداد را با روسیه امضا کند.")
    assert countries(only(happened_events(events), "AGREE").actors) == ["IRN"]
    assert "SUPPORT" not in [e.type for e in happened_events(events)]  # the signing has not happened


def test_events_visit_noun_with_the_visitor_after_it_is_consult(analyse):
    sentence = "حسینی در جریان بازدید هیات اقتصادی ترکیه از پروژه میدان شهدای مشهد افزود: شهرداری به سرمایه نیاز دارد."
    visit = only(happened_events(analyse(sentence)), "CONSULT")
    assert (visit.mode, countries(visit.actors)) == ("visit", ["TUR"])


def test_events_visit_noun_followed_by_a_time_word_is_left_to_the_subject(analyse):
    events = happened_events(analyse("پوتین در جریان سفر هفته گذشته به چین با رئیس‌جمهور این کشور دیدار کرد."))
    assert all(p.text != "هفته گذشته" for e in events for p in e.actors)
    visits = [e for e in events if e.type == "CONSULT" and e.mode == "visit"]
    assert visits and all(countries(e.actors) == ["RUS"] for e in visits)


def test_events_actor_list_goes_on_past_its_commas(analyse):
    sentence = "در سال‌های گذشته مقامات لهستان، چک، اوکراین، گرجستان و آذربایجان نیز خواستار دریافت غرامت از روسیه شدند."
    demand = only(happened_events(analyse(sentence)), "REQUEST")
    assert countries(demand.actors) == ["POL", "CZE", "UKR", "GEO", "AZE"]
    assert countries(demand.recipients) == ["RUS"]


def test_events_towns_after_a_constituency_title_are_part_of_it(analyse):
    sentence = "نماینده مردم تهران، ری، شمیرانات و اسلامشهر از وزیر نیرو خواست به قطعی برق پایان دهد."
    demand = only(happened_events(analyse(sentence)), "REQUEST")
    assert len(demand.actors) == 1 and demand.actors[0].text.startswith("نماینده مردم تهران")


def test_events_places_in_a_target_list_stay_targets(analyse):
    attack = only(analyse("هواپیماهای عربستان چندین حمله به فرودگاه و بندر «عدن» انجام داده‌اند."), "ASSAULT")
    assert "YEM" in countries(attack.recipients)


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("معاون بیمارستان رمادی تصریح کرد نیروهای آمریکایی به بیمارستان‌های عمومی حمله کردند.", "USA"),
        ("سخنگوی ارتش لبنان گفت نیروهای اسرائیلی به روستاهای مرزی حمله کردند.", "ISR"),
    ],
)
def test_events_speaker_of_a_complement_without_colon_is_not_its_agent(analyse, sentence, actor):
    assert countries(only(analyse(sentence), "ASSAULT").actors) == [actor]


def test_events_casualty_count_is_no_attacker(analyse):
    attack = only(analyse("۷ کشته و زخمی در حمله موشکی به شهر موصل عراق"), "ASSAULT")
    assert attack.actors == [] and countries(attack.recipients) == ["IRQ"]


@pytest.mark.parametrize(
    "sentence",
    [
        "مهاجمان همواره مقام‌های پلیس را در موصل هدف حمله قرار می‌دهند.",
        "نیروهای امنیتی افغانستان به نحو فزاینده‌ای هدف حملات شبه‌نظامیان قرار می‌گیرند.",
    ],
)
def test_events_habit_in_the_present_is_not_reported_as_happened(analyse, sentence):
    assert "ASSAULT" not in [e.type for e in happened_events(analyse(sentence))]


def test_events_present_without_a_habit_adverb_is_still_reported(analyse):
    assert "ASSAULT" in [e.type for e in happened_events(analyse("ارتش اسرائیل امروز به غزه حمله می‌کند."))]


def test_events_marines_landing_is_no_visit(analyse):
    events = analyse("ده‌ها تفنگ‌دار آمریکایی نیمه‌شب گذشته با دو هواپیمای نظامی وارد فرودگاه پورتوپرنس شدند.")
    assert "CONSULT" not in [e.type for e in events]


def test_events_visit_told_in_the_present_is_on_the_programme(analyse):
    planned = only(analyse("وزیر خارجه ایران امروز به مسکو سفر می‌کند."), "CONSULT")
    done = only(analyse("وزیر خارجه ایران امروز به مسکو سفر کرد."), "CONSULT")
    assert planned.future and not done.future


def test_events_yearly_habit_in_the_present_is_no_event(analyse):
    assert "CONSULT" not in [e.type for e in happened_events(analyse("وزیر خارجه ایران هر سال به مسکو سفر می‌کند."))]


@pytest.mark.parametrize(
    "sentence",
    [
        "نمایندگان مجلس آمادگی خود را برای حل مشکلات کارگران اعلام داشتند.",
        "وزیر کار ایران اعلام آمادگی کامل کرد.",
    ],
)
def test_events_readiness_declared_with_daashtan_or_in_full_is_an_offer(analyse, sentence):
    assert "AGREE" in happened_types(analyse(sentence))
