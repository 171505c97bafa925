"""Round of stop 27 (blind batches 87-90): the unnamed other side of a meeting — those gathered at a conference, a
session, a ceremony — is of the place where it meets, as the annotations of such speeches have it; counterparts
and groups of states are not placed. A member's seat («نماینده قم در مجلس») names no agent of a passive; injuries
at a motorbike show or a race are no attack. A predicate in the first person («تبریک می‌گویم») is the speaker's; regret
(«متاسفانه») blames the speaker's own office it names («اداره میراث فرهنگی»، «هیأت رئیسه»); those thanked who name no state are the
thanker's compatriots. A visit told after its noun («پس از سفر اخیر X به Y») or to the sick («عیادت») is a visit, and
speaking at an annual assembly («در مجمع عمومی») is taking part in it. Regret at a mishap («متأسفانه در این
حادثه …») or an inability that blames no one named is no criticism; asking God is a prayer. A long demand may list its
objects past commas. A place named right after another («در اردوگاه بلاطه در نابلس») is read too. Proposing that
others act («به دولت پیشنهاد کرد … کاهش دهد») asks them to; proposing talks, or a thing, is an offer."""

from __future__ import annotations

import pytest

from .helpers import countries, happened_types, only


def test_events_gathering_spoken_to_is_of_the_town_the_report_is_filed_from(analyse):
    sentence = (
        "به گزارش خبرگزاری فارس از اردبیل، حجت‌الاسلام نجات فیاضی صبح امروز در همایش شکوه ایستادگی اظهار کرد: "
        "بسیج در همه صحنه‌ها حاضر است."
    )
    meeting = only(analyse(sentence), "CONSULT")
    assert countries(meeting.recipients) == ["IRN"]


def test_events_counterparts_at_a_meeting_are_not_placed_where_it_meets(analyse):
    sentence = "به گزارش خبرگزاری فارس از تهران، وزیر خارجه روسیه در جلسه با همتایان خود گفت: کار ادامه دارد."
    meeting = only(analyse(sentence), "CONSULT")
    assert "IRN" not in countries(meeting.recipients)


def test_events_members_seat_is_no_locative_agent(analyse):
    sentence = "از 27 نفر از داوطلبان با حضور امیرآبادی نماینده قم در مجلس شورای اسلامی تجلیل به عمل آمد."
    assert only(analyse(sentence), "SUPPORT").actors == []
    invited = only(analyse("در مجلس شورای اسلامی از رئیس سازمان دعوت به عمل آمد."), "REQUEST")
    assert [actor.text for actor in invited.actors] == ["مجلس شورای اسلامی"]


def test_events_injuries_at_a_motorbike_show_are_no_attack(analyse):
    assert "ASSAULT" not in happened_types(analyse("هشت نفر در همایش موتورسواری دانشگاه ارومیه مجروح شدند."))
    assert "ASSAULT" in happened_types(analyse("هشت نفر در حمله افراد مسلح به دانشگاه مجروح شدند."))


def test_events_predicate_in_the_first_person_is_the_speakers(analyse):
    sentence = (
        "رئیس شورای شهر تهران گفت: کسب مدال طلای حمید سوریان بسیار حائز اهمیت بود، "
        "کسب این مدال را به همه ورزشکاران تبریک می‌گویم."
    )
    congratulation = only(analyse(sentence), "SUPPORT")
    assert [actor.text for actor in congratulation.actors] == ["رئیس شورای شهر تهران"]


@pytest.mark.parametrize(
    "sentence",
    [
        "فرماندار شهرستان گفت: متاسفانه اداره میراث فرهنگی بدون تعیین حدود، این منطقه را جز میراث ملی محسوب می‌کند.",
        "نماینده مردم کرج گفت: متاسفانه هیأت رئیسه به این طرح توجهی نکرد.",
    ],
)
def test_events_regret_blames_the_speakers_own_office_it_names(analyse, sentence):
    criticism = only(analyse(sentence), "ACCUSE")
    assert countries(criticism.recipients) == ["IRN"]


