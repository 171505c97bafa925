"""Round of stop 26 (blind batch 79's misses as families): blame told with the cause first («عامل این ناآرامی‌ها را
X نامید»), a gift of goods reported («از اهدای … به … خبر داد»), an agent that runs into its predicate, and praise of
an activity rather than of a party."""

from __future__ import annotations

import pytest

from .helpers import countries, happened_types, only


@pytest.mark.parametrize(
    "sentence",
    [
        "دادگاه، عامل این ناآرامی‌ها را گروهی به نام «اکرمیه» نامید.",
        "وزیر کشور عامل بروز جرایم در کشورهای اسلامی را تلاش دشمنان خارجی دانست.",
    ],
)
def test_events_blame_with_the_cause_first_is_an_accusation(analyse, sentence):
    assert only(analyse(sentence), "ACCUSE").mode == "allege"


def test_events_cause_of_a_success_is_no_blame(analyse):
    assert "ACCUSE" not in happened_types(analyse("وزیر عامل موفقیت این طرح را همدلی مردم دانست."))


def test_events_reported_gift_of_goods_is_aid_from_its_giver(analyse):
    sentence = "وی از اهدای 35 دستگاه رایانه به آموزش و پرورش شهربابک از سوی نماینده این شهرستان خبر داد."
    gift = only(analyse(sentence), "AID")
    assert [p.text for p in gift.actors] == ["نماینده این شهرستان"]
    assert [p.text for p in gift.recipients] == ["آموزش و پرورش شهربابک"]


def test_events_award_of_a_prize_is_no_aid(analyse):
    assert "AID" not in happened_types(analyse("وی از اهدای جوایز به برندگان مسابقه از سوی شهرداری خبر داد."))


def test_events_agent_ends_before_the_predicates_noun(analyse):
    aid = only(analyse("کمک‌های بشردوستانه به مردم سوریه از سوی ایران ارسال شد."), "AID")
    assert [p.text for p in aid.actors] == ["ایران"] and countries(aid.actors) == ["IRN"]


def test_events_praise_of_an_activity_is_no_support(analyse):
    sentence = "وی شناسایی مسیر و اهداف شهدای دوران دفاع مقدس به نسل جوان را اقدامی ارزشمند و مهم خواند."
    assert "SUPPORT" not in happened_types(analyse(sentence))


def test_events_praise_of_a_partys_act_is_support(analyse):
    support = only(analyse("وزیر خارجه عراق کمک‌های ایران به مردم موصل را اقدامی ارزشمند خواند."), "SUPPORT")
    assert countries(support.recipients) == ["IRN"]


@pytest.mark.parametrize(
    "sentence",
    [
        "مأموران انتظامی شهرستان سقز 70 هزار نخ سیگار خارجی قاچاق را کشف کردند.",
        "در بازرسی از یک خودرو 19 کیلوگرم تریاک کشف شد.",
        "مأموران از یک خودرو 70 هزار نخ سیگار قاچاق را کشف و گزارش تخلف را به تعزیرات حکومتی ارسال کردند.",
        "فرمانده انتظامی استان از کشف 7 هزار عدد قرص روان‌گردان خبر داد.",
    ],
)
def test_events_contraband_found_is_a_seizure(analyse, sentence):
    assert only(analyse(sentence), "COERCE").mode == "seize"


@pytest.mark.parametrize(
    "sentence",
    [
        "دانشمندان ژاپنی یک گونه جدید گیاهی را کشف کردند.",
        "میزان مواد مخدر کشف شده در چهار ماه نخست سال گذشته 200 کیلوگرم بود.",
    ],
)
def test_events_discovery_of_anything_else_or_a_tally_is_no_seizure(analyse, sentence):
    assert "COERCE" not in happened_types(analyse(sentence))


def test_events_fine_after_a_long_phrase_is_a_conviction(analyse):
    sentence = ("متهم به ضبط محموله و پرداخت یک میلیارد و 151 میلیون ریال جزای نقدی در حق صندوق دولت محکوم شد.")
    assert only(analyse(sentence), "SANCTION").mode == "convict"


def test_events_prison_term_after_a_long_phrase_stays_an_arrest(analyse):
    events = analyse("نخست وزیر سابق رژیم صهیونیستی بعدها محاکمه و به دریافت رشوه و ۲۷ ماه حبس محکوم شد.")
    assert "SANCTION" not in happened_types(events) and only(events, "COERCE").mode == "arrest"


