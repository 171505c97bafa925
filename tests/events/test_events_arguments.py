"""Participants: compound actors, visitor and host, dropped subjects, passive agents; and the data files."""

from __future__ import annotations

import pytest

from khabar.errors import ModelError
from khabar.events.arguments import is_located
from khabar.events.export import export_events
from khabar.events.patterns import load_patterns, parse_line
from khabar.events.plover import EVENT_TYPES, is_valid

from tests.events.helpers import countries, only

pytest.importorskip("khabar.resolve.actors")


def test_events_compound_actor_gives_one_actor_per_country(analyse):
    event = only(analyse("وزرای دفاع ایران و بلاروس تفاهم‌نامه همکاری نظامی امضا کردند."), "SUPPORT")
    assert [p.country for p in event.actors] == ["IRN", "BLR"]
    assert "military" in event.context


def test_events_visit_has_visitor_as_actor_and_host_as_recipient(analyse):
    event = only(analyse("وزیر دفاع بلاروس به تهران سفر کرد."), "CONSULT")
    assert [p.country for p in event.actors] == ["BLR"]
    assert [p.country for p in event.recipients] == ["IRN"]


def test_events_meeting_partner_is_recipient(analyse):
    event = only(analyse("وزیر خارجه روسیه با همتای ترکیه‌ای خود در آنکارا دیدار کرد."), "CONSULT")
    assert [p.country for p in event.actors] == ["RUS"]
    assert [p.country for p in event.recipients] == ["TUR"]


def test_events_dropped_subject_comes_from_previous_sentence(analyse):
    events = analyse("رئیس‌جمهور فرانسه دیروز وارد پکن شد.\nوی با رئیس‌جمهور چین دیدار و گفت‌وگو کرد.")
    meeting = [e for e in events if e.type == "CONSULT" and e.mode is None][0]
    assert [p.country for p in meeting.actors] == ["FRA"]
    assert [p.country for p in meeting.recipients] == ["CHN"]


def test_events_passive_subject_is_recipient_and_agent_is_actor(analyse):
    event = only(analyse("سه خبرنگار آمریکایی توسط پلیس ونزوئلا بازداشت شدند."), "COERCE")
    assert [p.country for p in event.recipients] == ["USA"]
    assert [p.country for p in event.actors] == ["VEN"]


def test_events_object_of_accusation_is_recipient(analyse):
    event = only(analyse("رئیس‌جمهور اوکراین، روسیه را به دخالت نظامی متهم کرد."), "ACCUSE")
    assert [p.country for p in event.actors] == ["UKR"]
    assert [p.country for p in event.recipients] == ["RUS"]


def test_events_export_leaves_out_what_did_not_happen(hand_analysis):
    analysis = hand_analysis("پلیس دو متهم را بازداشت کرد.\nپلیس هیچ معترضی را بازداشت نکرد.")
    from khabar.events.stage import events_stage

    exported = export_events(events_stage(analysis))
    assert [e["sentence"] for e in exported["events"]] == ["پلیس دو متهم را بازداشت کرد"]


def test_events_patterns_use_only_plover_names():
    patterns = load_patterns()
    assert {p.type for p in patterns} == set(EVENT_TYPES)
    assert all(is_valid(p.type, p.mode, p.context) for p in patterns)


@pytest.mark.parametrize(
    "line",
    [
        "حمله {کرد}\tATTACK\t-\t-\tsubject\tبه",  # not a PLOVER type
        "حمله {کرد}\tASSAULT\tvisit\t-\tsubject\tبه",  # a mode of another type
        "حمله {خورد}\tASSAULT\t-\t-\tsubject\tبه",  # an unknown light verb
        "حمله (\tASSAULT\t-\t-\tsubject\tبه",  # a broken regular expression
        "حمله {کرد}\tASSAULT",  # missing fields
    ],
)
def test_events_bad_pattern_line_is_a_model_error(line):
    with pytest.raises(ModelError):
        parse_line(line, 1)


def test_events_plover_rejects_unknown_names():
    assert is_valid("CONSULT", "visit", ["military"])
    assert not is_valid("CONSULT", "arrest")
    assert not is_valid("CONSULT", None, ["sports"])