def test_events_those_thanked_who_name_no_state_are_the_thankers_compatriots(analyse):
    sentence = "مدیر بازرسی اصناف استان اصفهان در این بازدید ضمن تقدیر و تشکر از قصابان کشتارگاه گفت: کار ادامه دارد."
    assert countries(only(analyse(sentence), "SUPPORT").recipients) == ["IRN"]
    reciprocal = only(analyse("مقام‌های ترکیه و آمریکا از یکدیگر قدردانی کردند."), "SUPPORT")
    assert "TUR" not in countries(reciprocal.recipients)


@pytest.mark.parametrize(
    ("sentence", "visited"),
    [
        ("پس از سفر اخیر حامد کرزی رئیس‌جمهور افغانستان به اسلام‌آباد، مقامات پاکستانی موافقت کردند.", "PAK"),
        ("هاشمی رفسنجانی رئیس مجمع تشخیص مصلحت نظام از همسر امام خمینی عیادت کرد.", "IRN"),
    ],
)
def test_events_visit_after_the_noun_or_to_the_sick_is_a_visit(analyse, sentence, visited):
    visit = only(analyse(sentence), "CONSULT")
    assert visit.mode == "visit" and countries(visit.recipients) == [visited]


def test_events_speaking_at_an_annual_assembly_is_consult_but_not_in_an_association(analyse):
    assert only(analyse("رئیس هیات کشتی امروز در مجمع عمومی هیات کشتی استان گفت: کار ادامه دارد."), "CONSULT")
    sentence = "وی در خصوص فعالیت همزمان در مجمع روحانیون و حزب اعتماد ملی گفت: فعالیت در هر دو ممکن است."
    assert "CONSULT" not in happened_types(analyse(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "وزیر راه و شهرسازی اظهار داشت: متاسفانه در این حادثه 2 کارگر جان باختند.",
        "مسئول شبکه بهداشت افزود: متأسفانه در این تصادف یک نفر فوت شده است.",
        "مدیرکل بهزیستی استان گفت: فردی که مبتلا است ناتوانی در برخورد با افراد دارد.",
    ],
)
def test_events_regret_at_a_mishap_or_an_illness_blames_no_one(analyse, sentence):
    assert "ACCUSE" not in happened_types(analyse(sentence))


def test_events_asking_god_is_a_prayer_not_a_demand(analyse):
    sentence = "سردار کریمیان گفت: از خداوند متعال خواستاریم تا وجود خانواده شهدا را در سلامت نگه دارد."
    assert "REQUEST" not in happened_types(analyse(sentence))
    assert "REQUEST" in happened_types(analyse("سردار کریمیان گفت: از مسئولان خواستاریم تا به خانواده شهدا رسیدگی کنند."))


def test_events_long_demand_whose_list_runs_past_commas_is_a_request(analyse):
    sentence = (
        "استاندار اصفهان ضمن تشریح ظرفیت‌های استان، خواستار گسترش ارتباطات و تعمیق مناسبات به ویژه در ساخت و سازهای "
        "صنعتی در بخش‌های گردشگری، بیمارستانی و ساخت هتل و اماکن اقامتی با اتریش شد."
    )
    assert countries(only(analyse(sentence), "REQUEST").recipients) == ["AUT"]


def test_events_second_place_after_a_first_is_read_too(analyse):
    sentence = "خالد ولاویل که در اردوگاه آوارگان بلاطه در نابلس از ناحیه گردن زخمی شده بود در بیمارستان جان باخت."
    assert countries(only(analyse(sentence), "ASSAULT").recipients) == ["PSE"]


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("نماینده مردم بیرجند به دولت پیشنهاد کرد نرخ سود بانکی را کاهش دهد.", "REQUEST"),
        ("رئیس شورا گفت: پیشنهاد داده‌ایم که نمایندگان مردم به عنوان ناظر در انتخابات حضور داشته باشند.", "REQUEST"),
        ("روسیه به اوکراین پیشنهاد داد که مذاکرات در استانبول ادامه یابد.", "AGREE"),
        ("شرکت روسی پیشنهاد ساخت نیروگاه را به ایران داد.", "AGREE"),
    ],
)
def test_events_proposing_that_others_act_is_a_request_offering_talks_an_agreement(analyse, sentence, event_type):
    assert happened_types(analyse(sentence)) == [event_type]
