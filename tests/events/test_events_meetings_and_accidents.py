"""Rounds 22 and 23 (batches 22 and 21, and a precision audit of provincial news): an accident or a festival to
host codes nothing; a press conference is no meeting; speaking at a named meeting or conference is taking part in
it; «طرفین» are the parties of the meeting told last; an agreement made «بین X و Y» is SUPPORT; an operation
against a named enemy or losses inflicted on it are an attack; an invitation to visit is AGREE; refusals in every
person, bans lifted for someone, congratulations on something, support declared in an adjunct, offers with no
«که», interrogations in progress and the accused of «مدعی شد». Rounds 24 and 25 (domestic news), then the rounds on
batches 76 and 77 (a meeting at the host's place, meetings held with no «را», committees, meetings not dated by what
their speakers say) at the end."""

from __future__ import annotations

import pytest

from .helpers import countries, happened_types, only


def test_events_deaths_in_an_accident_are_no_attack(analyse):
    sentence = "اتوبوس مسافربری در جاده هراز دچار سانحه شد و دوازده مسافر آن کشته شدند."
    assert "ASSAULT" not in happened_types(analyse(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "شهر تبریز سال آینده میزبان هیئت تجاری ترکیه خواهد بود.",
        "استان فارس امسال میزبان جشنواره ملی تئاتر کودک بود.",
    ],
)
def test_events_a_host_to_be_or_of_a_festival_is_no_visit(analyse, sentence):
    assert "CONSULT" not in happened_types(analyse(sentence))


def test_events_press_conference_is_no_meeting(analyse):
    sentence = "سخنگوی دولت در نشست خبری که با حضور خبرنگاران برگزار شد گفت: بودجه عمرانی افزایش می‌یابد."
    assert "CONSULT" not in happened_types(analyse(sentence))


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("وزیر خارجه قطر دیروز در اجلاس سران کشورهای عربی در قاهره سخنرانی کرد.", "QAT"),
        ("نماینده عراق در جلسه شورای امنیت سازمان ملل گفت: حملات باید متوقف شود.", "IRQ"),
    ],
)
def test_events_speaking_at_a_named_meeting_is_consult(analyse, sentence, actor):
    meeting = only(analyse(sentence), "CONSULT")
    assert countries(meeting.actors) == [actor] and meeting.recipients


@pytest.mark.parametrize(
    "sentence",
    [
        "نماینده مجلس در جلسه علنی امروز گفت: لایحه بودجه اصلاح می‌شود.",
        "نامزد جمهوری‌خواه در گردهمایی انتخاباتی در اوهایو گفت: اقتصاد قوی‌تر می‌شود.",
    ],
)
def test_events_open_session_or_campaign_rally_is_no_consultation(analyse, sentence):
    assert "CONSULT" not in happened_types(analyse(sentence))


def test_events_both_sides_are_the_parties_of_the_last_meeting(analyse):
    text = (
        "وزیر نفت عراق امروز با وزیر انرژی روسیه در مسکو دیدار و گفت‌وگو کرد.\n"
        "در این دیدار طرفین بر گسترش هر چه بیشتر همکاری‌های نفتی تاکید کردند."
    )
    pledge = only(analyse(text), "AGREE")
    assert sorted(countries(pledge.actors)) == ["IRQ", "RUS"]


def test_events_agreement_made_between_two_parties_is_support(analyse):
    sentence = "قرارداد همکاری بین وزیر نفت ایران و همتای عراقی او در سفر هفته گذشته وی به بغداد صورت گرفت."
    agreement = only(analyse(sentence), "SUPPORT")
    assert sorted(countries(agreement.actors)) == ["IRN", "IRQ"]


@pytest.mark.parametrize(
    "sentence",
    [
        "ارتش سوریه دیروز عملیاتی گسترده علیه گروه‌های مسلح در ادلب انجام داد.",
        "نیروهای عراقی خسارت‌های جانی سنگینی را به تروریست‌های داعش وارد کردند.",
    ],
)
def test_events_operation_against_an_enemy_or_losses_inflicted_are_attacks(analyse, sentence):
    assert "ASSAULT" in happened_types(analyse(sentence))


def test_events_police_operation_against_smugglers_is_no_attack(analyse):
    sentence = "پلیس هفته گذشته عملیاتی علیه قاچاقچیان مواد مخدر در کرمان انجام داد."
    assert "ASSAULT" not in happened_types(analyse(sentence))


def test_events_invitation_to_visit_is_agree_and_call_to_act_a_request(analyse):
    invitation = only(analyse("وزیر خارجه برزیل از همتای ایرانی خود برای سفر به برازیلیا دعوت کرد."), "AGREE")
    assert countries(invitation.actors) == ["BRA"]
    call = analyse("رئیس‌جمهور روسیه از رئیس‌جمهور ایران دعوت کرد تا در اجلاس آینده شرکت کند.")
    assert happened_types(call) == ["REQUEST"]


