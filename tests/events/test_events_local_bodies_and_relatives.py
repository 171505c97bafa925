"""Round 38 (batches 59-61): a speaker at a local council's meeting «که … برگزار شد» takes part in it, and the
council is of the speaker's state; a relative clause closed by its own verb holds neither the subject nor the
agent of the passive after it; a band of offenders names people; the host receiving credentials meets the envoy;
acting on commitments is no pledge, and stealing sleep from someone no abduction. Round 39 (batches 62-64): the
person named after an agency credit that has no comma is the speaker. Round 40 (batches 65-67): a demand is addressed
to the body or group that opens its own clause; participles describing a noun are no events. Round 41 (68-70):
speaking at a council with no meeting word, or at an ordinal meeting, is taking part in it; a credit citing its
source may run to twenty words before its comma; an attack named by a noun strikes the place after it."""

from __future__ import annotations

import pytest

from khabar.analysis import Entity
from khabar.events.arguments import find_sentence_subject
from khabar.events.stage import find_events

from .helpers import countries, happened_types, only


@pytest.mark.parametrize(
    "sentence",
    [
        "به گزارش خبرگزاری فارس از کاشان، علی رضایی امروز در جلسه شورای اداری که در فرمانداری برگزار شد، "
        "اظهار کرد: ده مدرسه جدید ساخته شده است.",
        "به گزارش خبرگزاری فارس از بم، حسن احمدی صبح امروز در جلسه شورای اداری شهرستان که با حضور وزیر کشور "
        "برگزار شد گفت: راه روستایی تکمیل شده است.",
    ],
)
def test_events_speaker_at_a_council_meeting_held_somewhere_takes_part_in_it(analyse, sentence):
    meeting = only(analyse(sentence), "CONSULT")
    assert [actor.text for actor in meeting.actors][0].endswith(("علی رضایی", "حسن احمدی"))
    assert countries(meeting.recipients) == ["IRN"]


def test_events_passive_after_a_closed_relative_clause_is_undergone_by_its_head(analyse):
    sentence = (
        "رئیس پلیس آگاهی استان با بیان اینکه باند سارقان منازل که شامل سه مرد بودند دستگیر شد، گفت: "
        "اموال مسروقه به مالکان تحویل شد."
    )
    arrest = only(analyse(sentence), "COERCE")
    assert [recipient.text for recipient in arrest.recipients] == ["باند سارقان منازل"]


def test_events_agent_inside_a_closed_relative_clause_is_no_agent_of_the_passive(analyse):
    sentence = (
        "وی گفت: باند قاچاقچیان که توسط سه نفر از افراد سابقه‌دار اداره می‌شد، در مرز دستگیر شدند."
    )
    arrest = only(analyse(sentence), "COERCE")
    assert not any("سه نفر" in actor.text for actor in arrest.actors)
    assert [recipient.text for recipient in arrest.recipients] == ["باند قاچاقچیان"]


def test_events_receiving_an_ambassadors_credentials_is_a_diplomatic_meeting(analyse):
    sentence = "رئیس جمهور به هنگام دریافت استوارنامه سفیر جدید اسپانیا در تهران، روابط دو کشور را دیرینه دانست."
    meeting = only(analyse(sentence), "CONSULT")
    assert countries(meeting.recipients) == ["ESP"]


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("نماینده مردم ساری عمل به تعهدات توسط بانک‌ها را اولویت دانست و تاکید کرد: وام‌ها باید پرداخت شود.", "AGREE"),
        ("وی گفت: انقلاب اسلامی خواب راحت را از چشم دشمنان ربوده است.", "ASSAULT"),
    ],
)
def test_events_acting_on_commitments_or_stealing_sleep_is_no_event_of_that_type(analyse, sentence, absent):
    assert absent not in happened_types(analyse(sentence))


def test_events_person_after_a_credit_with_no_comma_is_the_speaker(hand_analysis):
    text = (
        "به گزارش خبرگزاری فارس از کرمان به نقل از روابط عمومی آموزش و پرورش استان حسن احمدی در جلسه شورای "
        "اداری استان اظهار کرد: ده مدرسه افتتاح می‌شود."
    )
    analysis = hand_analysis(text)
    start = text.index("حسن احمدی")
    analysis.entities = [Entity(start=start, end=start + 9, text="حسن احمدی", type="PER", country="IRN")]
    meeting = only(find_events(analysis), "CONSULT")
    assert [actor.text for actor in meeting.actors] == ["حسن احمدی"]