def test_events_request_one_had_of_someone_is_a_request(analyse):
    request = only(analyse("وزیر خارجه ایران از آمریکا درخواست توقف حملات را داشت."), "REQUEST")
    assert [p.text for p in request.recipients] == ["آمریکا"] and countries(request.recipients) == ["USA"]


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        ("شهردار تهران اضافه کرد: سرانه فضاهای فرهنگی، توسط شهرداران برای ارائه خدمات باید ایجاد شود.", "شهرداران"),
        ("استاندار گفت: نقش مردم باید به گونه‌ای توسط دولت حمایت شود.", "دولت"),
        ("مدیرکل صنعت گیلان افزود: اتاق‌های اصناف باید از این ظرفیت‌ها استفاده کنند.", "اتاق‌های اصناف"),
    ],
)
def test_events_demand_on_a_passives_agent_or_a_guild(analyse, sentence, asked):
    request = only(analyse(sentence), "REQUEST")
    assert [p.text for p in request.recipients] == [asked]


@pytest.mark.parametrize(
    ("sentence", "blamed"),
    [
        ("سخنگوی وزارت خارجه ایران گفت: اتحادیه اروپا به تعهدات خود در برجام عمل نکرده است.", "EUR"),
        ("سخنگوی وزارت خارجه ایران گفت: فرانسه به تعهدات خود پایبند نیست.", "FRA"),
        ("سخنگوی وزارت خارجه ایران گفت: آمریکا به دنبال وقت‌کشی در مذاکرات است.", "USA"),
    ],
)
def test_events_commitments_broken_or_time_played_for_is_criticism(analyse, sentence, blamed):
    assert countries(only(analyse(sentence), "ACCUSE").recipients) == [blamed]


def test_events_commitments_one_did_not_keep_oneself_blame_no_one(analyse):
    sentence = "سخنگوی وزارت خارجه ایران گفت: ما به تعهدات خود عمل نکردیم تا طرف مقابل عمل کند."
    assert "ACCUSE" not in happened_types(analyse(sentence))


def test_events_international_body_named_in_several_words_is_a_party(analyse):
    sentence = "سخنگوی وزارت خارجه ایران گفت: اتحادیه اروپا به تعهدات خود در برجام عمل نکرده است."
    assert countries(only(analyse(sentence), "ACCUSE").recipients) == ["EUR"]


def test_events_state_named_before_an_international_body_is_still_the_one_blamed(analyse):
    sentence = ("سخنگوی هیئت ایران در سازمان ملل گفت: سازمان ملل و اغلب کشورهای عضو تلاش آمریکا برای نقض قطعنامه 2231 "
                "را رد کرده‌اند.")
    assert "UNO" not in countries(only(analyse(sentence), "ACCUSE").recipients)


def test_events_official_entering_a_stadium_is_no_visit(analyse):
    sentence = "رئیس سازمان تربیت‌بدنی در دقیقه 40 مسابقه وارد ورزشگاه تختی شد."
    assert "CONSULT" not in happened_types(analyse(sentence))


def test_events_claim_is_an_accusation_only_of_someone_it_names(analyse):
    assert "ACCUSE" not in happened_types(
        analyse("وزیر نفت عراق مدعی شد این خط لوله قبل از آغاز به کار باید بازسازی شود.")
    )
    claim = only(analyse("فرمانده ارتش آمریکا پیشتر مدعی شده بود که ایران بزرگترین تهدید منطقه است."), "ACCUSE")
    assert countries(claim.recipients) == ["IRN"]


def test_events_arrest_reported_past_a_relative_clause_and_its_comma(analyse):
    sentence = ("رئیس پلیس آگاهی استان قم از دستگیری یک سارق کیف‌قاپ که به صورت تک نفره اقدام به سرقت می‌کرد، "
                "خبر داد.")
    assert only(analyse(sentence), "COERCE").mode == "arrest"


@pytest.mark.parametrize(
    "sentence",
    [
        "عملیات هجوم به مسجد سرخ در اسلام آباد پایان یافت.",
        "ارتش پاکستان برای پاکسازی منطقه باجور از نیروهای طالبان عملیات نظامی را آغاز کرد.",
    ],
)
def test_events_raid_or_military_operation_launched_is_an_assault(analyse, sentence):
    assert only(analyse(sentence), "ASSAULT")


def test_events_relief_operation_launched_is_no_assault(analyse):
    assert "ASSAULT" not in happened_types(analyse("هلال احمر عملیات امداد و پاکسازی منطقه سیل‌زده را آغاز کرد."))