def test_events_refusal_in_the_first_person_is_reject(analyse):
    assert "REJECT" in happened_types(analyse("ما پیشنهاد وزارت خارجه آمریکا را نپذیرفتیم."))


def test_events_ban_lifted_names_whom_it_bound(analyse):
    concession = only(analyse("دولت ترکیه ممنوعیت سفر برای روزنامه‌نگاران آلمانی را لغو کرد."), "CONCEDE")
    assert countries(concession.actors) == ["TUR"] and concession.recipients


def test_events_congratulation_on_something_names_the_party_after_it(analyse):
    sentence = "رئیس‌جمهور روسیه با تبریک پیروزی انتخاباتی به نخست‌وزیر ژاپن، خواستار گسترش روابط شد."
    praise = only(analyse(sentence), "SUPPORT")
    assert countries(praise.actors) == ["RUS"] and countries(praise.recipients) == ["JPN"]


def test_events_support_declared_in_an_adjunct_is_support(analyse):
    sentence = "وزیر خارجه ایران ضمن اعلام حمایت از دولت عراق، خواستار خروج نیروهای خارجی شد."
    support = only(analyse(sentence), "SUPPORT")
    assert countries(support.recipients) == ["IRQ"]


def test_events_offer_with_no_complementizer_is_agree_unless_to_answer_force(analyse):
    assert "AGREE" in happened_types(analyse("برزیل گفت: آماده‌ایم همه پیشنهادهای ایران را بررسی کنیم."))
    assert "AGREE" not in happened_types(analyse("فرمانده سپاه گفت: آماده‌ایم به هر حمله‌ای پاسخ دهیم."))


def test_events_interrogation_in_progress_is_an_investigation(analyse):
    investigation = only(analyse("پلیس بنگلادش گفت: در حال بازجویی از سه مظنون هستیم."), "ACCUSE")
    assert investigation.mode == "investigate"


def test_events_allegation_names_the_accused_after_the_verb(analyse):
    allegation = only(analyse("نخست‌وزیر اسرائیل مدعی شد ایران در این حمله دست داشته است."), "ACCUSE")
    assert countries(allegation.recipients) == ["IRN"]


def test_events_demand_addressee_stands_after_the_adjunct_comma(analyse):
    sentence = "وزیر خارجه ایران ضمن اعلام حمایت از دولت عراق، از سازمان ملل درخواست کرد تا به این کشور کمک کند."
    demand = only(analyse(sentence), "REQUEST")
    assert countries(demand.recipients) == ["UNO"]


def test_events_objecting_at_a_demonstration_is_protest(analyse):
    sentence = "هزاران دانشجوی فرانسوی دیروز در تظاهراتی نسبت به افزایش شهریه دانشگاه‌ها اعتراض کردند."
    assert happened_types(analyse(sentence)) == ["PROTEST"]


def test_events_a_recorded_tape_is_no_seizure(analyse):
    sentence = "این مطلب در مصاحبه با یکی از مقام‌های دولتی اعلام شد که نوار ضبط شده آن موجود است."
    assert "COERCE" not in happened_types(analyse(sentence))


# Rounds 24 and 25 (batches 23 and 24, domestic news): tourism figures, a show well received, goods entering a
# country and shares entering the stock exchange code nothing; a meeting with its guests named after the noun is
# CONSULT; more verbs of saying open a statement; a demand on the speaker's own government may follow a clause; an
# obligation told in the past is no demand.


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("سال گذشته بیش از ۲۰۰ هزار نفر زائر از یادمان‌های جنگ در جنوب کشور بازدید کردند.", "CONSULT"),
        ("اجرای نمایش آیینی در این جشنواره مورد استقبال گسترده مخاطبان قرار گرفت.", "AGREE"),
        ("این کالاها از مبادی غیررسمی وارد کشور شده است.", "CONSULT"),
        ("سهام این شرکت‌های دولتی سال گذشته وارد بورس شد.", "CONSULT"),
    ],
)
def test_events_tourism_a_show_and_goods_entering_code_nothing(analyse, sentence, kind):
    assert kind not in happened_types(analyse(sentence))


def test_events_meeting_with_guests_after_the_noun_is_consult(analyse):
    meeting = only(analyse("رئیس‌جمهور عراق دیروز در دیدار وزیر خارجه ترکیه بر گسترش روابط تأکید کرد."), "CONSULT")
    assert countries(meeting.actors) == ["IRQ"] and countries(meeting.recipients) == ["TUR"]


def test_events_final_match_is_no_meeting(analyse):
    assert "CONSULT" not in happened_types(analyse("این کشتی‌گیر در دیدار نهایی حریف روس خود را شکست داد."))