def test_events_list_subject_shares_its_named_country(analyse):
    event = only(analyse("نمایندگان، وزیران و رهبران احزاب ایتالیا در مقابل سفارت تحصن کردند."), "PROTEST")
    assert {p.country for p in event.actors} == {"ITA"}


def test_events_partitive_object_keeps_its_quantifier(analyse):
    event = only(analyse("دولت یمن بیش از ۵۰۸ زندانی را آزاد کرد."), "RETREAT")
    assert [p.text for p in event.recipients] == ["بیش از ۵۰۸ زندانی"]
    assert [p.country for p in event.actors] == ["YEM"]


def test_events_present_tense_dated_after_publication_is_future(hand_analysis):
    from khabar.analysis import TimeExpression
    from khabar.events.stage import find_events

    text = "رئیس‌جمهور فرانسه اواخر دی با رئیس‌جمهور چین دیدار می‌کند."
    analysis = hand_analysis(text)  # published 2024-01-09
    start = text.index("اواخر دی")
    analysis.times = [TimeExpression(start=start, end=start + 8, text="اواخر دی", value="2024-01-10/2024-01-20")]
    event = only(find_events(analysis), "CONSULT")
    assert event.future and not event.negated


def test_events_state_before_object_is_split_from_it(analyse):
    event = only(analyse("اسپانیا سفیر ایران را احضار کرد."), "ACCUSE")
    assert [p.country for p in event.actors] == ["ESP"]
    assert [p.country for p in event.recipients] == ["IRN"]


def test_events_fronted_object_is_not_the_subject(analyse):
    event = only(analyse("این خبر را دیروز وزیر خارجه ونزوئلا اعلام و از ایران حمایت کرد."), "SUPPORT")
    assert [p.country for p in event.actors] == ["VEN"]


def test_events_relative_clause_takes_its_antecedent_as_subject(analyse):
    event = only(analyse("آمریکا که سال گذشته با ایران به توافق رسید، اکنون با روسیه مذاکره نمی‌کند."), "SUPPORT")
    assert [p.country for p in event.actors] == ["USA"]
    assert [p.country for p in event.recipients] == ["IRN"]


def test_events_victims_take_the_country_of_the_place(analyse):
    event = only(analyse("12 نفر در حمله‌ای در کابل کشته شدند."), "ASSAULT")
    assert [p.country for p in event.recipients] == ["AFG"]


def test_events_one_sentence_with_two_predicates_of_a_type_is_one_event(analyse):
    events = analyse("این ساختمان به طور کامل منهدم شد و دو مغازه نزدیک آن نیز تخریب شدند.")
    assert len([e for e in events if e.type == "ASSAULT"]) == 1


def test_events_agency_credit_without_comma_is_not_the_subject(analyse):
    event = only(analyse("به گزارش خبرنگار خبرگزاری فارس اعضای هیات رئیسه مجلس با وزیر خارجه عراق دیدار کردند."), "CONSULT")
    assert [p.sector for p in event.actors] == ["LEG"]
    assert [p.country for p in event.recipients] == ["IRQ"]


def test_events_closed_relative_clause_does_not_hide_the_subject(analyse):
    sentence = "جمهوری اسلامی ایران از هر تلاشی که به حل مناقشه در اوکراین منجر شود حمایت می‌کند."
    event = only(analyse(sentence), "SUPPORT")
    assert [p.country for p in event.actors] == ["IRN"]


def test_events_parties_of_a_passive_signing_come_from_between(analyse):
    event = only(analyse("تفاهم‌نامه همکاری میان وزارت دفاع ایران و بلاروس امضا شد."), "SUPPORT")
    assert {p.country for p in event.actors} == {"IRN", "BLR"}


def test_events_act_done_with_a_party_has_that_party_as_recipient(analyse):
    event = only(analyse("رئیس‌جمهور روسیه هرگونه مذاکره با چچنی‌ها را رد کرد."), "REJECT")
    assert countries_of(event.recipients) == ["RUS"]
    assert all("مذاکره" not in p.text for p in event.recipients)


def test_events_object_head_that_names_an_actor_stays_the_object(analyse):
    event = only(analyse("وزیر خارجه ترکیه حملات ارتش سوریه علیه غیرنظامیان را محکوم کرد."), "ACCUSE")
    assert countries_of(event.recipients) == ["SYR"]