@pytest.mark.parametrize(
    ("sentence", "mode"),
    [
        ("رئیس پلیس مبارزه با مواد مخدر گفت: پلیس موفق به انهدام 45 کارگاه تولید شیشه در کشور شده است.", None),
        ("ماموران پلیس آگاهی سرانجام موفق به دستگیری متهم شدند.", "arrest"),
    ],
)
def test_events_police_succeeding_in_a_raid_is_coercion(analyse, sentence, mode):
    assert only(analyse(sentence), "COERCE").mode == mode


def test_events_withdrawing_from_a_race_is_a_retreat(analyse):
    sentence = "شهردار سابق طی نامه‌ای در فضای مجازی از حضور در رقابت شهرداری تهران انصراف داد."
    assert only(analyse(sentence), "RETREAT")


def test_events_asking_is_not_read_across_an_earlier_finite_verb(analyse):
    sentence = ("نجفی علت کناره‌گیری خود از ریاست میراث فرهنگی را بیماری قلبی اعلام کرده بود حال چطور می‌خواهد "
                "کلانشهری مانند تهران را اداره کند.")
    assert "REQUEST" not in happened_types(analyse(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "رئیس پلیس آگاهی زنجان گفت: متهمان پس از بازجویی و تشکیل پرونده به دادسرا معرفی شدند.",
        "مأموران این افراد را پس از تشکیل پرونده به مراجع قضایی معرفی کردند.",
    ],
)
def test_events_suspects_sent_to_the_prosecutor_are_charged(analyse, sentence):
    assert only(analyse(sentence), "ACCUSE").mode == "allege"


def test_events_demand_told_in_the_present_is_a_request(analyse):
    request = only(analyse("نماینده اهواز گفت: ما خواستار برگزاری انتخابات آزاد در عراق هستیم."), "REQUEST")
    assert [p.text for p in request.actors] == ["نماینده اهواز"]


def test_events_wish_for_a_state_of_affairs_is_no_request(analyse):
    assert "REQUEST" not in happened_types(analyse("خاتمی تصریح کرد: ما خواهان لبنانی با نشاط و پرتحرک هستیم."))


def test_events_readiness_one_has_is_an_offer(analyse):
    sentence = "نماینده اهواز گفت: من این آمادگی را دارم که در جهت حل مسائل فدراسیون‌های ورزشی کمک کنم."
    assert only(analyse(sentence), "AGREE")


@pytest.mark.parametrize(
    "sentence",
    [
        "رئیس پلیس گفت: متهم در بازجویی‌ها بزه انتسابی خود را پذیرفت.",
        "رئیس پلیس گفت: متهم در بازجویی‌ها به اخاذی 10 میلیون ریالی اعتراف کرد.",
    ],
)
def test_events_suspect_confessing_concedes(analyse, sentence):
    assert only(analyse(sentence), "CONCEDE")


def test_events_suspect_handed_to_the_judiciary_is_charged(analyse):
    sentence = "رئیس پلیس گفت: متهم پس از تشکیل پرونده برای سیر مراحل قانونی به مرجع قضایی تحویل داده شد."
    assert only(analyse(sentence), "ACCUSE").mode == "allege"


def test_events_talks_written_without_their_waw_are_a_meeting(analyse):
    sentence = "مقام‌های دولت عراق هفته گذشته با نمایندگان شرکت‌های نفتی در امان دیدار و گفت گو کردند."
    meeting = only(analyse(sentence), "CONSULT")
    assert [p.text for p in meeting.actors] == ["مقام‌های دولت عراق"]  # «هفته گذشته» is a time, not the subject's


def test_events_readiness_to_cooperate_with_a_party_is_an_offer(analyse):
    sentence = "نخست وزیر پاکستان گفت: ایران آماده همکاری هسته‌ای با سازمان ملل است."
    assert only(analyse(sentence), "AGREE")


def test_events_talks_under_way_with_a_count_between_are_a_meeting(analyse):
    sentence = "نخست وزیر پاکستان افزود: «ما در حال برگزاری مذاکرات متعددی با آژانس بین‌المللی انرژی اتمی هستیم.»"
    meeting = only(analyse(sentence), "CONSULT")
    assert [p.text for p in meeting.recipients] == ["آژانس بین‌المللی انرژی اتمی"]


def test_events_demand_on_eulogists_and_preachers_is_a_request(analyse):
    sentence = "حجت‌الاسلام محسن غرویان گفت: خطبا و مداحان باید از این فرصت استفاده کنند."
    assert countries(only(analyse(sentence), "REQUEST").recipients) == ["IRN"]