@pytest.mark.parametrize(
    "sentence",
    [
        "وزیر کشور ایران اذعان داشت: دولت یازدهم باید در نحوه پرداخت مطالبات بازنشستگان تجدیدنظر کند.",
        "وزیر کشور ایران تاکید کرد: بازنشستگان سال‌ها خدمت کرده‌اند و دولت نباید مطالبات آنان را به تأخیر بیندازد.",
    ],
)
def test_events_demand_on_the_speakers_own_government(analyse, sentence):
    demand = only(analyse(sentence), "REQUEST")
    assert countries(demand.recipients) == ["IRN"]


def test_events_obligation_told_in_the_past_is_no_demand(analyse):
    sentence = "وزیر کشور ایران گفت: در برنامه سوم دولت باید مبادرت به سرمایه‌گذاری در این بخش می‌نمود."
    assert "REQUEST" not in happened_types(analyse(sentence))


def test_events_meeting_with_both_parties_after_the_noun_is_consult(analyse):
    sentence = "در دیدار رئیس‌جمهور ازبکستان با وزیر خارجه ژاپن بر گسترش همکاری‌های اقتصادی تأکید شد."
    meeting = only(analyse(sentence), "CONSULT")
    assert countries(meeting.actors) == ["UZB"] and countries(meeting.recipients) == ["JPN"]


@pytest.mark.parametrize(
    ("sentence", "mode"),
    [
        ("وزیر دفاع بلاروس با حضور در ستاد وزارت دفاع با وزیر دفاع ایران دیدار و گفت‌وگو کرد.", "visit"),
        ("وزیر نیرو با حضور در صحن علنی مجلس با نمایندگان گفت‌وگو کرد.", None),
    ],
)
def test_events_meeting_at_the_hosts_place_is_a_visit_but_not_at_a_session(analyse, sentence, mode):
    assert only(analyse(sentence), "CONSULT").mode == mode


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("دولت کره جنوبی امروز نشست امنیت ملی برگزار کرد.", "CONSULT"),
        ("رئیس جمهور ترکمنستان و وزیر خارجه چین همکاری‌های دو کشور را بررسی کردند.", "CONSULT"),
        ("اعضای شورای حکام آژانس نگرانی عمیق خود را نسبت به فعالیت‌های هسته‌ای کره جنوبی اعلام کردند.", "ACCUSE"),
        ("شهردار تهران در پایان از رئیس سابق این سازمان به نیکی یاد کرد.", "SUPPORT"),
        ("عشایر خوزستان امروز در راهپیمایی روز قدس شعار مرگ بر اسرائیل سر دادند.", "PROTEST"),
    ],
)
def test_events_meeting_held_concern_declared_kind_words_and_slogans_are_coded(analyse, sentence, event_type):
    assert event_type in happened_types(analyse(sentence))


def test_events_later_day_a_speaker_names_does_not_make_the_meeting_a_plan(hand_analysis):
    from khabar.analysis import TimeExpression
    from khabar.events.stage import find_events

    text = "آذرکش امروز در نشست مسئولان آموزش و پرورش اردبیل اظهار کرد: امیدواریم مرداد ماه جشنواره برگزار شود"
    analysis = hand_analysis(text, published="2016-04-13")
    month = text.index("مرداد ماه")
    analysis.times = [TimeExpression(start=month, end=month + 9, text="مرداد ماه", value="2016-07")]
    meeting = only(find_events(analysis), "CONSULT")
    assert not meeting.future


def test_events_speaking_at_a_committee_named_with_no_meeting_word_is_consult(analyse):
    sentence = "حسن خانزاد امروز در نخستین کمیته توانمندسازی سکونتگاه‌های غیررسمی اظهار داشت: خدمات ادامه دارد."
    assert "CONSULT" in happened_types(analyse(sentence))


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        ("نشست معاونان وزرای خارجه ایران، آمریکا و روسیه در وین به پایان رسید.", ["IRN", "USA", "RUS"]),
        ("نشست وزرای خارجه ایران و آمریکا در جریان است.", ["IRN", "USA"]),
        ("مذاکرات ایران و آمریکا در ژنو ادامه یافت.", ["IRN", "USA"]),
    ],
)
def test_events_talks_ended_or_under_way_are_a_meeting_of_those_named(analyse, sentence, parties):
    meeting = only(analyse(sentence), "CONSULT")
    assert countries(meeting.actors) == parties


@pytest.mark.parametrize(
    "sentence",
    [
        "مذاکرات ایران و آمریکا فردا به پایان خواهد رسید.",
        "نشست خبری سخنگوی وزارت خارجه ایران به پایان رسید.",
    ],
)
def test_events_talks_to_end_or_a_press_conference_ended_are_no_meeting(analyse, sentence):
    assert "CONSULT" not in happened_types(analyse(sentence))


def test_events_a_visit_made_is_a_visit(analyse):
    visit = only(analyse("وزیر خارجه ایران سفری دو روزه به ترکیه انجام داد."), "CONSULT")
    assert (visit.mode, countries(visit.actors), countries(visit.recipients)) == ("visit", ["IRN"], ["TUR"])