def test_events_pointed_subject_before_an_unmarked_object(analyse):
    text = "روزنامه گاردین از دولت انتقاد کرد.\nاین روزنامه دولت تونی بلر را مقصر این وضع دانست."
    events = [e for e in analyse(text) if "تونی بلر" in e.sentence]
    assert events, "the second sentence reports a blame"
    assert [p.text for p in events[0].actors] == ["این روزنامه"]
    assert countries_of(events[0].recipients) == ["GBR"]


def test_events_pointed_title_is_not_cut_in_two():
    from khabar.events.arguments import find_subject

    text = "این نماینده مجلس طرح دولت را رد کرد."
    subject = find_subject(text, text.index("رد کرد"))
    assert subject is None or subject.text != "این نماینده"


def countries_of(participants) -> list:
    """Return the countries of coded participants, in order."""
    return [p.country for p in participants]


def test_events_known_name_before_an_unmarked_object_is_the_subject():
    from khabar.events.arguments import find_object, find_subject

    text = "پوتین اردوغان را به مسکو دعوت کرد."
    marker = text.index(" را ")
    assert find_subject(text, marker + 4).text == "پوتین"
    assert find_object(text, 0, marker + 4).text == "اردوغان"


def test_events_name_inside_the_object_stays_in_it():
    from khabar.events.arguments import find_object

    text = "وزیر خارجه سخنان پوتین را محکوم کرد."
    assert find_object(text, 0, text.index("محکوم")).text.endswith("سخنان پوتین")


def test_events_name_before_its_title_is_one_antecedent():
    from khabar.events.arguments import find_subject

    text = "پوتین رئیس‌جمهور روسیه که در تهران به سر می‌برد، با وزیر خارجه ایران دیدار کرد."
    assert find_subject(text, text.index("با وزیر")).text.startswith("پوتین")


def test_events_finite_verb_ends_a_noun_phrase():
    from khabar.events.arguments import phrase_forward

    text = "حافظ سعید اکنون رهبر جماعت‌الدعوه است و فعالیت می‌کند و در سال گذشته بازداشت شد."
    phrase = phrase_forward(text, text.index("فعالیت"), len(text))
    assert phrase.text == "فعالیت"


def test_events_phrase_does_not_end_in_a_conjunction():
    from khabar.events.arguments import phrase_forward

    text = "نیروهای پلیس، ارتش و"
    assert phrase_forward(text, text.index("ارتش"), len(text)).text == "ارتش"


def test_events_clause_of_while_it_is_runs_past_its_first_verb():
    from khabar.events.arguments import find_subject

    sentence = "این در حالی است که ارتش روسیه منجر به جنجال شده و مورد انتقاد ناتو قرار گرفته بود."
    phrase = find_subject(sentence, sentence.index("مورد انتقاد"))
    assert phrase is not None and phrase.text.startswith("ارتش روسیه")


def test_events_clause_of_plain_that_ends_with_its_verb():
    from khabar.events.arguments import find_subject

    sentence = "ایران اعلام کرد که آمریکا را تحریم کرده است و روسیه نیز مورد انتقاد ناتو قرار گرفت."
    phrase = find_subject(sentence, sentence.index("مورد انتقاد"))
    assert phrase is not None and phrase.text == "روسیه"


def test_events_relative_clause_closed_by_any_progressive_holds_no_subject():
    from khabar.events.arguments import find_subject

    sentence = "آلان گارسیا با آلبرتو فوجیموری که هم اینک در شیلی به سر می‌برد توافق کرده است."
    phrase = find_subject(sentence, sentence.index("توافق"))
    assert phrase is not None and phrase.text == "آلان گارسیا"


def test_events_complement_clause_with_a_progressive_keeps_its_subject():
    from khabar.events.arguments import find_subject

    sentence = "وزیر خارجه گفت که ایران به آمریکا اعتماد نمی‌کند و روسیه با چین توافق کرده است."
    phrase = find_subject(sentence, sentence.index("توافق"))
    assert phrase is not None and phrase.text == "روسیه"


def test_events_count_of_days_opens_the_next_phrase():
    from khabar.events.arguments import phrase_forward

    sentence = "روزنامه هاآرتص دو روز قبل مدعی شد"
    assert phrase_forward(sentence, 0, len(sentence)).text == "روزنامه هاآرتص"