@pytest.mark.parametrize(
    ("sentence", "addressee"),
    [
        ("امام جمعه یزد گفت: دانشگاه‌های ما باید برنامه‌های قرآنی بیشتری داشته باشند.", "دانشگاه‌های ما"),
        ("وی افزود: اوقاف باید کلاس‌های تفسیر برگزار کند.", "اوقاف"),
        (
            "وی گفت: کشاورزی استان از ارکان اقتصاد ایران است و صدا و سیمای مرکز استان باید آن را معرفی کند.",
            "صدا و سیمای مرکز استان",
        ),
    ],
)
def test_events_demand_on_a_body_opening_its_clause_is_addressed_to_it(hand_analysis, sentence, addressee):
    analysis = hand_analysis(sentence)
    speaker = sentence.split(" گفت")[0].split(" افزود")[0]
    mention = "pronoun" if speaker == "وی" else "name"
    analysis.entities = [
        Entity(start=0, end=len(speaker), text=speaker, type="PER", mention=mention, country="IRN", id="per:1")
    ]
    demand = only(find_events(analysis), "REQUEST")
    assert [recipient.text for recipient in demand.recipients] == [addressee]
    assert countries(demand.recipients) == ["IRN"]


@pytest.mark.parametrize(
    "sentence",
    [
        "وی گفت: حمایت از سرمایه‌گذاران باید در دستور کار قرار گیرد.",
        "وی گفت: زیرا مردم رای دادند و باید به آن احترام گذاشت.",
    ],
)
def test_events_demand_whose_clause_opens_with_no_body_is_addressed_to_no_body(hand_analysis, sentence):
    analysis = hand_analysis(sentence)
    analysis.entities = [Entity(start=0, end=2, text="وی", type="PER", mention="pronoun", country="IRN", id="per:1")]
    demands = [event for event in find_events(analysis) if event.type == "REQUEST"]
    assert all(not countries(demand.recipients) for demand in demands)


@pytest.mark.parametrize(
    "sentence",
    [
        "ماشین‌های خاک‌برداری نیز در حال آواربرداری از ساختمان‌های تخریب شده هستند و از ماشین‌های آتش‌نشانی "
        "برای شستشوی خیابان‌ها استفاده می‌شود.",
        "بخشی از دیوارهای تخریب شده حرم را ترمیم کرده‌اند.",
        "اجساد کشته شدگان درگیری‌های اخیر از اطراف حرم جمع‌آوری شد.",
    ],
)
def test_events_participle_describing_a_noun_or_naming_the_dead_is_no_attack(analyse, sentence):
    assert "ASSAULT" not in happened_types(analyse(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "سعید احمدی ظهر امروز در شورای آموزش و پرورش استان همدان اظهار کرد: ده مدرسه افتتاح می‌شود.",
        "علی رضایی در نخستین جلسه ستاد اقتصاد مقاومتی استان به نقش تولید اشاره کرد و افزود: تولید باید حمایت شود.",
    ],
)
def test_events_speaking_at_a_council_with_no_meeting_word_or_an_ordinal_meeting_is_consult(analyse, sentence):
    meeting = only(analyse(sentence), "CONSULT")
    assert meeting.recipients


def test_events_subject_after_a_long_credit_citing_its_source_is_the_speaker():
    sentence = (
        "به گزارش خبرگزاری فارس از بندرعباس به نقل از روابط عمومی سازمان منطقه آزاد قشم، حجت‌الاسلام رضا "
        "رضایی در دیدار اعضای انجمن خبرنگاران قشم اظهار داشت: تقوا سپر است"
    )
    assert find_sentence_subject(sentence).text == "حجت‌الاسلام رضا رضایی"


def test_events_demand_opening_with_its_from_phrase_asks_that_phrase_not_an_adjunct_before(analyse):
    sentence = (
        "استاندار یزد با استقبال از تداوم این نشست‌ها، از همه تولیدکنندگان استان خواست پیشنهادهای خود را اعلام کنند."
    )
    demand = only(analyse(sentence), "REQUEST")
    assert [recipient.text for recipient in demand.recipients] == ["همه تولیدکنندگان استان"]


def test_events_attack_named_by_a_noun_strikes_the_place_after_it(analyse):
    sentence = (
        "امام جمعه یزد در خطبه‌های نماز جمعه این هفته یزد با اشاره به حملات تروریستی در پاریس اظهار داشت: "
        "تروریسم دست‌پرورده غرب است."
    )
    attack = only(analyse(sentence), "ASSAULT")
    assert countries(attack.recipients) == ["FRA"]