def test_events_count_after_a_demonstrative_stays_in_the_phrase():
    from khabar.events.arguments import phrase_forward

    sentence = "این دو تن هدف موشک قرار گرفتند"
    assert phrase_forward(sentence, 0, len(sentence)).text.startswith("این دو تن")


def test_events_time_adjective_belongs_to_the_opening_phrase():
    from khabar.events.arguments import skip_openers

    sentence = "طی شب گذشته جنگنده‌های آمریکایی به مواضع عراقی حمله کردند"
    assert sentence[skip_openers(sentence, 0, len(sentence)) :].startswith("جنگنده‌های آمریکایی")


def test_events_after_this_matter_is_one_opening_phrase():
    from khabar.events.arguments import skip_openers

    sentence = "پس از این امر مجلس ایرادی را بر آیین‌نامه گرفت"
    assert sentence[skip_openers(sentence, 0, len(sentence)) :].startswith("مجلس")
    other = "پس از اشغال نظامی افغانستان از جانب آمریکا طالبان عقب نشست"
    assert other[skip_openers(other, 0, len(other)) :].startswith("اشغال")


def test_events_determiner_after_a_state_opens_the_object():
    from khabar.events.arguments import Phrase, cut_before_object

    text = "ولادیمیر پوتین رییس جمهوری روسیه هرگونه مذاکره"
    assert cut_before_object(Phrase(text, 0, len(text))).text == "ولادیمیر پوتین رییس جمهوری روسیه"
    kept = "وزرای دفاع ایران و بلاروس"
    assert cut_before_object(Phrase(kept, 0, len(kept))).text == kept


def test_events_place_after_in_is_located():
    sentence = "نیروهای آمریکایی در شمال سوریه مستقر شدند"
    assert is_located(sentence, sentence.index("سوریه"))
    sentence = "وزیر خارجه از گسترش روابط با ایران استقبال کرد"
    assert not is_located(sentence, sentence.index("ایران"))


def test_events_subject_after_a_closed_adverbial_clause(analyse):
    event = only(
        analyse("پس از آنکه دولت بحرین قانون حالت فوق‌العاده را لغو کرد، نیروهای امنیتی بحرین به معترضان حمله کردند."),
        "ASSAULT",
    )
    assert [p.text for p in event.actors] == ["نیروهای امنیتی بحرین"]
    assert "دولت بحرین" not in [p.text for p in event.actors + event.recipients]


def test_events_subject_before_an_adverbial_clause_is_kept_when_the_main_clause_has_none(analyse):
    event = only(analyse("ارتش اسرائیل پس از آنکه دو موشک از غزه شلیک شد، به نوار غزه حمله کرد."), "ASSAULT")
    assert [p.text for p in event.actors] == ["ارتش اسرائیل"]


def test_events_relative_clause_keeps_its_antecedent_as_subject(analyse):
    event = only(analyse("عربستان که این طرح را رد کرده بود، از قطر انتقاد کرد."), "ACCUSE")
    assert countries(event.actors) == ["SAU"] and countries(event.recipients) == ["QAT"]


def test_events_manner_adverbial_after_to_is_no_recipient(analyse):
    event = only(analyse("نیروهای امنیتی بحرین به طور ناگهانی حمله کردند."), "ASSAULT")
    assert countries(event.actors) == ["BHR"] and not event.recipients
    event = only(analyse("ارتش سوریه به صورت گسترده به مواضع داعش در حلب حمله کرد."), "ASSAULT")
    assert "مواضع داعش" in event.recipients[0].text


def test_events_passive_light_verb_ends_the_agent_phrase(analyse):
    sentence = "این تصمیم که زیر فشارهای مقامات آمریکایی گرفته شد با واکنش منفی مردم عراق روبرو شد."
    event = only(analyse(sentence), "REQUEST")
    assert [p.text for p in event.actors] == ["مقامات آمریکایی"]
    event = only(analyse("ایران از تصمیم گرفته شده در نشست شورای امنیت انتقاد کرد."), "ACCUSE")
    assert countries(event.actors) == ["IRN"]


def test_events_object_holding_a_purpose_phrase_is_split_from_the_subject(analyse):
    event = only(analyse("هند پیشنهاد پاکستان جهت نابودسازی سلاح‌های هسته‌ای را رد کرد."), "REJECT")
    assert countries(event.actors) == ["IND"] and countries(event.recipients) == ["PAK"]
